// SPDX-License-Identifier: GPL-3.0-or-later
// Follows "Create a signed AWS API request" (IAM user guide, SigV4) step by step; the hashing
// and HMAC come from OpenSSL's libcrypto.
#include "providers/common/AwsSigV4Signer.h"

#include <QCoreApplication>
#include <QMap>
#include <QTimeZone>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <algorithm>

namespace Barista {

namespace {

const QByteArray kAlgorithm = QByteArrayLiteral("AWS4-HMAC-SHA256");
const QByteArray kUnsignedPayload = QByteArrayLiteral("UNSIGNED-PAYLOAD");
const QByteArray kContentSha256 = QByteArrayLiteral("x-amz-content-sha256");
const QByteArray kSecurityToken = QByteArrayLiteral("x-amz-security-token");
constexpr int kMaxPresignSeconds = 7 * 24 * 3600;

// Headers that proxies and HTTP stacks add, drop or rewrite; signing them would break the
// signature in transit. Same list as the AWS SDKs' signers.
bool isUnsignable(const QByteArray& lowerName)
{
    static const QList<QByteArray> names = {
        "authorization",
        "cache-control",
        "connection",
        "expect",
        "from",
        "keep-alive",
        "max-forwards",
        "pragma",
        "referer",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "user-agent",
        "x-amzn-trace-id",
    };
    return names.contains(lowerName) || lowerName.startsWith("proxy-") || lowerName.startsWith("sec-");
}

QByteArray hmacSha256(const QByteArray& key, const QByteArray& data, bool* ok)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int outLen = 0;
    const unsigned char* result = HMAC(EVP_sha256(), key.constData(), int(key.size()),
        reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size()), out, &outLen);
    if (!result) {
        *ok = false;
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(out), int(outLen));
}

// RFC 7230 allows obs-fold continuation lines; SigV4 wants every whitespace run as one space.
QByteArray trimAll(const QByteArray& value)
{
    QByteArray out;
    out.reserve(value.size());
    bool pendingSpace = false;
    for (const char c : value) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(' ');
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

QString translated(const char* text)
{
    return QCoreApplication::translate("AwsSigV4Signer", text);
}

struct Prepared
{
    QMap<QByteArray, QByteArray> canonicalHeaders; // lower-case name -> joined value
    QByteArray amzDate;
    QByteArray scope;
    QByteArray payloadHash;
};

// Shared first half of sign() and presign(): validate, then collect the headers to sign.
QString prepare(const AwsSigV4Request& request, const AwsSigV4Options& options, Prepared* p)
{
    if (request.credentials.accessKeyId.isEmpty() || request.credentials.secretAccessKey.isEmpty())
        return translated("The access key id or the secret access key is empty.");
    if (!request.timestamp.isValid())
        return translated("The signing time is not set.");
    if (request.region.isEmpty() || request.service.isEmpty())
        return translated("The region or the service to sign for is empty.");

    const QDateTime utc = request.timestamp.toTimeZone(QTimeZone::utc());
    p->amzDate = utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    p->scope = p->amzDate.left(8) + '/' + request.region.toUtf8() + '/' + request.service.toUtf8() + "/aws4_request";

    QByteArray callerPayloadHash;
    for (const auto& [name, value] : request.headers) {
        const QByteArray lower = name.trimmed().toLower();
        // x-amz-date and the token are ours to set; the Authorization is what we compute.
        if (lower == "x-amz-date" || isUnsignable(lower))
            continue;
        if (lower == kSecurityToken && !request.credentials.sessionToken.isEmpty())
            continue;
        if (lower == kContentSha256)
            callerPayloadHash = value.trimmed();
        const QByteArray trimmed = trimAll(value);
        auto it = p->canonicalHeaders.find(lower);
        if (it == p->canonicalHeaders.end())
            p->canonicalHeaders.insert(lower, trimmed);
        else
            it.value() += ',' + trimmed;
    }

    // A caller-supplied x-amz-content-sha256 (pre-computed or streaming) is the payload hash.
    if (!callerPayloadHash.isEmpty())
        p->payloadHash = callerPayloadHash;
    else if (options.unsignedPayload)
        p->payloadHash = kUnsignedPayload;
    else
        p->payloadHash = AwsSigV4Signer::sha256Hex(request.body);
    return {};
}

QByteArray joinedHeaders(const QMap<QByteArray, QByteArray>& headers, QByteArray* signedHeaders)
{
    QByteArray canonical;
    QList<QByteArray> names;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        canonical += it.key() + ':' + it.value() + '\n';
        names.append(it.key());
    }
    *signedHeaders = names.join(';');
    return canonical;
}

