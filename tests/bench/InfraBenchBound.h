// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Barista {

/// What one connection's deploy is made of, in wall-clock ms as the simulator sampled them.
struct ConnectionSamples
{
    QString connection;
    double vpcMs = 0; ///< latency of the successful VPC create
    double securityGroupMs = 0;
    double keyPairMs = 0;
    QList<double> createMs; ///< per node: latency of its successful VM create
    QList<double> bootMs; ///< per node (same order): its sampled Creating -> Running time
    // The two token buckets every create passes, and the job queue's concurrency.
    int maxConcurrent = 1;
    double queueRatePerMs = 0; ///< job queue bucket refill, tokens per wall ms (0 = unlimited)
    double queueBurst = 1;
    double simRatePerMs = 0; ///< the simulator's own bucket, tokens per wall ms (0 = unlimited)
    double simBurst = 1;
};

/// The critical-path lower bound of one connection (see InfraBenchBound.cpp for the proof).
struct ConnectionBound
{
    QString connection;
    double chainMs = 0; ///< VPC, then the slower of key pair and security group
    double startPacedMs = 0; ///< token buckets: the best start order's latest create + boot
    double slotPacedMs = 0; ///< concurrency: a set's creates share maxConcurrent slots, then boot
    double singleMs = 0; ///< the slowest single create + boot
    double boundMs = 0; ///< chain + max(startPaced, slotPaced)
};

class InfraBenchBound
{
public:
    static ConnectionBound compute(const ConnectionSamples& samples);
};

} // namespace Barista
