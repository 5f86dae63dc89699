// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/secrets/VaultFormat.h"

#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace Barista {

namespace {

constexpr char Magic[] = "BARVAULT";
constexpr int MagicSize = 8;
constexpr quint16 FormatVersion = 1;
constexpr quint8 KdfScrypt = 1;
constexpr int KeyCheckOffset = 37;
constexpr int KeyCheckSize = 32;
constexpr int NonceOffset = 69;
constexpr int NonceSize = 12;
constexpr int LengthOffset = 81;
constexpr int KeySize = 32;
// Bounds on what a header may ask for, so a crafted file cannot make us allocate gigabytes or
// spin for minutes: 256 MiB of scrypt memory, 64x the default work.
constexpr quint64 MaxScryptMemory = 256ull * 1024 * 1024;
constexpr quint64 MaxScryptWork = 1ull << 24;

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

template <typename T> void appendBig(QByteArray& out, T value)
{
    const T big = qToBigEndian(value);
    out.append(reinterpret_cast<const char*>(&big), sizeof(T));
}

template <typename T> T readBig(const QByteArray& in, qsizetype offset)
{
    return qFromBigEndian<T>(in.constData() + offset);
}

CloudError cryptoFailure(const char* what)
{
    return CloudError::make(CloudError::Kind::Internal, QStringLiteral("VaultCrypto"),
        VaultFormat::tr("The vault could not be encrypted or decrypted (%1).").arg(QLatin1String(what)));
}

/// Bytes 0..36: everything the key check covers.
QByteArray headerPrefix(const VaultFormat::Header& header)
{
    QByteArray out(Magic, MagicSize);
    appendBig<quint16>(out, FormatVersion);
    appendBig<quint8>(out, KdfScrypt);
    appendBig<quint8>(out, header.kdf.logN);
    appendBig<quint32>(out, header.kdf.r);
    appendBig<quint32>(out, header.kdf.p);
    appendBig<quint8>(out, static_cast<quint8>(header.salt.size()));
    out.append(header.salt);
    return out;
}

QByteArray keyCheck(const QByteArray& macKey, const char* data, int size)
{
    QByteArray out(KeyCheckSize, Qt::Uninitialized);
    unsigned int outLen = 0;
    if (!HMAC(EVP_sha256(), macKey.constData(), static_cast<int>(macKey.size()),
            reinterpret_cast<const unsigned char*>(data), static_cast<size_t>(size),
            reinterpret_cast<unsigned char*>(out.data()), &outLen)
        || outLen != KeyCheckSize)
        return {};
    return out;
}

Result<VaultFormat::Entries> parseEntries(const QByteArray& plain)
{
    const qsizetype size = plain.size();
    qsizetype pos = 0;
    auto take = [&](qsizetype n, QByteArray* out) {
        if (n < 0 || size - pos < n)
            return false;
        if (out)
            *out = QByteArray(plain.constData() + pos, n);
        pos += n;
        return true;
    };
    auto takeLength = [&](quint32& n) {
        if (size - pos < 4)
            return false;
        n = readBig<quint32>(plain, pos);
        pos += 4;
        return true;
    };
    const QString broken = VaultFormat::tr("The vault's contents are malformed.");
    quint32 count = 0;
    if (!takeLength(count))
        return VaultFormat::corrupt(broken);
    VaultFormat::Entries entries;
    for (quint32 i = 0; i < count; ++i) {
        quint32 keyLen = 0;
        quint32 valueLen = 0;
        QByteArray key;
        QByteArray value;
        if (!takeLength(keyLen) || !take(keyLen, &key) || !takeLength(valueLen) || !take(valueLen, &value)) {
            VaultFormat::wipe(entries);
            return VaultFormat::corrupt(broken);
        }
        entries.insert(QString::fromUtf8(key), value);
    }
    if (pos != size || entries.size() != static_cast<qsizetype>(count)) {
        VaultFormat::wipe(entries);
        return VaultFormat::corrupt(broken);
    }
    return entries;
}

QByteArray serializeEntries(const VaultFormat::Entries& entries)
{
    qsizetype total = 4;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        total += 8 + it.key().toUtf8().size() + it.value().size();
    QByteArray out;
    out.reserve(total); // one allocation: no stray partial copies of secrets left in freed memory
    appendBig<quint32>(out, static_cast<quint32>(entries.size()));
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const QByteArray key = it.key().toUtf8();
        appendBig<quint32>(out, static_cast<quint32>(key.size()));
        out.append(key);
        appendBig<quint32>(out, static_cast<quint32>(it.value().size()));
        out.append(it.value());
    }
    return out;
}

} // namespace

