// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/VmInfo.h"
#include "ui/dialogs/CreateFormPage.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Barista {

/// A network load balancer the way CB-Spider shapes one: a listener (protocol and port), the
/// VMs behind it (checked among the VMs of the chosen VPC) on their port, and a health check.
/// Public or internal; the cloud assigns the address.
class NlbFormPage final : public CreateFormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NlbFormPage)

public:
    explicit NlbFormPage(QWidget* parent = nullptr);

    ResourceKind kind() const override { return ResourceKind::Nlb; }
    void clearChoices(const QString& provider) override;
    void fillChoices(ResourceKind kind, const QList<Resource>& items) override;
    void preselectVm(const QString& name) override;
    std::optional<Resource> buildRequest(QString* error) const override;

private:
    /// Lists the VMs of the chosen VPC, keeping what was checked.
    void fillVms();

    QLineEdit* m_name;
    QComboBox* m_vpc;
    QComboBox* m_type;
    QComboBox* m_protocol;
    QSpinBox* m_listenerPort;
    QListWidget* m_vms;
    QSpinBox* m_vmPort;
    QComboBox* m_healthProtocol;
    QSpinBox* m_healthPort;
    QList<VmInfo> m_allVms;
    QStringList m_checked;
};

} // namespace Barista
