// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/gcp/GcpJwtVerifier.h"

#include <QDateTime>
#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <memory>

namespace Barista {

namespace {

struct BioFree
{
    void operator()(BIO* b) const { BIO_free(b); }
};
struct PkeyFree
{
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX* c) const { EVP_PKEY_CTX_free(c); }
};
using Bio = std::unique_ptr<BIO, BioFree>;
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

QString sslError()
{
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

QByteArray bioText(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(length));
}

GcpJwtCheck fail(const QString& error, const QString& description)
{
    GcpJwtCheck check;
    check.error = error;
    check.errorDescription = description;
    return check;
}

} // namespace

void GcpJwtVerifier::addServiceAccount(const QString& clientEmail, const QByteArray& publicKeyPem, const QString& keyId)
{
    m_accounts.insert(clientEmail, Account { publicKeyPem, keyId });
}

qint64 GcpJwtVerifier::nowSecs() const
{
    return m_nowSecs ? m_nowSecs() : QDateTime::currentSecsSinceEpoch();
}

QByteArray GcpJwtVerifier::fromBase64Url(const QByteArray& text)
{
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool GcpJwtVerifier::verifyRs256(
    const QByteArray& signingInput, const QByteArray& signature, const QByteArray& publicKeyPem, QString* error)
{
    Bio bio(BIO_new_mem_buf(publicKeyPem.constData(), int(publicKeyPem.size())));
    Pkey key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (!key) {
        if (error)
            *error = QStringLiteral("unreadable public key: ") + sslError();
        return false;
    }
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    if (EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1) {
        if (error)
            *error = sslError();
        return false;
    }
    const int verdict = EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
        size_t(signature.size()), reinterpret_cast<const unsigned char*>(signingInput.constData()),
        size_t(signingInput.size()));
    if (verdict != 1 && error)
        *error = QStringLiteral("signature mismatch");
    ERR_clear_error();
    return verdict == 1;
}

QByteArray GcpJwtVerifier::generateRsaPrivateKeyPem(int bits)
{
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr));
    EVP_PKEY* raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), bits) != 1
        || EVP_PKEY_keygen(ctx.get(), &raw) != 1)
        return {};
    Pkey key(raw);
    Bio out(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PKCS8PrivateKey(out.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioText(out.get());
}

QByteArray GcpJwtVerifier::publicKeyPem(const QByteArray& privateKeyPem)
{
    Bio bio(BIO_new_mem_buf(privateKeyPem.constData(), int(privateKeyPem.size())));
    Pkey key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key)
        return {};
    Bio out(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PUBKEY(out.get(), key.get()) != 1)
        return {};
    return bioText(out.get());
}

GcpJwtCheck GcpJwtVerifier::verify(const QByteArray& assertion) const
{
    const QList<QByteArray> parts = assertion.split('.');
    if (parts.size() != 3)
        return fail(QStringLiteral("invalid_grant"), QStringLiteral("Invalid JWT: Not a JWT (expected 3 parts)."));
    QJsonParseError headerError;
    QJsonParseError claimsError;
    const QJsonDocument header = QJsonDocument::fromJson(fromBase64Url(parts.at(0)), &headerError);
    const QJsonDocument claims = QJsonDocument::fromJson(fromBase64Url(parts.at(1)), &claimsError);
    if (!header.isObject() || !claims.isObject())
        return fail(
            QStringLiteral("invalid_grant"), QStringLiteral("Invalid JWT: the header or the claims are not JSON."));
    if (header.object().value(QLatin1String("alg")).toString() != QLatin1String("RS256"))
        return fail(QStringLiteral("invalid_grant"), QStringLiteral("Invalid JWT: alg must be RS256."));

    const QJsonObject c = claims.object();
    const QString iss = c.value(QLatin1String("iss")).toString();
    const auto account = m_accounts.constFind(iss);
    if (account == m_accounts.cend())
        return fail(QStringLiteral("invalid_grant"), QStringLiteral("Invalid grant: account not found"));
    const QString kid = header.object().value(QLatin1String("kid")).toString();
    if (!kid.isEmpty() && !account->keyId.isEmpty() && kid != account->keyId)
        return fail(QStringLiteral("invalid_grant"), QStringLiteral("Invalid JWT Signature."));
    if (!verifyRs256(parts.at(0) + '.' + parts.at(1), fromBase64Url(parts.at(2)), account->publicKeyPem))
        return fail(QStringLiteral("invalid_grant"), QStringLiteral("Invalid JWT Signature."));

    if (!m_audiences.contains(c.value(QLatin1String("aud")).toString()))
        return fail(QStringLiteral("invalid_grant"),
            QStringLiteral("Invalid JWT: Failed audience check. The right audience is %1").arg(m_audiences.value(0)));
    const qint64 iat = c.value(QLatin1String("iat")).toInteger(-1);
    const qint64 exp = c.value(QLatin1String("exp")).toInteger(-1);
    const qint64 now = nowSecs();
    // Google: at most one hour of life, issued not in the future, not expired (a little skew allowed).
    if (iat < 0 || exp < 0 || exp <= iat || exp - iat > 3600 || iat > now + 60 || exp < now - 60)
        return fail(QStringLiteral("invalid_grant"),
            QStringLiteral("Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. "
                           "Check your iat and exp values in the JWT claim."));
    const QString scope = c.value(QLatin1String("scope")).toString();
    if (scope.isEmpty())
        return fail(
            QStringLiteral("invalid_scope"), QStringLiteral("Invalid oauth scope or ID token audience provided."));

    GcpJwtCheck check;
    check.ok = true;
    check.header = header.object();
    check.claims = c;
    check.clientEmail = iss;
    check.scope = scope;
    return check;
}

} // namespace Barista
