// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/Ec2State.h"

#include "tests/servers/ec2/Ec2Catalog.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace Barista {

namespace {

QString ipText(quint32 address)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(address >> 24)
        .arg((address >> 16) & 0xff)
        .arg((address >> 8) & 0xff)
        .arg(address & 0xff);
}

// EC2 filter values accept '*' (any run) and '?' (one character); everything else is literal.
bool wildcardMatch(const QString& pattern, const QString& value)
{
    if (!pattern.contains(QLatin1Char('*')) && !pattern.contains(QLatin1Char('?')))
        return pattern == value;
    QString regex;
    for (const QChar c : pattern) {
        if (c == QLatin1Char('*'))
            regex += QStringLiteral(".*");
        else if (c == QLatin1Char('?'))
            regex += QLatin1Char('.');
        else
            regex += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(regex)).match(value).hasMatch();
}

} // namespace

Ec2State::Ec2State() = default;

qint64 Ec2State::nowMs() const
{
    return m_nowMs ? m_nowMs() : QDateTime::currentMSecsSinceEpoch();
}

QDateTime Ec2State::now() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::utc());
}

Ec2RegionState& Ec2State::region(const QString& name)
{
    auto it = m_regions.find(name);
    if (it == m_regions.end()) {
        it = m_regions.insert(name, Ec2RegionState {});
        it->name = name;
        seed(*it);
    }
    return *it;
}

void Ec2State::seed(Ec2RegionState& region)
{
    Ec2Vpc vpc;
    vpc.id = newId(QStringLiteral("vpc"));
    vpc.cidr = QStringLiteral("172.31.0.0/16");
    vpc.isDefault = true;
    region.vpcs.insert(vpc.id, vpc);
    int third = 0;
    for (const QString& zone : Ec2Catalog::zones(region.name)) {
        Ec2Subnet subnet;
        subnet.id = newId(QStringLiteral("subnet"));
        subnet.vpcId = vpc.id;
        subnet.cidr = QStringLiteral("172.31.%1.0/20").arg(third);
        subnet.zone = zone;
        third += 16;
        region.subnets.insert(subnet.id, subnet);
    }
    Ec2SecurityGroup group;
    group.id = newId(QStringLiteral("sg"));
    group.name = QStringLiteral("default");
    group.description = QStringLiteral("default VPC security group");
    group.vpcId = vpc.id;
    group.rules.append(
        { newId(QStringLiteral("sgr")), QStringLiteral("-1"), -1, -1, QStringLiteral("0.0.0.0/0"), true });
    region.securityGroups.insert(group.id, group);
}

QString Ec2State::newId(const QString& prefix)
{
    return prefix + QLatin1Char('-') + QString::number(++m_counter, 16).rightJustified(17, QLatin1Char('0'));
}

Ec2Transition Ec2State::transitionTo(const QString& target) const
{
    Ec2Transition t;
    t.target = target;
    t.describesLeft = m_transitionDescribes;
    t.dueMs = m_transitionMs > 0 ? nowMs() + m_transitionMs : 0;
    return t;
}

static bool due(Ec2Transition& t, qint64 now)
{
    if (t.target.isEmpty())
        return false;
    --t.describesLeft;
    return t.describesLeft <= 0 || (t.dueMs > 0 && now >= t.dueMs);
}

void Ec2State::advanceInstances(Ec2RegionState& region)
{
    const qint64 now = nowMs();
    for (Ec2Instance& instance : region.instances) {
        if (!due(instance.transition, now))
            continue;
        instance.state = instance.transition.target;
        instance.transition = {};
        if (instance.state != QStringLiteral("terminated"))
            continue;
        // A terminated instance lets go of its volumes (EBS detaches them).
        for (Ec2Volume& volume : region.volumes) {
            if (volume.instanceId == instance.id) {
                volume.instanceId.clear();
                volume.device.clear();
                volume.attachState.clear();
                volume.attachTransition = {};
                volume.state = QStringLiteral("available");
            }
        }
    }
}

void Ec2State::advanceVolumes(Ec2RegionState& region)
{
    const qint64 now = nowMs();
    for (Ec2Volume& volume : region.volumes) {
        if (due(volume.transition, now)) {
            volume.state = volume.transition.target;
            volume.transition = {};
        }
        if (due(volume.attachTransition, now)) {
            volume.attachState = volume.attachTransition.target;
            volume.attachTransition = {};
            if (volume.attachState == QStringLiteral("detached")) {
                volume.instanceId.clear();
                volume.device.clear();
                volume.attachState.clear();
                volume.state = QStringLiteral("available");
            }
        }
    }
}

void Ec2State::advanceImages(Ec2RegionState& region)
{
    const qint64 now = nowMs();
    for (Ec2Snapshot& snapshot : region.snapshots) {
        if (due(snapshot.transition, now)) {
            snapshot.state = snapshot.transition.target;
            snapshot.transition = {};
        }
    }
    for (Ec2UserImage& image : region.images) {
        if (due(image.transition, now)) {
            image.state = image.transition.target;
            image.transition = {};
        }
    }
}

int Ec2State::stateCode(const QString& state)
{
    static const QMap<QString, int> codes = {
        { QStringLiteral("pending"), 0 },
        { QStringLiteral("running"), 16 },
        { QStringLiteral("shutting-down"), 32 },
        { QStringLiteral("terminated"), 48 },
        { QStringLiteral("stopping"), 64 },
        { QStringLiteral("stopped"), 80 },
    };
    return codes.value(state, 0);
}

