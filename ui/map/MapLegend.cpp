// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/MapLegend.h"

#include "ui/map/MapPalette.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

namespace Barista {

namespace {

constexpr double MARGIN = 12;
constexpr double PADDING = 10;
constexpr double ROW = 18;
constexpr double SWATCH = 10;
constexpr double COLUMN_GAP = 18;
constexpr int ROWS_PER_COLUMN = 6;

QFont legendFont(bool bold = false)
{
    QFont font;
    font.setPixelSize(11);
    font.setBold(bold);
    return font;
}

QString statusLabel(VmStatus status)
{
    switch (status) {
    case VmStatus::Running:
        return QCoreApplication::translate("WorldMap", "Running");
    case VmStatus::Creating:
        return QCoreApplication::translate("WorldMap", "Starting");
    case VmStatus::Suspending:
        return QCoreApplication::translate("WorldMap", "Stopping");
    case VmStatus::Suspended:
        return QCoreApplication::translate("WorldMap", "Suspended");
    case VmStatus::Failed:
        return QCoreApplication::translate("WorldMap", "Failed");
    default:
        return QCoreApplication::translate("WorldMap", "Terminated");
    }
}

} // namespace

void MapLegend::setRows(const QList<ProviderRow>& providers, const QList<StatusRow>& statuses)
{
    m_providers = providers;
    m_statuses = statuses;
}

void MapLegend::layout(const QSizeF& viewSize)
{
    const QFontMetricsF fm(legendFont());
    const QFontMetricsF bold(legendFont(true));
    double nameWidth = 0;
    for (const ProviderRow& row : m_providers)
        nameWidth = std::max(
            nameWidth, fm.horizontalAdvance(MapPalette::providerName(row.provider) + QLatin1String("  000")));
    const double providerColumn = SWATCH + 6 + nameWidth;
    const int providerColumns = int((m_providers.size() + ROWS_PER_COLUMN - 1) / ROWS_PER_COLUMN);
    const int providerRows = int(std::min<qsizetype>(m_providers.size(), ROWS_PER_COLUMN));
    double statusWidth = 0;
    for (const StatusRow& row : m_statuses)
        statusWidth = std::max(
            statusWidth, SWATCH + 6 + fm.horizontalAdvance(statusLabel(row.status) + QLatin1String("  0000")));
    const double titleHeight = bold.height() + 4;

    double width = providerColumns * providerColumn + std::max(0, providerColumns - 1) * COLUMN_GAP;
    width = std::max(width, bold.horizontalAdvance(QCoreApplication::translate("WorldMap", "Providers")));
    if (!m_statuses.isEmpty())
        width += COLUMN_GAP
            + std::max(statusWidth, bold.horizontalAdvance(QCoreApplication::translate("WorldMap", "Nodes")));
    const int rows = std::max(providerRows, int(m_statuses.size()));
    const double height = titleHeight + rows * ROW;
    m_rect
        = QRectF(MARGIN, viewSize.height() - MARGIN - height - 2 * PADDING, width + 2 * PADDING, height + 2 * PADDING);
    if (m_providers.isEmpty())
        m_rect = QRectF();

    const QPointF origin = m_rect.topLeft() + QPointF(PADDING, PADDING);
    m_providerTitle = QRectF(origin, QSizeF(providerColumn, titleHeight));
    m_providerRects.clear();
    for (int i = 0; i < m_providers.size(); ++i) {
        const int column = i / ROWS_PER_COLUMN;
        const int row = i % ROWS_PER_COLUMN;
        m_providerRects.append(QRectF(origin.x() + column * (providerColumn + COLUMN_GAP),
            origin.y() + titleHeight + row * ROW, providerColumn, ROW));
    }
    const double statusX = origin.x() + providerColumns * providerColumn + providerColumns * COLUMN_GAP;
    m_statusTitle = QRectF(statusX, origin.y(), statusWidth, titleHeight);
    m_statusRects.clear();
    for (int i = 0; i < m_statuses.size(); ++i)
        m_statusRects.append(QRectF(statusX, origin.y() + titleHeight + i * ROW, statusWidth, ROW));
}

void MapLegend::paint(QPainter& painter, const MapPalette& palette) const
{
    if (m_rect.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette.panelBorder, 1));
    painter.setBrush(palette.panel);
    painter.drawRoundedRect(m_rect, 6, 6);

    painter.setFont(legendFont(true));
    painter.setPen(palette.text);
    painter.drawText(
        m_providerTitle, Qt::AlignLeft | Qt::AlignTop, QCoreApplication::translate("WorldMap", "Providers"));
    if (!m_statuses.isEmpty())
        painter.drawText(m_statusTitle, Qt::AlignLeft | Qt::AlignTop, QCoreApplication::translate("WorldMap", "Nodes"));

    painter.setFont(legendFont());
    const auto swatchRect
        = [](const QRectF& row) { return QRectF(row.left() + 0.5, row.center().y() - SWATCH / 2, SWATCH, SWATCH); };
    for (int i = 0; i < m_providers.size(); ++i) {
        const ProviderRow& row = m_providers.at(i);
        const QRectF r = m_providerRects.at(i);
        const QColor color = MapPalette::providerColor(row.provider);
        painter.setPen(QPen(row.visible ? palette.markerOutline : color, row.visible ? 1.0 : 1.5));
        painter.setBrush(row.visible ? QBrush(color) : QBrush(Qt::NoBrush));
        painter.drawEllipse(swatchRect(r));
        const QRectF text = r.adjusted(SWATCH + 6, 0, 0, 0);
        painter.setPen(row.visible ? palette.text : palette.mutedText);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, MapPalette::providerName(row.provider));
        painter.setPen(palette.mutedText);
        painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, QString::number(row.regions));
    }
    for (int i = 0; i < m_statuses.size(); ++i) {
        const StatusRow& row = m_statuses.at(i);
        const QRectF r = m_statusRects.at(i);
        painter.setPen(Qt::NoPen);
        painter.setBrush(MapPalette::statusColor(row.status));
        painter.drawRoundedRect(swatchRect(r), 2.5, 2.5);
        const QRectF text = r.adjusted(SWATCH + 6, 0, 0, 0);
        painter.setPen(palette.text);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, statusLabel(row.status));
        painter.setPen(palette.mutedText);
        painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, QString::number(row.nodes));
    }
    painter.restore();
}

std::optional<QString> MapLegend::providerAt(const QPointF& pixel) const
{
    for (int i = 0; i < m_providerRects.size(); ++i) {
        if (m_providerRects.at(i).contains(pixel))
            return m_providers.at(i).provider;
    }
    return std::nullopt;
}

QRectF MapLegend::providerRowRect(const QString& provider) const
{
    for (int i = 0; i < m_providers.size(); ++i) {
        if (m_providers.at(i).provider == provider)
            return m_providerRects.at(i);
    }
    return {};
}

} // namespace Barista
