// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Magnum (container-infra v1) as the OpenStack adapter's tests need it, on a FakeHttpServer next
// to FakeKeystone, served under /container-infra/v1. It checks the token and the microversion
// header (none = 1.1 as Magnum does; nodegroups need 1.9; above 1.11 is 406), validates a cluster
// create the way Magnum's API does (name pattern, template by uuid or name, flavors, keypair,
// fixed network/subnet), merges labels with the template's when merge_labels is set, and moves
// clusters through Heat's states on later GETs: CREATE_IN_PROGRESS -> CREATE_COMPLETE (API
// address, coe_version), DELETE_IN_PROGRESS -> gone. Collections page with limit/marker and a
// "next" link; errors are Magnum's {"errors": [{request_id, code, status, title, detail, links}]}.

#include "tests/providers/FakeHttpServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>
#include <optional>

namespace Barista::Test {

class FakeMagnum
{
public:
    struct Cluster
    {
        QJsonObject body;
        QJsonArray nodegroups;
        int reads = 0; ///< GETs of this cluster while it is moving between states
    };

    QStringList flavors { QStringLiteral("m1.small"), QStringLiteral("m1.medium") };
    QStringList keypairs { QStringLiteral("my-key") };
    QStringList networks { QStringLiteral("private") };
    QStringList subnets { QStringLiteral("private-subnet") };
    QList<QJsonObject> templates { kubernetesTemplate(QStringLiteral("k8s-1.27"), QStringLiteral("v1.27.4")) };
    int readsWhileCreating = 1; ///< GETs that still show CREATE_IN_PROGRESS
    std::optional<FakeReply> nextFault; ///< answered once, instead of the next POST/DELETE of a cluster
    QList<Cluster> clusters; ///< in creation order (Magnum sorts by id)
    QStringList versionsSeen;

    static QString prefix() { return QStringLiteral("/container-infra/v1"); }

    static QJsonObject kubernetesTemplate(const QString& name, const QString& kubeTag)
    {
        return QJsonObject { { QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral("name"), name }, { QStringLiteral("coe"), QStringLiteral("kubernetes") },
            { QStringLiteral("image_id"), QStringLiteral("fedora-coreos-38") }, { QStringLiteral("flavor_id"), QStringLiteral("m1.small") },
            { QStringLiteral("master_flavor_id"), QStringLiteral("m1.medium") }, { QStringLiteral("keypair_id"), QJsonValue() },
            { QStringLiteral("network_driver"), QStringLiteral("calico") }, { QStringLiteral("public"), true },
            { QStringLiteral("labels"), QJsonObject { { QStringLiteral("kube_tag"), kubeTag },
                                            { QStringLiteral("cloud_provider_enabled"), QStringLiteral("true") } } } };
    }

    static FakeReply error(int status, const QString& detail, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        // Magnum's ParsableErrorMiddleware: title is the fault string up to its first '.'.
        const QJsonObject one { { QStringLiteral("request_id"), QString() },
            { QStringLiteral("code"), status >= 500 ? QStringLiteral("server") : QStringLiteral("client") },
            { QStringLiteral("status"), status }, { QStringLiteral("title"), detail.section(QLatin1Char('.'), 0, 0) },
            { QStringLiteral("detail"), detail }, { QStringLiteral("links"), QJsonArray() } };
        return FakeReply::json(status, { { QStringLiteral("errors"), QJsonArray { one } } }, headers);
    }

    Cluster* find(const QString& ident)
    {
        for (Cluster& c : clusters) {
            if (c.body.value(QLatin1String("uuid")).toString() == ident)
                return &c;
        }
        return nullptr;
    }
    int countNamed(const QString& name) const
    {
        int n = 0;
        for (const Cluster& c : clusters)
            n += c.body.value(QLatin1String("name")).toString() == name ? 1 : 0;
        return n;
    }

    /// A cluster that is already CREATE_COMPLETE (for list tests).
    QString seed(const QString& name, int nodes = 1)
    {
        QJsonObject body { { QStringLiteral("name"), name }, { QStringLiteral("node_count"), nodes },
            { QStringLiteral("master_count"), 1 }, { QStringLiteral("labels"), QJsonObject() } };
        const QString uuid = add(body, templates.first());
        complete(*find(uuid));
        return uuid;
    }

