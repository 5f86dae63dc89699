// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/sim/SimLatencyModel.h"

#include <QHash>
#include <QRandomGenerator>

#include <cmath>

namespace Barista {

namespace {

// z-score of the 95th percentile of a standard normal distribution.
constexpr double kZ95 = 1.6448536;
constexpr double kPi = 3.14159265358979323846;

double standardNormal(QRandomGenerator& rng)
{
    // Box-Muller; 1 - u keeps the logarithm finite.
    const double u1 = 1.0 - rng.generateDouble();
    const double u2 = rng.generateDouble();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * kPi * u2);
}

} // namespace

SimLatencyModel::SimLatencyModel(const QString& provider, const SimSettings& settings)
    : m_providerFactor(providerFactor(provider))
    , m_settings(settings)
{
}

void SimLatencyModel::distribution(SimOp op, double* medianMs, double* p95Ms)
{
    struct Dist
    {
        double median;
        double p95;
    };
    Dist d { 100, 400 };
    switch (op) {
    case SimOp::List:
        d = { 80, 300 };
        break;
    case SimOp::Get:
        d = { 60, 220 };
        break;
    case SimOp::Create:
        d = { 300, 1500 };
        break;
    case SimOp::Delete:
        d = { 200, 800 };
        break;
    case SimOp::Control:
        d = { 150, 600 };
        break;
    case SimOp::AnyCall:
        d = { 80, 300 };
        break;
    case SimOp::VmBoot:
        d = { 20000, 60000 };
        break;
    case SimOp::VmSuspend:
        d = { 15000, 45000 };
        break;
    case SimOp::VmResume:
        d = { 15000, 40000 };
        break;
    case SimOp::VmReboot:
        d = { 10000, 30000 };
        break;
    case SimOp::VmTerminate:
        d = { 20000, 60000 };
        break;
    case SimOp::DiskCreate:
        d = { 5000, 20000 };
        break;
    case SimOp::MyImageCreate:
        d = { 60000, 300000 };
        break;
    // EKS/AKS/GKE control planes take about ten minutes.
    case SimOp::ClusterCreate:
        d = { 480000, 900000 };
        break;
    case SimOp::ClusterDelete:
        d = { 300000, 600000 };
        break;
    }
    *medianMs = d.median;
    *p95Ms = d.p95;
}

double SimLatencyModel::providerFactor(const QString& provider)
{
    static const QHash<QString, double> factors {
        { QStringLiteral("aws"), 1.0 },
        { QStringLiteral("azure"), 1.5 },
        { QStringLiteral("gcp"), 0.8 },
        { QStringLiteral("alibaba"), 1.1 },
        { QStringLiteral("tencent"), 1.1 },
        { QStringLiteral("ibm"), 1.3 },
        { QStringLiteral("openstack"), 1.2 },
        { QStringLiteral("ncp"), 1.6 },
        { QStringLiteral("nhn"), 1.3 },
        { QStringLiteral("kt"), 1.8 },
    };
    return factors.value(provider, 1.0);
}

double SimLatencyModel::sampleSimulatedMs(SimOp op, QRandomGenerator& rng) const
{
    double median = 0;
    double p95 = 0;
    distribution(op, &median, &p95);
    const double sigma = std::log(p95 / median) / kZ95;
    const double value = median * std::exp(sigma * standardNormal(rng));
    // Cut the long tail so one unlucky sample cannot stall a test or a demo.
    return qBound(median / 10.0, value, p95 * 3.0) * m_providerFactor;
}

qint64 SimLatencyModel::callMs(SimOp op, QRandomGenerator& rng) const
{
    return m_settings.scaled(sampleSimulatedMs(op, rng) * m_settings.latencyMultiplier);
}

qint64 SimLatencyModel::transitionMs(SimOp op, QRandomGenerator& rng) const
{
    return qMax<qint64>(1, m_settings.scaled(sampleSimulatedMs(op, rng)));
}

} // namespace Barista
