// SPDX-License-Identifier: GPL-3.0-or-later
// `barista connection list|add|remove|test`.
#include "app/AppContext.h"
#include "app/Cli.h"
#include "app/CliSupport.h"
#include "models/interfaces/CredentialImporter.h"
#include "models/interfaces/SecretStore.h"
#include "models/jobs/ProviderRegistry.h"
#include "models/workspace/ConnectionStore.h"
#include "models/workspace/ConnectionTester.h"
#include "providers/credentials/FileCredentialImporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcessEnvironment>

namespace Barista {

using namespace CliSupport;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// The import the options ask for: which file type, and the provider it belongs to.
struct ImportChoice
{
    CredentialSource source;
    const char* provider;
    const char* option;
};
const ImportChoice IMPORTS[] = {
    {CredentialSource::AwsProfile, "aws", "profile"},
    {CredentialSource::GcpServiceAccount, "gcp", "credentials-file"},
    {CredentialSource::AzureServicePrincipal, "azure", "sp-file"},
    {CredentialSource::OpenStackCloudsYaml, "openstack", "clouds-yaml"},
    {CredentialSource::OpenStackCloudsYaml, "openstack", "cloud"},
    {CredentialSource::OpenStackOpenrc, "openstack", "openrc"},
};
} // namespace

int Cli::runConnection(const QString& sub)
{
    if (sub == QLatin1String("list")) {
        if (!parseFor(QStringLiteral("connection list"), {}))
            return m_parser.errorText().isEmpty() ? Ok : Usage;
        if (!openContext())
            return WorkspaceError;
        const QList<ConnectionConfig> all = m_context->connections().all();
        if (json()) {
            QJsonArray items;
            for (const ConnectionConfig& c : all)
                items.append(c.toJson());
            printJson(QJsonObject{{QStringLiteral("connections"), items}});
        } else {
            QList<QStringList> rows;
            for (const ConnectionConfig& c : all)
                rows.append({c.name, c.driver, c.provider, c.region, c.zone, c.endpointOverride.toString()});
            printTable({Tr::tr("NAME"), Tr::tr("DRIVER"), Tr::tr("PROVIDER"), Tr::tr("REGION"), Tr::tr("ZONE"),
                        Tr::tr("ENDPOINT")},
                       rows);
        }
        return Ok;
    }
    if (sub == QLatin1String("add"))
        return connectionAdd();
    if (sub == QLatin1String("test"))
        return connectionTest();
    if (sub == QLatin1String("remove")) {
        if (!parseFor(QStringLiteral("connection remove"), {}, QStringLiteral("name")))
            return m_parser.errorText().isEmpty() ? Ok : Usage;
        const QStringList positional = m_parser.positionalArguments();
        if (positional.size() != 3)
            return usageError(Tr::tr("usage: barista connection remove NAME"));
        if (!openContext())
            return WorkspaceError;
        if (!requireConnection(positional.at(2)))
            return NotFound;
        const QString credentialRef = m_context->connections().find(positional.at(2)).value_or(ConnectionConfig()).credentialRef;
        QString error;
        if (!m_context->connections().remove(positional.at(2), &error))
            return fail(Failure, error);
        m_context->providers().forget(positional.at(2));
        // A credential imported for this connection (connection add --profile/--credentials-file/...)
        // goes with it; a reference the user gave (--credential) may be shared and stays.
        if (credentialRef == QStringLiteral("connection/") + positional.at(2) && m_context->secrets()) {
            const Result<Done> removed = await(m_context->secrets()->remove(credentialRef));
            if (!removed.ok() && removed.error().kind != CloudError::Kind::NotFound)
                err() << Tr::tr("warning: the stored credential of '%1' could not be removed: %2")
                             .arg(positional.at(2), removed.error().toString())
                      << '\n';
        }
        if (json())
            printJson(QJsonObject{{QStringLiteral("removed"), positional.at(2)}});
        else
            out() << Tr::tr("removed connection '%1'").arg(positional.at(2)) << '\n';
        return Ok;
    }
    parseFor(QString(), {});
    return usageError(Tr::tr("usage: barista connection list|add|remove|test"));
}

