// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Resource.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

namespace Barista {

/// Turns `barista resource create --kind K ...` flags into the Resource request the provider
/// gets. Every kind takes --name and --body (a JSON object of the kind's fields, inline or
/// @file); the common kinds also have flags for their usual fields (--cidr, --subnet, ...).
class ResourceRequestBuilder final
{
public:
    /// The flags `resource create` accepts, for the parser and the help text.
    static QList<QCommandLineOption> options();

    /// Builds the request, or returns false with a sentence naming the bad flag in *error.
    static bool build(ResourceKind kind, const QCommandLineParser& parser, Resource* out, QString* error);
};

} // namespace Barista
