// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ConnectionDialog.h"

#include "models/catalog/RegionCatalog.h"
#include "models/interfaces/SecretStore.h"
#include "models/workspace/ConnectionStore.h"
#include "models/workspace/ConnectionTester.h"
#include "ui/dialogs/CredentialEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Barista {

namespace {

bool isLoopbackHost(const QString& host)
{
    // QtNetwork is not a ui/ dependency: the loopback names and ranges by hand.
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1");
}

/// Waits for a future with the event loop running (keychain jobs answer through it).
template<typename T>
T awaitHere(QFuture<T> future)
{
    if (!future.isFinished()) {
        QFutureWatcher<T> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

} // namespace

ConnectionDialog::ConnectionDialog(const Services& services, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Add connection"));
    setMinimumWidth(540); // room for a provider's error message and the region names

    auto* general = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("connectionName"));
    m_name->setPlaceholderText(tr("e.g. aws-seoul"));
    general->addRow(tr("&Name:"), m_name);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("connectionProvider"));
    for (const QString& p : knownProviders())
        m_provider->addItem(providerDisplayName(p), p);
    general->addRow(tr("&Provider:"), m_provider);
    m_driver = new QComboBox(this);
    m_driver->setObjectName(QStringLiteral("connectionDriver"));
    m_driver->addItem(tr("Native (the provider's own API)"), QStringLiteral("native"));
    m_driver->addItem(tr("Simulated cloud"), QStringLiteral("sim"));
    general->addRow(tr("&Driver:"), m_driver);
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("connectionRegion"));
    m_region->setEditable(true); // private clouds have regions no catalog knows
    general->addRow(tr("&Region:"), m_region);
    m_zone = new QLineEdit(this);
    m_zone->setObjectName(QStringLiteral("connectionZone"));
    m_zone->setPlaceholderText(tr("optional"));
    general->addRow(tr("&Zone:"), m_zone);

    auto* endpoints = new QGroupBox(tr("Endpoint"), this);
    auto* endpointForm = new QFormLayout(endpoints);
    m_endpoint = new QLineEdit(this);
    m_endpoint->setObjectName(QStringLiteral("connectionEndpoint"));
    m_endpoint->setPlaceholderText(tr("the provider's public endpoint"));
    endpointForm->addRow(tr("&Override URL:"), m_endpoint);
    m_caBundle = new QLineEdit(this);
    m_caBundle->setObjectName(QStringLiteral("connectionCaBundle"));
    m_caBundle->setPlaceholderText(tr("the system's trusted certificates"));
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caBundle);
    auto* caBrowse = new QToolButton(this);
    caBrowse->setText(tr("…"));
    caBrowse->setToolTip(tr("Choose a PEM file of CA certificates"));
    caRow->addWidget(caBrowse);
    auto* caLabel = new QLabel(tr("&CA bundle:"), this);
    caLabel->setBuddy(m_caBundle); // a row holding a layout gets no buddy by itself
    endpointForm->addRow(caLabel, caRow);
    m_insecure = new QCheckBox(tr("Allow plain &http to this host"), this);
    m_insecure->setObjectName(QStringLiteral("connectionAllowInsecure"));
    endpointForm->addRow(QString(), m_insecure);
    m_insecureWarning = new QLabel(
        tr("Without TLS, credentials and data cross the network unencrypted. Only for a private cloud on a network you trust."),
        this);
    m_insecureWarning->setObjectName(QStringLiteral("connectionInsecureWarning"));
    m_insecureWarning->setWordWrap(true);
    m_insecureWarning->setStyleSheet(QStringLiteral("color: #b35c00;"));
    endpointForm->addRow(QString(), m_insecureWarning);

    auto* credentials = new QGroupBox(tr("Credential"), this);
    auto* credentialLayout = new QVBoxLayout(credentials);
    m_credentials = new CredentialEditor(services.importer, this);
    credentialLayout->addWidget(m_credentials);

    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    // The provider's message, selectable so it can be searched for or reported.
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testCode = new QLabel(this);
    m_testCode->setObjectName(QStringLiteral("testCode"));
    m_testCode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testCode->setTextFormat(Qt::PlainText);
    m_testCode->hide();
    auto* testText = new QVBoxLayout;
    testText->addWidget(m_testResult);
    testText->addWidget(m_testCode);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addLayout(testText, 1);

    m_saveError = new QLabel(this);
    m_saveError->setObjectName(QStringLiteral("saveError"));
    m_saveError->setWordWrap(true);
    m_saveError->setTextFormat(Qt::PlainText);
    m_saveError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_saveError->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(general);
    layout->addWidget(endpoints);
    layout->addWidget(credentials);
    layout->addLayout(testRow);
    layout->addWidget(m_saveError);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &ConnectionDialog::providerChanged);
    connect(m_endpoint, &QLineEdit::textChanged, this, &ConnectionDialog::endpointChanged);
    connect(m_credentials, &CredentialEditor::imported, this, [this](const QString& region, const QString& name) {
        if (!region.isEmpty()) {
            const int known = m_region->findData(region);
            if (known >= 0)
                m_region->setCurrentIndex(known);
            else
                m_region->setEditText(region);
        }
        if (m_name->text().isEmpty() && m_name->isEnabled())
            m_name->setText(name);
    });
    connect(caBrowse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose a file"), m_caBundle->text(),
                                                          tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caBundle->setText(file);
    });
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_provider->setCurrentIndex(0);
    providerChanged();
    endpointChanged();
}

