// SPDX-License-Identifier: GPL-3.0-or-later
// `barista infra add-group`: a node group added to a running infra on another cloud is reviewed
// like a create, deployed, counted in the infra's status and deleted with it.
#include "tests/support/CliRunner.h"
#include "tests/support/ScratchDir.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using Barista::Test::CliRunner;
using Barista::Test::ScratchDir;

namespace {
QString explain(const CliRunner::Run& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out.left(3000), r.err.left(3000));
}

QString statusOf(const CliRunner::Run& r)
{
    return r.json().value(QStringLiteral("outcome")).toObject().value(QStringLiteral("status")).toObject()
        .value(QStringLiteral("status")).toString();
}
} // namespace

class TestCliInfraAddGroup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addedGroupIsDeployedCountedAndDeleted();

private:
    CliRunner::Run addGroup(const QStringList& arguments) const
    {
        return cli().run(QStringList{QStringLiteral("infra"), QStringLiteral("add-group")} + arguments);
    }
    CliRunner cli() const
    {
        CliRunner r(m_workspace.path());
        r.setEnv(QStringLiteral("BARISTA_SIM_TIME_SCALE"), QStringLiteral("0.002"));
        return r;
    }
    ScratchDir m_workspace;
};

void TestCliInfraAddGroup::addedGroupIsDeployedCountedAndDeleted()
{
    QFile spec(m_workspace.filePath(QStringLiteral("one.yaml")));
    QVERIFY(spec.open(QIODevice::WriteOnly));
    spec.write("name: one\nnodeGroups:\n"
               "  - {name: web, specId: aws+ap-northeast-2+t3.small, imageId: ubuntu-22.04, nodeGroupSize: 1}\n");
    spec.close();
    const CliRunner::Run created = cli().run({QStringLiteral("infra"), QStringLiteral("create"), spec.fileName()});
    QVERIFY2(created.exitCode == 0, qPrintable(explain(created)));

    const QStringList db = {QStringLiteral("one"), QStringLiteral("--group"), QStringLiteral("db"), QStringLiteral("--spec"),
                            QStringLiteral("gcp+asia-northeast3+e2-small"), QStringLiteral("--image"), QStringLiteral("ubuntu-22.04"),
                            QStringLiteral("--size"), QStringLiteral("2"), QStringLiteral("--json")};
    const CliRunner::Run added = addGroup(db);
    QVERIFY2(added.exitCode == 0, qPrintable(explain(added)));
    QCOMPARE(statusOf(added), QStringLiteral("Running:3 (R:3/3)"));
    const QJsonArray nodes = added.json().value(QStringLiteral("outcome")).toObject().value(QStringLiteral("nodes")).toArray();
    QStringList onGcp;
    for (const QJsonValue& n : nodes) {
        if (n.toObject().value(QStringLiteral("connection")).toString() == QLatin1String("gcp-asia-northeast3"))
            onGcp << n.toObject().value(QStringLiteral("name")).toString();
    }
    onGcp.sort();
    QCOMPARE(onGcp, (QStringList{QStringLiteral("db-1"), QStringLiteral("db-2")}));

    // Refusals: the same group again, a spec no cloud has, missing options, an unknown infra.
    const CliRunner::Run again = addGroup(db);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.out.contains(QLatin1String("already has a node group 'db'")), qPrintable(explain(again)));
    QStringList nowhere = db;
    nowhere[2] = QStringLiteral("x");
    nowhere[4] = QStringLiteral("aws+mars-north-9+t3.small");
    QCOMPARE(addGroup(nowhere).exitCode, 4);
    QCOMPARE(addGroup({QStringLiteral("one"), QStringLiteral("--group"), QStringLiteral("y"), QStringLiteral("--size"),
                       QStringLiteral("1")})
                 .exitCode,
             2);
    QStringList ghost = db;
    ghost[0] = QStringLiteral("ghost");
    QCOMPARE(addGroup(ghost).exitCode, 3);

    const CliRunner::Run status = cli().run({QStringLiteral("infra"), QStringLiteral("status"), QStringLiteral("one"),
                                             QStringLiteral("--json")});
    QVERIFY2(status.exitCode == 0, qPrintable(explain(status)));
    QCOMPARE(status.json().value(QStringLiteral("infra")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("Running:3 (R:3/3)"));

    const auto liveOnGcp = [this] {
        const CliRunner::Run listed = cli().run({QStringLiteral("resource"), QStringLiteral("list"), QStringLiteral("--connection"),
                                                 QStringLiteral("gcp-asia-northeast3"), QStringLiteral("--kind"),
                                                 QStringLiteral("vm"), QStringLiteral("--json")});
        QStringList live;
        for (const QJsonValue& v : listed.json().value(QStringLiteral("items")).toArray()) {
            const QJsonObject vm = v.toObject();
            if (vm.value(QStringLiteral("status")).toString() != QLatin1String("Terminated"))
                live << vm.value(QStringLiteral("iid")).toObject().value(QStringLiteral("nameId")).toString();
        }
        live.sort();
        return live;
    };
    // The simulated cloud is the judge: the added group's VMs run there, and are gone after the delete.
    QCOMPARE(liveOnGcp().size(), 2);

    const CliRunner::Run removed = cli().run({QStringLiteral("infra"), QStringLiteral("delete"), QStringLiteral("one")});
    QVERIFY2(removed.exitCode == 0, qPrintable(explain(removed)));
    QCOMPARE(liveOnGcp(), QStringList());
}

QTEST_GUILESS_MAIN(TestCliInfraAddGroup)
#include "TestCliInfraAddGroup.moc"
