// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/MyImageFormPage.h"

#include "models/domain/MyImageInfo.h"
#include "models/domain/ResourceKindLabel.h"
#include "models/domain/ResourceStatus.h"
#include "models/domain/VmInfo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QLineEdit>

namespace Barista {

MyImageFormPage::MyImageFormPage(QWidget* parent)
    : CreateFormPage(parent)
    , m_name(new QLineEdit(this))
    , m_vm(new QComboBox(this))
    , m_generalize(new QCheckBox(tr("Generalize the VM first (it cannot be started again afterwards)"), this))
{
    m_name->setObjectName(QStringLiteral("imageNameEdit"));
    m_vm->setObjectName(QStringLiteral("imageSourceVmCombo"));
    m_generalize->setObjectName(QStringLiteral("imageGeneralizeCheck"));
    m_generalize->setVisible(false);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("From VM:"), m_vm);
    form->addRow(QString(), m_generalize);
    // A name the user can keep: the VM's name and the day.
    connect(m_vm, &QComboBox::currentIndexChanged, this, [this] {
        if (m_name->isModified() || m_vm->currentData().toString().isEmpty())
            return;
        m_name->setText(
            QStringLiteral("%1-image-%2")
                .arg(m_vm->currentData().toString(), QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    });
}

void MyImageFormPage::clearChoices(const QString& provider)
{
    m_vm->clear();
    m_generalize->setChecked(false);
    // Only Azure captures from a generalized VM; elsewhere the VM keeps running as it is.
    m_generalize->setVisible(provider == QLatin1String("azure"));
}

void MyImageFormPage::fillChoices(ResourceKind kind, const QList<Resource>& items)
{
    if (kind != ResourceKind::Vm)
        return;
    for (const Resource& r : items) {
        const auto* vm = r.as<VmInfo>();
        if (!vm || (vm->status != VmStatus::Running && vm->status != VmStatus::Suspended))
            continue;
        m_vm->addItem(QStringLiteral("%1 (%2)").arg(vm->iid.nameId, resourceStatusLabel(vmStatusName(vm->status))),
            vm->iid.nameId);
    }
    if (const int wanted = m_vm->findData(m_wantedVm); wanted >= 0)
        m_vm->setCurrentIndex(wanted);
}

void MyImageFormPage::preselectVm(const QString& name)
{
    m_wantedVm = name;
    if (const int i = m_vm->findData(name); i >= 0)
        m_vm->setCurrentIndex(i);
}

std::optional<Resource> MyImageFormPage::buildRequest(QString* error) const
{
    MyImageInfo image;
    image.iid.nameId = m_name->text().trimmed();
    image.sourceVm.nameId = m_vm->currentData().toString();
    if (!m_generalize->isHidden() && m_generalize->isChecked())
        image.extra.insert(QStringLiteral("generalize"), true);
    if (image.iid.nameId.isEmpty())
        return fail(error, tr("Enter a name for the image."));
    if (image.sourceVm.nameId.isEmpty())
        return fail(error, tr("Choose the VM to make the image from; only running or stopped VMs can be captured."));
    return Resource(image);
}

} // namespace Barista
