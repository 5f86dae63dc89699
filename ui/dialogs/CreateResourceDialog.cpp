// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/CreateResourceDialog.h"

#include "models/domain/ResourceKindLabel.h"
#include "models/workspace/ConnectionStore.h"
#include "models/workspace/ResourceService.h"
#include "ui/dialogs/DiskFormPage.h"
#include "ui/dialogs/MyImageFormPage.h"
#include "ui/dialogs/NlbFormPage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Barista {

namespace {

using ListResult = Result<QList<Resource>>;

QTableWidget* makeTable(const QStringList& headers, const QString& objectName, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    return table;
}

void appendRow(QTableWidget* table, const QStringList& values)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < values.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(values.at(c)));
}

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

/// Add and Remove buttons under a table.
QWidget* withRowButtons(QTableWidget* table, const QStringList& newRow, const QString& prefix, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(CreateResourceDialog::tr("Add"), box);
    add->setObjectName(prefix + QStringLiteral("AddButton"));
    auto* remove = new QPushButton(CreateResourceDialog::tr("Remove"), box);
    remove->setObjectName(prefix + QStringLiteral("RemoveButton"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    QObject::connect(add, &QPushButton::clicked, table, [table, newRow] { appendRow(table, newRow); });
    QObject::connect(remove, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    return box;
}

} // namespace

QList<ResourceKind> CreateResourceDialog::creatableKinds()
{
    // The order of the kind box and of the pages.
    return { ResourceKind::Vpc, ResourceKind::SecurityGroup, ResourceKind::KeyPair, ResourceKind::Vm,
        ResourceKind::Disk, ResourceKind::MyImage, ResourceKind::Nlb };
}

bool CreateResourceDialog::isValidCidr(const QString& cidr)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\A(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})\\z"));
    const QRegularExpressionMatch m = pattern.match(cidr);
    if (!m.hasMatch())
        return false;
    for (int i = 1; i <= 4; ++i) {
        if (m.captured(i).toInt() > 255)
            return false;
    }
    return m.captured(5).toInt() <= 32;
}

CreateResourceDialog::CreateResourceDialog(ConnectionStore* connections, ResourceService* service,
    const QString& connection, ResourceKind kind, QWidget* parent)
    : QDialog(parent)
    , m_connections(connections)
    , m_service(service)
    , m_connection(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("createResourceDialog"));
    setWindowTitle(tr("Create resource"));
    m_connection->setObjectName(QStringLiteral("connectionCombo"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_status->setObjectName(QStringLiteral("createStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->setObjectName(QStringLiteral("createButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    for (const ConnectionConfig& c : m_connections->all())
        m_connection->addItem(c.name, c.name);
    for (ResourceKind k : creatableKinds())
        m_kind->addItem(resourceKindLabel(k), int(k));
    m_pages->addWidget(buildVpcPage());
    m_pages->addWidget(buildSecurityGroupPage());
    m_pages->addWidget(buildKeyPairPage());
    m_pages->addWidget(buildVmPage());
    m_formPages = { new DiskFormPage(this), new MyImageFormPage(this), new NlbFormPage(this) };
    for (CreateFormPage* page : std::as_const(m_formPages))
        m_pages->addWidget(page);

    auto* top = new QFormLayout;
    top->addRow(tr("Connection:"), m_connection);
    top->addRow(tr("Kind:"), m_kind);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateResourceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_connection, &QComboBox::currentIndexChanged, this, &CreateResourceDialog::loadChoices);

    setConnection(connection);
    setKind(kind);
    loadChoices();
    resize(560, 460);
}

void CreateResourceDialog::preselectVm(const QString& name)
{
    for (CreateFormPage* page : std::as_const(m_formPages))
        page->preselectVm(name);
}

QString CreateResourceDialog::connection() const
{
    return m_connection->currentData().toString();
}

void CreateResourceDialog::setConnection(const QString& connection)
{
    const int i = m_connection->findData(connection);
    if (i >= 0)
        m_connection->setCurrentIndex(i);
}

ResourceKind CreateResourceDialog::kind() const
{
    return ResourceKind(m_kind->currentData().toInt());
}

void CreateResourceDialog::setKind(ResourceKind kind)
{
    const int i = m_kind->findData(int(kind));
    if (i >= 0)
        m_kind->setCurrentIndex(i);
}

QWidget* CreateResourceDialog::buildVpcPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_vpcName = new QLineEdit(page);
    m_vpcName->setObjectName(QStringLiteral("vpcNameEdit"));
    m_vpcCidr = new QLineEdit(QStringLiteral("10.0.0.0/16"), page);
    m_vpcCidr->setObjectName(QStringLiteral("vpcCidrEdit"));
    m_subnets = makeTable({ tr("Subnet name"), tr("CIDR") }, QStringLiteral("subnetTable"), page);
    appendRow(m_subnets, { QStringLiteral("subnet-1"), QStringLiteral("10.0.1.0/24") });
    form->addRow(tr("Name:"), m_vpcName);
    form->addRow(tr("IPv4 CIDR:"), m_vpcCidr);
    form->addRow(tr("Subnets:"),
        withRowButtons(
            m_subnets, { QStringLiteral("subnet-2"), QStringLiteral("10.0.2.0/24") }, QStringLiteral("subnet"), page));
    return page;
}

QWidget* CreateResourceDialog::buildSecurityGroupPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_sgName = new QLineEdit(page);
    m_sgName->setObjectName(QStringLiteral("sgNameEdit"));
    m_sgVpc = new QComboBox(page);
    m_sgVpc->setObjectName(QStringLiteral("sgVpcCombo"));
    m_rules = makeTable({ tr("Direction"), tr("Protocol"), tr("From port"), tr("To port"), tr("CIDR") },
        QStringLiteral("ruleTable"), page);
    // SSH from anywhere: what a first VM needs to be reachable, and what users then narrow.
    appendRow(m_rules,
        { QStringLiteral("inbound"), QStringLiteral("tcp"), QStringLiteral("22"), QStringLiteral("22"),
            QStringLiteral("0.0.0.0/0") });
    form->addRow(tr("Name:"), m_sgName);
    form->addRow(tr("VPC:"), m_sgVpc);
    form->addRow(tr("Rules:"),
        withRowButtons(m_rules,
            { QStringLiteral("inbound"), QStringLiteral("tcp"), QStringLiteral("80"), QStringLiteral("80"),
                QStringLiteral("0.0.0.0/0") },
            QStringLiteral("rule"), page));
    return page;
}

