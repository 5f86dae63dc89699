// SPDX-License-Identifier: GPL-3.0-or-later
// Faults the EC2 test server injects into authenticated calls, for the adapter's retry and
// error-mapping tests: throttling every Nth call, and queued one-shot errors per action
// (InsufficientInstanceCapacity, VcpuLimitExceeded, InternalError, Unavailable, ...).
#pragma once

#include "tests/servers/ec2/Ec2Error.h"

#include <QList>
#include <QString>

#include <optional>

namespace Barista {

class Ec2FaultPlan
{
public:
    // Every Nth authenticated call (counting from now) gets RequestLimitExceeded; 0 turns it off.
    void throttleEvery(int n)
    {
        m_throttleEvery = qMax(0, n);
        m_calls = 0;
    }
    // The next `times` calls of `action` (empty: any action) fail with `error`.
    void failNext(const QString& action, const Ec2Error& error, int times = 1);
    void clear();

    // Called once per authenticated call, before the action runs.
    std::optional<Ec2Error> take(const QString& action);
    int injectedCount() const { return m_injected; }

private:
    struct Queued
    {
        QString action;
        Ec2Error error;
        int remaining = 0;
    };
    QList<Queued> m_queue;
    int m_throttleEvery = 0;
    int m_calls = 0;
    int m_injected = 0;
};

} // namespace Barista
