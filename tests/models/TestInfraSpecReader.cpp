// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/infra/InfraSpecReader.h"
#include "tests/support/ScratchDir.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Barista;
using Barista::Test::ScratchDir;

namespace {

QString dataPath(const QString& name)
{
    return QDir(QStringLiteral(BARISTA_TEST_DATA_DIR)).filePath(QStringLiteral("infra/") + name);
}

QByteArray dataFile(const QString& name)
{
    QFile file(dataPath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString describeErrors(const QList<InfraSpecError>& errors)
{
    QStringList lines;
    for (const InfraSpecError& error : errors)
        lines.append(error.toString());
    return lines.join(QLatin1Char('\n'));
}

/// Reads data that must be valid; fails the test with every error otherwise.
InfraSpec mustRead(const QByteArray& data, bool* ok)
{
    QList<InfraSpecError> errors;
    const std::optional<InfraSpec> spec = InfraSpecReader::read(data, &errors);
    *ok = spec.has_value() && errors.isEmpty();
    if (!*ok)
        qWarning().noquote() << "unexpected errors:" << describeErrors(errors);
    return spec.value_or(InfraSpec());
}

QByteArray compact(const InfraSpec& spec)
{
    return QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact);
}

// A valid base to break one field of at a time.
const char* const BaseYaml = "name: infra01\n"
                             "nodeGroups:\n"
                             "  - name: web\n"
                             "    specId: aws+ap-northeast-2+t3.nano\n"
                             "    imageId: ami-1\n"
                             "    nodeGroupSize: 2\n"
                             "  - name: db\n"
                             "    specId: gcp+asia-northeast3+g1-small\n"
                             "    imageId: ubuntu22.04\n";

} // namespace

class TestInfraSpecReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testSwaggerExample();
    void testSwaggerCopiesMatchShared_data();
    void testSwaggerCopiesMatchShared();
    void testYamlEqualsJson();
    void testLegacyForms();
    void testNewNamesWin();
    void testUnknownKeysIgnored();
    void testErrors_data();
    void testErrors();
    void testErrorsAreCollected();
    void testParseErrorPositions();
    void testGarbage_data();
    void testGarbage();
    void testMutatedInputNeverCrashes();
    void testReadFile();
    void testToJsonRoundTrip();
    void testSpecParts();
    void testFirewallRuleForms();
};

void TestInfraSpecReader::testSwaggerExample()
{
    bool ok = false;
    const InfraSpec spec = mustRead(dataFile(QStringLiteral("swagger-infra-dynamic.json")), &ok);
    QVERIFY(ok);
    QCOMPARE(spec.name, QStringLiteral("infra01"));
    QCOMPARE(spec.policyOnPartialFailure, PartialFailurePolicy::Continue);
    QCOMPARE(spec.nodeGroups.size(), 3);
    QCOMPARE(spec.totalNodes(), 6);
    const NodeGroupSpec& aws = spec.nodeGroups.at(0);
    QCOMPARE(aws.name, QStringLiteral("aws-group"));
    QCOMPARE(aws.nodeGroupSize, 3);
    QCOMPARE(aws.rootDiskSize, 50);
    QCOMPARE(aws.specProvider(), QStringLiteral("aws"));
    QCOMPARE(aws.specRegion(), QStringLiteral("ap-northeast-2"));
    QCOMPARE(aws.specName(), QStringLiteral("t3.nano"));
    QCOMPARE(aws.label,
        (QMap<QString, QString> {
            { QStringLiteral("role"), QStringLiteral("worker") }, { QStringLiteral("csp"), QStringLiteral("aws") } }));
    const NodeGroupSpec& azure = spec.nodeGroups.at(1);
    QCOMPARE(azure.nodeGroupSize, 2);
    QCOMPARE(azure.specName(), QStringLiteral("standard_b1s"));
    QCOMPARE(azure.imageId, QStringLiteral("Canonical:0001-com-ubuntu-server-jammy:22_04-lts:22.04.202505210"));
    const NodeGroupSpec& gcp = spec.nodeGroups.at(2);
    QCOMPARE(gcp.nodeGroupSize, 1);
    QCOMPARE(gcp.specRegion(), QStringLiteral("asia-northeast3"));
    QCOMPARE(gcp.imageId,
        QStringLiteral("https://www.googleapis.com/compute/v1/projects/ubuntu-os-cloud/global/images/"
                       "ubuntu-2204-jammy-v20250712"));
}

