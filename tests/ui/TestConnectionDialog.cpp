// SPDX-License-Identifier: GPL-3.0-or-later
// The connection dialog against the EC2 test server: an imported AWS profile with a wrong
// secret gives, after exactly one request, the server's own message in the dialog; typed right
// keys connect; OK stores the secret in the secret store and only its reference in the workspace.
#include "models/credentials/DraftSecretStore.h"
#include "models/jobs/JobQueue.h"
#include "models/jobs/SystemClock.h"
#include "models/workspace/ConnectionStore.h"
#include "models/workspace/ConnectionTester.h"
#include "models/workspace/Workspace.h"
#include "providers/BuiltinProviderFactory.h"
#include "providers/credentials/FileCredentialImporter.h"
#include "tests/servers/ec2/Ec2TestServer.h"
#include "tests/servers/support/Ec2TestClient.h"
#include "tests/support/MemorySecretStore.h"
#include "tests/support/ScratchDir.h"
#include "ui/dialogs/ConnectionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Barista;

namespace {
// Listed in tests/data/test-secrets.txt (aws-wrong-secret-2), so the credentials scan looks for it too.
const QString WRONG_SECRET = QStringLiteral("not-the-secret-key-at-all");
}

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importedWrongSecretShowsTheServersMessageAfterOneRequest();
    void typedRightKeysConnectAndOkStoresOnlyTheReference();
    void insecureHttpOnlyForRemotePlainHttp();
    void importErrorsNameTheFileNotTheSecret();

private:
    template<typename T>
    T* child(const char* name) const
    {
        return m_dialog->findChild<T*>(QLatin1String(name));
    }
    void fillAwsForm();
    bool pressTest(bool* ok, QString* shown);

    std::unique_ptr<QTemporaryDir> m_dir; ///< the user's HOME (credential files): never kept
    std::unique_ptr<Test::ScratchDir> m_scratch; ///< the workspace: kept for the credentials scan
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ConnectionStore> m_connections;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<JobQueue> m_jobs;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<DraftSecretStore> m_drafts;
    std::unique_ptr<BuiltinProviderFactory> m_factory;
    std::unique_ptr<ConnectionTester> m_tester;
    std::unique_ptr<FileCredentialImporter> m_importer;
    std::unique_ptr<Ec2TestServer> m_server;
    ConnectionDialog* m_dialog = nullptr;
};

void TestConnectionDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_scratch = std::make_unique<Test::ScratchDir>();
    m_workspace = std::make_unique<Workspace>(m_scratch->filePath(QStringLiteral("ws")));
    QVERIFY(m_workspace->open());
    m_connections = std::make_unique<ConnectionStore>(m_workspace.get());
    m_clock = std::make_unique<SystemClock>();
    m_jobs = std::make_unique<JobQueue>(m_clock.get());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_drafts = std::make_unique<DraftSecretStore>(m_secrets.get());
    m_factory = std::make_unique<BuiltinProviderFactory>(m_scratch->path());
    m_factory->setSecretStore(m_drafts.get());
    m_tester = std::make_unique<ConnectionTester>(nullptr, m_jobs.get());
    m_tester->setDraftFactory(m_factory.get(), m_drafts.get());
    m_importer = std::make_unique<FileCredentialImporter>();
    m_server = std::make_unique<Ec2TestServer>();
    m_server->addCredential(Ec2TestServer::exampleAccessKeyId(), Ec2TestServer::exampleSecretKey());
    QVERIFY(m_server->listen() != 0);

    ConnectionDialog::Services services;
    services.connections = m_connections.get();
    services.secrets = m_secrets.get();
    services.importer = m_importer.get();
    services.tester = m_tester.get();
    m_dialog = new ConnectionDialog(services);
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_dir->path());
    m_dialog->setEnvironment(env);
    m_dialog->show();
}

void TestConnectionDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
    m_tester.reset();
    QVERIFY(BuiltinProviderFactory::waitUntilProvidersReleased(10000));
    m_server.reset();
    m_factory.reset();
    m_drafts.reset();
    m_jobs.reset();
    m_connections.reset();
    m_workspace.reset();
    m_dir.reset();
    m_scratch.reset();
}

void TestConnectionDialog::fillAwsForm()
{
    child<QLineEdit>("connectionName")->setText(QStringLiteral("ec2"));
    auto* provider = child<QComboBox>("connectionProvider");
    provider->setCurrentIndex(provider->findData(QStringLiteral("aws")));
    auto* driver = child<QComboBox>("connectionDriver");
    driver->setCurrentIndex(driver->findData(QStringLiteral("native")));
    auto* region = child<QComboBox>("connectionRegion");
    QVERIFY(region->count() > 10); // the catalog's AWS regions
    region->setCurrentIndex(region->findData(QStringLiteral("us-east-1")));
    QVERIFY(region->currentIndex() >= 0);
    child<QLineEdit>("connectionEndpoint")->setText(m_server->endpoint().toString());
}

bool TestConnectionDialog::pressTest(bool* ok, QString* shown)
{
    QSignalSpy finished(m_dialog, &ConnectionDialog::testFinished);
    QTest::mouseClick(child<QPushButton>("testConnectionButton"), Qt::LeftButton);
    if (finished.isEmpty() && !finished.wait(30000))
        return false;
    *ok = finished.constFirst().at(0).toBool();
    *shown = finished.constFirst().at(1).toString();
    return true;
}

