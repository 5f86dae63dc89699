// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/Ec2TagActions.h"

#include "tests/servers/ec2/Ec2Paging.h"
#include "tests/servers/ec2/Ec2XmlWriter.h"

namespace Barista {

namespace {

// Resolves ResourceId.N to their tag lists, or the NotFound error EC2 gives for that id's type.
std::optional<Ec2Error> resolve(Ec2Call& call, QList<Ec2Tags*>* targets)
{
    const QStringList ids = call.request.list(QStringLiteral("ResourceId"));
    if (ids.isEmpty())
        return Ec2Error::missingParameter(QStringLiteral("ResourceId"));
    for (const QString& id : ids) {
        Ec2Tags* tags = Ec2State::tagsOf(call.region, id);
        if (tags) {
            targets->append(tags);
            continue;
        }
        const QString type = Ec2State::resourceType(id);
        if (type == QStringLiteral("instance"))
            return Ec2Error::notFound(
                QStringLiteral("InvalidInstanceID.NotFound"), QStringLiteral("instance ID"), { id });
        if (type == QStringLiteral("vpc"))
            return Ec2Error::notFound(QStringLiteral("InvalidVpcID.NotFound"), QStringLiteral("vpc ID"), { id });
        if (type == QStringLiteral("subnet"))
            return Ec2Error::notFound(QStringLiteral("InvalidSubnetID.NotFound"), QStringLiteral("subnet ID"), { id });
        if (type == QStringLiteral("security-group"))
            return Ec2Error::client(QStringLiteral("InvalidGroup.NotFound"),
                QStringLiteral("The security group '%1' does not exist").arg(id));
        if (type == QStringLiteral("volume"))
            return Ec2Error::client(
                QStringLiteral("InvalidVolume.NotFound"), QStringLiteral("The volume '%1' does not exist.").arg(id));
        return Ec2Error::client(QStringLiteral("InvalidID"), QStringLiteral("The ID '%1' is not valid").arg(id));
    }
    return std::nullopt;
}

} // namespace

void Ec2TagActions::registerAll(Ec2HandlerTable& table)
{
    table.insert(QStringLiteral("CreateTags"), &createTags);
    table.insert(QStringLiteral("DeleteTags"), &deleteTags);
    table.insert(QStringLiteral("DescribeTags"), &describeTags);
}

Ec2Outcome Ec2TagActions::createTags(Ec2Call& call)
{
    QList<Ec2Tags*> targets;
    if (auto error = resolve(call, &targets))
        return *error;
    const Ec2Tags added = call.request.tags(QStringLiteral("Tag"));
    if (added.isEmpty())
        return Ec2Error::missingParameter(QStringLiteral("Tag"));
    for (const auto& [key, value] : added) {
        if (key.startsWith(QStringLiteral("aws:")))
            return Ec2Error::client(QStringLiteral("InvalidParameterValue"),
                QStringLiteral("Tag keys starting with 'aws:' are reserved for internal use"));
    }
    for (Ec2Tags* tags : targets)
        Ec2State::mergeTags(*tags, added);
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.returnTrue();
    return out.finish();
}

Ec2Outcome Ec2TagActions::deleteTags(Ec2Call& call)
{
    QList<Ec2Tags*> targets;
    if (auto error = resolve(call, &targets))
        return *error;
    const Ec2QueryRequest& r = call.request;
    const QList<int> indexes = r.indexes(QStringLiteral("Tag"));
    for (Ec2Tags* tags : targets) {
        if (indexes.isEmpty()) {
            tags->clear(); // no Tag.N: every tag goes
            continue;
        }
        for (int n : indexes) {
            const QString key = r.value(QStringLiteral("Tag.%1.Key").arg(n));
            const QString valueKey = QStringLiteral("Tag.%1.Value").arg(n);
            tags->removeIf([&](const QPair<QString, QString>& t) {
                return t.first == key && (!r.has(valueKey) || t.second == r.value(valueKey));
            });
        }
    }
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.returnTrue();
    return out.finish();
}

Ec2Outcome Ec2TagActions::describeTags(Ec2Call& call)
{
    if (auto error = Ec2Paging::read(call.request, 5, 1000))
        return *error;
    QList<QPair<QString, const Ec2Tags*>> resources;
    for (const Ec2Instance& i : call.region.instances)
        resources.append({ i.id, &i.tags });
    for (const Ec2Vpc& v : call.region.vpcs)
        resources.append({ v.id, &v.tags });
    for (const Ec2Subnet& s : call.region.subnets)
        resources.append({ s.id, &s.tags });
    for (const Ec2SecurityGroup& g : call.region.securityGroups)
        resources.append({ g.id, &g.tags });
    for (const Ec2Volume& v : call.region.volumes)
        resources.append({ v.id, &v.tags });
    for (const Ec2KeyPair& k : call.region.keyPairs)
        resources.append({ k.id, &k.tags });

    const Ec2Paging page(call.request);
    const QList<Ec2Filter> filters = call.request.filters();
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.start(QStringLiteral("tagSet"));
    int n = 0;
    for (const auto& [id, tags] : resources) {
        for (const auto& [key, value] : *tags) {
            QString invalid;
            const bool match = Ec2State::matches(
                filters, {},
                [&](const QString& name) -> std::optional<QStringList> {
                    if (name == QStringLiteral("resource-id"))
                        return QStringList { id };
                    if (name == QStringLiteral("resource-type"))
                        return QStringList { Ec2State::resourceType(id) };
                    if (name == QStringLiteral("key"))
                        return QStringList { key };
                    if (name == QStringLiteral("value"))
                        return QStringList { value };
                    return std::nullopt;
                },
                &invalid);
            if (!invalid.isEmpty())
                return Ec2Error::client(
                    QStringLiteral("InvalidParameterValue"), QStringLiteral("The filter '%1' is invalid").arg(invalid));
            if (!match || !page.contains(n++))
                continue;
            out.item();
            out.text(QStringLiteral("resourceId"), id);
            out.text(QStringLiteral("resourceType"), Ec2State::resourceType(id));
            out.text(QStringLiteral("key"), key);
            out.text(QStringLiteral("value"), value);
            out.end();
        }
    }
    out.end();
    const QString next = page.nextToken(n);
    if (!next.isEmpty())
        out.text(QStringLiteral("nextToken"), next);
    return out.finish();
}

} // namespace Barista
