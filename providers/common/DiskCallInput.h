// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CloudProvider.h"
#include "models/interfaces/Result.h"

#include <QString>
#include <QStringList>

namespace Barista {

/// The inputs of the disk anyCall functions every native adapter offers (AttachDisk, DetachDisk,
/// ResizeDisk), checked once here so that each adapter only turns the names into its own Iids
/// and calls its API. Inputs: "disk" (all three), "vm" (AttachDisk; optional for DetachDisk),
/// "sizeGb" (ResizeDisk, a positive integer).
struct DiskCallInput
{
    QString functionId;
    QString disk;
    QString vm;
    int sizeGb = 0;

    static QStringList functions();
    static bool handles(const QString& functionId);
    /// An InvalidRequest error naming the missing or wrong input; Unsupported for a function that
    /// is not a disk call (callers check handles() first and give their own list of functions).
    static Result<DiskCallInput> parse(const AnyCallRequest& request);
};

} // namespace Barista
