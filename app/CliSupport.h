// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

/// Small helpers the `barista` command-line front ends share: console streams, waiting for a
/// future, options and aligned tables.
namespace Barista::CliSupport {

QTextStream& out();
QTextStream& err();
QCommandLineOption opt(const QString& name, const QString& help, const QString& value = QString());
/// Terminal columns a string takes: Hangul and other East Asian wide characters take two.
int displayWidth(const QString& s);
QString pad(const QString& s, int width);
void printTable(const QStringList& header, const QList<QStringList>& rows);

/// Waits for a future while the event loop runs (the CLI is sequential by nature).
template<typename T>
T await(QFuture<T> future)
{
    if (!future.isFinished()) {
        QFutureWatcher<T> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

} // namespace Barista::CliSupport
