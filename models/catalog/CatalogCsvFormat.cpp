// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/CatalogCsvFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace Barista {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCsvFormat)
};

/// Empty -> nullopt with *ok true; a number -> value; anything else -> *ok false.
std::optional<double> number(const QString& text, bool* ok)
{
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const double value = text.toDouble(ok);
    if (!*ok || !std::isfinite(value) || value < 0) {
        *ok = false;
        return std::nullopt;
    }
    return value;
}

/// Prices: 0 and -1 are how these catalogs write "unknown"; stored as unknown, never 0.
std::optional<double> price(const QString& text, bool* ok)
{
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const double value = text.toDouble(ok);
    if (!*ok || !std::isfinite(value))
        return std::nullopt;
    return value > 0 ? std::optional<double>(value) : std::nullopt;
}

QString gpuModel(QString model)
{
    for (const char* vendor : { "NVIDIA ", "AMD ", "Intel " }) {
        if (model.startsWith(QLatin1String(vendor)))
            model.remove(0, static_cast<int>(qstrlen(vendor)));
    }
    return model.trimmed();
}

QString osTypeOf(const QString& text)
{
    return text.contains(QLatin1String("windows"), Qt::CaseInsensitive) ? QStringLiteral("Windows")
                                                                        : QStringLiteral("Linux");
}

} // namespace

CatalogCsvFormat CatalogCsvFormat::detect(const QList<QByteArray>& header)
{
    CatalogCsvFormat format;
    for (int i = 0; i < header.size(); ++i)
        format.m_columns.insert(header.at(i).trimmed(), i);
    format.m_columnCount = static_cast<int>(header.size());
    const auto has = [&format](const char* column) { return format.m_columns.contains(QByteArray(column)); };
    if (has("InstanceType") && has("Region") && has("Price"))
        format.m_kind = SkyPilotVms;
    else if (has("Tag") && has("ImageId") && has("Region"))
        format.m_kind = SkyPilotImages;
    else if (has("providerName") && has("regionName") && has("cspSpecName"))
        format.m_kind = TumblebugSpecs;
    else if (has("providerName") && has("regionName") && has("cspImageName"))
        format.m_kind = TumblebugImages;
    format.m_lastColumnIsList = !header.isEmpty() && header.last().trimmed() == "Generation";
    return format;
}

QString CatalogCsvFormat::name() const
{
    switch (m_kind) {
    case SkyPilotVms:
        return QStringLiteral("skypilot-vms");
    case SkyPilotImages:
        return QStringLiteral("skypilot-images");
    case TumblebugSpecs:
        return QStringLiteral("tumblebug-spec");
    case TumblebugImages:
        return QStringLiteral("tumblebug-image");
    case Unknown:
        break;
    }
    return QString();
}

QString CatalogCsvFormat::normalizeProvider(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("ncpvpc"))
        return QStringLiteral("ncp");
    if (lower == QLatin1String("ktcloudvpc") || lower == QLatin1String("ktcloud"))
        return QStringLiteral("kt");
    if (lower == QLatin1String("nhncloud"))
        return QStringLiteral("nhn");
    return lower;
}

bool CatalogCsvFormat::fitColumns(QList<QByteArray>& fields, QString* problem) const
{
    if (fields.size() > m_columnCount && m_lastColumnIsList) {
        // An unquoted list in the last column ("V1,V2"): fold the extra fields back into it.
        QByteArray last = fields.at(m_columnCount - 1);
        for (qsizetype i = m_columnCount; i < fields.size(); ++i)
            last += ',' + fields.at(i);
        fields.resize(m_columnCount);
        fields.last() = last;
    }
    if (fields.size() > m_columnCount) {
        *problem = Tr::tr("%1 fields, but the header has %2.").arg(fields.size()).arg(m_columnCount);
        return false;
    }
    // Missing trailing columns are empty (SkyPilot drops an empty BaseImageId).
    fields.resize(m_columnCount);
    return true;
}