void TestInfraSpecReader::testSwaggerCopiesMatchShared_data()
{
    QTest::addColumn<QString>("swagger");
    QTest::addColumn<QString>("schema"); // schema whose group-list description holds the example; empty = operation
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("copy");
    QTest::newRow("v0.13 InfraDynamicReq")
        << QStringLiteral("swagger.json") << QStringLiteral("model.InfraDynamicReq") << QStringLiteral("nodeGroups")
        << QStringLiteral("swagger-infra-dynamic.json");
    QTest::newRow("v0.13 POST infraDynamic")
        << QStringLiteral("swagger.json") << QString() << QStringLiteral("/ns/{nsId}/infraDynamic")
        << QStringLiteral("swagger-infra-dynamic-web-tier.json");
    QTest::newRow("v0.12.5 MciDynamicReq")
        << QStringLiteral("swagger-v0.12.5.json") << QStringLiteral("model.MciDynamicReq")
        << QStringLiteral("subGroups") << QStringLiteral("swagger-v0.12.5-mci-dynamic.json");
    QTest::newRow("v0.12.5 POST mciDynamic")
        << QStringLiteral("swagger-v0.12.5.json") << QString() << QStringLiteral("/ns/{nsId}/mciDynamic")
        << QStringLiteral("swagger-v0.12.5-mci-dynamic-web-tier.json");
}

void TestInfraSpecReader::testSwaggerCopiesMatchShared()
{
    QFETCH(QString, swagger);
    QFETCH(QString, schema);
    QFETCH(QString, field);
    QFETCH(QString, copy);
    QFile file(QDir(QStringLiteral(BARISTA_SHARED_DIR))
                   .filePath(QStringLiteral("reference/cloud-barista/tumblebug/") + swagger));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("The shared CB-Tumblebug swagger files are not available.");
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QByteArray committed = dataFile(copy);
    QVERIFY(!committed.isEmpty());

    QByteArray extracted;
    if (!schema.isEmpty()) {
        // The description ends with the example list; the copy wraps it with the schema's example name.
        const QString description = root.value(QStringLiteral("components"))
                                        .toObject()
                                        .value(QStringLiteral("schemas"))
                                        .toObject()
                                        .value(schema)
                                        .toObject()
                                        .value(QStringLiteral("properties"))
                                        .toObject()
                                        .value(field)
                                        .toObject()
                                        .value(QStringLiteral("description"))
                                        .toString();
        const qsizetype start = description.indexOf(QLatin1Char('['));
        QVERIFY2(start > 0, qPrintable(description));
        const QString name
            = schema.contains(QLatin1String("Infra")) ? QStringLiteral("infra01") : QStringLiteral("mci01");
        extracted
            = QStringLiteral("{\n\"name\": \"%1\",\n\"%2\": %3\n}\n").arg(name, field, description.mid(start)).toUtf8();
    } else {
        const QString description = root.value(QStringLiteral("paths"))
                                        .toObject()
                                        .value(field)
                                        .toObject()
                                        .value(QStringLiteral("post"))
                                        .toObject()
                                        .value(QStringLiteral("description"))
                                        .toString();
        const qsizetype start = description.indexOf(QLatin1String("```json\n"));
        const qsizetype end = description.indexOf(QLatin1String("\n```"), start + 8);
        QVERIFY2(start > 0 && end > start, qPrintable(description));
        extracted = description.mid(start + 8, end - start - 8).toUtf8() + '\n';
    }
    QCOMPARE(committed, extracted); // still verbatim

    bool ok = false;
    const InfraSpec fromShared = mustRead(extracted, &ok);
    QVERIFY(ok);
    const InfraSpec fromCopy = mustRead(committed, &ok);
    QVERIFY(ok);
    QCOMPARE(compact(fromShared), compact(fromCopy));
    QVERIFY(fromShared.totalNodes() >= 5);
}

void TestInfraSpecReader::testYamlEqualsJson()
{
    bool ok = false;
    const InfraSpec yaml = mustRead(dataFile(QStringLiteral("full.yaml")), &ok);
    QVERIFY(ok);
    const InfraSpec json = mustRead(dataFile(QStringLiteral("full.json")), &ok);
    QVERIFY(ok);
    QCOMPARE(compact(yaml), compact(json));
    QVERIFY(yaml == json);

    QCOMPARE(yaml.policyOnPartialFailure, PartialFailurePolicy::Rollback);
    QCOMPARE(yaml.totalNodes(), 5);
    QCOMPARE(yaml.nodeGroups.at(0).rootDiskSize, 30);
    QCOMPARE(yaml.nodeGroups.at(0).zone, QStringLiteral("ap-northeast-2a"));
    QCOMPARE(yaml.nodeGroups.at(1).label, yaml.nodeGroups.at(0).label); // the YAML alias
    QCOMPARE(yaml.nodeGroups.at(1).specProvider(), QString()); // a plain spec name with connectionName
    QCOMPARE(yaml.postCommands.size(), 3);
    QCOMPARE(yaml.postCommands.at(0).commands.at(1), QStringLiteral("echo 'ready: yes' > /tmp/ready"));
    QCOMPARE(yaml.postCommands.at(1).nodeGroup, QStringLiteral("web"));
    QCOMPARE(yaml.postCommands.at(1).timeoutMinutes, 10);
    QCOMPARE(yaml.postCommands.at(2).node, QStringLiteral("api-3"));
    QCOMPARE(yaml.firewallRules.size(), 4);
}

