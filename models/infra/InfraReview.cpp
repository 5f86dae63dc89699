// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/infra/InfraReview.h"

#include <QJsonArray>

namespace Barista {

QString verdictName(NodeGroupReview::Verdict verdict)
{
    switch (verdict) {
    case NodeGroupReview::Verdict::Ok:
        return QStringLiteral("ok");
    case NodeGroupReview::Verdict::Warning:
        return QStringLiteral("warning");
    case NodeGroupReview::Verdict::Error:
        return QStringLiteral("error");
    }
    return QString();
}

std::optional<double> NodeGroupReview::costPerHour() const
{
    if (!pricePerHour)
        return std::nullopt;
    return *pricePerHour * nodeCount;
}

void NodeGroupReview::addError(const QString& message)
{
    verdict = Verdict::Error;
    messages.append(message);
}

void NodeGroupReview::addWarning(const QString& message)
{
    if (verdict == Verdict::Ok)
        verdict = Verdict::Warning;
    messages.append(message);
}

QJsonObject NodeGroupReview::toJson() const
{
    QJsonObject j{{QStringLiteral("nodeGroup"), group},   {QStringLiteral("connection"), connection},
                  {QStringLiteral("provider"), provider}, {QStringLiteral("region"), region},
                  {QStringLiteral("zone"), zone},         {QStringLiteral("spec"), specName},
                  {QStringLiteral("image"), imageId},     {QStringLiteral("nodeCount"), nodeCount},
                  {QStringLiteral("vcpu"), vcpu},         {QStringLiteral("memoryGiB"), memoryGiB},
                  {QStringLiteral("gpu"), gpu},           {QStringLiteral("currency"), currency},
                  {QStringLiteral("verdict"), verdictName(verdict)},
                  {QStringLiteral("messages"), QJsonArray::fromStringList(messages)}};
    // Unknown is null, never 0.
    j.insert(QStringLiteral("pricePerHour"), pricePerHour ? QJsonValue(*pricePerHour) : QJsonValue());
    const std::optional<double> cost = costPerHour();
    j.insert(QStringLiteral("costPerHour"), cost ? QJsonValue(*cost) : QJsonValue());
    if (connectionToAdd)
        j.insert(QStringLiteral("connectionToAdd"), connectionToAdd->toJson());
    return j;
}

QJsonObject ConnectionReview::toJson() const
{
    return {{QStringLiteral("connection"), connection},
            {QStringLiteral("provider"), provider},
            {QStringLiteral("region"), region},
            {QStringLiteral("networkExists"), networkExists},
            {QStringLiteral("vpcCidr"), vpcCidr},
            {QStringLiteral("subnetCidr"), subnetCidr},
            {QStringLiteral("nodes"), nodes},
            {QStringLiteral("vcpus"), vcpus},
            {QStringLiteral("vmLimit"), vmLimit},
            {QStringLiteral("vmUsage"), vmUsage},
            {QStringLiteral("vcpuLimit"), vcpuLimit},
            {QStringLiteral("vcpuUsage"), vcpuUsage},
            {QStringLiteral("error"), error},
            {QStringLiteral("messages"), QJsonArray::fromStringList(messages)}};
}

bool InfraReview::ok() const
{
    if (infraError)
        return false;
    for (const NodeGroupReview& g : groups) {
        if (g.verdict == NodeGroupReview::Verdict::Error)
            return false;
    }
    for (const ConnectionReview& c : connections) {
        if (c.error)
            return false;
    }
    return true;
}

int InfraReview::totalNodes() const
{
    int n = 0;
    for (const NodeGroupReview& g : groups)
        n += g.nodeCount;
    return n;
}

double InfraReview::knownCostPerHour() const
{
    double sum = 0;
    for (const NodeGroupReview& g : groups)
        sum += g.costPerHour().value_or(0.0);
    return sum;
}

int InfraReview::nodesWithUnknownPrice() const
{
    int n = 0;
    for (const NodeGroupReview& g : groups) {
        if (!g.pricePerHour)
            n += g.nodeCount;
    }
    return n;
}

const NodeGroupReview* InfraReview::group(const QString& name) const
{
    for (const NodeGroupReview& g : groups) {
        if (g.group == name)
            return &g;
    }
    return nullptr;
}

const ConnectionReview* InfraReview::connection(const QString& name) const
{
    for (const ConnectionReview& c : connections) {
        if (c.connection == name)
            return &c;
    }
    return nullptr;
}

QJsonObject InfraReview::toJson() const
{
    QJsonArray g;
    for (const NodeGroupReview& r : groups)
        g.append(r.toJson());
    QJsonArray c;
    for (const ConnectionReview& r : connections)
        c.append(r.toJson());
    return {{QStringLiteral("infra"), infra},
            {QStringLiteral("ok"), ok()},
            {QStringLiteral("totalNodes"), totalNodes()},
            {QStringLiteral("knownCostPerHour"), knownCostPerHour()},
            {QStringLiteral("nodesWithUnknownPrice"), nodesWithUnknownPrice()},
            {QStringLiteral("nodeGroups"), g},
            {QStringLiteral("connections"), c},
            {QStringLiteral("messages"), QJsonArray::fromStringList(messages)}};
}

} // namespace Barista
