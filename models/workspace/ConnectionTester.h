// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/Result.h"

#include <QByteArray>
#include <QFuture>
#include <QStringList>
#include <optional>

namespace Barista {

class CloudProvider;
class DraftSecretStore;
class JobQueue;
class ProviderFactory;
class ProviderRegistry;

/// What a successful connection test saw.
struct ConnectionTestResult
{
    QStringList regions; ///< the region ids the cloud listed
};

/// "Test connection": one cheap read (the provider's region list, first page) through the job
/// queue like every other call, so its retry policy applies (an Auth error is never retried)
/// and the provider's own error comes back unchanged. The CLI tests saved connections; the
/// connection dialog tests the one being edited, with a secret not yet stored.
class ConnectionTester final
{
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    ConnectionTester(ProviderRegistry* registry, JobQueue* jobs);

    /// For testDraft: a factory whose native adapters read their secrets from `drafts`.
    /// Neither is owned.
    void setDraftFactory(ProviderFactory* factory, DraftSecretStore* drafts);

    /// A saved connection, through the ProviderRegistry.
    QFuture<Result<ConnectionTestResult>> test(const QString& connection);
    /// An unsaved one: when `secret` is set it is used (in memory only) instead of the
    /// connection's stored credential.
    QFuture<Result<ConnectionTestResult>> testDraft(const ConnectionConfig& connection,
                                                    const std::optional<QByteArray>& secret);

private:
    QFuture<Result<ConnectionTestResult>> probe(const std::shared_ptr<CloudProvider>& provider,
                                                const ConnectionConfig& connection, const QString& draftKey);

    ProviderRegistry* m_registry;
    JobQueue* m_jobs;
    ProviderFactory* m_draftFactory = nullptr;
    DraftSecretStore* m_drafts = nullptr;
};

} // namespace Barista