void TestInfraSpecReader::testLegacyForms()
{
    bool ok = false;
    // v0.12.5 subGroups/subGroupSize: the same groups as the v0.13 example.
    const InfraSpec current = mustRead(dataFile(QStringLiteral("swagger-infra-dynamic.json")), &ok);
    QVERIFY(ok);
    const InfraSpec subGroups = mustRead(dataFile(QStringLiteral("swagger-v0.12.5-mci-dynamic.json")), &ok);
    QVERIFY(ok);
    QCOMPARE(subGroups.name, QStringLiteral("mci01"));
    QVERIFY(subGroups.nodeGroups == current.nodeGroups);

    // v0.12.5's operation example writes "vm" with subGroupSize; v0.13's the same with nodeGroups.
    const InfraSpec vm = mustRead(dataFile(QStringLiteral("swagger-v0.12.5-mci-dynamic-web-tier.json")), &ok);
    QVERIFY(ok);
    const InfraSpec webTier = mustRead(dataFile(QStringLiteral("swagger-infra-dynamic-web-tier.json")), &ok);
    QVERIFY(ok);
    QCOMPARE(compact(vm), compact(webTier));
    QCOMPARE(webTier.policyOnPartialFailure, PartialFailurePolicy::Refine);
    QCOMPARE(webTier.totalNodes(), 5);

    // v0.11: vm with commonSpec/commonImage, rootDiskSize "default", one postCommand object.
    const InfraSpec old = mustRead(dataFile(QStringLiteral("legacy-vm.json")), &ok);
    QVERIFY(ok);
    QCOMPARE(old.nodeGroups.size(), 2);
    QCOMPARE(old.nodeGroups.at(0).specId, QStringLiteral("aws+ap-northeast-2+t2.small"));
    QCOMPARE(old.nodeGroups.at(0).imageId, QStringLiteral("ubuntu22.04"));
    QCOMPARE(old.nodeGroups.at(0).nodeGroupSize, 2);
    QCOMPARE(old.nodeGroups.at(0).rootDiskSize, 0);
    QCOMPARE(old.nodeGroups.at(1).name, QStringLiteral("g2")); // unnamed: "g<position>"
    QCOMPARE(old.nodeGroups.at(1).rootDiskSize, 40);
    QVERIFY(old.label.isEmpty()); // the old free-text label has no key=value meaning
    QCOMPARE(old.postCommands.size(), 1);
    QCOMPARE(old.postCommands.at(0).commands.size(), 2);
    QCOMPARE(old.postCommands.at(0).userName, QStringLiteral("cb-user"));
    QVERIFY(old.postCommands.at(0).nodeGroup.isEmpty());

    // An empty v0.12 postCommand (Go's zero value in generated bodies) is no phase.
    const InfraSpec empty = mustRead(QByteArray(BaseYaml) + "postCommand: {command: [], userName: ''}\n", &ok);
    QVERIFY(ok);
    QVERIFY(empty.postCommands.isEmpty());

    // An unnamed group whose default name is taken gets the next free one.
    const InfraSpec bumped
        = mustRead("nodeGroups: [{specId: a+b+c, imageId: i}, {name: g1, specId: a+b+c, imageId: i}]\n"
                   "name: x\n",
            &ok);
    QVERIFY(ok);
    QCOMPARE(bumped.nodeGroups.at(0).name, QStringLiteral("g2"));
}

