// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

namespace Barista {

/// Paints InfraTreeModel's status column with a coloured dot (Running green; Creating,
/// Planned and other transitions, and any "Partial-" mix amber; Failed red; Suspended and
/// Terminated grey) and the error column in red.
class InfraStatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfraStatusDelegate)

public:
    explicit InfraStatusDelegate(QObject* parent = nullptr);

    /// The colour of a status word as the tree shows it (invalid when it has none).
    static QColor colourOf(const QString& status);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    QIcon dot(const QColor& colour) const;

    mutable QHash<QRgb, QIcon> m_dots;
};

} // namespace Barista
