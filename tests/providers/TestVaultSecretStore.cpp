// SPDX-License-Identifier: GPL-3.0-or-later
// The encrypted vault: round trips, wrong passphrase, tamper and truncation detection, file
// mode, concurrent writers, and that neither secrets nor key names reach the file in clear.
// Uses a small scrypt cost (N = 2^10) except in productionDefaults.

#include "providers/secrets/VaultSecretStore.h"
#include "tests/support/ScratchDir.h"
#include "tests/support/TestAwait.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Barista;
using Barista::Test::ScratchDir;

namespace {

const VaultKdfParams FastKdf { 10, 8, 1 };
const QByteArray Passphrase("correct horse battery staple");

template <typename T> Result<T> await(const QFuture<Result<T>>& future)
{
    if (!Test::waitFor(future, 60000))
        return CloudError::make(CloudError::Kind::Timeout, QStringLiteral("TestTimeout"), QStringLiteral("no answer"));
    return future.result();
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = static_cast<char>(generator.bounded(256));
    return out;
}

int fileMode(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 0777);
#else
    Q_UNUSED(path);
    return 0600;
#endif
}

} // namespace

class TestVaultSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip_data();
    void roundTrip();
    void missingVaultReadsNotFoundAndIsNotCreated();
    void wrongPassphrase();
    void checkPassphrase();
    void noPlaintextInFile();
    void everyFlippedByteIsAnError();
    void tamperSeenByLongLivedStore();
    void truncatedOrExtendedFileIsAnError();
    void damagedVaultIsNeverOverwritten();
    void fileModeIs0600();
    void concurrentWritesAllSurvive();
    void removeWorks();
    void sameContentDifferentSaltAndNonce();
    void productionDefaults();
    void invalidInputRefused();
    void storeMayDieBeforeItsCalls();

private:
    QString vaultPath() const { return m_dir->filePath(QStringLiteral("secrets.vault")); }
    std::unique_ptr<VaultSecretStore> store(const QByteArray& passphrase = Passphrase) const
    {
        return std::make_unique<VaultSecretStore>(vaultPath(), passphrase, FastKdf);
    }
    /// A vault with two entries; returns its bytes.
    QByteArray makeSmallVault();

    std::unique_ptr<ScratchDir> m_dir;
};

void TestVaultSecretStore::init()
{
    m_dir = std::make_unique<ScratchDir>();
    QVERIFY(m_dir->isValid());
}

QByteArray TestVaultSecretStore::makeSmallVault()
{
    auto vault = store();
    if (!await(vault->write(QStringLiteral("connection/a"), "alpha-secret")).ok()
        || !await(vault->write(QStringLiteral("connection/b"), "beta-secret")).ok())
        return {};
    return fileBytes(vaultPath());
}

void TestVaultSecretStore::roundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("secret");
    QByteArray allBytes;
    for (int i = 0; i < 256; ++i)
        allBytes.append(static_cast<char>(i));
    QTest::newRow("empty") << QStringLiteral("connection/aws-seoul") << QByteArray();
    QTest::newRow("all byte values") << QStringLiteral("keypair/0123") << allBytes;
    QTest::newRow("1 MiB") << QStringLiteral("keypair/big") << randomBytes(1024 * 1024, 7);
    QTest::newRow("non-ASCII key") << QStringLiteral("connection/서울") << QByteArray("pw\0x", 4);
}

void TestVaultSecretStore::roundTrip()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, secret);
    auto vault = store();
    QVERIFY(await(vault->write(QStringLiteral("other"), "neighbour")).ok());
    const Result<Done> written = await(vault->write(key, secret));
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));

    const Result<QByteArray> again = await(vault->read(key));
    QVERIFY(again.ok());
    QCOMPARE(again.value(), secret);

    // A new object (no cached key) sees the same data.
    auto reopened = store();
    const Result<QByteArray> fresh = await(reopened->read(key));
    QVERIFY(fresh.ok());
    QCOMPARE(fresh.value(), secret);
    QCOMPARE(await(reopened->read(QStringLiteral("other"))).value(), QByteArray("neighbour"));
}

void TestVaultSecretStore::missingVaultReadsNotFoundAndIsNotCreated()
{
    auto vault = store();
    const Result<QByteArray> read = await(vault->read(QStringLiteral("connection/x")));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, CloudError::Kind::NotFound);
    QVERIFY(await(vault->remove(QStringLiteral("connection/x"))).ok());
    QVERIFY(!QFile::exists(vaultPath()));

    QVERIFY(await(vault->write(QStringLiteral("connection/y"), "y")).ok());
    const Result<QByteArray> other = await(vault->read(QStringLiteral("connection/x")));
    QVERIFY(!other.ok());
    QCOMPARE(other.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(other.error().providerCode, QStringLiteral("SecretNotFound"));
}