// Signing key derivation and the final HMAC; fills stringToSign and signature.
QString finish(const AwsSigV4Request& request, const Prepared& p, AwsSigV4Result* result)
{
    result->stringToSign
        = kAlgorithm + '\n' + p.amzDate + '\n' + p.scope + '\n' + AwsSigV4Signer::sha256Hex(result->canonicalRequest);
    bool ok = true;
    QByteArray key = QByteArrayLiteral("AWS4") + request.credentials.secretAccessKey.toUtf8();
    key = hmacSha256(key, p.amzDate.left(8), &ok);
    key = hmacSha256(key, request.region.toUtf8(), &ok);
    key = hmacSha256(key, request.service.toUtf8(), &ok);
    key = hmacSha256(key, QByteArrayLiteral("aws4_request"), &ok);
    const QByteArray signature = hmacSha256(key, result->stringToSign, &ok);
    if (!ok || result->canonicalRequest.isEmpty())
        return translated("The cryptographic library failed to compute the signature.");
    result->signature = signature.toHex();
    return {};
}

} // namespace

QByteArray AwsSigV4Signer::uriEncode(const QByteArray& bytes, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_' || c == '.' || c == '~';
        if (unreserved || (keepSlash && c == '/')) {
            out.append(ch);
        } else {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0x0f]);
        }
    }
    return out;
}

QByteArray AwsSigV4Signer::canonicalPath(const QByteArray& path, bool normalize)
{
    if (path.isEmpty())
        return QByteArrayLiteral("/");
    if (!normalize)
        return path; // S3: the wire path, already encoded once
    // RFC 3986 dot-segment removal; empty segments ("//") collapse as the suite expects.
    QList<QByteArray> segments;
    for (const QByteArray& segment : path.split('/')) {
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!segments.isEmpty())
                segments.removeLast();
            continue;
        }
        segments.append(segment);
    }
    QByteArray normalized = path.startsWith('/') ? QByteArrayLiteral("/") : QByteArray();
    normalized += segments.join('/');
    if (!segments.isEmpty() && path.endsWith('/'))
        normalized += '/';
    // The wire path is encoded once already; SigV4 encodes it again for all but S3.
    return uriEncode(normalized, true);
}

QByteArray AwsSigV4Signer::canonicalQuery(const AwsQueryList& query)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    encoded.reserve(query.size());
    for (const auto& [name, value] : query)
        encoded.append({ uriEncode(name.toUtf8()), uriEncode(value.toUtf8()) });
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto& [name, value] : encoded) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

QByteArray AwsSigV4Signer::sha256Hex(const QByteArray& data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), digest, &length, EVP_sha256(), nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex();
}

AwsSigV4Result AwsSigV4Signer::sign(const AwsSigV4Request& request, const AwsSigV4Options& options)
{
    AwsSigV4Result result;
    Prepared p;
    result.error = prepare(request, options, &p);
    if (!result.ok())
        return result;

    const QByteArray token = request.credentials.sessionToken.toUtf8();
    result.headersToAdd.append({ QByteArrayLiteral("x-amz-date"), p.amzDate });
    p.canonicalHeaders.insert(QByteArrayLiteral("x-amz-date"), p.amzDate);
    if (!token.isEmpty() && options.signSessionToken) {
        result.headersToAdd.append({ kSecurityToken, token });
        p.canonicalHeaders.insert(kSecurityToken, trimAll(token));
    }
    if (options.addContentSha256Header && !p.canonicalHeaders.contains(kContentSha256)) {
        result.headersToAdd.append({ kContentSha256, p.payloadHash });
        p.canonicalHeaders.insert(kContentSha256, p.payloadHash);
    }

    const QByteArray canonicalHeaders = joinedHeaders(p.canonicalHeaders, &result.signedHeaders);
    result.canonicalRequest = request.method + '\n' + canonicalPath(request.path, options.normalizePath) + '\n'
        + canonicalQuery(request.query) + '\n' + canonicalHeaders + '\n' + result.signedHeaders + '\n' + p.payloadHash;
    result.error = finish(request, p, &result);
    if (!result.ok())
        return result;

    result.authorization = kAlgorithm + " Credential=" + request.credentials.accessKeyId.toUtf8() + '/' + p.scope
        + ", SignedHeaders=" + result.signedHeaders + ", Signature=" + result.signature;
    // "Header after": the token travels with the request but is not part of the signature.
    if (!token.isEmpty() && !options.signSessionToken)
        result.headersToAdd.append({ kSecurityToken, token });
    result.headersToAdd.append({ QByteArrayLiteral("authorization"), result.authorization });
    return result;
}

