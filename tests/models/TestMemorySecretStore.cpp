// SPDX-License-Identifier: GPL-3.0-or-later
// The in-memory SecretStore other tests rely on: values, NotFound, queued failures, threads.

#include "tests/support/MemorySecretStore.h"

#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace Barista;

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTripAndRemove();
    void failNextCallFailsInOrderAndChangesNothing();
    void concurrentWrites();
};

void TestMemorySecretStore::roundTripAndRemove()
{
    MemorySecretStore store;
    const QByteArray secret("\0\1\2 key", 8);
    QVERIFY(store.write(QStringLiteral("keypair/t"), secret).result().ok());
    QCOMPARE(store.read(QStringLiteral("keypair/t")).result().value(), secret);
    QCOMPARE(store.value(QStringLiteral("keypair/t")), secret);

    const Result<QByteArray> missing = store.read(QStringLiteral("connection/x")).result();
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, CloudError::Kind::NotFound);

    QVERIFY(store.remove(QStringLiteral("keypair/t")).result().ok());
    QVERIFY(!store.contains(QStringLiteral("keypair/t")));
    QVERIFY(store.remove(QStringLiteral("keypair/t")).result().ok());
    QCOMPARE(store.callCount(), 5);
}

void TestMemorySecretStore::failNextCallFailsInOrderAndChangesNothing()
{
    MemorySecretStore store;
    store.failNextCall(CloudError::make(CloudError::Kind::Auth, QStringLiteral("First"), QStringLiteral("1")));
    store.failNextCall(CloudError::make(CloudError::Kind::Timeout, QStringLiteral("Second"), QStringLiteral("2")));

    const Result<Done> first = store.write(QStringLiteral("k"), "v").result();
    QVERIFY(!first.ok());
    QCOMPARE(first.error().providerCode, QStringLiteral("First"));
    QVERIFY(!store.contains(QStringLiteral("k")));

    const Result<QByteArray> second = store.read(QStringLiteral("k")).result();
    QVERIFY(!second.ok());
    QCOMPARE(second.error().providerCode, QStringLiteral("Second"));

    QVERIFY(store.write(QStringLiteral("k"), "v").result().ok());
    QCOMPARE(store.keys(), QStringList { QStringLiteral("k") });
    QCOMPARE(store.callCount(), 3);
}

void TestMemorySecretStore::concurrentWrites()
{
    MemorySecretStore store;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back(QThread::create([&store, t] {
            for (int i = 0; i < 100; ++i)
                store.write(QStringLiteral("k%1-%2").arg(t).arg(i), QByteArray::number(i));
        }));
        threads.back()->start();
    }
    for (auto& thread : threads)
        QVERIFY(thread->wait(60000));
    QCOMPARE(store.keys().size(), 800);
    QCOMPARE(store.value(QStringLiteral("k7-99")), QByteArray("99"));
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "TestMemorySecretStore.moc"
