// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/csvtable.h"

#include "exchange/exchangetr.h"
#include "exchange/inputfile.h"

namespace Planner::Exchange {

namespace {

QChar detectSeparator(const QString &text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (tab > comma && tab >= semicolon)
        return u'\t';
    if (semicolon > comma)
        return u';';
    return u',';
}

bool isBlank(const QStringList &cells)
{
    for (const QString &c : cells) {
        if (!c.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

QString escapeSpreadsheetText(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return QString(u'\'' + text);
    return text;
}

std::optional<TableRows> parseCsv(const QString &text, QString *error)
{
    const QChar separator = detectSeparator(text);
    TableRows rows;
    TableRow row;
    QString field;
    int line = 1;
    row.number = 1;
    bool quoted = false;       // inside a quoted field
    bool afterQuote = false;   // a quoted field just closed
    const auto endRow = [&] {
        row.cells.append(field);
        field.clear();
        if (!isBlank(row.cells))
            rows.append(row);
        row = TableRow{};
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == separator) {
            row.cells.append(field);
            field.clear();
            afterQuote = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRow();
            afterQuote = false;
            ++line;
            row.number = line;
        } else if (afterQuote) {
            *error = Tr::tr("Line %1: text after a closing quote.").arg(line);
            return std::nullopt;
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else {
            field.append(c);
        }
    }
    if (quoted) {
        *error = Tr::tr("Line %1: a quoted field is not closed before the end of the file.").arg(row.number);
        return std::nullopt;
    }
    if (!field.isEmpty() || !row.cells.isEmpty())
        endRow();
    return rows;
}

std::optional<TableRows> readCsv(const QByteArray &bytes, QString *error)
{
    const std::optional<QString> text = decodeText(bytes, error);
    if (!text)
        return std::nullopt;
    return parseCsv(*text, error);
}

QByteArray writeCsv(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                text.append(u',');
            const QString &cell = row.at(i);
            if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')
                || cell.contains(u';') || cell.contains(u'\t')) {
                QString quotedCell = cell;
                quotedCell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
                text.append(u'"' + quotedCell + u'"');
            } else {
                text.append(cell);
            }
        }
        text.append(QStringLiteral("\r\n"));
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace Planner::Exchange
