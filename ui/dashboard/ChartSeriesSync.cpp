// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/ChartSeriesSync.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>
#include <QXYSeries>

#include <cmath>

namespace Barista {

void ChartSeriesSync::syncPie(QPieSeries* series, const QList<Slice>& slices)
{
    while (series->count() > slices.size())
        series->remove(series->slices().last());
    for (int i = 0; i < slices.size(); ++i) {
        const Slice& s = slices.at(i);
        QPieSlice* slice = i < series->count() ? series->slices().at(i) : nullptr;
        if (!slice) {
            slice = new QPieSlice(s.label, s.value);
            series->append(slice);
        }
        if (slice->label() != s.label)
            slice->setLabel(s.label);
        if (slice->value() != s.value)
            slice->setValue(s.value);
        if (s.color.isValid() && slice->color() != s.color)
            slice->setColor(s.color);
    }
}

void ChartSeriesSync::syncBars(QBarSet* set, QBarCategoryAxis* categories, QValueAxis* axis, const QStringList& labels,
    const QList<double>& values, bool integral)
{
    if (categories && categories->categories() != labels) {
        if (labels.isEmpty())
            categories->clear();
        else
            categories->setCategories(labels);
    }
    if (set->count() > values.size())
        set->remove(int(values.size()), set->count() - int(values.size()));
    double max = 0;
    for (int i = 0; i < values.size(); ++i) {
        const double v = values.at(i);
        max = qMax(max, v);
        if (i >= set->count())
            set->append(v);
        else if (set->at(i) != v)
            set->replace(i, v);
    }
    if (axis)
        fitAxis(axis, max, integral);
}

void ChartSeriesSync::fitAxis(QValueAxis* axis, double max, bool integral, double minTop)
{
    const double top = qMax(niceMax(max), minTop);
    const double step = integral ? qMax(1.0, niceMax(top / 5)) : niceMax(top / 5);
    if (axis->tickType() != QValueAxis::TicksDynamic) {
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
    }
    if (axis->tickInterval() != step)
        axis->setTickInterval(step);
    if (axis->min() != 0 || axis->max() != top)
        axis->setRange(0, top);
}

void ChartSeriesSync::fitTimeAxis(QValueAxis* axis, double span)
{
    const double step = niceMax(span / 5);
    if (axis->tickType() != QValueAxis::TicksDynamic) {
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
    }
    if (axis->tickInterval() != step)
        axis->setTickInterval(step);
    if (axis->min() != -span || axis->max() != 0)
        axis->setRange(-span, 0);
}

void ChartSeriesSync::syncPoints(QXYSeries* series, const QList<QPointF>& points)
{
    if (series->points() != points)
        series->replace(points);
}

double ChartSeriesSync::niceMax(double value)
{
    if (!(value > 0))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : { 1.0, 2.0, 5.0, 10.0 }) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace Barista
