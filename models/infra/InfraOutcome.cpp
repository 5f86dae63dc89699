// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/infra/InfraOutcome.h"

#include <QJsonArray>

namespace Barista {

QJsonObject InfraOutcome::toJson() const
{
    QJsonArray failed;
    for (const QJsonObject& f : failedNodes)
        failed.append(f);
    QJsonArray commands;
    for (const RemoteCommandResult& r : commandResults) {
        QJsonObject c{{QStringLiteral("node"), r.node},
                      {QStringLiteral("exitStatus"), r.exitStatus},
                      {QStringLiteral("stdout"), QString::fromUtf8(r.standardOutput)},
                      {QStringLiteral("stderr"), QString::fromUtf8(r.standardError)},
                      {QStringLiteral("elapsedMs"), r.elapsedMs}};
        if (r.error)
            c.insert(QStringLiteral("error"), r.error->toJson());
        commands.append(c);
    }
    QJsonObject j{{QStringLiteral("infra"), infra},
                  {QStringLiteral("action"), action},
                  {QStringLiteral("ok"), ok},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("status"), status.toJson()},
                  {QStringLiteral("failedNodes"), failed},
                  {QStringLiteral("skippedNodes"), QJsonArray::fromStringList(skippedNodes)},
                  {QStringLiteral("unconfirmed"), QJsonArray::fromStringList(unconfirmed)}};
    if (!commands.isEmpty())
        j.insert(QStringLiteral("commandResults"), commands);
    if (!details.isEmpty())
        j.insert(QStringLiteral("details"), details);
    return j;
}

} // namespace Barista
