// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/Ec2SigV4Verifier.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <QTimeZone>

#include <algorithm>

namespace Barista {

namespace {

const QByteArray kAlgorithm = QByteArrayLiteral("AWS4-HMAC-SHA256");

Ec2AuthResult failure(int status, const char* code, const QString& message)
{
    Ec2AuthResult r;
    r.httpStatus = status;
    r.code = QString::fromLatin1(code);
    r.message = message;
    return r;
}

QString signatureMismatch()
{
    return QStringLiteral("The request signature we calculated does not match the signature you provided. Check "
                          "your AWS Secret Access Key and signing method. Consult the service documentation for "
                          "details.");
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& lowerName)
{
    for (const auto& [name, value] : headers) {
        if (name.toLower() == lowerName)
            return value.trimmed(); // optional whitespace around a field value is not part of it
    }
    return {};
}

// The decoded value of a query parameter ("" when absent); SigV4 query values never use '+'.
QByteArray queryValue(const QByteArray& rawQuery, const QByteArray& name)
{
    for (const QByteArray& pair : rawQuery.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (QByteArray::fromPercentEncoding(eq < 0 ? pair : pair.left(eq)) == name)
            return QByteArray::fromPercentEncoding(eq < 0 ? QByteArray() : pair.mid(eq + 1));
    }
    return {};
}

QByteArray collapse(QByteArray value)
{
    value = value.trimmed();
    QByteArray out;
    bool space = false;
    for (char c : value) {
        const bool isSpace = c == ' ' || c == '\t';
        if (isSpace && space)
            continue;
        out += isSpace ? ' ' : c;
        space = isSpace;
    }
    return out;
}

} // namespace

struct Ec2SigV4Verifier::Parsed
{
    bool presigned = false;
    QByteArray algorithm;
    QByteArray credential;
    QByteArray signedHeaders;
    QByteArray signature;
    QByteArray amzDate;
    QByteArray securityToken;
    int expires = 0;
};

void Ec2SigV4Verifier::addCredential(const QString& accessKeyId, const QString& secret, const QString& sessionToken)
{
    m_secrets.insert(accessKeyId, { secret, sessionToken });
}

QByteArray Ec2SigV4Verifier::uriEncode(const QByteArray& bytes, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_' || c == '.' || c == '~' || (keepSlash && c == '/');
        if (unreserved) {
            out += char(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    return out;
}

QByteArray Ec2SigV4Verifier::canonicalUri(const QByteArray& wirePath)
{
    // Every service but S3: remove dot segments and empty segments, then encode the (already
    // encoded) path once more.
    QList<QByteArray> kept;
    for (const QByteArray& segment : wirePath.split('/')) {
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!kept.isEmpty())
                kept.removeLast();
            continue;
        }
        kept << segment;
    }
    QByteArray path = '/' + kept.join('/');
    if (!kept.isEmpty() && wirePath.endsWith('/'))
        path += '/';
    return uriEncode(path, true);
}

QByteArray Ec2SigV4Verifier::canonicalQuery(const QByteArray& rawQuery, const QByteArray& dropName)
{
    QList<QPair<QByteArray, QByteArray>> pairs;
    for (const QByteArray& pair : rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = QByteArray::fromPercentEncoding(eq < 0 ? pair : pair.left(eq));
        if (!dropName.isEmpty() && name == dropName)
            continue;
        const QByteArray value = eq < 0 ? QByteArray() : QByteArray::fromPercentEncoding(pair.mid(eq + 1));
        pairs.append({ uriEncode(name, false), uriEncode(value, false) });
    }
    std::sort(pairs.begin(), pairs.end());
    QList<QByteArray> joined;
    for (const auto& [name, value] : pairs)
        joined << name + '=' + value;
    return joined.join('&');
}

QByteArray Ec2SigV4Verifier::canonicalHeaders(
    const QList<QPair<QByteArray, QByteArray>>& headers, const QList<QByteArray>& signedNames, bool* missing)
{
    QByteArray out;
    if (missing)
        *missing = false;
    for (const QByteArray& wanted : signedNames) {
        QList<QByteArray> values;
        for (const auto& [name, value] : headers) {
            if (name.toLower() == wanted)
                values << collapse(value);
        }
        if (values.isEmpty() && missing)
            *missing = true;
        out += wanted + ':' + values.join(',') + '\n';
    }
    return out;
}

QByteArray Ec2SigV4Verifier::sha256Hex(const QByteArray& data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(data.constData(), size_t(data.size()), digest, &length, EVP_sha256(), nullptr);
    return QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex();
}

QByteArray Ec2SigV4Verifier::hmacSha256(const QByteArray& key, const QByteArray& data)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()), reinterpret_cast<const unsigned char*>(data.constData()),
        size_t(data.size()), mac, &length);
    return QByteArray(reinterpret_cast<const char*>(mac), int(length));
}