VaultKeys::~VaultKeys()
{
    VaultFormat::wipe(enc);
    VaultFormat::wipe(mac);
}

QByteArray VaultFormat::Header::kdfId() const
{
    return headerPrefix(*this).mid(10);
}

bool VaultFormat::paramsAcceptable(const VaultKdfParams& kdf)
{
    if (kdf.logN < 4 || kdf.logN > 20 || kdf.r < 1 || kdf.r > 32 || kdf.p < 1 || kdf.p > 16)
        return false;
    const quint64 n = 1ull << kdf.logN;
    const quint64 memory = 128ull * kdf.r * (n + 2) + 128ull * kdf.r * kdf.p;
    return memory <= MaxScryptMemory && n * kdf.r * kdf.p <= MaxScryptWork;
}

Result<VaultFormat::Header> VaultFormat::readHeader(const QByteArray& file)
{
    const qsizetype size = file.size();
    const bool magicOk = file.startsWith(QByteArray::fromRawData(Magic, qMin<qsizetype>(size, MagicSize)));
    if (!magicOk)
        return corrupt(tr("The file is not a Barista Console vault."));
    if (size < AadSize + TagSize)
        return corrupt(tr("The vault file is truncated."));
    const quint16 version = readBig<quint16>(file, 8);
    if (version != FormatVersion)
        return CloudError::make(CloudError::Kind::Unsupported, QStringLiteral("VaultVersion"),
            tr("The vault has format version %1; this version of Barista Console reads version %2.")
                .arg(version)
                .arg(FormatVersion));
    if (static_cast<quint8>(file.at(10)) != KdfScrypt)
        return CloudError::make(CloudError::Kind::Unsupported, QStringLiteral("VaultVersion"),
            tr("The vault uses an unknown key derivation."));
    Header header;
    header.kdf.logN = static_cast<quint8>(file.at(11));
    header.kdf.r = readBig<quint32>(file, 12);
    header.kdf.p = readBig<quint32>(file, 16);
    if (!paramsAcceptable(header.kdf) || static_cast<quint8>(file.at(20)) != SaltSize)
        return corrupt(tr("The vault header is damaged."));
    header.salt = file.mid(21, SaltSize);
    header.keyCheck = file.mid(KeyCheckOffset, KeyCheckSize);
    const quint64 cipherLen = readBig<quint64>(file, LengthOffset);
    const quint64 available = static_cast<quint64>(size - AadSize - TagSize);
    if (cipherLen > available)
        return corrupt(tr("The vault file is truncated."));
    if (cipherLen < available)
        return corrupt(tr("The vault file has unexpected data at its end."));
    return header;
}

Result<VaultFormat::Header> VaultFormat::newHeader(const VaultKdfParams& kdf)
{
    if (!paramsAcceptable(kdf))
        return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("VaultKdfParams"),
            tr("The key derivation parameters are out of range."));
    Header header;
    header.kdf = kdf;
    header.salt = QByteArray(SaltSize, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(header.salt.data()), SaltSize) != 1)
        return cryptoFailure("RAND_bytes");
    return header;
}

Result<std::shared_ptr<const VaultKeys>> VaultFormat::deriveKeys(
    const QByteArray& passphrase, const VaultKdfParams& kdf, const QByteArray& salt)
{
    if (!paramsAcceptable(kdf) || salt.size() != SaltSize)
        return corrupt(tr("The vault header is damaged."));
    QByteArray both(2 * KeySize, Qt::Uninitialized);
    const int ok = EVP_PBE_scrypt(passphrase.constData(), static_cast<size_t>(passphrase.size()),
        reinterpret_cast<const unsigned char*>(salt.constData()), static_cast<size_t>(salt.size()), 1ull << kdf.logN,
        kdf.r, kdf.p, MaxScryptMemory + 1024 * 1024, reinterpret_cast<unsigned char*>(both.data()),
        static_cast<size_t>(both.size()));
    if (ok != 1) {
        wipe(both);
        return cryptoFailure("scrypt");
    }
    auto keys = std::make_shared<VaultKeys>();
    keys->enc = QByteArray(both.constData(), KeySize);
    keys->mac = QByteArray(both.constData() + KeySize, KeySize);
    wipe(both);
    return std::shared_ptr<const VaultKeys>(std::move(keys));
}

