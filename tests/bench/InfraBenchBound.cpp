// SPDX-License-Identifier: GPL-3.0-or-later
#include "InfraBenchBound.h"

#include <algorithm>
#include <numeric>

namespace Barista {

// The lower bound, per connection, from the durations the simulator sampled in this run
// (taken as given: no schedule can make a sampled latency or boot shorter).
//
// Let T0 be the moment create() is called, L_x the sampled latency of the successful call x,
// and for node i: c_i = L(create of i), b_i = its sampled boot, d_i = c_i + b_i - 1.
// (-1 ms: the sim stamps the boot's due time and a listing's "now" in whole wall ms, so a
// listing may see Running up to 1 ms before exec + b_i.)
//
// 1. Chain. ensure() creates the VPC, and only when its answer is in, the key pair and the
//    security group; the nodes are asked for only when both are in. A call's effect runs no
//    earlier than L after the sim decided it (a precise timer), so the nodes cannot start
//    before C >= T0 + chain, chain = L_vpc + max(L_kp, L_sg).
//
// 2. Start pacing. Number the node creates in the order the sim decided their successful
//    attempt. Each consumed a token of the job queue's bucket (at most Bq tokens at C, refill
//    rq per ms) and of the sim's bucket (Bs, rs), all after C. So the k-th decision happens at
//        >= C + s_k,   s_k = max(0, (k - Bq) / rq - 1, (k - Bs) / rs)
//    (-1 ms: the queue's clock counts whole ms, so it may credit up to 1 ms more refill than
//    real time gives; the sim's bucket restarts its clock and can only credit less.)
//    The node decided k-th is Running no earlier than C + s_k + d_(its). Whatever the order,
//    max_k (s_k + d_pi(k)) >= max_k (s_k + d_(k)) with d sorted descending (s is
//    non-decreasing; among the k nodes of largest d one must take a rank >= k). So
//        startPaced = max_k (s_k + d_(k)),   which includes max_i d_i (k = 1, s_1 = 0).
//
// 3. Slot pacing. A create holds one of the queue's m = maxConcurrent slots of its
//    connection from its start until its answer is handled, which contains [start, exec] of
//    length >= c_i. For any set S of nodes, the last of S to execute does so at
//    >= C + sum_S c_i / m, and is Running b_min(S) - 1 later. Taking S = the q nodes of
//    longest boot (for every q) gives the strongest of these:
//        slotPaced = max_q ( sum_{top q by b} c_i / m + b_(q) - 1 ).
//
// bound = chain + max(startPaced, slotPaced). The engine sees a node Running only through a
// listing that runs after it is, so its create cannot finish before T0 + bound; the
// infra's bound is the maximum over its connections. Calls that were throttled, retried,
// listings and store writes only add time, so leaving them out keeps this a lower bound.
ConnectionBound InfraBenchBound::compute(const ConnectionSamples& samples)
{
    ConnectionBound out;
    out.connection = samples.connection;
    out.chainMs = samples.vpcMs + std::max(samples.securityGroupMs, samples.keyPairMs);
    const qsizetype n = std::min(samples.createMs.size(), samples.bootMs.size());
    if (n == 0) {
        out.boundMs = out.chainMs;
        return out;
    }

    QList<double> d;
    d.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        d.append(samples.createMs.at(i) + samples.bootMs.at(i) - 1.0);
    std::sort(d.begin(), d.end(), std::greater<double>());
    out.singleMs = d.constFirst();
    for (qsizetype k = 1; k <= n; ++k) {
        double s = 0;
        if (samples.queueRatePerMs > 0)
            s = std::max(s, (double(k) - samples.queueBurst) / samples.queueRatePerMs - 1.0);
        if (samples.simRatePerMs > 0)
            s = std::max(s, (double(k) - samples.simBurst) / samples.simRatePerMs);
        out.startPacedMs = std::max(out.startPacedMs, s + d.at(k - 1));
    }

    QList<qsizetype> byBoot(n);
    std::iota(byBoot.begin(), byBoot.end(), 0);
    std::sort(byBoot.begin(), byBoot.end(),
              [&](qsizetype a, qsizetype b) { return samples.bootMs.at(a) > samples.bootMs.at(b); });
    const double m = std::max(1, samples.maxConcurrent);
    double createSum = 0;
    for (qsizetype q = 0; q < n; ++q) {
        createSum += samples.createMs.at(byBoot.at(q));
        out.slotPacedMs = std::max(out.slotPacedMs, createSum / m + samples.bootMs.at(byBoot.at(q)) - 1.0);
    }

    out.boundMs = out.chainMs + std::max(out.startPacedMs, out.slotPacedMs);
    return out;
}

} // namespace Barista
