// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

class QBarCategoryAxis;
class QBarSet;
class QPieSeries;
class QValueAxis;
class QXYSeries;

namespace Barista {

/// Brings existing chart series to new values in place (the series, slices and sets stay the
/// same objects), so a live update neither rebuilds a chart nor touches anything that did not
/// change.
class ChartSeriesSync final
{
public:
    ChartSeriesSync() = delete;

    struct Slice
    {
        QString label;
        double value = 0;
        QColor color; ///< invalid = the theme's
    };

    /// Slices are reused by position; extra ones are removed, missing ones appended.
    static void syncPie(QPieSeries* series, const QList<Slice>& slices);
    /// One value per category; the categories are replaced only when they differ, and the
    /// value axis (when given) is fitted to the largest value (see fitAxis).
    static void syncBars(QBarSet* set, QBarCategoryAxis* categories, QValueAxis* axis, const QStringList& labels,
        const QList<double>& values, bool integral = false);
    /// Spans the axis from 0 to a round number at or above max (at least minTop), with ticks
    /// at round steps; integral axes (counts) get whole-number ticks only.
    static void fitAxis(QValueAxis* axis, double max, bool integral, double minTop = 0);
    /// A time axis from -span to 0 with round tick steps.
    static void fitTimeAxis(QValueAxis* axis, double span);
    static void syncPoints(QXYSeries* series, const QList<QPointF>& points);
    /// A round upper bound for an axis (1, 2, 5 times a power of ten) at or above value; 1 for 0.
    static double niceMax(double value);
};

} // namespace Barista
