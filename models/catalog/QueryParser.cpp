// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/QueryParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <cmath>

namespace Barista {

QString QueryError::toString() const
{
    return QCoreApplication::translate("QueryParser", "column %1: %2").arg(column).arg(message);
}

namespace {

enum class Field
{
    Vcpu,
    Memory,
    Gpus,
    GpuMemory,
    Price,
    Spot,
    Disk,
    Provider,
    Region,
    Gpu,
    Arch,
    Os,
    Near,
    Within,
    Sort,
    Limit,
    Kind,
    Currency,
};

const QHash<QString, Field>& fieldNames()
{
    static const QHash<QString, Field> names = {
        { QStringLiteral("vcpu"), Field::Vcpu },
        { QStringLiteral("vcpus"), Field::Vcpu },
        { QStringLiteral("cpu"), Field::Vcpu },
        { QStringLiteral("cpus"), Field::Vcpu },
        { QStringLiteral("mem"), Field::Memory },
        { QStringLiteral("memory"), Field::Memory },
        { QStringLiteral("ram"), Field::Memory },
        { QStringLiteral("gpus"), Field::Gpus },
        { QStringLiteral("gpucount"), Field::Gpus },
        { QStringLiteral("gpumem"), Field::GpuMemory },
        { QStringLiteral("gpumemory"), Field::GpuMemory },
        { QStringLiteral("price"), Field::Price },
        { QStringLiteral("cost"), Field::Price },
        { QStringLiteral("spot"), Field::Spot },
        { QStringLiteral("disk"), Field::Disk },
        { QStringLiteral("provider"), Field::Provider },
        { QStringLiteral("providers"), Field::Provider },
        { QStringLiteral("cloud"), Field::Provider },
        { QStringLiteral("csp"), Field::Provider },
        { QStringLiteral("region"), Field::Region },
        { QStringLiteral("regions"), Field::Region },
        { QStringLiteral("gpu"), Field::Gpu },
        { QStringLiteral("accelerator"), Field::Gpu },
        { QStringLiteral("arch"), Field::Arch },
        { QStringLiteral("architecture"), Field::Arch },
        { QStringLiteral("os"), Field::Os },
        { QStringLiteral("near"), Field::Near },
        { QStringLiteral("within"), Field::Within },
        { QStringLiteral("radius"), Field::Within },
        { QStringLiteral("sort"), Field::Sort },
        { QStringLiteral("order"), Field::Sort },
        { QStringLiteral("limit"), Field::Limit },
        { QStringLiteral("in"), Field::Kind },
        { QStringLiteral("type"), Field::Kind },
        { QStringLiteral("kind"), Field::Kind },
        { QStringLiteral("currency"), Field::Currency },
    };
    return names;
}

/// Parses one query; the first error wins.
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(QueryParser)

public:
    explicit Parser(const QString& text)
        : m_text(text)
    {
    }

    std::optional<CatalogQuery> run(QueryError* error)
    {
        int i = 0;
        const int n = static_cast<int>(m_text.size());
        while (!m_error && i < n) {
            if (m_text.at(i).isSpace()) {
                ++i;
                continue;
            }
            const int start = i;
            bool inQuote = false;
            int quoteStart = -1;
            while (i < n && (inQuote || !m_text.at(i).isSpace())) {
                if (m_text.at(i) == QLatin1Char('"')) {
                    inQuote = !inQuote;
                    quoteStart = i;
                }
                ++i;
            }
            if (inQuote) {
                fail(quoteStart, tr("The quote is not closed."));
                break;
            }
            term(start, m_text.mid(start, i - start));
        }
        if (!m_error)
            checkKinds();
        if (m_error) {
            if (error)
                *error = *m_error;
            return std::nullopt;
        }
        if (error)
            *error = QueryError();
        return m_query;
    }

private:
    int column(int index) const
    {
        // Code points, so a Hangul or emoji query reports what the user sees.
        int column = 1;
        for (int i = 0; i < index && i < m_text.size(); ++i) {
            if (!m_text.at(i).isLowSurrogate())
                ++column;
        }
        return column;
    }

    void fail(int index, const QString& message)
    {
        if (!m_error)
            m_error = QueryError { column(index), message };
    }

    static QString unquote(const QString& value)
    {
        QString result = value;
        result.remove(QLatin1Char('"'));
        return result;
    }

