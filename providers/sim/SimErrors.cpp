// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/sim/SimErrors.h"

namespace Barista {

namespace {

using Kind = CloudError::Kind;

const QLatin1String kAws("aws");
const QLatin1String kAzure("azure");
const QLatin1String kGcp("gcp");
const QLatin1String kResourceGroup("barista-rg");
const QLatin1String kProject("barista-sim");

CloudError error(Kind kind, const QString& code, const QString& message, int httpStatus, qint64 retryAfterMs = -1)
{
    CloudError e;
    e.kind = kind;
    e.providerCode = code;
    e.message = message;
    e.httpStatus = httpStatus;
    e.retryAfterMs = retryAfterMs;
    return e;
}

QString q(const QString& text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

QString azureType(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Vpc:
        return QStringLiteral("Microsoft.Network/virtualNetworks");
    case ResourceKind::SecurityGroup:
        return QStringLiteral("Microsoft.Network/networkSecurityGroups");
    case ResourceKind::KeyPair:
        return QStringLiteral("Microsoft.Compute/sshPublicKeys");
    case ResourceKind::Vm:
        return QStringLiteral("Microsoft.Compute/virtualMachines");
    case ResourceKind::Disk:
        return QStringLiteral("Microsoft.Compute/disks");
    case ResourceKind::MyImage:
        return QStringLiteral("Microsoft.Compute/images");
    case ResourceKind::Nlb:
        return QStringLiteral("Microsoft.Network/loadBalancers");
    case ResourceKind::Cluster:
        return QStringLiteral("Microsoft.ContainerService/managedClusters");
    default:
        return QStringLiteral("Microsoft.Resources/") + resourceKindName(kind);
    }
}

QString gcpPath(ResourceKind kind, const QString& id)
{
    QString collection;
    switch (kind) {
    case ResourceKind::Vpc:
        collection = QStringLiteral("global/networks");
        break;
    case ResourceKind::SecurityGroup:
        collection = QStringLiteral("global/firewalls");
        break;
    case ResourceKind::Vm:
        collection = QStringLiteral("instances");
        break;
    case ResourceKind::Disk:
        collection = QStringLiteral("disks");
        break;
    case ResourceKind::MyImage:
        collection = QStringLiteral("global/images");
        break;
    case ResourceKind::Nlb:
        collection = QStringLiteral("forwardingRules");
        break;
    case ResourceKind::Cluster:
        collection = QStringLiteral("clusters");
        break;
    default:
        collection = resourceKindName(kind);
        break;
    }
    return QStringLiteral("projects/") + kProject + QLatin1Char('/') + collection + QLatin1Char('/') + id;
}

/// The wording AWS uses for its own kinds in "does not exist" messages.
void awsNotFound(ResourceKind kind, const QString& id, QString* code, QString* message)
{
    switch (kind) {
    case ResourceKind::Vpc:
        *code = QStringLiteral("InvalidVpcID.NotFound");
        *message = QStringLiteral("The vpc ID %1 does not exist").arg(q(id));
        return;
    case ResourceKind::SecurityGroup:
        *code = QStringLiteral("InvalidGroup.NotFound");
        *message = QStringLiteral("The security group %1 does not exist").arg(q(id));
        return;
    case ResourceKind::KeyPair:
        *code = QStringLiteral("InvalidKeyPair.NotFound");
        *message = QStringLiteral("The key pair %1 does not exist").arg(q(id));
        return;
    case ResourceKind::Vm:
        *code = QStringLiteral("InvalidInstanceID.NotFound");
        *message = QStringLiteral("The instance ID %1 does not exist").arg(q(id));
        return;
    case ResourceKind::Disk:
        *code = QStringLiteral("InvalidVolume.NotFound");
        *message = QStringLiteral("The volume %1 does not exist.").arg(q(id));
        return;
    case ResourceKind::MyImage:
        *code = QStringLiteral("InvalidAMIID.NotFound");
        *message = QStringLiteral("The image id '[%1]' does not exist").arg(id);
        return;
    case ResourceKind::Nlb:
        *code = QStringLiteral("LoadBalancerNotFound");
        *message = QStringLiteral("Load balancers '[%1]' not found").arg(id);
        return;
    case ResourceKind::Cluster:
        *code = QStringLiteral("ResourceNotFoundException");
        *message = QStringLiteral("No cluster found for name: %1.").arg(id);
        return;
    default:
        *code = QStringLiteral("InvalidParameterValue");
        *message = QStringLiteral("The %1 %2 does not exist").arg(resourceKindName(kind), q(id));
        return;
    }
}

} // namespace

CloudError SimErrors::notFound(const QString& provider, ResourceKind kind, const QString& id)
{
    if (provider == kAws) {
        QString code;
        QString message;
        awsNotFound(kind, id, &code, &message);
        return error(Kind::NotFound, code, message, kind == ResourceKind::Cluster ? 404 : 400);
    }
    if (provider == kAzure)
        return error(Kind::NotFound, QStringLiteral("ResourceNotFound"),
            QStringLiteral("The Resource '%1/%2' under resource group '%3' was not found. For more details "
                           "please go to https://aka.ms/ARMResourceNotFoundFix")
                .arg(azureType(kind), id, kResourceGroup),
            404);
    if (provider == kGcp)
        return error(Kind::NotFound, QStringLiteral("notFound"),
            QStringLiteral("The resource '%1' was not found").arg(gcpPath(kind, id)), 404);
    return error(Kind::NotFound, QStringLiteral("NotFound"),
        QStringLiteral("The %1 %2 could not be found.").arg(resourceKindName(kind), q(id)), 404);
}

CloudError SimErrors::subnetNotFound(const QString& provider, const QString& id)
{
    if (provider == kAws)
        return error(Kind::NotFound, QStringLiteral("InvalidSubnetID.NotFound"),
            QStringLiteral("The subnet ID %1 does not exist").arg(q(id)), 400);
    if (provider == kAzure)
        return error(Kind::NotFound, QStringLiteral("ResourceNotFound"),
            QStringLiteral("The Resource 'Microsoft.Network/virtualNetworks/subnets/%1' under resource group "
                           "'%2' was not found.")
                .arg(id, kResourceGroup),
            404);
    if (provider == kGcp)
        return error(Kind::NotFound, QStringLiteral("notFound"),
            QStringLiteral("The resource 'projects/%1/subnetworks/%2' was not found").arg(kProject, id), 404);
    return error(Kind::NotFound, QStringLiteral("NotFound"),
        QStringLiteral("The subnet %1 could not be found.").arg(q(id)), 404);
}

CloudError SimErrors::duplicate(const QString& provider, ResourceKind kind, const QString& name)
{
    if (provider == kAws) {
        switch (kind) {
        case ResourceKind::SecurityGroup:
            return error(Kind::Conflict, QStringLiteral("InvalidGroup.Duplicate"),
                QStringLiteral("The security group %1 already exists").arg(q(name)), 400);
        case ResourceKind::KeyPair:
            return error(Kind::Conflict, QStringLiteral("InvalidKeyPair.Duplicate"),
                QStringLiteral("The keypair %1 already exists.").arg(q(name)), 400);
        case ResourceKind::MyImage:
            return error(Kind::Conflict, QStringLiteral("InvalidAMIName.Duplicate"),
                QStringLiteral("AMI name %1 is already in use").arg(name), 400);
        case ResourceKind::Nlb:
            return error(Kind::Conflict, QStringLiteral("DuplicateLoadBalancerName"),
                QStringLiteral("A load balancer with the same name %1 exists").arg(q(name)), 400);
        case ResourceKind::Cluster:
            return error(Kind::Conflict, QStringLiteral("ResourceInUseException"),
                QStringLiteral("Cluster already exists with name: %1").arg(name), 409);
        default:
            return error(Kind::Conflict, QStringLiteral("InvalidParameterValue"),
                QStringLiteral("A %1 named %2 already exists").arg(resourceKindName(kind), q(name)), 400);
        }
    }
    if (provider == kAzure)
        return error(Kind::Conflict, QStringLiteral("Conflict"),
            QStringLiteral("The resource '%1/%2' already exists in resource group '%3'.")
                .arg(azureType(kind), name, kResourceGroup),
            409);
    if (provider == kGcp)
        return error(Kind::Conflict, QStringLiteral("alreadyExists"),
            QStringLiteral("The resource '%1' already exists").arg(gcpPath(kind, name)), 409);
    return error(Kind::Conflict, QStringLiteral("AlreadyExists"),
        QStringLiteral("A %1 named %2 already exists.").arg(resourceKindName(kind), q(name)), 409);
}

CloudError SimErrors::dependencyViolation(
    const QString& provider, ResourceKind kind, const QString& name, const QStringList& blockers)
{
    const QString message = QStringLiteral("The %1 %2 has dependencies and cannot be deleted: %3")
                                .arg(resourceKindName(kind), q(name), blockers.join(QLatin1String(", ")));
    if (provider == kAws)
        return error(Kind::Conflict, QStringLiteral("DependencyViolation"), message, 400);
    if (provider == kAzure) {
        const QString code = kind == ResourceKind::SecurityGroup
            ? QStringLiteral("InUseNetworkSecurityGroupCannotBeDeleted")
            : QStringLiteral("InUseSubnetCannotBeDeleted");
        return error(Kind::Conflict, code, message, 400);
    }
    if (provider == kGcp)
        return error(Kind::Conflict, QStringLiteral("resourceInUseByAnotherResource"), message, 400);
    return error(Kind::Conflict, QStringLiteral("DependencyViolation"), message, 409);
}

CloudError SimErrors::invalidParameter(const QString& provider, const QString& message)
{
    if (provider == kAws)
        return error(Kind::InvalidRequest, QStringLiteral("InvalidParameterValue"), message, 400);
    if (provider == kAzure)
        return error(Kind::InvalidRequest, QStringLiteral("InvalidParameter"), message, 400);
    if (provider == kGcp)
        return error(Kind::InvalidRequest, QStringLiteral("invalid"), message, 400);
    return error(Kind::InvalidRequest, QStringLiteral("BadRequest"), message, 400);
}

CloudError SimErrors::missingParameter(const QString& provider, const QString& parameter)
{
    const QString message = QStringLiteral("The request must contain the parameter %1").arg(parameter);
    if (provider == kAws)
        return error(Kind::InvalidRequest, QStringLiteral("MissingParameter"), message, 400);
    if (provider == kGcp)
        return error(Kind::InvalidRequest, QStringLiteral("required"), message, 400);
    return invalidParameter(provider, message);
}

CloudError SimErrors::unknownSpec(const QString& provider, const QString& spec)
{
    if (provider == kAws)
        return invalidParameter(provider, QStringLiteral("Invalid value %1 for InstanceType.").arg(q(spec)));
    if (provider == kAzure)
        return invalidParameter(
            provider, QStringLiteral("The value %1 provided for the VM size is not valid.").arg(spec));
    if (provider == kGcp)
        return invalidParameter(provider,
            QStringLiteral("Invalid value for field 'resource.machineType': %1. Machine "
                           "type with name %1 does not exist.")
                .arg(q(spec)));
    return invalidParameter(provider, QStringLiteral("Flavor %1 could not be found.").arg(spec));
}

CloudError SimErrors::incorrectState(
    const QString& provider, const QString& vm, const QString& status, const QString& action)
{
    if (provider == kAws)
        return error(Kind::InvalidRequest, QStringLiteral("IncorrectInstanceState"),
            QStringLiteral("The instance %1 is not in a state from which it can be %2 (current state: %3).")
                .arg(q(vm), action, status),
            400);
    if (provider == kAzure)
        return error(Kind::InvalidRequest, QStringLiteral("OperationNotAllowed"),
            QStringLiteral("Operation %1 is not allowed on VM %2 since the VM is %3.").arg(q(action), q(vm), status),
            409);
    if (provider == kGcp)
        return error(Kind::InvalidRequest, QStringLiteral("resourceNotReady"),
            QStringLiteral("The resource '%1' is not ready (status %2)").arg(gcpPath(ResourceKind::Vm, vm), status),
            400);
    return error(Kind::InvalidRequest, QStringLiteral("IncorrectState"),
        QStringLiteral("Cannot %1 instance %2 while it is in status %3").arg(action, vm, status), 409);
}

CloudError SimErrors::volumeInUse(const QString& provider, const QString& disk)
{
    const QString message = QStringLiteral("Volume %1 is currently attached to an instance").arg(q(disk));
    if (provider == kAws)
        return error(Kind::Conflict, QStringLiteral("VolumeInUse"), message, 400);
    if (provider == kAzure)
        return error(Kind::Conflict, QStringLiteral("OperationNotAllowed"), message, 409);
    if (provider == kGcp)
        return error(Kind::Conflict, QStringLiteral("resourceInUseByAnotherResource"), message, 400);
    return error(Kind::Conflict, QStringLiteral("VolumeInUse"), message, 409);
}

CloudError SimErrors::idempotentMismatch(const QString& provider, const QString& token)
{
    Q_UNUSED(provider)
    return error(Kind::Conflict, QStringLiteral("IdempotentParameterMismatch"),
        QStringLiteral("The client token %1 was already used with different request parameters.").arg(q(token)), 400);
}

CloudError SimErrors::vcpuQuota(const QString& provider, const QString& region, int limit, int usage, int requested)
{
    if (provider == kAws)
        return error(Kind::QuotaExceeded, QStringLiteral("VcpuLimitExceeded"),
            QStringLiteral("You have requested more vCPU capacity than your current vCPU limit of %1 allows "
                           "for the instance bucket that the specified instance type belongs to. Please visit "
                           "http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this "
                           "limit.")
                .arg(limit),
            400);
    if (provider == kAzure)
        return error(Kind::QuotaExceeded, QStringLiteral("OperationNotAllowed"),
            QStringLiteral("Operation could not be completed as it results in exceeding approved Total "
                           "Regional Cores quota. Additional details - Deployment Model: Resource Manager, "
                           "Location: %1, Current Limit: %2, Current Usage: %3, Additional Required: %4, "
                           "(Minimum) New Limit Required: %5.")
                .arg(region)
                .arg(limit)
                .arg(usage)
                .arg(requested)
                .arg(usage + requested),
            409);
    if (provider == kGcp)
        return error(Kind::QuotaExceeded, QStringLiteral("QUOTA_EXCEEDED"),
            QStringLiteral("Quota 'CPUS' exceeded.  Limit: %1.0 in region %2.").arg(limit).arg(region), 403);
    return error(Kind::QuotaExceeded, QStringLiteral("QuotaExceeded"),
        QStringLiteral("Quota exceeded for cores: Requested %1, but already used %2 of %3 cores")
            .arg(requested)
            .arg(usage)
            .arg(limit),
        403);
}

CloudError SimErrors::instanceQuota(const QString& provider, const QString& region, int limit, int usage)
{
    if (provider == kAws)
        return error(Kind::QuotaExceeded, QStringLiteral("InstanceLimitExceeded"),
            QStringLiteral("Your quota allows for %1 more running instance(s). You requested at least 1.")
                .arg(qMax(0, limit - usage)),
            400);
    if (provider == kAzure)
        return error(Kind::QuotaExceeded, QStringLiteral("OperationNotAllowed"),
            QStringLiteral("Operation could not be completed as it results in exceeding approved Total "
                           "Regional Virtual Machines quota. Location: %1, Current Limit: %2, Current Usage: "
                           "%3, Additional Required: 1.")
                .arg(region)
                .arg(limit)
                .arg(usage),
            409);
    if (provider == kGcp)
        return error(Kind::QuotaExceeded, QStringLiteral("QUOTA_EXCEEDED"),
            QStringLiteral("Quota 'INSTANCES' exceeded.  Limit: %1.0 in region %2.").arg(limit).arg(region), 403);
    return error(Kind::QuotaExceeded, QStringLiteral("QuotaExceeded"),
        QStringLiteral("Quota exceeded for instances: Requested 1, but already used %1 of %2 instances")
            .arg(usage)
            .arg(limit),
        403);
}

bool SimErrors::sendsRetryAfter(const QString& provider)
{
    // Azure Resource Manager and OpenStack-based APIs (Nova, NHN, KT) send Retry-After.
    return provider == kAzure || provider == QLatin1String("openstack") || provider == QLatin1String("nhn")
        || provider == QLatin1String("kt");
}

CloudError SimErrors::throttled(const QString& provider, qint64 retryAfterMs)
{
    const qint64 hint = sendsRetryAfter(provider) ? qMax<qint64>(0, retryAfterMs) : -1;
    if (provider == kAws)
        return error(
            Kind::Throttled, QStringLiteral("RequestLimitExceeded"), QStringLiteral("Request limit exceeded."), 503);
    if (provider == kAzure)
        return error(Kind::Throttled, QStringLiteral("TooManyRequests"),
            QStringLiteral("The request is being throttled as the limit has been reached for operation type "
                           "- Read_30Min. For more information, see - https://aka.ms/requestthrottling"),
            429, hint);
    if (provider == kGcp)
        return error(Kind::Throttled, QStringLiteral("rateLimitExceeded"), QStringLiteral("Rate Limit Exceeded"), 429);
    return error(Kind::Throttled, QStringLiteral("Throttling"), QStringLiteral("Request was throttled."), 429, hint);
}

CloudError SimErrors::insufficientCapacity(const QString& provider, const QString& zone, const QString& spec)
{
    // Capacity is the cloud's problem, not the request's: 5xx/409 on the wire, but final.
    if (provider == kAws)
        return error(Kind::QuotaExceeded, QStringLiteral("InsufficientInstanceCapacity"),
            QStringLiteral("We currently do not have sufficient %1 capacity in the Availability Zone you requested (%2). "
                           "Our system will be working on provisioning additional capacity. You can currently get %1 "
                           "capacity by not specifying an Availability Zone in your request or choosing a different "
                           "Availability Zone.")
                .arg(spec, zone),
            500);
    if (provider == kAzure)
        return error(Kind::QuotaExceeded, QStringLiteral("AllocationFailed"),
            QStringLiteral("Allocation failed. We do not have sufficient capacity for the requested VM size %1 in this "
                           "region. Read more about improving likelihood of allocation success at "
                           "http://aka.ms/allocation-guidance")
                .arg(spec),
            409);
    if (provider == kGcp)
        return error(Kind::QuotaExceeded, QStringLiteral("ZONE_RESOURCE_POOL_EXHAUSTED"),
            QStringLiteral("The zone 'projects/%1/zones/%2' does not have enough resources available to fulfill the "
                           "request. Try a different zone, or try again later.")
                .arg(QString(kProject), zone),
            503);
    return error(Kind::QuotaExceeded, QStringLiteral("InsufficientCapacity"),
        QStringLiteral("There is not enough capacity for %1 in %2 at the moment.").arg(spec, zone), 503);
}

CloudError SimErrors::transient(const QString& provider)
{
    if (provider == kAws)
        return error(
            Kind::Transient, QStringLiteral("InternalError"), QStringLiteral("An internal error has occurred"), 500);
    return error(Kind::Transient, QStringLiteral("InternalServerError"),
        QStringLiteral("The server encountered an internal error. Please retry the request."), 500);
}

CloudError SimErrors::unsupported(const QString& provider, ResourceKind kind, const QString& operation)
{
    return error(Kind::Unsupported, QStringLiteral("UnsupportedOperation"),
        QStringLiteral("The %1 operation is not supported for %2 by %3.")
            .arg(operation, resourceKindName(kind), provider),
        400);
}

CloudError SimErrors::unknownRegion(const QString& provider, const QString& region, const QString& zone)
{
    if (!zone.isEmpty())
        return error(Kind::InvalidRequest, QStringLiteral("InvalidZone.NotFound"),
            QStringLiteral("The zone %1 does not exist in region %2 of %3.").arg(q(zone), q(region), provider), 400);
    return error(Kind::InvalidRequest, QStringLiteral("InvalidRegion"),
        QStringLiteral("The region %1 does not exist for %2.").arg(q(region), provider), 400);
}

CloudError SimErrors::badPageToken(const QString& provider, const QString& token)
{
    Q_UNUSED(provider)
    return error(Kind::InvalidRequest, QStringLiteral("InvalidPaginationToken"),
        QStringLiteral("The pagination token %1 is invalid.").arg(q(token)), 400);
}

CloudError SimErrors::unknownFunction(const QString& provider, const QString& function)
{
    return error(Kind::Unsupported, QStringLiteral("UnsupportedOperation"),
        QStringLiteral("The function %1 is not offered by %2.").arg(q(function), provider), 400);
}

} // namespace Barista
