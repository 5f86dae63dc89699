// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/aws/AwsParams.h"

#include "providers/common/AwsSigV4Signer.h"

namespace Barista {

AwsParams& AwsParams::add(const QString& name, const QString& value)
{
    m_pairs.append({ name, value });
    return *this;
}

AwsParams& AwsParams::list(const QString& prefix, const QStringList& values)
{
    int n = 0;
    for (const QString& value : values) {
        if (!value.isEmpty())
            add(QStringLiteral("%1.%2").arg(prefix).arg(++n), value);
    }
    return *this;
}

AwsParams& AwsParams::filter(const QString& name, const QStringList& values)
{
    const QString base = QStringLiteral("Filter.%1.").arg(++m_filters);
    add(base + QStringLiteral("Name"), name);
    for (int i = 0; i < values.size(); ++i)
        add(base + QStringLiteral("Value.%1").arg(i + 1), values.at(i));
    return *this;
}

AwsParams& AwsParams::tagSpecification(const QString& resourceType, const QMap<QString, QString>& tags)
{
    if (tags.isEmpty())
        return *this;
    const QString base = QStringLiteral("TagSpecification.%1.").arg(++m_tagSpecifications);
    add(base + QStringLiteral("ResourceType"), resourceType);
    return this->tags(base + QStringLiteral("Tag"), tags);
}

AwsParams& AwsParams::tags(const QString& prefix, const QMap<QString, QString>& tags)
{
    int n = 0;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
        ++n;
        add(QStringLiteral("%1.%2.Key").arg(prefix).arg(n), it.key());
        add(QStringLiteral("%1.%2.Value").arg(prefix).arg(n), it.value());
    }
    return *this;
}

bool AwsParams::has(const QString& name) const
{
    for (const auto& [key, value] : m_pairs) {
        if (key == name)
            return true;
    }
    return false;
}

QByteArray AwsParams::formBody(const QString& action, const QString& version) const
{
    QByteArray body = "Action=" + AwsSigV4Signer::uriEncode(action.toUtf8())
        + "&Version=" + AwsSigV4Signer::uriEncode(version.toUtf8());
    for (const auto& [name, value] : m_pairs)
        body += '&' + AwsSigV4Signer::uriEncode(name.toUtf8()) + '=' + AwsSigV4Signer::uriEncode(value.toUtf8());
    return body;
}

} // namespace Barista
