// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/sim/SimSettings.h"

#include <QString>

class QRandomGenerator;

namespace Barista {

/// What the sim spends time on: the answer of an API call, or a cloud-side transition.
enum class SimOp
{
    List,
    Get,
    Create,
    Delete,
    Control,
    AnyCall,
    VmBoot,
    VmSuspend,
    VmResume,
    VmReboot,
    VmTerminate,
    DiskCreate,
    MyImageCreate,
    ClusterCreate,
    ClusterDelete,
};

/// Lognormal durations given by a median and a 95th percentile per operation (numbers in
/// the range real clouds show), a per-provider factor (Azure and the Korean clouds answer
/// slower than GCP), and the settings' time scale.
class SimLatencyModel
{
public:
    SimLatencyModel(const QString& provider, const SimSettings& settings);

    /// Wall-clock ms until the answer of a call (time scale and latency multiplier applied).
    qint64 callMs(SimOp op, QRandomGenerator& rng) const;
    /// Wall-clock ms a cloud-side transition takes (time scale applied).
    qint64 transitionMs(SimOp op, QRandomGenerator& rng) const;

    /// Simulated (unscaled) median and p95 of an operation, before the provider factor.
    static void distribution(SimOp op, double* medianMs, double* p95Ms);
    static double providerFactor(const QString& provider);

private:
    double sampleSimulatedMs(SimOp op, QRandomGenerator& rng) const;

    double m_providerFactor;
    SimSettings m_settings;
};

} // namespace Barista
