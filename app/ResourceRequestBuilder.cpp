// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ResourceRequestBuilder.h"

#include "app/CliSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Barista {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResourceRequestBuilder)
};

Iid named(const QString& name)
{
    return Iid{name, QString()};
}

bool readBody(const QString& text, QJsonObject* out, QString* error)
{
    QByteArray bytes = text.toUtf8();
    if (text.startsWith(QLatin1Char('@'))) {
        QFile file(text.mid(1));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = Tr::tr("--body: cannot read %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        bytes = file.readAll();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Tr::tr("--body: invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = Tr::tr("--body: expected a JSON object");
        return false;
    }
    *out = doc.object();
    return true;
}

/// An OpenSSH public key file's one key line ("ssh-ed25519 AAAA... comment"). A private key
/// given by mistake is refused without a word of its content.
bool readPublicKey(const QString& path, QString* out, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("--public-key: cannot read %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    const QByteArray bytes = file.read(64 * 1024);
    if (bytes.contains("PRIVATE KEY")) {
        *error = Tr::tr("--public-key: %1 is a private key; give its public half (the .pub file)").arg(path);
        return false;
    }
    static const QList<QByteArray> types = {"ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384",
                                            "ecdsa-sha2-nistp521", "sk-ssh-ed25519@openssh.com",
                                            "sk-ecdsa-sha2-nistp256@openssh.com"};
    QList<QByteArray> keys;
    for (const QByteArray& raw : bytes.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.simplified().split(' ');
        const bool base64 = fields.size() >= 2
            && !QByteArray::fromBase64(fields.at(1), QByteArray::AbortOnBase64DecodingErrors).isEmpty();
        if (!types.contains(fields.first()) || !base64) {
            *error = Tr::tr("--public-key: %1 is not an OpenSSH public key (expected e.g. 'ssh-ed25519 AAAA...')").arg(path);
            return false;
        }
        keys.append(line.simplified());
    }
    if (keys.size() != 1) {
        *error = Tr::tr("--public-key: %1 must hold exactly one public key (it holds %2)").arg(path).arg(keys.size());
        return false;
    }
    *out = QString::fromLatin1(keys.first());
    return true;
}

/// "NAME=CIDR" or "NAME=CIDR@ZONE".
bool parseSubnet(const QString& text, SubnetInfo* out, QString* error)
{
    const int eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0 || eq == text.size() - 1) {
        *error = Tr::tr("--subnet '%1': expected NAME=CIDR or NAME=CIDR@ZONE").arg(text);
        return false;
    }
    out->iid = named(text.left(eq));
    QString rest = text.mid(eq + 1);
    const int at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        out->zone = rest.mid(at + 1);
        rest = rest.left(at);
    }
    out->ipv4Cidr = rest;
    return true;
}

/// "DIRECTION,PROTOCOL,FROM[-TO],CIDR", e.g. "inbound,tcp,22,0.0.0.0/0" or "inbound,tcp,8000-8080,10.0.0.0/8".
bool parseRule(const QString& text, SecurityRule* out, QString* error)
{
    const QStringList parts = text.split(QLatin1Char(','));
    const auto bad = [&] {
        *error = Tr::tr("--rule '%1': expected DIRECTION,PROTOCOL,PORT[-PORT],CIDR (e.g. inbound,tcp,22,0.0.0.0/0)")
                     .arg(text);
        return false;
    };
    if (parts.size() != 4)
        return bad();
    out->direction = parts.at(0).trimmed().toLower();
    out->ipProtocol = parts.at(1).trimmed().toLower();
    if ((out->direction != QLatin1String("inbound") && out->direction != QLatin1String("outbound"))
        || !QStringList{QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("icmp"), QStringLiteral("all")}
                .contains(out->ipProtocol))
        return bad();
    const QStringList ports = parts.at(2).trimmed().split(QLatin1Char('-'));
    bool ok1 = true, ok2 = true;
    out->fromPort = ports.at(0).toInt(&ok1);
    out->toPort = ports.size() > 1 ? ports.at(1).toInt(&ok2) : out->fromPort;
    if (!ok1 || !ok2 || ports.size() > 2 || out->fromPort < -1 || out->toPort > 65535 || out->fromPort > out->toPort)
        return bad();
    out->cidr = parts.at(3).trimmed();
    return true;
}

} // namespace

