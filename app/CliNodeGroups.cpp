// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CliNodeGroups.h"

#include "app/CliSupport.h"
#include "models/domain/ResourceKindLabel.h"
#include "models/workspace/NodeGroupFollowUp.h"
#include "models/workspace/ResourceService.h"

#include <QCoreApplication>

namespace Barista::CliNodeGroups {

using namespace CliSupport;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

bool showsNodeGroups(const Resource& resource, const QStringList& groups)
{
    const auto* cluster = resource.as<ClusterInfo>();
    if (!cluster)
        return true;
    for (const QString& name : groups) {
        bool settled = false;
        for (const NodeGroupInfo& g : cluster->nodeGroups) {
            if (g.iid.nameId == name)
                settled = g.status != NodeGroupStatus::Creating && g.status != NodeGroupStatus::Updating;
        }
        if (!settled)
            return false;
    }
    return true;
}

Result<Resource> awaitNodeGroups(ResourceService& service, const QString& connection, const Resource& created,
                                 bool* followed)
{
    NodeGroupFollowUp* followUp = service.nodeGroupFollowUp();
    const QString name = created.iid().nameId;
    const auto pending = followUp->following(connection, name);
    *followed = pending.has_value();
    if (!pending)
        return created;
    QString lastStatus;
    const QMetaObject::Connection waiting = QObject::connect(
        followUp, &NodeGroupFollowUp::waiting, followUp,
        [&](const QString& conn, const QString& cluster, const QString& status) {
            if (conn != connection || cluster != name || status == lastStatus)
                return;
            lastStatus = status;
            err() << Tr::tr("cluster '%1' is %2; its node groups will be added once it is active")
                         .arg(name, resourceStatusLabel(status))
                  << Qt::endl;
        });
    const QMetaObject::Connection resending
        = QObject::connect(followUp, &NodeGroupFollowUp::resending, followUp, [&](const QString& conn, const QString& cluster) {
              if (conn == connection && cluster == name)
                  err() << Tr::tr("cluster '%1' is active; adding its node groups").arg(name) << Qt::endl;
          });
    err() << Tr::tr("waiting for cluster '%1' to become active before adding its node groups").arg(name) << Qt::endl;
    const Result<Resource> outcome = await(*pending);
    QObject::disconnect(waiting);
    QObject::disconnect(resending);
    return outcome;
}

void warnIfFollowUpDropped(ResourceService& service, const QString& connection, const Resource& created)
{
    const QString name = created.iid().nameId;
    if (!service.nodeGroupFollowUp()->following(connection, name))
        return;
    err() << Tr::tr("note: the cloud takes the node groups of cluster '%1' only once it is active, which this "
                    "command does not wait for: the console adds them while it runs (create with --wait to "
                    "have the command do it)")
                 .arg(name)
          << Qt::endl;
}

} // namespace Barista::CliNodeGroups
