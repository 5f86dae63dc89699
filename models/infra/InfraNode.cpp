// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/infra/InfraNode.h"

#include "models/domain/ResourceKind.h"

#include <QJsonArray>

namespace Barista {

namespace {
QJsonObject labelJson(const QMap<QString, QString>& label)
{
    QJsonObject out;
    for (auto it = label.begin(); it != label.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}
} // namespace

QJsonObject InfraNode::detailJson() const
{
    QJsonObject d{{QStringLiteral("provider"), provider},   {QStringLiteral("region"), region},
                  {QStringLiteral("zone"), zone},           {QStringLiteral("specName"), specName},
                  {QStringLiteral("imageId"), imageId},     {QStringLiteral("rootDiskType"), rootDiskType},
                  {QStringLiteral("rootDiskSize"), rootDiskSize}, {QStringLiteral("label"), labelJson(label)},
                  {QStringLiteral("publicIp"), publicIp},   {QStringLiteral("privateIp"), privateIp},
                  {QStringLiteral("sshAccessPoint"), sshAccessPoint}, {QStringLiteral("vmUserName"), vmUserName}};
    return d;
}

void InfraNode::readDetail(const QJsonObject& d)
{
    provider = d.value(QStringLiteral("provider")).toString();
    region = d.value(QStringLiteral("region")).toString();
    zone = d.value(QStringLiteral("zone")).toString();
    specName = d.value(QStringLiteral("specName")).toString();
    imageId = d.value(QStringLiteral("imageId")).toString();
    rootDiskType = d.value(QStringLiteral("rootDiskType")).toString();
    rootDiskSize = d.value(QStringLiteral("rootDiskSize")).toInt();
    label.clear();
    const QJsonObject l = d.value(QStringLiteral("label")).toObject();
    for (auto it = l.begin(); it != l.end(); ++it)
        label.insert(it.key(), it.value().toString());
    publicIp = d.value(QStringLiteral("publicIp")).toString();
    privateIp = d.value(QStringLiteral("privateIp")).toString();
    sshAccessPoint = d.value(QStringLiteral("sshAccessPoint")).toString();
    vmUserName = d.value(QStringLiteral("vmUserName")).toString();
}

QJsonObject InfraNode::toJson() const
{
    QJsonObject j = detailJson();
    j.insert(QStringLiteral("name"), name);
    j.insert(QStringLiteral("nodeGroup"), group);
    j.insert(QStringLiteral("connection"), connection);
    j.insert(QStringLiteral("vmName"), vmName);
    j.insert(QStringLiteral("systemId"), systemId);
    j.insert(QStringLiteral("status"), status);
    j.insert(QStringLiteral("targetAction"), targetAction);
    if (error)
        j.insert(QStringLiteral("error"), error->toJson());
    return j;
}

QJsonObject InfraSharedResource::toJson() const
{
    QJsonObject j{{QStringLiteral("connection"), connection},
                  {QStringLiteral("kind"), resourceKindName(ResourceKind(kind))},
                  {QStringLiteral("owner"), owner},
                  {QStringLiteral("nameId"), nameId},
                  {QStringLiteral("systemId"), systemId},
                  {QStringLiteral("state"), state},
                  {QStringLiteral("detail"), detail}};
    if (error)
        j.insert(QStringLiteral("error"), error->toJson());
    return j;
}

} // namespace Barista
