// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

namespace Barista {

/// A streaming RFC 4180 reader (quoted fields, "" escapes, CRLF or LF, newlines inside quotes)
/// that knows the line each record starts on, for "file:line" messages. Reads the device in
/// chunks, so a multi-GB catalog costs a buffer, not its size in memory.
class CsvReader
{
public:
    explicit CsvReader(QIODevice* device);

    /// Reads the next record into fields (raw UTF-8 bytes, quotes removed). Returns false at the
    /// end of the input or on a structural error (then hasError()).
    bool readRecord(QList<QByteArray>& fields);
    /// 1-based line on which the last record read starts.
    qint64 recordLine() const { return m_recordLine; }
    /// Bytes consumed so far (for progress).
    qint64 bytesConsumed() const { return m_consumed; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }

private:
    bool fill();

    QIODevice* m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    bool m_eof = false;
    bool m_started = false;
    QString m_error;
    qint64 m_errorLine = 0;
};

} // namespace Barista