    std::optional<FakeReply> handle(const FakeRequest& r, const QByteArray& token, const QUrl& base)
    {
        if (!r.path().startsWith(prefix() + QLatin1Char('/')))
            return std::nullopt;
        if (r.header("X-Auth-Token") != token)
            return FakeReply::json(401, { { QStringLiteral("error"), QJsonObject { { QStringLiteral("code"), 401 },
                { QStringLiteral("title"), QStringLiteral("Unauthorized") },
                { QStringLiteral("message"), QStringLiteral("The request you have made requires authentication.") } } } });
        int minor = 1; // no header: Magnum serves its base version 1.1
        const QString header = QString::fromLatin1(r.header("OpenStack-API-Version"));
        if (header.startsWith(QLatin1String("container-infra "))) {
            versionsSeen.append(header);
            const QString version = header.mid(16).trimmed();
            static const QRegularExpression form(QStringLiteral("^1\\.(\\d+)$"));
            const QRegularExpressionMatch m = form.match(version);
            if (!m.hasMatch() || m.captured(1).toInt() > 11)
                return error(406, QStringLiteral("Version %1 was requested but the minor version is not supported by this service. "
                                                 "The supported version range is: [1.1, 1.11].").arg(version));
            minor = m.captured(1).toInt();
        }
        const QList<QPair<QByteArray, QByteArray>> versionHeaders { { "OpenStack-API-Minimum-Version", "container-infra 1.1" },
            { "OpenStack-API-Maximum-Version", "container-infra 1.11" },
            { "OpenStack-API-Version", "container-infra 1." + QByteArray::number(minor) } };
        FakeReply reply = route(r, base, minor);
        reply.headers += versionHeaders;
        return reply;
    }

private:
    FakeReply route(const FakeRequest& r, const QUrl& base, int minor)
    {
        const QStringList parts = r.path().mid(prefix().size() + 1).split(QLatin1Char('/'));
        if (r.method == "GET" && parts == QStringList { QStringLiteral("clustertemplates") }) {
            QJsonArray all;
            for (const QJsonObject& t : templates)
                all.append(t);
            return FakeReply::json(200, { { QStringLiteral("clustertemplates"), all } });
        }
        if (parts.first() != QLatin1String("clusters"))
            return error(404, QStringLiteral("The resource could not be found."));
        if (parts.size() == 1 && r.method == "GET")
            return listClusters(r, base);
        if (parts.size() == 1 && r.method == "POST")
            return createCluster(r.json());
        const QString ident = parts.value(1);
        Cluster* cluster = find(ident);
        if (!cluster && countNamed(ident) > 1)
            return error(409, QStringLiteral("Multiple clusters exist with same name. Please use the cluster uuid instead."));
        for (Cluster& c : clusters) {
            if (!cluster && c.body.value(QLatin1String("name")).toString() == ident)
                cluster = &c;
        }
        if (!cluster)
            return error(404, QStringLiteral("Cluster %1 could not be found.").arg(ident));
        if (parts.size() == 3 && parts[2] == QLatin1String("nodegroups")) {
            if (minor < 9)
                return error(404, QStringLiteral("The resource could not be found."));
            if (r.method == "POST")
                return createNodegroup(*cluster, r.json());
            const QJsonArray shown = cluster->nodegroups;
            // A nodegroup being made shows CREATE_IN_PROGRESS once, then CREATE_COMPLETE.
            for (qsizetype i = 0; i < cluster->nodegroups.size(); ++i) {
                QJsonObject g = cluster->nodegroups[i].toObject();
                if (g.value(QLatin1String("status")).toString() == QLatin1String("CREATE_IN_PROGRESS")
                    && cluster->body.value(QLatin1String("status")).toString() == QLatin1String("CREATE_COMPLETE")) {
                    g.insert(QLatin1String("status"), QStringLiteral("CREATE_COMPLETE"));
                    cluster->nodegroups[i] = g;
                }
            }
            return FakeReply::json(200, { { QStringLiteral("nodegroups"), shown } });
        }
        if (parts.size() != 2)
            return error(404, QStringLiteral("The resource could not be found."));
        if (r.method == "DELETE") {
            if (nextFault)
                return takeFault();
            cluster->body.insert(QLatin1String("status"), QStringLiteral("DELETE_IN_PROGRESS"));
            cluster->reads = 0;
            return FakeReply::raw(204, QByteArray());
        }
        if (r.method != "GET")
            return error(405, QStringLiteral("The method specified is not allowed for this resource."));
        return readCluster(*cluster);
    }

