// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/common/LogRedactor.h"

#include <QMutexLocker>
#include <QRegularExpression>

namespace Barista {

namespace {

constexpr int kMinSecretLength = 4;

const char* const kSecretHeaders[] = {
    "authorization", "proxy-authorization", "x-auth-token", "x-subject-token", "x-service-token",
    "x-amz-security-token", "x-goog-api-key", "api-key", "x-api-key", "cookie", "set-cookie",
};

// Names that mark a credential, inside JSON keys and query parameters.
const QLatin1String kSecretWords(
    "password|passwd|secret|token|signature|private_?key|credential|access_?key_?secret|api_?key");

const QRegularExpression& headerLine()
{
    static const QRegularExpression re(
        QStringLiteral("^(\\s*(?:authorization|proxy-authorization|x-auth-token|x-subject-token|x-service-token|"
                       "x-amz-security-token|x-goog-api-key|api-key|x-api-key|cookie|set-cookie)\\s*:\\s*).*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    return re;
}

const QRegularExpression& jsonMember()
{
    // "…password…": "value" (string values only: objects named "token" keep their structure).
    static const QRegularExpression re(
        QStringLiteral("(\"[^\"]*(?:%1)[^\"]*\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"").arg(kSecretWords),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& queryParameter()
{
    static const QRegularExpression re(
        QStringLiteral("((?:^|[?&;,\\s])(?:x-amz-signature|x-amz-credential|x-amz-security-token|signature|"
                       "securitytoken|access_token|refresh_token|id_token|client_secret|password|sig|token|"
                       "api_key|assertion)=)[^&\\s\"',]*"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    return re;
}

const QRegularExpression& authScheme()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{4,}"), QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& privateKey()
{
    static const QRegularExpression re(
        QStringLiteral("-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----"),
        QRegularExpression::DotMatchesEverythingOption);
    return re;
}

} // namespace

void LogRedactor::addSecret(const QString& secret)
{
    if (secret.size() < kMinSecretLength)
        return;
    QMutexLocker lock(&m_mutex);
    if (!m_secrets.contains(secret))
        m_secrets.append(secret);
}

QString LogRedactor::redact(const QString& text) const
{
    QString out = text;
    {
        QMutexLocker lock(&m_mutex);
        for (const QString& secret : m_secrets)
            out.replace(secret, placeholder());
    }
    return redactPatterns(out);
}

QString LogRedactor::redactPatterns(const QString& text)
{
    const QString hidden = placeholder();
    QString out = text;
    out.replace(privateKey(), hidden);
    out.replace(headerLine(), QStringLiteral("\\1") + hidden);
    out.replace(jsonMember(), QStringLiteral("\\1\"") + hidden + QLatin1Char('"'));
    out.replace(queryParameter(), QStringLiteral("\\1") + hidden);
    out.replace(authScheme(), QStringLiteral("\\1 ") + hidden);
    return out;
}

bool LogRedactor::isSecretHeader(const QByteArray& name)
{
    for (const char* header : kSecretHeaders) {
        if (name.compare(header, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace Barista
