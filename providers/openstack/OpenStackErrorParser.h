// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/common/HttpErrorMapper.h"

namespace Barista {

/// Reads the error bodies of the OpenStack services, keeping code and message verbatim:
/// Nova/Cinder {"itemNotFound": {"message", "code"}}, Neutron {"NeutronError": {"type",
/// "message"}}, Keystone {"error": {"code", "title", "message"}}, Placement
/// {"errors": [{"title", "detail", "code"}]}, Octavia {"faultcode", "faultstring"}.
class OpenStackErrorParser final
{
public:
    static ProviderErrorDetail parse(int status, const QByteArray& body);
};

} // namespace Barista