void TestInfraSpecReader::testNewNamesWin()
{
    bool ok = false;
    const InfraSpec spec
        = mustRead("name: a\n"
                   "nodeGroups: [{name: new, specId: aws+r+new, commonSpec: aws+r+old, imageId: new-img,"
                   " commonImage: old-img, nodeGroupSize: 4, subGroupSize: bad}]\n"
                   "subGroups: [{name: old, specId: aws+r+s, imageId: i}]\n"
                   "vm: not even a list\n"
                   "postCommands: [{command: [new]}]\n"
                   "postCommand: {command: [old]}\n",
            &ok);
    QVERIFY(ok);
    QCOMPARE(spec.nodeGroups.size(), 1);
    QCOMPARE(spec.nodeGroups.at(0).name, QStringLiteral("new"));
    QCOMPARE(spec.nodeGroups.at(0).specId, QStringLiteral("aws+r+new"));
    QCOMPARE(spec.nodeGroups.at(0).imageId, QStringLiteral("new-img"));
    QCOMPARE(spec.nodeGroups.at(0).nodeGroupSize, 4);
    QCOMPARE(spec.postCommands.size(), 1);
    QCOMPARE(spec.postCommands.at(0).commands, QStringList { QStringLiteral("new") });
}

void TestInfraSpecReader::testUnknownKeysIgnored()
{
    bool ok = false;
    const InfraSpec spec = mustRead(QByteArray(BaseYaml)
            + "installMonAgent: 'yes'\npostCommandAsync: true\nvNetTemplateId: vnet-default\nsgTemplateId: sg\n"
              "systemLabel: Managed by CM-Beetle\nhold: true\nx-owner: someone\nannotations: {a: b}\n",
        &ok);
    QVERIFY(ok);
    QCOMPARE(spec.nodeGroups.size(), 2);
}

