// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Keystone v3 as the adapter's unit tests need it, on a FakeHttpServer: password auth with the
// documented request and response shapes (X-Subject-Token, token.expires_at/issued_at, catalog),
// the documented 401 body, and a catalog whose endpoints point back at the same server
// (compute under /compute/v2.1, network /network, image /image, block-storage /volume/v3/<project>,
// and, when a test lists them in services, load-balancer /lb and container-infra /container-infra/v1).

#include "providers/openstack/OpenStackProvider.h"
#include "tests/providers/FakeHttpServer.h"

#include <QDateTime>
#include <QJsonArray>

namespace Barista::Test {

class FakeKeystone
{
public:
    QString user = QStringLiteral("demo");
    QString password = QStringLiteral("s3cret-pass");
    QString project = QStringLiteral("demo");
    QString projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    QString region = QStringLiteral("RegionOne");
    qint64 lifetimeSecs = 3600;
    int issued = 0;
    QStringList services { QStringLiteral("compute"), QStringLiteral("network"), QStringLiteral("image"),
        QStringLiteral("volumev3") };

    static QString unauthorizedMessage() { return QStringLiteral("The request you have made requires authentication."); }
    QByteArray currentToken() const { return QByteArray("gAAAAAtoken-") + QByteArray::number(issued); }

    /// Answers POST /v3/auth/tokens; nullopt for anything else.
    std::optional<FakeReply> handle(const FakeRequest& r, const QUrl& base)
    {
        if (r.method != "POST" || r.path() != QLatin1String("/v3/auth/tokens"))
            return std::nullopt;
        const QJsonObject identity = r.json()[QLatin1String("auth")][QLatin1String("identity")].toObject();
        const QJsonObject u = identity[QLatin1String("password")][QLatin1String("user")].toObject();
        const QJsonObject scope = r.json()[QLatin1String("auth")][QLatin1String("scope")][QLatin1String("project")].toObject();
        if (u[QLatin1String("name")].toString() != user || u[QLatin1String("password")].toString() != password
            || u[QLatin1String("domain")][QLatin1String("name")].toString() != QLatin1String("Default")
            || scope[QLatin1String("name")].toString() != project)
            return FakeReply::json(401, { { QStringLiteral("error"),
                QJsonObject { { QStringLiteral("code"), 401 }, { QStringLiteral("title"), QStringLiteral("Unauthorized") },
                    { QStringLiteral("message"), unauthorizedMessage() } } } });
        ++issued;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto iso = [](const QDateTime& t) { return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z")); };
        const QJsonObject token {
            { QStringLiteral("methods"), QJsonArray { QStringLiteral("password") } },
            { QStringLiteral("issued_at"), iso(now) },
            { QStringLiteral("expires_at"), iso(now.addSecs(lifetimeSecs)) },
            { QStringLiteral("project"), QJsonObject { { QStringLiteral("id"), projectId }, { QStringLiteral("name"), project } } },
            { QStringLiteral("user"), QJsonObject { { QStringLiteral("id"), QStringLiteral("u1") }, { QStringLiteral("name"), user } } },
            { QStringLiteral("catalog"), catalog(base) },
        };
        return FakeReply::json(201, { { QStringLiteral("token"), token } }, { { "X-Subject-Token", currentToken() } });
    }

    /// The OpenStack adapter on a connection named `name` that logs in at `authUrl` (this
    /// Keystone's /v3) as its user, with `typedPassword` (the right one unless a test says otherwise).
    std::unique_ptr<OpenStackProvider> provider(
        const QUrl& authUrl, const QString& name, const QString& typedPassword = QString()) const
    {
        ConnectionConfig connection;
        connection.name = name;
        connection.driver = QStringLiteral("native");
        connection.provider = QStringLiteral("openstack");
        connection.region = region;
        connection.credentialRef = QStringLiteral("unused");
        OpenStackCredentials credentials;
        credentials.authUrl = authUrl;
        credentials.username = user;
        credentials.password = typedPassword.isNull() ? password : typedPassword;
        credentials.userDomainName = credentials.projectDomainName = QStringLiteral("Default");
        credentials.projectName = project;
        return std::make_unique<OpenStackProvider>(
            connection, [credentials] { return Result<OpenStackCredentials>(credentials); });
    }

    QJsonArray catalog(const QUrl& base) const
    {
        const QString root = base.toString(QUrl::StripTrailingSlash);
        const std::pair<const char*, QString> paths[] = {
            { "compute", QStringLiteral("/compute/v2.1") }, { "network", QStringLiteral("/network") },
            { "image", QStringLiteral("/image") }, { "volumev3", QStringLiteral("/volume/v3/") + projectId },
            { "identity", QStringLiteral("/v3") }, { "load-balancer", QStringLiteral("/lb") },
            { "container-infra", QStringLiteral("/container-infra/v1") },
        };
        QJsonArray out;
        for (const auto& [type, path] : paths) {
            if (!services.contains(QLatin1String(type)) && QLatin1String(type) != QLatin1String("identity"))
                continue;
            QJsonArray endpoints;
            for (const char* iface : { "public", "internal" }) {
                const QString prefix = QLatin1String(iface) == QLatin1String("internal") ? QStringLiteral("/internal") : QString();
                endpoints.append(QJsonObject { { QStringLiteral("interface"), QLatin1String(iface) },
                    { QStringLiteral("region"), region }, { QStringLiteral("region_id"), region },
                    { QStringLiteral("url"), QString(root + prefix + path) } });
            }
            out.append(QJsonObject { { QStringLiteral("type"), QLatin1String(type) }, { QStringLiteral("endpoints"), endpoints } });
        }
        return out;
    }
};

} // namespace Barista::Test
