// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Resource.h"
#include "models/interfaces/Result.h"

#include <QFuture>
#include <QList>
#include <memory>

namespace Barista {

class CloudProvider;

/// Follows a provider's page tokens to the end and returns every item. Canceling the returned
/// future stops before the next page is asked for.
QFuture<Result<QList<Resource>>> listAllPages(const std::shared_ptr<CloudProvider>& provider, ResourceKind kind);

} // namespace Barista
