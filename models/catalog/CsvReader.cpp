// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Barista {

namespace {
constexpr qint64 CHUNK = 1 << 20;
}

CsvReader::CsvReader(QIODevice* device)
    : m_device(device)
{
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray chunk = m_device->read(CHUNK);
    if (chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_buffer.append(chunk);
    return true;
}

bool CsvReader::readRecord(QList<QByteArray>& fields)
{
    fields.resize(0);
    if (hasError())
        return false;
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    if (!m_started) {
        m_started = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos += 3;
            m_consumed += 3;
        }
    }
    m_recordLine = m_line;

    QByteArray field;
    bool quoted = false; // inside a quoted section
    qint64 quoteLine = 0;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (quoted) {
                m_error = QCoreApplication::translate("CsvReader",
                    "The quoted field that starts on line %1 is not "
                    "closed.")
                              .arg(quoteLine);
                m_errorLine = quoteLine;
                return false;
            }
            fields.append(field);
            return true;
        }
        // Copy runs of ordinary bytes at once; per-byte appends dominate otherwise.
        const char* data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        qsizetype run = m_pos;
        if (!quoted) {
            while (run < size && data[run] != ',' && data[run] != '\n' && data[run] != '\r' && data[run] != '"')
                ++run;
        } else {
            while (run < size && data[run] != '"' && data[run] != '\n')
                ++run;
        }
        if (run > m_pos) {
            field.append(data + m_pos, run - m_pos);
            m_consumed += run - m_pos;
            m_pos = run;
            continue;
        }
        const char c = data[m_pos];
        if (quoted) {
            if (c == '\n') {
                ++m_line;
                field.append(c);
                ++m_pos;
                ++m_consumed;
                continue;
            }
            // c == '"': an escaped quote or the end of the quoted section.
            if (m_pos + 1 >= size && !m_eof) {
                // Need the next byte to decide; keep the quote unconsumed and read on.
                if (fill())
                    continue;
            }
            ++m_pos;
            ++m_consumed;
            if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '"') {
                field.append('"');
                ++m_pos;
                ++m_consumed;
            } else {
                quoted = false;
            }
            continue;
        }
        ++m_pos;
        ++m_consumed;
        switch (c) {
        case ',':
            fields.append(field);
            field.clear();
            break;
        case '"':
            quoted = true;
            quoteLine = m_line;
            break;
        case '\r':
            break; // CRLF: the LF ends the record
        case '\n':
            ++m_line;
            fields.append(field);
            return true;
        default:
            break;
        }
    }
}

} // namespace Barista
