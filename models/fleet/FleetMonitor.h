// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ResourceKind.h"
#include "models/fleet/FleetVm.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>
#include <functional>
#include <optional>

namespace Barista {

class ConnectionStore;
class RegionCatalog;
class ResourceService;

/// The VMs of every connection, for the dashboards and the map overlay. Lists go through
/// ResourceService (so through the job queue, off the UI thread); a list that answers after a
/// newer one for the same connection was asked for is dropped. A connection whose list fails
/// keeps its last good VMs (stale rows beat vanished ones) and reports the error.
class FleetMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetMonitor)

public:
    /// USD per hour of a spec; nullopt when unknown (never 0 for unknown).
    using PriceLookup
        = std::function<std::optional<double>(const QString& provider, const QString& region, const QString& specName)>;

    FleetMonitor(ConnectionStore* connections, ResourceService* service, QObject* parent = nullptr);

    /// The tag that names the infra a VM belongs to.
    static QString infraTagKey();
    /// The map's key ("entry/region") of a connection's provider and region: the catalog entry
    /// of that provider that has the region ("openstack" before "openstack-ex01"), else
    /// "provider/region" (which the map then ignores).
    static QString regionKeyOf(const QString& provider, const QString& region, const RegionCatalog& catalog);
    static QString regionKeyOf(const QString& provider, const QString& region);

    /// Prices are looked up once per (provider, region, spec) and cached; invalidatePrices()
    /// forgets them (call it when the catalog changed).
    void setPriceLookup(PriceLookup lookup);
    void invalidatePrices();

    /// Periodic refresh every ms milliseconds; 0 turns it off (the default). A periodic refresh
    /// skips connections whose previous list is still running.
    void setInterval(int ms);
    int interval() const;

    /// Every VM of every connection, in connection then name order.
    QList<FleetVm> vms() const;
    /// The error of each connection whose last list failed ("[code] message", verbatim).
    QHash<QString, QString> errors() const;
    /// True while a list is running.
    bool isRefreshing() const { return !m_inFlight.isEmpty(); }

public Q_SLOTS:
    /// Lists the VMs of every connection (and forgets connections that are gone).
    void refresh();
    void refreshConnection(const QString& connection);

Q_SIGNALS:
    /// Once per refresh whose results were applied (all of its lists answered), and after
    /// invalidatePrices() re-priced known VMs.
    void changed();

private:
    struct Round
    {
        QSet<QString> pending;
        bool applied = false;
    };

    /// full: `connections` is every connection, so the ones not listed are forgotten.
    void start(const QStringList& connections, bool skipInFlight, bool full);
    void finished(quint64 round, const QString& connection, const QList<FleetVm>* vms, const QString& error);
    std::optional<double> priceOf(const QString& provider, const QString& region, const QString& specName);
    void rebuild();

    ConnectionStore* m_connections;
    ResourceService* m_service;
    PriceLookup m_priceLookup;
    QHash<QString, std::optional<double>> m_priceCache;
    QTimer m_timer;
    quint64 m_nextRound = 1;
    QHash<quint64, Round> m_rounds;
    QHash<QString, quint64> m_latestRound; ///< per connection: the round whose answer counts
    QSet<QString> m_inFlight;
    QHash<QString, QList<FleetVm>> m_byConnection;
    QHash<QString, QString> m_errors;
    QList<FleetVm> m_vms;
};

} // namespace Barista
