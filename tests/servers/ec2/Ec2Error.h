// SPDX-License-Identifier: GPL-3.0-or-later
// An EC2 API error as the service reports it: HTTP status, code and message. Codes and messages
// follow the EC2 API reference ("Error codes for the Amazon EC2 API") and what the service sends.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Barista {

struct Ec2Error
{
    int httpStatus = 400;
    QString code;
    QString message;
    int retryAfterSeconds = -1; // >= 0: sent as Retry-After (as a gateway in front of AWS may)

    static Ec2Error client(const QString& code, const QString& message) { return { 400, code, message }; }

    static Ec2Error notFound(const QString& code, const QString& what, const QStringList& ids)
    {
        // "The instance ID 'i-1' does not exist" / "The instance IDs 'i-1, i-2' do not exist"
        if (ids.size() == 1)
            return client(code, QStringLiteral("The %1 '%2' does not exist").arg(what, ids.first()));
        return client(code, QStringLiteral("The %1s '%2' do not exist").arg(what, ids.join(QStringLiteral(", "))));
    }
    static Ec2Error missingParameter(const QString& name)
    {
        return client(
            QStringLiteral("MissingParameter"), QStringLiteral("The request must contain the parameter %1").arg(name));
    }
    static Ec2Error invalidValue(const QString& parameter, const QString& value)
    {
        return client(QStringLiteral("InvalidParameterValue"),
            QStringLiteral("Invalid value '%1' for %2.").arg(value, parameter));
    }
    static Ec2Error dependency(const QString& message)
    {
        return client(QStringLiteral("DependencyViolation"), message);
    }
    static Ec2Error requestLimitExceeded()
    {
        return { 503, QStringLiteral("RequestLimitExceeded"), QStringLiteral("Request limit exceeded.") };
    }
    static Ec2Error internalError()
    {
        return { 500, QStringLiteral("InternalError"), QStringLiteral("An internal error has occurred") };
    }
    static Ec2Error unavailable()
    {
        return { 503, QStringLiteral("Unavailable"),
            QStringLiteral("The server is overloaded and can't handle the request.") };
    }
    static Ec2Error insufficientCapacity(const QString& instanceType, const QString& zone)
    {
        return { 500, QStringLiteral("InsufficientInstanceCapacity"),
            QStringLiteral("We currently do not have sufficient %1 capacity in the Availability Zone you requested "
                           "(%2). Our system will be working on provisioning additional capacity. You can currently "
                           "get %1 capacity by not specifying an Availability Zone in your request.")
                .arg(instanceType, zone) };
    }
    static Ec2Error vcpuLimitExceeded(int limit)
    {
        return client(QStringLiteral("VcpuLimitExceeded"),
            QStringLiteral("You have requested more vCPU capacity than your current vCPU limit of %1 allows for "
                           "the instance bucket that the specified instance type belongs to. Please visit "
                           "http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this limit.")
                .arg(limit));
    }
};

// What an action handler produces: the XML body of a 200 reply, or an error.
struct Ec2Outcome
{
    QByteArray xml;
    std::optional<Ec2Error> error;

    Ec2Outcome(QByteArray body)
        : xml(std::move(body))
    {
    }
    Ec2Outcome(Ec2Error e)
        : error(std::move(e))
    {
    }
};

} // namespace Barista