QString Ec2State::resourceType(const QString& id)
{
    const QString prefix = id.section(QLatin1Char('-'), 0, 0);
    static const QMap<QString, QString> types = {
        { QStringLiteral("i"), QStringLiteral("instance") },
        { QStringLiteral("vpc"), QStringLiteral("vpc") },
        { QStringLiteral("subnet"), QStringLiteral("subnet") },
        { QStringLiteral("sg"), QStringLiteral("security-group") },
        { QStringLiteral("vol"), QStringLiteral("volume") },
        { QStringLiteral("key"), QStringLiteral("key-pair") },
        { QStringLiteral("ami"), QStringLiteral("image") },
        { QStringLiteral("snap"), QStringLiteral("snapshot") },
    };
    return types.value(prefix);
}

Ec2Tags* Ec2State::tagsOf(Ec2RegionState& region, const QString& id)
{
    const QString type = resourceType(id);
    if (type == QStringLiteral("instance") && region.instances.contains(id))
        return &region.instances[id].tags;
    if (type == QStringLiteral("vpc") && region.vpcs.contains(id))
        return &region.vpcs[id].tags;
    if (type == QStringLiteral("subnet") && region.subnets.contains(id))
        return &region.subnets[id].tags;
    if (type == QStringLiteral("security-group") && region.securityGroups.contains(id))
        return &region.securityGroups[id].tags;
    if (type == QStringLiteral("volume") && region.volumes.contains(id))
        return &region.volumes[id].tags;
    if (type == QStringLiteral("image") && region.images.contains(id))
        return &region.images[id].tags;
    if (type == QStringLiteral("snapshot") && region.snapshots.contains(id))
        return &region.snapshots[id].tags;
    if (type == QStringLiteral("key-pair")) {
        for (Ec2KeyPair& key : region.keyPairs) {
            if (key.id == id)
                return &key.tags;
        }
    }
    return nullptr;
}

void Ec2State::mergeTags(Ec2Tags& tags, const Ec2Tags& added)
{
    for (const auto& [key, value] : added) {
        auto it = std::find_if(tags.begin(), tags.end(), [&](const auto& t) { return t.first == key; });
        if (it == tags.end())
            tags.append({ key, value });
        else
            it->second = value;
    }
}

QString Ec2State::tagValue(const Ec2Tags& tags, const QString& key)
{
    for (const auto& [k, v] : tags) {
        if (k == key)
            return v;
    }
    return {};
}

Ec2Tags Ec2State::specifiedTags(const Ec2QueryRequest& request, const QString& resourceType)
{
    Ec2Tags tags;
    for (const Ec2TagSpecification& spec : request.tagSpecifications()) {
        if (spec.resourceType == resourceType)
            mergeTags(tags, spec.tags);
    }
    return tags;
}

bool Ec2State::matches(
    const QList<Ec2Filter>& filters, const Ec2Tags& tags, const FilterValues& valuesOf, QString* invalid)
{
    for (const Ec2Filter& filter : filters) {
        QStringList candidates;
        if (filter.name.startsWith(QStringLiteral("tag:"))) {
            const QString key = filter.name.mid(4);
            for (const auto& [k, v] : tags) {
                if (k == key)
                    candidates << v;
            }
        } else if (filter.name == QStringLiteral("tag-key") || filter.name == QStringLiteral("tag-value")) {
            for (const auto& [k, v] : tags)
                candidates << (filter.name == QStringLiteral("tag-key") ? k : v);
        } else {
            const std::optional<QStringList> values = valuesOf(filter.name);
            if (!values) {
                if (invalid)
                    *invalid = filter.name;
                return false;
            }
            candidates = *values;
        }
        bool any = false;
        for (const QString& wanted : filter.values) {
            for (const QString& have : candidates)
                any = any || wildcardMatch(wanted, have);
        }
        if (!any)
            return false;
    }
    return true;
}

bool Ec2State::parseCidr(const QString& cidr, quint32* base, int* prefix)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)\\.(\\d+)\\.(\\d+)\\.(\\d+)/(\\d+)$"));
    const QRegularExpressionMatch m = re.match(cidr);
    if (!m.hasMatch())
        return false;
    quint32 address = 0;
    for (int i = 1; i <= 4; ++i) {
        const int octet = m.captured(i).toInt();
        if (octet > 255)
            return false;
        address = (address << 8) | quint32(octet);
    }
    const int length = m.captured(5).toInt();
    if (length > 32)
        return false;
    const quint32 mask = length == 0 ? 0 : ~quint32(0) << (32 - length);
    if (address & ~mask)
        return false; // host bits set: not a network address
    *base = address;
    *prefix = length;
    return true;
}

bool Ec2State::cidrContains(const QString& outer, const QString& inner)
{
    quint32 ob = 0, ib = 0;
    int op = 0, ip = 0;
    if (!parseCidr(outer, &ob, &op) || !parseCidr(inner, &ib, &ip) || ip < op)
        return false;
    const quint32 mask = op == 0 ? 0 : ~quint32(0) << (32 - op);
    return (ib & mask) == ob;
}

bool Ec2State::cidrOverlaps(const QString& a, const QString& b)
{
    return cidrContains(a, b) || cidrContains(b, a);
}

QString Ec2State::nextPrivateIp(const Ec2Subnet& subnet)
{
    quint32 base = 0;
    int prefix = 0;
    parseCidr(subnet.cidr, &base, &prefix);
    // AWS reserves the first four addresses of every subnet.
    return ipText(base + 4 + quint32(m_ipCounters[subnet.id]++));
}

} // namespace Barista
