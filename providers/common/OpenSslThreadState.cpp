// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/common/OpenSslThreadState.h"

#include <openssl/crypto.h>

namespace Barista {

void OpenSslThreadState::release()
{
    OPENSSL_thread_stop();
}

} // namespace Barista
