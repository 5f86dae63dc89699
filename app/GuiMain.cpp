// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/GuiMain.h"

#include "app/AppContext.h"
#include "app/Translations.h"
#include "models/workspace/Reconciler.h"
#include "models/workspace/Workspace.h"
#include "models/catalog/CatalogStore.h"
#include "models/catalog/RegionCatalog.h"
#include "models/geo/MapRegion.h"
#include "ui/catalog/CatalogPanel.h"
#include "ui/map/WorldMapWidget.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFutureWatcher>
#include <QHash>
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
    window.setMapRegions(MapRegion::fromCatalog(RegionCatalog::bundled()));
    if (context.openCatalog(&catalogError)) {
        window.setCatalogPanel(new CatalogPanel(&context.catalog(), &window));
        if (Translations::language() == QLatin1String("ko")) {
            QHash<QString, QString> names;
            for (const CatalogRegion& region : context.catalog().regions())
                if (!region.nameKo.isEmpty())
                    names.insert(MapRegion::keyOf(region.region.provider, region.region.name), region.nameKo);
            window.worldMap()->setRegionDisplayNames(names);
        }
        // Owned by the window: it may close before the catalog answers.
        auto* prices = new QFutureWatcher<QHash<QString, double>>(&window);
        QObject::connect(prices, &QFutureWatcherBase::finished, &window, [&window, prices] {
            if (prices->future().resultCount() > 0)
                window.setCheapestPrices(prices->result());
            prices->deleteLater();
        });
        prices->setFuture(context.catalog().cheapestPricesAsync());
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
