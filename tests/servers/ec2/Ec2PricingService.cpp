// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/Ec2PricingService.h"

#include "tests/servers/ec2/Ec2PriceCatalog.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace Barista {

namespace {

// The error namespaces are not documented (clients strip everything up to '#'): the service's
// own exceptions and those of AWS's request front end get different ones, as on the wire.
const QString kServiceNamespace = QStringLiteral("com.amazonaws.awspricing#");
const QString kFrontEndNamespace = QStringLiteral("com.amazon.coral.service#");

// Codes the request front end answers before the service sees the call (they carry "message").
bool isFrontEndCode(const QString& code)
{
    static const QStringList codes = { QStringLiteral("UnrecognizedClientException"),
        QStringLiteral("InvalidSignatureException"), QStringLiteral("IncompleteSignatureException"),
        QStringLiteral("MissingAuthenticationTokenException"), QStringLiteral("UnknownOperationException"),
        QStringLiteral("SerializationException"), QStringLiteral("ExpiredTokenException") };
    return codes.contains(code);
}

Ec2Error invalidParameter(const QString& message)
{
    return Ec2Error::client(QStringLiteral("InvalidParameterException"), message);
}

/// The EC2-flavoured verdict of the shared SigV4 check in the JSON protocol's words.
Ec2Error authError(const Ec2AuthResult& auth)
{
    if (auth.code == QLatin1String("MissingAuthenticationToken"))
        return { 400, QStringLiteral("MissingAuthenticationTokenException"),
            QStringLiteral("Missing Authentication Token") };
    if (auth.code == QLatin1String("IncompleteSignature"))
        return { 400, QStringLiteral("IncompleteSignatureException"), auth.message };
    if (auth.code == QLatin1String("AuthFailure") && !auth.message.contains(QLatin1String("region")))
        return { 400, QStringLiteral("UnrecognizedClientException"),
            QStringLiteral("The security token included in the request is invalid.") };
    // Signature mismatch, wrong scope or expired date.
    return { 400, QStringLiteral("InvalidSignatureException"), auth.message };
}

QString attribute(const QJsonObject& document, const QString& field)
{
    const QJsonObject product = document.value(QStringLiteral("product")).toObject();
    if (field.compare(QLatin1String("ServiceCode"), Qt::CaseInsensitive) == 0)
        return document.value(QStringLiteral("serviceCode")).toString();
    if (field == QLatin1String("productFamily") || field == QLatin1String("sku"))
        return product.value(field).toString();
    return product.value(QStringLiteral("attributes")).toObject().value(field).toString();
}

QByteArray filterDigest(const QJsonObject& input)
{
    QJsonObject scope { { QStringLiteral("ServiceCode"), input.value(QStringLiteral("ServiceCode")) },
        { QStringLiteral("Filters"), input.value(QStringLiteral("Filters")) } };
    return QCryptographicHash::hash(QJsonDocument(scope).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
        .toHex()
        .left(12);
}

/// The opaque token: "<offset>:<digest of the query>" in base64, so that a token is only good for
/// the query that produced it.
QString makeToken(int offset, const QByteArray& digest)
{
    return QString::fromLatin1(QByteArray(QByteArray::number(offset) + ':' + digest).toBase64());
}

int readToken(const QString& token, const QByteArray& digest)
{
    const QList<QByteArray> parts = QByteArray::fromBase64(token.toLatin1()).split(':');
    bool ok = false;
    const int offset = parts.size() == 2 && parts.at(1) == digest ? parts.at(0).toInt(&ok) : -1;
    return ok && offset > 0 ? offset : -1;
}

} // namespace

Ec2PricingService::Ec2PricingService()
{
    m_verifier.setService(QStringLiteral("pricing"));
    m_verifier.setAllowedRegions(
        { QStringLiteral("us-east-1"), QStringLiteral("eu-central-1"), QStringLiteral("ap-south-1") });
}

Ec2Reply Ec2PricingService::errorReply(const Ec2Error& error, Ec2RequestRecord& record)
{
    record.httpStatus = error.httpStatus;
    record.errorCode = error.code;
    const bool frontEnd = isFrontEndCode(error.code);
    QJsonObject body;
    body.insert(QStringLiteral("__type"), QString((frontEnd ? kFrontEndNamespace : kServiceNamespace) + error.code));
    body.insert(frontEnd ? QStringLiteral("message") : QStringLiteral("Message"), error.message);
    Ec2Reply reply { error.httpStatus, contentType(), QJsonDocument(body).toJson(QJsonDocument::Compact), {}, {} };
    // The header's form on the wire: "Code:http://internal.amazon.com/coral/<namespace>/".
    reply.headers.append({ QByteArrayLiteral("x-amzn-ErrorType"),
        error.code.toLatin1() + QByteArrayLiteral(":http://internal.amazon.com/coral/com.amazonaws.awspricing/") });
    if (error.retryAfterSeconds >= 0)
        reply.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(error.retryAfterSeconds) });
    return reply;
}

