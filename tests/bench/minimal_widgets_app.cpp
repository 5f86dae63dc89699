// SPDX-License-Identifier: GPL-3.0-or-later
// The yardstick of startup_bench: the smallest Qt Widgets program with a main window (a
// QMainWindow with a label, the size of Barista's), linked to Qt Widgets only. With
// BARISTA_EXIT_AFTER_FIRST_PAINT=1 it prints "painted <wall clock ms since the epoch>" on
// stderr once its window has painted for the first time, and exits - as `barista` does through
// ui/mainwindow/FirstPaintProbe. The probe is repeated here so this program stays minimal.

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <cstdio>

namespace {

class FirstPaintExit final : public QObject
{
public:
    explicit FirstPaintExit(QWidget* window)
        : QObject(window)
        , m_window(window)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint) {
            m_window->removeEventFilter(this);
            // Queued: runs once this paint pass is done and flushed.
            QMetaObject::invokeMethod(
                this,
                [] {
                    std::fprintf(stderr, "painted %lld\n", static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
                    std::fflush(stderr);
                    QCoreApplication::exit(0);
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* m_window;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QCoreApplication::translate("MinimalWidgetsApp", "Minimal Qt Widgets program"));
    window.setCentralWidget(new QLabel(QCoreApplication::translate("MinimalWidgetsApp", "Hello"), &window));
    window.resize(1400, 860);
    if (qEnvironmentVariableIntValue("BARISTA_EXIT_AFTER_FIRST_PAINT") == 1)
        new FirstPaintExit(&window);
    window.show();
    return app.exec();
}
