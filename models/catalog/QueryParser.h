// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/CatalogQuery.h"

#include <QString>
#include <optional>

namespace Barista {

/// Where and why a query is wrong. column is 1-based, in characters (code points) of the query.
struct QueryError
{
    int column = 0;
    QString message;

    /// "column 12: Unknown field "foo"."
    QString toString() const;
    bool operator==(const QueryError&) const = default;
};

/// Parses the catalog query language (pure: no catalog, no SQL).
///
///     gpu:a100 vcpu>=8 mem>=32 provider:aws,gcp region:asia price<3 near:seoul sort:price
///
/// Whitespace separates terms; a term is `field OP value` or free text. Free text words (or
/// "quoted phrases") must all occur in the name; quote text that contains a colon.
/// - numbers: vcpu, mem (GiB; "32g" ok), gpus, gpumem (GiB), price, spot (per hour), disk (GiB)
///   with `>= <= > < = :` and ranges `vcpu:8..16`, `mem:..64`
/// - lists with `:`: provider:aws,gcp  region:ap-northeast-2,asia (ids or parts of the
///   region's names, city, country or area)  gpu:a100,h100 (also gpu:any, gpu:none; gpu>=2 is a
///   count)  arch:arm64  os:ubuntu
/// - near:seoul | near:서울 | near:aws/ap-northeast-2 | near:37.56,126.97   within:800 (km)
/// - sort:price,-vcpu (a leading "-" sorts descending; price spot vcpu mem gpus gpumem distance
///   name provider region)   limit:100   in:regions|specs|images   currency:KRW
class QueryParser
{
public:
    static std::optional<CatalogQuery> parse(const QString& text, QueryError* error = nullptr);
};

} // namespace Barista
