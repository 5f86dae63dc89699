// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/MarkerClusterer.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Barista {

namespace {

double distanceSquared(const QPointF& a, const QPointF& b)
{
    const QPointF d = a - b;
    return QPointF::dotProduct(d, d);
}

QPointF meanOf(const QList<QPointF>& positions, const QList<int>& members)
{
    QPointF sum;
    for (int i : members)
        sum += positions.at(i);
    return sum / double(members.size());
}

quint64 cellKey(qint64 cx, qint64 cy)
{
    return (quint64(quint32(qint32(cx))) << 32) | quint32(qint32(cy));
}

} // namespace

QList<MarkerCluster> MarkerClusterer::cluster(const QList<QPointF>& positions, double radius)
{
    QList<MarkerCluster> clusters;
    const int n = int(positions.size());
    if (n == 0)
        return clusters;
    radius = std::max(radius, 1e-9);
    const double r2 = radius * radius;

    // A grid of radius-sized cells: a seed only needs to look at its own and the 8 cells
    // around it, so 2,000 markers cluster in well under a millisecond.
    QHash<quint64, QList<int>> grid;
    const auto cellOf = [radius](const QPointF& p) {
        return std::pair<qint64, qint64>(qint64(std::floor(p.x() / radius)), qint64(std::floor(p.y() / radius)));
    };
    for (int i = 0; i < n; ++i) {
        const auto [cx, cy] = cellOf(positions.at(i));
        grid[cellKey(cx, cy)].append(i);
    }

    QList<bool> taken(n, false);
    for (int seed = 0; seed < n; ++seed) {
        if (taken.at(seed))
            continue;
        MarkerCluster c;
        const auto [cx, cy] = cellOf(positions.at(seed));
        for (qint64 dx = -1; dx <= 1; ++dx) {
            for (qint64 dy = -1; dy <= 1; ++dy) {
                const auto it = grid.constFind(cellKey(cx + dx, cy + dy));
                if (it == grid.constEnd())
                    continue;
                for (int j : *it) {
                    if (!taken.at(j) && distanceSquared(positions.at(seed), positions.at(j)) <= r2) {
                        taken[j] = true;
                        c.members.append(j);
                    }
                }
            }
        }
        std::sort(c.members.begin(), c.members.end());
        c.center = meanOf(positions, c.members);
        clusters.append(c);
    }

    // Greedy seeding can leave two clusters whose centres overlap (a chain of markers);
    // merge those, lowest indices first, until the picture is stable. Few clusters remain
    // by now, so the quadratic pass is cheap.
    bool merged = true;
    while (merged) {
        merged = false;
        for (qsizetype a = 0; a < clusters.size() && !merged; ++a) {
            for (qsizetype b = a + 1; b < clusters.size(); ++b) {
                if (distanceSquared(clusters.at(a).center, clusters.at(b).center) > r2)
                    continue;
                QList<int> members = clusters.at(a).members + clusters.at(b).members;
                std::sort(members.begin(), members.end());
                clusters[a].members = members;
                clusters[a].center = meanOf(positions, members);
                clusters.removeAt(b);
                merged = true;
                break;
            }
        }
    }
    std::sort(clusters.begin(), clusters.end(),
        [](const MarkerCluster& x, const MarkerCluster& y) { return x.members.first() < y.members.first(); });
    return clusters;
}

} // namespace Barista
