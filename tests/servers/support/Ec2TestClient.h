// SPDX-License-Identifier: GPL-3.0-or-later
// A minimal EC2 Query API client for the test server's own tests: form-encodes the parameters,
// signs with the adapters' AwsSigV4Signer (client side only; the server verifies with its own
// code), sends with QNetworkAccessManager and waits in a local event loop, which also lets the
// in-process server answer.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkRequest;

namespace Barista {

using Ec2Params = QList<QPair<QString, QString>>;

struct Ec2TestResponse
{
    int status = 0;
    QByteArray body;
    QByteArray requestIdHeader;

    // Text of every element with this local name, in document order.
    QStringList texts(const QString& element) const;
    QString text(const QString& element) const { return texts(element).value(0); }
    QString errorCode() const { return text(QStringLiteral("Code")); }
    QString errorMessage() const { return text(QStringLiteral("Message")); }
};

class Ec2TestClient
{
public:
    Ec2TestClient(const QUrl& endpoint, const QString& accessKeyId, const QString& secret,
        const QString& region = QStringLiteral("us-east-1"));

    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    void setSecret(const QString& secret) { m_secret = secret; }
    void setAccessKeyId(const QString& id) { m_accessKeyId = id; }

    // POST with a form body (the SDKs' way). `tamper` may change the body after signing.
    Ec2TestResponse call(
        const QString& action, const Ec2Params& params = {}, const std::function<void(QByteArray& body)>& tamper = {});
    // GET with the parameters in the signed query string.
    Ec2TestResponse callGet(const QString& action, const Ec2Params& params = {});
    // POST without any signature.
    Ec2TestResponse callUnsigned(const QString& action, const Ec2Params& params = {});

    static QByteArray formEncode(const Ec2Params& params);

private:
    Ec2TestResponse send(const QNetworkRequest& request, const QByteArray& method, const QByteArray& body);

    QNetworkAccessManager m_nam;
    QUrl m_endpoint;
    QString m_accessKeyId;
    QString m_secret;
    QString m_region;
    std::function<QDateTime()> m_now;
};

} // namespace Barista
