// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/GuiMain.h"

#include "app/AppContext.h"
#include "app/Translations.h"
#include "models/workspace/Reconciler.h"
#include "models/workspace/Workspace.h"
#include "ui/catalog/CatalogPanel.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

namespace Barista {

int runGui(int argc, char* argv[])
{
    QApplication app(argc, argv);
    Translations::install(app);

    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("workspace"),
                                        QCoreApplication::translate("GuiMain", "Use the workspace in DIR."),
                                        QStringLiteral("dir")));
    parser.process(app);
    const QString path = parser.isSet(QStringLiteral("workspace")) ? parser.value(QStringLiteral("workspace"))
                                                                   : Workspace::defaultPath();
    AppContext context(path);
    QString error;
    if (!context.open(&error)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("GuiMain", "Barista Console"),
                              QCoreApplication::translate("GuiMain", "The workspace cannot be opened:\n%1").arg(error));
        return 8;
    }

    MainWindow window(&context.connections(), &context.resources(), &context.jobs());
    // The catalog opens before the first paint: about half a second on the very first start
    // (the bundled regions and specs are imported), a few milliseconds after that.
    QString catalogError;
    if (context.openCatalog(&catalogError)) {
        auto* catalogPanel = new CatalogPanel(&context.catalog(), &window);
        window.addCentralPage(catalogPanel, QCoreApplication::translate("GuiMain", "Catalog"));
    } else {
        qWarning("catalog unavailable: %s", qPrintable(catalogError));
    }
    window.show();
    // Settle what a crashed session left unfinished, in the background: the reconciliation's
    // listings are jobs, visible in the job panel like any other.
    context.reconciler().reconcile();
    return app.exec();
}

} // namespace Barista