    FakeReply createNodegroup(Cluster& cluster, const QJsonObject& body)
    {
        // Magnum's NodeGroupController.post, in its order of checks.
        const QString clusterName = cluster.body.value(QLatin1String("name")).toString();
        if (cluster.body.value(QLatin1String("api_address")).toString().isEmpty())
            return error(409, QStringLiteral("Cluster API address is not available yet"));
        const QString name = body.value(QLatin1String("name")).toString();
        for (const QJsonValue& g : std::as_const(cluster.nodegroups)) {
            if (g.toObject().value(QLatin1String("name")).toString() == name)
                return error(409, QStringLiteral("A node group with name %1 already exists in the cluster %2.").arg(name, clusterName));
        }
        const int count = body.value(QLatin1String("node_count")).toInt(1);
        const int min = body.value(QLatin1String("min_node_count")).toInt(1);
        const int max = body.value(QLatin1String("max_node_count")).toInt(0);
        if (max > 0 && count > max)
            return error(409, QStringLiteral("max_node_count for %1 is invalid (node_count (%2) should be less or equal to max_node_count (%3)).")
                                  .arg(name).arg(count).arg(max));
        if (min > count)
            return error(409, QStringLiteral("min_node_count for %1 is invalid (min_node_count (%2) should be less or equal to node_count (%3)).")
                                  .arg(name).arg(min).arg(count));
        if (body.value(QLatin1String("role")).toString() == QLatin1String("master"))
            return error(400, QStringLiteral("Creating master nodegroups is currently not supported."));
        const QJsonObject worker = cluster.nodegroups.last().toObject();
        const QJsonObject group { { QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral("name"), name }, { QStringLiteral("cluster_id"), cluster.body.value(QLatin1String("uuid")) },
            { QStringLiteral("flavor_id"), body.value(QLatin1String("flavor_id")).toString(cluster.body.value(QLatin1String("flavor_id")).toString()) },
            { QStringLiteral("image_id"), body.value(QLatin1String("image_id")).toString(worker.value(QLatin1String("image_id")).toString()) },
            { QStringLiteral("node_count"), count }, { QStringLiteral("min_node_count"), min },
            { QStringLiteral("max_node_count"), max > 0 ? QJsonValue(max) : QJsonValue() },
            { QStringLiteral("role"), body.value(QLatin1String("role")).toString(QStringLiteral("worker")) },
            { QStringLiteral("is_default"), false }, { QStringLiteral("status"), QStringLiteral("CREATE_IN_PROGRESS") },
            { QStringLiteral("labels"), body.contains(QLatin1String("labels")) ? body.value(QLatin1String("labels")) : cluster.body.value(QLatin1String("labels")) } };
        cluster.nodegroups.append(group);
        return FakeReply::json(202, group);
    }

    FakeReply takeFault()
    {
        FakeReply fault = *nextFault;
        nextFault.reset();
        return fault;
    }

    FakeReply readCluster(Cluster& cluster)
    {
        const QString status = cluster.body.value(QLatin1String("status")).toString();
        if (status == QLatin1String("DELETE_IN_PROGRESS") && cluster.reads++ >= 1) {
            const QString uuid = cluster.body.value(QLatin1String("uuid")).toString();
            clusters.removeIf([&uuid](const Cluster& c) { return c.body.value(QLatin1String("uuid")).toString() == uuid; });
            return error(404, QStringLiteral("Cluster %1 could not be found.").arg(uuid));
        }
        if (status == QLatin1String("CREATE_IN_PROGRESS") && cluster.reads++ >= readsWhileCreating)
            complete(cluster);
        return FakeReply::json(200, cluster.body);
    }

    FakeReply listClusters(const FakeRequest& r, const QUrl& base)
    {
        const QString limitText = r.query(QStringLiteral("limit"));
        const int limit = limitText.isEmpty() ? 1000 : limitText.toInt(); // Magnum's max_limit
        if (limit <= 0)
            return error(400, QStringLiteral("Limit must be positive"));
        const QString marker = r.query(QStringLiteral("marker"));
        int start = 0;
        if (!marker.isEmpty()) {
            while (start < clusters.size() && clusters[start].body.value(QLatin1String("uuid")).toString() != marker)
                ++start;
            if (start == clusters.size())
                return error(404, QStringLiteral("Cluster %1 could not be found.").arg(marker));
            ++start;
        }
        QJsonArray page;
        for (int i = start; i < clusters.size() && page.size() < limit; ++i) {
            QJsonObject brief;
            for (const char* key : { "uuid", "name", "cluster_template_id", "keypair", "node_count", "master_count", "status",
                     "create_timeout", "stack_id", "health_status", "links" })
                brief.insert(QLatin1String(key), clusters[i].body.value(QLatin1String(key)));
            page.append(brief);
        }
        QJsonObject body { { QStringLiteral("clusters"), page } };
        if (page.size() == limit) // Magnum's Collection.has_next: a full page has a next link
            body.insert(QLatin1String("next"), QString(base.toString(QUrl::StripTrailingSlash) + prefix()
                    + QStringLiteral("/clusters?limit=%1&sort_key=id&sort_dir=asc&marker=%2")
                          .arg(limit).arg(page.last().toObject().value(QLatin1String("uuid")).toString())));
        return FakeReply::json(200, body);
    }