void TestConnectionDialog::importedWrongSecretShowsTheServersMessageAfterOneRequest()
{
    fillAwsForm();
    const QString credentials = m_dir->filePath(QStringLiteral("credentials"));
    QFile f(credentials);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[lab]\naws_access_key_id = " + Ec2TestServer::exampleAccessKeyId().toUtf8()
            + "\naws_secret_access_key = " + WRONG_SECRET.toUtf8() + "\n");
    f.close();
    auto* mode = child<QComboBox>("credentialMode");
    mode->setCurrentIndex(0); // import
    child<QLineEdit>("importFile")->setText(credentials);
    child<QLineEdit>("importName")->setText(QStringLiteral("lab"));
    QTest::mouseClick(child<QPushButton>("importButton"), Qt::LeftButton);
    QVERIFY2(!child<QLabel>("importStatus")->text().isEmpty(), "no import status");
    QVERIFY(!child<QLabel>("importStatus")->text().contains(WRONG_SECRET));
    QVERIFY(m_dialog->secret().has_value());

    bool ok = true;
    QString shown;
    QVERIFY(pressTest(&ok, &shown));
    QVERIFY(!ok);
    QCOMPARE(m_server->requestCount(), 1); // an Auth failure is not retried
    const Ec2RequestRecord record = m_server->requests().constFirst();
    // What the server says to this key, asked independently after the count was taken.
    Ec2TestClient client(m_server->endpoint(), Ec2TestServer::exampleAccessKeyId(), WRONG_SECRET);
    const Ec2TestResponse direct = client.call(record.action);
    QCOMPARE(direct.errorCode(), record.errorCode);
    QVERIFY(!direct.errorMessage().isEmpty());
    auto* result = child<QLabel>("testResult");
    QCOMPARE(result->text(), direct.errorMessage());
    QCOMPARE(shown, direct.errorMessage());
    QVERIFY(result->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(result->toolTip().contains(record.errorCode));
}

void TestConnectionDialog::typedRightKeysConnectAndOkStoresOnlyTheReference()
{
    fillAwsForm();
    auto* mode = child<QComboBox>("credentialMode");
    mode->setCurrentIndex(1); // type the keys
    auto* secretField = child<QLineEdit>("key_aws_secret_access_key");
    QVERIFY(secretField);
    QCOMPARE(secretField->echoMode(), QLineEdit::Password);
    child<QLineEdit>("key_aws_access_key_id")->setText(Ec2TestServer::exampleAccessKeyId());
    secretField->setText(Ec2TestServer::exampleSecretKey());

    bool ok = false;
    QString shown;
    QVERIFY(pressTest(&ok, &shown));
    QVERIFY2(ok, qPrintable(shown));
    QVERIFY(shown.startsWith(QStringLiteral("Connected: ")));
    QCOMPARE(m_server->requestCount(QStringLiteral("DescribeRegions")), 1);
    QVERIFY(!shown.contains(Ec2TestServer::exampleSecretKey()));

    m_dialog->accept();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const std::optional<ConnectionConfig> saved = m_connections->find(QStringLiteral("ec2"));
    QVERIFY(saved);
    QCOMPARE(saved->credentialRef, QStringLiteral("connection/ec2"));
    QCOMPARE(saved->endpointOverride, m_server->endpoint());
    QVERIFY(m_secrets->value(QStringLiteral("connection/ec2")).contains(Ec2TestServer::exampleSecretKey().toUtf8()));
    QDirIterator it(m_scratch->filePath(QStringLiteral("ws")), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(Ec2TestServer::exampleSecretKey().toUtf8()), qPrintable(file.fileName()));
    }
}

void TestConnectionDialog::insecureHttpOnlyForRemotePlainHttp()
{
    auto* endpoint = child<QLineEdit>("connectionEndpoint");
    auto* insecure = child<QCheckBox>("connectionAllowInsecure");
    auto* warning = child<QLabel>("connectionInsecureWarning");
    endpoint->setText(QStringLiteral("http://127.0.0.1:8774"));
    QVERIFY(!insecure->isEnabled());
    QVERIFY(!warning->isVisible());
    endpoint->setText(QStringLiteral("https://cloud.example.com"));
    QVERIFY(!insecure->isEnabled());
    endpoint->setText(QStringLiteral("http://10.0.0.5:5000"));
    QVERIFY(insecure->isEnabled());
    QVERIFY(warning->isVisible());
    insecure->setChecked(true);
    QVERIFY(m_dialog->connection().allowInsecureHttp);
    endpoint->setText(QStringLiteral("http://localhost:5000"));
    QVERIFY(!insecure->isChecked());
}

void TestConnectionDialog::importErrorsNameTheFileNotTheSecret()
{
    auto* provider = child<QComboBox>("connectionProvider");
    provider->setCurrentIndex(provider->findData(QStringLiteral("openstack")));
    auto* format = child<QComboBox>("importFormat");
    QCOMPARE(format->count(), 2); // clouds.yaml and openrc
    format->setCurrentIndex(1);
    const QString rc = m_dir->filePath(QStringLiteral("openrc"));
    QFile f(rc);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("export OS_AUTH_URL=https://k.example\nexport OS_PASSWORD=\"UnclosedSecret99\n");
    f.close();
    child<QLineEdit>("importFile")->setText(rc);
    QVERIFY(!m_dialog->importCredential());
    const QString status = child<QLabel>("importStatus")->text();
    QVERIFY2(status.contains(rc) && status.contains(QStringLiteral("OS_PASSWORD")), qPrintable(status));
    QVERIFY(!status.contains(QStringLiteral("UnclosedSecret99")));
}

QTEST_MAIN(TestConnectionDialog)
#include "TestConnectionDialog.moc"
