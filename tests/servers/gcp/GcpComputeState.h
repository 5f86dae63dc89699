// SPDX-License-Identifier: GPL-3.0-or-later
// The GCP test server's in-memory Compute Engine: every resource as the JSON the API returns,
// keyed by its path ("projects/p/zones/z/instances/vm-1"); long-running Operations that advance
// one step per poll (PENDING -> RUNNING -> DONE) and apply their effect when DONE, or end with
// an error; requestId de-duplication (same requestId -> same Operation, no second effect);
// generic list with filter (name/status/labels.KEY with =, !=, eq, ne, ":*") and
// maxResults/pageToken paging.
#pragma once

#include "tests/servers/gcp/GcpApiError.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace Barista {

struct GcpOutcome
{
    QJsonObject json;
    std::optional<GcpApiError> error;

    static GcpOutcome fail(const GcpApiError& e) { return { QJsonObject(), e }; }
};

// An operation's effect: runs when the operation is DONE; a returned error ends it failed.
using GcpEffect = std::function<std::optional<GcpApiError>()>;

class GcpComputeState
{
public:
    void setBase(const QString& base) { m_base = base; }
    const QString& base() const { return m_base; }
    QString url(const QString& path) const { return m_base + path; }

    // Catalog and the project resource (commonInstanceMetadata) on first use of a project.
    void ensureProject(const QString& project);

    QMap<QString, QJsonObject>& resources() { return m_resources; }
    bool has(const QString& path) const { return m_resources.contains(path); }
    QJsonObject& at(const QString& path) { return m_resources[path]; }
    // Resources directly under a collection path ("projects/p/global/networks").
    QList<QString> children(const QString& collection) const;
    // An unmanaged instance group's members (instance URLs), kept apart: the group's JSON does
    // not list them (instanceGroups.listInstances does).
    QStringList& members(const QString& groupPath) { return m_members[groupPath]; }
    // A deleted instance leaves every group it was in, as Compute does.
    void forgetMember(const QString& instanceUrl)
    {
        for (auto it = m_members.begin(); it != m_members.end(); ++it) {
            if (it.value().removeAll(instanceUrl) > 0 && m_resources.contains(it.key()))
                m_resources[it.key()].insert(QStringLiteral("size"), int(it.value().size()));
        }
    }

    GcpOutcome list(const QString& collection, const QString& kind, const QUrlQuery& query) const;
    static bool matchesFilter(const QJsonObject& resource, const QString& filter);

    // A new Operation ("zone"/"region" scope by name, empty = global). A requestId seen before
    // returns the Operation it made, without a second effect.
    QJsonObject startOperation(const QString& project, const QString& scope, const QString& scopeName,
        const QString& type, const QString& targetPath, const QString& requestId, GcpEffect effect);
    // The Operation a requestId made before, if any.
    std::optional<QJsonObject> operationFor(const QString& project, const QString& requestId) const;
    // A poll: one step forward (DONE applies the effect); finishNow runs it to the end (wait).
    GcpOutcome pollOperation(const QString& path, bool finishNow);
    int operationSteps() const { return m_operationSteps; }
    void setOperationSteps(int steps) { m_operationSteps = qMax(0, steps); }
    // The next Operation of this type ("insert", "stop", ...; empty = any) ends with this error.
    void failNextOperation(const QString& type, const QString& code, const QString& message, int httpStatus);

    qint64 nextId() { return ++m_lastId; }
    static QString timestamp();
    static QString fingerprint();
    // A reference in a request body (full URL, "projects/...", "zones/...", "global/...") as a path.
    static QString normalize(const QString& reference, const QString& project);

private:
    void finish(QJsonObject& op, GcpEffect& effect);

    struct Operation
    {
        QJsonObject json;
        GcpEffect effect;
        int polls = 0;
    };
    struct PlannedFailure
    {
        QString type;
        QString code;
        QString message;
        int httpStatus = 0;
    };
    QString m_base;
    QMap<QString, QJsonObject> m_resources;
    QMap<QString, QStringList> m_members;
    QMap<QString, Operation> m_operations;
    QMap<QString, QString> m_requestIds;
    QList<PlannedFailure> m_failures;
    int m_operationSteps = 2;
    qint64 m_lastId = 4000000000000000000LL;
};

} // namespace Barista
