// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/Ec2FaultPlan.h"

namespace Barista {

void Ec2FaultPlan::failNext(const QString& action, const Ec2Error& error, int times)
{
    if (times > 0)
        m_queue.append({ action, error, times });
}

void Ec2FaultPlan::clear()
{
    m_queue.clear();
    m_throttleEvery = 0;
    m_calls = 0;
}

std::optional<Ec2Error> Ec2FaultPlan::take(const QString& action)
{
    ++m_calls;
    if (m_throttleEvery > 0 && m_calls % m_throttleEvery == 0) {
        ++m_injected;
        return Ec2Error::requestLimitExceeded();
    }
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (!it->action.isEmpty() && it->action != action)
            continue;
        const Ec2Error error = it->error;
        if (--it->remaining <= 0)
            m_queue.erase(it);
        ++m_injected;
        return error;
    }
    return std::nullopt;
}

} // namespace Barista
