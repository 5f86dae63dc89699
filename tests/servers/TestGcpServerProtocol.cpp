// SPDX-License-Identifier: GPL-3.0-or-later
// The GCP test server's Compute API as Google documents it, driven through handle() with a token
// from its own token endpoint: maxResults/pageToken paging and filters, error bodies
// ({"error": {code, message, status, errors: [{domain, reason, message}]}}), Operations that go
// PENDING -> RUNNING -> DONE (and /wait), requestId de-duplication, instance states, in-use
// refusals, fault injection and the /_barista/ control API.

#include "providers/common/JwsSigner.h"
#include "tests/servers/gcp/GcpTestServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Barista;

class TestGcpServerProtocol : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pagingAndFilters();
    void errorBodies();
    void operationsAndRequestId();
    void instanceLifecycle();
    void faultsAndControlApi();

private:
    QJsonObject call(
        const QByteArray& method, const QString& rest, const QJsonObject& body = {}, int* status = nullptr);
    QJsonObject waitDone(QJsonObject op);

    std::unique_ptr<GcpTestServer> m_server;
    QByteArray m_bearer;
    const QUrl m_base { QStringLiteral("http://127.0.0.1:1/") };
};

void TestGcpServerProtocol::init()
{
    m_server = std::make_unique<GcpTestServer>();
    const QByteArray keyFile = m_server->createServiceAccount(
        QStringLiteral("p1"), QStringLiteral("sa@p1.iam.gserviceaccount.com"), QStringLiteral("k1"));
    const QJsonObject key = QJsonDocument::fromJson(keyFile).object();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray claims
        = "{\"iss\":\"sa@p1.iam.gserviceaccount.com\",\"scope\":\"https://www.googleapis.com/auth/cloud-platform\","
          "\"aud\":\"https://oauth2.googleapis.com/token\",\"exp\":"
        + QByteArray::number(now + 3600) + ",\"iat\":" + QByteArray::number(now) + '}';
    const QByteArray assertion = JwsSigner::sign("{\"alg\":\"RS256\"}", claims, JwsSigner::Algorithm::RS256,
        key.value(QLatin1String("private_key")).toString().toLatin1())
                                     .compact;
    const GcpReply token = m_server->handle("POST", m_base.resolved(QUrl(QStringLiteral("token"))),
        { { "Content-Type", "application/x-www-form-urlencoded" } },
        "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=" + assertion);
    QCOMPARE(token.httpStatus, 200);
    m_bearer = QJsonDocument::fromJson(token.body).object().value(QLatin1String("access_token")).toString().toLatin1();
}