QString CatalogCsvFormat::text(const QList<QByteArray>& fields, const char* column) const
{
    const int index = m_columns.value(QByteArray(column), -1);
    if (index < 0 || index >= fields.size())
        return QString();
    return QString::fromUtf8(fields.at(index)).trimmed();
}

bool CatalogCsvFormat::toSpec(
    QList<QByteArray>& fields, const QString& provider, SpecRecord* record, QString* problem) const
{
    if (!fitColumns(fields, problem))
        return false;
    *record = SpecRecord();
    bool ok = true;
    const auto bad = [problem](const QString& column, const QString& value) {
        *problem = Tr::tr("%1 \"%2\" is not a valid number.").arg(column, value);
        return false;
    };
    if (m_kind == SkyPilotVms) {
        record->provider = provider;
        record->region = text(fields, "Region");
        record->zone = text(fields, "AvailabilityZone");
        const QString instance = text(fields, "InstanceType");
        const QString accelerator = text(fields, "AcceleratorName");
        const QString countText = text(fields, "AcceleratorCount");
        const std::optional<double> count = number(countText, &ok);
        if (!ok)
            return bad(QStringLiteral("AcceleratorCount"), countText);
        if (instance.isEmpty() && accelerator.isEmpty()) {
            *problem = Tr::tr("The row has neither an InstanceType nor an AcceleratorName.");
            return false;
        }
        // An accelerator-only row: the GPU or TPU to attach, as SkyPilot names it ("A100:1").
        record->name = instance.isEmpty() ? QStringLiteral("%1:%2").arg(accelerator).arg(count.value_or(1)) : instance;
        const QString vcpuText = text(fields, "vCPUs");
        const std::optional<double> vcpu = number(vcpuText, &ok);
        if (!ok)
            return bad(QStringLiteral("vCPUs"), vcpuText);
        if (vcpu && *vcpu > 0)
            record->vcpu = static_cast<int>(std::ceil(*vcpu)); // a shared-core fraction counts as one
        const QString memoryText = text(fields, "MemoryGiB");
        const std::optional<double> memory = number(memoryText, &ok);
        if (!ok)
            return bad(QStringLiteral("MemoryGiB"), memoryText);
        if (memory && *memory > 0)
            record->memoryGiB = memory;
        if (!accelerator.isEmpty()) {
            record->gpuModel = accelerator;
            record->gpuCount = static_cast<int>(std::lround(count.value_or(1)));
            // GpuInfo is a Python dict literal; its per-GPU SizeInMiB is the reliable figure.
            static const QRegularExpression size(QStringLiteral("'SizeInMiB':\\s*([0-9.]+)"));
            const QRegularExpressionMatch match = size.match(text(fields, "GpuInfo"));
            if (match.hasMatch())
                record->gpuMemoryGiB = match.captured(1).toDouble() * record->gpuCount / 1024.0;
        }
        const QString priceText = text(fields, "Price");
        record->price = price(priceText, &ok);
        if (!ok)
            return bad(QStringLiteral("Price"), priceText);
        const QString spotText = text(fields, "SpotPrice");
        record->spotPrice = price(spotText, &ok);
        if (!ok)
            return bad(QStringLiteral("SpotPrice"), spotText);
        record->architecture = text(fields, "Arch").toLower();
    } else {
        record->provider = normalizeProvider(text(fields, "providerName"));
        record->region = text(fields, "regionName");
        record->name = text(fields, "cspSpecName");
        if (record->provider.isEmpty() || record->name.isEmpty()) {
            *problem = Tr::tr("The row has no providerName or no cspSpecName.");
            return false;
        }
        const QString costText = text(fields, "costPerHour");
        record->price = price(costText, &ok);
        if (!ok)
            return bad(QStringLiteral("costPerHour"), costText);
        record->currency = text(fields, "currency").toUpper();
        const QString diskText = text(fields, "rootDiskSize");
        if (diskText != QLatin1String("default") && !diskText.isEmpty()) {
            const std::optional<double> disk = number(diskText, &ok);
            if (!ok)
                return bad(QStringLiteral("rootDiskSize"), diskText);
            if (disk && *disk > 0)
                record->diskGiB = static_cast<int>(std::lround(*disk));
        }
        const QString model = gpuModel(text(fields, "acceleratorModel"));
        if (!model.isEmpty()) {
            record->gpuModel = model;
            const QString countText = text(fields, "acceleratorCount");
            const std::optional<double> count = number(countText, &ok);
            if (!ok)
                return bad(QStringLiteral("acceleratorCount"), countText);
            record->gpuCount = static_cast<int>(std::lround(count.value_or(1)));
            const QString memoryText = text(fields, "acceleratorMemoryGB");
            const std::optional<double> memory = number(memoryText, &ok);
            if (!ok)
                return bad(QStringLiteral("acceleratorMemoryGB"), memoryText);
            if (memory && *memory > 0)
                record->gpuMemoryGiB = memory;
        }
    }
    if (record->region.isEmpty()) {
        *problem = Tr::tr("The row has no region.");
        return false;
    }
    if (record->currency.isEmpty())
        record->currency = QStringLiteral("USD");
    return true;
}

