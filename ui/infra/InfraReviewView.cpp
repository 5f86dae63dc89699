// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/infra/InfraReviewView.h"

#include "ui/tree/DecoratedResourceModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Barista {

namespace {
using Colour = DecoratedResourceModel::StatusColour;

QString money(const std::optional<double>& value)
{
    return value ? QStringLiteral("$%1").arg(*value, 0, 'f', 4) : InfraReviewView::tr("unknown");
}

QColor verdictColour(NodeGroupReview::Verdict verdict)
{
    switch (verdict) {
    case NodeGroupReview::Verdict::Ok:
        return DecoratedResourceModel::colourOf(Colour::Green);
    case NodeGroupReview::Verdict::Warning:
        return DecoratedResourceModel::colourOf(Colour::Amber);
    case NodeGroupReview::Verdict::Error:
        break;
    }
    return DecoratedResourceModel::colourOf(Colour::Red);
}

QString verdictText(NodeGroupReview::Verdict verdict)
{
    switch (verdict) {
    case NodeGroupReview::Verdict::Ok:
        return InfraReviewView::tr("OK");
    case NodeGroupReview::Verdict::Warning:
        return InfraReviewView::tr("Warning");
    case NodeGroupReview::Verdict::Error:
        break;
    }
    return InfraReviewView::tr("Error");
}

void addMessages(QTreeWidgetItem* parent, const QStringList& messages)
{
    for (const QString& m : messages) {
        auto* child = new QTreeWidgetItem(parent);
        child->setText(0, m);
        child->setToolTip(0, m);
        child->setFirstColumnSpanned(true);
    }
}
} // namespace

InfraReviewView::InfraReviewView(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("infraReviewView"));
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHeaderLabels({ tr("Group"), tr("Connection"), tr("Spec"), tr("Nodes"), tr("vCPU"), tr("Memory (GiB)"),
        tr("Price/h"), tr("Cost/h"), tr("Verdict") });
    m_table->setRootIsDecorated(true);
    m_table->setUniformRowHeights(false);
    m_table->header()->setStretchLastSection(true);
    const int widths[ColumnCount] = { 140, 150, 150, 50, 50, 90, 80, 80, 80 };
    for (int c = 0; c < ColumnCount; ++c)
        m_table->header()->resizeSection(c, widths[c]);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    clear();
}

QString InfraReviewView::summaryText() const
{
    return m_summary->text();
}

void InfraReviewView::setSummary(const QString& text, bool error)
{
    QPalette palette = m_summary->palette();
    palette.setColor(QPalette::WindowText,
        error ? DecoratedResourceModel::colourOf(Colour::Red) : QWidget::palette().color(QPalette::WindowText));
    m_summary->setPalette(palette);
    m_summary->setText(text);
}

void InfraReviewView::clear()
{
    m_table->clear();
    setSummary(tr("Review the infrastructure to see where each node group goes, what it costs and whether it "
                  "can be created."),
        false);
}

void InfraReviewView::showRunning()
{
    m_table->clear();
    setSummary(tr("Reviewing: asking the clouds about specs, images, quotas and networks…"), false);
}

void InfraReviewView::markStale()
{
    if (m_table->topLevelItemCount() > 0)
        setSummary(tr("The form changed since the review: review again before creating."), false);
}

void InfraReviewView::showSpecErrors(const QList<InfraSpecError>& errors)
{
    m_table->clear();
    QStringList lines { tr("The infrastructure is not valid yet:") };
    for (const InfraSpecError& e : errors)
        lines.append(QStringLiteral("• ") + e.toString());
    setSummary(lines.join(QLatin1Char('\n')), true);
}

void InfraReviewView::showReview(const InfraReview& review)
{
    m_table->clear();
    for (const NodeGroupReview& g : review.groups) {
        auto* item = new QTreeWidgetItem(m_table);
        item->setText(GroupColumn, g.group);
        item->setText(ConnectionColumn, g.connectionToAdd ? tr("%1 (to be added)").arg(g.connection) : g.connection);
        item->setText(SpecColumn, g.specName);
        item->setText(NodesColumn, QString::number(g.nodeCount));
        item->setText(VcpuColumn, g.vcpu > 0 ? QString::number(g.vcpu) : tr("?"));
        item->setText(MemoryColumn, g.memoryGiB > 0 ? QString::number(g.memoryGiB) : tr("?"));
        item->setText(PriceColumn, money(g.pricePerHour));
        item->setText(CostColumn, money(g.costPerHour()));
        item->setText(VerdictColumn, verdictText(g.verdict));
        item->setForeground(VerdictColumn, verdictColour(g.verdict));
        item->setData(VerdictColumn, Qt::UserRole, verdictName(g.verdict));
        for (int c : { NodesColumn, VcpuColumn, MemoryColumn, PriceColumn, CostColumn })
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        addMessages(item, g.messages);
        item->setExpanded(g.verdict != NodeGroupReview::Verdict::Ok);
    }
    for (const ConnectionReview& c : review.connections) {
        auto* item = new QTreeWidgetItem(m_table);
        item->setText(GroupColumn, tr("Connection"));
        item->setText(ConnectionColumn, c.connection);
        item->setText(SpecColumn, c.networkExists ? tr("existing network") : tr("network %1").arg(c.vpcCidr));
        item->setText(NodesColumn, QString::number(c.nodes));
        item->setText(VcpuColumn, QString::number(c.vcpus));
        const auto verdict = c.error
            ? NodeGroupReview::Verdict::Error
            : (c.messages.isEmpty() ? NodeGroupReview::Verdict::Ok : NodeGroupReview::Verdict::Warning);
        item->setText(VerdictColumn, verdictText(verdict));
        item->setForeground(VerdictColumn, verdictColour(verdict));
        item->setData(VerdictColumn, Qt::UserRole, verdictName(verdict));
        addMessages(item, c.messages);
        item->setExpanded(c.error);
    }

    QStringList lines;
    for (const QString& m : review.messages)
        lines.append(m);
    const int unknown = review.nodesWithUnknownPrice();
    const int total = review.totalNodes();
    const QString known = QStringLiteral("$%1").arg(review.knownCostPerHour(), 0, 'f', 4);
    if (unknown == 0)
        lines.append(tr("Estimated cost: %1 per hour for %n node(s).", nullptr, total).arg(known));
    else if (unknown == total)
        lines.append(tr("Estimated cost: unknown: no price is known for the %n node(s).", nullptr, total));
    else
        lines.append(
            tr("Estimated cost: %1 per hour, plus %n node(s) of unknown price (not counted).", nullptr, unknown)
                .arg(known));
    lines.append(review.ok() ? tr("Review: OK. The infrastructure can be created.")
                             : tr("Review: errors. Nothing can be created until they are fixed."));
    setSummary(lines.join(QLatin1Char('\n')), !review.ok());
}

} // namespace Barista
