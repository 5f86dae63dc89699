// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/CredentialEditor.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Barista {

CredentialEditor::CredentialEditor(const CredentialImporter* importer, QWidget* parent)
    : QWidget(parent)
    , m_importer(importer)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("credentialMode"));
    m_mode->addItem(tr("Import from a file…"), ImportMode);
    m_mode->addItem(tr("Type or paste the keys"), KeysMode);
    m_mode->addItem(tr("Environment variables (AWS_*, OS_*)"), EnvMode);
    layout->addWidget(m_mode);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    auto* importPage = new QWidget(this);
    auto* importForm = new QFormLayout(importPage);
    importForm->setContentsMargins(0, 0, 0, 0);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("importFormat"));
    importForm->addRow(tr("&File type:"), m_format);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFile"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file);
    auto* browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the file"));
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("Fil&e:"), this);
    fileLabel->setBuddy(m_file); // a row holding a layout gets no buddy by itself
    importForm->addRow(fileLabel, fileRow);
    m_nameLabel = new QLabel(tr("Profile:"), this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("importName"));
    m_nameLabel->setBuddy(m_name);
    importForm->addRow(m_nameLabel, m_name);
    m_subscriptionLabel = new QLabel(tr("&Subscription:"), this);
    m_subscription = new QLineEdit(this);
    m_subscription->setObjectName(QStringLiteral("importSubscription"));
    m_subscription->setPlaceholderText(tr("AZURE_SUBSCRIPTION_ID, or the file's subscriptionId"));
    m_subscriptionLabel->setBuddy(m_subscription);
    importForm->addRow(m_subscriptionLabel, m_subscription);
    auto* importButton = new QPushButton(tr("&Import"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* importRow = new QHBoxLayout;
    importRow->addWidget(importButton, 0, Qt::AlignTop);
    importRow->addWidget(m_status, 1);
    importForm->addRow(importRow);
    m_pages->addWidget(importPage);

    auto* keysPage = new QWidget(this);
    m_keyForm = new QFormLayout(keysPage);
    m_keyForm->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(keysPage);
    m_note = new QLabel(this); // keep / env: nothing to fill in
    m_note->setObjectName(QStringLiteral("credentialNote"));
    m_note->setWordWrap(true);
    m_pages->addWidget(m_note);

    connect(m_format, &QComboBox::currentIndexChanged, this, &CredentialEditor::formatChanged);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        const Mode mode = this->mode();
        m_pages->setCurrentIndex(mode == ImportMode ? 0 : mode == KeysMode ? 1 : 2);
        m_note->setText(mode == KeepMode ? tr("The stored credential is kept.")
                                         : tr("Read from the environment of Barista Console when the connection is used."));
    });
    connect(importButton, &QPushButton::clicked, this, &CredentialEditor::importCredential);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose a file"), m_file->text());
        if (!file.isEmpty())
            m_file->setText(file);
    });
}

void CredentialEditor::setProvider(const QString& provider)
{
    m_provider = provider;
    m_format->blockSignals(true);
    m_format->clear();
    if (provider == QLatin1String("aws")) {
        m_format->addItem(tr("AWS CLI profile (~/.aws/credentials)"), int(CredentialSource::AwsProfile));
    } else if (provider == QLatin1String("gcp")) {
        m_format->addItem(tr("Service-account key (JSON)"), int(CredentialSource::GcpServiceAccount));
    } else if (provider == QLatin1String("azure")) {
        m_format->addItem(tr("Service principal (az ad sp create-for-rbac)"), int(CredentialSource::AzureServicePrincipal));
    } else if (provider == QLatin1String("openstack")) {
        m_format->addItem(tr("clouds.yaml"), int(CredentialSource::OpenStackCloudsYaml));
        m_format->addItem(tr("openrc file"), int(CredentialSource::OpenStackOpenrc));
    }
    m_format->blockSignals(false);
    m_imported.reset();
    m_status->clear();
    formatChanged();
    rebuildKeyFields();
}

void CredentialEditor::setStoredReference(const QString& ref)
{
    m_storedRef = ref;
    if (ref.isEmpty())
        return;
    if (m_mode->findData(KeepMode) < 0)
        m_mode->addItem(tr("Keep the stored credential"), KeepMode);
    m_mode->setCurrentIndex(m_mode->findData(ref == QLatin1String("env") ? EnvMode : KeepMode));
}

CredentialEditor::Mode CredentialEditor::mode() const
{
    return Mode(m_mode->currentData().toInt());
}

CredentialSource CredentialEditor::source() const
{
    return CredentialSource(m_format->currentData().toInt());
}

