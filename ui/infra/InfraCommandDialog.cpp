// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/infra/InfraCommandDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Barista {

InfraCommandDialog::InfraCommandDialog(const QString& scopeText, QWidget* parent)
    : QDialog(parent)
    , m_command(new QLineEdit(this))
    , m_user(new QLineEdit(this))
{
    setObjectName(QStringLiteral("infraCommandDialog"));
    setWindowTitle(tr("Run command"));
    m_command->setObjectName(QStringLiteral("commandEdit"));
    m_command->setPlaceholderText(tr("e.g. uname -a"));
    m_command->setMinimumWidth(420);
    m_user->setObjectName(QStringLiteral("commandUserEdit"));
    m_user->setPlaceholderText(tr("the node's own user"));

    auto* scope = new QLabel(
        tr("Runs on %1, in parallel; the output appears in the Infrastructures panel.").arg(scopeText), this);
    scope->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Command:"), m_command);
    form->addRow(tr("&User:"), m_user);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_run = buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("runCommandButton"));
    m_run->setEnabled(false);
    connect(m_command, &QLineEdit::textChanged, this,
        [this](const QString& text) { m_run->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scope);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString InfraCommandDialog::command() const
{
    return m_command->text().trimmed();
}

QString InfraCommandDialog::userName() const
{
    return m_user->text().trimmed();
}

} // namespace Barista