QWidget* CreateResourceDialog::buildKeyPairPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_keyName = new QLineEdit(page);
    m_keyName->setObjectName(QStringLiteral("keyPairNameEdit"));
    form->addRow(tr("Name:"), m_keyName);
    return page;
}

QWidget* CreateResourceDialog::buildVmPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    const auto combo = [page](const char* name) {
        auto* c = new QComboBox(page);
        c->setObjectName(QLatin1String(name));
        return c;
    };
    m_vmName = new QLineEdit(page);
    m_vmName->setObjectName(QStringLiteral("vmNameEdit"));
    m_spec = combo("specCombo");
    m_image = combo("imageCombo");
    m_vmVpc = combo("vmVpcCombo");
    m_subnet = combo("subnetCombo");
    m_vmSecurityGroup = combo("vmSecurityGroupCombo");
    m_keyPair = combo("keyPairCombo");
    form->addRow(tr("Name:"), m_vmName);
    form->addRow(tr("Spec:"), m_spec);
    form->addRow(tr("Image:"), m_image);
    form->addRow(tr("VPC:"), m_vmVpc);
    form->addRow(tr("Subnet:"), m_subnet);
    form->addRow(tr("Security group:"), m_vmSecurityGroup);
    form->addRow(tr("Key pair:"), m_keyPair);
    connect(m_vmVpc, &QComboBox::currentIndexChanged, this, &CreateResourceDialog::fillSubnets);
    return page;
}

void CreateResourceDialog::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #d02f2f;") : QString());
}

