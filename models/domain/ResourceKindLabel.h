// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ResourceKind.h"

#include <QString>

namespace Barista {

/// Translated, human names of kinds and actions ("VPC", "보안 그룹", "Suspend"), for titles and
/// messages. The wire names (resourceKindName) stay untranslated.
QString resourceKindLabel(ResourceKind kind);
/// The plural, for titles such as "List security groups on aws-seoul".
QString resourceKindPluralLabel(ResourceKind kind);
QString controlActionLabel(ControlAction action);
/// A status word for display ("Running" -> "실행 중"). The Cloud-Barista name stays the value
/// in JSON, roles and filters; unknown names are returned as they are.
QString resourceStatusLabel(const QString& statusName);

} // namespace Barista
