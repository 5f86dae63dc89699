// SPDX-License-Identifier: GPL-3.0-or-later
#include "InfraBenchRig.h"

#include "models/domain/ResourceKind.h"
#include "models/domain/ResourceKindLabel.h"
#include "models/infra/InfraEngine.h"
#include "models/infra/InfraStore.h"
#include "models/jobs/JobQueue.h"
#include "models/jobs/ProviderLimits.h"
#include "models/jobs/ProviderRegistry.h"
#include "models/jobs/SystemClock.h"
#include "models/workspace/ConnectionStore.h"
#include "models/workspace/JobHistory.h"
#include "models/workspace/Journal.h"
#include "models/workspace/Reconciler.h"
#include "models/workspace/ResourceService.h"
#include "models/workspace/Workspace.h"
#include "providers/BuiltinProviderFactory.h"
#include "providers/sim/SimProvider.h"
#include "providers/sim/SimSpecTable.h"

#include <QElapsedTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QMap>
#include <sys/resource.h>

namespace Barista {

namespace {

struct Place
{
    const char* provider;
    const char* region;
    const char* spec;
};

// 24 real regions of the ten providers (names from the bundled region catalog) and a small
// spec the simulator offers in each.
const Place kPlaces[] = {
    {"aws", "ap-northeast-2", "t3.micro"},        {"aws", "us-east-1", "t3.micro"},
    {"aws", "eu-west-1", "t3.micro"},             {"azure", "koreacentral", "Standard_B1s"},
    {"azure", "eastus", "Standard_B1s"},          {"azure", "westeurope", "Standard_B1s"},
    {"gcp", "asia-northeast3", "e2-micro"},       {"gcp", "us-central1", "e2-micro"},
    {"gcp", "europe-west1", "e2-micro"},          {"alibaba", "ap-northeast-2", "ecs.t6-c1m1.large"},
    {"alibaba", "ap-southeast-1", "ecs.t6-c1m1.large"}, {"alibaba", "cn-beijing", "ecs.t6-c1m1.large"},
    {"tencent", "ap-seoul", "S5.MEDIUM2"},        {"tencent", "ap-tokyo", "S5.MEDIUM2"},
    {"tencent", "ap-singapore", "S5.MEDIUM2"},    {"ibm", "jp-tok", "cx2-2x4"},
    {"ibm", "us-east", "cx2-2x4"},                {"ibm", "eu-de", "cx2-2x4"},
    {"openstack", "RegionOne", "m1.small"},       {"ncp", "KR", "c2-g3"},
    {"ncp", "JPN", "c2-g3"},                      {"nhn", "KR1", "m2.c1m2"},
    {"nhn", "KR2", "m2.c1m2"},                    {"kt", "KR1", "2x4.itl"},
};
constexpr int kPlaceCount = int(sizeof(kPlaces) / sizeof(kPlaces[0]));

/// Waits on this thread's event loop; *wallMs is taken where the future finishes (the
/// engine's own thread, synchronously), not when the loop gets round to it.
template<typename T>
T await(QFuture<T> future, const QElapsedTimer& clock, double* wallMs)
{
    QFuture<void> stamped = future.then(QtFuture::Launch::Sync, [&clock, wallMs](const T&) {
        *wallMs = double(clock.nsecsElapsed()) / 1e6;
    });
    QEventLoop loop;
    QFutureWatcher<void> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(stamped);
    if (!stamped.isFinished())
        loop.exec();
    return future.result();
}

} // namespace

InfraBenchRig::InfraBenchRig(const Options& options)
    : m_options(options)
{
    m_options.connections = qBound(1, m_options.connections, kPlaceCount);
}

InfraBenchRig::~InfraBenchRig()
{
    m_engine.reset();
    m_store.reset();
    m_reconciler.reset();
    m_resources.reset();
    m_providers.reset();
    m_factory.reset();
    m_jobHistory.reset();
    m_jobs.reset();
    m_journal.reset();
    m_connections.reset();
    if (!BuiltinProviderFactory::waitUntilProvidersReleased(10000))
        qWarning("providers still busy at exit");
    m_workspace.reset();
}

bool InfraBenchRig::open(QString* error)
{
    // This run's own simulated cloud, in its workspace: never a file named by the environment.
    qunsetenv("BARISTA_SIM_DB");
    m_sim.seed = m_options.seed;
    m_sim.timeScale = m_options.timeScale;
    m_sim.quotaVms = 100000; // quotas are not what this measures
    m_sim.quotaVcpu = 1000000;

    m_workspace = std::make_unique<Workspace>(m_options.directory);
    if (!m_workspace->open(error))
        return false;
    m_clock = std::make_unique<SystemClock>();
    m_connections = std::make_unique<ConnectionStore>(m_workspace.get());
    m_journal = std::make_unique<Journal>(m_workspace.get());
    m_jobs = std::make_unique<JobQueue>(m_clock.get());
    m_jobHistory = std::make_unique<JobHistory>(m_workspace.get(), m_jobs.get());
    m_factory = std::make_unique<BuiltinProviderFactory>(m_workspace->path(), m_sim);
    m_providers = std::make_unique<ProviderRegistry>(m_factory.get(), m_connections.get());
    m_resources = std::make_unique<ResourceService>(m_providers.get(), m_jobs.get(), m_journal.get());
    m_reconciler = std::make_unique<Reconciler>(m_journal.get(), m_providers.get(), m_jobs.get());
    m_store = std::make_unique<InfraStore>(m_workspace.get());
    InfraEngine::Services services;
    services.store = m_store.get();
    services.resources = m_resources.get();
    services.connections = m_connections.get();
    services.jobs = m_jobs.get();
    services.reconciler = m_reconciler.get();
    m_engine = std::make_unique<InfraEngine>(services);
    // As AppContext::open: the engine's clock runs as fast as the simulator's.
    const double scale = m_options.timeScale;
    m_engine->setPollInterval(m_options.pollMs > 0 ? m_options.pollMs : qMax<qint64>(5, qint64(5000 * scale)));
    m_engine->setSettleTimeout(qMax<qint64>(2000, qint64(20 * 60 * 1000 * scale)));
    m_engine->setReleaseRetry(6, qMax<qint64>(5, qint64(2000 * scale)));

    for (int i = 0; i < m_options.connections; ++i) {
        ConnectionConfig c;
        c.provider = QString::fromLatin1(kPlaces[i].provider);
        c.region = QString::fromLatin1(kPlaces[i].region);
        c.name = c.provider + QLatin1Char('-') + c.region.toLower();
        c.driver = QStringLiteral("sim");
        const QString invalid = SimProvider::connectionError(c);
        if (!invalid.isEmpty()) {
            *error = QStringLiteral("%1: %2").arg(c.name, invalid);
            return false;
        }
        if (!m_connections->add(c, error))
            return false;
        m_jobs->setConnectionLimits(c.name, ProviderLimits::forProvider(c.provider, scale));
    }
    buildSpec();
    return true;
}

void InfraBenchRig::buildSpec()
{
    m_spec = InfraSpec();
    m_spec.name = QStringLiteral("bench");
    m_review = InfraReview();
    m_review.infra = m_spec.name;
    const int n = m_options.connections;
    for (int i = 0; i < n; ++i) {
        const Place& p = kPlaces[i];
        const QString provider = QString::fromLatin1(p.provider);
        const QString region = QString::fromLatin1(p.region);
        const QString specName = QString::fromLatin1(p.spec);
        const QString connection = provider + QLatin1Char('-') + region.toLower();
        NodeGroupSpec g;
        g.name = QStringLiteral("g%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        g.specId = provider + QLatin1Char('+') + region + QLatin1Char('+') + specName;
        g.imageId = SimSpecTable::images(provider, region).constFirst().id;
        g.nodeGroupSize = m_options.nodes / n + (i < m_options.nodes % n ? 1 : 0);
        g.connectionName = connection;
        if (g.nodeGroupSize == 0)
            continue;
        m_spec.nodeGroups.append(g);

        NodeGroupReview r;
        r.group = g.name;
        r.connection = connection;
        r.provider = provider;
        r.region = region;
        r.specName = specName;
        r.imageId = g.imageId;
        r.nodeCount = g.nodeGroupSize;
        m_review.groups.append(r);
        ConnectionReview c;
        c.connection = connection;
        c.provider = provider;
        c.region = region;
        c.vpcCidr = QStringLiteral("10.%1.0.0/16").arg(i + 1);
        c.subnetCidr = QStringLiteral("10.%1.0.0/24").arg(i + 1);
        c.nodes = g.nodeGroupSize;
        m_review.connections.append(c);
    }
}

QString InfraBenchRig::describe() const
{
    QMap<QString, int> perProvider;
    for (const NodeGroupReview& g : m_review.groups)
        perProvider[g.provider] += 1;
    QStringList providers;
    for (auto it = perProvider.begin(); it != perProvider.end(); ++it)
        providers.append(QStringLiteral("%1 x%2").arg(it.key()).arg(it.value()));
    return QStringLiteral("infra_bench: %1 nodes on %2 connections (%3); time scale %4, seed %5, poll %6 ms; "
                          "workspace %7")
        .arg(m_spec.totalNodes())
        .arg(m_review.groups.size())
        .arg(providers.join(QStringLiteral(", ")))
        .arg(m_options.timeScale)
        .arg(m_options.seed)
        .arg(m_options.pollMs > 0 ? m_options.pollMs : qMax<qint64>(5, qint64(5000 * m_options.timeScale)))
        .arg(m_options.directory);
}

InfraBenchRig::Timed InfraBenchRig::create()
{
    Timed t;
    QElapsedTimer clock;
    clock.start();
    const QFuture<InfraOutcome> future = m_engine->create(m_spec, m_review);
    t.returnedMs = double(clock.nsecsElapsed()) / 1e6;
    const InfraOutcome outcome = await(future, clock, &t.wallMs);
    t.ok = outcome.ok;
    t.message = outcome.message;
    return t;
}

InfraBenchRig::Timed InfraBenchRig::remove()
{
    Timed t;
    QElapsedTimer clock;
    clock.start();
    const QFuture<InfraOutcome> future = m_engine->remove(m_spec.name);
    t.returnedMs = double(clock.nsecsElapsed()) / 1e6;
    const InfraOutcome outcome = await(future, clock, &t.wallMs);
    t.ok = outcome.ok;
    t.message = outcome.message;
    return t;
}

InfraBenchRig::Leftovers InfraBenchRig::leftovers()
{
    Leftovers out;
    const QList<ResourceKind> kinds{ResourceKind::Vm,    ResourceKind::Vpc,     ResourceKind::SecurityGroup,
                                    ResourceKind::KeyPair, ResourceKind::Disk, ResourceKind::MyImage,
                                    ResourceKind::Nlb,   ResourceKind::Cluster};
    QElapsedTimer unused;
    unused.start();
    for (const ConnectionConfig& c : m_connections->all()) {
        for (ResourceKind kind : kinds) {
            double ms = 0;
            const Result<QList<Resource>> listed = await(m_resources->list(c.name, kind), unused, &ms);
            if (!listed.ok()) {
                ++out.listErrors;
                out.details.append(QStringLiteral("%1 %2: cannot list: %3")
                                       .arg(c.name, resourceKindPluralLabel(kind), listed.error().toString()));
                continue;
            }
            for (const Resource& r : listed.value()) {
                const VmInfo* vm = r.as<VmInfo>();
                if (vm && vm->status == VmStatus::Terminated) {
                    ++out.terminatedVms;
                    continue;
                }
                ++out.live;
                out.details.append(QStringLiteral("%1: %2 %3 (%4)")
                                       .arg(c.name, resourceKindLabel(kind), r.iid().nameId, r.statusName()));
            }
        }
    }
    return out;
}

int InfraBenchRig::nodesWithStatus(const QString& status) const
{
    int n = 0;
    for (const InfraNode& node : m_store->nodes(m_spec.name))
        n += node.status == status ? 1 : 0;
    return n;
}

void InfraBenchRig::fillLimits(ConnectionSamples* samples) const
{
    const ConnectionLimits limits = m_jobs->connectionLimits(samples->connection);
    samples->maxConcurrent = limits.maxConcurrent;
    samples->queueRatePerMs = qMax(0.0, limits.ratePerSecond) / 1000.0;
    samples->queueBurst = qMax(1.0, limits.burst);
    samples->simRatePerMs = m_sim.rateLimitPerSec / 1000.0 / m_sim.timeScale;
    samples->simBurst = m_sim.rateBurst;
}

QString InfraBenchRig::peakRss()
{
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    QString hwm;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                hwm = QString::fromLatin1(line.mid(6).simplified());
        }
    }
    return QStringLiteral("%1 MiB (ru_maxrss; VmHWM %2)").arg(double(usage.ru_maxrss) / 1024.0, 0, 'f', 1).arg(hwm);
}

