// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/ResourceKindLabel.h"

#include <QCoreApplication>

namespace Barista {

QString resourceKindLabel(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Region:
        return QCoreApplication::translate("ResourceKind", "Region");
    case ResourceKind::Vpc:
        return QCoreApplication::translate("ResourceKind", "VPC");
    case ResourceKind::SecurityGroup:
        return QCoreApplication::translate("ResourceKind", "Security group");
    case ResourceKind::KeyPair:
        return QCoreApplication::translate("ResourceKind", "Key pair");
    case ResourceKind::Vm:
        return QCoreApplication::translate("ResourceKind", "VM");
    case ResourceKind::Disk:
        return QCoreApplication::translate("ResourceKind", "Disk");
    case ResourceKind::MyImage:
        return QCoreApplication::translate("ResourceKind", "My image");
    case ResourceKind::Nlb:
        return QCoreApplication::translate("ResourceKind", "Network load balancer");
    case ResourceKind::Cluster:
        return QCoreApplication::translate("ResourceKind", "Kubernetes cluster");
    case ResourceKind::Spec:
        return QCoreApplication::translate("ResourceKind", "VM spec");
    case ResourceKind::Image:
        return QCoreApplication::translate("ResourceKind", "Image");
    case ResourceKind::Price:
        return QCoreApplication::translate("ResourceKind", "Price");
    }
    return QString();
}

QString resourceKindPluralLabel(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Region:
        return QCoreApplication::translate("ResourceKind", "regions");
    case ResourceKind::Vpc:
        return QCoreApplication::translate("ResourceKind", "VPCs");
    case ResourceKind::SecurityGroup:
        return QCoreApplication::translate("ResourceKind", "security groups");
    case ResourceKind::KeyPair:
        return QCoreApplication::translate("ResourceKind", "key pairs");
    case ResourceKind::Vm:
        return QCoreApplication::translate("ResourceKind", "VMs");
    case ResourceKind::Disk:
        return QCoreApplication::translate("ResourceKind", "disks");
    case ResourceKind::MyImage:
        return QCoreApplication::translate("ResourceKind", "my images");
    case ResourceKind::Nlb:
        return QCoreApplication::translate("ResourceKind", "network load balancers");
    case ResourceKind::Cluster:
        return QCoreApplication::translate("ResourceKind", "Kubernetes clusters");
    case ResourceKind::Spec:
        return QCoreApplication::translate("ResourceKind", "VM specs");
    case ResourceKind::Image:
        return QCoreApplication::translate("ResourceKind", "images");
    case ResourceKind::Price:
        return QCoreApplication::translate("ResourceKind", "prices");
    }
    return QString();
}

QString controlActionLabel(ControlAction action)
{
    switch (action) {
    case ControlAction::Suspend:
        return QCoreApplication::translate("ControlAction", "Suspend");
    case ControlAction::Resume:
        return QCoreApplication::translate("ControlAction", "Resume");
    case ControlAction::Reboot:
        return QCoreApplication::translate("ControlAction", "Reboot");
    case ControlAction::Terminate:
        return QCoreApplication::translate("ControlAction", "Terminate");
    }
    return QString();
}

QString resourceStatusLabel(const QString& statusName)
{
    // QT_TRANSLATE_NOOP marks the words for lupdate; translate() looks them up at run time, so
    // a language change needs no rebuild of this table.
    static const char* const known[] = {
        QT_TRANSLATE_NOOP("ResourceStatus", "Creating"),   QT_TRANSLATE_NOOP("ResourceStatus", "Running"),
        QT_TRANSLATE_NOOP("ResourceStatus", "Suspending"), QT_TRANSLATE_NOOP("ResourceStatus", "Suspended"),
        QT_TRANSLATE_NOOP("ResourceStatus", "Resuming"),   QT_TRANSLATE_NOOP("ResourceStatus", "Rebooting"),
        QT_TRANSLATE_NOOP("ResourceStatus", "Terminating"), QT_TRANSLATE_NOOP("ResourceStatus", "Terminated"),
        QT_TRANSLATE_NOOP("ResourceStatus", "NotExist"),   QT_TRANSLATE_NOOP("ResourceStatus", "Failed"),
        QT_TRANSLATE_NOOP("ResourceStatus", "Available"),  QT_TRANSLATE_NOOP("ResourceStatus", "Attached"),
        QT_TRANSLATE_NOOP("ResourceStatus", "Deleting"),   QT_TRANSLATE_NOOP("ResourceStatus", "Error"),
        QT_TRANSLATE_NOOP("ResourceStatus", "Active"),     QT_TRANSLATE_NOOP("ResourceStatus", "Inactive"),
        QT_TRANSLATE_NOOP("ResourceStatus", "Updating"),   QT_TRANSLATE_NOOP("ResourceStatus", "Unavailable"),
    };
    for (const char* word : known) {
        if (statusName == QLatin1String(word))
            return QCoreApplication::translate("ResourceStatus", word);
    }
    return statusName;
}

} // namespace Barista
