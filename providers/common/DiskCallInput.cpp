// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/common/DiskCallInput.h"

#include <QCoreApplication>

namespace Barista {

namespace {

const QLatin1String kAttachDisk("AttachDisk");
const QLatin1String kDetachDisk("DetachDisk");
const QLatin1String kResizeDisk("ResizeDisk");

// Our own check, not the cloud's answer: one code for every adapter.
CloudError invalid(const QString& message)
{
    return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("InvalidInput"), message);
}

} // namespace

QStringList DiskCallInput::functions()
{
    return { kAttachDisk, kDetachDisk, kResizeDisk };
}

bool DiskCallInput::handles(const QString& functionId)
{
    return functions().contains(functionId);
}

Result<DiskCallInput> DiskCallInput::parse(const AnyCallRequest& request)
{
    if (!handles(request.functionId))
        return CloudError::make(CloudError::Kind::Unsupported, QStringLiteral("UnknownFunction"),
            QCoreApplication::translate("DiskCallInput", "\"%1\" is not a disk function; disk functions are: %2.")
                .arg(request.functionId, functions().join(QStringLiteral(", "))));
    DiskCallInput input;
    input.functionId = request.functionId;
    input.disk = request.input.value(QStringLiteral("disk")).trimmed();
    input.vm = request.input.value(QStringLiteral("vm")).trimmed();
    if (input.disk.isEmpty())
        return invalid(
            QCoreApplication::translate("DiskCallInput", "%1 needs the input \"disk\".").arg(request.functionId));
    if (request.functionId == kAttachDisk && input.vm.isEmpty())
        return invalid(QCoreApplication::translate("DiskCallInput", "AttachDisk needs the input \"vm\"."));
    if (request.functionId == kResizeDisk) {
        bool ok = false;
        input.sizeGb = request.input.value(QStringLiteral("sizeGb")).trimmed().toInt(&ok);
        if (!ok || input.sizeGb <= 0)
            return invalid(QCoreApplication::translate("DiskCallInput", "ResizeDisk needs a positive \"sizeGb\"."));
    }
    return input;
}

} // namespace Barista
