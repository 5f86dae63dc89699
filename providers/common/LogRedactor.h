// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QStringList>

namespace Barista {

/// Removes credentials from text before it reaches a log: the values of authorization and
/// token headers, JSON members and query parameters whose names say "password", "secret",
/// "token", "signature", ..., bearer tokens, PEM private keys, and every exact secret value
/// registered with addSecret() (the current token, the password) wherever it appears.
/// Thread-safe: one instance is shared by the worker threads of a provider.
class LogRedactor final
{
public:
    static QString placeholder() { return QStringLiteral("<redacted>"); }

    /// Registers a value that must never appear in a log. Values shorter than 4 characters
    /// are ignored (they would blank out ordinary text).
    void addSecret(const QString& secret);
    void addSecret(const QByteArray& secret) { addSecret(QString::fromUtf8(secret)); }

    /// Known secrets first, then the patterns.
    QString redact(const QString& text) const;
    /// The pattern rules only (no known secrets).
    static QString redactPatterns(const QString& text);
    /// True for header names whose value is a credential (Authorization, X-Auth-Token, ...).
    static bool isSecretHeader(const QByteArray& name);

private:
    mutable QMutex m_mutex;
    QStringList m_secrets;
};

} // namespace Barista