Ec2AuthResult Ec2SigV4Verifier::verify(const Ec2SignedRequest& request) const
{
    Parsed p;
    const QByteArray authorization = headerValue(request.headers, "authorization");
    if (!authorization.isEmpty()) {
        const qsizetype space = authorization.indexOf(' ');
        p.algorithm = authorization.left(space);
        for (const QByteArray& part : authorization.mid(space + 1).split(',')) {
            const QByteArray item = part.trimmed();
            const qsizetype eq = item.indexOf('=');
            const QByteArray key = item.left(eq);
            const QByteArray value = item.mid(eq + 1);
            if (key == "Credential")
                p.credential = value;
            else if (key == "SignedHeaders")
                p.signedHeaders = value;
            else if (key == "Signature")
                p.signature = value;
        }
        p.amzDate = headerValue(request.headers, "x-amz-date");
        p.securityToken = headerValue(request.headers, "x-amz-security-token");
    } else if (!queryValue(request.rawQuery, "X-Amz-Algorithm").isEmpty()) {
        p.presigned = true;
        p.algorithm = queryValue(request.rawQuery, "X-Amz-Algorithm");
        p.credential = queryValue(request.rawQuery, "X-Amz-Credential");
        p.signedHeaders = queryValue(request.rawQuery, "X-Amz-SignedHeaders");
        p.signature = queryValue(request.rawQuery, "X-Amz-Signature");
        p.amzDate = queryValue(request.rawQuery, "X-Amz-Date");
        p.securityToken = queryValue(request.rawQuery, "X-Amz-Security-Token");
        p.expires = queryValue(request.rawQuery, "X-Amz-Expires").toInt();
    } else {
        return failure(401, "MissingAuthenticationToken", QStringLiteral("Request is missing Authentication Token"));
    }
    return check(request, p);
}