QJsonObject TestGcpServerProtocol::call(
    const QByteArray& method, const QString& rest, const QJsonObject& body, int* status)
{
    const GcpReply reply
        = m_server->handle(method, m_base.resolved(QUrl(QStringLiteral("compute/v1/projects/p1/") + rest)),
            { { "Authorization", "Bearer " + m_bearer }, { "Content-Type", "application/json" } },
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (status)
        *status = reply.httpStatus;
    return QJsonDocument::fromJson(reply.body).object();
}

QJsonObject TestGcpServerProtocol::waitDone(QJsonObject op)
{
    const QString zone = op.value(QLatin1String("zone")).toString().section(QLatin1Char('/'), -1);
    const QString where = zone.isEmpty() ? QStringLiteral("global") : QStringLiteral("zones/") + zone;
    for (int i = 0; i < 5 && op.value(QLatin1String("status")).toString() != QLatin1String("DONE"); ++i)
        op = call("GET", where + QStringLiteral("/operations/") + op.value(QLatin1String("name")).toString());
    return op;
}

void TestGcpServerProtocol::pagingAndFilters()
{
    QStringList names;
    QString token;
    int pages = 0;
    do {
        const QJsonObject page = call("GET",
            QStringLiteral("zones?maxResults=4")
                + (token.isEmpty() ? QString() : QStringLiteral("&pageToken=") + token));
        QCOMPARE(page.value(QLatin1String("kind")).toString(), QStringLiteral("compute#zoneList"));
        for (const QJsonValue& zone : page.value(QLatin1String("items")).toArray())
            names.append(zone.toObject().value(QLatin1String("name")).toString());
        token = page.value(QLatin1String("nextPageToken")).toString();
        ++pages;
    } while (!token.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(names.size(), 9);
    QCOMPARE(names.first(), QStringLiteral("asia-northeast3-a"));
    const QJsonArray asia
        = call("GET", QStringLiteral("zones?filter=name%20eq%20asia-.*")).value(QLatin1String("items")).toArray();
    QCOMPARE(asia.size(), 3);
    const QJsonArray gpus
        = call("GET", QStringLiteral("zones/us-central1-a/machineTypes?filter=name%3D%22g2-standard-4%22"))
              .value(QLatin1String("items"))
              .toArray();
    QCOMPARE(gpus.size(), 1);
    QCOMPARE(gpus.first()
                 .toObject()
                 .value(QLatin1String("accelerators"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("guestAcceleratorType"))
                 .toString(),
        QStringLiteral("nvidia-l4"));
    waitDone(call("POST", QStringLiteral("zones/us-central1-a/disks"),
        { { QStringLiteral("name"), QStringLiteral("d1") }, { QStringLiteral("sizeGb"), QStringLiteral("10") },
            { QStringLiteral("labels"), QJsonObject { { QStringLiteral("team"), QStringLiteral("blue") } } } }));
    waitDone(call("POST", QStringLiteral("zones/us-central1-a/disks"),
        { { QStringLiteral("name"), QStringLiteral("d2") }, { QStringLiteral("sizeGb"), 20 } }));
    const QJsonArray blue = call("GET", QStringLiteral("zones/us-central1-a/disks?filter=labels.team%3Dblue"))
                                .value(QLatin1String("items"))
                                .toArray();
    QCOMPARE(blue.size(), 1);
    QCOMPARE(
        blue.first().toObject().value(QLatin1String("sizeGb")).toString(), QStringLiteral("10")); // int64 as a string
    QVERIFY(!call("GET", QStringLiteral("zones/us-central1-c/disks"))
                 .contains(QLatin1String("items"))); // empty page: no items
    int status = 0;
    call("GET", QStringLiteral("zones?maxResults=501"), {}, &status);
    QCOMPARE(status, 400);
    const QJsonArray images
        = call("GET", QStringLiteral("../ubuntu-os-cloud/global/images")).value(QLatin1String("items")).toArray();
    QCOMPARE(images.size(), 3);
}

void TestGcpServerProtocol::errorBodies()
{
    int status = 0;
    const QJsonObject missing = call("GET", QStringLiteral("global/networks/nope"), {}, &status);
    QCOMPARE(status, 404);
    const QJsonObject error = missing.value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("code")).toInt(), 404);
    QCOMPARE(error.value(QLatin1String("status")).toString(), QStringLiteral("NOT_FOUND"));
    QCOMPARE(error.value(QLatin1String("message")).toString(),
        QStringLiteral("The resource 'projects/p1/global/networks/nope' was not found"));
    const QJsonObject detail = error.value(QLatin1String("errors")).toArray().first().toObject();
    QCOMPARE(detail.value(QLatin1String("domain")).toString(), QStringLiteral("global"));
    QCOMPARE(detail.value(QLatin1String("reason")).toString(), QStringLiteral("notFound"));
    const QJsonObject net { { QStringLiteral("name"), QStringLiteral("n1") },
        { QStringLiteral("autoCreateSubnetworks"), false } };
    waitDone(call("POST", QStringLiteral("global/networks"), net));
    call("POST", QStringLiteral("global/networks"), net, &status);
    QCOMPARE(status, 409);
    const QJsonObject badName = call(
        "POST", QStringLiteral("global/networks"), { { QStringLiteral("name"), QStringLiteral("Bad_Name") } }, &status);
    QCOMPARE(status, 400);
    QVERIFY(badName.value(QLatin1String("error"))
                .toObject()
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("Must be a match of regex")));
    call("POST", QStringLiteral("global/networks"),
        { { QStringLiteral("name"), QStringLiteral("auto") }, { QStringLiteral("autoCreateSubnetworks"), true } },
        &status);
    QCOMPARE(status, 400);
    waitDone(call("POST", QStringLiteral("regions/us-central1/subnetworks"),
        { { QStringLiteral("name"), QStringLiteral("s1") },
            { QStringLiteral("network"), QStringLiteral("global/networks/n1") },
            { QStringLiteral("ipCidrRange"), QStringLiteral("10.0.1.0/24") } }));
    const QJsonObject inUse = call("DELETE", QStringLiteral("global/networks/n1"), {}, &status);
    QCOMPARE(status, 400);
    QCOMPARE(inUse.value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("errors"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("reason"))
                 .toString(),
        QStringLiteral("resourceInUseByAnotherResource"));
}

