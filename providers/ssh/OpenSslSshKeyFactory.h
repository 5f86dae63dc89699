// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/RemoteShell.h"

namespace Barista {

/// Makes Ed25519 key pairs for the nodes of an infrastructure.
///
/// The key comes from libssh's ssh_pki_generate, which on this platform generates it with
/// OpenSSL's EVP (EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519) + EVP_PKEY_keygen); libssh then writes
/// it in the "OPENSSH PRIVATE KEY" format, the one format libssh 0.10 both writes and reads
/// back for Ed25519 (it misreads an OpenSSL PKCS#8 Ed25519 PEM: no public half). ssh-keygen
/// and OpenSSH read the same text, so the key also works with a plain `ssh -i`.
class OpenSslSshKeyFactory final : public SshKeyFactory
{
public:
    Result<SshKeyPair> generate(const QString& comment) override;
};

} // namespace Barista
