// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Barista {

namespace {
QString s_language = QStringLiteral("en");
}

void Translations::install(QCoreApplication& app)
{
    // BARISTA_LANG wins (scripts, tests), then the language picked in the View menu, then the system's.
    QString override = qEnvironmentVariable("BARISTA_LANG");
    if (override.isEmpty())
        override = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = override.isEmpty() ? QLocale::system() : QLocale(override);
    if (!override.isEmpty())
        QLocale::setDefault(locale); // Korean region names and number formats follow the choice
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("barista"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        s_language = locale.name().section(QLatin1Char('_'), 0, 0);
    } else {
        delete own;
        s_language = QStringLiteral("en");
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

QString Translations::language()
{
    return s_language;
}

} // namespace Barista
