// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/aws/AwsProfileReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

namespace Barista {

namespace {
using Section = QHash<QString, QString>;

/// The INI dialect of the AWS CLI: [section], key = value, # or ; comments, keys case-insensitive.
/// Indented lines continue a nested block (s3 = ...), which holds nothing we read: skipped.
bool parseIni(const QString& path, QHash<QString, Section>* sections, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("AwsProfileReader", "Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    QString current;
    bool inSection = false;
    int lineNo = 0;
    while (!f.atEnd()) {
        ++lineNo;
        const QString raw = QString::fromUtf8(f.readLine());
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']'))) {
                *error = QCoreApplication::translate("AwsProfileReader", "%1 line %2: a section header without ']'.")
                             .arg(path)
                             .arg(lineNo);
                return false;
            }
            current = line.mid(1, line.size() - 2).trimmed();
            inSection = true;
            (*sections)[current];
            continue;
        }
        if (raw.at(0).isSpace())
            continue; // a nested value's continuation
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0 || !inSection) {
            // Never echo the line: it may hold a secret.
            *error = QCoreApplication::translate("AwsProfileReader", "%1 line %2: expected key = value inside a [section].")
                         .arg(path)
                         .arg(lineNo);
            return false;
        }
        (*sections)[current].insert(line.left(eq).trimmed().toLower(), line.mid(eq + 1).trimmed());
    }
    return true;
}
} // namespace

Result<AwsProfile> AwsProfileReader::read(const QString& name, const QProcessEnvironment& env)
{
    const QString home = env.value(QStringLiteral("HOME"), QDir::homePath());
    const QString credentials = env.value(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), home + QStringLiteral("/.aws/credentials"));
    QString config = env.value(QStringLiteral("AWS_CONFIG_FILE"), home + QStringLiteral("/.aws/config"));
    if (!QFile::exists(config))
        config.clear(); // optional: the region may come from the command line
    return readFiles(name, credentials, config);
}

Result<AwsProfile> AwsProfileReader::readFiles(const QString& name, const QString& credentialsFile, const QString& configFile)
{
    const auto invalid = [](const QString& message) {
        return Result<AwsProfile>(CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("InvalidProfile"), message));
    };
    QString error;
    QHash<QString, Section> credentialSections;
    if (!parseIni(credentialsFile, &credentialSections, &error))
        return invalid(error);
    QHash<QString, Section> configSections;
    if (!configFile.isEmpty() && !parseIni(configFile, &configSections, &error))
        return invalid(error);

    // config names profiles "[profile NAME]" except "[default]"; credentials just "[NAME]".
    const Section configSection = name == QLatin1String("default")
        ? configSections.value(name)
        : configSections.value(QStringLiteral("profile ") + name);
    // Keys may also sit in config (aws configure writes them to credentials, users sometimes not).
    Section keys = credentialSections.value(name);
    for (auto it = configSection.constBegin(); it != configSection.constEnd(); ++it) {
        if (!keys.contains(it.key()))
            keys.insert(it.key(), it.value());
    }
    if (!credentialSections.contains(name) && !configSections.contains(QStringLiteral("profile ") + name)
        && !(name == QLatin1String("default") && configSections.contains(name)))
        return invalid(QCoreApplication::translate("AwsProfileReader", "There is no profile \"%1\" in %2.").arg(name, credentialsFile));

    AwsProfile profile;
    profile.credentials.accessKeyId = keys.value(QStringLiteral("aws_access_key_id"));
    profile.credentials.secretAccessKey = keys.value(QStringLiteral("aws_secret_access_key"));
    profile.credentials.sessionToken = keys.value(QStringLiteral("aws_session_token"));
    profile.region = configSection.value(QStringLiteral("region"));
    if (profile.credentials.accessKeyId.isEmpty() || profile.credentials.secretAccessKey.isEmpty()) {
        // SSO, assume-role and credential_process profiles hold no static keys.
        return invalid(QCoreApplication::translate("AwsProfileReader",
                                                   "The profile \"%1\" has no aws_access_key_id and aws_secret_access_key "
                                                   "(SSO, role and credential_process profiles are not supported yet).")
                           .arg(name));
    }
    return profile;
}

} // namespace Barista