void TestVaultSecretStore::wrongPassphrase()
{
    const QByteArray before = makeSmallVault();
    QVERIFY(!before.isEmpty());
    auto wrong = store("correct horse battery stapler");
    const Result<QByteArray> read = await(wrong->read(QStringLiteral("connection/a")));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, CloudError::Kind::Auth);
    QCOMPARE(read.error().providerCode, QStringLiteral("VaultPassphrase"));
    QVERIFY(!read.error().message.isEmpty());

    // Writing with the wrong passphrase must not replace the vault.
    const Result<Done> write = await(wrong->write(QStringLiteral("connection/c"), "gamma"));
    QVERIFY(!write.ok());
    QCOMPARE(write.error().providerCode, QStringLiteral("VaultPassphrase"));
    QVERIFY(!await(wrong->remove(QStringLiteral("connection/a"))).ok());
    QCOMPARE(fileBytes(vaultPath()), before);
}

void TestVaultSecretStore::checkPassphrase()
{
    const Result<Done> missing = VaultSecretStore::checkPassphrase(vaultPath(), Passphrase);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(missing.error().providerCode, QStringLiteral("VaultMissing"));

    QVERIFY(!makeSmallVault().isEmpty());
    QVERIFY(VaultSecretStore::checkPassphrase(vaultPath(), Passphrase).ok());
    const Result<Done> wrong = VaultSecretStore::checkPassphrase(vaultPath(), "nope");
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().providerCode, QStringLiteral("VaultPassphrase"));
}

// Decision: key names are sealed together with the values (the whole map is one ciphertext),
// so neither may appear in the file.
void TestVaultSecretStore::noPlaintextInFile()
{
    const QString key = QStringLiteral("connection/aws-seoul");
    const QByteArray secret("AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    const QByteArray big = QByteArray("-----BEGIN OPENSSH PRIVATE KEY-----").repeated(3000);
    auto vault = store();
    QVERIFY(await(vault->write(key, secret)).ok());
    QVERIFY(await(vault->write(QStringLiteral("keypair/tok"), big)).ok());

    const QByteArray raw = fileBytes(vaultPath());
    QVERIFY(raw.startsWith("BARVAULT"));
    QVERIFY(raw.size() > big.size()); // it really holds the data, just not in clear
    QVERIFY(!raw.contains(secret));
    QVERIFY(!raw.contains(secret.left(12)));
    QVERIFY(!raw.contains("BEGIN OPENSSH"));
    QVERIFY(!raw.contains(key.toUtf8()));
    QVERIFY(!raw.contains("aws-seoul"));
    QVERIFY(!raw.contains("keypair/"));
    QVERIFY(!raw.contains(Passphrase));
}

void TestVaultSecretStore::everyFlippedByteIsAnError()
{
    const QByteArray good = makeSmallVault();
    QVERIFY(!good.isEmpty());
    for (qsizetype i = 0; i < good.size(); ++i) {
        for (const char mask : { char(0x01), char(0x80) }) {
            QByteArray bad = good;
            bad[i] = static_cast<char>(bad.at(i) ^ mask);
            QVERIFY(writeBytes(vaultPath(), bad));
            auto fresh = store();
            const Result<QByteArray> read = await(fresh->read(QStringLiteral("connection/a")));
            const QByteArray where = "byte " + QByteArray::number(i) + " mask " + QByteArray::number(int(mask));
            QVERIFY2(!read.ok(), where.constData());
            const QString code = read.error().providerCode;
            // Past the key check (nonce, length, ciphertext, tag) the key is known good, so a
            // change is reported as damage, never as a wrong passphrase.
            if (i >= 69)
                QVERIFY2(code == QLatin1String("VaultCorrupt"), where.constData());
            else
                QVERIFY2(code == QLatin1String("VaultCorrupt") || code == QLatin1String("VaultPassphrase")
                        || code == QLatin1String("VaultVersion"),
                    where.constData());
        }
    }
    QVERIFY(writeBytes(vaultPath(), good));
    QCOMPARE(await(store()->read(QStringLiteral("connection/a"))).value(), QByteArray("alpha-secret"));
}

void TestVaultSecretStore::tamperSeenByLongLivedStore()
{
    const QByteArray good = makeSmallVault();
    QVERIFY(!good.isEmpty());
    auto vault = store();
    QVERIFY(await(vault->read(QStringLiteral("connection/a"))).ok()); // key now cached
    QByteArray bad = good;
    bad[good.size() - 20] = static_cast<char>(bad.at(good.size() - 20) ^ 0x10);
    QVERIFY(writeBytes(vaultPath(), bad));
    const Result<QByteArray> read = await(vault->read(QStringLiteral("connection/a")));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().providerCode, QStringLiteral("VaultCorrupt"));
    QVERIFY(writeBytes(vaultPath(), good));
    QCOMPARE(await(vault->read(QStringLiteral("connection/b"))).value(), QByteArray("beta-secret"));
}

