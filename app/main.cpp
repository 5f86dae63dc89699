// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Cli.h"
#include "app/GuiMain.h"
#include "app/Translations.h"

#include <QCoreApplication>
#include <memory>

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BaristaConsole"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("cloudbarista.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("barista"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BARISTA_VERSION));
}
} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (Barista::Cli::isCommandLine(arguments)) {
        // The CLI needs no display: a QCoreApplication runs on a headless server too.
        QCoreApplication app(argc, argv);
        describeApplication();
        Barista::Translations::install(app);
        return Barista::Cli(arguments).run();
    }
    describeApplication();
    return Barista::runGui(argc, argv);
}
