// SPDX-License-Identifier: GPL-3.0-or-later
// AWS Signature Version 4 (header signing and query-string presigning), computed from a plain
// description of the request so that it can be checked against the official suite offline.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace Barista {

using AwsHeaderList = QList<QPair<QByteArray, QByteArray>>;
using AwsQueryList = QList<QPair<QString, QString>>;

struct AwsCredentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; // empty for long-term keys
};

struct AwsSigV4Request
{
    QByteArray method = QByteArrayLiteral("GET");
    // The path as it goes on the wire (any percent-encoding already applied); "/" when empty.
    QByteArray path = QByteArrayLiteral("/");
    // Decoded name/value pairs, any order, repeated names allowed; the signer encodes them.
    AwsQueryList query;
    // Every header the HTTP layer will send, Host included; repeated names are joined in order.
    AwsHeaderList headers;
    QByteArray body;
    QString service;
    QString region;
    QDateTime timestamp; // converted to UTC
    AwsCredentials credentials;
};

struct AwsSigV4Options
{
    // Normalise and encode the path again (every service but S3); false uses the wire path as is.
    bool normalizePath = true;
    // S3 style: payload hash "UNSIGNED-PAYLOAD" instead of the body's SHA-256.
    bool unsignedPayload = false;
    // S3 style: send (and sign) x-amz-content-sha256 with the payload hash.
    bool addContentSha256Header = false;
    // Some services want X-Amz-Security-Token outside the signature (added after signing).
    bool signSessionToken = true;
};

struct AwsSigV4Result
{
    // Header mode: headers to add to the request (x-amz-date, x-amz-security-token,
    // x-amz-content-sha256, authorization). Presign mode: empty.
    AwsHeaderList headersToAdd;
    // Presign mode: query pairs to append (decoded, like AwsSigV4Request::query).
    AwsQueryList queryToAdd;
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signedHeaders;
    QByteArray signature; // lower-case hex
    QByteArray authorization; // header mode only
    QString error; // empty on success

    bool ok() const { return error.isEmpty(); }
};

class AwsSigV4Signer
{
public:
    static AwsSigV4Result sign(const AwsSigV4Request& request, const AwsSigV4Options& options = {});
    // Query-string authentication (pre-signed URL) valid for expiresSeconds (1 s .. 7 days).
    static AwsSigV4Result presign(
        const AwsSigV4Request& request, int expiresSeconds, const AwsSigV4Options& options = {});

    // An Authorization value safe for logs: access key id shortened to its 4-character prefix,
    // scope and SignedHeaders kept, Signature dropped.
    static QString redactAuthorization(const QByteArray& authorization);

    // RFC 3986 percent-encoding as SigV4 defines it: only A-Z a-z 0-9 - _ . ~ stay literal.
    static QByteArray uriEncode(const QByteArray& bytes, bool keepSlash = false);
    static QByteArray canonicalPath(const QByteArray& path, bool normalize);
    static QByteArray canonicalQuery(const AwsQueryList& query);
    static QByteArray sha256Hex(const QByteArray& data);
};

} // namespace Barista
