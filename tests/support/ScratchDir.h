// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTemporaryDir>

namespace Barista::Test {

/// A QTemporaryDir that stays on disk when BARISTA_TEST_KEEP_FILES=1, so that the credentials
/// scan (tests/scan), which runs after every test, still sees the workspaces, vaults, settings
/// and logs a test wrote there. CTest sets the variable and points TMPDIR at the folder it scans
/// and empties before each run; a test run by hand cleans up as usual.
class ScratchDir : public QTemporaryDir
{
public:
    ScratchDir() { keepIfAsked(); }
    explicit ScratchDir(const QString& templatePath)
        : QTemporaryDir(templatePath)
    {
        keepIfAsked();
    }

    static bool keepFiles() { return qEnvironmentVariableIntValue("BARISTA_TEST_KEEP_FILES") == 1; }

private:
    void keepIfAsked()
    {
        if (keepFiles())
            setAutoRemove(false);
    }
};

} // namespace Barista::Test
