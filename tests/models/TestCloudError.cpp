// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/interfaces/CloudError.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTest>

using namespace Barista;

class TestCloudError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testCloudError();
};

void TestCloudError::testCloudError()
{
    CloudError error = CloudError::make(CloudError::Kind::QuotaExceeded, QStringLiteral("QuotaExceeded"),
        QStringLiteral("vCPU limit 64 exceeded in ap-northeast-2"));
    QCOMPARE(error.toString(), QStringLiteral("[QuotaExceeded] vCPU limit 64 exceeded in ap-northeast-2"));
    QVERIFY(!error.isRetryable());
    error.httpStatus = 400;
    error.retryAfterMs = 1500;
    QCOMPARE(CloudError::fromJson(error.toJson()), error);
    QCOMPARE(error.toJson().value(QStringLiteral("kind")).toString(), QStringLiteral("quota"));
    QCOMPARE(CloudError::make(CloudError::Kind::Timeout, QString(), QStringLiteral("no answer")).toString(),
        QStringLiteral("no answer"));

    // In enum order.
    const QStringList names = QStringLiteral("throttled transient timeout auth notfound conflict quota invalid "
                                             "unsupported canceled internal")
                                  .split(QLatin1Char(' '));
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(cloudErrorKindName(static_cast<CloudError::Kind>(i)), names[i]);
        QCOMPARE(cloudErrorKindFromName(names[i]), static_cast<CloudError::Kind>(i));
    }
    QCOMPARE(cloudErrorKindFromName(QStringLiteral("weird")), CloudError::Kind::Internal);
    QVERIFY(CloudError::make(CloudError::Kind::Throttled, QString(), QString()).isRetryable());

    // No retry hint stays "none" (-1) through JSON, not 0 ("retry at once").
    const CloudError plain
        = CloudError::make(CloudError::Kind::Auth, QStringLiteral("AuthFailure"), QStringLiteral("x"));
    QCOMPARE(CloudError::fromJson(plain.toJson()).retryAfterMs, -1);
    QCOMPARE(CloudError::fromJson(
                 QJsonObject { { QStringLiteral("kind"), 1 }, { QStringLiteral("httpStatus"), QStringLiteral("x") } }),
        CloudError());
}

QTEST_GUILESS_MAIN(TestCloudError)
#include "TestCloudError.moc"