void TestInfraSpecReader::testErrors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected"); // the one error, as toString() gives it, or its start

    const QByteArray base(BaseYaml);
    const auto replaced = [&base](const char* from, const char* to) { return QByteArray(base).replace(from, to); };
    QTest::newRow("size text") << replaced(
        "gcp+asia-northeast3+g1-small\n", "gcp+asia-northeast3+g1-small\n    nodeGroupSize: abc\n")
                               << "nodeGroups[1].nodeGroupSize: must be a whole number from 1 to 1000, got \"abc\"";
    QTest::newRow("size zero") << replaced("nodeGroupSize: 2", "nodeGroupSize: 0")
                               << "nodeGroups[0].nodeGroupSize: must be a whole number from 1 to 1000, got \"0\"";
    QTest::newRow("size negative") << replaced("nodeGroupSize: 2", "nodeGroupSize: -3")
                                   << "nodeGroups[0].nodeGroupSize: must be a whole number from 1 to 1000, got \"-3\"";
    QTest::newRow("size too big") << replaced("nodeGroupSize: 2", "nodeGroupSize: 1001")
                                  << "nodeGroups[0].nodeGroupSize: must be a whole number from 1 to 1000";
    QTest::newRow("size fraction json")
        << QByteArray(R"({"name":"a","nodeGroups":[{"specId":"a+b+c","imageId":"i","nodeGroupSize":2.5}]})")
        << "nodeGroups[0].nodeGroupSize: must be a whole number from 1 to 1000, got 2.5";
    QTest::newRow("size huge json") << QByteArray(
        R"({"name":"a","nodeGroups":[{"specId":"a+b+c","imageId":"i","nodeGroupSize":1e300}]})")
                                    << "nodeGroups[0].nodeGroupSize: must be a whole number from 1 to 1000, got 1e+300";
    QTest::newRow("size huge text") << replaced("nodeGroupSize: 2", "nodeGroupSize: 99999999999999999999999999")
                                    << "nodeGroups[0].nodeGroupSize: must be a whole number";
    QTest::newRow("legacy size path") << QByteArray(
        "name: a\nsubGroups: [{specId: a+b+c, imageId: i, subGroupSize: x}]\n")
                                      << "subGroups[0].subGroupSize: must be a whole number";
    QTest::newRow("disk size") << replaced("nodeGroupSize: 2", "rootDiskSize: -5")
                               << "nodeGroups[0].rootDiskSize: must be a whole number of GB";
    QTest::newRow("name missing") << replaced("name: infra01\n", "") << "name: is required";
    QTest::newRow("name form") << replaced("infra01", "Infra_01")
                               << "name: must start with a lowercase letter and use only lowercase letters";
    QTest::newRow("name length") << replaced("infra01", QByteArray(41, 'a').constData()) << "name: must start";
    QTest::newRow("name digit first") << replaced("infra01", "1nfra") << "name: must start";
    QTest::newRow("no groups") << QByteArray("name: a\n") << "nodeGroups: is required";
    QTest::newRow("empty groups") << QByteArray("name: a\nnodeGroups: []\n") << "nodeGroups: must list at least one";
    QTest::newRow("groups not list") << QByteArray("name: a\nnodeGroups: {a: b}\n") << "nodeGroups: must be a list";
    QTest::newRow("group not mapping") << QByteArray("name: a\nnodeGroups: [web]\n")
                                       << "nodeGroups[0]: must be a mapping of node group fields, got \"web\"";
    QTest::newRow("group name form") << replaced("name: db", "name: DB") << "nodeGroups[1].name: must start";
    QTest::newRow("group name duplicate")
        << replaced("name: db", "name: web") << "nodeGroups[1].name: the name \"web\" is already used by nodeGroups[0]";
    QTest::newRow("spec missing") << replaced("    specId: aws+ap-northeast-2+t3.nano\n", "")
                                  << "nodeGroups[0].specId: is required";
    QTest::newRow("legacy spec missing") << QByteArray("name: a\nvm: [{commonImage: i}]\n")
                                         << "vm[0].specId: is required";
    QTest::newRow("image missing") << replaced("    imageId: ubuntu22.04\n", "")
                                   << "nodeGroups[1].imageId: is required";
    QTest::newRow("spec form") << replaced("aws+ap-northeast-2+t3.nano", "t3.nano")
                               << "nodeGroups[0].specId: must be provider+region+spec";
    QTest::newRow("spec two parts") << replaced("aws+ap-northeast-2+t3.nano", "aws+ap-northeast-2")
                                    << "nodeGroups[0].specId: must be provider+region+spec";
    QTest::newRow("spec not text") << replaced("aws+ap-northeast-2+t3.nano", "[a, b]")
                                   << "nodeGroups[0].specId: must be text, got a list";
    QTest::newRow("policy") << base + "policyOnPartialFailure: abort\n"
                            << "policyOnPartialFailure: must be one of continue, refine or rollback, got \"abort\"";
    QTest::newRow("total") << QByteArray("name: a\nnodeGroups:\n")
            + QByteArray("  - {specId: a+b+c, imageId: i, nodeGroupSize: 1000}\n").repeated(5)
            + "  - {specId: a+b+c, imageId: i}\n"
                           << "nodeGroups: the node groups add up to 5001 nodes, more than the 5000 allowed";
    QTest::newRow("typo group key") << replaced("nodeGroupSize: 2", "nodeGroupSzie: 2")
                                    << "nodeGroups[0].nodeGroupSzie: unknown field; did you mean nodeGroupSize?";
    QTest::newRow("typo case") << replaced("nodeGroupSize: 2", "NodeGroupSize: 2")
                               << "nodeGroups[0].NodeGroupSize: unknown field; did you mean nodeGroupSize?";
    QTest::newRow("typo root key") << base + "descripton: x\n"
                                   << "descripton: unknown field; did you mean description?";
    QTest::newRow("label value") << base + "label: {env: [a]}\n"
                                 << "label.env: must be text, got a list";
    QTest::newRow("label not mapping") << base + "label: [a]\n"
                                       << "label: must be a mapping of text keys";
    QTest::newRow("description not text json")
        << QByteArray(R"({"name":"a","description":7,"nodeGroups":[{"specId":"a+b+c","imageId":"i"}]})")
        << "description: must be text, got 7";
    QTest::newRow("command missing") << base + "postCommands: [{userName: u}]\n"
                                     << "postCommands[0].command: is required";
    QTest::newRow("command empty list") << base + "postCommands: [{command: []}]\n"
                                        << "postCommands[0].command: must list at least one command";
    QTest::newRow("command line empty") << base + "postCommands: [{command: [ls, '  ']}]\n"
                                        << "postCommands[0].command[1]: must be a non-empty command line";
    QTest::newRow("phases not list") << base + "postCommands: {command: [ls]}\n"
                                     << "postCommands: must be a list";
    QTest::newRow("unknown group") << base + "postCommands: [{command: [ls], nodeGroupId: cache}]\n"
                                   << "postCommands[0].nodeGroupId: no node group is named \"cache\"";
    QTest::newRow("unknown node") << base + "postCommands: [{command: [ls], nodeId: web-3}]\n"
                                  << "postCommands[0].nodeId: no node is named \"web-3\"";
    QTest::newRow("label selector") << base + "postCommands: [{command: [ls], labelSelector: role}]\n"
                                    << "postCommands[0].labelSelector: must be key=value pairs";
    QTest::newRow("timeout") << base + "postCommands: [{command: [ls], timeoutMinutes: 500}]\n"
                             << "postCommands[0].timeoutMinutes: must be a whole number of minutes from 0 to 120";
    QTest::newRow("legacy phase") << base + "postCommand: [ls]\n"
                                  << "postCommand: must be a mapping with a command list";
    QTest::newRow("rule port zero") << base + "firewallRules: [tcp/80, tcp/0]\n"
                                    << "firewallRules[1]: must be protocol/port";
    QTest::newRow("rule range") << base + "firewallRules: [tcp/80-70]\n"
                                << "firewallRules[0]: must be protocol/port";
    QTest::newRow("rule cidr") << base + "firewallRules: [tcp/80@10.0.0.0/33]\n"
                               << "firewallRules[0]: must be";
    QTest::newRow("rule name") << base + "firewallRules: [http]\n"
                               << "firewallRules[0]: must be";
    QTest::newRow("rules not list") << base + "firewallRules: tcp/80\n"
                                    << "firewallRules: must be a list of rules";
}