int Cli::connectionAdd()
{
    const QList<QCommandLineOption> options = {
        opt(QStringLiteral("name"), Tr::tr("Connection name."), QStringLiteral("name")),
        opt(QStringLiteral("provider"), Tr::tr("One of: %1.").arg(knownProviders().join(QStringLiteral(", "))),
            QStringLiteral("provider")),
        opt(QStringLiteral("region"), Tr::tr("The provider's region id."), QStringLiteral("region")),
        opt(QStringLiteral("zone"), Tr::tr("The provider's zone id."), QStringLiteral("zone")),
        opt(QStringLiteral("driver"), Tr::tr("sim (the simulated cloud, default) or native."), QStringLiteral("driver")),
        opt(QStringLiteral("endpoint"), Tr::tr("Endpoint override URL."), QStringLiteral("url")),
        opt(QStringLiteral("credential"), Tr::tr("Secret store key of the credential."), QStringLiteral("ref")),
        opt(QStringLiteral("profile"),
            Tr::tr("aws only: import the keys (and region) of this AWS CLI profile from ~/.aws/credentials and "
                   "~/.aws/config (or AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE) into the secret store."),
            QStringLiteral("name")),
        opt(QStringLiteral("credentials-file"),
            Tr::tr("gcp only: import this service-account key JSON file into the secret store."), QStringLiteral("file")),
        opt(QStringLiteral("sp-file"),
            Tr::tr("azure only: import this service principal JSON (the output of 'az ad sp create-for-rbac') "
                   "into the secret store."),
            QStringLiteral("file")),
        opt(QStringLiteral("subscription"),
            Tr::tr("azure only: the subscription id (default: AZURE_SUBSCRIPTION_ID, else the file's subscriptionId)."),
            QStringLiteral("id")),
        opt(QStringLiteral("clouds-yaml"),
            Tr::tr("openstack only: import from this clouds.yaml (default: OS_CLIENT_CONFIG_FILE, ./clouds.yaml, "
                   "~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml; secure.yaml is merged)."),
            QStringLiteral("file")),
        opt(QStringLiteral("cloud"), Tr::tr("openstack only: the cloud of clouds.yaml to import."), QStringLiteral("name")),
        opt(QStringLiteral("openrc"),
            Tr::tr("openstack only: import the OS_* variables of this openrc file (it is read, never run)."),
            QStringLiteral("file")),
        opt(QStringLiteral("ca-bundle"), Tr::tr("A PEM file of extra CA certificates to trust for this connection."),
            QStringLiteral("file")),
        opt(QStringLiteral("allow-insecure-http"),
            Tr::tr("Allow a plain http endpoint override that is not on loopback (a private cloud without TLS).")),
    };
    if (!parseFor(QStringLiteral("connection add"), options, QStringLiteral("name")))
        return m_parser.errorText().isEmpty() ? Ok : Usage;
    ConnectionConfig c;
    c.name = m_parser.value(QStringLiteral("name"));
    // NAME may come as the word after "add" too; a word nobody reads must not be dropped silently.
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > 3)
        return usageError(Tr::tr("usage: barista connection add [NAME] --provider P ..."));
    if (positional.size() == 3) {
        if (!c.name.isEmpty() && c.name != positional.at(2))
            return usageError(Tr::tr("two names given: '%1' and --name '%2'").arg(positional.at(2), c.name));
        c.name = positional.at(2);
    }
    c.provider = m_parser.value(QStringLiteral("provider")).toLower();
    c.region = m_parser.value(QStringLiteral("region"));
    c.zone = m_parser.value(QStringLiteral("zone"));
    if (m_parser.isSet(QStringLiteral("driver")))
        c.driver = m_parser.value(QStringLiteral("driver"));
    if (m_parser.isSet(QStringLiteral("endpoint"))) {
        c.endpointOverride = QUrl(m_parser.value(QStringLiteral("endpoint")), QUrl::StrictMode);
        if (!c.endpointOverride.isValid() || c.endpointOverride.scheme().isEmpty())
            return usageError(Tr::tr("--endpoint '%1' is not a URL").arg(m_parser.value(QStringLiteral("endpoint"))));
    }
    c.allowInsecureHttp = m_parser.isSet(QStringLiteral("allow-insecure-http"));
    if (m_parser.isSet(QStringLiteral("ca-bundle"))) {
        const QFileInfo bundle(m_parser.value(QStringLiteral("ca-bundle")));
        if (!bundle.isFile())
            return usageError(Tr::tr("--ca-bundle '%1' is not a readable file").arg(bundle.filePath()));
        c.caBundle = bundle.absoluteFilePath();
    }
    c.credentialRef = m_parser.value(QStringLiteral("credential"));

    // At most one import; each belongs to one provider.
    const ImportChoice* choice = nullptr;
    for (const ImportChoice& candidate : IMPORTS) {
        if (!m_parser.isSet(QLatin1String(candidate.option)))
            continue;
        if (choice && choice->source != candidate.source)
            return usageError(Tr::tr("--%1 and --%2 are two different imports: use one")
                                  .arg(QLatin1String(choice->option), QLatin1String(candidate.option)));
        choice = &candidate;
        if (c.provider != QLatin1String(candidate.provider)) {
            if (candidate.source == CredentialSource::AwsProfile)
                return usageError(Tr::tr("--profile reads AWS CLI profiles: it needs --provider aws"));
            return usageError(Tr::tr("--%1 needs --provider %2")
                                  .arg(QLatin1String(candidate.option), QLatin1String(candidate.provider)));
        }
    }
    std::optional<QByteArray> importedSecret;
    if (choice) {
        CredentialImportRequest request;
        request.source = choice->source;
        switch (choice->source) {
        case CredentialSource::AwsProfile:
            request.name = m_parser.value(QStringLiteral("profile"));
            break;
        case CredentialSource::GcpServiceAccount:
            request.file = m_parser.value(QStringLiteral("credentials-file"));
            break;
        case CredentialSource::AzureServicePrincipal:
            request.file = m_parser.value(QStringLiteral("sp-file"));
            request.subscription = m_parser.value(QStringLiteral("subscription"));
            break;
        case CredentialSource::OpenStackCloudsYaml:
            request.file = m_parser.value(QStringLiteral("clouds-yaml"));
            request.name = m_parser.value(QStringLiteral("cloud"));
            break;
        case CredentialSource::OpenStackOpenrc:
            request.file = m_parser.value(QStringLiteral("openrc"));
            break;
        }
        // The importer needs no workspace: a bad file is refused before anything is opened.
        const FileCredentialImporter importer;
        const Result<ImportedCredential> imported = importer.import(request, QProcessEnvironment::systemEnvironment());
        if (!imported.ok())
            return fail(Refused, imported.error().message);
        if (c.region.isEmpty())
            c.region = imported.value().region;
        if (!m_parser.isSet(QStringLiteral("driver")))
            c.driver = QStringLiteral("native");
        if (c.name.isEmpty() && !c.region.isEmpty())
            c.name = c.provider + QLatin1Char('-') + c.region.toLower();
        if (c.credentialRef.isEmpty())
            c.credentialRef = QStringLiteral("connection/") + c.name;
        importedSecret = imported.value().secret;
        for (const QString& note : imported.value().notes)
            err() << note << '\n';
    }
    const QString invalid = c.validationError();
    if (!invalid.isEmpty())
        return usageError(invalid);
    if (!openContext())
        return WorkspaceError;
    QString error;
    // add() replaces a connection of the same name (a sample one, typically): say so, and put
    // it back, secret included, if the driver refuses the new one.
    const std::optional<ConnectionConfig> previous = m_context->connections().find(c.name);
    const bool replacing = previous.has_value();
    std::optional<QByteArray> previousSecret;
    if (importedSecret) {
        // The keys go to the keychain or the vault only; the workspace keeps the reference.
        if (!m_context->secrets())
            return fail(Failure, Tr::tr("No secret store is available: %1").arg(m_context->secretsUnavailableReason()));
        if (previous && previous->credentialRef == c.credentialRef) {
            const Result<QByteArray> old = await(m_context->secrets()->read(c.credentialRef));
            if (old.ok())
                previousSecret = old.value();
        }
        const Result<Done> written = await(m_context->secrets()->write(c.credentialRef, *importedSecret));
        if (!written.ok())
            return fail(Failure, Tr::tr("Could not store the credential: %1").arg(written.error().toString()));
    }
    const auto dropSecret = [&] {
        if (!importedSecret)
            return;
        if (previousSecret)
            await(m_context->secrets()->write(c.credentialRef, *previousSecret));
        else
            await(m_context->secrets()->remove(c.credentialRef));
    };
    if (!m_context->connections().add(c, &error)) {
        dropSecret();
        return fail(Failure, error);
    }
    // The driver decides whether the region exists (the sim knows every real region).
    if (!m_context->providers().provider(c.name, &error)) {
        if (previous)
            m_context->connections().add(*previous);
        else
            m_context->connections().remove(c.name);
        dropSecret();
        return fail(Refused, error);
    }
    if (json())
        printJson(QJsonObject{{QStringLiteral("connection"), c.toJson()}});
    else
        out() << (replacing ? Tr::tr("replaced connection '%1'") : Tr::tr("added connection '%1'")).arg(c.name) << '\n';
    return Ok;
}

int Cli::connectionTest()
{
    if (!parseFor(QStringLiteral("connection test"), {}, QStringLiteral("name")))
        return m_parser.errorText().isEmpty() ? Ok : Usage;
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() != 3)
        return usageError(Tr::tr("usage: barista connection test NAME"));
    const QString name = positional.at(2);
    if (!openContext())
        return WorkspaceError;
    if (!requireConnection(name))
        return NotFound;
    const Result<ConnectionTestResult> tested = await(m_context->connectionTester().test(name));
    if (!tested.ok())
        return cloudFailure(tested.error());
    const QStringList regions = tested.value().regions;
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("connection"), name}, {QStringLiteral("ok"), true},
                              {QStringLiteral("regions"), QJsonArray::fromStringList(regions)}});
    } else {
        out() << Tr::tr("ok: connection '%1' answered; %n region(s) listed", nullptr, int(regions.size())).arg(name)
              << '\n';
    }
    return Ok;
}

} // namespace Barista