void TestVaultSecretStore::truncatedOrExtendedFileIsAnError()
{
    const QByteArray good = makeSmallVault();
    QVERIFY(!good.isEmpty());
    const qsizetype size = good.size();
    QList<QByteArray> variants;
    for (const qsizetype length : { qsizetype(0), qsizetype(4), qsizetype(8), qsizetype(20), qsizetype(88),
             qsizetype(89), qsizetype(104), size - 17, size - 16, size - 1 })
        variants.append(good.left(length));
    variants.append(good + QByteArray(1, '\0'));
    variants.append(good + good);
    for (const QByteArray& variant : std::as_const(variants)) {
        QVERIFY(writeBytes(vaultPath(), variant));
        const Result<QByteArray> read = await(store()->read(QStringLiteral("connection/a")));
        QVERIFY2(!read.ok(), QByteArray::number(variant.size()).constData());
        QCOMPARE(read.error().providerCode, QStringLiteral("VaultCorrupt"));
        QVERIFY(!read.error().message.isEmpty());
    }
}

void TestVaultSecretStore::damagedVaultIsNeverOverwritten()
{
    const QByteArray good = makeSmallVault();
    QVERIFY(!good.isEmpty());
    const QByteArray truncated = good.left(good.size() - 5);
    QVERIFY(writeBytes(vaultPath(), truncated));
    auto vault = store();
    QVERIFY(!await(vault->write(QStringLiteral("connection/c"), "gamma")).ok());
    QVERIFY(!await(vault->remove(QStringLiteral("connection/a"))).ok());
    QCOMPARE(fileBytes(vaultPath()), truncated);

    const QByteArray notAVault("just some text the user put here\n");
    QVERIFY(writeBytes(vaultPath(), notAVault));
    const Result<Done> write = await(vault->write(QStringLiteral("connection/c"), "gamma"));
    QVERIFY(!write.ok());
    QCOMPARE(write.error().providerCode, QStringLiteral("VaultCorrupt"));
    QCOMPARE(fileBytes(vaultPath()), notAVault);
}