void TestInfraSpecReader::testErrors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    QList<InfraSpecError> errors;
    QVERIFY(!InfraSpecReader::read(data, &errors).has_value());
    QVERIFY2(errors.size() == 1, qPrintable(describeErrors(errors)));
    QVERIFY2(errors.at(0).toString().startsWith(expected), qPrintable(errors.at(0).toString()));
    QVERIFY(!errors.at(0).path.isEmpty());
    QVERIFY(errors.at(0).toString().startsWith(errors.at(0).path + QStringLiteral(": ")));
}

void TestInfraSpecReader::testErrorsAreCollected()
{
    QList<InfraSpecError> errors;
    QVERIFY(!InfraSpecReader::read("name: Bad\npolicyOnPartialFailure: later\n"
                                   "nodeGroups: [{specId: x, imageId: i, nodeGroupSize: 0}, {imageId: i}]\n",
        &errors));
    QStringList paths;
    for (const InfraSpecError& error : std::as_const(errors))
        paths.append(error.path);
    QCOMPARE(paths,
        (QStringList { QStringLiteral("name"), QStringLiteral("policyOnPartialFailure"),
            QStringLiteral("nodeGroups[0].specId"), QStringLiteral("nodeGroups[0].nodeGroupSize"),
            QStringLiteral("nodeGroups[1].specId") }));
    // errors may be null: still no crash, still no spec.
    QVERIFY(!InfraSpecReader::read("name: Bad\n", nullptr));
}

