// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace Barista {

/// Asks for a command to run on an infrastructure's running nodes (Tumblebug's "cmd") and the
/// SSH user to run it as. The caller runs it when the dialog is accepted.
class InfraCommandDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfraCommandDialog)

public:
    /// scopeText says where it runs ("all running nodes of shop", "node web-1").
    InfraCommandDialog(const QString& scopeText, QWidget* parent = nullptr);

    QString command() const;
    /// Empty: each node's own user.
    QString userName() const;

private:
    QLineEdit* m_command;
    QLineEdit* m_user;
    QPushButton* m_run;
};

} // namespace Barista
