// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CredentialImporter.h"

#include <QProcessEnvironment>
#include <QWidget>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace Barista {

/// The credential part of the connection dialog: import from the file the provider's users
/// already have, type the keys (secrets in password fields, never shown back), keep the stored
/// one (editing) or read the environment ("env"). It holds a pending secret in memory only.
class CredentialEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialEditor)

public:
    enum Mode
    {
        ImportMode,
        KeysMode,
        KeepMode, ///< editing: the stored secret stays
        EnvMode,  ///< the reference "env": AWS_* / OS_* variables
    };

    CredentialEditor(const CredentialImporter* importer, QWidget* parent = nullptr);

    /// Fills the file types and key fields of this provider; forgets a pending import.
    void setProvider(const QString& provider);
    /// Editing a connection whose credential is `ref`: offers (and selects) keeping it.
    void setStoredReference(const QString& ref);
    void setEnvironment(const QProcessEnvironment& env) { m_env = env; }

    Mode mode() const;
    /// The reference a connection named `name` gets with the chosen mode.
    QString reference(const QString& name) const;
    /// The pending secret; nullopt to keep the stored one or read the environment, or with
    /// *error when the fields do not make one.
    std::optional<QByteArray> secret(QString* error = nullptr) const;
    /// Reads the chosen file into the pending secret; false with the importer's message shown.
    bool importCredential();

Q_SIGNALS:
    /// A file was imported; what it says about where to connect (either may be empty).
    void imported(const QString& region, const QString& suggestedName);

private:
    void formatChanged();
    void rebuildKeyFields();
    CredentialSource source() const;

    const CredentialImporter* m_importer;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QString m_provider;
    QString m_storedRef;
    std::optional<QByteArray> m_imported;

    QComboBox* m_mode;
    QStackedWidget* m_pages;
    QLabel* m_note;
    QComboBox* m_format;
    QLineEdit* m_file;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_subscriptionLabel;
    QLineEdit* m_subscription;
    QLabel* m_status;
    QFormLayout* m_keyForm;
    QList<std::pair<QString, QLineEdit*>> m_keyFields;
};

} // namespace Barista