QList<QCommandLineOption> ResourceRequestBuilder::options()
{
    using CliSupport::opt;
    return {
        opt(QStringLiteral("name"), Tr::tr("Name of the new resource."), QStringLiteral("name")),
        opt(QStringLiteral("body"), Tr::tr("The kind's fields as a JSON object, inline or @FILE."), QStringLiteral("json")),
        opt(QStringLiteral("cidr"), Tr::tr("VPC: IPv4 CIDR block."), QStringLiteral("cidr")),
        opt(QStringLiteral("subnet"), Tr::tr("VPC: a subnet NAME=CIDR[@ZONE] (repeatable). VM: the subnet's name."),
            QStringLiteral("subnet")),
        opt(QStringLiteral("vpc"), Tr::tr("Security group, VM, NLB: the VPC's name."), QStringLiteral("vpc")),
        opt(QStringLiteral("rule"), Tr::tr("Security group: DIRECTION,PROTOCOL,PORT[-PORT],CIDR (repeatable; "
                                           "default: SSH from anywhere)."),
            QStringLiteral("rule")),
        opt(QStringLiteral("sg"), Tr::tr("VM: a security group's name (repeatable)."), QStringLiteral("sg")),
        opt(QStringLiteral("keypair"), Tr::tr("VM: the key pair's name."), QStringLiteral("keypair")),
        opt(QStringLiteral("public-key"),
            Tr::tr("Key pair: import this OpenSSH public key file (e.g. ~/.ssh/id_ed25519.pub) instead of letting the "
                   "cloud make one."),
            QStringLiteral("file")),
        opt(QStringLiteral("spec"), Tr::tr("VM: the provider's spec name, e.g. t3.small."), QStringLiteral("spec")),
        opt(QStringLiteral("image"), Tr::tr("VM: the image name or id."), QStringLiteral("image")),
        opt(QStringLiteral("zone"), Tr::tr("VM, disk: the zone."), QStringLiteral("zone")),
        opt(QStringLiteral("disk-size"), Tr::tr("VM: root disk GB. Disk: size in GB."), QStringLiteral("gb")),
        opt(QStringLiteral("disk-type"), Tr::tr("VM: root disk type. Disk: disk type."), QStringLiteral("type")),
        opt(QStringLiteral("vm"), Tr::tr("My image: the VM to make it from. NLB: a VM to balance over (repeatable)."),
            QStringLiteral("vm")),
        opt(QStringLiteral("port"), Tr::tr("NLB: the TCP port it listens on and forwards to (default 80)."),
            QStringLiteral("port")),
        opt(QStringLiteral("tag"), Tr::tr("A tag KEY=VALUE on the new resource (repeatable), e.g. barista-infra=web."),
            QStringLiteral("tag")),
    };
}

