// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace Barista {

/// Installs the product's and Qt's own translators for the chosen language: $BARISTA_LANG
/// ("ko", "en") when set, else the system locale. The .qm files are embedded under :/i18n.
class Translations final
{
public:
    static void install(QCoreApplication& app);
    /// The language in use after install(), e.g. "ko" or "en".
    static QString language();
};

} // namespace Barista
