// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CloudError.h"

#include <optional>
#include <utility>

namespace Barista {

/// A value or a CloudError. Futures carry these rather than exceptions, so a failure
/// travels through QFuture continuations and thread hops without being lost.
template<typename T>
class Result
{
public:
    Result() = default;
    Result(T value) // NOLINT(google-explicit-constructor)
        : m_value(std::move(value))
    {
    }
    Result(CloudError error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const CloudError& error() const { return *m_error; }

private:
    std::optional<T> m_value;
    std::optional<CloudError> m_error;
};

/// For calls that return nothing but may fail.
struct Done
{
};

} // namespace Barista
