// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/sim/SimSettings.h"

#include <QByteArray>
#include <QString>

#include <cmath>

namespace Barista {

namespace {

bool envDouble(const char* name, double* out)
{
    const QByteArray raw = qgetenv(name).trimmed();
    if (raw.isEmpty())
        return false;
    bool ok = false;
    const double value = QString::fromLatin1(raw).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return false;
    *out = value;
    return true;
}

double clampPct(double pct)
{
    return qBound(0.0, pct, 100.0);
}

} // namespace

SimSettings SimSettings::fromEnvironment()
{
    SimSettings s;
    bool ok = false;
    const quint64 seed = QString::fromLatin1(qgetenv("BARISTA_SIM_SEED").trimmed()).toULongLong(&ok);
    if (ok)
        s.seed = seed;
    double value = 0;
    if (envDouble("BARISTA_SIM_TIME_SCALE", &value) && value > 0)
        s.timeScale = value;
    if (envDouble("BARISTA_SIM_FAILURE_PCT", &value))
        s.failurePct = clampPct(value);
    if (envDouble("BARISTA_SIM_THROTTLE_PCT", &value))
        s.throttlePct = clampPct(value);
    if (envDouble("BARISTA_SIM_TIMEOUT_PCT", &value))
        s.timeoutPct = clampPct(value);
    if (envDouble("BARISTA_SIM_CAPACITY_PCT", &value))
        s.capacityPct = clampPct(value);
    if (envDouble("BARISTA_SIM_QUOTA_VCPU", &value) && value >= 0)
        s.quotaVcpu = int(value);
    if (envDouble("BARISTA_SIM_QUOTA_VMS", &value) && value >= 0)
        s.quotaVms = int(value);
    s.sshEndpoint = QString::fromLocal8Bit(qgetenv("BARISTA_SIM_SSH_ENDPOINT").trimmed());
    if (envDouble("BARISTA_SIM_LATENCY_MULTIPLIER", &value) && value >= 0)
        s.latencyMultiplier = value;
    return s;
}

qint64 SimSettings::scaled(double simulatedMs) const
{
    return qMax<qint64>(0, qRound64(simulatedMs * timeScale));
}

} // namespace Barista
