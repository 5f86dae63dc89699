// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/MyImageInfo.h"

namespace Barista {

/// An image the cloud gave up making (its snapshot failed): Unavailable for good, not merely
/// still being made. Adapters say so with "failed": true in MyImageInfo::extra, beside the
/// cloud's own state.
inline bool myImageHasFailed(const MyImageInfo& image)
{
    return image.extra.value(QLatin1String("failed")).toBool();
}

} // namespace Barista
