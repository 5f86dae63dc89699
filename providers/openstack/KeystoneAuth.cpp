// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/openstack/KeystoneAuth.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QRegularExpression>

namespace Barista {

namespace {

constexpr qint64 kMaxRefreshMarginMs = 5 * 60 * 1000;

QJsonObject named(const QString& id, const QString& name)
{
    return id.isEmpty() ? QJsonObject { { QStringLiteral("name"), name } } : QJsonObject { { QStringLiteral("id"), id } };
}

} // namespace

KeystoneAuth::KeystoneAuth(OpenStackCredentials credentials, Clock* clock)
    : m_credentials(std::move(credentials))
    , m_clock(clock)
{
}

qint64 KeystoneAuth::refreshMarginMs(qint64 lifetimeMs)
{
    return qBound<qint64>(0, lifetimeMs / 4, kMaxRefreshMarginMs);
}

QDateTime KeystoneAuth::parseTime(const QString& text)
{
    // Qt reads at most milliseconds: cut the fraction to three digits first.
    static const QRegularExpression fraction(QStringLiteral("(\\.\\d{3})\\d+"));
    QString trimmed = text;
    trimmed.replace(fraction, QStringLiteral("\\1"));
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC); // Keystone's times are UTC even without a "Z"
    return time;
}

QJsonObject KeystoneAuth::requestBody(const OpenStackCredentials& c)
{
    QJsonObject user = named(c.userId, c.username);
    user.insert(QLatin1String("password"), c.password);
    if (c.userId.isEmpty())
        user.insert(QLatin1String("domain"), named(c.userDomainId, c.userDomainName));
    const QJsonObject identity {
        { QStringLiteral("methods"), QJsonArray { QStringLiteral("password") } },
        { QStringLiteral("password"), QJsonObject { { QStringLiteral("user"), user } } },
    };
    QJsonObject scope;
    if (!c.projectId.isEmpty() || !c.projectName.isEmpty()) {
        QJsonObject project = named(c.projectId, c.projectName);
        if (c.projectId.isEmpty())
            project.insert(QLatin1String("domain"), named(c.projectDomainId, c.projectDomainName));
        scope.insert(QLatin1String("project"), project);
    } else {
        scope.insert(QLatin1String("domain"), named(c.domainId, c.domainName));
    }
    return QJsonObject { { QStringLiteral("auth"),
        QJsonObject { { QStringLiteral("identity"), identity }, { QStringLiteral("scope"), scope } } } };
}

int KeystoneAuth::issuedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_issued;
}

void KeystoneAuth::invalidate(const QByteArray& tokenValue)
{
    QMutexLocker lock(&m_mutex);
    if (m_token.value == tokenValue)
        m_token = KeystoneToken();
}

Result<KeystoneToken> KeystoneAuth::token(HttpClient& http, const HttpClient::CancelCheck& isCanceled)
{
    // Held across the request: concurrent callers wait for one new token instead of each
    // asking Keystone for their own.
    QMutexLocker lock(&m_mutex);
    if (m_token.isValid() && m_clock->nowMs() < m_token.refreshAtMs)
        return m_token;
    Result<KeystoneToken> fresh = issue(http, isCanceled);
    if (fresh.ok()) {
        m_token = fresh.value();
        ++m_issued;
    }
    return fresh;
}

Result<KeystoneToken> KeystoneAuth::issue(HttpClient& http, const HttpClient::CancelCheck& isCanceled)
{
    const QString invalid = m_credentials.validationError();
    if (!invalid.isEmpty())
        return CloudError::make(CloudError::Kind::Auth, QStringLiteral("InvalidCredential"), invalid);
    http.redactor().addSecret(m_credentials.password);

    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = m_credentials.identityUrl();
    request.url.setPath(request.url.path() + QStringLiteral("/auth/tokens"));
    request.header("Content-Type", "application/json").header("Accept", "application/json");
    request.body = QJsonDocument(requestBody(m_credentials)).toJson(QJsonDocument::Compact);
    const qint64 sentAtMs = m_clock->nowMs();
    const Result<HttpResponse> response = http.send(request, isCanceled);
    if (!response.ok())
        return response.error();

    KeystoneToken token;
    token.value = response.value().header("X-Subject-Token");
    http.redactor().addSecret(token.value);
    const Result<QJsonObject> body = response.value().jsonObject();
    if (!body.ok())
        return body.error();
    const QJsonObject tokenJson = body.value().value(QLatin1String("token")).toObject();
    token.expiresAtUtc = parseTime(tokenJson.value(QLatin1String("expires_at")).toString());
    QDateTime issuedAt = parseTime(tokenJson.value(QLatin1String("issued_at")).toString());
    if (!issuedAt.isValid())
        issuedAt = QDateTime::currentDateTimeUtc();
    if (token.value.isEmpty() || !token.expiresAtUtc.isValid())
        return CloudError::make(CloudError::Kind::Internal, QStringLiteral("MalformedResponse"),
            QCoreApplication::translate("KeystoneAuth", "Keystone answered without a token or its expiry time."));
    const qint64 lifetimeMs = qMax<qint64>(0, issuedAt.msecsTo(token.expiresAtUtc));
    token.refreshAtMs = sentAtMs + lifetimeMs - refreshMarginMs(lifetimeMs);
    token.projectId = tokenJson.value(QLatin1String("project")).toObject().value(QLatin1String("id")).toString();
    token.userId = tokenJson.value(QLatin1String("user")).toObject().value(QLatin1String("id")).toString();
    token.catalog = KeystoneCatalog(tokenJson.value(QLatin1String("catalog")).toArray());
    return token;
}

} // namespace Barista