bool CatalogCsvFormat::toImage(
    QList<QByteArray>& fields, const QString& provider, ImageRecord* record, QString* problem) const
{
    if (!fitColumns(fields, problem))
        return false;
    *record = ImageRecord();
    if (m_kind == SkyPilotImages) {
        record->provider = provider;
        record->region = text(fields, "Region");
        record->imageId = text(fields, "ImageId");
        record->name = text(fields, "Tag");
        const QString os = text(fields, "OS");
        record->osType = osTypeOf(os);
        record->osDistribution = os;
        record->osVersion = text(fields, "OSVersion");
        const QString tag = record->name.toLower();
        record->gpuReady = tag.contains(QLatin1String("gpu")) || tag.contains(QLatin1String("cuda"));
        if (tag.contains(QLatin1String("arm64")) || tag.contains(QLatin1String("aarch64")))
            record->architecture = QStringLiteral("arm64");
    } else {
        record->provider = normalizeProvider(text(fields, "providerName"));
        record->region = text(fields, "regionName");
        record->imageId = text(fields, "cspImageName");
        record->name = record->imageId;
        const QString osType = text(fields, "osType");
        const QString description = text(fields, "description");
        record->osType = osTypeOf(osType);
        // "Ubuntu 22.04", "Red Hat Enterprise Linux 8 (ARM64)" -> distribution and version.
        static const QRegularExpression split(QStringLiteral("^(.*?)\\s+(\\d[\\w.]*)"));
        const QRegularExpressionMatch match = split.match(osType);
        record->osDistribution = match.hasMatch() ? match.captured(1) : osType;
        record->osVersion = match.hasMatch() ? match.captured(2) : QString();
        const QString arch = text(fields, "osArchitecture").toLower();
        if (!arch.isEmpty())
            record->architecture = arch;
        else if (osType.contains(QLatin1String("ARM64"), Qt::CaseInsensitive))
            record->architecture = QStringLiteral("arm64");
        record->gpuReady = description.contains(QLatin1String("GPU"), Qt::CaseInsensitive)
            || description.contains(QLatin1String("NVIDIA"), Qt::CaseInsensitive);
        record->k8sReady = text(fields, "infraType").contains(QLatin1String("k8s"), Qt::CaseInsensitive);
        if (record->provider.isEmpty()) {
            *problem = Tr::tr("The row has no providerName.");
            return false;
        }
    }
    if (record->imageId.isEmpty()) {
        *problem = Tr::tr("The row has no image id.");
        return false;
    }
    return true;
}

} // namespace Barista
