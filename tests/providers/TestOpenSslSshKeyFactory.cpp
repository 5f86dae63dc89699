// SPDX-License-Identifier: GPL-3.0-or-later
// Generated SSH keys against OpenSSH's own ssh-keygen (the referee for the public line, the
// fingerprint and the private key format) and against libssh, which must read them back.

#include "providers/ssh/OpenSslSshKeyFactory.h"
#include "tests/support/ScratchDir.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <libssh/libssh.h>

using namespace Barista;
using Barista::Test::ScratchDir;

namespace {

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return false;
    // ssh-keygen refuses a private key that others may read.
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString keygenOutput(const QStringList& arguments)
{
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"), arguments);
    if (!keygen.waitForFinished(30000) || keygen.exitCode() != 0) {
        qWarning("ssh-keygen failed: %s", keygen.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(keygen.readAllStandardOutput()).trimmed();
}

} // namespace

class TestOpenSslSshKeyFactory : public QObject
{
    Q_OBJECT

private slots:
    void shapeOfTheKeyPair();
    void libsshReadsThePrivateKey();
    void sshKeygenAgreesOnFingerprintAndKey();
    void twoKeysDiffer();
    void commentCannotBreakTheLine();
};

void TestOpenSslSshKeyFactory::shapeOfTheKeyPair()
{
    OpenSslSshKeyFactory factory;
    const Result<SshKeyPair> pair = factory.generate(QStringLiteral("barista@infra-1"));
    QVERIFY(pair.ok());
    const QStringList fields = pair.value().publicKey.split(QLatin1Char(' '));
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields.at(0), QStringLiteral("ssh-ed25519"));
    QVERIFY(fields.at(1).startsWith(QStringLiteral("AAAAC3NzaC1lZDI1NTE5")));
    QCOMPARE(fields.at(2), QStringLiteral("barista@infra-1"));
    // SHA-256 is 32 bytes: 43 base64 characters without padding.
    QVERIFY(pair.value().fingerprint.startsWith(QStringLiteral("SHA256:")));
    QCOMPARE(pair.value().fingerprint.size(), 7 + 43);
    QVERIFY(!pair.value().fingerprint.endsWith(QLatin1Char('=')));
    const QByteArray& pem = pair.value().privateKey;
    QVERIFY(pem.startsWith("-----BEGIN OPENSSH PRIVATE KEY-----\n"));
    QVERIFY(pem.endsWith("-----END OPENSSH PRIVATE KEY-----\n"));
    for (const QByteArray& line : pem.split('\n'))
        QVERIFY(line.size() <= 70 || line.startsWith("-----"));
}

void TestOpenSslSshKeyFactory::libsshReadsThePrivateKey()
{
    OpenSslSshKeyFactory factory;
    const Result<SshKeyPair> pair = factory.generate(QStringLiteral("c"));
    QVERIFY(pair.ok());
    ssh_key key = nullptr;
    QCOMPARE(
        ssh_pki_import_privkey_base64(pair.value().privateKey.constData(), nullptr, nullptr, nullptr, &key), SSH_OK);
    QVERIFY(key);
    QVERIFY(ssh_key_is_private(key));
    QCOMPARE(ssh_key_type(key), SSH_KEYTYPE_ED25519);
    char* publicBase64 = nullptr;
    QCOMPARE(ssh_pki_export_pubkey_base64(key, &publicBase64), SSH_OK);
    const QString exported = QString::fromLatin1(publicBase64);
    ssh_string_free_char(publicBase64);
    ssh_key_free(key);
    QCOMPARE(exported, pair.value().publicKey.split(QLatin1Char(' ')).at(1));
}

void TestOpenSslSshKeyFactory::sshKeygenAgreesOnFingerprintAndKey()
{
    if (QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty())
        QSKIP("ssh-keygen is missing (openssh-client)");
    ScratchDir dir;
    QVERIFY(dir.isValid());
    OpenSslSshKeyFactory factory;
    const Result<SshKeyPair> pair = factory.generate(QStringLiteral("barista@test"));
    QVERIFY(pair.ok());
    const QString publicFile = dir.filePath(QStringLiteral("id.pub"));
    const QString privateFile = dir.filePath(QStringLiteral("id"));
    QVERIFY(writeFile(publicFile, pair.value().publicKey.toUtf8() + '\n'));
    QVERIFY(writeFile(privateFile, pair.value().privateKey));

    // "256 SHA256:... barista@test (ED25519)"
    const QStringList listed
        = keygenOutput({ QStringLiteral("-l"), QStringLiteral("-f"), publicFile }).split(QLatin1Char(' '));
    QCOMPARE(listed.size(), 4);
    QCOMPARE(listed.at(0), QStringLiteral("256"));
    QCOMPARE(listed.at(1), pair.value().fingerprint);
    QCOMPARE(listed.at(3), QStringLiteral("(ED25519)"));

    // OpenSSH reads the private key and derives the same public key from it.
    const QString derived = keygenOutput({ QStringLiteral("-y"), QStringLiteral("-f"), privateFile });
    const QStringList ours = pair.value().publicKey.split(QLatin1Char(' '));
    QCOMPARE(derived.section(QLatin1Char(' '), 0, 1), ours.at(0) + QLatin1Char(' ') + ours.at(1));
}

void TestOpenSslSshKeyFactory::twoKeysDiffer()
{
    OpenSslSshKeyFactory factory;
    const Result<SshKeyPair> a = factory.generate(QStringLiteral("same"));
    const Result<SshKeyPair> b = factory.generate(QStringLiteral("same"));
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a.value().publicKey != b.value().publicKey);
    QVERIFY(a.value().privateKey != b.value().privateKey);
    QVERIFY(a.value().fingerprint != b.value().fingerprint);
}

void TestOpenSslSshKeyFactory::commentCannotBreakTheLine()
{
    OpenSslSshKeyFactory factory;
    const Result<SshKeyPair> pair = factory.generate(QStringLiteral("  two\nlines\tand tabs "));
    QVERIFY(pair.ok());
    QVERIFY(!pair.value().publicKey.contains(QLatin1Char('\n')));
    QVERIFY(pair.value().publicKey.endsWith(QStringLiteral(" two lines and tabs")));
    const Result<SshKeyPair> bare = factory.generate(QString());
    QVERIFY(bare.ok());
    QCOMPARE(bare.value().publicKey.count(QLatin1Char(' ')), 1);
}

QTEST_GUILESS_MAIN(TestOpenSslSshKeyFactory)
#include "TestOpenSslSshKeyFactory.moc"
