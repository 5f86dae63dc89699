// SPDX-License-Identifier: GPL-3.0-or-later
// The GCP test server's zonal verbs (POST zones/{z}/{collection}/{name}/{verb}):
//   instances/{i}/{stop|start|suspend|resume|reset|attachDisk|detachDisk}   (state transitions)
//   disks/{d}/resize                                                         (only larger)
//   instanceGroups/{g}/addInstances   members of the group's zone, one network/subnetwork (the
//                                     group's, set by its first member), no member twice
//                                     (memberAlreadyExists); an Operation
//   instanceGroups/{g}/listInstances  {instanceState: ALL|RUNNING}: the members at once, no Operation
#pragma once

#include "tests/servers/gcp/GcpComputeState.h"

namespace Barista {

class GcpComputeVerbs
{
public:
    explicit GcpComputeVerbs(GcpComputeState& state);

    void setUser(const QString& user) { m_user = user; }
    GcpOutcome instanceVerb(const QString& project, const QString& zone, const QString& name, const QString& verb,
        const QUrlQuery& query, const QJsonObject& body);
    GcpOutcome resizeDisk(const QString& project, const QString& zone, const QString& name, const QUrlQuery& query,
        const QJsonObject& body);
    GcpOutcome instanceGroupVerb(const QString& project, const QString& zone, const QString& name, const QString& verb,
        const QUrlQuery& query, const QJsonObject& body);

private:
    QJsonObject operation(const QString& project, const QString& zone, const QString& type, const QString& target,
        const QUrlQuery& query, GcpEffect effect);

    GcpComputeState& m_state;
    QString m_user;
};

} // namespace Barista