    FakeReply createCluster(const QJsonObject& body)
    {
        if (nextFault)
            return takeFault();
        const QString name = body.value(QLatin1String("name")).toString();
        static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z][a-zA-Z0-9_.-]*$"));
        if (!pattern.match(name).hasMatch() || name.size() > 242)
            return error(400, QStringLiteral("Invalid input for field/attribute name. Value: '%1'. Value should match the pattern "
                                             "^[a-zA-Z][a-zA-Z0-9_.-]*$").arg(name));
        const QString templateId = body.value(QLatin1String("cluster_template_id")).toString();
        if (templateId.isEmpty())
            return error(400, QStringLiteral("Invalid input for field/attribute cluster_template_id. Mandatory field missing."));
        const QJsonObject* tmpl = nullptr;
        for (const QJsonObject& t : templates) {
            if (t.value(QLatin1String("uuid")).toString() == templateId || t.value(QLatin1String("name")).toString() == templateId)
                tmpl = &t;
        }
        if (!tmpl) // ClusterTemplateNotFound, turned into 400 for a create
            return error(400, QStringLiteral("ClusterTemplate %1 could not be found.").arg(templateId));
        if (body.value(QLatin1String("node_count")).toInt(1) < 0 || body.value(QLatin1String("master_count")).toInt(1) < 1)
            return error(400, QStringLiteral("Invalid input for field/attribute node_count. Value should be greater or equal to 0"));
        for (const char* key : { "flavor_id", "master_flavor_id" }) {
            const QString flavor = body.value(QLatin1String(key)).toString(tmpl->value(QLatin1String(key)).toString());
            if (!flavor.isEmpty() && !flavors.contains(flavor))
                return error(400, QStringLiteral("Unable to find flavor %1.").arg(flavor));
        }
        const QString keypair = body.value(QLatin1String("keypair")).toString(tmpl->value(QLatin1String("keypair_id")).toString());
        if (!keypair.isEmpty() && !keypairs.contains(keypair))
            return error(404, QStringLiteral("Unable to find keypair %1.").arg(keypair));
        const QString network = body.value(QLatin1String("fixed_network")).toString();
        if (!network.isEmpty() && !networks.contains(network))
            return error(400, QStringLiteral("Unable to find fixed network %1.").arg(network));
        const QString subnet = body.value(QLatin1String("fixed_subnet")).toString();
        if (!subnet.isEmpty() && !subnets.contains(subnet))
            return error(400, QStringLiteral("Unable to find fixed subnet %1.").arg(subnet));
        if (body.contains(QLatin1String("labels")) && !body.value(QLatin1String("labels")).isObject())
            return error(400, QStringLiteral("Invalid input for field/attribute labels. Value: '%1'. Wrong type. Expected "
                                             "'<class 'dict'>'").arg(body.value(QLatin1String("labels")).toString()));
        return FakeReply::json(202, { { QStringLiteral("uuid"), add(body, *tmpl) } });
    }

