// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QIdentityProxyModel>

namespace Barista {

/// Adds what only a GUI can show to the ResourceTreeModel: icons per node type, a coloured
/// dot per status (Running green, transitional amber, failed red, stopped grey) and red text
/// for nodes whose list failed. The source model stays free of QtGui.
class DecoratedResourceModel final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecoratedResourceModel)

public:
    enum class StatusColour
    {
        None,
        Green,
        Amber,
        Red,
        Grey,
    };

    explicit DecoratedResourceModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    /// The colour class of a status name ("Running" -> Green, "Creating" -> Amber, ...).
    static StatusColour statusColour(const QString& status);
    static QColor colourOf(StatusColour colour);

private:
    QIcon statusIcon(StatusColour colour) const;

    mutable QHash<int, QIcon> m_dots;
};

} // namespace Barista
