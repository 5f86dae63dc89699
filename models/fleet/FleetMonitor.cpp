// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/fleet/FleetMonitor.h"

#include "models/catalog/RegionCatalog.h"
#include "models/domain/Resource.h"
#include "models/geo/MapRegion.h"
#include "models/workspace/ConnectionStore.h"
#include "models/workspace/ResourceService.h"

#include <QFutureWatcher>
#include <algorithm>

namespace Barista {

namespace {

using ListResult = Result<QList<Resource>>;

QString priceKey(const QString& provider, const QString& region, const QString& specName)
{
    return provider + QLatin1Char('\n') + region + QLatin1Char('\n') + specName;
}

QList<FleetVm> toFleet(const ConnectionConfig& connection, const QString& regionKey, const QList<Resource>& resources)
{
    QList<FleetVm> out;
    for (const Resource& resource : resources) {
        const VmInfo* vm = resource.as<VmInfo>();
        if (!vm)
            continue;
        FleetVm f;
        f.connection = connection.name;
        f.provider = connection.provider;
        f.region = connection.region;
        f.regionKey = regionKey;
        f.zone = vm->zone.isEmpty() ? connection.zone : vm->zone;
        f.name = vm->iid.nameId.isEmpty() ? vm->iid.systemId : vm->iid.nameId;
        f.systemId = vm->iid.systemId;
        f.status = vm->status;
        f.specName = vm->specName;
        f.infra = vm->tags.value(FleetMonitor::infraTagKey());
        out.append(f);
    }
    std::sort(out.begin(), out.end(), [](const FleetVm& a, const FleetVm& b) { return a.name < b.name; });
    return out;
}

} // namespace

FleetMonitor::FleetMonitor(ConnectionStore* connections, ResourceService* service, QObject* parent)
    : QObject(parent)
    , m_connections(connections)
    , m_service(service)
{
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        QStringList names;
        for (const ConnectionConfig& c : m_connections->all())
            names.append(c.name);
        start(names, true, true);
    });
    connect(m_service, &ResourceService::resourcesChanged, this, [this](const QString& connection, ResourceKind kind) {
        if (kind == ResourceKind::Vm)
            refreshConnection(connection);
    });
    connect(m_connections, &ConnectionStore::connectionsChanged, this, &FleetMonitor::refresh);
}

QString FleetMonitor::infraTagKey()
{
    return QStringLiteral("barista-infra");
}

QString FleetMonitor::regionKeyOf(const QString& provider, const QString& region, const RegionCatalog& catalog)
{
    if (catalog.region(provider, region))
        return MapRegion::keyOf(provider, region);
    // A provider with several catalog entries (OpenStack clouds): the first that has the region.
    const QStringList entries = catalog.entries();
    for (const QString& entry : entries) {
        if (catalog.providerOf(entry) == provider && catalog.region(entry, region))
            return MapRegion::keyOf(entry, region);
    }
    return MapRegion::keyOf(provider, region);
}

QString FleetMonitor::regionKeyOf(const QString& provider, const QString& region)
{
    return regionKeyOf(provider, region, RegionCatalog::bundled());
}

void FleetMonitor::setPriceLookup(PriceLookup lookup)
{
    m_priceLookup = std::move(lookup);
    invalidatePrices();
}

void FleetMonitor::invalidatePrices()
{
    m_priceCache.clear();
    if (m_byConnection.isEmpty())
        return;
    rebuild();
    emit changed();
}