void CreateResourceDialog::loadChoices()
{
    const QString conn = connection();
    const quint64 generation = ++m_generation;
    m_listErrors.clear();
    m_vpcs.clear();
    for (QComboBox* c : { m_sgVpc, m_spec, m_image, m_vmVpc, m_subnet, m_vmSecurityGroup, m_keyPair })
        c->clear();
    const std::optional<ConnectionConfig> config = m_connections->find(conn);
    for (CreateFormPage* page : std::as_const(m_formPages))
        page->clearChoices(config ? config->provider : QString());
    m_pendingLists = 0;
    if (conn.isEmpty()) {
        setStatus(tr("There is no connection to create resources on."), true);
        return;
    }
    setStatus(tr("Loading choices from %1…").arg(conn));
    const QList<ResourceKind> kinds = { ResourceKind::Vpc, ResourceKind::SecurityGroup, ResourceKind::KeyPair,
        ResourceKind::Spec, ResourceKind::Image, ResourceKind::Vm };
    for (ResourceKind k : kinds) {
        ++m_pendingLists;
        auto* watcher = new QFutureWatcher<ListResult>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, k, generation] {
            watcher->deleteLater();
            if (generation != m_generation)
                return; // the connection changed meanwhile
            --m_pendingLists;
            const QFuture<ListResult> f = watcher->future();
            if (f.isCanceled() || f.resultCount() == 0)
                m_listErrors.append(tr("Listing %1 was canceled.").arg(resourceKindLabel(k)));
            else if (!f.result().ok())
                m_listErrors.append(
                    tr("Listing %1 failed: %2").arg(resourceKindLabel(k), f.result().error().toString()));
            else
                fillChoices(k, f.result().value());
            if (m_pendingLists == 0) {
                if (m_listErrors.isEmpty())
                    setStatus(QString());
                else
                    setStatus(m_listErrors.join(QLatin1Char('\n')), true);
            }
        });
        watcher->setFuture(m_service->list(conn, k));
    }
}

void CreateResourceDialog::fillChoices(ResourceKind kind, const QList<Resource>& items)
{
    for (CreateFormPage* page : std::as_const(m_formPages))
        page->fillChoices(kind, items);
    switch (kind) {
    case ResourceKind::Vpc:
        for (const Resource& r : items) {
            if (const auto* vpc = r.as<VpcInfo>()) {
                m_vpcs.append(*vpc);
                const QString label = QStringLiteral("%1 (%2)").arg(vpc->iid.nameId, vpc->ipv4Cidr);
                m_sgVpc->addItem(label, vpc->iid.nameId);
                m_vmVpc->addItem(label, vpc->iid.nameId);
            }
        }
        fillSubnets();
        break;
    case ResourceKind::SecurityGroup:
        m_vmSecurityGroup->addItem(tr("(none)"), QString());
        for (const Resource& r : items)
            m_vmSecurityGroup->addItem(r.iid().nameId, r.iid().nameId);
        break;
    case ResourceKind::KeyPair:
        m_keyPair->addItem(tr("(none)"), QString());
        for (const Resource& r : items)
            m_keyPair->addItem(r.iid().nameId, r.iid().nameId);
        break;
    case ResourceKind::Spec:
        for (const Resource& r : items) {
            if (const auto* spec = r.as<SpecInfo>()) {
                m_spec->addItem(
                    tr("%1 (%2 vCPU, %3 GiB)").arg(spec->name).arg(spec->vcpu).arg(spec->memoryGiB), spec->name);
            }
        }
        break;
    case ResourceKind::Image:
        for (const Resource& r : items) {
            if (const auto* image = r.as<ImageInfo>()) {
                const QString id = image->id.isEmpty() ? image->name : image->id;
                m_image->addItem(image->name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(image->name, id), id);
            }
        }
        break;
    default:
        break;
    }
}

void CreateResourceDialog::fillSubnets()
{
    m_subnet->clear();
    const QString vpcName = m_vmVpc->currentData().toString();
    for (const VpcInfo& vpc : m_vpcs) {
        if (vpc.iid.nameId != vpcName)
            continue;
        for (const SubnetInfo& s : vpc.subnets)
            m_subnet->addItem(QStringLiteral("%1 (%2)").arg(s.iid.nameId, s.ipv4Cidr), s.iid.nameId);
    }
}

