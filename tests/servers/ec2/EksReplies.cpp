// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/EksReplies.h"

#include "tests/servers/ec2/Ec2SigV4Verifier.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Barista {

namespace {

Ec2Reply jsonReply(int status, const QJsonObject& body)
{
    return { status, QByteArrayLiteral("application/json"), QJsonDocument(body).toJson(QJsonDocument::Compact), {},
        {} };
}

} // namespace

Ec2Reply EksReplies::success(const QJsonObject& body, Ec2RequestRecord& record)
{
    record.httpStatus = 200;
    return jsonReply(200, body);
}

Ec2Reply EksReplies::failure(int status, const QString& code, const QString& message, Ec2RequestRecord& record,
    const QString& cluster, const QString& nodegroup)
{
    record.httpStatus = status;
    record.errorCode = code;
    QJsonObject body { { QStringLiteral("message"), message } };
    if (!cluster.isEmpty())
        body.insert(QStringLiteral("clusterName"), cluster);
    if (!nodegroup.isEmpty())
        body.insert(QStringLiteral("nodegroupName"), nodegroup);
    Ec2Reply reply = jsonReply(status, body);
    reply.headers.append({ QByteArrayLiteral("x-amzn-ErrorType"),
        code.toLatin1() + QByteArrayLiteral(":http://internal.amazon.com/coral/com.amazon.eks/") });
    return reply;
}

Ec2Reply EksReplies::notFound(
    const QString& message, Ec2RequestRecord& record, const QString& cluster, const QString& nodegroup)
{
    return failure(404, QStringLiteral("ResourceNotFoundException"), message, record, cluster, nodegroup);
}

Ec2Reply EksReplies::badParameter(
    const QString& message, Ec2RequestRecord& record, const QString& cluster, const QString& nodegroup)
{
    return failure(400, QStringLiteral("InvalidParameterException"), message, record, cluster, nodegroup);
}

Ec2Reply EksReplies::inUse(
    const QString& message, Ec2RequestRecord& record, const QString& cluster, const QString& nodegroup)
{
    return failure(409, QStringLiteral("ResourceInUseException"), message, record, cluster, nodegroup);
}

Ec2Reply EksReplies::authFailure(const Ec2AuthResult& auth, Ec2RequestRecord& record)
{
    if (auth.code == QLatin1String("MissingAuthenticationToken"))
        return failure(403, QStringLiteral("MissingAuthenticationTokenException"),
            QStringLiteral("Missing Authentication Token"), record);
    if (auth.code == QLatin1String("IncompleteSignature"))
        return failure(400, QStringLiteral("IncompleteSignatureException"), auth.message, record);
    if (auth.code == QLatin1String("AuthFailure") && !auth.message.contains(QLatin1String("region")))
        return failure(403, QStringLiteral("UnrecognizedClientException"),
            QStringLiteral("The security token included in the request is invalid."), record);
    // Signature mismatch, a scope for the wrong region or service, an expired date.
    return failure(403, QStringLiteral("InvalidSignatureException"), auth.message, record);
}

Ec2Reply EksReplies::page(const QStringList& names, const QString& key, EksCall& call)
{
    bool ok = true;
    const QString max = call.query.queryItemValue(QStringLiteral("maxResults"));
    const int size = max.isEmpty() ? 100 : max.toInt(&ok);
    if (!ok || size < 1 || size > 100)
        return badParameter(QStringLiteral("maxResults must be between 1 and 100"), call.record);
    const QString token = call.query.queryItemValue(QStringLiteral("nextToken"));
    const int from = token.isEmpty() ? 0 : token.toInt(&ok);
    if (!ok || from < 0 || from > names.size())
        return badParameter(QStringLiteral("The nextToken is not valid."), call.record);
    QJsonObject out { { key, QJsonArray::fromStringList(names.mid(from, size)) } };
    if (from + size < names.size())
        out.insert(QStringLiteral("nextToken"), QString::number(from + size));
    return success(out, call.record);
}

} // namespace Barista
