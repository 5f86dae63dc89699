// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobs/SystemClock.h"

#include <QObject>
#include <QTest>
#include <memory>

using namespace Barista;

/// Only ordering and delivery, never durations: timing assertions flake on a busy machine.
class TestSystemClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nowIsMonotonic();
    void callbackRunsThroughTheEventLoop();
    void callbackOfDestroyedContextIsDropped();
};

void TestSystemClock::nowIsMonotonic()
{
    SystemClock clock;
    const qint64 a = clock.nowMs();
    const qint64 b = clock.nowMs();
    QVERIFY(a >= 0);
    QVERIFY(b >= a);
}

void TestSystemClock::callbackRunsThroughTheEventLoop()
{
    SystemClock clock;
    QObject context;
    bool withContext = false;
    bool withoutContext = false;
    clock.callAfter(1, &context, [&] { withContext = true; });
    clock.callAfter(-5, nullptr, [&] { withoutContext = true; }); // a negative delay means now
    QVERIFY(!withContext); // never synchronously
    QTRY_VERIFY(withContext);
    QTRY_VERIFY(withoutContext);
}

void TestSystemClock::callbackOfDestroyedContextIsDropped()
{
    SystemClock clock;
    auto context = std::make_unique<QObject>();
    QObject witness;
    bool fired = false;
    bool witnessFired = false;
    clock.callAfter(1, context.get(), [&] { fired = true; });
    clock.callAfter(20, &witness, [&] { witnessFired = true; });
    context.reset();
    QTRY_VERIFY(witnessFired); // later than the dropped one, so that one had its chance
    QVERIFY(!fired);
}

QTEST_GUILESS_MAIN(TestSystemClock)
#include "TestSystemClock.moc"
