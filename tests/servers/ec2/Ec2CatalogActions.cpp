// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/Ec2CatalogActions.h"

#include "tests/servers/ec2/Ec2Catalog.h"
#include "tests/servers/ec2/Ec2Paging.h"
#include "tests/servers/ec2/Ec2XmlWriter.h"

namespace Barista {

namespace {

Ec2Error invalidFilter(const QString& name)
{
    return Ec2Error::client(
        QStringLiteral("InvalidParameterValue"), QStringLiteral("The filter '%1' is invalid").arg(name));
}

void writeInstanceType(Ec2XmlWriter& out, const Ec2InstanceType& t)
{
    out.item();
    out.text(QStringLiteral("instanceType"), t.name);
    out.boolean(QStringLiteral("currentGeneration"), t.currentGeneration);
    out.boolean(QStringLiteral("freeTierEligible"), t.name == QStringLiteral("t2.micro"));
    out.start(QStringLiteral("supportedUsageClasses"));
    out.text(QStringLiteral("item"), QStringLiteral("on-demand"));
    out.text(QStringLiteral("item"), QStringLiteral("spot"));
    out.end();
    out.start(QStringLiteral("supportedRootDeviceTypes"));
    out.text(QStringLiteral("item"), QStringLiteral("ebs"));
    out.end();
    out.start(QStringLiteral("supportedVirtualizationTypes"));
    out.text(QStringLiteral("item"), QStringLiteral("hvm"));
    out.end();
    out.boolean(QStringLiteral("bareMetal"), false);
    out.text(QStringLiteral("hypervisor"), QStringLiteral("nitro"));
    out.start(QStringLiteral("processorInfo"));
    out.start(QStringLiteral("supportedArchitectures"));
    out.text(QStringLiteral("item"), t.architecture);
    out.end();
    out.end();
    out.start(QStringLiteral("vCpuInfo"));
    out.number(QStringLiteral("defaultVCpus"), t.vcpus);
    out.number(QStringLiteral("defaultCores"), qMax(1, t.vcpus / 2));
    out.number(QStringLiteral("defaultThreadsPerCore"), t.vcpus > 1 ? 2 : 1);
    out.end();
    out.start(QStringLiteral("memoryInfo"));
    out.number(QStringLiteral("sizeInMiB"), t.memoryMiB);
    out.end();
    out.boolean(QStringLiteral("instanceStorageSupported"), false);
    if (t.gpus > 0) {
        out.start(QStringLiteral("gpuInfo"));
        out.start(QStringLiteral("gpus"));
        out.item();
        out.text(QStringLiteral("name"), t.gpuName);
        out.text(QStringLiteral("manufacturer"), t.gpuManufacturer);
        out.number(QStringLiteral("count"), t.gpus);
        out.start(QStringLiteral("memoryInfo"));
        out.number(QStringLiteral("sizeInMiB"), t.gpuMemoryMiB);
        out.end();
        out.end();
        out.end();
        out.number(QStringLiteral("totalGpuMemoryInMiB"), qint64(t.gpus) * t.gpuMemoryMiB);
        out.end();
    }
    out.end();
}

} // namespace

void Ec2CatalogActions::registerAll(Ec2HandlerTable& table)
{
    table.insert(QStringLiteral("DescribeRegions"), &describeRegions);
    table.insert(QStringLiteral("DescribeAvailabilityZones"), &describeAvailabilityZones);
    table.insert(QStringLiteral("DescribeInstanceTypes"), &describeInstanceTypes);
}

Ec2Outcome Ec2CatalogActions::describeRegions(Ec2Call& call)
{
    const QStringList names = call.request.list(QStringLiteral("RegionName"));
    const QList<Ec2Filter> filters = call.request.filters();
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.start(QStringLiteral("regionInfo"));
    for (const QString& region : Ec2Catalog::regionNames()) {
        if (!names.isEmpty() && !names.contains(region))
            continue;
        QString invalid;
        const bool match = Ec2State::matches(
            filters, {},
            [&](const QString& name) -> std::optional<QStringList> {
                if (name == QStringLiteral("region-name"))
                    return QStringList { region };
                if (name == QStringLiteral("endpoint"))
                    return QStringList { Ec2Catalog::endpoint(region) };
                if (name == QStringLiteral("opt-in-status"))
                    return QStringList { QStringLiteral("opt-in-not-required") };
                return std::nullopt;
            },
            &invalid);
        if (!invalid.isEmpty())
            return invalidFilter(invalid);
        if (!match)
            continue;
        out.item();
        out.text(QStringLiteral("regionName"), region);
        out.text(QStringLiteral("regionEndpoint"), Ec2Catalog::endpoint(region));
        out.text(QStringLiteral("optInStatus"), QStringLiteral("opt-in-not-required"));
        out.end();
    }
    out.end();
    return out.finish();
}

Ec2Outcome Ec2CatalogActions::describeAvailabilityZones(Ec2Call& call)
{
    const QStringList names = call.request.list(QStringLiteral("ZoneName"));
    const QStringList zoneIds = call.request.list(QStringLiteral("ZoneId"));
    const QList<Ec2Filter> filters = call.request.filters();
    const QString& region = call.region.name;
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.start(QStringLiteral("availabilityZoneInfo"));
    for (const QString& zone : Ec2Catalog::zones(region)) {
        const QString zoneId = Ec2Catalog::zoneId(zone);
        if ((!names.isEmpty() && !names.contains(zone)) || (!zoneIds.isEmpty() && !zoneIds.contains(zoneId)))
            continue;
        QString invalid;
        const bool match = Ec2State::matches(
            filters, {},
            [&](const QString& name) -> std::optional<QStringList> {
                if (name == QStringLiteral("zone-name"))
                    return QStringList { zone };
                if (name == QStringLiteral("zone-id"))
                    return QStringList { zoneId };
                if (name == QStringLiteral("region-name"))
                    return QStringList { region };
                if (name == QStringLiteral("state"))
                    return QStringList { QStringLiteral("available") };
                if (name == QStringLiteral("zone-type"))
                    return QStringList { QStringLiteral("availability-zone") };
                return std::nullopt;
            },
            &invalid);
        if (!invalid.isEmpty())
            return invalidFilter(invalid);
        if (!match)
            continue;
        out.item();
        out.text(QStringLiteral("zoneName"), zone);
        out.text(QStringLiteral("zoneState"), QStringLiteral("available"));
        out.text(QStringLiteral("regionName"), region);
        out.empty(QStringLiteral("messageSet"));
        out.text(QStringLiteral("zoneId"), zoneId);
        out.text(QStringLiteral("groupName"), region);
        out.text(QStringLiteral("networkBorderGroup"), region);
        out.text(QStringLiteral("zoneType"), QStringLiteral("availability-zone"));
        out.text(QStringLiteral("optInStatus"), QStringLiteral("opt-in-not-required"));
        out.end();
    }
    out.end();
    return out.finish();
}

Ec2Outcome Ec2CatalogActions::describeInstanceTypes(Ec2Call& call)
{
    const QStringList wanted = call.request.list(QStringLiteral("InstanceType"));
    QStringList unknown;
    for (const QString& name : wanted) {
        if (!Ec2Catalog::instanceType(name))
            unknown << name;
    }
    if (!unknown.isEmpty())
        return Ec2Error::client(QStringLiteral("InvalidInstanceType"),
            QStringLiteral("The following supplied instance types do not exist: [%1]")
                .arg(unknown.join(QStringLiteral(", "))));
    if (auto error = Ec2Paging::read(call.request, 5, 100))
        return *error;
    const Ec2Paging page(call.request);
    const QList<Ec2Filter> filters = call.request.filters();
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.start(QStringLiteral("instanceTypeSet"));
    int n = 0;
    for (const Ec2InstanceType& t : Ec2Catalog::instanceTypes()) {
        if (!wanted.isEmpty() && !wanted.contains(t.name))
            continue;
        QString invalid;
        const bool match = Ec2State::matches(
            filters, {},
            [&](const QString& name) -> std::optional<QStringList> {
                if (name == QStringLiteral("instance-type"))
                    return QStringList { t.name };
                if (name == QStringLiteral("vcpu-info.default-vcpus"))
                    return QStringList { QString::number(t.vcpus) };
                if (name == QStringLiteral("memory-info.size-in-mib"))
                    return QStringList { QString::number(t.memoryMiB) };
                if (name == QStringLiteral("processor-info.supported-architecture"))
                    return QStringList { t.architecture };
                if (name == QStringLiteral("current-generation"))
                    return QStringList { t.currentGeneration ? QStringLiteral("true") : QStringLiteral("false") };
                return std::nullopt;
            },
            &invalid);
        if (!invalid.isEmpty())
            return invalidFilter(invalid);
        if (match && page.contains(n++))
            writeInstanceType(out, t);
    }
    out.end();
    const QString next = page.nextToken(n);
    if (!next.isEmpty())
        out.text(QStringLiteral("nextToken"), next);
    return out.finish();
}

} // namespace Barista