void FleetMonitor::setInterval(int ms)
{
    if (ms <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(ms);
}

int FleetMonitor::interval() const
{
    return m_timer.isActive() ? m_timer.interval() : 0;
}

QList<FleetVm> FleetMonitor::vms() const
{
    return m_vms;
}

QHash<QString, QString> FleetMonitor::errors() const
{
    return m_errors;
}

void FleetMonitor::refresh()
{
    QStringList names;
    for (const ConnectionConfig& c : m_connections->all())
        names.append(c.name);
    start(names, false, true);
}

void FleetMonitor::refreshConnection(const QString& connection)
{
    if (m_connections->find(connection))
        start({ connection }, false, false);
}

void FleetMonitor::start(const QStringList& names, bool skipInFlight, bool full)
{
    const QList<ConnectionConfig> all = m_connections->all();
    // A full refresh also forgets connections that are gone; their late answers are dropped
    // because they are no longer in m_latestRound.
    bool forgot = false;
    if (full) {
        QSet<QString> present;
        for (const ConnectionConfig& c : all)
            present.insert(c.name);
        const QStringList known = m_latestRound.keys();
        for (const QString& name : known) {
            if (present.contains(name))
                continue;
            m_latestRound.remove(name);
            m_inFlight.remove(name);
            forgot |= m_byConnection.remove(name) > 0;
            forgot |= m_errors.remove(name) > 0;
        }
    }

    const quint64 round = m_nextRound++;
    Round r;
    for (const ConnectionConfig& c : all) {
        if (!names.contains(c.name) || (skipInFlight && m_inFlight.contains(c.name)))
            continue;
        r.pending.insert(c.name);
        m_latestRound.insert(c.name, round);
        m_inFlight.insert(c.name);
    }
    if (r.pending.isEmpty()) {
        if (forgot || (full && !skipInFlight && all.isEmpty())) {
            rebuild();
            emit changed();
        }
        return;
    }
    r.applied = forgot;
    m_rounds.insert(round, r);

    for (const ConnectionConfig& c : all) {
        if (!r.pending.contains(c.name))
            continue;
        const QString regionKey = regionKeyOf(c.provider, c.region);
        auto* watcher = new QFutureWatcher<ListResult>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, round, c, regionKey] {
            watcher->deleteLater();
            const QFuture<ListResult> done = watcher->future();
            if (done.isCanceled() || done.resultCount() == 0) {
                finished(round, c.name, nullptr, tr("The list was canceled."));
                return;
            }
            const ListResult result = done.result();
            if (!result.ok()) {
                finished(round, c.name, nullptr, result.error().toString());
                return;
            }
            const QList<FleetVm> vms = toFleet(c, regionKey, result.value());
            finished(round, c.name, &vms, QString());
        });
        watcher->setFuture(m_service->list(c.name, ResourceKind::Vm));
    }
}

void FleetMonitor::finished(quint64 round, const QString& connection, const QList<FleetVm>* vms, const QString& error)
{
    auto it = m_rounds.find(round);
    if (it == m_rounds.end())
        return;
    if (m_latestRound.value(connection) == round) {
        m_inFlight.remove(connection);
        if (vms) {
            m_byConnection.insert(connection, *vms);
            m_errors.remove(connection);
        } else {
            m_errors.insert(connection, error);
        }
        it->applied = true;
    }
    it->pending.remove(connection);
    if (!it->pending.isEmpty())
        return;
    const bool applied = it->applied;
    m_rounds.erase(it);
    if (applied) {
        rebuild();
        emit changed();
    }
}

std::optional<double> FleetMonitor::priceOf(const QString& provider, const QString& region, const QString& specName)
{
    if (!m_priceLookup || specName.isEmpty())
        return std::nullopt;
    const QString key = priceKey(provider, region, specName);
    auto it = m_priceCache.constFind(key);
    if (it != m_priceCache.constEnd())
        return *it;
    const std::optional<double> price = m_priceLookup(provider, region, specName);
    m_priceCache.insert(key, price);
    return price;
}

void FleetMonitor::rebuild()
{
    QStringList names = m_byConnection.keys();
    names.sort();
    m_vms.clear();
    for (const QString& name : names) {
        for (FleetVm vm : m_byConnection.value(name)) {
            vm.pricePerHour = priceOf(vm.provider, vm.region, vm.specName);
            m_vms.append(vm);
        }
    }
}

} // namespace Barista
