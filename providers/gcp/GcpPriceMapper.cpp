// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gcp/GcpPriceMapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

namespace Barista {

namespace {

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

struct Description
{
    GcpPriceMapper::Part part = GcpPriceMapper::Part::Core;
    QString name; ///< series ("n2d") or GPU model ("nvidia-tesla-a100")
};

/// "N1 Predefined Instance Core" -> n1; "Compute optimized Ram" -> c2. Custom, sole-tenant,
/// extended-memory and premium parts are not parts of predefined machine types.
std::optional<Description> machinePart(const QString& head)
{
    Description d;
    QString prefix;
    if (head.endsWith(QLatin1String(" Core"))) {
        d.part = GcpPriceMapper::Part::Core;
        prefix = head.chopped(5);
    } else if (head.endsWith(QLatin1String(" Ram"))) {
        d.part = GcpPriceMapper::Part::Ram;
        prefix = head.chopped(4);
    } else {
        return std::nullopt;
    }
    // Google's names for the first series of these families.
    if (prefix == QLatin1String("Compute optimized")) {
        d.name = QStringLiteral("c2");
        return d;
    }
    if (prefix == QLatin1String("Memory-optimized Instance")) {
        d.name = QStringLiteral("m1");
        return d;
    }
    const QStringList words = prefix.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    static const QRegularExpression series(QStringLiteral("^[A-Za-z][0-9]+[A-Za-z]?$"));
    if (words.isEmpty() || !series.match(words.first()).hasMatch())
        return std::nullopt;
    static const QStringList fillers = { QStringLiteral("Instance"), QStringLiteral("Predefined"),
        QStringLiteral("AMD"), QStringLiteral("Arm"), QStringLiteral("Intel") };
    for (const QString& word : words.mid(1)) {
        if (!fillers.contains(word))
            return std::nullopt; // "Custom", "Sole Tenancy", "Extended", ...
    }
    d.name = words.first().toLower();
    return d;
}

/// "Nvidia Tesla A100 GPU [attached to Spot Preemptible VMs]" -> nvidia-tesla-a100, the
/// accelerator type name machine types carry.
std::optional<Description> gpuPart(QString head)
{
    for (const QLatin1String suffix :
        { QLatin1String(" attached to Spot Preemptible VMs"), QLatin1String(" attached to Preemptible VMs") }) {
        if (head.endsWith(suffix))
            head.chop(suffix.size());
    }
    if (!head.endsWith(QLatin1String(" GPU")))
        return std::nullopt;
    Description d;
    d.part = GcpPriceMapper::Part::Gpu;
    d.name = head.chopped(4).toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    return d;
}

} // namespace

QString GcpPriceMapper::rateKey(Part part, const QString& name, const QString& pricingModel)
{
    const QLatin1String kind = part == Part::Core ? QLatin1String("core")
        : part == Part::Ram                       ? QLatin1String("ram")
                                                  : QLatin1String("gpu");
    return kind + QLatin1Char('|') + name + QLatin1Char('|') + pricingModel;
}

std::optional<double> GcpPriceMapper::unitPrice(const QJsonObject& sku, const QString& unit)
{
    // Without startTime the API answers the current price only; the last entry is the newest.
    const QJsonArray infos = sku.value(QLatin1String("pricingInfo")).toArray();
    if (infos.isEmpty())
        return std::nullopt;
    const QJsonObject expression = infos.last().toObject().value(QLatin1String("pricingExpression")).toObject();
    if (text(expression, "usageUnit") != unit)
        return std::nullopt;
    // A free first tier (free usage) is not the price of a running machine.
    for (const QJsonValue& tier : expression.value(QLatin1String("tieredRates")).toArray()) {
        const QJsonObject money = tier.toObject().value(QLatin1String("unitPrice")).toObject();
        const QString currency = text(money, "currencyCode");
        if (!currency.isEmpty() && currency != QLatin1String("USD"))
            return std::nullopt;
        // int64 units travel as a JSON string, nanos as a number.
        const QJsonValue unitsValue = money.value(QLatin1String("units"));
        const double units = unitsValue.isString() ? unitsValue.toString().toDouble() : unitsValue.toDouble();
        const double price = units + money.value(QLatin1String("nanos")).toDouble() / 1e9;
        if (price > 0)
            return price;
    }
    return std::nullopt;
}

std::optional<GcpPriceMapper::Rate> GcpPriceMapper::rateOf(const QJsonObject& sku, const QString& region)
{
    const QJsonObject category = sku.value(QLatin1String("category")).toObject();
    if (text(category, "resourceFamily") != QLatin1String("Compute"))
        return std::nullopt;
    const QString usage = text(category, "usageType");
    QString model;
    if (usage == QLatin1String("OnDemand"))
        model = onDemand();
    else if (usage == QLatin1String("Preemptible"))
        model = spot();
    else
        return std::nullopt; // Commit1Yr, Commit3Yr, ...
    if (!sku.value(QLatin1String("serviceRegions")).toArray().contains(QJsonValue(region)))
        return std::nullopt;
    QString description = text(sku, "description").simplified();
    for (const QLatin1String prefix : { QLatin1String("Spot Preemptible "), QLatin1String("Preemptible ") }) {
        if (description.startsWith(prefix))
            description = description.mid(prefix.size());
    }
    const int at = description.indexOf(QLatin1String(" running in "));
    if (at <= 0)
        return std::nullopt;
    const QString head = description.left(at);
    const std::optional<Description> part
        = text(category, "resourceGroup") == QLatin1String("GPU") ? gpuPart(head) : machinePart(head);
    if (!part)
        return std::nullopt;
    const std::optional<double> price
        = unitPrice(sku, part->part == Part::Ram ? QStringLiteral("GiBy.h") : QStringLiteral("h"));
    if (!price)
        return std::nullopt;
    return Rate { rateKey(part->part, part->name, model), *price };
}

QString GcpPriceMapper::seriesOf(const QString& machineType)
{
    return machineType.section(QLatin1Char('-'), 0, 0).toLower();
}

double GcpPriceMapper::billedVcpus(const SpecInfo& spec)
{
    // The shared-core E2 types report 2 guest CPUs but are billed for a part of one.
    if (spec.name == QLatin1String("e2-micro"))
        return 0.25;
    if (spec.name == QLatin1String("e2-small"))
        return 0.5;
    if (spec.name == QLatin1String("e2-medium"))
        return 1.0;
    return spec.vcpu;
}

std::optional<double> GcpPriceMapper::pricePerHour(
    const SpecInfo& spec, const Rates& rates, const QString& pricingModel)
{
    const QString series = seriesOf(spec.name);
    const auto core = rates.constFind(rateKey(Part::Core, series, pricingModel));
    const auto ram = rates.constFind(rateKey(Part::Ram, series, pricingModel));
    if (spec.vcpu <= 0 || core == rates.cend() || ram == rates.cend())
        return std::nullopt;
    double price = billedVcpus(spec) * core.value() + spec.memoryGiB * ram.value();
    if (spec.gpuCount > 0) {
        const auto gpu = rates.constFind(rateKey(Part::Gpu, spec.gpuModel, pricingModel));
        if (gpu == rates.cend())
            return std::nullopt; // the machine cannot run without its GPUs
        price += spec.gpuCount * gpu.value();
    }
    if (price <= 0)
        return std::nullopt;
    return price;
}

QString GcpPriceMapper::encodeToken(const QString& catalogToken, const Rates& rates)
{
    QJsonObject object;
    for (auto it = rates.cbegin(); it != rates.cend(); ++it)
        object.insert(it.key(), it.value());
    const QByteArray packed = QJsonDocument(object)
                                  .toJson(QJsonDocument::Compact)
                                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return catalogToken + QLatin1Char('|') + QString::fromLatin1(packed);
}

bool GcpPriceMapper::decodeToken(const QString& token, QString* catalogToken, Rates* rates)
{
    catalogToken->clear();
    rates->clear();
    if (token.isEmpty())
        return true;
    const int bar = token.lastIndexOf(QLatin1Char('|')); // base64url has no '|'
    if (bar <= 0)
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(token.mid(bar + 1).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded);
    if (!document.isObject())
        return false;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isDouble())
            return false;
        rates->insert(it.key(), it.value().toDouble());
    }
    *catalogToken = token.left(bar);
    return true;
}

} // namespace Barista