void TestInfraSpecReader::testParseErrorPositions()
{
    QList<InfraSpecError> errors;
    QVERIFY(!InfraSpecReader::read("{\n  \"name\": \"a\",\n  \"nodeGroups\": [,]\n}\n", &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.at(0).path.isEmpty());
    // Qt's offset is just past the offending ',' (column 18).
    QVERIFY2(errors.at(0).message.startsWith(QStringLiteral("Not valid JSON at line 3, column 19:")),
        qPrintable(errors.at(0).message));

    errors.clear();
    QVERIFY(!InfraSpecReader::read("name: a\nnodeGroups:\n  - name: [web\n", &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(
        errors.at(0).message.startsWith(QStringLiteral("Not valid YAML at line ")), qPrintable(errors.at(0).message));

    // Quoted keys mean JSON: a slip there is not handed to the (more lenient) YAML parser.
    errors.clear();
    QVERIFY(!InfraSpecReader::read(R"({"name": "a", "nodeGroups": [{"specId": "a+b+c", "imageId": "i",}]})", &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).message.startsWith(QStringLiteral("Not valid JSON at line 1, column ")),
        qPrintable(errors.at(0).message));

    // A YAML flow mapping is not JSON but is still read.
    bool ok = false;
    const InfraSpec flow = mustRead("{name: a, nodeGroups: [{specId: a+b+c, imageId: i}]}", &ok);
    QVERIFY(ok);
    QCOMPARE(flow.nodeGroups.size(), 1);
    // A UTF-8 byte order mark is skipped.
    mustRead("\xEF\xBB\xBF{\"name\":\"a\",\"nodeGroups\":[{\"specId\":\"a+b+c\",\"imageId\":\"i\"}]}", &ok);
    QVERIFY(ok);
}

void TestInfraSpecReader::testGarbage_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank") << QByteArray(" \n\t\n");
    QTest::newRow("comment only") << QByteArray("# nothing here\n");
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe\x80garbage\x00", 14);
    QTest::newRow("scalar") << QByteArray("just some text");
    QTest::newRow("sequence") << QByteArray("- a\n- b\n");
    QTest::newRow("json array") << QByteArray("[1, 2]");
    QTest::newRow("json truncated") << QByteArray("{\"name\": ");
    QTest::newRow("deep json") << QByteArray(200000, '[');
    QTest::newRow("deep yaml flow") << QByteArray("a: ") + QByteArray(100000, '[');
    QTest::newRow("deep yaml closed") << QByteArray("name: ") + QByteArray(500, '[') + QByteArray(500, ']');
    QTest::newRow("deep yaml block") << [] {
        QByteArray data;
        for (int i = 0; i < 300; ++i)
            data += QByteArray(i, ' ') + "k:\n";
        return data;
    }();
    QTest::newRow("self alias") << QByteArray("name: &a [*a]\n");
    QTest::newRow("billion laughs") << QByteArray("a: &a [x, x, x, x, x, x, x, x, x, x]\n"
                                                  "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                                                  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                                                  "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                                                  "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                                                  "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                                                  "name: a\n");
    QTest::newRow("unknown alias") << QByteArray("name: *nothing\n");
    QTest::newRow("complex key") << QByteArray("? [a, b]\n: c\nname: a\n");
    QTest::newRow("tabs") << QByteArray("name:\t\ta\n\tnodeGroups: x\n");
    QTest::newRow("huge json number") << QByteArray(
        R"({"name":"a","nodeGroups":[{"specId":"a+b+c","imageId":"i","nodeGroupSize":1e999}]})");
    QTest::newRow("null groups") << QByteArray("name: a\nnodeGroups: ~\n");
    QTest::newRow("utf16") << QByteArray("\xff\xfe{\x00}\x00", 6);
}

void TestInfraSpecReader::testGarbage()
{
    QFETCH(QByteArray, data);
    QList<InfraSpecError> errors;
    QVERIFY(!InfraSpecReader::read(data, &errors).has_value());
    QVERIFY(!errors.isEmpty());
    for (const InfraSpecError& error : std::as_const(errors))
        QVERIFY(!error.message.isEmpty());
}

void TestInfraSpecReader::testMutatedInputNeverCrashes()
{
    // Deterministic byte mutations of valid files: every outcome is either a spec or errors.
    QRandomGenerator random(20240613);
    const QList<QByteArray> seeds { dataFile(QStringLiteral("full.yaml")), dataFile(QStringLiteral("full.json")) };
    int rejected = 0;
    for (int round = 0; round < 400; ++round) {
        QByteArray data = seeds.at(round % 2);
        const int edits = 1 + int(random.bounded(4));
        for (int e = 0; e < edits; ++e) {
            const int at = int(random.bounded(data.size()));
            static const char pool[] = "{}[]:,-&*!|>'\"#\n \t%@0a\x00\xff";
            data[at] = pool[random.bounded(int(sizeof(pool) - 1))];
        }
        QList<InfraSpecError> errors;
        const std::optional<InfraSpec> spec = InfraSpecReader::read(data, &errors);
        QCOMPARE(spec.has_value(), errors.isEmpty());
        rejected += spec ? 0 : 1;
    }
    QVERIFY(rejected > 100); // the mutations did reach the validator's error paths
}

void TestInfraSpecReader::testReadFile()
{
    QList<InfraSpecError> errors;
    QVERIFY(InfraSpecReader::readFile(dataPath(QStringLiteral("full.yaml")), &errors).has_value());
    QVERIFY(errors.isEmpty());

    ScratchDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(!InfraSpecReader::readFile(dir.filePath(QStringLiteral("missing.yaml")), &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.at(0).path.isEmpty());
    QVERIFY(errors.at(0).message.contains(QStringLiteral("missing.yaml")));

    errors.clear();
    QVERIFY(!InfraSpecReader::readFile(dir.path(), &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.at(0).message.contains(QStringLiteral("folder")));

    errors.clear();
    const QString empty = dir.filePath(QStringLiteral("empty.yaml"));
    QFile emptyFile(empty);
    QVERIFY(emptyFile.open(QIODevice::WriteOnly));
    emptyFile.close();
    QVERIFY(!InfraSpecReader::readFile(empty, &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.at(0).message.contains(QStringLiteral("empty")));

    errors.clear();
    const QString big = dir.filePath(QStringLiteral("big.yaml"));
    QFile bigFile(big);
    QVERIFY(bigFile.open(QIODevice::WriteOnly));
    bigFile.write(QByteArray(BaseYaml) + "description: " + QByteArray(InfraSpecReader::MaxFileBytes, 'x'));
    bigFile.close();
    QVERIFY(!InfraSpecReader::readFile(big, &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).message.contains(QStringLiteral("4 MiB")), qPrintable(errors.at(0).message));

    // A device that never ends reads as too large instead of hanging.
    if (QFile::exists(QStringLiteral("/dev/zero"))) {
        errors.clear();
        QVERIFY(!InfraSpecReader::readFile(QStringLiteral("/dev/zero"), &errors));
        QCOMPARE(errors.size(), 1);
    }
}

void TestInfraSpecReader::testToJsonRoundTrip()
{
    bool ok = false;
    const InfraSpec spec = mustRead(dataFile(QStringLiteral("full.yaml")), &ok);
    QVERIFY(ok);
    const QJsonObject json = spec.toJson();
    const QJsonArray groups = json.value(QStringLiteral("nodeGroups")).toArray();
    QCOMPARE(groups.size(), 2);
    QVERIFY(groups.at(1).toObject().value(QStringLiteral("nodeGroupSize")).isDouble());
    QCOMPARE(groups.at(1).toObject().value(QStringLiteral("nodeGroupSize")).toInt(), 3);
    QVERIFY(!groups.at(1).toObject().contains(QStringLiteral("zone"))); // empty optional fields are left out
    QVERIFY(!groups.at(1).toObject().contains(QStringLiteral("rootDiskSize")));
    QCOMPARE(json.value(QStringLiteral("policyOnPartialFailure")).toString(), QStringLiteral("rollback"));
    QVERIFY(!json.contains(QStringLiteral("subGroups")));

    const InfraSpec again = mustRead(QJsonDocument(json).toJson(), &ok);
    QVERIFY(ok);
    QVERIFY(again == spec);

    // The legacy form comes back in v0.13 names and reads back to the same spec.
    const InfraSpec old = mustRead(dataFile(QStringLiteral("legacy-vm.json")), &ok);
    QVERIFY(ok);
    const QJsonObject modernJson = old.toJson();
    QCOMPARE(modernJson.keys(),
        (QStringList { QStringLiteral("description"), QStringLiteral("name"), QStringLiteral("nodeGroups"),
            QStringLiteral("policyOnPartialFailure"), QStringLiteral("postCommands") }));
    QCOMPARE(modernJson.value(QStringLiteral("nodeGroups")).toArray().at(1).toObject().keys(),
        (QStringList { QStringLiteral("imageId"), QStringLiteral("name"), QStringLiteral("nodeGroupSize"),
            QStringLiteral("rootDiskSize"), QStringLiteral("specId") }));
    const QByteArray modern = QJsonDocument(modernJson).toJson();
    QVERIFY(mustRead(modern, &ok) == old);
    QVERIFY(ok);

    QCOMPARE(partialFailurePolicyName(PartialFailurePolicy::Continue), QStringLiteral("continue"));
    QCOMPARE(partialFailurePolicyName(PartialFailurePolicy::Refine), QStringLiteral("refine"));
}

void TestInfraSpecReader::testSpecParts()
{
    NodeGroupSpec group;
    group.specId = QStringLiteral("AWS+us-east-1+t3.micro");
    QCOMPARE(group.specProvider(), QStringLiteral("aws"));
    QCOMPARE(group.specRegion(), QStringLiteral("us-east-1"));
    QCOMPARE(group.specName(), QStringLiteral("t3.micro"));
    group.specId = QStringLiteral("azure+koreacentral+Standard_B2s");
    QCOMPARE(group.specName(), QStringLiteral("Standard_B2s"));
    for (const char* plain : { "t3.nano", "aws+us-east-1", "aws++t3.nano", "a+b+c+d", "" }) {
        group.specId = QString::fromLatin1(plain);
        QVERIFY2(group.specProvider().isEmpty() && group.specRegion().isEmpty() && group.specName().isEmpty(), plain);
    }
}

void TestInfraSpecReader::testFirewallRuleForms()
{
    for (const char* rule : { "tcp/22", "udp/53", "tcp/8000-8100", "tcp/443@0.0.0.0/0", "icmp", "all@10.1.0.0/16",
             "tcp/80@::/0", "udp/1-65535@2001:db8::1/128" })
        QVERIFY2(InfraSpecReader::isValidFirewallRule(QString::fromLatin1(rule)), rule);
    for (const char* rule : { "", "tcp", "tcp/", "tcp/65536", "TCP/80", "tcp/80-", "tcp/a", "sctp/80", "tcp/80@",
             "tcp/80@10.0.0.256/8", "tcp/80@10.0.0/8", "icmp@1.2.3.4", "tcp/80@1.2.3.4/8@x", " tcp/80" })
        QVERIFY2(!InfraSpecReader::isValidFirewallRule(QString::fromLatin1(rule)), rule);
    QVERIFY(InfraSpecReader::isValidName(QStringLiteral("a")));
    QVERIFY(InfraSpecReader::isValidName(QString(40, QLatin1Char('a'))));
    QVERIFY(!InfraSpecReader::isValidName(QString(41, QLatin1Char('a'))));
    QVERIFY(!InfraSpecReader::isValidName(QStringLiteral("-a")));
}

QTEST_GUILESS_MAIN(TestInfraSpecReader)
#include "TestInfraSpecReader.moc"
