// SPDX-License-Identifier: GPL-3.0-or-later
// listAllPages against a provider that answers on its own thread at once, as a network
// adapter or the simulator does: the page may finish while the listing is still attaching to
// it, or the job queue may cancel it meanwhile. (A then() on the page once crashed at the exit
// of a CLI run under that load, with a continuation's promise found moved-from; the listing now
// watches its pages as the job queue does.)
#include "models/domain/VmInfo.h"
#include "models/interfaces/CloudProvider.h"
#include "models/workspace/PagedListing.h"

#include <QObject>
#include <QPromise>
#include <QTest>
#include <QThread>

using namespace Barista;

namespace {
/// Two pages ("" then "p2"), each finished on the provider's own thread right after list().
class ThreadedPagesProvider : public CloudProvider
{
public:
    ThreadedPagesProvider()
    {
        m_thread.start();
        m_worker.moveToThread(&m_thread);
    }
    ~ThreadedPagesProvider() override
    {
        m_thread.quit();
        m_thread.wait();
    }

    ConnectionConfig connection() const override { return {}; }
    ProviderCapabilities capabilities() const override { return {}; }

    QFuture<Result<ResourcePage>> list(ResourceKind kind, const ListRequest& request) override
    {
        auto promise = std::make_shared<QPromise<Result<ResourcePage>>>();
        promise->start();
        QFuture<Result<ResourcePage>> future = promise->future();
        const bool first = request.pageToken.isEmpty();
        Q_UNUSED(kind);
        QMetaObject::invokeMethod(&m_worker, [promise, first] {
            ResourcePage page;
            VmInfo vm;
            vm.iid.nameId = first ? QStringLiteral("a") : QStringLiteral("b");
            page.items.append(Resource(vm));
            page.nextPageToken = first ? QStringLiteral("p2") : QString();
            promise->addResult(Result<ResourcePage>(page));
            promise->finish();
        });
        return future;
    }
    QFuture<Result<Resource>> get(ResourceKind, const QString&) override { return unsupported<Resource>(); }
    QFuture<Result<Resource>> create(const Resource&, const MutationContext&) override { return unsupported<Resource>(); }
    QFuture<Result<Done>> remove(ResourceKind, const Iid&, const MutationContext&) override { return unsupported<Done>(); }
    QFuture<Result<Resource>> control(ResourceKind, const Iid&, ControlAction, const MutationContext&) override
    {
        return unsupported<Resource>();
    }
    QFuture<Result<AnyCallResponse>> anyCall(const AnyCallRequest&) override { return unsupported<AnyCallResponse>(); }

private:
    template <typename T> static QFuture<Result<T>> unsupported()
    {
        return QtFuture::makeReadyFuture(Result<T>(CloudError::make(CloudError::Kind::Unsupported, QString(), QString())));
    }

    QThread m_thread;
    QObject m_worker;
};
} // namespace

class TestPagedListing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsPagesAnsweredOnAnotherThread();
    void cancelWhileTheProviderAnswers();
};

void TestPagedListing::followsPagesAnsweredOnAnotherThread()
{
    auto provider = std::make_shared<ThreadedPagesProvider>();
    for (int i = 0; i < 300; ++i) {
        QFuture<Result<QList<Resource>>> listed = listAllPages(provider, ResourceKind::Vm);
        QVERIFY2(QTest::qWaitFor([&] { return listed.isFinished(); }, 5000), qPrintable(QString::number(i)));
        const Result<QList<Resource>> result = listed.result();
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(result.value().size(), 2);
        QCOMPARE(result.value().at(0).iid().nameId, QStringLiteral("a"));
        QCOMPARE(result.value().at(1).iid().nameId, QStringLiteral("b"));
    }
}

void TestPagedListing::cancelWhileTheProviderAnswers()
{
    // The job queue cancels a listing at shutdown while the provider's thread is answering it:
    // the listing ends (canceled) and nothing runs twice.
    auto provider = std::make_shared<ThreadedPagesProvider>();
    for (int i = 0; i < 2000; ++i) {
        QFuture<Result<QList<Resource>>> listed = listAllPages(provider, ResourceKind::Vm);
        if (i % 3)
            QThread::usleep(i % 50);
        listed.cancel();
        QVERIFY2(QTest::qWaitFor([&] { return listed.isFinished(); }, 5000), qPrintable(QString::number(i)));
    }
    // Pages still in flight must not outlive the provider's use here.
    QTest::qWait(50);
}

QTEST_GUILESS_MAIN(TestPagedListing)
#include "TestPagedListing.moc"
