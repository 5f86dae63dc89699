// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobs/JobTypes.h"

namespace Barista {

// Stable, untranslated names for the CLI, logs and JSON; the job panel translates on its own.
QString jobStateName(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QStringLiteral("queued");
    case JobState::Running:
        return QStringLiteral("running");
    case JobState::WaitingRetry:
        return QStringLiteral("waiting-retry");
    case JobState::Succeeded:
        return QStringLiteral("succeeded");
    case JobState::Failed:
        return QStringLiteral("failed");
    case JobState::Canceled:
        return QStringLiteral("canceled");
    }
    return QStringLiteral("unknown");
}

bool isFinal(JobState state)
{
    return state == JobState::Succeeded || state == JobState::Failed || state == JobState::Canceled;
}

} // namespace Barista
