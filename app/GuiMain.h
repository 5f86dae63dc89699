// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Barista {

/// Opens the main window on the workspace ($BARISTA_WORKSPACE or --workspace DIR) and runs the
/// event loop. Returns the process exit code.
int runGui(int argc, char* argv[]);

} // namespace Barista
