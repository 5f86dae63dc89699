// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainSecretStore without a keychain: only the error mapping and the environment guess.
// Nothing here may create a QtKeychain job (a real keychain can hang on an unlock prompt).

#include "providers/secrets/KeychainSecretStore.h"

#include <QTest>

#include <qt6keychain/keychain.h>

using namespace Barista;

namespace {

/// Sets (or, with a null value, unsets) an environment variable for one scope.
class ScopedEnv
{
public:
    ScopedEnv(const char* name, const QByteArray& value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    Q_DISABLE_COPY_MOVE(ScopedEnv)

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void errorMapping_data();
    void errorMapping();
    void emptyMessageGetsAFallback();
    void serviceName();
    void backendGuess();
};

void TestKeychainSecretStore::errorMapping_data()
{
    QTest::addColumn<int>("keychainError");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("EntryNotFound") << int(QKeychain::EntryNotFound) << cloudErrorKindName(CloudError::Kind::NotFound)
                                   << QStringLiteral("KeychainEntryNotFound");
    QTest::newRow("AccessDenied") << int(QKeychain::AccessDenied) << cloudErrorKindName(CloudError::Kind::Auth)
                                  << QStringLiteral("KeychainAccessDenied");
    QTest::newRow("AccessDeniedByUser") << int(QKeychain::AccessDeniedByUser)
                                        << cloudErrorKindName(CloudError::Kind::Auth)
                                        << QStringLiteral("KeychainAccessDenied");
    QTest::newRow("NoBackendAvailable") << int(QKeychain::NoBackendAvailable)
                                        << cloudErrorKindName(CloudError::Kind::Unsupported)
                                        << QStringLiteral("KeychainNoBackend");
    QTest::newRow("NotImplemented") << int(QKeychain::NotImplemented)
                                    << cloudErrorKindName(CloudError::Kind::Unsupported)
                                    << QStringLiteral("KeychainNoBackend");
    QTest::newRow("CouldNotDeleteEntry") << int(QKeychain::CouldNotDeleteEntry)
                                         << cloudErrorKindName(CloudError::Kind::Internal)
                                         << QStringLiteral("KeychainError");
    QTest::newRow("OtherError") << int(QKeychain::OtherError) << cloudErrorKindName(CloudError::Kind::Internal)
                                << QStringLiteral("KeychainError");
    QTest::newRow("unknown value") << 99 << cloudErrorKindName(CloudError::Kind::Internal)
                                   << QStringLiteral("KeychainError");
}

void TestKeychainSecretStore::errorMapping()
{
    QFETCH(int, keychainError);
    QFETCH(QString, kind);
    QFETCH(QString, code);
    const QString message = QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY");
    const CloudError error = KeychainSecretStore::errorFromKeychain(keychainError, message);
    QCOMPARE(cloudErrorKindName(error.kind), kind);
    QCOMPARE(error.providerCode, code);
    QCOMPARE(error.message, message); // QtKeychain's text, verbatim
    QVERIFY(!error.isRetryable());
}

void TestKeychainSecretStore::emptyMessageGetsAFallback()
{
    const CloudError error = KeychainSecretStore::errorFromKeychain(QKeychain::OtherError, QString());
    QVERIFY(!error.message.isEmpty());
    QVERIFY(error.message.contains(QString::number(int(QKeychain::OtherError))));
}

void TestKeychainSecretStore::serviceName()
{
    QCOMPARE(KeychainSecretStore::defaultServiceName(), QStringLiteral("io.github.cloudbarista.BaristaConsole"));
}

void TestKeychainSecretStore::backendGuess()
{
    {
        ScopedEnv noKeychain("BARISTA_NO_KEYCHAIN", "1");
        ScopedEnv bus("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
        QVERIFY(!KeychainSecretStore::isBackendLikelyAvailable());
    }
    ScopedEnv noKeychain("BARISTA_NO_KEYCHAIN", QByteArray());
#if defined(Q_OS_MACOS) || defined(Q_OS_WIN)
    QVERIFY(KeychainSecretStore::isBackendLikelyAvailable());
#else
    {
        ScopedEnv bus("DBUS_SESSION_BUS_ADDRESS", QByteArray());
        QVERIFY(!KeychainSecretStore::isBackendLikelyAvailable());
    }
    {
        ScopedEnv bus("DBUS_SESSION_BUS_ADDRESS", "");
        QVERIFY(!KeychainSecretStore::isBackendLikelyAvailable());
    }
    {
        ScopedEnv bus("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
        QVERIFY(KeychainSecretStore::isBackendLikelyAvailable());
    }
#endif
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