void CredentialEditor::formatChanged()
{
    const bool any = m_format->count() > 0;
    const CredentialSource source = this->source();
    const bool named = any && (source == CredentialSource::AwsProfile || source == CredentialSource::OpenStackCloudsYaml);
    m_nameLabel->setText(source == CredentialSource::AwsProfile ? tr("Profi&le:") : tr("C&loud:"));
    m_nameLabel->setVisible(named);
    m_name->setVisible(named);
    m_name->setPlaceholderText(source == CredentialSource::AwsProfile ? QStringLiteral("default") : QString());
    const bool azure = any && source == CredentialSource::AzureServicePrincipal;
    m_subscriptionLabel->setVisible(azure);
    m_subscription->setVisible(azure);
    const bool searched = source == CredentialSource::AwsProfile || source == CredentialSource::OpenStackCloudsYaml;
    m_file->setPlaceholderText(searched ? tr("the usual place") : QString());
}

void CredentialEditor::rebuildKeyFields()
{
    while (m_keyForm->rowCount() > 0)
        m_keyForm->removeRow(0);
    m_keyFields.clear();
    struct Field
    {
        const char* key;
        QString label;
        bool secret;
    };
    QList<Field> fields;
    if (m_provider == QLatin1String("aws"))
        fields = {{"aws_access_key_id", tr("Access key ID:"), false},
                  {"aws_secret_access_key", tr("Secret access key:"), true},
                  {"aws_session_token", tr("Session token (optional):"), true}};
    else if (m_provider == QLatin1String("gcp"))
        fields = {{"json", tr("Service-account key JSON:"), true}};
    else if (m_provider == QLatin1String("azure"))
        fields = {{"tenantId", tr("Tenant ID:"), false}, {"clientId", tr("Client (app) ID:"), false},
                  {"clientSecret", tr("Client secret:"), true}, {"subscriptionId", tr("Subscription ID:"), false}};
    else if (m_provider == QLatin1String("openstack"))
        fields = {{"auth_url", tr("Keystone URL:"), false},        {"username", tr("User name:"), false},
                  {"password", tr("Password:"), true},              {"project_name", tr("Project:"), false},
                  {"user_domain_name", tr("User domain:"), false}, {"project_domain_name", tr("Project domain:"), false}};
    for (const Field& f : fields) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("key_") + QLatin1String(f.key));
        if (f.secret) {
            // Typed secrets are never shown back, not even to their typist.
            edit->setEchoMode(QLineEdit::Password);
            edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
        }
        m_keyForm->addRow(f.label, edit);
        m_keyFields.append({QLatin1String(f.key), edit});
    }
    if (fields.isEmpty())
        m_keyForm->addRow(new QLabel(tr("This provider has no native adapter yet: use the simulated cloud."), this));
    m_mode->setEnabled(!fields.isEmpty());
}

QString CredentialEditor::reference(const QString& name) const
{
    switch (mode()) {
    case EnvMode:
        return QStringLiteral("env");
    case KeepMode:
        return m_storedRef;
    case ImportMode:
    case KeysMode:
        break;
    }
    return QStringLiteral("connection/") + name;
}

std::optional<QByteArray> CredentialEditor::secret(QString* error) const
{
    const Mode mode = this->mode();
    if (mode == KeepMode || mode == EnvMode)
        return std::nullopt;
    if (mode == ImportMode) {
        if (!m_imported && error)
            *error = tr("Import the credential file first.");
        return m_imported;
    }
    if (!m_importer)
        return std::nullopt;
    QList<QPair<QString, QString>> fields;
    for (const auto& [key, edit] : m_keyFields)
        fields.append({key, edit->text().trimmed()});
    const Result<QByteArray> typed = m_importer->fromFields(m_provider, fields);
    if (!typed.ok()) {
        if (error)
            *error = typed.error().message;
        return std::nullopt;
    }
    return typed.value();
}

bool CredentialEditor::importCredential()
{
    if (!m_importer || m_format->count() == 0)
        return false;
    CredentialImportRequest request;
    request.source = source();
    request.file = m_file->text().trimmed();
    request.name = m_name->text().trimmed();
    request.subscription = m_subscription->text().trimmed();
    const Result<ImportedCredential> result = m_importer->import(request, m_env);
    if (!result.ok()) {
        m_imported.reset();
        m_status->setText(result.error().message);
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        return false;
    }
    m_imported = result.value().secret;
    QStringList lines{tr("Imported. The secret is stored when you press OK.")};
    lines << result.value().notes;
    m_status->setText(lines.join(QLatin1Char('\n')));
    m_status->setStyleSheet(QStringLiteral("color: #1b7a1b;"));
    emit imported(result.value().region, result.value().suggestedName);
    return true;
}

} // namespace Barista