    void term(int start, const QString& token)
    {
        static const QRegularExpression fieldPattern(QStringLiteral("^([A-Za-z]+)(>=|<=|!=|:|=|>|<)(.*)$"));
        if (token.startsWith(QLatin1Char('"'))) {
            const QString phrase = unquote(token).trimmed();
            if (!phrase.isEmpty())
                m_query.text.append(phrase);
            return;
        }
        const QRegularExpressionMatch match = fieldPattern.match(token);
        if (!match.hasMatch()) {
            if (!token.isEmpty() && QStringLiteral("<>=!").contains(token.at(0)))
                fail(start, tr("A comparison needs a field name before it, as in vcpu>=8."));
            else
                m_query.text.append(unquote(token));
            return;
        }
        const QString name = match.captured(1).toLower();
        const QString op = match.captured(2);
        const int valueIndex = start + static_cast<int>(match.capturedStart(3));
        const QString value = unquote(match.captured(3)).trimmed();
        const auto field = fieldNames().constFind(name);
        if (field == fieldNames().constEnd()) {
            fail(start, tr("Unknown field \"%1\" (put text that contains \"%2\" in quotes).").arg(name, op));
            return;
        }
        if (value.isEmpty()) {
            fail(valueIndex, tr("\"%1%2\" needs a value.").arg(name, op));
            return;
        }
        const bool equality = op == QLatin1String(":") || op == QLatin1String("=");
        if (op == QLatin1String("!=")) {
            fail(start + static_cast<int>(name.size()), tr("\"!=\" is not supported; use a range or a list."));
            return;
        }
        switch (*field) {
        case Field::Vcpu:
            return numeric(&m_query.vcpu, start, op, value, valueIndex, false);
        case Field::Memory:
            return numeric(&m_query.memoryGiB, start, op, value, valueIndex, true);
        case Field::Gpus:
            return numeric(&m_query.gpuCount, start, op, value, valueIndex, false);
        case Field::GpuMemory:
            return numeric(&m_query.gpuMemoryGiB, start, op, value, valueIndex, true);
        case Field::Price:
            return numeric(&m_query.price, start, op, value, valueIndex, false);
        case Field::Spot:
            return numeric(&m_query.spotPrice, start, op, value, valueIndex, false);
        case Field::Disk:
            return numeric(&m_query.diskGiB, start, op, value, valueIndex, true);
        case Field::Gpu:
            if (!equality)
                return numeric(&m_query.gpuCount, start, op, value, valueIndex, false);
            noteSpecTerm(start);
            return list(&m_query.gpuModels, value, valueIndex, true);
        case Field::Within: {
            if (op != QLatin1String(":") && op != QLatin1String("=") && op != QLatin1String("<=")) {
                fail(start + static_cast<int>(name.size()), tr("Use within:KM, for example within:800."));
                return;
            }
            const std::optional<double> km = number(value, false);
            if (!km || *km <= 0)
                fail(valueIndex, tr("within: needs a distance in kilometres greater than 0."));
            else
                m_query.withinKm = km;
            return;
        }
        default:
            break;
        }
        if (!equality) {
            fail(start + static_cast<int>(name.size()), tr("\"%1\" takes \":\", not \"%2\".").arg(name, op));
            return;
        }
        switch (*field) {
        case Field::Provider:
            m_query.providerColumn = column(valueIndex);
            return list(&m_query.providers, value, valueIndex, true);
        case Field::Region:
            m_query.regionColumn = column(valueIndex);
            return list(&m_query.regions, value, valueIndex, false);
        case Field::Arch:
            return list(&m_query.architectures, value, valueIndex, true);
        case Field::Os:
            if (!m_imageColumn)
                m_imageColumn = start;
            return list(&m_query.operatingSystems, value, valueIndex, true);
        case Field::Near:
            return near(value, valueIndex);
        case Field::Sort:
            return sort(value, valueIndex);
        case Field::Limit: {
            bool ok = false;
            const int limit = value.toInt(&ok);
            if (!ok || limit < 1 || limit > 100000)
                fail(valueIndex, tr("limit: needs a whole number from 1 to 100000."));
            else
                m_query.limit = limit;
            return;
        }
        case Field::Kind:
            return kind(value, valueIndex);
        case Field::Currency:
            if (value.size() != 3)
                fail(valueIndex, tr("currency: needs a three-letter code such as USD or KRW."));
            else
                m_query.currency = value.toUpper();
            return;
        default:
            return;
        }
    }

    static std::optional<double> number(QString value, bool gibibytes)
    {
        if (gibibytes) {
            static const QRegularExpression unit(QStringLiteral("(?i)(gib|gb|g)$"));
            value.remove(unit);
        }
        if (value.startsWith(QLatin1Char('$')))
            value.remove(0, 1);
        bool ok = false;
        const double result = value.toDouble(&ok);
        if (!ok || result < 0 || !std::isfinite(result))
            return std::nullopt;
        return result;
    }

    void noteSpecTerm(int start)
    {
        if (!m_specColumn)
            m_specColumn = start;
    }

