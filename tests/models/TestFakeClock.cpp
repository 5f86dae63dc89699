// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/FakeClock.h"

#include <QObject>
#include <QTest>
#include <memory>

using namespace Barista;

/// The fake clock is what makes the scheduler tests deterministic, so its own rules are pinned here.
class TestFakeClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeMovesOnlyOnAdvance();
    void firesInTimeOrderThenSchedulingOrder();
    void callbacksScheduledByCallbacksInsideTheWindowFire();
    void skipsCallbacksOfDestroyedContext();
};

void TestFakeClock::timeMovesOnlyOnAdvance()
{
    FakeClock clock(1000);
    QCOMPARE(clock.nowMs(), qint64(1000));
    int fired = 0;
    clock.callAfter(0, nullptr, [&] { ++fired; });
    QCOMPARE(fired, 0); // never synchronously inside callAfter
    clock.advance(0);
    QCOMPARE(fired, 1);
    clock.advance(250);
    QCOMPARE(clock.nowMs(), qint64(1250));
    QCOMPARE(clock.pendingCount(), 0);
    QCOMPARE(clock.nextDueMs(), qint64(-1));
}

void TestFakeClock::firesInTimeOrderThenSchedulingOrder()
{
    FakeClock clock;
    QList<QString> log;
    QList<qint64> at;
    auto record = [&](const QString& name) {
        return [&, name] {
            log.append(name);
            at.append(clock.nowMs());
        };
    };
    clock.callAfter(300, nullptr, record(QStringLiteral("c")));
    clock.callAfter(100, nullptr, record(QStringLiteral("a")));
    clock.callAfter(100, nullptr, record(QStringLiteral("b")));
    clock.callAfter(500, nullptr, record(QStringLiteral("late")));
    QCOMPARE(clock.nextDueMs(), qint64(100));
    clock.advance(99);
    QVERIFY(log.isEmpty());
    clock.advance(301); // now 400
    QCOMPARE(log, (QList<QString> { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
    QCOMPARE(at, (QList<qint64> { 100, 100, 300 }));
    QCOMPARE(clock.nowMs(), qint64(400));
    QCOMPARE(clock.pendingCount(), 1);
}

void TestFakeClock::callbacksScheduledByCallbacksInsideTheWindowFire()
{
    FakeClock clock;
    QList<qint64> at;
    std::function<void()> tick = [&] {
        at.append(clock.nowMs());
        clock.callAfter(300, nullptr, tick); // relative to the callback's own time
    };
    clock.callAfter(300, nullptr, tick);
    clock.advance(1000);
    QCOMPARE(at, (QList<qint64> { 300, 600, 900 }));
    QCOMPARE(clock.nextDueMs(), qint64(1200));
}

void TestFakeClock::skipsCallbacksOfDestroyedContext()
{
    FakeClock clock;
    auto gone = std::make_unique<QObject>();
    QObject alive;
    int goneFired = 0;
    int aliveFired = 0;
    clock.callAfter(10, gone.get(), [&] { ++goneFired; });
    clock.callAfter(10, &alive, [&] { ++aliveFired; });
    gone.reset();
    clock.advance(10);
    QCOMPARE(goneFired, 0);
    QCOMPARE(aliveFired, 1);
    QCOMPARE(clock.pendingCount(), 0);
}

QTEST_GUILESS_MAIN(TestFakeClock)
#include "TestFakeClock.moc"
