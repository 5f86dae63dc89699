// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/gcp/GcpContainerRoutes.h"

#include "tests/servers/gcp/GcpServerJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Barista {

namespace {

using GcpServerJson::last;
using GcpServerJson::str;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

GcpApiError badRequest(const QString& message)
{
    return { 400, QStringLiteral("badRequest"), message };
}

std::optional<GcpApiError> checkLabels(const QJsonObject& labels, const QString& field)
{
    static const QRegularExpression key(QStringLiteral("^[a-z][a-z0-9_-]{0,62}$"));
    static const QRegularExpression value(QStringLiteral("^[a-z0-9_-]{0,63}$"));
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
        if (!key.match(it.key()).hasMatch() || !value.match(it.value().toString()).hasMatch())
            return badRequest(QStringLiteral("Invalid value for field \"%1\": label \"%2\"=\"%3\" is invalid.")
                                  .arg(field, it.key(), it.value().toString()));
    }
    return std::nullopt;
}

} // namespace

GcpContainerRoutes::GcpContainerRoutes(GcpComputeState& state)
    : m_state(state)
{
}

QString GcpContainerRoutes::selfLink(const QString& path) const
{
    QString base = m_state.base();
    base.replace(QLatin1String("compute/v1/"), QLatin1String("container/v1/"));
    return base + path;
}

GcpOutcome GcpContainerRoutes::handle(
    const QByteArray& method, const QString& project, const QStringList& s, const QJsonObject& body)
{
    // locations/{l}/{clusters|operations}[/{name}]
    if (s.size() < 3 || s.size() > 4 || s.at(0) != QLatin1String("locations"))
        return GcpOutcome::fail(GcpApiError::notFound(s.join(QLatin1Char('/'))));
    const QString location = s.at(1);
    const QString collection = QStringLiteral("projects/%1/locations/%2/%3").arg(project, location, s.at(2));
    if (s.at(2) == QLatin1String("operations") && s.size() == 4 && method == "GET")
        return operation(collection + QLatin1Char('/') + s.at(3));
    if (s.at(2) != QLatin1String("clusters"))
        return GcpOutcome::fail(GcpApiError::notFound(collection));
    if (s.size() == 3) {
        if (method == "POST")
            return create(project, location, body.value(QLatin1String("cluster")).toObject());
        if (method != "GET")
            return GcpOutcome::fail(
                { 405, QStringLiteral("httpMethodNotAllowed"), QStringLiteral("Method not allowed") });
        QJsonArray clusters;
        for (const QString& path : m_state.children(collection)) {
            if (read(path))
                clusters.append(m_state.at(path));
        }
        return { QJsonObject { { QStringLiteral("clusters"), clusters } }, std::nullopt };
    }
    const QString path = collection + QLatin1Char('/') + s.at(3);
    const GcpApiError missing { 404, QStringLiteral("notFound"), QStringLiteral("Not found: %1.").arg(path) };
    if (!m_state.has(path))
        return GcpOutcome::fail(missing);
    if (method == "DELETE")
        return remove(path);
    if (method != "GET")
        return GcpOutcome::fail({ 405, QStringLiteral("httpMethodNotAllowed"), QStringLiteral("Method not allowed") });
    if (!read(path))
        return GcpOutcome::fail(missing);
    return { m_state.at(path), std::nullopt };
}

bool GcpContainerRoutes::read(const QString& path)
{
    QJsonObject& cluster = m_state.at(path);
    const QString status = str(cluster, "status");
    if (status != QLatin1String("PROVISIONING") && status != QLatin1String("STOPPING"))
        return true;
    if (m_reads.value(path) < m_readsToSettle) {
        ++m_reads[path];
        return true;
    }
    m_reads.remove(path);
    if (status == QLatin1String("STOPPING")) {
        m_state.resources().remove(path);
        return false;
    }
    cluster.insert(QStringLiteral("status"), QStringLiteral("RUNNING"));
    cluster.insert(QStringLiteral("endpoint"),
        QStringLiteral("34.64.%1.%2").arg(m_endpointCounter / 250).arg(m_endpointCounter % 250 + 2));
    ++m_endpointCounter;
    cluster.insert(QStringLiteral("servicesIpv4Cidr"), QStringLiteral("34.118.224.0/20"));
    QJsonArray pools;
    int nodes = 0;
    for (const QJsonValue& value : cluster.value(QLatin1String("nodePools")).toArray()) {
        QJsonObject pool = value.toObject();
        pool.insert(QStringLiteral("status"), QStringLiteral("RUNNING"));
        nodes += pool.value(QLatin1String("initialNodeCount")).toInt();
        pools.append(pool);
    }
    cluster.insert(QStringLiteral("nodePools"), pools);
    cluster.insert(QStringLiteral("currentNodeCount"), nodes);
    return true;
}

