// SPDX-License-Identifier: GPL-3.0-or-later
// MaxResults / NextToken for the Describe actions that paginate. The token is opaque to clients;
// here it names the action and the offset, so a token from another action is rejected.
#pragma once

#include "tests/servers/ec2/Ec2Error.h"
#include "tests/servers/ec2/Ec2QueryRequest.h"

#include <optional>

namespace Barista {

class Ec2Paging
{
public:
    // Reads MaxResults (allowed range [minResults, maxResults]) and NextToken.
    static std::optional<Ec2Error> read(const Ec2QueryRequest& request, int minResults, int maxResults);

    Ec2Paging(const Ec2QueryRequest& request);
    bool paged() const { return m_limit > 0; }
    int offset() const { return m_offset; }
    // Whether item number `index` (0-based over the full, filtered list) belongs to this page.
    bool contains(int index) const { return index >= m_offset && (m_limit <= 0 || index < m_offset + m_limit); }
    // The token for the next page, or empty when `total` items fit up to this page's end.
    QString nextToken(int total) const;

private:
    QString m_action;
    int m_offset = 0;
    int m_limit = 0;
};

} // namespace Barista
