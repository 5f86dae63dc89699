// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Barista {

/// The review of one node group: where it goes, what it costs, and whether it can be made.
struct NodeGroupReview
{
    enum class Verdict
    {
        Ok,
        Warning, ///< can be created; something deserves a look (unknown price, image not listed)
        Error,   ///< cannot be created as written
    };

    QString group;
    QString connection;                       ///< the connection the nodes go to
    std::optional<ConnectionConfig> connectionToAdd; ///< set when create must add that connection first
    QString provider;
    QString region;
    QString zone;
    QString specName;
    QString imageId;
    int nodeCount = 0;
    int vcpu = 0;          ///< per node; 0 = unknown
    double memoryGiB = 0;  ///< per node; 0 = unknown
    QString gpu;           ///< "2 x A100" or empty
    std::optional<double> pricePerHour; ///< per node; unknown is unknown, never 0
    QString currency = QStringLiteral("USD");
    Verdict verdict = Verdict::Ok;
    QStringList messages;  ///< translated sentences, errors first

    std::optional<double> costPerHour() const;
    void addError(const QString& message);
    void addWarning(const QString& message);
    QJsonObject toJson() const;
};
QString verdictName(NodeGroupReview::Verdict verdict);

/// What the review found for one connection: the address space the shared network will get
/// (unless it exists already) and the quota it leaves.
struct ConnectionReview
{
    QString connection;
    QString provider;
    QString region;
    bool networkExists = false; ///< the shared VPC is already there (made by an earlier infra)
    QString vpcCidr;
    QString subnetCidr;
    int nodes = 0;
    int vcpus = 0;
    int vmLimit = -1;   ///< -1 = unknown
    int vmUsage = -1;
    int vcpuLimit = -1;
    int vcpuUsage = -1;
    QStringList messages;
    bool error = false;

    QJsonObject toJson() const;
};

/// The review of a whole spec, before anything is created.
struct InfraReview
{
    QString infra;
    QList<NodeGroupReview> groups;
    QList<ConnectionReview> connections;
    QStringList messages; ///< infra-level problems (name taken, ...), translated
    bool infraError = false;

    /// True when nothing is an error: create may go ahead.
    bool ok() const;
    int totalNodes() const;
    /// The sum over the groups whose price is known.
    double knownCostPerHour() const;
    int nodesWithUnknownPrice() const;
    const NodeGroupReview* group(const QString& name) const;
    const ConnectionReview* connection(const QString& name) const;
    QJsonObject toJson() const;
};

} // namespace Barista
