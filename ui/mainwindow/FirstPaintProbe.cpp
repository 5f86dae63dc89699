// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/FirstPaintProbe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QWidget>
#include <cstdio>

namespace Barista {

FirstPaintProbe::FirstPaintProbe(QWidget* widget, std::function<void()> callback)
    : QObject(widget)
    , m_widget(widget)
    , m_callback(std::move(callback))
{
    Q_ASSERT(m_widget);
    m_widget->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_widget && event->type() == QEvent::Paint && !m_fired) {
        m_fired = true;
        m_widget->removeEventFilter(this);
        // The filter runs before the widget paints; queued, the callback runs once this paint
        // pass (children included) is done and flushed.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_callback)
                    m_callback();
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

bool FirstPaintProbe::installFromEnvironment(QWidget* window)
{
    if (qEnvironmentVariableIntValue("BARISTA_EXIT_AFTER_FIRST_PAINT") != 1)
        return false;
    new FirstPaintProbe(window, [] {
        std::fprintf(stderr, "painted %lld\n", static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
        std::fflush(stderr);
        QCoreApplication::exit(0);
    });
    return true;
}

} // namespace Barista