GcpOutcome GcpContainerRoutes::create(const QString& project, const QString& location, const QJsonObject& input)
{
    static const QRegularExpression nameRule(QStringLiteral("^[a-z](?:[-a-z0-9]{0,38}[a-z0-9])?$"));
    const QString name = str(input, "name");
    if (!nameRule.match(name).hasMatch())
        return GcpOutcome::fail(badRequest(
            QStringLiteral("Invalid value for field \"cluster.name\": \"%1\". Must be a match of regex "
                           "'(?:[a-z](?:[-a-z0-9]{0,38}[a-z0-9])?)' (only alphanumerics and '-' allowed, must start "
                           "with a letter and end with an alphanumeric, and must be no longer than 40 characters).")
                .arg(name)));
    const QString path = QStringLiteral("projects/%1/locations/%2/clusters/%3").arg(project, location, name);
    if (m_state.has(path))
        return GcpOutcome::fail(
            { 409, QStringLiteral("alreadyExists"), QStringLiteral("Already exists: %1.").arg(path) });
    // The network and subnetwork are Compute's, looked up in the same project.
    const QString network = last(str(input, "network").isEmpty() ? QStringLiteral("default") : str(input, "network"));
    if (!m_state.has(QStringLiteral("projects/%1/global/networks/%2").arg(project, network)))
        return GcpOutcome::fail(
            badRequest(QStringLiteral("Project \"%1\" has no network named \"%2\".").arg(project, network)));
    const QString region = location.count(QLatin1Char('-')) >= 2 ? location.section(QLatin1Char('-'), 0, -2) : location;
    const QString subnetName = last(str(input, "subnetwork"));
    if (subnetName.isEmpty())
        return GcpOutcome::fail(
            badRequest(QStringLiteral("Network \"%1\" uses manual subnet mode and requires specifying a subnetwork.")
                           .arg(network)));
    const QString subnetPath = QStringLiteral("projects/%1/regions/%2/subnetworks/%3").arg(project, region, subnetName);
    if (!m_state.has(subnetPath))
        return GcpOutcome::fail(badRequest(QStringLiteral("Subnetwork \"%1\" does not exist.").arg(subnetPath)));
    if (last(str(m_state.at(subnetPath), "network")) != network)
        return GcpOutcome::fail(
            badRequest(QStringLiteral("Subnetwork \"%1\" is not valid for Network \"%2\".").arg(subnetPath, network)));
    if (const auto bad = checkLabels(
            input.value(QLatin1String("resourceLabels")).toObject(), QStringLiteral("cluster.resource_labels")))
        return GcpOutcome::fail(*bad);
    const QString version = str(input, "initialClusterVersion").isEmpty()
            || str(input, "initialClusterVersion") == QLatin1String("latest")
        ? defaultVersion()
        : str(input, "initialClusterVersion");
    QJsonArray pools = input.value(QLatin1String("nodePools")).toArray();
    if (pools.isEmpty() && input.value(QLatin1String("initialNodeCount")).toInt() <= 0)
        return GcpOutcome::fail(badRequest(QStringLiteral("Cluster.initial_node_count must be greater than zero.")));
    QJsonArray stored;
    for (const QJsonValue& value : pools) {
        QJsonObject pool = value.toObject();
        const QString poolName = str(pool, "name");
        if (poolName.isEmpty())
            return GcpOutcome::fail(badRequest(QStringLiteral("Node_pool.name must be specified.")));
        if (pool.value(QLatin1String("initialNodeCount")).toInt() <= 0)
            return GcpOutcome::fail(badRequest(
                QStringLiteral("Node_pool \"%1\": initial_node_count must be greater than zero.").arg(poolName)));
        const QJsonObject scaling = pool.value(QLatin1String("autoscaling")).toObject();
        if (scaling.value(QLatin1String("enabled")).toBool()
            && scaling.value(QLatin1String("minNodeCount")).toInt()
                > scaling.value(QLatin1String("maxNodeCount")).toInt())
            return GcpOutcome::fail(badRequest(
                QStringLiteral("Node_pool \"%1\": max_node_count must be >= min_node_count.").arg(poolName)));
        QJsonObject config = pool.value(QLatin1String("config")).toObject();
        if (const auto bad = checkLabels(config.value(QLatin1String("resourceLabels")).toObject(),
                QStringLiteral("node_pool.config.resource_labels")))
            return GcpOutcome::fail(*bad);
        if (str(config, "machineType").isEmpty())
            config.insert(QStringLiteral("machineType"), QStringLiteral("e2-medium"));
        if (config.value(QLatin1String("diskSizeGb")).toInt() <= 0)
            config.insert(QStringLiteral("diskSizeGb"), 100);
        if (str(config, "imageType").isEmpty())
            config.insert(QStringLiteral("imageType"), QStringLiteral("COS_CONTAINERD"));
        config.insert(QStringLiteral("diskType"), QStringLiteral("pd-balanced"));
        pool.insert(QStringLiteral("config"), config);
        pool.insert(QStringLiteral("version"), version);
        pool.insert(QStringLiteral("status"), QStringLiteral("PROVISIONING"));
        pool.insert(QStringLiteral("locations"), QJsonArray { location });
        pool.insert(QStringLiteral("selfLink"), selfLink(path + QStringLiteral("/nodePools/") + poolName));
        pool.insert(QStringLiteral("podIpv4CidrSize"), 24);
        stored.append(pool);
    }
    QJsonObject cluster = input;
    cluster.insert(QStringLiteral("network"), network);
    cluster.insert(QStringLiteral("subnetwork"), subnetName);
    cluster.insert(QStringLiteral("nodePools"), stored);
    cluster.insert(QStringLiteral("initialClusterVersion"), version);
    cluster.insert(QStringLiteral("currentMasterVersion"), version);
    cluster.insert(QStringLiteral("status"), QStringLiteral("PROVISIONING"));
    cluster.insert(QStringLiteral("endpoint"), QString());
    cluster.insert(QStringLiteral("location"), location);
    cluster.insert(QStringLiteral("zone"), location);
    cluster.insert(QStringLiteral("locations"), QJsonArray { location });
    cluster.insert(QStringLiteral("selfLink"), selfLink(path));
    cluster.insert(QStringLiteral("createTime"), now());
    cluster.insert(QStringLiteral("id"),
        QString(QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, QLatin1Char('0'))
            + QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, QLatin1Char('0'))));
    cluster.insert(QStringLiteral("clusterIpv4Cidr"), QStringLiteral("10.4.0.0/14"));
    cluster.insert(QStringLiteral("labelFingerprint"), GcpComputeState::fingerprint().left(8));
    cluster.insert(QStringLiteral("loggingService"), QStringLiteral("logging.googleapis.com/kubernetes"));
    cluster.insert(QStringLiteral("monitoringService"), QStringLiteral("monitoring.googleapis.com/kubernetes"));
    m_state.at(path) = cluster;
    m_reads.remove(path);
    return { startOperation(project, location, QStringLiteral("CREATE_CLUSTER"), path), std::nullopt };
}

