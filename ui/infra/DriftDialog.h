// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/infra/DriftItem.h"

#include <QDialog>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace Barista {

class ConnectionStore;
class DriftReport;

/// The drift view of one connection (Tools ▸ Drift…): three tabs, mapped / only ours / only in
/// the cloud, and the actions that close the gap — Adopt and Delete for what only the cloud
/// has, Delete for mapped resources no infra owns, Forget for what the cloud no longer lists.
/// Every action asks first. The comparison and deletes run as jobs; the dialog stays usable.
class DriftDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriftDialog)

public:
    DriftDialog(ConnectionStore* connections, DriftReport* drift, QWidget* parent = nullptr);

    QString connection() const;
    void setConnection(const QString& connection);
    /// The last finished comparison.
    const DriftSnapshot& snapshot() const { return m_snapshot; }
    bool isBusy() const { return m_busy; }
    /// The item selected in the current tab, if any.
    std::optional<DriftItem> selectedItem() const;
    /// Selects the item with this system id (or name) and shows its tab; false when none.
    bool selectItem(const QString& id);
    /// Replaces the "are you sure?" message box (tests answer it).
    void setConfirmation(std::function<bool(const QString& question)> confirm);

public Q_SLOTS:
    /// Compares again (the connection or kind changed, or the user asked).
    void refresh();
    void adoptSelected();
    void deleteSelected();
    void forgetSelected();

Q_SIGNALS:
    /// A comparison finished and the tabs show it.
    void refreshed();
    /// An action finished; its message is in the status line.
    void actionFinished(bool ok, const QString& message);

private:
    void fillConnections();
    void showSnapshot(const DriftSnapshot& snapshot);
    void updateButtons();
    void setStatus(const QString& text, bool error = false);
    bool confirm(const QString& question);
    void finishAction(const DriftAction& action);

    ConnectionStore* m_connections;
    DriftReport* m_drift;
    QComboBox* m_connection;
    QComboBox* m_kind;
    QPushButton* m_refresh;
    QTabWidget* m_tabs;
    QTreeWidget* m_trees[3] = {};
    QPushButton* m_adopt;
    QPushButton* m_delete;
    QPushButton* m_forget;
    QLabel* m_status;
    DriftSnapshot m_snapshot;
    std::function<bool(const QString&)> m_confirm;
    QString m_lastAction; ///< the last action's message, shown with the next comparison
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace Barista
