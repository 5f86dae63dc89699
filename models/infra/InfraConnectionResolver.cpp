// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/infra/InfraConnectionResolver.h"

#include "models/catalog/CatalogStore.h"
#include "models/catalog/RegionCatalog.h"

namespace Barista {

namespace {

bool sameRegion(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

InfraConnectionResolver::InfraConnectionResolver(const QList<ConnectionConfig>& existing, const CatalogStore* catalog)
    : m_existing(existing)
    , m_catalog(catalog)
{
}

QString InfraConnectionResolver::plannedName(const QString& provider, const QString& region)
{
    return (provider + QLatin1Char('-') + region).toLower();
}

ResolvedConnection InfraConnectionResolver::resolve(const NodeGroupSpec& group)
{
    if (!group.connectionName.isEmpty())
        return fromExplicit(group);

    const QString provider = group.specProvider();
    const QString region = group.specRegion();
    ResolvedConnection out;
    if (provider.isEmpty()) {
        out.error = tr("Node group %1: the spec \"%2\" does not name a provider and region "
                       "(provider+region+spec); give connectionName.")
                        .arg(group.name, group.specId);
        return out;
    }
    const ConnectionConfig* first = nullptr;
    for (const ConnectionConfig& c : m_existing) {
        if (c.provider != provider || !sameRegion(c.region, region))
            continue;
        if (!group.zone.isEmpty() && c.zone == group.zone) {
            out.config = c;
            return out;
        }
        if (!first)
            first = &c;
    }
    if (first) {
        out.config = *first;
        return out;
    }
    return plan(group, provider, region);
}

ResolvedConnection InfraConnectionResolver::fromExplicit(const NodeGroupSpec& group) const
{
    ResolvedConnection out;
    for (const ConnectionConfig& c : m_existing) {
        if (c.name != group.connectionName)
            continue;
        const QString provider = group.specProvider();
        if (!provider.isEmpty() && (provider != c.provider || !sameRegion(group.specRegion(), c.region))) {
            out.error = tr("Node group %1: the spec \"%2\" is for %3 %4, but connection \"%5\" is %6 %7.")
                            .arg(group.name, group.specId, providerDisplayName(provider), group.specRegion(), c.name,
                                providerDisplayName(c.provider), c.region);
            return out;
        }
        out.config = c;
        return out;
    }
    out.error = tr("Node group %1: connection \"%2\" does not exist.").arg(group.name, group.connectionName);
    return out;
}

ResolvedConnection InfraConnectionResolver::plan(
    const NodeGroupSpec& group, const QString& provider, const QString& region)
{
    ResolvedConnection out;
    const QString name = plannedName(provider, region);
    if (!m_planned.contains(name)) {
        const ConnectionConfig* model = nullptr;
        for (const ConnectionConfig& c : m_existing) {
            if (c.provider == provider) {
                model = &c;
                break;
            }
        }
        if (!model) {
            out.error = tr("Node group %1: no connection for %2; add one with 'barista connection add'.")
                            .arg(group.name, providerDisplayName(provider));
            return out;
        }
        for (const ConnectionConfig& c : m_existing) {
            // Same name, other place: adding it would silently repoint that connection.
            if (c.name == name) {
                out.error = tr("Node group %1: connection \"%2\" would be added for %3 %4, but a connection of "
                               "that name already exists for %5 %6.")
                                .arg(group.name, name, providerDisplayName(provider), region,
                                    providerDisplayName(c.provider), c.region);
                return out;
            }
        }
        ConnectionConfig config;
        config.name = name;
        config.driver = model->driver;
        config.provider = provider;
        config.credentialRef = model->credentialRef;
        config.endpointOverride = model->endpointOverride;
        config.region = region;
        config.zone = group.zone; // the first group's; later groups name their own zone at create
        m_planned.insert(name, { config, model->name });
    }
    const ConnectionConfig planned = m_planned.value(name).config;
    out.warnings.append(
        tr("Node group %1: there is no connection for %2 %3 yet; create will add \"%4\" "
           "with the driver and credential of \"%5\".")
            .arg(group.name, providerDisplayName(provider), region, name, m_planned.value(name).copiedFrom));
    const QString invalid = planned.validationError();
    if (!invalid.isEmpty()) {
        out.error = tr("Node group %1: connection \"%2\" cannot be added: %3").arg(group.name, name, invalid);
        return out;
    }
    out.error = regionError(group, planned, &out.warnings);
    out.config = planned;
    out.planned = true;
    return out;
}

QString InfraConnectionResolver::regionError(
    const NodeGroupSpec& group, const ConnectionConfig& planned, QStringList* warnings) const
{
    if (planned.driver == QLatin1String("sim")) {
        const std::optional<RegionInfo> region = RegionCatalog::bundled().region(planned.provider, planned.region);
        if (!region) {
            return tr("Node group %1: the simulated cloud has no %2 region \"%3\".")
                .arg(group.name, providerDisplayName(planned.provider), planned.region);
        }
        if (planned.zone.isEmpty())
            return QString();
        for (const ZoneInfo& zone : region->zones) {
            if (zone.name == planned.zone)
                return QString();
        }
        return tr("Node group %1: the simulated cloud has no zone \"%2\" in %3 %4.")
            .arg(group.name, planned.zone, providerDisplayName(planned.provider), planned.region);
    }
    if (!m_catalog) {
        warnings->append(tr("Node group %1: region \"%2\" of the connection to add was not checked: no catalog "
                            "is open.")
                             .arg(group.name, planned.region));
        return QString();
    }
    for (const CatalogRegion& region : m_catalog->regions(planned.provider)) {
        if (sameRegion(region.region.name, planned.region))
            return QString();
    }
    return tr("Node group %1: the catalog knows no %2 region \"%3\".")
        .arg(group.name, providerDisplayName(planned.provider), planned.region);
}

} // namespace Barista
