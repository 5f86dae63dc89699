// SPDX-License-Identifier: GPL-3.0-or-later
// LD_PRELOAD shim for TestCliExitRace: widens, on purpose, the window in which a worker
// thread's OpenSSL state is freed at thread exit while main() is already running its exit
// handlers (OPENSSL_cleanup among them). It delays every thread-exit destructor OpenSSL
// registers by 400 ms and holds the process 1.5 s after the other exit handlers, so a worker
// that still owns OpenSSL state when Qt reports it finished frees that state after OpenSSL's
// cleanup: a double free (glibc aborts), where before it was a rare race seen only in CI.
// glibc/Linux only; not part of the product.
#include <dlfcn.h>
#include <pthread.h>
#include <unistd.h>

#include <array>
#include <utility>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

using Destructor = void (*)(void*);
constexpr int Slots = 8;
std::array<Destructor, Slots> g_real{};
std::atomic<int> g_used{0};

template <int I> void delayed(void* value)
{
    usleep(400 * 1000);
    g_real[I](value);
}

template <int... I> constexpr std::array<Destructor, Slots> wrappers(std::integer_sequence<int, I...>)
{
    return {&delayed<I>...};
}
constexpr std::array<Destructor, Slots> g_wrappers = wrappers(std::make_integer_sequence<int, Slots>{});

bool calledFromLibcrypto(void* caller)
{
    Dl_info info;
    return dladdr(caller, &info) != 0 && info.dli_fname != nullptr && std::strstr(info.dli_fname, "libcrypto") != nullptr;
}

void holdAtExit()
{
    usleep(1500 * 1000);
}

__attribute__((constructor)) void install()
{
    // Registered before any library's own handler, so it runs after them all.
    std::atexit(holdAtExit);
}

} // namespace

extern "C" int pthread_key_create(pthread_key_t* key, Destructor destructor)
{
    using Real = int (*)(pthread_key_t*, Destructor);
    static const Real real = reinterpret_cast<Real>(dlsym(RTLD_NEXT, "pthread_key_create"));
    if (destructor != nullptr && calledFromLibcrypto(__builtin_return_address(0))) {
        const int slot = g_used.fetch_add(1);
        if (slot < Slots) {
            g_real[slot] = destructor;
            destructor = g_wrappers[slot];
            std::fputs("[exit-race-shim] delaying an OpenSSL thread-exit destructor\n", stderr);
        }
    }
    return real(key, destructor);
}
