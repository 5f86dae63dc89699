// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/NlbFormPage.h"

#include "models/domain/NlbInfo.h"
#include "models/domain/ResourceKindLabel.h"
#include "models/domain/ResourceStatus.h"
#include "models/domain/VpcInfo.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QSpinBox>

namespace Barista {

namespace {

QSpinBox* portBox(const char* name, int value, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(1, 65535);
    box->setValue(value);
    return box;
}

QComboBox* choiceBox(const char* name, const QStringList& values, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    for (const QString& v : values)
        box->addItem(v, v);
    return box;
}

} // namespace

NlbFormPage::NlbFormPage(QWidget* parent)
    : CreateFormPage(parent)
    , m_name(new QLineEdit(this))
    , m_vpc(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_protocol(choiceBox("nlbProtocolCombo", { QStringLiteral("TCP"), QStringLiteral("UDP") }, this))
    , m_listenerPort(portBox("nlbListenerPortSpin", 80, this))
    , m_vms(new QListWidget(this))
    , m_vmPort(portBox("nlbVmPortSpin", 80, this))
    , m_healthProtocol(choiceBox("nlbHealthProtocolCombo", { QStringLiteral("TCP"), QStringLiteral("HTTP") }, this))
    , m_healthPort(portBox("nlbHealthPortSpin", 80, this))
{
    m_name->setObjectName(QStringLiteral("nlbNameEdit"));
    m_vpc->setObjectName(QStringLiteral("nlbVpcCombo"));
    m_type->setObjectName(QStringLiteral("nlbTypeCombo"));
    m_type->addItem(tr("Public (reachable from the internet)"), QStringLiteral("PUBLIC"));
    m_type->addItem(tr("Internal (inside the VPC)"), QStringLiteral("INTERNAL"));
    m_vms->setObjectName(QStringLiteral("nlbVmList"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("VPC:"), m_vpc);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Listener protocol:"), m_protocol);
    form->addRow(tr("Listener port:"), m_listenerPort);
    form->addRow(tr("VMs:"), m_vms);
    form->addRow(tr("VM port:"), m_vmPort);
    form->addRow(tr("Health check protocol:"), m_healthProtocol);
    form->addRow(tr("Health check port:"), m_healthPort);
    connect(m_vpc, &QComboBox::currentIndexChanged, this, &NlbFormPage::fillVms);
    // The usual case is the same port end to end; changing the listener suggests it for the rest.
    connect(m_listenerPort, &QSpinBox::valueChanged, this, [this](int port) {
        m_vmPort->setValue(port);
        m_healthPort->setValue(port);
    });
    connect(m_vms, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const QString name = item->data(Qt::UserRole).toString();
        m_checked.removeAll(name);
        if (item->checkState() == Qt::Checked)
            m_checked.append(name);
    });
}

void NlbFormPage::clearChoices(const QString&)
{
    m_vpc->clear();
    m_allVms.clear();
    m_vms->clear();
}

void NlbFormPage::fillChoices(ResourceKind kind, const QList<Resource>& items)
{
    if (kind == ResourceKind::Vpc) {
        for (const Resource& r : items) {
            if (const auto* vpc = r.as<VpcInfo>())
                m_vpc->addItem(QStringLiteral("%1 (%2)").arg(vpc->iid.nameId, vpc->ipv4Cidr), vpc->iid.nameId);
        }
    } else if (kind == ResourceKind::Vm) {
        for (const Resource& r : items) {
            if (const auto* vm = r.as<VmInfo>(); vm && vm->status != VmStatus::Terminated)
                m_allVms.append(*vm);
        }
    }
    fillVms();
}

void NlbFormPage::preselectVm(const QString& name)
{
    if (!m_checked.contains(name))
        m_checked.append(name);
    for (const VmInfo& vm : std::as_const(m_allVms)) {
        if (vm.iid.nameId == name) {
            if (const int i = m_vpc->findData(vm.vpcIid.nameId); i >= 0)
                m_vpc->setCurrentIndex(i);
        }
    }
    fillVms();
}

void NlbFormPage::fillVms()
{
    const QSignalBlocker quiet(m_vms); // itemChanged would rewrite m_checked while refilling
    m_vms->clear();
    const QString vpc = m_vpc->currentData().toString();
    for (const VmInfo& vm : std::as_const(m_allVms)) {
        if (vm.vpcIid.nameId != vpc && vm.vpcIid.systemId != vpc)
            continue;
        const QString label
            = QStringLiteral("%1 (%2)").arg(vm.iid.nameId, resourceStatusLabel(vmStatusName(vm.status)));
        auto* item = new QListWidgetItem(label, m_vms);
        item->setData(Qt::UserRole, vm.iid.nameId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_checked.contains(vm.iid.nameId) ? Qt::Checked : Qt::Unchecked);
    }
}

std::optional<Resource> NlbFormPage::buildRequest(QString* error) const
{
    NlbInfo nlb;
    nlb.iid.nameId = m_name->text().trimmed();
    nlb.vpcIid.nameId = m_vpc->currentData().toString();
    nlb.type = m_type->currentData().toString();
    nlb.listenerProtocol = m_protocol->currentData().toString();
    nlb.listenerPort = m_listenerPort->value();
    nlb.vmGroupProtocol = nlb.listenerProtocol;
    nlb.vmGroupPort = m_vmPort->value();
    nlb.healthProtocol = m_healthProtocol->currentData().toString();
    nlb.healthPort = m_healthPort->value();
    for (int row = 0; row < m_vms->count(); ++row) {
        if (m_vms->item(row)->checkState() == Qt::Checked)
            nlb.vms.append(Iid { m_vms->item(row)->data(Qt::UserRole).toString(), QString() });
    }
    if (nlb.iid.nameId.isEmpty())
        return fail(error, tr("Enter a name for the load balancer."));
    if (nlb.vpcIid.nameId.isEmpty())
        return fail(error, tr("Choose the VPC of the load balancer; create a VPC first if there is none."));
    if (nlb.vms.isEmpty())
        return fail(error, tr("Check at least one VM of the VPC to put behind the load balancer."));
    return Resource(nlb);
}

} // namespace Barista
