// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/infra/InfraReview.h"
#include "models/infra/InfraSpecReader.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Barista {

/// The editor's review pane: per node group its place, size, price and verdict with the
/// reviewer's messages below it, per connection its network and quota messages, and a summary
/// with the total cost per hour (nodes of unknown price are counted apart, never as 0).
class InfraReviewView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfraReviewView)

public:
    enum Column
    {
        GroupColumn,
        ConnectionColumn,
        SpecColumn,
        NodesColumn,
        VcpuColumn,
        MemoryColumn,
        PriceColumn,
        CostColumn,
        VerdictColumn,
        ColumnCount
    };

    explicit InfraReviewView(QWidget* parent = nullptr);

    void clear();
    void showRunning();
    /// The form does not make a valid spec: the reader's problems, nothing reviewed.
    void showSpecErrors(const QList<InfraSpecError>& errors);
    void showReview(const InfraReview& review);
    /// The review no longer matches the form.
    void markStale();

    QTreeWidget* table() const { return m_table; }
    QString summaryText() const;

private:
    void setSummary(const QString& text, bool error);

    QTreeWidget* m_table;
    QLabel* m_summary;
};

} // namespace Barista
