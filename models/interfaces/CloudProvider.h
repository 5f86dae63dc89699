// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/domain/Resource.h"
#include "models/domain/ResourceKind.h"
#include "models/interfaces/Result.h"

#include <QFuture>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Barista {

/// Which kinds and operations a provider supports (CB-Spider's driver capability), plus the
/// provider-only functions reachable through anyCall().
struct ProviderCapabilities
{
    QMap<ResourceKind, QSet<Operation>> operations;
    QStringList anyCallFunctions;

    bool supports(ResourceKind kind, Operation op) const
    {
        return operations.value(kind).contains(op);
    }
};

struct ListRequest
{
    QString pageToken; ///< empty = first page
    int pageSize = 0;  ///< 0 = the provider's default
};

struct ResourcePage
{
    QList<Resource> items;
    QString nextPageToken; ///< empty = last page
};

/// What a mutating call carries so that a retry never makes a duplicate and the journal can
/// find the resource again after a crash: the token goes to the cloud's idempotency field
/// (EC2 ClientToken, ...) and the tags onto the resource.
struct MutationContext
{
    QString idempotencyToken;
    QMap<QString, QString> tags;
};

/// A provider-only call (Spider's AnyCall): a function id and key/values in and out.
struct AnyCallRequest
{
    QString functionId;
    QMap<QString, QString> input;
};
struct AnyCallResponse
{
    QMap<QString, QString> output;
};

/// One connection's view of a cloud. Every call is asynchronous and thread-safe to start
/// from any thread; the implementation decides where the work runs (its own ProviderHost
/// thread for network adapters). Futures never throw: failures come back as a CloudError.
/// A caller may cancel a returned future; implementations check it between pages and
/// before sending a mutating request.
class CloudProvider
{
public:
    virtual ~CloudProvider() = default;

    virtual ConnectionConfig connection() const = 0;
    virtual ProviderCapabilities capabilities() const = 0;

    virtual QFuture<Result<ResourcePage>> list(ResourceKind kind, const ListRequest& request) = 0;
    /// id is the nameId or the systemId.
    virtual QFuture<Result<Resource>> get(ResourceKind kind, const QString& id) = 0;
    /// The request is a Resource of the kind to create with the fields the user chose; the
    /// answer is the resource as the cloud now reports it (typically still Creating).
    virtual QFuture<Result<Resource>> create(const Resource& request, const MutationContext& context) = 0;
    virtual QFuture<Result<Done>> remove(ResourceKind kind, const Iid& iid, const MutationContext& context) = 0;
    virtual QFuture<Result<Resource>> control(ResourceKind kind, const Iid& iid, ControlAction action,
                                              const MutationContext& context) = 0;
    virtual QFuture<Result<AnyCallResponse>> anyCall(const AnyCallRequest& request) = 0;
};

} // namespace Barista
