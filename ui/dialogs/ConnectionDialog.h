// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/CredentialImporter.h"

#include <QDialog>
#include <QProcessEnvironment>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Barista {

class ConnectionStore;
class ConnectionTester;
class CredentialEditor;
class SecretStore;

/// Adds or edits a connection: name, provider, driver, region (from the region catalog),
/// zone, endpoint override, CA bundle, plain-http consent, and its credential, either
/// imported from the file the user already has or typed (password fields, never shown back).
/// "Test connection" runs the connection tester's cheap call as a job and shows
/// "Connected: N regions" or the provider's own error verbatim. OK stores the secret in the
/// SecretStore under "connection/<name>" and the connection (with only that reference).
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    struct Services
    {
        ConnectionStore* connections = nullptr;
        SecretStore* secrets = nullptr;          ///< may be null: then only "env" credentials
        const CredentialImporter* importer = nullptr;
        ConnectionTester* tester = nullptr;
    };

    explicit ConnectionDialog(const Services& services, QWidget* parent = nullptr);

    /// Edit mode: the form shows `connection` (its name fixed); its stored secret is kept
    /// unless a new one is imported or typed.
    void setConnection(const ConnectionConfig& connection);
    /// The form as a connection (credentialRef "connection/<name>" unless set otherwise).
    ConnectionConfig connection() const;
    /// The credential imported or typed in this dialog; nullopt = keep the stored one.
    /// Builds it from the typed fields when those are filled; *error when they do not make one.
    std::optional<QByteArray> secret(QString* error = nullptr) const;
    /// Where the importers look for default files (tests point it at a temporary folder).
    void setEnvironment(const QProcessEnvironment& env);

    /// Reads the chosen file into the pending secret; false with the importer's message shown.
    bool importCredential();
    /// Saves as OK does; false with the reason shown.
    bool save();
    void accept() override;

public Q_SLOTS:
    void testConnection();

Q_SIGNALS:
    /// The test finished: ok, and the text shown (the region count or the provider's error).
    void testFinished(bool ok, const QString& shown);

private:
    void providerChanged();
    void endpointChanged();
    void showStatus(QLabel* label, const QString& text, bool error);

    Services m_services;
    bool m_editing = false;

    QLineEdit* m_name;
    QComboBox* m_provider;
    QComboBox* m_driver;
    QComboBox* m_region;
    QLineEdit* m_zone;
    QLineEdit* m_endpoint;
    QLineEdit* m_caBundle;
    QCheckBox* m_insecure;
    QLabel* m_insecureWarning;
    CredentialEditor* m_credentials;
    QPushButton* m_testButton;
    QLabel* m_testResult;
    QLabel* m_testCode;
    QLabel* m_saveError;
};

} // namespace Barista