GcpOutcome GcpContainerRoutes::remove(const QString& path)
{
    QJsonObject& cluster = m_state.at(path);
    if (str(cluster, "status") == QLatin1String("STOPPING")
        || str(cluster, "status") == QLatin1String("PROVISIONING")) {
        QString running;
        for (auto it = m_operations.cbegin(); it != m_operations.cend(); ++it) {
            if (str(it.value(), "targetLink") == selfLink(path))
                running = str(it.value(), "name");
        }
        return GcpOutcome::fail({ 400, QStringLiteral("failedPrecondition"),
            QStringLiteral("Operation %1 is currently %2 cluster %3. Please wait and try again once it is done.")
                .arg(running,
                    str(cluster, "status") == QLatin1String("STOPPING") ? QStringLiteral("deleting")
                                                                        : QStringLiteral("creating"),
                    last(path)) });
    }
    cluster.insert(QStringLiteral("status"), QStringLiteral("STOPPING"));
    m_reads.remove(path);
    const QString project = path.section(QLatin1Char('/'), 1, 1);
    const QString location = path.section(QLatin1Char('/'), 3, 3);
    return { startOperation(project, location, QStringLiteral("DELETE_CLUSTER"), path), std::nullopt };
}

QJsonObject GcpContainerRoutes::startOperation(
    const QString& project, const QString& location, const QString& type, const QString& clusterPath)
{
    const QString name = QStringLiteral("operation-%1-%2")
                             .arg(QDateTime::currentMSecsSinceEpoch())
                             .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const QString path = QStringLiteral("projects/%1/locations/%2/operations/%3").arg(project, location, name);
    const QJsonObject op { { QStringLiteral("name"), name }, { QStringLiteral("zone"), location },
        { QStringLiteral("location"), location }, { QStringLiteral("operationType"), type },
        { QStringLiteral("status"), QStringLiteral("RUNNING") }, { QStringLiteral("selfLink"), selfLink(path) },
        { QStringLiteral("targetLink"), selfLink(clusterPath) }, { QStringLiteral("startTime"), now() } };
    m_operations.insert(path, op);
    return op;
}

GcpOutcome GcpContainerRoutes::operation(const QString& path)
{
    if (!m_operations.contains(path))
        return GcpOutcome::fail({ 404, QStringLiteral("notFound"), QStringLiteral("Not found: %1.").arg(path) });
    QJsonObject& op = m_operations[path];
    if (str(op, "status") != QLatin1String("DONE")) {
        // DONE once the cluster reached where the operation leads: RUNNING, or gone.
        const QString cluster = str(op, "targetLink").section(QStringLiteral("container/v1/"), 1);
        const bool created = str(op, "operationType") == QLatin1String("CREATE_CLUSTER") && m_state.has(cluster)
            && str(m_state.at(cluster), "status") == QLatin1String("RUNNING");
        const bool deleted = str(op, "operationType") == QLatin1String("DELETE_CLUSTER") && !m_state.has(cluster);
        if (created || deleted) {
            op.insert(QStringLiteral("status"), QStringLiteral("DONE"));
            op.insert(QStringLiteral("endTime"), now());
        }
    }
    return { op, std::nullopt };
}

} // namespace Barista
