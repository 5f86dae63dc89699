// SPDX-License-Identifier: GPL-3.0-or-later
// The EC2 test server's own check of AWS Signature Version 4 (header and query-string forms).
// Deliberately independent of providers/common/AwsSigV4Signer: the server judges the adapter's
// signer, so it must not share its code. Written from the SigV4 specification, with OpenSSL.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

namespace Barista {

struct Ec2SignedRequest
{
    QByteArray method;
    QByteArray path; // as on the wire, percent-encoded
    QByteArray rawQuery; // as on the wire, without '?'
    QList<QPair<QByteArray, QByteArray>> headers; // as received, any case, repeats allowed
    QByteArray body;
};

struct Ec2AuthResult
{
    bool ok = false;
    int httpStatus = 0;
    QString code;
    QString message;
    QString accessKeyId;
    QString region; // from the credential scope
    // For diagnostics in tests: what the server computed.
    QByteArray canonicalRequest;
    QByteArray stringToSign;
};

class Ec2SigV4Verifier
{
public:
    void addCredential(const QString& accessKeyId, const QString& secret, const QString& sessionToken = {});
    void setService(const QString& service) { m_service = service; }
    void setAllowedRegions(const QStringList& regions) { m_regions = regions; }
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    // How far x-amz-date may be from the server's clock (AWS: 15 minutes).
    void setMaxSkewSeconds(int seconds) { m_maxSkewSeconds = seconds; }

    Ec2AuthResult verify(const Ec2SignedRequest& request) const;

    // Building blocks, public so that the unit test can check them against the official suite's
    // published canonical requests.
    static QByteArray uriEncode(const QByteArray& bytes, bool keepSlash);
    static QByteArray canonicalUri(const QByteArray& wirePath);
    static QByteArray canonicalQuery(const QByteArray& rawQuery, const QByteArray& dropName = {});
    static QByteArray canonicalHeaders(const QList<QPair<QByteArray, QByteArray>>& headers,
        const QList<QByteArray>& signedNames, bool* missing = nullptr);
    static QByteArray sha256Hex(const QByteArray& data);
    static QByteArray hmacSha256(const QByteArray& key, const QByteArray& data);

private:
    struct Secret
    {
        QString secret;
        QString sessionToken;
    };
    struct Parsed; // the pieces of an Authorization header or of the X-Amz-* query parameters

    Ec2AuthResult check(const Ec2SignedRequest& request, const Parsed& p) const;

    QHash<QString, Secret> m_secrets;
    QString m_service = QStringLiteral("ec2");
    QStringList m_regions; // empty: any
    std::function<QDateTime()> m_now;
    int m_maxSkewSeconds = 15 * 60;
};

} // namespace Barista