bool ResourceRequestBuilder::build(ResourceKind kind, const QCommandLineParser& p, Resource* out, QString* error)
{
    QJsonObject body;
    if (p.isSet(QStringLiteral("body")) && !readBody(p.value(QStringLiteral("body")), &body, error))
        return false;
    Resource request = Resource::fromJson(kind, body);
    const QString name = p.value(QStringLiteral("name"));
    if (p.isSet(QStringLiteral("public-key")) && kind != ResourceKind::KeyPair) {
        *error = Tr::tr("--public-key is for --kind keypair only");
        return false;
    }
    if (p.isSet(QStringLiteral("vm")) && kind != ResourceKind::MyImage && kind != ResourceKind::Nlb) {
        *error = Tr::tr("--vm is for --kind myimage and nlb only");
        return false;
    }
    if (p.isSet(QStringLiteral("port")) && kind != ResourceKind::Nlb) {
        *error = Tr::tr("--port is for --kind nlb only");
        return false;
    }

    int diskSize = 0;
    if (p.isSet(QStringLiteral("disk-size"))) {
        bool ok = false;
        diskSize = p.value(QStringLiteral("disk-size")).toInt(&ok);
        if (!ok || diskSize <= 0 || diskSize > 65536) {
            *error = Tr::tr("--disk-size '%1': expected a size in GB between 1 and 65536")
                         .arg(p.value(QStringLiteral("disk-size")));
            return false;
        }
    }

    if (auto* vpc = request.as<VpcInfo>()) {
        if (p.isSet(QStringLiteral("cidr")))
            vpc->ipv4Cidr = p.value(QStringLiteral("cidr"));
        for (const QString& s : p.values(QStringLiteral("subnet"))) {
            SubnetInfo subnet;
            if (!parseSubnet(s, &subnet, error))
                return false;
            vpc->subnets.append(subnet);
        }
    } else if (auto* sg = request.as<SecurityGroupInfo>()) {
        if (p.isSet(QStringLiteral("vpc")))
            sg->vpcIid = named(p.value(QStringLiteral("vpc")));
        for (const QString& r : p.values(QStringLiteral("rule"))) {
            SecurityRule rule;
            if (!parseRule(r, &rule, error))
                return false;
            sg->rules.append(rule);
        }
        if (sg->rules.isEmpty() && !body.contains(QStringLiteral("rules"))) {
            SecurityRule ssh; // SSH only, the one rule a new VM needs to be reachable
            ssh.fromPort = ssh.toPort = 22;
            sg->rules.append(ssh);
        }
    } else if (auto* vm = request.as<VmInfo>()) {
        if (p.isSet(QStringLiteral("vpc")))
            vm->vpcIid = named(p.value(QStringLiteral("vpc")));
        if (p.isSet(QStringLiteral("subnet")))
            vm->subnetIid = named(p.value(QStringLiteral("subnet")));
        for (const QString& s : p.values(QStringLiteral("sg")))
            vm->securityGroupIids.append(named(s));
        if (p.isSet(QStringLiteral("keypair")))
            vm->keyPairIid = named(p.value(QStringLiteral("keypair")));
        if (p.isSet(QStringLiteral("spec")))
            vm->specName = p.value(QStringLiteral("spec"));
        if (p.isSet(QStringLiteral("image")))
            vm->imageName = p.value(QStringLiteral("image"));
        if (p.isSet(QStringLiteral("zone")))
            vm->zone = p.value(QStringLiteral("zone"));
        if (diskSize > 0)
            vm->rootDiskSizeGb = diskSize;
        if (p.isSet(QStringLiteral("disk-type")))
            vm->rootDiskType = p.value(QStringLiteral("disk-type"));
    } else if (auto* disk = request.as<DiskInfo>()) {
        if (p.isSet(QStringLiteral("zone")))
            disk->zone = p.value(QStringLiteral("zone"));
        if (diskSize > 0)
            disk->sizeGb = diskSize;
        if (p.isSet(QStringLiteral("disk-type")))
            disk->diskType = p.value(QStringLiteral("disk-type"));
    } else if (auto* key = request.as<KeyPairInfo>()) {
        if (p.isSet(QStringLiteral("public-key")) && !readPublicKey(p.value(QStringLiteral("public-key")), &key->publicKey, error))
            return false;
    } else if (auto* image = request.as<MyImageInfo>()) {
        const QStringList vms = p.values(QStringLiteral("vm"));
        if (vms.size() > 1) {
            *error = Tr::tr("--vm: a my image is made from one VM (%1 given)").arg(vms.size());
            return false;
        }
        if (!vms.isEmpty())
            image->sourceVm = named(vms.first());
        if (image->sourceVm.isEmpty()) {
            *error = Tr::tr("--vm is required: the VM to make the image from");
            return false;
        }
    } else if (auto* nlb = request.as<NlbInfo>()) {
        if (p.isSet(QStringLiteral("vpc")))
            nlb->vpcIid = named(p.value(QStringLiteral("vpc")));
        for (const QString& vm : p.values(QStringLiteral("vm")))
            nlb->vms.append(named(vm));
        if (p.isSet(QStringLiteral("port"))) {
            bool ok = false;
            const int port = p.value(QStringLiteral("port")).toInt(&ok);
            if (!ok || port < 1 || port > 65535) {
                *error = Tr::tr("--port '%1': expected a TCP port between 1 and 65535").arg(p.value(QStringLiteral("port")));
                return false;
            }
            // One port end to end, the common case; --body sets the VM and health ports apart.
            nlb->listenerPort = nlb->vmGroupPort = nlb->healthPort = port;
        }
        if (nlb->vpcIid.isEmpty()) {
            *error = Tr::tr("--vpc is required: the VPC of the load balancer and its VMs");
            return false;
        }
    }

    QMap<QString, QString> tags;
    for (const QString& t : p.values(QStringLiteral("tag"))) {
        const int eq = t.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = Tr::tr("--tag '%1': expected KEY=VALUE").arg(t);
            return false;
        }
        if (t.left(eq) == QLatin1String("barista-token")) {
            *error = Tr::tr("--tag: barista-token is set by Barista itself (it ties the resource to the journal)");
            return false;
        }
        tags.insert(t.left(eq), t.mid(eq + 1));
    }
    // Name last, so --name wins over a name inside --body.
    bool untaggable = false;
    std::visit(
        [&](auto& v) {
            if constexpr (requires { v.iid; }) {
                if (!name.isEmpty())
                    v.iid.nameId = name;
            }
            if constexpr (requires { v.tags; }) {
                for (auto it = tags.cbegin(); it != tags.cend(); ++it)
                    v.tags.insert(it.key(), it.value());
            } else if (!tags.isEmpty()) {
                untaggable = true;
            }
        },
        request.value);
    if (untaggable) {
        *error = Tr::tr("--tag: this kind of resource has no tags");
        return false;
    }
    if (request.iid().nameId.isEmpty()) {
        *error = Tr::tr("--name is required");
        return false;
    }
    *out = request;
    return true;
}

} // namespace Barista
