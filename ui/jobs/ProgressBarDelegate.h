// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Barista {

/// Paints a job's progress as a progress bar, from JobListModel's ProgressValueRole and
/// ProgressMaximumRole (maximum 0 = indeterminate, shown as a busy bar while the job runs).
class ProgressBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressBarDelegate)

public:
    explicit ProgressBarDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace Barista
