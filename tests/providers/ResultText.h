// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Result.h"

#include <QByteArray>

namespace Barista::Test {

/// The error text of a failed result, empty for a success: QVERIFY2 evaluates its message even
/// when the check passes, and error() of a success is not there to read.
template<typename T>
QByteArray why(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

} // namespace Barista::Test
