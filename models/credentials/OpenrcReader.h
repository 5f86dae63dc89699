// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Result.h"

#include <QProcessEnvironment>
#include <QString>

namespace Barista {

/// The OS_* variables an OpenStack openrc file sets, read as text: never run by a shell.
/// `export OS_NAME=value` (or without export), single- or double-quoted or bare; a value that
/// is only a variable reference ($VAR, ${VAR}; Horizon's files read the password into one) is
/// taken from `env`. Other lines (comments, read, echo, if ...) are skipped.
class OpenrcReader final
{
public:
    /// The variables found, as an environment OpenStackCredentials::fromEnvironment reads.
    /// Errors name the file, line and variable, never a value.
    static Result<QProcessEnvironment> read(const QString& file, const QProcessEnvironment& env);
};

} // namespace Barista