void ConnectionDialog::providerChanged()
{
    const QString provider = m_provider->currentData().toString();
    // The same region id stays chosen when the new provider has it too (a private cloud's name).
    const int index = m_region->findText(m_region->currentText());
    const QString previous = index >= 0 ? m_region->itemData(index).toString() : m_region->currentText().trimmed();
    m_region->clear();
    for (const RegionInfo& r : RegionCatalog::bundled().regions(provider))
        m_region->addItem(r.displayName.isEmpty() ? r.name : tr("%1 (%2)").arg(r.name, r.displayName), r.name);
    const int known = previous.isEmpty() ? -1 : m_region->findData(previous);
    m_region->setCurrentIndex(qMax(0, known));
    m_credentials->setProvider(provider);
}

void ConnectionDialog::endpointChanged()
{
    const QUrl url(m_endpoint->text().trimmed());
    const bool remotePlain = url.scheme() == QLatin1String("http") && !url.host().isEmpty() && !isLoopbackHost(url.host());
    m_insecure->setEnabled(remotePlain);
    if (!remotePlain)
        m_insecure->setChecked(false);
    m_insecureWarning->setVisible(remotePlain);
}

void ConnectionDialog::showStatus(QLabel* label, const QString& text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b7a1b;"));
}

void ConnectionDialog::setConnection(const ConnectionConfig& connection)
{
    m_editing = true;
    setWindowTitle(tr("Edit connection %1").arg(connection.name));
    m_name->setText(connection.name);
    m_name->setEnabled(false); // the name is the key of its jobs, journal and secret
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(connection.provider)));
    m_driver->setCurrentIndex(qMax(0, m_driver->findData(connection.driver)));
    const int region = m_region->findData(connection.region);
    if (region >= 0)
        m_region->setCurrentIndex(region);
    else
        m_region->setEditText(connection.region);
    m_zone->setText(connection.zone);
    m_endpoint->setText(connection.endpointOverride.toString());
    m_caBundle->setText(connection.caBundle);
    endpointChanged();
    m_insecure->setChecked(connection.allowInsecureHttp);
    m_credentials->setStoredReference(connection.credentialRef);
}

void ConnectionDialog::setEnvironment(const QProcessEnvironment& env)
{
    m_credentials->setEnvironment(env);
}

ConnectionConfig ConnectionDialog::connection() const
{
    ConnectionConfig c;
    c.name = m_name->text().trimmed();
    c.provider = m_provider->currentData().toString();
    c.driver = m_driver->currentData().toString();
    const int index = m_region->findText(m_region->currentText());
    c.region = index >= 0 ? m_region->itemData(index).toString() : m_region->currentText().trimmed();
    c.zone = m_zone->text().trimmed();
    if (!m_endpoint->text().trimmed().isEmpty())
        c.endpointOverride = QUrl(m_endpoint->text().trimmed(), QUrl::StrictMode);
    c.caBundle = m_caBundle->text().trimmed();
    c.allowInsecureHttp = m_insecure->isChecked();
    if (c.driver == QLatin1String("native"))
        c.credentialRef = m_credentials->reference(c.name);
    return c;
}

std::optional<QByteArray> ConnectionDialog::secret(QString* error) const
{
    if (m_driver->currentData().toString() != QLatin1String("native"))
        return std::nullopt;
    return m_credentials->secret(error);
}

bool ConnectionDialog::importCredential()
{
    return m_credentials->importCredential();
}

void ConnectionDialog::testConnection()
{
    if (!m_services.tester)
        return;
    QString error;
    const std::optional<QByteArray> pending = secret(&error);
    if (!error.isEmpty()) {
        showStatus(m_testResult, error, true);
        emit testFinished(false, error);
        return;
    }
    m_testButton->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Testing…"));
    m_testCode->hide();
    // The call runs as a job on the provider's own thread; this watcher only hears the answer.
    auto* watcher = new QFutureWatcher<Result<ConnectionTestResult>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_testButton->setEnabled(true);
        if (watcher->future().resultCount() == 0)
            return;
        const Result<ConnectionTestResult> result = watcher->result();
        if (result.ok()) {
            const QString text = tr("Connected: %n region(s)", nullptr, int(result.value().regions.size()));
            showStatus(m_testResult, text, false);
            m_testResult->setToolTip(result.value().regions.join(QStringLiteral(", ")));
            emit testFinished(true, text);
            return;
        }
        // The provider's own words, verbatim; its code beside them for searching.
        showStatus(m_testResult, result.error().message, true);
        const QString code = result.error().providerCode.isEmpty()
            ? QString()
            : tr("Error code: %1").arg(result.error().providerCode);
        m_testResult->setToolTip(code);
        m_testCode->setText(code);
        m_testCode->setVisible(!code.isEmpty());
        emit testFinished(false, result.error().message);
    });
    watcher->setFuture(m_services.tester->testDraft(connection(), pending));
}

bool ConnectionDialog::save()
{
    m_saveError->hide();
    const auto refuse = [this](const QString& why) {
        m_saveError->setText(why);
        m_saveError->show();
        return false;
    };
    const ConnectionConfig c = connection();
    const QString invalid = c.validationError();
    if (!invalid.isEmpty())
        return refuse(invalid);
    if (!m_editing && m_services.connections && m_services.connections->find(c.name))
        return refuse(tr("A connection named \"%1\" already exists.").arg(c.name));
    QString error;
    const std::optional<QByteArray> pending = secret(&error);
    if (!error.isEmpty())
        return refuse(error);
    if (pending) {
        if (!m_services.secrets)
            return refuse(tr("No secret store is available to keep the credential."));
        const Result<Done> written = awaitHere(m_services.secrets->write(c.credentialRef, *pending));
        if (!written.ok())
            return refuse(tr("Could not store the credential: %1").arg(written.error().message));
    }
    if (m_services.connections && !m_services.connections->add(c, &error))
        return refuse(error);
    return true;
}

void ConnectionDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace Barista
