// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Iid.h"
#include "models/domain/Resource.h"
#include "models/domain/ResourceKind.h"
#include "models/interfaces/CloudError.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace Barista {

/// One resource as the drift view sees it: what the workspace knows (journal, infra store)
/// set against what the cloud lists, as CB-Spider's `all{kind}` listing does.
struct DriftItem
{
    enum class Group
    {
        Mapped, ///< the workspace knows it and the cloud lists it
        OnlyOurs, ///< the workspace thinks it exists; the cloud does not list it (stale)
        OnlyInCloud, ///< the cloud lists it; the workspace has no record of it
    };

    Group group = Group::Mapped;
    QString connection;
    ResourceKind kind = ResourceKind::Vpc;
    Iid iid; ///< the cloud's when it lists the resource, else the workspace's
    std::optional<Resource> cloud; ///< the resource as the cloud lists it (not for OnlyOurs)
    /// The create (or adoption) that records it; for OnlyInCloud the entry, if any, whose
    /// token the resource carries (a create that failed or is still pending, in this workspace).
    qint64 journalId = 0;
    QString token; ///< its barista-token tag, or the journal's token
    QString infra; ///< the infra whose node or security group it is
    QString node; ///< the infra node whose VM it is
    bool shared = false; ///< a connection's shared VPC / key pair or an infra's security group
    bool managedByInfra = false; ///< the infra store has a row for it (the infra engine owns it)
    /// OnlyInCloud only: it carries a Barista tag (token, infra, node or shared), so some
    /// workspace made it and lost track of it (an orphan); otherwise it is foreign.
    bool tagged = false;

    QString status() const { return cloud ? cloud->statusName() : QString(); }
    /// "tracked" (Mapped, OnlyOurs), "orphan" or "foreign" (OnlyInCloud).
    QString originName() const;
    QJsonObject toJson() const;

    /// "mapped", "onlyOurs", "onlyInCloud": the JSON keys and CLI words.
    static QString groupName(Group group);
};

/// The outcome of one drift comparison on one connection.
struct DriftSnapshot
{
    QString connection;
    QList<ResourceKind> kinds; ///< the kinds compared
    QList<ResourceKind> skipped; ///< the kinds asked for that the provider cannot list
    QList<DriftItem> items;
    /// Kinds whose listing failed: fail-closed, nothing is concluded about them.
    QList<std::pair<ResourceKind, CloudError>> errors;
    std::optional<CloudError> error; ///< the connection itself is unusable

    QList<DriftItem> group(DriftItem::Group group) const;
    /// The items whose systemId is id; when none, those whose nameId is id.
    QList<DriftItem> find(const QString& id) const;
    QJsonObject toJson() const;
};

/// What one drift action (adopt, delete, forget) did, for the user.
struct DriftAction
{
    bool ok = false;
    QString message;
    std::optional<CloudError> error;
    qint64 journalId = 0; ///< the journal entry the action wrote

    QJsonObject toJson() const;
};

} // namespace Barista
