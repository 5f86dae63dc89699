// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 7515 compact serialisation; HMAC and RSASSA-PKCS1-v1_5 come from OpenSSL's libcrypto
// (EVP), which is deterministic for RS256 so the RFC's vectors can be matched byte for byte.
#include "providers/common/JwsSigner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>

#include <memory>
#include <vector>

namespace Barista {

namespace {

template <typename T, void (*Free)(T*)> struct Deleter
{
    void operator()(T* p) const { Free(p); }
};
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;

QString translated(const char* text)
{
    return QCoreApplication::translate("JwsSigner", text);
}

// Encrypted PEM keys must fail instead of prompting on the terminal.
int noPassphrase(char*, int, int, void*)
{
    return -1;
}

QByteArray rs256(const QByteArray& signingInput, const QByteArray& pem, QString* error)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    PkeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr) : nullptr);
    if (!key || !EVP_PKEY_is_a(key.get(), "RSA")) {
        *error = translated("The private key is not an unencrypted RSA key in PEM format.");
        return {};
    }
    MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char*>(signingInput.constData()),
               size_t(signingInput.size()))
            != 1) {
        *error = translated("The cryptographic library could not sign with this key.");
        return {};
    }
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
            reinterpret_cast<const unsigned char*>(signingInput.constData()), size_t(signingInput.size()))
        != 1) {
        *error = translated("The cryptographic library could not sign with this key.");
        return {};
    }
    signature.truncate(qsizetype(length));
    return signature;
}

QByteArray hs256(const QByteArray& signingInput, const QByteArray& key, QString* error)
{
    if (key.isEmpty()) {
        *error = translated("The HMAC key is empty.");
        return {};
    }
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.constData(), int(key.size()),
            reinterpret_cast<const unsigned char*>(signingInput.constData()), size_t(signingInput.size()), out,
            &length)) {
        *error = translated("The cryptographic library could not compute the HMAC.");
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(out), int(length));
}

// A JSON string literal with the same escaping rules as every JSON serialiser we compare with.
QByteArray jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QByteArray JwsSigner::base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray JwsSigner::fromBase64Url(const QByteArray& text)
{
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding);
}

JwsResult JwsSigner::sign(
    const QByteArray& protectedHeaderJson, const QByteArray& payloadJson, Algorithm algorithm, const QByteArray& key)
{
    JwsResult result;
    const QByteArray signingInput = base64Url(protectedHeaderJson) + '.' + base64Url(payloadJson);
    const QByteArray signature = algorithm == Algorithm::HS256 ? hs256(signingInput, key, &result.error)
                                                               : rs256(signingInput, key, &result.error);
    if (result.ok())
        result.compact = signingInput + '.' + base64Url(signature);
    return result;
}

QByteArray JwsSigner::gcpTokenAudience()
{
    return QByteArrayLiteral("https://oauth2.googleapis.com/token");
}

JwsResult JwsSigner::gcpServiceAccountAssertion(const QString& clientEmail, const QStringList& scopes,
    qint64 issuedAtSecs, const QByteArray& privateKeyPem, const QString& keyId)
{
    if (clientEmail.isEmpty()) {
        JwsResult result;
        result.error = translated("The service account's client e-mail is empty.");
        return result;
    }
    // Written by hand to fix the member order (iss, scope, aud, exp, iat) that Google's own
    // libraries produce, so the assertion can be compared byte for byte.
    QByteArray header = QByteArrayLiteral("{\"alg\":\"RS256\",\"typ\":\"JWT\"");
    if (!keyId.isEmpty())
        header += ",\"kid\":" + jsonString(keyId);
    header += '}';
    const QByteArray payload = "{\"iss\":" + jsonString(clientEmail)
        + ",\"scope\":" + jsonString(scopes.join(QLatin1Char(' '))) + ",\"aud\":\"" + gcpTokenAudience() + "\",\"exp\":"
        + QByteArray::number(issuedAtSecs + 3600) + ",\"iat\":" + QByteArray::number(issuedAtSecs) + '}';
    return sign(header, payload, Algorithm::RS256, privateKeyPem);
}

QByteArray JwsSigner::rsaPrivateKeyPemFromJwk(const QJsonObject& jwk, QString* error)
{
    QString ignored;
    QString& err = error ? *error : ignored;
    if (jwk.value(QLatin1String("kty")).toString() != QLatin1String("RSA")) {
        err = translated("The JSON Web Key is not an RSA key.");
        return {};
    }
    // JWK member -> OpenSSL parameter name (RFC 7518 section 6.3).
    const struct
    {
        const char* member;
        const char* param;
    } fields[] = {
        { "n", OSSL_PKEY_PARAM_RSA_N },
        { "e", OSSL_PKEY_PARAM_RSA_E },
        { "d", OSSL_PKEY_PARAM_RSA_D },
        { "p", OSSL_PKEY_PARAM_RSA_FACTOR1 },
        { "q", OSSL_PKEY_PARAM_RSA_FACTOR2 },
        { "dp", OSSL_PKEY_PARAM_RSA_EXPONENT1 },
        { "dq", OSSL_PKEY_PARAM_RSA_EXPONENT2 },
        { "qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1 },
    };
    ParamBldPtr builder(OSSL_PARAM_BLD_new());
    std::vector<BnPtr> numbers;
    for (const auto& field : fields) {
        const QByteArray bytes = fromBase64Url(jwk.value(QLatin1String(field.member)).toString().toLatin1());
        if (bytes.isEmpty()) {
            err = translated("The JSON Web Key lacks a private RSA member.");
            return {};
        }
        numbers.emplace_back(
            BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.constData()), int(bytes.size()), nullptr));
        if (!builder || !numbers.back()
            || OSSL_PARAM_BLD_push_BN(builder.get(), field.param, numbers.back().get()) != 1) {
            err = translated("The cryptographic library could not read the key.");
            return {};
        }
    }
    ParamPtr params(OSSL_PARAM_BLD_to_param(builder.get()));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY* raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_KEYPAIR, params.get()) != 1) {
        err = translated("The cryptographic library could not read the key.");
        return {};
    }
    PkeyPtr key(raw);
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!out || PEM_write_bio_PrivateKey(out.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        err = translated("The cryptographic library could not write the key.");
        return {};
    }
    char* data = nullptr;
    const long length = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, qsizetype(length));
}

} // namespace Barista
