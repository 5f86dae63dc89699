// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/aws/AwsErrorParser.h"

#include "providers/aws/AwsXml.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace Barista {

namespace {

/// The AWS JSON protocols' error: {"__type": "namespace#Code", "message" or "Message": ...}.
/// The code loses its namespace prefix and any ":..." suffix (the Smithy awsJson1_1 rules).
ProviderErrorDetail parseJson(const QByteArray& body)
{
    ProviderErrorDetail detail;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QString code = object.value(QStringLiteral("__type")).toString();
    if (code.isEmpty())
        code = object.value(QStringLiteral("code")).toString();
    code = code.section(QLatin1Char(':'), 0, 0);
    code = code.section(QLatin1Char('#'), -1);
    detail.code = code.trimmed();
    detail.message = object.value(QStringLiteral("message")).toString();
    if (detail.message.isEmpty())
        detail.message = object.value(QStringLiteral("Message")).toString();
    if (!detail.code.isEmpty())
        detail.kind = AwsErrorParser::kindForCode(detail.code);
    return detail;
}

} // namespace

std::optional<CloudError::Kind> AwsErrorParser::kindForCode(const QString& code)
{
    using K = CloudError::Kind;
    static const QStringList throttled = { QStringLiteral("RequestLimitExceeded"), QStringLiteral("Throttling"),
        QStringLiteral("ThrottlingException"), QStringLiteral("TooManyRequestsException") };
    // Capacity is the cloud's problem, not the request's, but retrying it at once does not help:
    // final, as the simulated cloud treats it.
    static const QStringList quota = { QStringLiteral("InsufficientInstanceCapacity"),
        QStringLiteral("InsufficientCapacity"), QStringLiteral("InsufficientHostCapacity"),
        QStringLiteral("InsufficientReservedInstanceCapacity"), QStringLiteral("VcpuLimitExceeded"),
        QStringLiteral("InstanceLimitExceeded"), QStringLiteral("VolumeLimitExceeded"),
        QStringLiteral("MaxIOPSLimitExceeded"), QStringLiteral("VpcLimitExceeded"),
        QStringLiteral("SubnetLimitExceeded"), QStringLiteral("SecurityGroupLimitExceeded"),
        QStringLiteral("RulesPerSecurityGroupLimitExceeded"), QStringLiteral("KeyPairLimitExceeded"),
        QStringLiteral("ResourceLimitExceeded"), QStringLiteral("TagLimitExceeded"),
        // ELBv2
        QStringLiteral("TooManyLoadBalancers"), QStringLiteral("TooManyTargetGroups"), QStringLiteral("TooManyTargets"),
        QStringLiteral("TooManyListeners"), QStringLiteral("TooManyTags"),
        QStringLiteral("TooManyRegistrationsForTargetId") };
    static const QStringList conflict = { QStringLiteral("DependencyViolation"),
        QStringLiteral("IdempotentParameterMismatch"), QStringLiteral("InvalidGroup.Duplicate"),
        QStringLiteral("InvalidKeyPair.Duplicate"), QStringLiteral("InvalidPermission.Duplicate"),
        QStringLiteral("InvalidSubnet.Conflict"), QStringLiteral("VolumeInUse"), QStringLiteral("IncorrectState"),
        QStringLiteral("IncorrectInstanceState"), QStringLiteral("CannotDelete"), QStringLiteral("InvalidVpc.Conflict"),
        QStringLiteral("InvalidAMIName.Duplicate"), QStringLiteral("InvalidSnapshot.InUse"),
        // ELBv2
        QStringLiteral("DuplicateLoadBalancerName"), QStringLiteral("DuplicateTargetGroupName"),
        QStringLiteral("DuplicateListener"), QStringLiteral("ResourceInUse"), QStringLiteral("OperationNotPermitted") };
    static const QStringList auth = { QStringLiteral("AuthFailure"), QStringLiteral("SignatureDoesNotMatch"),
        QStringLiteral("InvalidClientTokenId"), QStringLiteral("UnrecognizedClientException"),
        QStringLiteral("IncompleteSignature"), QStringLiteral("MissingAuthenticationToken"),
        QStringLiteral("ExpiredToken"), QStringLiteral("RequestExpired"), QStringLiteral("UnauthorizedOperation"),
        QStringLiteral("Blocked"), QStringLiteral("OptInRequired"), QStringLiteral("PendingVerification"),
        // The JSON protocols' names (Price List Query API and the other JSON services).
        QStringLiteral("InvalidSignatureException"), QStringLiteral("IncompleteSignatureException"),
        QStringLiteral("MissingAuthenticationTokenException"), QStringLiteral("ExpiredTokenException"),
        QStringLiteral("AccessDeniedException") };
    static const QStringList transient = { QStringLiteral("InternalError"), QStringLiteral("InternalFailure"),
        QStringLiteral("Unavailable"), QStringLiteral("ServiceUnavailable"), QStringLiteral("InternalErrorException"),
        QStringLiteral("ServiceUnavailableException") };
    static const QStringList unsupported
        = { QStringLiteral("InvalidAction"), QStringLiteral("UnsupportedOperation"), QStringLiteral("Unsupported") };
    if (throttled.contains(code))
        return K::Throttled;
    if (quota.contains(code))
        return K::QuotaExceeded;
    // ELBv2 names its not-found errors without a dot: LoadBalancerNotFound, TargetGroupNotFound,
    // ListenerNotFound (SubnetNotFound is a bad parameter of the request: below).
    static const QStringList elbNotFound = { QStringLiteral("LoadBalancerNotFound"),
        QStringLiteral("TargetGroupNotFound"), QStringLiteral("ListenerNotFound") };
    if (elbNotFound.contains(code))
        return K::NotFound;
    if (code.endsWith(QLatin1String(".NotFound")) || code == QLatin1String("NotFoundException")
        || code == QLatin1String("ResourceNotFoundException"))
        return K::NotFound;
    if (conflict.contains(code))
        return K::Conflict;
    if (auth.contains(code))
        return K::Auth;
    if (transient.contains(code))
        return K::Transient;
    if (unsupported.contains(code))
        return K::Unsupported;
    if (code.endsWith(QLatin1String(".Malformed")) || code.startsWith(QLatin1String("InvalidParameter"))
        || code.startsWith(QLatin1String("MissingParameter")) || code == QLatin1String("InvalidNextTokenException")
        || code == QLatin1String("ExpiredNextTokenException") || code == QLatin1String("ValidationException")
        || code == QLatin1String("SerializationException") || code == QLatin1String("ValidationError")
        || code == QLatin1String("InvalidTarget") || code == QLatin1String("InvalidSubnet")
        || code == QLatin1String("SubnetNotFound") || code == QLatin1String("InvalidConfigurationRequest")
        || code == QLatin1String("InvalidScheme") || code == QLatin1String("InvalidSecurityGroup"))
        return K::InvalidRequest;
    return std::nullopt;
}

ProviderErrorDetail AwsErrorParser::parse(int status, const QByteArray& body)
{
    Q_UNUSED(status)
    if (body.trimmed().startsWith('{'))
        return parseJson(body);
    ProviderErrorDetail detail;
    const Result<AwsXmlNode> document = AwsXmlNode::parse(body);
    if (!document.ok())
        return detail; // not XML (a proxy's page): the mapper shows the text
    // EC2: Response/Errors/Error; STS-style services: ErrorResponse/Error.
    const AwsXmlNode& error = document.value().find(QStringLiteral("Error"));
    const AwsXmlNode& from = error.isNull() ? document.value() : error;
    detail.code = from.value(QStringLiteral("Code"));
    detail.message = from.value(QStringLiteral("Message"));
    if (!detail.code.isEmpty())
        detail.kind = kindForCode(detail.code);
    return detail;
}

} // namespace Barista
