// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/secrets/VaultSecretStore.h"

#include "providers/common/OpenSslThreadState.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMutex>
#include <QSaveFile>
#include <QtConcurrentRun>

#include <optional>

namespace Barista {

namespace {

// Another process writing holds the lock for milliseconds; waiting longer means it hangs.
constexpr int LockTimeoutMs = 10000;

CloudError ioError(const QString& path, const QString& detail)
{
    return CloudError::make(CloudError::Kind::Internal, QStringLiteral("VaultIo"),
        VaultFormat::tr("Cannot access the vault %1: %2").arg(QDir::toNativeSeparators(path), detail));
}

CloudError notFound(const QString& key)
{
    return CloudError::make(
        CloudError::Kind::NotFound, QStringLiteral("SecretNotFound"), VaultFormat::tr("No secret named %1.").arg(key));
}

std::optional<CloudError> invalidInput(const QByteArray& passphrase, const QString& key)
{
    if (passphrase.isEmpty())
        return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("VaultPassphraseEmpty"),
            VaultFormat::tr("The vault passphrase is empty."));
    if (key.isEmpty())
        return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("SecretKeyInvalid"),
            VaultFormat::tr("A secret needs a name."));
    return std::nullopt;
}

} // namespace

/// Everything a call needs, shared with the pool tasks so they outlive the store object.
class VaultSecretStore::State
{
public:
    State(const QString& path, const QByteArray& passphrase, const VaultKdfParams& kdf)
        : m_path(path)
        , m_passphrase(passphrase.constData(), passphrase.size()) // a deep copy we can wipe
        , m_kdf(kdf)
    {
    }
    ~State() { VaultFormat::wipe(m_passphrase); }
    Q_DISABLE_COPY_MOVE(State)

    struct Loaded
    {
        bool exists = false;
        VaultFormat::Header header;
        VaultFormat::Entries entries;
    };

    const QString& path() const { return m_path; }

    Result<QByteArray> read(const QString& key)
    {
        if (auto error = invalidInput(m_passphrase, key))
            return *error;
        Result<Loaded> loaded = load();
        if (!loaded.ok())
            return loaded.error();
        VaultFormat::Entries& entries = loaded.value().entries;
        const auto it = entries.constFind(key);
        Result<QByteArray> result = it == entries.cend() ? Result<QByteArray>(notFound(key))
                                                         : Result<QByteArray>(QByteArray(it->constData(), it->size()));
        VaultFormat::wipe(entries);
        return result;
    }

    /// Writes secret under key, or removes key when secret is empty (nullopt).
    Result<Done> update(const QString& key, const std::optional<QByteArray>& secret)
    {
        if (auto error = invalidInput(m_passphrase, key))
            return *error;
        QMutexLocker locker(&m_writeMutex);
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QLockFile lock(m_path + QLatin1String(".lock"));
        if (!lock.tryLock(LockTimeoutMs))
            return CloudError::make(CloudError::Kind::Transient, QStringLiteral("VaultBusy"),
                VaultFormat::tr("Another program is writing the vault %1.").arg(QDir::toNativeSeparators(m_path)));

        // Read-modify-write under both locks; a vault we cannot open is refused, never replaced.
        Result<Loaded> loaded = load();
        if (!loaded.ok())
            return loaded.error();
        Loaded& vault = loaded.value();
        if (!secret) {
            auto it = vault.entries.find(key);
            if (it == vault.entries.end()) {
                VaultFormat::wipe(vault.entries);
                return Done {};
            }
            VaultFormat::wipe(it.value());
            vault.entries.erase(it);
        } else {
            if (!vault.exists) {
                Result<VaultFormat::Header> header = VaultFormat::newHeader(m_kdf);
                if (!header.ok())
                    return header.error();
                vault.header = header.value();
            }
            vault.entries.insert(key, *secret);
        }
        Result<std::shared_ptr<const VaultKeys>> keys = keysFor(vault.header);
        if (!keys.ok()) {
            VaultFormat::wipe(vault.entries);
            return keys.error();
        }
        Result<QByteArray> sealed = VaultFormat::seal(vault.entries, vault.header, *keys.value());
        VaultFormat::wipe(vault.entries);
        if (!sealed.ok())
            return sealed.error();
        return save(sealed.value());
    }

