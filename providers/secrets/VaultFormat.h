// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <memory>

namespace Barista {

/// scrypt cost: N = 2^logN, r, p. The defaults (N = 2^15, r = 8, p = 1, 32 MiB, ~100 ms) are the
/// product's; tests pass a small logN. Read back from each vault's header, so they can change.
struct VaultKdfParams
{
    quint8 logN = 15;
    quint32 r = 8;
    quint32 p = 1;
};

/// The two keys scrypt yields for one vault (salt + parameters). Not copyable, and wiped on
/// destruction, so the bytes exist once; shared as shared_ptr<const VaultKeys>.
struct VaultKeys
{
    VaultKeys() = default;
    ~VaultKeys();
    Q_DISABLE_COPY_MOVE(VaultKeys)

    QByteArray enc; ///< AES-256-GCM key (32 bytes)
    QByteArray mac; ///< HMAC-SHA256 key for the header's key check (32 bytes)
};

/// The on-disk layout of a VaultSecretStore file (version 1, integers big-endian):
///
///     0   8  magic "BARVAULT"
///     8   2  format version (1)
///    10   1  KDF id (1 = scrypt)
///    11   1  log2 N
///    12   4  r
///    16   4  p
///    20   1  salt length (16)
///    21  16  salt
///    37  32  key check: HMAC-SHA256(mac key, bytes 0..36)
///    69  12  nonce (random, new on every write)
///    81   8  ciphertext length n
///    89   n  AES-256-GCM ciphertext of the whole entry map
///  89+n  16  GCM tag; the AAD is bytes 0..88 (everything before the ciphertext)
///
/// The plaintext is u32 count, then per entry u32 key length, UTF-8 key, u32 value length,
/// value. The whole map is sealed as one unit: key names stay hidden, and no entry can be
/// dropped, swapped or rolled back on its own. The key check tells a wrong passphrase from a
/// damaged body.
class VaultFormat
{
    Q_DECLARE_TR_FUNCTIONS(VaultSecretStore)

public:
    using Entries = QMap<QString, QByteArray>;

    struct Header
    {
        VaultKdfParams kdf;
        QByteArray salt;
        QByteArray keyCheck;
        /// Bytes 10..36 (KDF id, parameters, salt): identifies the derived keys.
        QByteArray kdfId() const;
    };

    static constexpr int SaltSize = 16;
    static constexpr int AadSize = 89;
    static constexpr int TagSize = 16;
    /// A vault larger than this is refused on write and treated as damaged on read.
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    /// Parses and checks the header and the declared size against the file's (cheap: no KDF).
    static Result<Header> readHeader(const QByteArray& file);
    /// A header for a new vault: the given parameters and a random salt.
    static Result<Header> newHeader(const VaultKdfParams& kdf);
    /// Whether the parameters are within the bounds a header may carry (caps memory and time).
    static bool paramsAcceptable(const VaultKdfParams& kdf);

    /// Runs scrypt (the slow part). Fails for parameters out of bounds.
    static Result<std::shared_ptr<const VaultKeys>> deriveKeys(
        const QByteArray& passphrase, const VaultKdfParams& kdf, const QByteArray& salt);

    /// Checks the key, then decrypts and parses the entry map.
    static Result<Entries> open(const QByteArray& file, const Header& header, const VaultKeys& keys);
    /// The whole file for entries under header (whose keyCheck is recomputed from keys).
    static Result<QByteArray> seal(const Entries& entries, const Header& header, const VaultKeys& keys);

    /// Overwrites the bytes (when not shared) and empties the array.
    static void wipe(QByteArray& bytes);
    static void wipe(Entries& entries);

    static CloudError corrupt(const QString& message);
    static CloudError wrongPassphrase();
};

} // namespace Barista
