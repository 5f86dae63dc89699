// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchScan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <functional>

namespace Barista::Bench {

namespace {

/// Splits one line at commas outside double quotes.
void splitLine(const char* begin, const char* end, QList<QByteArray>& fields)
{
    fields.resize(0);
    QByteArray field;
    bool quoted = false;
    for (const char* p = begin; p < end; ++p) {
        if (*p == '"') {
            quoted = !quoted;
        } else if (*p == ',' && !quoted) {
            fields.append(field);
            field.clear();
        } else if (*p != '\r') {
            field.append(*p);
        }
    }
    fields.append(field);
}

/// Calls row(fields) for each data line of the file.
void forEachRow(const QString& path, const std::function<void(const QList<QByteArray>&)>& row)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray data = file.readAll();
    const char* p = data.constData();
    const char* end = p + data.size();
    QList<QByteArray> fields;
    bool header = true;
    while (p < end) {
        const char* eol = static_cast<const char*>(memchr(p, '\n', end - p));
        if (!eol)
            eol = end;
        if (!header) {
            splitLine(p, eol, fields);
            row(fields);
        }
        header = false;
        p = eol + 1;
    }
}

QByteArray providerOf(const QString& path)
{
    return QFileInfo(path).absoluteDir().dirName().toUtf8();
}

BenchScan::SpecRow specRow(const QByteArray& provider, const QList<QByteArray>& f)
{
    BenchScan::SpecRow row;
    row.key = provider + '/' + f.value(8);
    row.name = f.value(0);
    row.gpu = f.value(1).toLower();
    row.gpus = f.value(2).toInt();
    row.vcpu = f.value(3).toInt();
    row.memory = f.value(4).toDouble();
    const int size = f.value(5).indexOf("'SizeInMiB': ");
    if (size >= 0)
        row.gpuMemory = f.value(5).mid(size + 13).toDouble() * row.gpus / 1024.0;
    row.price = f.value(6).isEmpty() ? -1 : f.value(6).toDouble();
    row.spot = f.value(7).isEmpty() ? -1 : f.value(7).toDouble();
    row.arch = f.value(10);
    return row;
}

BenchScan::ImageRow imageRow(const QByteArray& provider, const QList<QByteArray>& f)
{
    return BenchScan::ImageRow { provider + '/' + f.value(1), f.value(0), f.value(2).toLower(),
        f.value(0).contains("arm64") ? QByteArray("arm64") : QByteArray() };
}

bool textMatches(const CatalogQuery& query, const QByteArray& name)
{
    if (query.text.isEmpty())
        return true;
    const QByteArray lower = name.toLower();
    for (const QString& term : query.text) {
        const QByteArray t = term.toLower().toUtf8();
        if (term.size() >= 3 ? !lower.contains(t) : !lower.startsWith(t))
            return false;
    }
    return true;
}

bool inScope(const ScanScope& scope, const QByteArray& key)
{
    return !scope.regions || scope.regions->contains(key);
}

bool specMatches(const CatalogQuery& q, const ScanScope& scope, const BenchScan::SpecRow& r)
{
    if (!inScope(scope, r.key) || !textMatches(q, r.name))
        return false;
    if (!q.gpuModels.isEmpty()) {
        bool any = false;
        for (const QString& model : q.gpuModels) {
            const QByteArray m = model.toUtf8();
            any = any
                || (m == "any"        ? !r.gpu.isEmpty()
                        : m == "none" ? r.gpu.isEmpty()
                                      : (r.gpu == m || r.gpu.startsWith(QByteArray(m + '-'))));
        }
        if (!any)
            return false;
    }
    if (!q.architectures.isEmpty() && !q.architectures.contains(QString::fromUtf8(r.arch)))
        return false;
    const auto in = [](const NumericRange& range, double value, bool known) {
        return !range.isSet() || (known && range.contains(value));
    };
    return in(q.vcpu, r.vcpu, r.vcpu > 0) && in(q.memoryGiB, r.memory, r.memory > 0) && in(q.gpuCount, r.gpus, true)
        && in(q.gpuMemoryGiB, r.gpuMemory, r.gpuMemory > 0) && in(q.price, r.price, r.price > 0)
        && in(q.spotPrice, r.spot, r.spot > 0);
}

/// Sorts matches the way the store does (unknown last, file order on ties) and applies the limit.
qint64 orderAndLimit(const CatalogQuery& q, const ScanScope& scope, QList<const BenchScan::SpecRow*>& rows)
{
    QList<SortKey> keys = q.sort;
    if (keys.isEmpty())
        keys = q.hasNear() ? QList<SortKey> { { SortKey::Distance, false }, { SortKey::Price, false } }
                           : QList<SortKey> { { SortKey::Price, false } };
    const auto compare = [&](const BenchScan::SpecRow* a, const BenchScan::SpecRow* b) {
        for (const SortKey& key : keys) {
            double x = 0, y = 0;
            bool xKnown = true, yKnown = true;
            switch (key.field) {
            case SortKey::Price:
                x = a->price;
                y = b->price;
                xKnown = x > 0;
                yKnown = y > 0;
                break;
            case SortKey::Spot:
                x = a->spot;
                y = b->spot;
                xKnown = x > 0;
                yKnown = y > 0;
                break;
            case SortKey::Vcpu:
                x = a->vcpu;
                y = b->vcpu;
                break;
            case SortKey::Memory:
                x = a->memory;
                y = b->memory;
                break;
            case SortKey::Gpus:
                x = a->gpus;
                y = b->gpus;
                break;
            case SortKey::GpuMemory:
                x = a->gpuMemory;
                y = b->gpuMemory;
                xKnown = x > 0;
                yKnown = y > 0;
                break;
            case SortKey::Distance:
                xKnown = scope.distanceKm.contains(a->key);
                yKnown = scope.distanceKm.contains(b->key);
                x = scope.distanceKm.value(a->key);
                y = scope.distanceKm.value(b->key);
                break;
            default:
                continue; // name/provider/region ordering is not used by the benchmark's queries
            }
            if (xKnown != yKnown)
                return xKnown;
            if (x != y)
                return key.descending ? x > y : x < y;
        }
        return a < b; // file order
    };
    const qsizetype wanted = std::min<qsizetype>(rows.size(), q.offset + q.limit);
    std::partial_sort(rows.begin(), rows.begin() + wanted, rows.end(), compare);
    return std::max<qint64>(0, wanted - q.offset);
}

bool imageMatches(const CatalogQuery& q, const ScanScope& scope, const BenchScan::ImageRow& r)
{
    if (!inScope(scope, r.key) || !textMatches(q, r.name))
        return false;
    if (!q.operatingSystems.isEmpty()) {
        bool any = false;
        for (const QString& os : q.operatingSystems) {
            const QByteArray o = os.toUtf8();
            any = any || (o == "linux" ? !r.os.startsWith("windows") : r.os.startsWith(o));
        }
        if (!any)
            return false;
    }
    return q.architectures.isEmpty() || q.architectures.contains(QString::fromUtf8(r.arch));
}

} // namespace