    void numeric(
        NumericRange* range, int start, const QString& op, const QString& value, int valueIndex, bool gibibytes)
    {
        noteSpecTerm(start);
        const int dots = static_cast<int>(value.indexOf(QLatin1String("..")));
        if (dots >= 0 && (op == QLatin1String(":") || op == QLatin1String("="))) {
            const QString low = value.left(dots).trimmed();
            const QString high = value.mid(dots + 2).trimmed();
            const std::optional<double> lowValue = low.isEmpty() ? std::nullopt : number(low, gibibytes);
            const std::optional<double> highValue = high.isEmpty() ? std::nullopt : number(high, gibibytes);
            if ((!low.isEmpty() && !lowValue) || (low.isEmpty() && high.isEmpty())) {
                fail(valueIndex, tr("\"%1\" is not a number.").arg(low));
                return;
            }
            if (!high.isEmpty() && !highValue) {
                fail(valueIndex + dots + 2, tr("\"%1\" is not a number.").arg(high));
                return;
            }
            if (lowValue && highValue && *lowValue > *highValue) {
                fail(valueIndex, tr("The range %1 is empty.").arg(value));
                return;
            }
            if (lowValue) {
                range->min = lowValue;
                range->minInclusive = true;
            }
            if (highValue) {
                range->max = highValue;
                range->maxInclusive = true;
            }
            return;
        }
        const std::optional<double> parsed = number(value, gibibytes);
        if (!parsed) {
            fail(valueIndex, tr("\"%1\" is not a number.").arg(value));
            return;
        }
        if (op == QLatin1String(">=") || op == QLatin1String(">")) {
            range->min = parsed;
            range->minInclusive = op == QLatin1String(">=");
        } else if (op == QLatin1String("<=") || op == QLatin1String("<")) {
            range->max = parsed;
            range->maxInclusive = op == QLatin1String("<=");
        } else {
            range->min = range->max = parsed;
            range->minInclusive = range->maxInclusive = true;
        }
    }

    void list(QStringList* target, const QString& value, int valueIndex, bool lower)
    {
        int offset = 0;
        for (const QString& item : value.split(QLatin1Char(','))) {
            const QString trimmed = item.trimmed();
            if (trimmed.isEmpty()) {
                fail(valueIndex + offset, tr("The list has an empty item."));
                return;
            }
            target->append(lower ? trimmed.toLower() : trimmed);
            offset += static_cast<int>(item.size()) + 1;
        }
    }

    void near(const QString& value, int valueIndex)
    {
        if (m_query.hasNear()) {
            fail(valueIndex, tr("near: is given twice."));
            return;
        }
        m_query.nearColumn = column(valueIndex);
        static const QRegularExpression latLon(QStringLiteral("^[-+]?[0-9.]+\\s*,\\s*[-+]?[0-9.]+$"));
        if (latLon.match(value).hasMatch()) {
            const std::optional<GeoPoint> point = GeoDistance::parse(value);
            if (!point)
                fail(valueIndex, tr("near: needs a latitude from -90 to 90 and a longitude from -180 to 180."));
            m_query.nearPoint = point;
            return;
        }
        m_query.near = value;
    }

    void sort(const QString& value, int valueIndex)
    {
        if (!m_query.sort.isEmpty()) {
            fail(valueIndex, tr("sort: is given twice; list the keys in one sort:, separated by commas."));
            return;
        }
        int offset = 0;
        for (const QString& item : value.split(QLatin1Char(','))) {
            QString key = item.trimmed();
            SortKey sortKey;
            if (key.startsWith(QLatin1Char('-')) || key.startsWith(QLatin1Char('+'))) {
                sortKey.descending = key.startsWith(QLatin1Char('-'));
                key.remove(0, 1);
            }
            const std::optional<SortKey::Field> field = SortKey::fieldFromName(key);
            if (!field) {
                fail(valueIndex + offset, tr("Unknown sort key \"%1\".").arg(key));
                return;
            }
            sortKey.field = *field;
            m_query.sort.append(sortKey);
            offset += static_cast<int>(item.size()) + 1;
        }
    }

    void kind(const QString& value, int valueIndex)
    {
        const QString lower = value.toLower();
        if (lower == QLatin1String("regions") || lower == QLatin1String("region"))
            m_query.kind = CatalogQuery::Kind::Regions;
        else if (lower == QLatin1String("specs") || lower == QLatin1String("spec"))
            m_query.kind = CatalogQuery::Kind::Specs;
        else if (lower == QLatin1String("images") || lower == QLatin1String("image"))
            m_query.kind = CatalogQuery::Kind::Images;
        else if (lower == QLatin1String("all") || lower == QLatin1String("any"))
            m_query.kind = CatalogQuery::Kind::Any;
        else
            fail(valueIndex, tr("in: takes regions, specs, images or all."));
        m_kindColumn = valueIndex;
    }

    void checkKinds()
    {
        using Kind = CatalogQuery::Kind;
        if (m_specColumn && m_imageColumn)
            fail(std::max(*m_specColumn, *m_imageColumn), tr("A query cannot filter specs and images at once."));
        else if (m_specColumn && (m_query.kind == Kind::Images || m_query.kind == Kind::Regions))
            fail(*m_specColumn, tr("This filter applies to specs only."));
        else if (m_imageColumn && (m_query.kind == Kind::Specs || m_query.kind == Kind::Regions))
            fail(*m_imageColumn, tr("This filter applies to images only."));
        else if (!m_query.architectures.isEmpty() && m_query.kind == Kind::Regions)
            fail(m_kindColumn, tr("Regions have no architecture."));
    }

    const QString& m_text;
    CatalogQuery m_query;
    std::optional<QueryError> m_error;
    std::optional<int> m_specColumn;
    std::optional<int> m_imageColumn;
    int m_kindColumn = 0;
};

} // namespace

std::optional<CatalogQuery> QueryParser::parse(const QString& text, QueryError* error)
{
    return Parser(text).run(error);
}

} // namespace Barista
