// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A scripted HTTP server on loopback for the HTTP layer's and the adapters' tests: every
// request is recorded and answered by a handler. Replies are written synchronously (QtHttpServer
// 6.4 crashes when a deferred reply is written after the client left); a "never" reply is parked
// with a QPointer to its socket and never written.

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <functional>
#include <vector>

namespace Barista::Test {

struct FakeRequest
{
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QString path() const { return url.path(); }
    QString query(const QString& key) const { return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded); }
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return QByteArray();
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

struct FakeReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool never = false; ///< leave the client waiting (timeouts)

    static FakeReply json(int status, const QJsonObject& object, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
        return FakeReply { status, QJsonDocument(object).toJson(QJsonDocument::Compact), headers, false };
    }
    static FakeReply raw(int status, const QByteArray& body) { return FakeReply { status, body, {}, false }; }
};

class FakeHttpServer final : public QAbstractHttpServer
{
public:
    using Handler = std::function<FakeReply(const FakeRequest&)>;

    explicit FakeHttpServer(Handler handler = {})
        : m_handler(std::move(handler))
    {
    }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// Listens on 127.0.0.1 on a free port; 0 on failure.
    quint16 start()
    {
        m_port = listen(QHostAddress::LocalHost, 0);
        return m_port;
    }
    QUrl url(const QString& path = QString()) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    const QList<FakeRequest>& requests() const { return m_requests; }
    int count(const QByteArray& method, const QString& path) const
    {
        int n = 0;
        for (const FakeRequest& r : m_requests)
            n += r.method == method && r.path() == path ? 1 : 0;
        return n;
    }
    void clearRequests() { m_requests.clear(); }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        FakeRequest recorded { methodName(request.method()), request.url(), request.headers(), request.body() };
        m_requests.append(recorded);
        FakeReply reply = m_handler ? m_handler(recorded) : FakeReply::raw(404, QByteArrayLiteral("no handler"));
        QHttpServerResponder responder = makeResponder(request, socket);
        if (reply.never) {
            m_parked.push_back({ QPointer<QTcpSocket>(socket), std::move(responder) });
            return true;
        }
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
        for (const auto& [name, value] : reply.headers)
            responder.writeHeader(name, value);
        responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
        responder.writeBody(reply.body);
        return true;
    }
    void missingHandler(const QHttpServerRequest&, QTcpSocket*) override { }

private:
    static QByteArray methodName(QHttpServerRequest::Method method)
    {
        using M = QHttpServerRequest::Method;
        switch (method) {
        case M::Get: return QByteArrayLiteral("GET");
        case M::Put: return QByteArrayLiteral("PUT");
        case M::Delete: return QByteArrayLiteral("DELETE");
        case M::Post: return QByteArrayLiteral("POST");
        case M::Head: return QByteArrayLiteral("HEAD");
        case M::Patch: return QByteArrayLiteral("PATCH");
        default: return QByteArrayLiteral("OTHER");
        }
    }

    Handler m_handler;
    quint16 m_port = 0;
    QList<FakeRequest> m_requests;
    std::vector<std::pair<QPointer<QTcpSocket>, QHttpServerResponder>> m_parked;
};

} // namespace Barista::Test
