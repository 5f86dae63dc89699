// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dialogs/CreateFormPage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Barista {

/// An image of a VM (Spider's MyImage): a name and the source VM, chosen among the VMs that can
/// be captured (running or stopped). On Azure a VM must be generalized first, which leaves it
/// unable to start again, so the page asks for that explicitly and only there.
class MyImageFormPage final : public CreateFormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyImageFormPage)

public:
    explicit MyImageFormPage(QWidget* parent = nullptr);

    ResourceKind kind() const override { return ResourceKind::MyImage; }
    void clearChoices(const QString& provider) override;
    void fillChoices(ResourceKind kind, const QList<Resource>& items) override;
    void preselectVm(const QString& name) override;
    std::optional<Resource> buildRequest(QString* error) const override;

private:
    QLineEdit* m_name;
    QComboBox* m_vm;
    QCheckBox* m_generalize;
    QString m_wantedVm;
};

} // namespace Barista
