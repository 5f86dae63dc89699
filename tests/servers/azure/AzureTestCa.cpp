// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/azure/AzureTestCa.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Barista {

namespace {

using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Cert = std::unique_ptr<X509, decltype(&X509_free)>;

Key newKey()
{
    return Key(EVP_EC_gen("P-256"), &EVP_PKEY_free);
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

Cert newCertificate(EVP_PKEY* key, const char* commonName)
{
    Cert cert(X509_new(), &X509_free);
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 7L * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("Barista test only"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(commonName), -1, -1, 0);
    return cert;
}

QByteArray pem(X509* cert)
{
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(size));
    BIO_free(bio);
    return out;
}

QByteArray pem(EVP_PKEY* key)
{
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(size));
    BIO_free(bio);
    return out;
}

} // namespace

AzureTestCa AzureTestCa::generate()
{
    AzureTestCa out;
    Key caKey = newKey();
    Key serverKey = newKey();
    if (!caKey || !serverKey) {
        out.error = QStringLiteral("EC key generation failed");
        return out;
    }
    Cert ca = newCertificate(caKey.get(), "Barista ARM test CA (test only)");
    X509_set_issuer_name(ca.get(), X509_get_subject_name(ca.get()));
    const bool caOk = addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE")
        && addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
        && addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash")
        && X509_sign(ca.get(), caKey.get(), EVP_sha256()) > 0;

    Cert server = newCertificate(serverKey.get(), "localhost");
    X509_set_issuer_name(server.get(), X509_get_subject_name(ca.get()));
    const bool serverOk = addExtension(server.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(server.get(), ca.get(), NID_key_usage, "critical,digitalSignature,keyAgreement")
        && addExtension(server.get(), ca.get(), NID_ext_key_usage, "serverAuth")
        && addExtension(server.get(), ca.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1")
        && addExtension(server.get(), ca.get(), NID_authority_key_identifier, "keyid:always")
        && X509_sign(server.get(), caKey.get(), EVP_sha256()) > 0;
    if (!caOk || !serverOk) {
        out.error = QStringLiteral("certificate signing failed");
        return out;
    }
    out.caCertificatePem = pem(ca.get());
    out.serverCertificatePem = pem(server.get());
    out.serverKeyPem = pem(serverKey.get());
    return out;
}

} // namespace Barista