void TestGcpServerProtocol::operationsAndRequestId()
{
    const QJsonObject disk { { QStringLiteral("name"), QStringLiteral("d1") },
        { QStringLiteral("sizeGb"), QStringLiteral("10") } };
    const QString rid = QStringLiteral("6c2b5e8a-1f3d-4c7b-9a2e-0d1f2e3c4b5a");
    QJsonObject op = call("POST", QStringLiteral("zones/us-central1-a/disks?requestId=") + rid, disk);
    QCOMPARE(op.value(QLatin1String("kind")).toString(), QStringLiteral("compute#operation"));
    QCOMPARE(op.value(QLatin1String("status")).toString(), QStringLiteral("PENDING"));
    QCOMPARE(op.value(QLatin1String("operationType")).toString(), QStringLiteral("insert"));
    QVERIFY(op.value(QLatin1String("targetLink"))
                .toString()
                .endsWith(QLatin1String("/projects/p1/zones/us-central1-a/disks/d1")));
    QCOMPARE(call("GET", QStringLiteral("zones/us-central1-a/disks/d1")).value(QLatin1String("status")).toString(),
        QStringLiteral("CREATING"));
    const QString name = op.value(QLatin1String("name")).toString();
    QCOMPARE(
        call("GET", QStringLiteral("zones/us-central1-a/operations/") + name).value(QLatin1String("status")).toString(),
        QStringLiteral("RUNNING"));
    // The same requestId: the same operation, no 409, no second disk.
    int status = 0;
    const QJsonObject again = call("POST", QStringLiteral("zones/us-central1-a/disks?requestId=") + rid, disk, &status);
    QCOMPARE(status, 200);
    QCOMPARE(again.value(QLatin1String("name")).toString(), name);
    QCOMPARE(
        call("GET", QStringLiteral("zones/us-central1-a/operations/") + name).value(QLatin1String("status")).toString(),
        QStringLiteral("DONE"));
    QCOMPARE(call("GET", QStringLiteral("zones/us-central1-a/disks/d1")).value(QLatin1String("status")).toString(),
        QStringLiteral("READY"));
    QCOMPARE(
        call("GET", QStringLiteral("zones/us-central1-a/disks")).value(QLatin1String("items")).toArray().size(), 1);
    // wait finishes at once; a failing operation carries error.errors[].
    m_server->state().failNextOperation(QStringLiteral("insert"), QStringLiteral("QUOTA_EXCEEDED"),
        QStringLiteral("Quota 'DISKS_TOTAL_GB' exceeded."), 403);
    const QJsonObject failing = call("POST", QStringLiteral("zones/us-central1-a/disks"),
        { { QStringLiteral("name"), QStringLiteral("d2") }, { QStringLiteral("sizeGb"), 10 } });
    const QJsonObject failed = call("POST",
        QStringLiteral("zones/us-central1-a/operations/") + failing.value(QLatin1String("name")).toString()
            + QStringLiteral("/wait"));
    QCOMPARE(failed.value(QLatin1String("status")).toString(), QStringLiteral("DONE"));
    QCOMPARE(failed.value(QLatin1String("httpErrorStatusCode")).toInt(), 403);
    QCOMPARE(failed.value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("errors"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("code"))
                 .toString(),
        QStringLiteral("QUOTA_EXCEEDED"));
    call("GET", QStringLiteral("zones/us-central1-a/disks/d2"), {}, &status);
    QCOMPARE(status, 404);
}

