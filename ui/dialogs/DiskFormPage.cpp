// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/DiskFormPage.h"

#include "models/domain/DiskInfo.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QLineEdit>
#include <QSpinBox>

namespace Barista {

namespace {

/// The common types per cloud, offered in the (editable) type box; the cloud judges the text.
QStringList knownDiskTypes(const QString& provider)
{
    static const QHash<QString, QStringList> types {
        { QStringLiteral("aws"), { QStringLiteral("gp3"), QStringLiteral("gp2"), QStringLiteral("io2"),
                                     QStringLiteral("st1"), QStringLiteral("sc1") } },
        { QStringLiteral("azure"), { QStringLiteral("Premium_LRS"), QStringLiteral("StandardSSD_LRS"),
                                       QStringLiteral("Standard_LRS") } },
        { QStringLiteral("gcp"), { QStringLiteral("pd-balanced"), QStringLiteral("pd-standard"),
                                     QStringLiteral("pd-ssd") } },
    };
    return types.value(provider);
}

} // namespace

DiskFormPage::DiskFormPage(QWidget* parent)
    : CreateFormPage(parent)
    , m_name(new QLineEdit(this))
    , m_size(new QSpinBox(this))
    , m_type(new QComboBox(this))
    , m_zone(new QLineEdit(this))
{
    m_name->setObjectName(QStringLiteral("diskNameEdit"));
    m_size->setObjectName(QStringLiteral("diskSizeSpin"));
    m_size->setRange(1, 65536);
    m_size->setValue(100);
    m_size->setSuffix(tr(" GiB"));
    m_type->setObjectName(QStringLiteral("diskTypeCombo"));
    m_type->setEditable(true);
    m_zone->setObjectName(QStringLiteral("diskZoneEdit"));
    m_zone->setPlaceholderText(tr("the connection's zone"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Size:"), m_size);
    form->addRow(tr("Disk type:"), m_type);
    form->addRow(tr("Zone:"), m_zone);
    clearChoices(QString());
}

void DiskFormPage::clearChoices(const QString& provider)
{
    m_type->clear();
    m_type->addItem(tr("(the cloud's default)"), QString());
    for (const QString& type : knownDiskTypes(provider))
        m_type->addItem(type, type);
}

void DiskFormPage::fillChoices(ResourceKind, const QList<Resource>&)
{
}

std::optional<Resource> DiskFormPage::buildRequest(QString* error) const
{
    DiskInfo disk;
    disk.iid.nameId = m_name->text().trimmed();
    disk.sizeGb = m_size->value();
    // An item's data is the type; text typed over the default item is taken as written.
    const int index = m_type->findText(m_type->currentText());
    disk.diskType = index >= 0 ? m_type->itemData(index).toString() : m_type->currentText().trimmed();
    disk.zone = m_zone->text().trimmed();
    if (disk.iid.nameId.isEmpty())
        return fail(error, tr("Enter a name for the disk."));
    return Resource(disk);
}

} // namespace Barista
