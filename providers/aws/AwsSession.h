// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Result.h"
#include "providers/aws/AwsParams.h"
#include "providers/aws/AwsXml.h"
#include "providers/common/AwsSigV4Signer.h"
#include "providers/common/HttpClient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>
#include <functional>

namespace Barista {

/// One page of an EC2 Describe call.
struct AwsPage
{
    QList<AwsXmlNode> items;
    QString nextToken; ///< empty on the last page
};

/// What an AwsSession needs besides the worker's HttpClient.
struct AwsSessionConfig
{
    AwsCredentials credentials;
    QString region;
    QUrl endpointOverride; ///< empty = the regional AWS endpoint
    std::function<QDateTime()> now; ///< wall clock for signatures; null = the system's
    int pollIntervalMs = 2000; ///< between Describe calls while waiting for a state
};

/// One adapter call's view of EC2, on one worker thread: Query API requests (form-encoded POST,
/// SigV4-signed for service "ec2" and the region), answers parsed into AwsXmlNode trees, errors
/// classified by HttpClient with AwsErrorParser, and NextToken pagination. It never retries:
/// the job queue does, on Throttled/Transient errors.
class AwsSession final
{
public:
    static QString apiVersion() { return QStringLiteral("2016-11-15"); }

    AwsSession(HttpClient& http, AwsSessionConfig config, HttpClient::CancelCheck isCanceled);

    /// The call in the connection's region.
    Result<AwsXmlNode> call(const QString& action, const AwsParams& params = AwsParams());
    /// The call signed for (and sent to the endpoint of) another region.
    Result<AwsXmlNode> callIn(const QString& region, const QString& action, const AwsParams& params);

    /// One page of the "setName" list: pageSize 0 asks for everything in one answer (no
    /// MaxResults); otherwise it is clamped to [minResults, maxResults] as the action requires.
    Result<AwsPage> page(const QString& action, AwsParams params, const QString& setName, int pageSize,
        const QString& token, int minResults = 5, int maxResults = 1000);
    /// Every item of "setName", following NextToken (checks for cancel between pages).
    Result<QList<AwsXmlNode>> all(const QString& action, const AwsParams& params, const QString& setName);

    /// One ELBv2 Query API call (Version 2015-12-01, SigV4 service "elasticloadbalancing") in the
    /// connection's region. Answers name their lists' entries <member>: AwsXmlNode::members().
    Result<AwsXmlNode> callElb(const QString& action, const AwsParams& params);
    static QString elbApiVersion() { return QStringLiteral("2015-12-01"); }

    /// One AWS JSON 1.1 call: POST of `input` to `url` with Content-Type application/x-amz-json-1.1
    /// and X-Amz-Target `target`, SigV4-signed for `service` in `signingRegion`; the answer's object.
    /// Errors are JSON ({"__type", "message"}): AwsErrorParser reads them too.
    Result<QJsonObject> callJson(const QUrl& url, const QString& service, const QString& signingRegion,
        const QByteArray& target, const QJsonObject& input);

    /// One EKS REST-JSON call: `method` on `path` (below the EKS endpoint, e.g. "clusters/x") with
    /// the query items, a JSON body when `body` is not null (Content-Type application/json),
    /// SigV4-signed for service "eks" in the connection's region; the answer's object. EKS puts
    /// its error code in the x-amzn-ErrorType header and only {"message"} in the body: the HTTP
    /// layer takes the code from the header, keeps the message verbatim, and classifies by the
    /// status (404 NotFound, 409 Conflict, 429 Throttled, ...).
    Result<QJsonObject> callEks(const QByteArray& method, const QString& path,
        const QList<QPair<QString, QString>>& query = {}, const QJsonObject* body = nullptr);
    /// https://eks.<region>.amazonaws.com/ (".com.cn" in China), or the connection's override (the
    /// same base as EC2; the /clusters paths and the signature's service tell the APIs apart).
    QUrl eksEndpoint() const;
    static QUrl defaultEksEndpoint(const QString& region);
    /// https://ec2.<region>.amazonaws.com/ (".com.cn" in China), or the connection's override.
    QUrl endpoint(const QString& region) const;
    static QUrl defaultEndpoint(const QString& region);
    /// ELBv2: https://elasticloadbalancing.<region>.amazonaws.com/ (".com.cn" in China), or the
    /// connection's override (the same base as EC2; the Version and the signature's service tell
    /// the APIs apart).
    QUrl elbEndpoint() const;
    static QUrl defaultElbEndpoint(const QString& region);
    /// The Price List Query API: https://api.pricing.us-east-1.amazonaws.com/, or the connection's
    /// override (the same base as EC2; the X-Amz-Target header tells the calls apart).
    QUrl pricingEndpoint() const;
    static QUrl defaultPricingEndpoint();
    /// The wall clock the signatures use.
    QDateTime now() const;
    const QString& region() const { return m_config.region; }
    bool isCanceled() const { return m_isCanceled && m_isCanceled(); }
    /// Sleeps one poll interval (waiting for a volume or an instance state).
    void pause() const;
    static CloudError canceledError();

private:
    /// A form-encoded Query API POST of `action` to `url`, signed for `service` in `region`.
    Result<AwsXmlNode> query(const QUrl& url, const QString& service, const QString& region, const QString& version,
        const QString& action, const AwsParams& params);
    /// Adds the SigV4 headers over every header of the request (and Host).
    std::optional<CloudError> sign(HttpRequest& request, const QString& service, const QString& region) const;

    HttpClient& m_http;
    AwsSessionConfig m_config;
    HttpClient::CancelCheck m_isCanceled;
};

} // namespace Barista
