// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/gcp/GcpComputeState.h"

#include "tests/servers/gcp/GcpTestCatalog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Barista {

void GcpComputeState::ensureProject(const QString& project)
{
    const QString path = QStringLiteral("projects/") + project;
    if (m_resources.contains(path))
        return;
    m_resources.insert(path,
        QJsonObject { { QStringLiteral("kind"), QStringLiteral("compute#project") },
            { QStringLiteral("id"), QString::number(nextId()) }, { QStringLiteral("name"), project },
            { QStringLiteral("creationTimestamp"), timestamp() },
            { QStringLiteral("commonInstanceMetadata"),
                QJsonObject { { QStringLiteral("kind"), QStringLiteral("compute#metadata") },
                    { QStringLiteral("fingerprint"), fingerprint() }, { QStringLiteral("items"), QJsonArray() } } },
            { QStringLiteral("defaultNetworkTier"), QStringLiteral("PREMIUM") },
            { QStringLiteral("selfLink"), url(path) } });
    for (const auto& [key, json] : GcpTestCatalog::resources(project, m_base)) {
        if (!m_resources.contains(key))
            m_resources.insert(key, json);
    }
}

QList<QString> GcpComputeState::children(const QString& collection) const
{
    QList<QString> out;
    const QString prefix = collection + QLatin1Char('/');
    for (auto it = m_resources.lowerBound(prefix); it != m_resources.cend() && it.key().startsWith(prefix); ++it) {
        if (!it.key().mid(prefix.size()).contains(QLatin1Char('/')))
            out.append(it.key());
    }
    return out;
}

bool GcpComputeState::matchesFilter(const QJsonObject& resource, const QString& filter)
{
    if (filter.trimmed().isEmpty())
        return true;
    static const QRegularExpression term(
        QStringLiteral("\\(?\\s*([A-Za-z0-9_.\\-]+)\\s*(!=|=|:|\\beq\\b|\\bne\\b)\\s*(\"[^\"]*\"|[^\\s)]+)\\s*\\)?"));
    auto it = term.globalMatch(filter);
    bool any = false;
    while (it.hasNext()) {
        any = true;
        const QRegularExpressionMatch m = it.next();
        const QString field = m.captured(1);
        const QString op = m.captured(2);
        QString want = m.captured(3);
        if (want.startsWith(QLatin1Char('"')))
            want = want.mid(1, want.size() - 2);
        QJsonValue value;
        if (field.startsWith(QLatin1String("labels.")))
            value = resource.value(QLatin1String("labels")).toObject().value(field.mid(7));
        else
            value = resource.value(field);
        const QString have = value.isString() ? value.toString() : value.toVariant().toString();
        bool ok = false;
        if (op == QLatin1String(":"))
            ok = want == QLatin1String("*") ? !value.isUndefined() : have.contains(want);
        else if (op == QLatin1String("="))
            ok = !value.isUndefined() && have == want;
        else if (op == QLatin1String("!="))
            ok = have != want;
        else {
            const QRegularExpression regex(QRegularExpression::anchoredPattern(want));
            ok = regex.match(have).hasMatch() == (op == QLatin1String("eq"));
        }
        if (!ok)
            return false;
    }
    return any;
}