Ec2AuthResult Ec2SigV4Verifier::check(const Ec2SignedRequest& request, const Parsed& p) const
{
    if (p.algorithm != kAlgorithm)
        return failure(400, "IncompleteSignature",
            QStringLiteral("Unsupported AWS 'algorithm': '%1'").arg(QString::fromUtf8(p.algorithm)));
    QStringList missing;
    if (p.credential.isEmpty())
        missing << QStringLiteral("Authorization header requires 'Credential' parameter.");
    if (p.signedHeaders.isEmpty())
        missing << QStringLiteral("Authorization header requires 'SignedHeaders' parameter.");
    if (p.signature.isEmpty())
        missing << QStringLiteral("Authorization header requires 'Signature' parameter.");
    if (p.amzDate.isEmpty())
        missing << QStringLiteral("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' "
                                  "header.");
    if (!missing.isEmpty())
        return failure(400, "IncompleteSignature", missing.join(QLatin1Char(' ')));

    const QList<QByteArray> scope = p.credential.split('/');
    if (scope.size() != 5 || scope.at(4) != "aws4_request")
        return failure(400, "IncompleteSignature",
            QStringLiteral("Credential should be scoped with a valid terminator: 'aws4_request', not '%1'.")
                .arg(QString::fromUtf8(scope.last())));
    const QString accessKeyId = QString::fromUtf8(scope.at(0));
    const auto secret = m_secrets.constFind(accessKeyId);
    if (secret == m_secrets.cend())
        return failure(
            401, "AuthFailure", QStringLiteral("AWS was not able to validate the provided access credentials"));

    const QDateTime date
        = QDateTime::fromString(QString::fromLatin1(p.amzDate), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!date.isValid())
        return failure(400, "IncompleteSignature",
            QStringLiteral("Date must be in ISO-8601 'basic format'. Got '%1'.").arg(QString::fromUtf8(p.amzDate)));
    const QDateTime utc(date.date(), date.time(), QTimeZone::utc());
    if (scope.at(1) != p.amzDate.left(8))
        return failure(403, "SignatureDoesNotMatch",
            QStringLiteral("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from "
                           "HTTP: '%1' != '%2', from '%3'.")
                .arg(QString::fromUtf8(scope.at(1)), QString::fromUtf8(p.amzDate.left(8)),
                    QString::fromUtf8(p.amzDate)));
    const QString region = QString::fromUtf8(scope.at(2));
    if (QString::fromUtf8(scope.at(3)) != m_service)
        return failure(403, "SignatureDoesNotMatch",
            QStringLiteral("Credential should be scoped to correct service: '%1'. ").arg(m_service));
    if (!m_regions.isEmpty() && !m_regions.contains(region))
        return failure(401, "AuthFailure",
            QStringLiteral("Credential should be scoped to a valid region, not '%1'. ").arg(region));

    const QDateTime now = m_now ? m_now() : QDateTime::currentDateTimeUtc();
    const qint64 age = utc.secsTo(now);
    if (p.presigned ? (age > p.expires || age < -m_maxSkewSeconds) : std::abs(age) > m_maxSkewSeconds)
        return failure(400, "RequestExpired", QStringLiteral("Request has expired."));

    if (QString::fromUtf8(p.securityToken) != secret->sessionToken)
        return failure(401, "AuthFailure", QStringLiteral("The security token included in the request is invalid."));

    const QList<QByteArray> signedNames = p.signedHeaders.split(';');
    if (!signedNames.contains("host"))
        return failure(403, "SignatureDoesNotMatch",
            QStringLiteral("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization."));

    QByteArray payloadHash = headerValue(request.headers, "x-amz-content-sha256");
    if (payloadHash.isEmpty())
        payloadHash = sha256Hex(request.body);
    const QByteArray canonical = request.method + '\n' + canonicalUri(request.path) + '\n'
        + canonicalQuery(request.rawQuery, p.presigned ? QByteArrayLiteral("X-Amz-Signature") : QByteArray()) + '\n'
        + canonicalHeaders(request.headers, signedNames) + '\n' + p.signedHeaders + '\n' + payloadHash;
    const QByteArray scopeText = scope.mid(1).join('/');
    const QByteArray stringToSign = kAlgorithm + '\n' + p.amzDate + '\n' + scopeText + '\n' + sha256Hex(canonical);

    QByteArray key = hmacSha256("AWS4" + secret->secret.toUtf8(), scope.at(1));
    key = hmacSha256(key, scope.at(2));
    key = hmacSha256(key, scope.at(3));
    key = hmacSha256(key, "aws4_request");
    const QByteArray expected = hmacSha256(key, stringToSign).toHex();

    Ec2AuthResult result;
    result.canonicalRequest = canonical;
    result.stringToSign = stringToSign;
    result.accessKeyId = accessKeyId;
    result.region = region;
    const bool equal = expected.size() == p.signature.size()
        && CRYPTO_memcmp(expected.constData(), p.signature.constData(), size_t(expected.size())) == 0;
    if (!equal) {
        result.httpStatus = 403;
        result.code = QStringLiteral("SignatureDoesNotMatch");
        result.message = signatureMismatch();
        return result;
    }
    result.ok = true;
    result.httpStatus = 200;
    return result;
}

} // namespace Barista
