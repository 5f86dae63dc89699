// SPDX-License-Identifier: GPL-3.0-or-later
// The parameters of one EC2 Query API request (form-encoded POST body or GET query string), with
// the flattened list conventions of the EC2 protocol: "InstanceId.1", "Filter.1.Name",
// "Filter.1.Value.1", "TagSpecification.1.Tag.1.Key", ...
#pragma once

#include "tests/servers/ec2/Ec2Model.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Barista {

struct Ec2Filter
{
    QString name;
    QStringList values;
};

struct Ec2TagSpecification
{
    QString resourceType;
    Ec2Tags tags;
};

class Ec2QueryRequest
{
public:
    // formEncoded: '+' means a space (application/x-www-form-urlencoded); a URL query keeps '+'.
    static Ec2QueryRequest parse(const QByteArray& encoded, bool formEncoded);
    // Adds the pairs of another encoded string (a POST may carry parameters in both places).
    void merge(const Ec2QueryRequest& other);

    QString action() const { return value(QStringLiteral("Action")); }
    bool has(const QString& name) const { return m_params.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const { return m_params.value(name, fallback); }
    int intValue(const QString& name, int fallback, bool* ok = nullptr) const;
    const QMap<QString, QString>& params() const { return m_params; }

    // The numeric indexes N for which some "prefix.N..." exists, ascending.
    QList<int> indexes(const QString& prefix) const;
    // The values of "prefix.1", "prefix.2", ... in index order.
    QStringList list(const QString& prefix) const;
    QList<Ec2Filter> filters() const;
    // "prefix.N.Key" / "prefix.N.Value" pairs (CreateTags uses "Tag").
    Ec2Tags tags(const QString& prefix) const;
    QList<Ec2TagSpecification> tagSpecifications() const;
    // A digest of every parameter except the ones named: equal digests mean equal requests.
    QByteArray fingerprint(const QStringList& ignored) const;

private:
    QMap<QString, QString> m_params;
};

} // namespace Barista
