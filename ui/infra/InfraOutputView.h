// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/RemoteShell.h"

#include <QHash>
#include <QPlainTextEdit>

namespace Barista {

/// Command output of an infrastructure's nodes (objectName "infraOutput"), streamed as the
/// engine reports it: whole lines only, each prefixed with its node, standard error in red.
/// Hidden until something is shown.
class InfraOutputView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfraOutputView)

public:
    explicit InfraOutputView(QWidget* parent = nullptr);

    /// A chunk as it came; a line not ended yet waits for its next chunk.
    void appendChunk(const QString& infra, const QString& node, const QByteArray& chunk, bool isStandardError);
    /// The command line about to run, and where.
    void appendCommand(const QString& command, const QString& where);
    /// What is left of an infra's unfinished lines, then each node's exit status.
    void appendResults(const QString& infra, const QList<RemoteCommandResult>& results);

private:
    void appendLine(const QString& node, const QString& line, bool isStandardError);

    QHash<QString, QByteArray> m_partial; ///< "infra/node" -> output not ended by a newline yet
};

} // namespace Barista
