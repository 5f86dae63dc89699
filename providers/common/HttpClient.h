// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Result.h"
#include "providers/common/HttpRequest.h"
#include "providers/common/HttpResponse.h"
#include "providers/common/HttpSettings.h"

#include <QLoggingCategory>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Barista {

Q_DECLARE_LOGGING_CATEGORY(lcHttp)     ///< "barista.http": one line per exchange
Q_DECLARE_LOGGING_CATEGORY(lcHttpWire) ///< "barista.http.wire": headers and bodies (redacted)

/// The HTTP transport of the native adapters. One instance per worker thread: it owns a
/// QNetworkAccessManager that lives on (and is only used from) that thread, and send()
/// blocks that thread in a local event loop until the answer is in, so an adapter's calls
/// read top to bottom. Policy: TLS peer verification is always on (a per-connection CA
/// bundle may add trust, errors are never ignored); plain http only to loopback or with the
/// user's explicit allowInsecureHttp; the system proxy (never for loopback); no redirects
/// followed (they would carry the auth headers elsewhere). Every log line is redacted.
class HttpClient final
{
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    using CancelCheck = std::function<bool()>;

    explicit HttpClient(HttpSettings settings);
    ~HttpClient();

    /// 2xx answers come back as the response; anything else as a classified CloudError
    /// (HttpErrorMapper with the provider's parser). isCanceled is polled while waiting.
    Result<HttpResponse> send(const HttpRequest& request, const CancelCheck& isCanceled = {});

    const HttpSettings& settings() const { return m_settings; }
    LogRedactor& redactor() { return *m_settings.redactor; }

    /// Empty when the policy allows the URL; else the reason (InvalidRequest "InsecureEndpoint").
    static std::optional<CloudError> checkUrl(const QUrl& url, bool allowInsecureHttp);
    static bool isLoopbackHost(const QString& host);

private:
    void logExchange(const HttpRequest& request, const HttpResponse& response, qint64 elapsedMs) const;

    HttpSettings m_settings;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace Barista
