// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/OverviewPage.h"

#include "models/domain/ResourceKindLabel.h"
#include "models/items/ResourceTreeModel.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Barista {

namespace {

using Tree = ResourceTreeModel;

QString scalarText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    default:
        return QString();
    }
}

QString nodeTypeLabel(Tree::NodeType type)
{
    switch (type) {
    case Tree::NodeType::Provider:
        return OverviewPage::tr("Provider");
    case Tree::NodeType::Connection:
        return OverviewPage::tr("Connection");
    case Tree::NodeType::Region:
        return OverviewPage::tr("Region");
    case Tree::NodeType::Folder:
        return OverviewPage::tr("Folder");
    case Tree::NodeType::Subnet:
        return OverviewPage::tr("Subnet");
    case Tree::NodeType::Resource:
        break;
    }
    return QString();
}

} // namespace

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_error(new QLabel(this))
    , m_fields(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_title->setObjectName(QStringLiteral("overviewTitle"));
    m_error->setObjectName(QStringLiteral("overviewError"));
    m_fields->setObjectName(QStringLiteral("overviewFields"));

    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #d02f2f;"));
    m_fields->setColumnCount(2);
    m_fields->setHeaderLabels({ tr("Field"), tr("Value") });
    m_fields->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setUniformRowHeights(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_error);
    layout->addWidget(m_fields, 1);
    layout->addStretch(); // keeps the heading at the top while there are no fields
    showNode(QModelIndex());
}

QString OverviewPage::title() const
{
    return m_title->text();
}

void OverviewPage::showNode(const QModelIndex& index)
{
    m_index = index.siblingAtColumn(0);
    m_fields->clear();
    m_error->clear();
    m_error->hide();
    if (!m_index.isValid()) {
        m_title->setText(tr("Select a provider, connection or resource in the tree to see its details."));
        m_fields->hide();
        return;
    }
    m_fields->show();

    const auto type = Tree::NodeType(m_index.data(Tree::NodeTypeRole).toInt());
    const QString name = m_index.data().toString();
    const QString connection = m_index.data(Tree::ConnectionRole).toString();
    const QString status = resourceStatusLabel(m_index.data(Tree::StatusRole).toString());
    if (type == Tree::NodeType::Resource) {
        const QString kind = resourceKindLabel(ResourceKind(m_index.data(Tree::KindRole).toInt()));
        m_title->setText(status.isEmpty() ? tr("%1 \"%2\" on %3").arg(kind, name, connection)
                                          : tr("%1 \"%2\" on %3 — %4").arg(kind, name, connection, status));
    } else if (type == Tree::NodeType::Provider) {
        m_title->setText(tr("%1: %2").arg(nodeTypeLabel(type), name));
    } else {
        m_title->setText(connection.isEmpty() || type == Tree::NodeType::Connection
                ? tr("%1: %2").arg(nodeTypeLabel(type), name)
                : tr("%1: %2 on %3").arg(nodeTypeLabel(type), name, connection));
    }

    const QString error = m_index.data(Tree::ErrorRole).toString();
    if (!error.isEmpty()) {
        const QString code = m_index.data(Tree::ErrorCodeRole).toString();
        m_error->setText(
            code.isEmpty() ? tr("Listing failed: %1").arg(error) : tr("Listing failed: [%1] %2").arg(code, error));
        m_error->show();
    }
    addFields(m_fields->invisibleRootItem(), m_index.data(Tree::ResourceJsonRole).toJsonObject());
    m_fields->expandToDepth(0);
}

void OverviewPage::addFields(QTreeWidgetItem* parent, const QJsonObject& json)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        auto* item = new QTreeWidgetItem(parent, { it.key(), QString() });
        const QJsonValue value = it.value();
        if (value.isObject()) {
            addFields(item, value.toObject());
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            item->setText(1, tr("%n item(s)", nullptr, int(array.size())));
            for (int i = 0; i < array.size(); ++i) {
                auto* child = new QTreeWidgetItem(item, { QStringLiteral("[%1]").arg(i), QString() });
                if (array.at(i).isObject())
                    addFields(child, array.at(i).toObject());
                else
                    child->setText(1, scalarText(array.at(i)));
            }
        } else {
            item->setText(1, scalarText(value));
        }
    }
}

} // namespace Barista
