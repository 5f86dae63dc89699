// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/ssh/OpenSslSshKeyFactory.h"

#include <QCoreApplication>

#include <libssh/libssh.h>
#include <openssl/crypto.h>

#include <cstring>
#include <memory>

namespace Barista {

namespace {

struct KeyDeleter
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using KeyPtr = std::unique_ptr<std::remove_pointer_t<ssh_key>, KeyDeleter>;

// libssh's strings are freed with ssh_string_free_char; the private one is wiped first.
struct CharDeleter
{
    bool wipe = false;
    void operator()(char* text) const
    {
        if (wipe)
            OPENSSL_cleanse(text, std::strlen(text));
        ssh_string_free_char(text);
    }
};
using CharPtr = std::unique_ptr<char, CharDeleter>;

CloudError failure(const QString& message)
{
    return CloudError::make(CloudError::Kind::Internal, QStringLiteral("SshKeyGenerationFailed"), message);
}

// libssh writes the base64 body as one long line; ssh-keygen wraps it at 70 columns. Both
// read either, but the usual shape is friendlier in a file a user may open. The one scratch
// copy of the body is wiped.
QByteArray wrapArmor(const char* text)
{
    const char* firstBreak = std::strchr(text, '\n');
    const char* footer = firstBreak ? std::strstr(firstBreak, "-----END") : nullptr;
    if (!footer)
        return QByteArray(text);
    QByteArray body;
    body.reserve(footer - firstBreak);
    for (const char* c = firstBreak; c < footer; ++c) {
        if (*c != '\n' && *c != '\r' && *c != ' ')
            body += *c;
    }
    QByteArray out;
    out.reserve(qsizetype(std::strlen(text)) + body.size() / 70 + 2);
    out.append(text, firstBreak - text + 1);
    for (qsizetype i = 0; i < body.size(); i += 70)
        out.append(body.constData() + i, qMin<qsizetype>(70, body.size() - i)).append('\n');
    out.append(QByteArray(footer).trimmed()).append('\n');
    OPENSSL_cleanse(body.data(), size_t(body.size()));
    return out;
}

} // namespace

Result<SshKeyPair> OpenSslSshKeyFactory::generate(const QString& comment)
{
    ssh_key raw = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &raw) != SSH_OK || !raw)
        return failure(QCoreApplication::translate(
            "OpenSslSshKeyFactory", "The cryptographic library could not generate an Ed25519 key."));
    const KeyPtr key(raw);

    char* privateRaw = nullptr;
    if (ssh_pki_export_privkey_base64(key.get(), nullptr, nullptr, nullptr, &privateRaw) != SSH_OK || !privateRaw)
        return failure(
            QCoreApplication::translate("OpenSslSshKeyFactory", "The new SSH key could not be written out."));
    const CharPtr privateText(privateRaw, CharDeleter { true });

    char* publicRaw = nullptr;
    if (ssh_pki_export_pubkey_base64(key.get(), &publicRaw) != SSH_OK || !publicRaw)
        return failure(
            QCoreApplication::translate("OpenSslSshKeyFactory", "The new SSH key could not be written out."));
    const CharPtr publicBase64(publicRaw);

    ssh_key publicKey = nullptr;
    unsigned char* hash = nullptr;
    size_t hashLength = 0;
    const bool hashed = ssh_pki_export_privkey_to_pubkey(key.get(), &publicKey) == SSH_OK
        && ssh_get_publickey_hash(publicKey, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength) == 0;
    ssh_key_free(publicKey);
    if (!hashed)
        return failure(QCoreApplication::translate(
            "OpenSslSshKeyFactory", "The new SSH key's fingerprint could not be computed."));
    const QByteArray digest(reinterpret_cast<const char*>(hash), qsizetype(hashLength));
    ssh_clean_pubkey_hash(&hash);

    SshKeyPair pair;
    pair.privateKey = wrapArmor(privateText.get());
    // authorized_keys is one line per key, so a comment must not break it.
    const QString safeComment = comment.simplified();
    pair.publicKey = QStringLiteral("%1 %2").arg(
        QLatin1String(ssh_key_type_to_char(ssh_key_type(key.get()))), QLatin1String(publicBase64.get()));
    if (!safeComment.isEmpty())
        pair.publicKey += QLatin1Char(' ') + safeComment;
    pair.fingerprint = QStringLiteral("SHA256:")
        + QString::fromLatin1(digest.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
    return pair;
}

} // namespace Barista