QMap<QString, InfraBenchRig::CpuTimes> InfraBenchRig::threadTimes()
{
    QMap<QString, CpuTimes> out;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        QFile stat(tasks.filePath(tid + QStringLiteral("/schedstat")));
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        const QString name = QString::fromLocal8Bit(comm.readAll().trimmed());
        const QList<QByteArray> fields = stat.readAll().simplified().split(' ');
        if (fields.size() < 2)
            continue;
        CpuTimes& t = out[name];
        t.runMs += fields.at(0).toDouble() / 1e6;
        t.waitMs += fields.at(1).toDouble() / 1e6;
    }
    return out;
}

QString InfraBenchRig::cpuSummary(const QMap<QString, CpuTimes>& before, const QMap<QString, CpuTimes>& after)
{
    QStringList parts;
    for (auto it = after.begin(); it != after.end(); ++it) {
        const CpuTimes b = before.value(it.key());
        const double run = it->runMs - b.runMs;
        const double wait = it->waitMs - b.waitMs;
        if (run < 1 && wait < 1)
            continue;
        parts.append(QStringLiteral("%1 %2 ms on a CPU + %3 ms waiting for one")
                         .arg(it.key())
                         .arg(run, 0, 'f', 0)
                         .arg(wait, 0, 'f', 0));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace Barista