AwsSigV4Result AwsSigV4Signer::presign(
    const AwsSigV4Request& request, int expiresSeconds, const AwsSigV4Options& options)
{
    AwsSigV4Result result;
    if (expiresSeconds < 1 || expiresSeconds > kMaxPresignSeconds) {
        result.error = translated("A pre-signed URL must expire within one second to seven days.");
        return result;
    }
    Prepared p;
    result.error = prepare(request, options, &p);
    if (!result.ok())
        return result;

    const QByteArray canonicalHeaders = joinedHeaders(p.canonicalHeaders, &result.signedHeaders);
    const QString token = request.credentials.sessionToken;
    if (!token.isEmpty())
        result.queryToAdd.append({ QStringLiteral("X-Amz-Security-Token"), token });
    result.queryToAdd.append({ QStringLiteral("X-Amz-Algorithm"), QString::fromLatin1(kAlgorithm) });
    result.queryToAdd.append({ QStringLiteral("X-Amz-Credential"),
        request.credentials.accessKeyId + QLatin1Char('/') + QString::fromUtf8(p.scope) });
    result.queryToAdd.append({ QStringLiteral("X-Amz-Date"), QString::fromLatin1(p.amzDate) });
    result.queryToAdd.append({ QStringLiteral("X-Amz-Expires"), QString::number(expiresSeconds) });
    result.queryToAdd.append({ QStringLiteral("X-Amz-SignedHeaders"), QString::fromLatin1(result.signedHeaders) });

    const AwsQueryList query = request.query + result.queryToAdd;
    result.canonicalRequest = request.method + '\n' + canonicalPath(request.path, options.normalizePath) + '\n'
        + canonicalQuery(query) + '\n' + canonicalHeaders + '\n' + result.signedHeaders + '\n' + p.payloadHash;
    result.error = finish(request, p, &result);
    if (!result.ok())
        return result;
    result.queryToAdd.append({ QStringLiteral("X-Amz-Signature"), QString::fromLatin1(result.signature) });
    return result;
}

QString AwsSigV4Signer::redactAuthorization(const QByteArray& authorization)
{
    const QString text = QString::fromUtf8(authorization);
    QStringList kept;
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    const QString algorithm = space < 0 ? text : text.left(space);
    const QStringList parts = space < 0 ? QStringList() : text.mid(space + 1).split(QLatin1Char(','));
    for (QString part : parts) {
        part = part.trimmed();
        if (part.startsWith(QLatin1String("Credential="))) {
            const QString credential = part.mid(11);
            const qsizetype slash = credential.indexOf(QLatin1Char('/'));
            const QString keyId = slash < 0 ? credential : credential.left(slash);
            const QString scope = slash < 0 ? QString() : credential.mid(slash);
            kept.append(QLatin1String("Credential=") + keyId.left(4) + QLatin1String("****") + scope);
        } else if (part.startsWith(QLatin1String("SignedHeaders="))) {
            kept.append(part);
        } else if (part.startsWith(QLatin1String("Signature="))) {
            kept.append(QStringLiteral("Signature=<redacted>"));
        }
        // Anything else is unknown and might be secret: dropped.
    }
    if (kept.isEmpty())
        return algorithm.startsWith(QLatin1String("AWS4")) ? algorithm : QStringLiteral("<redacted>");
    return algorithm + QLatin1Char(' ') + kept.join(QLatin1String(", "));
}

} // namespace Barista
