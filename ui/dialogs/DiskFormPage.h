// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dialogs/CreateFormPage.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Barista {

/// A block-storage disk: name, size, and optionally the cloud's disk type and a zone (both
/// left to the cloud's default when empty, which is what most users want).
class DiskFormPage final : public CreateFormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiskFormPage)

public:
    explicit DiskFormPage(QWidget* parent = nullptr);

    ResourceKind kind() const override { return ResourceKind::Disk; }
    void clearChoices(const QString& provider) override;
    void fillChoices(ResourceKind kind, const QList<Resource>& items) override;
    std::optional<Resource> buildRequest(QString* error) const override;

private:
    QLineEdit* m_name;
    QSpinBox* m_size;
    QComboBox* m_type;
    QLineEdit* m_zone;
};

} // namespace Barista
