// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ResourceStatus.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <optional>

class QPainter;

namespace Barista {

struct MapPalette;

/// The legend panel in the map's bottom-left corner: one row per provider (a filled swatch
/// when shown, a hollow one when filtered out; clicking a row toggles it) and, when nodes
/// are deployed, one row per node status with its count.
class MapLegend
{
public:
    struct ProviderRow
    {
        QString provider;
        int regions = 0;
        bool visible = true;
    };
    struct StatusRow
    {
        VmStatus status = VmStatus::Running;
        int nodes = 0;
    };

    void setRows(const QList<ProviderRow>& providers, const QList<StatusRow>& statuses);
    /// Lays the panel out for a view of viewSize (logical pixels); call before paint/hit tests.
    void layout(const QSizeF& viewSize);
    void paint(QPainter& painter, const MapPalette& palette) const;

    QRectF rect() const { return m_rect; }
    std::optional<QString> providerAt(const QPointF& pixel) const;
    /// Where a provider's row is (for tests and tooltips); empty when not listed.
    QRectF providerRowRect(const QString& provider) const;

private:
    QList<ProviderRow> m_providers;
    QList<StatusRow> m_statuses;
    QRectF m_rect;
    QList<QRectF> m_providerRects;
    QList<QRectF> m_statusRects;
    QRectF m_providerTitle;
    QRectF m_statusTitle;
};

} // namespace Barista
