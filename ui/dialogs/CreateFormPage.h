// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Resource.h"

#include <QList>
#include <QWidget>
#include <optional>

namespace Barista {

/// One page of CreateResourceDialog that lives in its own class: it is told the connection's
/// resources as the dialog lists them, and turns its fields into a create request.
class CreateFormPage : public QWidget
{
public:
    using QWidget::QWidget;

    /// The kind of resource the page creates.
    virtual ResourceKind kind() const = 0;
    /// Forgets the choices of the previous connection; `provider` is the new one's ("aws"...).
    virtual void clearChoices(const QString& provider) = 0;
    /// A listing of the connection finished (pages ignore the kinds they do not use).
    virtual void fillChoices(ResourceKind kind, const QList<Resource>& items) = 0;
    /// Selects this VM as the source or member once the VMs are listed (may come before them).
    virtual void preselectVm(const QString& name) { Q_UNUSED(name) }
    /// The request the fields describe, or nullopt with *error naming the bad field.
    virtual std::optional<Resource> buildRequest(QString* error) const = 0;

protected:
    static std::optional<Resource> fail(QString* error, const QString& message)
    {
        if (error)
            *error = message;
        return std::nullopt;
    }
};

} // namespace Barista