GcpOutcome GcpComputeState::list(const QString& collection, const QString& kind, const QUrlQuery& query) const
{
    const QString filter = query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
    bool ok = true;
    int maxResults = query.hasQueryItem(QStringLiteral("maxResults"))
        ? query.queryItemValue(QStringLiteral("maxResults")).toInt(&ok)
        : 500;
    if (!ok || maxResults < 0 || maxResults > 500)
        return GcpOutcome::fail(GcpApiError::invalid(
            QStringLiteral("Invalid value for field 'maxResults': '%1'. Must be less than or equal to 500")
                .arg(query.queryItemValue(QStringLiteral("maxResults")))));
    if (maxResults == 0)
        maxResults = 500;
    int offset = 0;
    const QString token = query.queryItemValue(QStringLiteral("pageToken"));
    if (!token.isEmpty()) {
        const QByteArray decoded = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
        if (!decoded.startsWith("offset:") || (offset = decoded.mid(7).toInt(&ok), !ok))
            return GcpOutcome::fail(
                GcpApiError::invalid(QStringLiteral("Invalid value for field 'pageToken': '%1'.").arg(token)));
    }
    QJsonArray matching;
    for (const QString& path : children(collection)) {
        const QJsonObject resource = m_resources.value(path);
        if (matchesFilter(resource, filter))
            matching.append(resource);
    }
    QJsonObject page { { QStringLiteral("kind"), kind }, { QStringLiteral("id"), collection },
        { QStringLiteral("selfLink"), url(collection) } };
    QJsonArray items;
    for (int i = offset; i < matching.size() && i < offset + maxResults; ++i)
        items.append(matching.at(i));
    if (!items.isEmpty())
        page.insert(QStringLiteral("items"), items); // Compute leaves "items" out of an empty page
    if (offset + maxResults < matching.size())
        page.insert(QStringLiteral("nextPageToken"),
            QString::fromLatin1(QByteArray("offset:" + QByteArray::number(offset + maxResults))
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    return { page, std::nullopt };
}

QJsonObject GcpComputeState::startOperation(const QString& project, const QString& scope, const QString& scopeName,
    const QString& type, const QString& targetPath, const QString& requestId, GcpEffect effect)
{
    if (!requestId.isEmpty()) {
        const QString known = m_requestIds.value(project + QLatin1Char('/') + requestId);
        if (!known.isEmpty() && m_operations.contains(known))
            return m_operations.value(known).json;
    }
    const QString name = QStringLiteral("operation-%1-%2")
                             .arg(QDateTime::currentMSecsSinceEpoch())
                             .arg(QRandomGenerator::global()->generate64(), 0, 16);
    QString path = QStringLiteral("projects/%1/").arg(project);
    if (scope == QLatin1String("zone"))
        path += QStringLiteral("zones/%1/operations/%2").arg(scopeName, name);
    else if (scope == QLatin1String("region"))
        path += QStringLiteral("regions/%1/operations/%2").arg(scopeName, name);
    else
        path += QStringLiteral("global/operations/") + name;
    QJsonObject op { { QStringLiteral("kind"), QStringLiteral("compute#operation") },
        { QStringLiteral("id"), QString::number(nextId()) }, { QStringLiteral("name"), name },
        { QStringLiteral("operationType"), type }, { QStringLiteral("targetLink"), url(targetPath) },
        { QStringLiteral("targetId"), m_resources.value(targetPath).value(QLatin1String("id")) },
        { QStringLiteral("status"), QStringLiteral("PENDING") }, { QStringLiteral("progress"), 0 },
        { QStringLiteral("insertTime"), timestamp() }, { QStringLiteral("selfLink"), url(path) } };
    if (scope == QLatin1String("zone"))
        op.insert(QStringLiteral("zone"), url(QStringLiteral("projects/%1/zones/%2").arg(project, scopeName)));
    else if (scope == QLatin1String("region"))
        op.insert(QStringLiteral("region"), url(QStringLiteral("projects/%1/regions/%2").arg(project, scopeName)));
    for (int i = 0; i < m_failures.size(); ++i) {
        if (m_failures.at(i).type.isEmpty() || m_failures.at(i).type == type) {
            const PlannedFailure planned = m_failures.takeAt(i);
            // The effect is replaced: the operation fails and leaves nothing behind.
            GcpEffect undo = [this, targetPath, type, planned]() -> std::optional<GcpApiError> {
                if (type == QLatin1String("insert"))
                    m_resources.remove(targetPath);
                return GcpApiError { planned.httpStatus, planned.code, planned.message };
            };
            effect = undo;
            break;
        }
    }
    Operation operation { op, std::move(effect), 0 };
    if (m_operationSteps == 0)
        finish(operation.json, operation.effect);
    m_operations.insert(path, operation);
    if (!requestId.isEmpty())
        m_requestIds.insert(project + QLatin1Char('/') + requestId, path);
    return operation.json;
}

void GcpComputeState::finish(QJsonObject& op, GcpEffect& effect)
{
    std::optional<GcpApiError> failed;
    if (effect)
        failed = effect();
    effect = nullptr;
    op.insert(QStringLiteral("status"), QStringLiteral("DONE"));
    op.insert(QStringLiteral("progress"), 100);
    op.insert(QStringLiteral("endTime"), timestamp());
    if (failed) {
        op.insert(QStringLiteral("httpErrorStatusCode"), failed->code);
        op.insert(QStringLiteral("httpErrorMessage"), GcpApiError::statusFor(failed->code));
        op.insert(QStringLiteral("error"),
            QJsonObject { { QStringLiteral("errors"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("code"), failed->reason }, { QStringLiteral("message"), failed->message } } } } });
    }
}

std::optional<QJsonObject> GcpComputeState::operationFor(const QString& project, const QString& requestId) const
{
    if (requestId.isEmpty())
        return std::nullopt;
    const QString known = m_requestIds.value(project + QLatin1Char('/') + requestId);
    if (known.isEmpty() || !m_operations.contains(known))
        return std::nullopt;
    return m_operations.value(known).json;
}

GcpOutcome GcpComputeState::pollOperation(const QString& path, bool finishNow)
{
    auto it = m_operations.find(path);
    if (it == m_operations.end())
        return GcpOutcome::fail(GcpApiError::notFound(path));
    Operation& operation = it.value();
    QJsonObject& op = operation.json;
    if (op.value(QLatin1String("status")).toString() != QLatin1String("DONE")) {
        ++operation.polls;
        if (finishNow || operation.polls >= m_operationSteps) {
            finish(op, operation.effect);
        } else {
            op.insert(QStringLiteral("status"), QStringLiteral("RUNNING"));
            op.insert(QStringLiteral("progress"), 100 * operation.polls / qMax(1, m_operationSteps));
            if (!op.contains(QLatin1String("startTime")))
                op.insert(QStringLiteral("startTime"), timestamp());
        }
    }
    return { op, std::nullopt };
}

void GcpComputeState::failNextOperation(
    const QString& type, const QString& code, const QString& message, int httpStatus)
{
    m_failures.append(PlannedFailure { type, code, message, httpStatus });
}

QString GcpComputeState::timestamp()
{
    return QDateTime::currentDateTime().toOffsetFromUtc(-7 * 3600).toString(Qt::ISODateWithMs);
}

QString GcpComputeState::fingerprint()
{
    const quint64 value = QRandomGenerator::global()->generate64();
    return QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char*>(&value), 8).toBase64());
}

QString GcpComputeState::normalize(const QString& reference, const QString& project)
{
    const int at = reference.indexOf(QLatin1String("projects/"));
    if (at >= 0)
        return reference.mid(at);
    return QStringLiteral("projects/%1/%2").arg(project, reference);
}

} // namespace Barista
