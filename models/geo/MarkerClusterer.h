// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

namespace Barista {

/// A group of markers drawn as one: the mean of its members' positions and their indices
/// (ascending) into the input list.
struct MarkerCluster
{
    QPointF center;
    QList<int> members;

    bool operator==(const MarkerCluster&) const = default;
};

/// Groups markers that would overlap at the current zoom (Seoul, Frankfurt and northern
/// Virginia each host many providers' regions). Positions are in pixels; two markers belong
/// together when their centres are within radius. The result depends only on the input (not
/// on hashing or timing): seeds are taken in input order, then clusters whose centres are
/// still within radius are merged until none are. Clusters come out ordered by their
/// smallest member index.
class MarkerClusterer
{
public:
    static QList<MarkerCluster> cluster(const QList<QPointF>& positions, double radius);
};

} // namespace Barista