std::optional<Resource> CreateResourceDialog::buildRequest(QString* error) const
{
    const auto fail = [error](const QString& message) -> std::optional<Resource> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto required = [](const QLineEdit* edit) { return edit->text().trimmed(); };

    switch (kind()) {
    case ResourceKind::Vpc: {
        VpcInfo vpc;
        vpc.iid.nameId = required(m_vpcName);
        vpc.ipv4Cidr = m_vpcCidr->text().trimmed();
        if (vpc.iid.nameId.isEmpty())
            return fail(tr("Enter a name for the VPC."));
        if (!isValidCidr(vpc.ipv4Cidr))
            return fail(tr("\"%1\" is not an IPv4 CIDR such as 10.0.0.0/16.").arg(vpc.ipv4Cidr));
        for (int row = 0; row < m_subnets->rowCount(); ++row) {
            SubnetInfo subnet;
            subnet.iid.nameId = cell(m_subnets, row, 0);
            subnet.ipv4Cidr = cell(m_subnets, row, 1);
            if (subnet.iid.nameId.isEmpty())
                return fail(tr("Subnet %1 has no name.").arg(row + 1));
            if (!isValidCidr(subnet.ipv4Cidr))
                return fail(tr("\"%1\" is not an IPv4 CIDR such as 10.0.1.0/24.").arg(subnet.ipv4Cidr));
            vpc.subnets.append(subnet);
        }
        if (vpc.subnets.isEmpty())
            return fail(tr("A VPC needs at least one subnet."));
        return Resource(vpc);
    }
    case ResourceKind::SecurityGroup: {
        SecurityGroupInfo sg;
        sg.iid.nameId = required(m_sgName);
        sg.vpcIid.nameId = m_sgVpc->currentData().toString();
        if (sg.iid.nameId.isEmpty())
            return fail(tr("Enter a name for the security group."));
        if (sg.vpcIid.nameId.isEmpty())
            return fail(tr("Choose the VPC of the security group."));
        for (int row = 0; row < m_rules->rowCount(); ++row) {
            SecurityRule rule;
            rule.direction = cell(m_rules, row, 0).toLower();
            rule.ipProtocol = cell(m_rules, row, 1).toLower();
            bool fromOk = false;
            bool toOk = false;
            rule.fromPort = cell(m_rules, row, 2).toInt(&fromOk);
            rule.toPort = cell(m_rules, row, 3).toInt(&toOk);
            rule.cidr = cell(m_rules, row, 4);
            if (rule.direction != QLatin1String("inbound") && rule.direction != QLatin1String("outbound"))
                return fail(tr("Rule %1: the direction must be inbound or outbound.").arg(row + 1));
            if (!QStringList {
                    QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("icmp"), QStringLiteral("all") }
                     .contains(rule.ipProtocol))
                return fail(tr("Rule %1: the protocol must be tcp, udp, icmp or all.").arg(row + 1));
            if (!fromOk || !toOk || rule.fromPort < -1 || rule.toPort > 65535 || rule.fromPort > rule.toPort)
                return fail(tr("Rule %1: the ports must be -1 (all) or 0-65535, from ≤ to.").arg(row + 1));
            if (!isValidCidr(rule.cidr))
                return fail(tr("Rule %1: \"%2\" is not an IPv4 CIDR.").arg(row + 1).arg(rule.cidr));
            sg.rules.append(rule);
        }
        return Resource(sg);
    }
    case ResourceKind::KeyPair: {
        KeyPairInfo kp;
        kp.iid.nameId = required(m_keyName);
        if (kp.iid.nameId.isEmpty())
            return fail(tr("Enter a name for the key pair."));
        return Resource(kp);
    }
    case ResourceKind::Vm: {
        VmInfo vm;
        vm.iid.nameId = required(m_vmName);
        vm.specName = m_spec->currentData().toString();
        vm.imageName = m_image->currentData().toString();
        vm.vpcIid.nameId = m_vmVpc->currentData().toString();
        vm.subnetIid.nameId = m_subnet->currentData().toString();
        if (const QString sg = m_vmSecurityGroup->currentData().toString(); !sg.isEmpty())
            vm.securityGroupIids.append(Iid { sg, QString() });
        vm.keyPairIid.nameId = m_keyPair->currentData().toString();
        if (vm.iid.nameId.isEmpty())
            return fail(tr("Enter a name for the VM."));
        if (vm.specName.isEmpty())
            return fail(tr("Choose a spec."));
        if (vm.imageName.isEmpty())
            return fail(tr("Choose an image."));
        if (vm.vpcIid.nameId.isEmpty() || vm.subnetIid.nameId.isEmpty())
            return fail(tr("Choose a VPC and a subnet; create a VPC first if there is none."));
        return Resource(vm);
    }
    default:
        for (const CreateFormPage* page : m_formPages) {
            if (page->kind() == kind())
                return page->buildRequest(error);
        }
        return fail(tr("This kind cannot be created here."));
    }
}

bool CreateResourceDialog::submit(QString* error, JobId* jobId)
{
    const std::optional<Resource> request = buildRequest(error);
    if (!request)
        return false;
    JobId id = 0;
    m_service->create(connection(), *request, &id);
    if (jobId)
        *jobId = id;
    Q_EMIT submitted(id);
    return true;
}

void CreateResourceDialog::accept()
{
    QString error;
    if (!submit(&error)) {
        setStatus(error, true);
        return;
    }
    QDialog::accept();
}

} // namespace Barista
