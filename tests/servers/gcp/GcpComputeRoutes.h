// SPDX-License-Identifier: GPL-3.0-or-later
// The Compute Engine API v1 subset of the GCP test server, under /compute/v1/projects/{project}/:
//   GET  (project)                         POST setCommonInstanceMetadata
//   GET  regions[/{r}], zones[/{z}], zones/{z}/machineTypes[/{m}], global/images[/{i}]
//   GET|POST global/networks, GET|DELETE global/networks/{n}          (custom mode only)
//   GET|POST regions/{r}/subnetworks, GET|DELETE .../{s}
//   GET|POST global/firewalls, GET|DELETE global/firewalls/{f}
//   GET|POST zones/{z}/instances, GET|DELETE .../{i},
//       POST .../{i}/{stop|start|suspend|resume|reset|attachDisk|detachDisk}      (GcpComputeVerbs)
//   GET|POST zones/{z}/disks, GET|DELETE .../{d}, POST .../{d}/resize
//   GET|POST global/machineImages, GET|DELETE .../{m}                  (GcpMachineImageInsert)
//   GET|POST global/httpHealthChecks, regions/{r}/targetPools, regions/{r}/forwardingRules,
//       GET|DELETE .../{name}                                           (GcpLoadBalancerInsert)
//   GET|POST {global|regions/{r}}/healthChecks, regions/{r}/backendServices, zones/{z}/instanceGroups,
//       GET|DELETE .../{name}; POST instanceGroups/{g}/{addInstances|listInstances}
//                                                   (GcpInternalLbInsert, GcpComputeVerbs)
//   GET  {zones/{z}|regions/{r}|global}/operations/{op}   POST .../{op}/wait
// Instances: PROVISIONING -> STAGING (insert DONE) -> RUNNING (next read); stop: STOPPING ->
// TERMINATED; suspend: SUSPENDING -> SUSPENDED; delete: STOPPING -> gone. Disks: CREATING ->
// READY. Machine images: CREATING -> READY, delete: DELETING -> gone. Effects apply when the Operation is DONE.
#pragma once

#include "tests/servers/gcp/GcpComputeState.h"
#include "tests/servers/gcp/GcpComputeVerbs.h"

#include <QStringList>

namespace Barista {

class GcpComputeRoutes
{
public:
    explicit GcpComputeRoutes(GcpComputeState& state);

    // segments: the path after projects/{project}/.
    GcpOutcome handle(const QByteArray& method, const QString& project, const QStringList& segments,
        const QUrlQuery& query, const QJsonObject& body, const QString& user);

private:
    GcpOutcome getOrList(const QString& project, const QStringList& segments, const QUrlQuery& query);
    GcpOutcome insert(
        const QString& project, const QStringList& segments, const QUrlQuery& query, const QJsonObject& body);
    GcpOutcome remove(const QString& project, const QStringList& segments, const QUrlQuery& query);
    GcpOutcome setMetadata(const QString& project, const QUrlQuery& query, const QJsonObject& body);

    std::optional<GcpApiError> checkName(const QJsonObject& body) const;
    static std::optional<GcpApiError> checkLabels(const QJsonObject& body);
    QJsonObject operation(const QString& project, const QString& scope, const QString& scopeName, const QString& type,
        const QString& target, const QUrlQuery& query, GcpEffect effect);
    QString user() const { return m_user; }

    GcpComputeState& m_state;
    GcpComputeVerbs m_verbs { m_state };
    QString m_user;
    int m_ipCounter = 2;
};

} // namespace Barista
