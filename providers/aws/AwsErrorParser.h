// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/common/HttpErrorMapper.h"

namespace Barista {

/// Reads EC2's error document (<Response><Errors><Error><Code/><Message/></Error></Errors>, in any
/// namespace) and classifies the code: throttling codes are Throttled (HttpErrorMapper also knows
/// them), capacity and limit codes QuotaExceeded, "*.NotFound" NotFound, DependencyViolation and
/// IdempotentParameterMismatch Conflict, signature and key failures Auth, InternalError and
/// Unavailable Transient. Codes it does not know keep the class of their HTTP status.
/// A JSON body is the AWS JSON protocols' error ({"__type": "ns#Code", "message"/"Message"}),
/// as the Price List Query API sends it (with the same code in x-amzn-ErrorType).
class AwsErrorParser final
{
public:
    static ProviderErrorDetail parse(int status, const QByteArray& body);
    /// Our class for an EC2 error code; nullopt when the HTTP status should decide.
    static std::optional<CloudError::Kind> kindForCode(const QString& code);
};

} // namespace Barista
