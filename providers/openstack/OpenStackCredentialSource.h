// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/Result.h"
#include "providers/openstack/OpenStackCredentials.h"

#include <functional>

namespace Barista {

class SecretStore;

/// Where an OpenStack connection's credentials come from, read on a worker thread at the
/// first call (and again after a failure). The credential reference "env" means the OS_*
/// variables of the environment (an openrc file already sourced); any other reference is a
/// SecretStore key whose secret is the credential JSON (see OpenStackCredentials).
class OpenStackCredentialSource final
{
public:
    using Loader = std::function<Result<OpenStackCredentials>()>;

    static QString environmentRef() { return QStringLiteral("env"); }
    /// store may be null (then only "env" works). A credential without auth_url takes the
    /// connection's endpoint override as its Keystone URL.
    static Loader forConnection(const ConnectionConfig& connection, SecretStore* store);
};

} // namespace Barista
