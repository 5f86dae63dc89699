// SPDX-License-Identifier: GPL-3.0-or-later
// The Kubernetes Engine API v1 subset of the GCP test server, under
// /container/v1/projects/{project}/locations/{location}/:
//   GET|POST clusters          (list: {"clusters": [...]}, no paging, as GKE)
//   GET|DELETE clusters/{name}
//   GET operations/{op}        (a container Operation: PENDING/RUNNING/DONE)
// Clusters live in GcpComputeState (key "projects/p/locations/l/clusters/c") so a test reads
// them as the server holds them; create checks the network and subnetwork in the same state
// (Compute's), the node pools and the labels, and answers an Operation at once. A cluster is
// PROVISIONING for readsToSettle reads (get or list), then RUNNING with its endpoint and its
// node pools RUNNING, and its CREATE_CLUSTER Operation DONE. A delete makes it STOPPING for
// readsToSettle reads, then it is gone and its DELETE_CLUSTER Operation DONE. Errors in the
// shape GKE sends ({"error": {code, message, status, errors: [{reason}]}}).
#pragma once

#include "tests/servers/gcp/GcpComputeState.h"

#include <QStringList>

namespace Barista {

class GcpContainerRoutes
{
public:
    explicit GcpContainerRoutes(GcpComputeState& state);

    // segments: the path after projects/{project}/.
    GcpOutcome handle(
        const QByteArray& method, const QString& project, const QStringList& segments, const QJsonObject& body);

    void setReadsToSettle(int reads) { m_readsToSettle = qMax(0, reads); }
    static QString defaultVersion() { return QStringLiteral("1.30.5-gke.1014001"); }

private:
    GcpOutcome create(const QString& project, const QString& location, const QJsonObject& body);
    GcpOutcome remove(const QString& path);
    // A read of a cluster: one step of its state machine; false when it is gone by now.
    bool read(const QString& path);
    QJsonObject startOperation(
        const QString& project, const QString& location, const QString& type, const QString& clusterPath);
    GcpOutcome operation(const QString& path);
    QString selfLink(const QString& path) const;

    GcpComputeState& m_state;
    QMap<QString, QJsonObject> m_operations; // path -> Operation (without its live status)
    QMap<QString, int> m_reads; // cluster path -> reads in its current transitional status
    int m_readsToSettle = 1;
    int m_endpointCounter = 10;
};

} // namespace Barista