BenchScan::BenchScan(QStringList specFiles, QStringList imageFiles)
    : m_specFiles(std::move(specFiles))
    , m_imageFiles(std::move(imageFiles))
{
}

BenchScan::Counts BenchScan::scanFiles(const CatalogQuery& query, const ScanScope& scope) const
{
    Counts counts;
    if (query.wants(CatalogQuery::Kind::Specs)) {
        QList<SpecRow> matches;
        for (const QString& path : m_specFiles) {
            const QByteArray provider = providerOf(path);
            forEachRow(path, [&](const QList<QByteArray>& fields) {
                SpecRow row = specRow(provider, fields);
                if (specMatches(query, scope, row))
                    matches.append(std::move(row));
            });
        }
        QList<const SpecRow*> rows;
        for (const SpecRow& row : std::as_const(matches))
            rows.append(&row);
        counts.specs = orderAndLimit(query, scope, rows);
    }
    if (query.wants(CatalogQuery::Kind::Images)) {
        qint64 matches = 0;
        for (const QString& path : m_imageFiles) {
            const QByteArray provider = providerOf(path);
            forEachRow(path, [&](const QList<QByteArray>& fields) {
                if (imageMatches(query, scope, imageRow(provider, fields)))
                    ++matches;
            });
        }
        counts.images = std::clamp<qint64>(matches - query.offset, 0, query.limit);
    }
    return counts;
}

qint64 BenchScan::load()
{
    m_specs.clear();
    m_images.clear();
    for (const QString& path : std::as_const(m_specFiles)) {
        const QByteArray provider = providerOf(path);
        forEachRow(path, [&](const QList<QByteArray>& fields) { m_specs.append(specRow(provider, fields)); });
    }
    for (const QString& path : std::as_const(m_imageFiles)) {
        const QByteArray provider = providerOf(path);
        forEachRow(path, [&](const QList<QByteArray>& fields) { m_images.append(imageRow(provider, fields)); });
    }
    return m_specs.size() + m_images.size();
}

BenchScan::Counts BenchScan::scanMemory(const CatalogQuery& query, const ScanScope& scope) const
{
    Counts counts;
    if (query.wants(CatalogQuery::Kind::Specs)) {
        QList<const SpecRow*> rows;
        for (const SpecRow& row : m_specs) {
            if (specMatches(query, scope, row))
                rows.append(&row);
        }
        counts.specs = orderAndLimit(query, scope, rows);
    }
    if (query.wants(CatalogQuery::Kind::Images)) {
        qint64 matches = 0;
        for (const ImageRow& row : m_images) {
            if (imageMatches(query, scope, row))
                ++matches;
        }
        counts.images = std::clamp<qint64>(matches - query.offset, 0, query.limit);
    }
    return counts;
}

} // namespace Barista::Bench
