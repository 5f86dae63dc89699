// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Barista {

/// Cloud-Barista's resource identity: the name the user gave (nameId) and the id the
/// cloud assigned (systemId). Either may be empty while a resource is being created.
struct Iid
{
    QString nameId;
    QString systemId;

    bool isEmpty() const { return nameId.isEmpty() && systemId.isEmpty(); }
    /// True when the ids that both sides know are equal (empty fields are ignored).
    bool matches(const Iid& other) const;

    QJsonObject toJson() const;
    static Iid fromJson(const QJsonObject& json);

    bool operator==(const Iid&) const = default;
};

} // namespace Barista
