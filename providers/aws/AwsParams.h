// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Barista {

/// The parameters of one EC2 Query API call, in the protocol's flattened list form
/// ("InstanceId.1", "Filter.1.Name", "Filter.1.Value.1", "TagSpecification.1.Tag.1.Key", ...).
/// Filters and tag specifications are numbered in the order they are added; tags go in key
/// order, so the same request always encodes the same way (a retried RunInstances with the
/// same ClientToken must carry identical parameters).
class AwsParams final
{
public:
    AwsParams& add(const QString& name, const QString& value);
    AwsParams& add(const QString& name, int value) { return add(name, QString::number(value)); }
    /// prefix.1, prefix.2, ... (empty values skipped).
    AwsParams& list(const QString& prefix, const QStringList& values);
    AwsParams& filter(const QString& name, const QStringList& values);
    /// TagSpecification.N with ResourceType and every tag; nothing when tags is empty.
    AwsParams& tagSpecification(const QString& resourceType, const QMap<QString, QString>& tags);
    /// prefix.N.Key / prefix.N.Value (CreateTags uses "Tag").
    AwsParams& tags(const QString& prefix, const QMap<QString, QString>& tags);

    bool has(const QString& name) const;
    const QList<QPair<QString, QString>>& pairs() const { return m_pairs; }
    /// "Action=...&Version=...&..." with RFC 3986 encoding (application/x-www-form-urlencoded).
    QByteArray formBody(const QString& action, const QString& version) const;

private:
    QList<QPair<QString, QString>> m_pairs;
    int m_filters = 0;
    int m_tagSpecifications = 0;
};

} // namespace Barista