    QString add(const QJsonObject& request, const QJsonObject& tmpl)
    {
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject templateLabels = tmpl.value(QLatin1String("labels")).toObject();
        const QJsonObject asked = request.value(QLatin1String("labels")).toObject();
        const bool merge = request.value(QLatin1String("merge_labels")).toBool();
        QJsonObject labels = merge || !request.contains(QLatin1String("labels")) ? templateLabels : asked;
        QJsonObject added, overridden, skipped;
        for (auto it = asked.constBegin(); it != asked.constEnd(); ++it) {
            if (merge)
                labels.insert(it.key(), it.value());
            if (!templateLabels.contains(it.key()))
                added.insert(it.key(), it.value());
            else if (templateLabels.value(it.key()) != it.value())
                overridden.insert(it.key(), it.value());
        }
        for (auto it = templateLabels.constBegin(); it != templateLabels.constEnd(); ++it) {
            if (!labels.contains(it.key()))
                skipped.insert(it.key(), it.value());
        }
        const auto field = [&](const char* key, const char* templateKey) {
            return request.value(QLatin1String(key)).toString(tmpl.value(QLatin1String(templateKey)).toString());
        };
        const QString stack = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QJsonObject body { { QStringLiteral("uuid"), uuid }, { QStringLiteral("name"), request.value(QLatin1String("name")) },
            { QStringLiteral("cluster_template_id"), tmpl.value(QLatin1String("uuid")) },
            { QStringLiteral("keypair"), field("keypair", "keypair_id") }, { QStringLiteral("flavor_id"), field("flavor_id", "flavor_id") },
            { QStringLiteral("master_flavor_id"), field("master_flavor_id", "master_flavor_id") },
            { QStringLiteral("node_count"), request.value(QLatin1String("node_count")).toInt(1) },
            { QStringLiteral("master_count"), request.value(QLatin1String("master_count")).toInt(1) },
            { QStringLiteral("create_timeout"), request.value(QLatin1String("create_timeout")).toInt(60) },
            { QStringLiteral("fixed_network"), request.value(QLatin1String("fixed_network")) },
            { QStringLiteral("fixed_subnet"), request.value(QLatin1String("fixed_subnet")) },
            { QStringLiteral("labels"), labels }, { QStringLiteral("labels_added"), added },
            { QStringLiteral("labels_overridden"), overridden }, { QStringLiteral("labels_skipped"), skipped },
            { QStringLiteral("merge_labels"), merge }, { QStringLiteral("status"), QStringLiteral("CREATE_IN_PROGRESS") },
            { QStringLiteral("status_reason"), QJsonValue() }, { QStringLiteral("health_status"), QJsonValue() },
            { QStringLiteral("api_address"), QJsonValue() }, { QStringLiteral("coe_version"), QJsonValue() },
            { QStringLiteral("master_addresses"), QJsonArray() }, { QStringLiteral("node_addresses"), QJsonArray() },
            { QStringLiteral("stack_id"), stack }, { QStringLiteral("created_at"), QStringLiteral("2026-11-26T07:30:00+00:00") },
            { QStringLiteral("links"), QJsonArray() } };
        Cluster cluster { body, {}, 0 };
        const auto group = [&](const QString& name, const QString& role, int count, const QString& flavor) {
            return QJsonObject { { QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                { QStringLiteral("name"), name }, { QStringLiteral("flavor_id"), flavor }, { QStringLiteral("node_count"), count },
                { QStringLiteral("role"), role }, { QStringLiteral("is_default"), true },
                { QStringLiteral("image_id"), tmpl.value(QLatin1String("image_id")) }, { QStringLiteral("status"), QStringLiteral("CREATE_IN_PROGRESS") },
                { QStringLiteral("stack_id"), stack } };
        };
        cluster.nodegroups = { group(QStringLiteral("default-master"), QStringLiteral("master"), body.value(QLatin1String("master_count")).toInt(),
                                   body.value(QLatin1String("master_flavor_id")).toString()),
            group(QStringLiteral("default-worker"), QStringLiteral("worker"), body.value(QLatin1String("node_count")).toInt(),
                body.value(QLatin1String("flavor_id")).toString()) };
        clusters.append(cluster);
        return uuid;
    }

    void complete(Cluster& cluster)
    {
        QJsonObject& b = cluster.body;
        b.insert(QLatin1String("status"), QStringLiteral("CREATE_COMPLETE"));
        b.insert(QLatin1String("status_reason"), QStringLiteral("Stack CREATE completed successfully"));
        b.insert(QLatin1String("health_status"), QStringLiteral("HEALTHY"));
        b.insert(QLatin1String("api_address"), QStringLiteral("https://172.24.4.10:6443"));
        b.insert(QLatin1String("coe_version"), b.value(QLatin1String("labels"))[QLatin1String("kube_tag")].toString(QStringLiteral("v1.27.4")));
        b.insert(QLatin1String("master_addresses"), QJsonArray { QStringLiteral("172.24.4.10") });
        QJsonArray nodes;
        for (int i = 0; i < b.value(QLatin1String("node_count")).toInt(); ++i)
            nodes.append(QStringLiteral("10.0.0.%1").arg(20 + i));
        b.insert(QLatin1String("node_addresses"), nodes);
        for (qsizetype i = 0; i < cluster.nodegroups.size(); ++i) {
            QJsonObject g = cluster.nodegroups[i].toObject();
            g.insert(QLatin1String("status"), QStringLiteral("CREATE_COMPLETE"));
            cluster.nodegroups[i] = g;
        }
    }
};

} // namespace Barista::Test
