// SPDX-License-Identifier: GPL-3.0-or-later
// A local EC2 Query API server for tests: QtHttpServer on loopback, SigV4 checked by its own
// verifier, in-memory state per region, injectable faults, and a record of every request.
//
// A Query API call with Version=2015-12-01 (or signed for the service "elasticloadbalancing") is
// ELBv2 instead (Elbv2Actions, Elbv2DescribeActions): checked by a second verifier for that
// service, answered in ELBv2's XML and error shapes, on the same base URL.
//
// A POST carrying X-Amz-Target "AWSPriceListService.*" is the Price List Query API instead (AWS
// JSON 1.1, SigV4 service "pricing": Ec2PricingService), served on the same base URL, as an
// adapter with an endpoint override sends both APIs there.
//
// A request on /clusters... (or signed for the service "eks") is Amazon EKS instead (REST-JSON:
// EksService, its own verifier and state; the node groups' subnets and key pairs are EC2's).
//
// Besides the EC2 API (any path, as EC2 serves "/"), it answers a small control API under
// /_barista/ for out-of-process clients such as the npm SDK referee:
//   GET  /_barista/requests                          -> JSON {"count", "records": [{action, status, code}]}
//   POST /_barista/requests/clear
//   POST /_barista/faults  throttleEvery=N | Action=&Code=&Status=&Message=&Times=[&RetryAfter=s] | clear=1
//   (Action=GetProducts faults come out as the Price List API's JSON errors)
#pragma once

#include "tests/servers/ec2/Ec2Call.h"
#include "tests/servers/ec2/Ec2FaultPlan.h"
#include "tests/servers/ec2/Ec2SigV4Verifier.h"
#include "tests/servers/ec2/Ec2State.h"
#include "tests/servers/ec2/Elbv2Call.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QHttpServer;
class QTcpServer;

namespace Barista {

class Ec2PricingService;
class EksService;

struct Ec2RequestRecord
{
    QString action;
    QString accessKeyId;
    QString region;
    int httpStatus = 0;
    QString errorCode; // empty on success
};

struct Ec2Reply
{
    int httpStatus = 200;
    QByteArray contentType = QByteArrayLiteral("text/xml;charset=UTF-8");
    QByteArray body;
    QByteArray requestId; // sent as x-amzn-RequestId, as EC2 does
    QList<QPair<QByteArray, QByteArray>> headers; // more response headers (x-amzn-ErrorType, Retry-After)
};

class Ec2TestServer : public QObject
{
    Q_OBJECT

public:
    // The example credentials of the AWS documentation; the default of barista-ec2-testserver.
    static QString exampleAccessKeyId() { return QStringLiteral("AKIDEXAMPLE"); }
    static QString exampleSecretKey() { return QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"); }

    explicit Ec2TestServer(QObject* parent = nullptr);
    ~Ec2TestServer() override;

    // Returns the bound port, 0 on failure. Port 0 picks a free one.
    quint16 listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl endpoint() const;

    void addCredential(const QString& accessKeyId, const QString& secret, const QString& sessionToken = {});
    // One clock for signature expiry and lifecycle timing (tests pass a fake one).
    void setClock(std::function<QDateTime()> now);

    Ec2State& state() { return m_state; }
    Ec2FaultPlan& faults() { return m_faults; }
    Ec2SigV4Verifier& verifier() { return m_verifier; }
    Ec2PricingService& pricing() { return *m_pricing; }
    EksService& eks() { return *m_eks; }
    // The ELBv2 records of one region (load balancers, target groups, listeners).
    Elbv2RegionState& elb(const QString& region) { return m_elb[region]; }

    const QList<Ec2RequestRecord>& requests() const { return m_records; }
    int requestCount(const QString& action = {}) const;
    void clearRequests() { m_records.clear(); }

    // The whole request pipeline without the network: parse, verify, inject, dispatch.
    Ec2Reply handle(const QByteArray& method, const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers,
        const QByteArray& body);

Q_SIGNALS:
    void requestHandled(const Barista::Ec2RequestRecord& record);

private:
    Ec2Reply control(const QByteArray& method, const QString& path, const QByteArray& body);
    Ec2Reply errorReply(const Ec2Error& error, const QString& requestId, Ec2RequestRecord& record, bool elbv2 = false);
    Ec2Outcome dispatch(
        const Ec2QueryRequest& request, const Ec2AuthResult& auth, bool elbv2, const QString& requestId);

    std::unique_ptr<QHttpServer> m_http;
    QTcpServer* m_tcp = nullptr; // owned by m_http once bound
    Ec2SigV4Verifier m_verifier;
    Ec2SigV4Verifier m_elbVerifier; // service "elasticloadbalancing"
    std::unique_ptr<Ec2PricingService> m_pricing;
    Ec2State m_state;
    std::unique_ptr<EksService> m_eks; // after m_state: it keeps a reference to it
    Ec2FaultPlan m_faults;
    Ec2HandlerTable m_handlers;
    Elbv2HandlerTable m_elbHandlers;
    QMap<QString, Elbv2RegionState> m_elb;
    QList<Ec2RequestRecord> m_records;
};

} // namespace Barista
