// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobs/ProgressBarDelegate.h"

#include "models/items/JobListModel.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionProgressBar>

namespace Barista {

ProgressBarDelegate::ProgressBarDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

void ProgressBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int value = index.data(JobListModel::ProgressValueRole).toInt();
    const int maximum = index.data(JobListModel::ProgressMaximumRole).toInt();
    const auto state = JobState(index.data(JobListModel::StateRole).toInt());

    // Selection background first, so the bar sits on the row as the other cells do.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 3, -2, -3);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.textVisible = true;
    bar.minimum = 0;
    if (maximum > 0) {
        bar.maximum = maximum;
        bar.progress = qBound(0, value, maximum);
        bar.text = QStringLiteral("%1/%2").arg(value).arg(maximum);
    } else if (isFinal(state)) {
        // A finished job without steps is simply complete (or not, if it failed).
        bar.maximum = 1;
        bar.progress = state == JobState::Succeeded ? 1 : 0;
        bar.text = index.siblingAtColumn(JobListModel::StateColumn).data().toString();
    } else {
        bar.maximum = 0; // busy indicator
        bar.progress = 0;
    }
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

} // namespace Barista
