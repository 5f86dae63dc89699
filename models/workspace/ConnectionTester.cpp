// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workspace/ConnectionTester.h"

#include "models/credentials/DraftSecretStore.h"
#include "models/domain/RegionInfo.h"
#include "models/interfaces/CloudProvider.h"
#include "models/interfaces/ProviderFactory.h"
#include "models/jobs/JobQueue.h"
#include "models/jobs/ProviderRegistry.h"

#include <QCoreApplication>
#include <QUuid>

namespace Barista {

namespace {
QFuture<Result<ConnectionTestResult>> refused(const QString& message)
{
    return QtFuture::makeReadyFuture(Result<ConnectionTestResult>(
        CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("InvalidConnection"), message)));
}
} // namespace

ConnectionTester::ConnectionTester(ProviderRegistry* registry, JobQueue* jobs)
    : m_registry(registry)
    , m_jobs(jobs)
{
}

void ConnectionTester::setDraftFactory(ProviderFactory* factory, DraftSecretStore* drafts)
{
    m_draftFactory = factory;
    m_drafts = drafts;
}

QFuture<Result<ConnectionTestResult>> ConnectionTester::test(const QString& connection)
{
    QString error;
    const std::shared_ptr<CloudProvider> provider = m_registry->provider(connection, &error);
    if (!provider)
        return refused(error);
    return probe(provider, provider->connection(), QString());
}

QFuture<Result<ConnectionTestResult>> ConnectionTester::testDraft(const ConnectionConfig& connection,
                                                                  const std::optional<QByteArray>& secret)
{
    if (!m_draftFactory)
        return refused(QCoreApplication::translate("ConnectionTester", "Testing unsaved connections is not available."));
    ConnectionConfig draft = connection;
    QString draftKey;
    if (secret && m_drafts) {
        // A key of its own: a draft never shadows a stored credential of another connection.
        draftKey = QStringLiteral("draft/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_drafts->put(draftKey, *secret);
        draft.credentialRef = draftKey;
    }
    const QString invalid = draft.validationError();
    QString error;
    const std::shared_ptr<CloudProvider> provider = invalid.isEmpty() ? m_draftFactory->create(draft, &error) : nullptr;
    if (!provider) {
        if (!draftKey.isEmpty())
            m_drafts->drop(draftKey);
        return refused(invalid.isEmpty() ? error : invalid);
    }
    return probe(provider, draft, draftKey);
}

QFuture<Result<ConnectionTestResult>> ConnectionTester::probe(const std::shared_ptr<CloudProvider>& provider,
                                                              const ConnectionConfig& connection, const QString& draftKey)
{
    JobRequest request;
    request.title = QCoreApplication::translate("ConnectionTester", "Test connection %1").arg(connection.name);
    request.connection = connection.name;
    request.provider = connection.provider;
    request.mutating = false;
    QFuture<Result<ResourcePage>> listed = m_jobs->submit<ResourcePage>(
        request, [provider] { return provider->list(ResourceKind::Region, ListRequest()); });
    DraftSecretStore* drafts = m_drafts;
    // The continuation keeps the provider alive until the answer is in.
    return listed.then([provider, drafts, draftKey](const Result<ResourcePage>& page) -> Result<ConnectionTestResult> {
        if (drafts && !draftKey.isEmpty())
            drafts->drop(draftKey);
        if (!page.ok())
            return page.error();
        ConnectionTestResult result;
        for (const Resource& r : page.value().items)
            result.regions << (r.as<RegionInfo>() ? r.as<RegionInfo>()->name : r.iid().nameId);
        return result;
    });
}

} // namespace Barista
