// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

namespace Barista {

/// OpenSSL keeps per-thread state (its random generator, error queue) that a thread-exit
/// destructor frees. Qt's threads are detached: QThread::wait() and QThreadPool::waitForDone()
/// return before that destructor has run, so at the end of a CLI run a worker could still be
/// freeing its OpenSSL state while main()'s exit handlers were tearing OpenSSL down: a rare
/// SEGV in a pool thread at exit (CI, TestCliInfraCommand; ASan showed the crashing thread to be
/// the secret store's). Every thread of ours that used OpenSSL releases its state itself,
/// before it reports its work done.
class OpenSslThreadState final
{
public:
    OpenSslThreadState() = delete;

    /// Frees the calling thread's OpenSSL state now (OPENSSL_thread_stop); OpenSSL makes it
    /// again if this thread uses it later.
    static void release();

    /// Calls release() when the function it wraps returns on a worker thread, whatever it
    /// returns: wrap QtConcurrent jobs that use OpenSSL with it.
    template <typename F> static auto releasingAfter(F f)
    {
        return [f = std::move(f)]() mutable {
            struct Releaser
            {
                ~Releaser() { OpenSslThreadState::release(); }
            } releaser;
            return f();
        };
    }
};

} // namespace Barista