void TestGcpServerProtocol::instanceLifecycle()
{
    waitDone(call("POST", QStringLiteral("global/networks"),
        { { QStringLiteral("name"), QStringLiteral("n1") }, { QStringLiteral("autoCreateSubnetworks"), false } }));
    waitDone(call("POST", QStringLiteral("regions/us-central1/subnetworks"),
        { { QStringLiteral("name"), QStringLiteral("s1") },
            { QStringLiteral("network"), QStringLiteral("projects/p1/global/networks/n1") },
            { QStringLiteral("ipCidrRange"), QStringLiteral("10.0.1.0/24") } }));
    const QJsonObject vm { { QStringLiteral("name"), QStringLiteral("vm1") },
        { QStringLiteral("machineType"), QStringLiteral("zones/us-central1-a/machineTypes/e2-micro") },
        { QStringLiteral("disks"),
            QJsonArray { QJsonObject { { QStringLiteral("boot"), true }, { QStringLiteral("autoDelete"), true },
                { QStringLiteral("initializeParams"),
                    QJsonObject { { QStringLiteral("sourceImage"),
                        QStringLiteral("projects/debian-cloud/global/images/family/debian-12") } } } } } },
        { QStringLiteral("networkInterfaces"),
            QJsonArray { QJsonObject {
                { QStringLiteral("subnetwork"), QStringLiteral("regions/us-central1/subnetworks/s1") } } } } };
    const QString at = QStringLiteral("zones/us-central1-a/instances/vm1");
    QJsonObject op = call("POST", QStringLiteral("zones/us-central1-a/instances"), vm);
    QCOMPARE(call("GET", at).value(QLatin1String("status")).toString(), QStringLiteral("PROVISIONING"));
    QCOMPARE(waitDone(op).value(QLatin1String("status")).toString(), QStringLiteral("DONE"));
    QCOMPARE(call("GET", at).value(QLatin1String("status")).toString(), QStringLiteral("STAGING"));
    const QJsonObject running = call("GET", at);
    QCOMPARE(running.value(QLatin1String("status")).toString(), QStringLiteral("RUNNING"));
    QVERIFY(
        running.value(QLatin1String("sourceImage")).toString().endsWith(QLatin1String("debian-12-bookworm-v20240312")));
    QCOMPARE(running.value(QLatin1String("networkInterfaces"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("networkIP"))
                 .toString()
                 .section(QLatin1Char('.'), 0, 2),
        QStringLiteral("10.0.1"));
    int status = 0;
    call("POST", at + QStringLiteral("/resume"), {}, &status);
    QCOMPARE(status, 400); // only a SUSPENDED instance resumes
    op = call("POST", at + QStringLiteral("/suspend"));
    QCOMPARE(call("GET", at).value(QLatin1String("status")).toString(), QStringLiteral("SUSPENDING"));
    waitDone(op);
    QCOMPARE(call("GET", at).value(QLatin1String("status")).toString(), QStringLiteral("SUSPENDED"));
    waitDone(call("POST", at + QStringLiteral("/resume")));
    waitDone(call("POST", at + QStringLiteral("/stop")));
    QCOMPARE(call("GET", at).value(QLatin1String("status")).toString(), QStringLiteral("TERMINATED"));
    call("DELETE", QStringLiteral("regions/us-central1/subnetworks/s1"), {}, &status);
    QCOMPARE(status, 400); // the instance still uses it
    waitDone(call("DELETE", at));
    call("GET", at, {}, &status);
    QCOMPARE(status, 404);
    call("GET", QStringLiteral("zones/us-central1-a/disks/vm1"), {}, &status);
    QCOMPARE(status, 404); // the auto-delete boot disk went with it
}

void TestGcpServerProtocol::faultsAndControlApi()
{
    const QUrl faults = m_base.resolved(QUrl(QStringLiteral("_barista/faults")));
    QCOMPARE(
        m_server
            ->handle("POST", faults, {},
                R"({"match":"GET /compute/v1/projects/p1/regions","status":429,"reason":"rateLimitExceeded","message":"slow down","retryAfter":7})")
            .httpStatus,
        200);
    const GcpReply throttled
        = m_server->handle("GET", m_base.resolved(QUrl(QStringLiteral("compute/v1/projects/p1/regions"))),
            { { "Authorization", "Bearer " + m_bearer } }, {});
    QCOMPARE(throttled.httpStatus, 429);
    bool retryAfter = false;
    for (const auto& [name, value] : throttled.headers)
        retryAfter |= name == "Retry-After" && value == "7";
    QVERIFY(retryAfter);
    int status = 0;
    call("GET", QStringLiteral("regions"), {}, &status);
    QCOMPARE(status, 200);
    m_server->throttleEvery(2);
    call("GET", QStringLiteral("regions"), {}, &status);
    QCOMPARE(status, 200);
    call("GET", QStringLiteral("regions"), {}, &status);
    QCOMPARE(status, 429);
    const GcpReply records
        = m_server->handle("GET", m_base.resolved(QUrl(QStringLiteral("_barista/requests?path=/token"))), {}, {});
    QCOMPARE(QJsonDocument::fromJson(records.body).object().value(QLatin1String("count")).toInt(), 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("GET /compute/v1/projects/p1/regions")), 4);
}

QTEST_GUILESS_MAIN(TestGcpServerProtocol)
#include "TestGcpServerProtocol.moc"
