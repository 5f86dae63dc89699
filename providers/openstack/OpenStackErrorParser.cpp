// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/openstack/OpenStackErrorParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Barista {

ProviderErrorDetail OpenStackErrorParser::parse(int status, const QByteArray& body)
{
    Q_UNUSED(status)
    ProviderErrorDetail detail;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return detail; // plain text or HTML (Glance, proxies): the mapper shows the text
    const QJsonObject root = document.object();

    if (root.contains(QLatin1String("NeutronError"))) {
        const QJsonObject error = root.value(QLatin1String("NeutronError")).toObject();
        detail.code = error.value(QLatin1String("type")).toString();
        detail.message = error.value(QLatin1String("message")).toString();
        return detail;
    }
    if (root.value(QLatin1String("error")).isObject()) {
        // Keystone: the title ("Unauthorized") is the closest thing to a code.
        const QJsonObject error = root.value(QLatin1String("error")).toObject();
        detail.code = error.value(QLatin1String("title")).toString();
        detail.message = error.value(QLatin1String("message")).toString();
        return detail;
    }
    if (root.value(QLatin1String("errors")).isArray()) {
        const QJsonObject error = root.value(QLatin1String("errors")).toArray().first().toObject();
        detail.code = error.value(QLatin1String("code")).toString();
        if (detail.code.isEmpty())
            detail.code = error.value(QLatin1String("title")).toString();
        detail.message = error.value(QLatin1String("detail")).toString();
        return detail;
    }
    if (root.contains(QLatin1String("faultstring"))) {
        detail.code = root.value(QLatin1String("faultcode")).toString();
        detail.message = root.value(QLatin1String("faultstring")).toString();
        return detail;
    }
    // Nova and Cinder: a single member named after the fault ("badRequest", "itemNotFound",
    // "forbidden", "overLimit", "conflictingRequest", "computeFault").
    if (root.size() == 1 && root.begin().value().isObject()) {
        const QJsonObject fault = root.begin().value().toObject();
        if (fault.contains(QLatin1String("message"))) {
            detail.code = root.begin().key();
            detail.message = fault.value(QLatin1String("message")).toString();
            return detail;
        }
    }
    if (root.value(QLatin1String("message")).isString()) {
        detail.message = root.value(QLatin1String("message")).toString();
        detail.code = root.value(QLatin1String("title")).toString();
    }
    return detail;
}

} // namespace Barista
