// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/tablerows.h"

#include <QByteArray>

#include <optional>

namespace Planner::Exchange {

// Reads CSV (RFC 4180: fields in double quotes may hold the separator, line
// breaks and doubled quotes). The separator is the first line's most frequent
// of comma, semicolon and tab. Empty lines are skipped. A quote left open at
// the end, or text after a closing quote, is refused naming the line.
std::optional<TableRows> parseCsv(const QString &text, QString *error);

// Bytes to rows: decodeText() then parseCsv().
std::optional<TableRows> readCsv(const QByteArray &bytes, QString *error);

// Writes rows as CSV for Excel and WPS: UTF-8 with a byte order mark,
// comma-separated, CRLF line ends, fields quoted when they need it. Cells
// are written as given (escape text cells with escapeSpreadsheetText first).
QByteArray writeCsv(const QList<QStringList> &rows);

} // namespace Planner::Exchange