    Result<Loaded> load()
    {
        QFile file(m_path);
        if (!file.exists())
            return Loaded {};
        if (!file.open(QIODevice::ReadOnly))
            return ioError(m_path, file.errorString());
        if (file.size() > VaultFormat::MaxFileSize)
            return VaultFormat::corrupt(VaultFormat::tr("The vault file is larger than a vault can be."));
        const QByteArray bytes = file.readAll();
        Result<VaultFormat::Header> header = VaultFormat::readHeader(bytes);
        if (!header.ok())
            return header.error();
        Result<std::shared_ptr<const VaultKeys>> keys = keysFor(header.value());
        if (!keys.ok())
            return keys.error();
        Result<VaultFormat::Entries> entries = VaultFormat::open(bytes, header.value(), *keys.value());
        if (!entries.ok())
            return entries.error();
        Loaded loaded;
        loaded.exists = true;
        loaded.header = header.value();
        loaded.entries = std::move(entries.value());
        return loaded;
    }

private:
    /// The keys for header's salt and parameters: derived on first need, then cached. Derivation
    /// runs under the mutex, so concurrent first calls derive once.
    Result<std::shared_ptr<const VaultKeys>> keysFor(const VaultFormat::Header& header)
    {
        QMutexLocker locker(&m_keyMutex);
        const QByteArray id = header.kdfId();
        if (m_keys && id == m_keysId)
            return m_keys;
        Result<std::shared_ptr<const VaultKeys>> keys = VaultFormat::deriveKeys(m_passphrase, header.kdf, header.salt);
        if (keys.ok()) {
            m_keys = keys.value();
            m_keysId = id;
        }
        return keys;
    }

    Result<Done> save(const QByteArray& bytes)
    {
        QSaveFile out(m_path);
        if (!out.open(QIODevice::WriteOnly))
            return ioError(m_path, out.errorString());
        // On the temporary file, before any byte is written; the rename keeps the mode.
        if (!out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            out.cancelWriting();
            return ioError(m_path, VaultFormat::tr("cannot restrict the file's permissions"));
        }
        if (out.write(bytes) != bytes.size()) {
            const QString reason = out.errorString();
            out.cancelWriting();
            return ioError(m_path, reason);
        }
        if (!out.commit())
            return ioError(m_path, out.errorString());
        return Done {};
    }

    const QString m_path;
    QByteArray m_passphrase;
    const VaultKdfParams m_kdf;
    QMutex m_writeMutex;
    QMutex m_keyMutex;
    QByteArray m_keysId;
    std::shared_ptr<const VaultKeys> m_keys;
};

VaultSecretStore::VaultSecretStore(const QString& path, const QByteArray& passphrase, const VaultKdfParams& kdf)
    : m_state(std::make_shared<State>(path, passphrase, kdf))
{
}

VaultSecretStore::~VaultSecretStore() = default;

QString VaultSecretStore::path() const
{
    return m_state->path();
}

QFuture<Result<QByteArray>> VaultSecretStore::read(const QString& key)
{
    return QtConcurrent::run(OpenSslThreadState::releasingAfter([state = m_state, key] { return state->read(key); }));
}

QFuture<Result<Done>> VaultSecretStore::write(const QString& key, const QByteArray& secret)
{
    return QtConcurrent::run(
        OpenSslThreadState::releasingAfter([state = m_state, key, secret] { return state->update(key, secret); }));
}

QFuture<Result<Done>> VaultSecretStore::remove(const QString& key)
{
    return QtConcurrent::run(
        OpenSslThreadState::releasingAfter([state = m_state, key] { return state->update(key, std::nullopt); }));
}

Result<Done> VaultSecretStore::checkPassphrase(const QString& path, const QByteArray& passphrase)
{
    if (auto error = invalidInput(passphrase, QStringLiteral("-")))
        return *error;
    State state(path, passphrase, {});
    Result<State::Loaded> loaded = state.load();
    if (!loaded.ok())
        return loaded.error();
    if (!loaded.value().exists)
        return CloudError::make(CloudError::Kind::NotFound, QStringLiteral("VaultMissing"),
            VaultFormat::tr("There is no vault at %1.").arg(QDir::toNativeSeparators(path)));
    VaultFormat::wipe(loaded.value().entries);
    return Done {};
}

} // namespace Barista
