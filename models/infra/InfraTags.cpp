// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/infra/InfraTags.h"

namespace Barista {

int InfraTags::nodeIndex(const QString& node)
{
    const int dash = node.lastIndexOf(QLatin1Char('-'));
    bool ok = false;
    const int n = dash < 0 ? 0 : node.mid(dash + 1).toInt(&ok);
    return ok && n > 0 ? n : 0;
}

QMap<QString, QString> InfraTags::nodeTags(const QString& infra, const QString& group, const QString& node)
{
    return {{infraKey(), infra}, {groupKey(), group}, {nodeKey(), infra + QLatin1Char('/') + node}};
}

QMap<QString, QString> InfraTags::sharedTags(const QString& connection, const QString& infra)
{
    QMap<QString, QString> tags{{sharedKey(), connection}};
    if (!infra.isEmpty())
        tags.insert(infraKey(), infra);
    return tags;
}

} // namespace Barista
