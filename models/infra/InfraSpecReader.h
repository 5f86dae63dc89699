// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/infra/InfraSpec.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Barista {

/// One problem found in an infra spec file.
struct InfraSpecError
{
    QString path; ///< where, e.g. "nodeGroups[1].nodeGroupSize"; empty = the document as a whole
    QString message; ///< translated, e.g. "must be a whole number from 1 to 1000, got \"abc\""

    /// "path: message", or the message alone for the document.
    QString toString() const;

    friend bool operator==(const InfraSpecError&, const InfraSpecError&) = default;
};

/// Reads an infra spec from JSON or YAML: CB-Tumblebug's InfraDynamicReq (v0.13 names) and its
/// older forms (subGroups/subGroupSize, vm/commonSpec/commonImage, the single postCommand
/// object), plus our firewallRules. Never throws; a spec comes back only if it has no error.
/// Paths in errors use the field names as the file spells them (a legacy file gets
/// "subGroups[0].subGroupSize", not the v0.13 name).
class InfraSpecReader
{
public:
    static constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;
    static constexpr int MaxNameLength = 40;
    static constexpr int MaxNodeGroupSize = 1000;
    static constexpr int MaxTotalNodes = 5000;
    static constexpr int MaxRootDiskGb = 65536;
    static constexpr int MaxTimeoutMinutes = 120;

    /// Parses data (JSON when it starts with '[' or with '{' and a quoted key, else YAML) and
    /// validates it. On any error returns nullopt and appends every problem found to errors
    /// (if given).
    static std::optional<InfraSpec> read(const QByteArray& data, QList<InfraSpecError>* errors = nullptr);
    /// read() on a file's contents; a missing, unreadable or larger than MaxFileBytes file
    /// is one error with an empty path.
    static std::optional<InfraSpec> readFile(const QString& path, QList<InfraSpecError>* errors = nullptr);

    /// An infra or node group name: a lowercase letter, then lowercase letters, digits and
    /// hyphens, at most MaxNameLength characters.
    static bool isValidName(const QString& name);
    /// "protocol/from[-to][@cidr]" for tcp and udp (ports 1-65535), or "icmp"/"all"
    /// optionally with "@cidr"; the CIDR is IPv4 or IPv6.
    static bool isValidFirewallRule(const QString& rule);
};

} // namespace Barista
