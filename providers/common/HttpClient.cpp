// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/common/HttpClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace Barista {

Q_LOGGING_CATEGORY(lcHttp, "barista.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHttpWire, "barista.http.wire", QtWarningMsg)

namespace {

constexpr int kCancelPollMs = 50;
constexpr int kMaxLoggedBody = 4096;

/// The system's proxy settings, except that loopback is always reached directly.
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        if (HttpClient::isLoopbackHost(query.peerHostName()))
            return { QNetworkProxy(QNetworkProxy::NoProxy) };
        return systemProxyForQuery(query);
    }
};

} // namespace

HttpClient::HttpClient(HttpSettings settings)
    : m_settings(std::move(settings))
    , m_nam(std::make_unique<QNetworkAccessManager>())
{
    m_nam->setProxyFactory(new SystemProxyFactory); // the manager takes ownership
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpClient::~HttpClient() = default;

bool HttpClient::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<CloudError> HttpClient::checkUrl(const QUrl& url, bool allowInsecureHttp)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return std::nullopt;
    if (scheme == QLatin1String("http") && (allowInsecureHttp || isLoopbackHost(url.host())))
        return std::nullopt;
    const QString where = url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    const QString message = scheme == QLatin1String("http")
        ? QCoreApplication::translate("HttpClient",
              "Refusing plain http to %1: use https, or confirm insecure http for this connection.")
              .arg(where)
        : QCoreApplication::translate("HttpClient", "The URL %1 is not http(s).").arg(where);
    return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("InsecureEndpoint"), message);
}

Result<HttpResponse> HttpClient::send(const HttpRequest& request, const CancelCheck& isCanceled)
{
    if (const std::optional<CloudError> refused = checkUrl(request.url, m_settings.allowInsecureHttp)) {
        qCWarning(lcHttp).noquote() << m_settings.label << refused->toString();
        return *refused;
    }
    if (isCanceled && isCanceled())
        return HttpErrorMapper::fromNetworkError(QNetworkReply::OperationCanceledError, QString(), false, true);

    QNetworkRequest wire(request.url);
    for (const auto& [name, value] : request.headers)
        wire.setRawHeader(name, value);
    wire.setTransferTimeout(request.timeoutMs > 0 ? request.timeoutMs : m_settings.timeoutMs);
    if (request.url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_settings.caCertificates.isEmpty())
            tls.addCaCertificates(m_settings.caCertificates);
        wire.setSslConfiguration(tls);
    }

    QElapsedTimer elapsed;
    elapsed.start();
    QNetworkReply* reply = m_nam->sendCustomRequest(wire, request.method, request.body);
    bool canceled = false;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer cancelPoll;
    if (isCanceled) {
        QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
            if (!canceled && isCanceled()) {
                canceled = true;
                reply->abort();
            }
        });
        cancelPoll.start(kCancelPollMs);
    }
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    cancelPoll.stop();

    HttpResponse response;
    response.url = request.url;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    response.headers = reply->rawHeaderPairs();
    if (reply->isOpen())
        response.body = reply->readAll();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString errorString = reply->errorString();
    delete reply;
    logExchange(request, response, elapsed.elapsed());

    if (response.status == 0 || canceled) {
        // No HTTP answer: refused, reset, TLS failure, our timeout or the caller's cancel.
        const bool timedOut = !canceled && networkError == QNetworkReply::OperationCanceledError;
        CloudError error = HttpErrorMapper::fromNetworkError(networkError, errorString, timedOut, canceled);
        error.message = m_settings.redactor->redact(error.message);
        qCInfo(lcHttp).noquote() << m_settings.label << request.method << m_settings.redactor->redact(
            request.url.toDisplayString(QUrl::RemoveUserInfo)) << error.toString();
        return error;
    }
    if (response.status >= 200 && response.status < 300)
        return response;
    return HttpErrorMapper::fromResponse(response, m_settings.errorParser, QDateTime::currentDateTimeUtc());
}

void HttpClient::logExchange(const HttpRequest& request, const HttpResponse& response, qint64 elapsedMs) const
{
    const int status = response.status;
    const QByteArray& body = response.body;
    const LogRedactor& redactor = *m_settings.redactor;
    const QString url = redactor.redact(request.url.toDisplayString(QUrl::RemoveUserInfo));
    qCInfo(lcHttp).noquote() << m_settings.label << request.method << url << "->" << status << elapsedMs << "ms";
    if (!lcHttpWire().isDebugEnabled())
        return;
    const auto headerText = [&redactor](const QList<QPair<QByteArray, QByteArray>>& headers) {
        QString text;
        for (const auto& [name, value] : headers) {
            text += QString::fromLatin1(name) + QStringLiteral(": ")
                + (LogRedactor::isSecretHeader(name) ? LogRedactor::placeholder() : QString::fromUtf8(value))
                + QLatin1Char('\n');
        }
        return redactor.redact(text);
    };
    qCDebug(lcHttpWire).noquote() << m_settings.label << "request headers:\n" << headerText(request.headers);
    qCDebug(lcHttpWire).noquote() << m_settings.label << "response headers:\n" << headerText(response.headers);
    if (!request.body.isEmpty())
        qCDebug(lcHttpWire).noquote() << m_settings.label << "request body:"
                                      << redactor.redact(QString::fromUtf8(request.body.left(kMaxLoggedBody)));
    if (!body.isEmpty())
        qCDebug(lcHttpWire).noquote() << m_settings.label << "response body:"
                                      << redactor.redact(QString::fromUtf8(body.left(kMaxLoggedBody)));
}

} // namespace Barista