void TestVaultSecretStore::fileModeIs0600()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX file modes only");
#endif
    auto vault = store();
    QVERIFY(await(vault->write(QStringLiteral("connection/a"), "a")).ok());
    QCOMPARE(fileMode(vaultPath()), 0600);
    // A vault someone made world-readable is tightened again on the next write.
    QVERIFY(QFile::setPermissions(vaultPath(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QCOMPARE(fileMode(vaultPath()), 0644);
    QVERIFY(await(vault->write(QStringLiteral("connection/b"), "b")).ok());
    QCOMPARE(fileMode(vaultPath()), 0600);
}

void TestVaultSecretStore::concurrentWritesAllSurvive()
{
    // Two store objects on one file (as two processes would be): the in-process mutex alone
    // cannot serialize them, the lock file must.
    auto first = store();
    auto second = store();
    constexpr int Threads = 8;
    constexpr int PerThread = 5;
    std::vector<std::unique_ptr<QThread>> threads;
    QList<int> failures(Threads, 0);
    for (int t = 0; t < Threads; ++t) {
        VaultSecretStore* target = t % 2 ? second.get() : first.get();
        threads.emplace_back(QThread::create([target, t, &failures] {
            for (int i = 0; i < PerThread; ++i) {
                const QString key = QStringLiteral("keypair/%1-%2").arg(t).arg(i);
                QFuture<Result<Done>> future = target->write(key, key.toUtf8() + "-value");
                future.waitForFinished();
                if (!future.result().ok())
                    ++failures[t];
            }
        }));
        threads.back()->start();
    }
    for (auto& thread : threads)
        QVERIFY(thread->wait(120000));
    QCOMPARE(failures, QList<int>(Threads, 0));

    auto reader = store();
    for (int t = 0; t < Threads; ++t) {
        for (int i = 0; i < PerThread; ++i) {
            const QString key = QStringLiteral("keypair/%1-%2").arg(t).arg(i);
            const Result<QByteArray> read = await(reader->read(key));
            QVERIFY2(read.ok(), qPrintable(key));
            QCOMPARE(read.value(), key.toUtf8() + "-value");
        }
    }
}

void TestVaultSecretStore::removeWorks()
{
    QVERIFY(!makeSmallVault().isEmpty());
    auto vault = store();
    QVERIFY(await(vault->remove(QStringLiteral("connection/a"))).ok());
    const Result<QByteArray> gone = await(vault->read(QStringLiteral("connection/a")));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(await(vault->read(QStringLiteral("connection/b"))).value(), QByteArray("beta-secret"));
    QVERIFY(await(vault->remove(QStringLiteral("connection/a"))).ok()); // absent: still fine

    auto reopened = store();
    QVERIFY(!await(reopened->read(QStringLiteral("connection/a"))).ok());
    QVERIFY(await(reopened->read(QStringLiteral("connection/b"))).ok());
}

void TestVaultSecretStore::sameContentDifferentSaltAndNonce()
{
    const QString otherPath = m_dir->filePath(QStringLiteral("other.vault"));
    VaultSecretStore a(vaultPath(), Passphrase, FastKdf);
    VaultSecretStore b(otherPath, Passphrase, FastKdf);
    QVERIFY(await(a.write(QStringLiteral("k"), "same secret")).ok());
    QVERIFY(await(b.write(QStringLiteral("k"), "same secret")).ok());
    const QByteArray first = fileBytes(vaultPath());
    const QByteArray second = fileBytes(otherPath);
    QCOMPARE(first.size(), second.size());
    QCOMPARE(first.left(21), second.left(21)); // magic, version, same KDF parameters
    QVERIFY(first.mid(21, 16) != second.mid(21, 16)); // salt
    QVERIFY(first.mid(37, 32) != second.mid(37, 32)); // key check: the derived keys differ
    QVERIFY(first.mid(89) != second.mid(89)); // ciphertext and tag

    // Rewriting the same content seals it again under a fresh nonce.
    QVERIFY(await(a.write(QStringLiteral("k"), "same secret")).ok());
    const QByteArray rewritten = fileBytes(vaultPath());
    QCOMPARE(rewritten.left(69), first.left(69)); // same vault: salt and key check kept
    QVERIFY(rewritten.mid(69, 12) != first.mid(69, 12));
    QVERIFY(rewritten.mid(89) != first.mid(89));
}

void TestVaultSecretStore::productionDefaults()
{
    const VaultKdfParams defaults;
    QCOMPARE(int(defaults.logN), 15);
    QCOMPARE(defaults.r, 8u);
    QCOMPARE(defaults.p, 1u);
    // The real cost (32 MiB) must pass OpenSSL's memory cap, which by default is 32 MiB exactly.
    VaultSecretStore vault(vaultPath(), Passphrase);
    QVERIFY(await(vault.write(QStringLiteral("k"), "v")).ok());
    const QByteArray raw = fileBytes(vaultPath());
    QCOMPARE(int(quint8(raw.at(11))), 15);
    QCOMPARE(raw.mid(12, 8), QByteArray::fromHex("0000000800000001"));
    QCOMPARE(await(vault.read(QStringLiteral("k"))).value(), QByteArray("v"));
}

void TestVaultSecretStore::invalidInputRefused()
{
    auto noPassphrase = store(QByteArray());
    const Result<Done> write = await(noPassphrase->write(QStringLiteral("k"), "v"));
    QVERIFY(!write.ok());
    QCOMPARE(write.error().providerCode, QStringLiteral("VaultPassphraseEmpty"));
    const Result<QByteArray> noKey = await(store()->read(QString()));
    QVERIFY(!noKey.ok());
    QCOMPARE(noKey.error().kind, CloudError::Kind::InvalidRequest);

    VaultSecretStore tooCostly(vaultPath(), Passphrase, VaultKdfParams { 30, 8, 1 });
    const Result<Done> costly = await(tooCostly.write(QStringLiteral("k"), "v"));
    QVERIFY(!costly.ok());
    QCOMPARE(costly.error().providerCode, QStringLiteral("VaultKdfParams"));
    QVERIFY(!QFile::exists(vaultPath()));
}

void TestVaultSecretStore::storeMayDieBeforeItsCalls()
{
    QFuture<Result<Done>> future;
    {
        auto vault = store();
        future = vault->write(QStringLiteral("k"), "v");
    }
    QVERIFY(await(future).ok());
    QCOMPARE(await(store()->read(QStringLiteral("k"))).value(), QByteArray("v"));
}

QTEST_GUILESS_MAIN(TestVaultSecretStore)
#include "TestVaultSecretStore.moc"
