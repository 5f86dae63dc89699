// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace Barista {

/// Calls a function once, right after a widget's first paint has been handled (and flushed to
/// the screen). The cold-start benchmark (tests/bench/startup_bench) uses it to see when the
/// main window is on screen.
class FirstPaintProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintProbe)

public:
    /// The probe is a child of `widget` and goes away with it.
    FirstPaintProbe(QWidget* widget, std::function<void()> callback);

    /// With BARISTA_EXIT_AFTER_FIRST_PAINT=1 in the environment: on the window's first paint,
    /// prints "painted <wall clock ms since the epoch>" on stderr and leaves the event loop
    /// with exit code 0. Returns whether the probe was installed.
    static bool installFromEnvironment(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_widget;
    std::function<void()> m_callback;
    bool m_fired = false;
};

} // namespace Barista