Ec2Reply Ec2PricingService::handle(
    const Ec2SignedRequest& request, const QString& target, Ec2FaultPlan& faults, Ec2RequestRecord& record)
{
    const QString operation = target.startsWith(targetPrefix()) ? target.mid(targetPrefix().size()) : QString();
    record.action = operation.isEmpty() ? target : operation;
    const Ec2AuthResult auth = m_verifier.verify(request);
    record.accessKeyId = auth.accessKeyId;
    record.region = auth.region;
    if (!auth.ok)
        return errorReply(authError(auth), record);
    if (auto fault = faults.take(record.action)) {
        if (fault->code == QLatin1String("RequestLimitExceeded"))
            fault = Ec2Error { 400, QStringLiteral("ThrottlingException"), QStringLiteral("Rate exceeded"),
                fault->retryAfterSeconds };
        return errorReply(*fault, record);
    }
    if (operation != QLatin1String("GetProducts"))
        return errorReply(Ec2Error::client(QStringLiteral("UnknownOperationException"), QString()), record);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return errorReply(Ec2Error::client(QStringLiteral("SerializationException"),
                              QStringLiteral("Start of structure or map found where not expected.")),
            record);
    return getProducts(document.object(), record);
}

Ec2Reply Ec2PricingService::getProducts(const QJsonObject& input, Ec2RequestRecord& record)
{
    ++m_getProductsCalls;
    m_lastInput = input;
    const QString serviceCode = input.value(QStringLiteral("ServiceCode")).toString();
    if (serviceCode.isEmpty())
        return errorReply(
            invalidParameter(QStringLiteral("Input validation failed: ServiceCode is required.")), record);
    const QJsonValue format = input.value(QStringLiteral("FormatVersion"));
    if (!format.isUndefined() && format.toString() != QLatin1String("aws_v1"))
        return errorReply(
            invalidParameter(
                QStringLiteral("Invalid FormatVersion: %1. Valid values are: aws_v1").arg(format.toString())),
            record);
    const QJsonValue max = input.value(QStringLiteral("MaxResults"));
    const int pageSize = max.isUndefined() ? 100 : max.toInt(-1);
    if (pageSize < 1 || pageSize > 100)
        return errorReply(
            invalidParameter(QStringLiteral("Input validation failed: MaxResults must be between 1 and 100.")), record);
    QList<QPair<QString, QString>> terms;
    for (const QJsonValue& value : input.value(QStringLiteral("Filters")).toArray()) {
        const QJsonObject filter = value.toObject();
        const QString type = filter.value(QStringLiteral("Type")).toString();
        const QString field = filter.value(QStringLiteral("Field")).toString();
        if (type != QLatin1String("TERM_MATCH"))
            return errorReply(
                invalidParameter(QStringLiteral("Invalid filter type: %1. Valid values are: TERM_MATCH").arg(type)),
                record);
        if (field.isEmpty() || !filter.value(QStringLiteral("Value")).isString())
            return errorReply(invalidParameter(QStringLiteral("Input validation failed: a filter needs a Field and "
                                                              "a Value.")),
                record);
        terms.append({ field, filter.value(QStringLiteral("Value")).toString() });
    }
    if (serviceCode != QLatin1String("AmazonEC2"))
        return errorReply(Ec2Error::client(QStringLiteral("NotFoundException"),
                              QStringLiteral("Could not find service code %1").arg(serviceCode)),
            record);

    const QByteArray digest = filterDigest(input);
    int offset = 0;
    const QString token = input.value(QStringLiteral("NextToken")).toString();
    if (!token.isEmpty()) {
        offset = readToken(token, digest);
        if (offset < 0)
            return errorReply(Ec2Error::client(QStringLiteral("InvalidNextTokenException"),
                                  QStringLiteral("The pagination token is invalid. Try again without a pagination "
                                                 "token.")),
                record);
    }
    QList<const QJsonObject*> matching;
    for (const QJsonObject& product : Ec2PriceCatalog::products()) {
        bool all = true;
        for (const auto& [field, value] : terms)
            all = all && attribute(product, field) == value;
        if (all)
            matching.append(&product);
    }
    QJsonArray priceList;
    const int end = qMin(int(matching.size()), offset + pageSize);
    for (int i = offset; i < end; ++i)
        priceList.append(QString::fromUtf8(QJsonDocument(*matching.at(i)).toJson(QJsonDocument::Compact)));
    QJsonObject answer { { QStringLiteral("FormatVersion"), QStringLiteral("aws_v1") },
        { QStringLiteral("PriceList"), priceList } };
    if (end < matching.size())
        answer.insert(QStringLiteral("NextToken"), makeToken(end, digest));
    record.httpStatus = 200;
    return { 200, contentType(), QJsonDocument(answer).toJson(QJsonDocument::Compact), {}, {} };
}

} // namespace Barista