Result<VaultFormat::Entries> VaultFormat::open(const QByteArray& file, const Header& header, const VaultKeys& keys)
{
    const QByteArray check = keyCheck(keys.mac, file.constData(), KeyCheckOffset);
    if (check.size() != KeyCheckSize)
        return cryptoFailure("HMAC");
    if (CRYPTO_memcmp(check.constData(), header.keyCheck.constData(), KeyCheckSize) != 0)
        return wrongPassphrase();

    const qsizetype cipherLen = file.size() - AadSize - TagSize;
    const auto* in = reinterpret_cast<const unsigned char*>(file.constData());
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray plain(cipherLen, Qt::Uninitialized);
    int len = 0;
    QByteArray tag = file.right(TagSize);
    const bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1
        && EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, reinterpret_cast<const unsigned char*>(keys.enc.constData()),
               in + NonceOffset)
            == 1
        && EVP_DecryptUpdate(ctx.get(), nullptr, &len, in, AadSize) == 1
        && EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()), &len, in + AadSize,
               static_cast<int>(cipherLen))
            == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) == 1
        && EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()) + len, &len) == 1;
    if (!ok) {
        // The key is right (the check passed), so a failed tag means the bytes were changed.
        wipe(plain);
        return corrupt(tr("The vault file is damaged or was modified."));
    }
    Result<Entries> entries = parseEntries(plain);
    wipe(plain);
    return entries;
}

Result<QByteArray> VaultFormat::seal(const Entries& entries, const Header& header, const VaultKeys& keys)
{
    QByteArray plain = serializeEntries(entries);
    if (AadSize + plain.size() + TagSize > MaxFileSize) {
        wipe(plain);
        return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("VaultTooLarge"),
            tr("The vault would exceed %1 MiB.").arg(MaxFileSize / (1024 * 1024)));
    }
    QByteArray out = headerPrefix(header);
    const QByteArray check = keyCheck(keys.mac, out.constData(), static_cast<int>(out.size()));
    QByteArray nonce(NonceSize, Qt::Uninitialized);
    if (check.size() != KeyCheckSize || RAND_bytes(reinterpret_cast<unsigned char*>(nonce.data()), NonceSize) != 1) {
        wipe(plain);
        return cryptoFailure("RAND_bytes");
    }
    out.append(check);
    out.append(nonce);
    appendBig<quint64>(out, static_cast<quint64>(plain.size()));
    const qsizetype cipherAt = out.size();
    out.resize(cipherAt + plain.size() + TagSize);

    auto* bytes = reinterpret_cast<unsigned char*>(out.data());
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    const bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1
        && EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, reinterpret_cast<const unsigned char*>(keys.enc.constData()),
               bytes + NonceOffset)
            == 1
        && EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes, AadSize) == 1
        && EVP_EncryptUpdate(ctx.get(), bytes + cipherAt, &len,
               reinterpret_cast<const unsigned char*>(plain.constData()), static_cast<int>(plain.size()))
            == 1
        && EVP_EncryptFinal_ex(ctx.get(), bytes + cipherAt + len, &len) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, bytes + cipherAt + plain.size()) == 1;
    wipe(plain);
    if (!ok)
        return cryptoFailure("AES-256-GCM");
    return out;
}

void VaultFormat::wipe(QByteArray& bytes)
{
    // data() would detach a shared array and wipe only the fresh copy; callers pass arrays they own.
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

void VaultFormat::wipe(Entries& entries)
{
    for (auto it = entries.begin(); it != entries.end(); ++it)
        wipe(it.value());
    entries.clear();
}

CloudError VaultFormat::corrupt(const QString& message)
{
    return CloudError::make(CloudError::Kind::Internal, QStringLiteral("VaultCorrupt"), message);
}

CloudError VaultFormat::wrongPassphrase()
{
    return CloudError::make(CloudError::Kind::Auth, QStringLiteral("VaultPassphrase"),
        tr("The passphrase does not open this vault (or its header was modified)."));
}

} // namespace Barista
