// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Planner::Exchange {

// The largest file we read: 16 MiB. A scenario file is some kilobytes and a
// table of yearly observations some hundred; anything bigger is refused by
// its size before a byte of it is read.
constexpr qint64 kMaxInputBytes = 16 * 1024 * 1024;

// What a file holds, judged by its first bytes.
enum class InputKind { ScenarioJson, Xlsx, Csv };

// Reads a whole input file, refusing a missing file, a folder, and a file
// over kMaxInputBytes (by its size, before reading). Sets *error and returns
// nothing when it cannot.
std::optional<QByteArray> readInputFile(const QString &path, QString *error);

// A JSON object (after an optional UTF-8 byte order mark and white space) is
// a scenario file; a zip archive (PK\3\4) is an XLSX workbook; anything else
// is read as CSV.
InputKind sniffInput(const QByteArray &bytes);

// Text from bytes: UTF-8 (with or without its byte order mark), or UTF-16
// with a byte order mark (Excel's "Unicode text"). Bytes that are not valid
// UTF-8 (a file saved as GBK, say) are refused with a message saying so.
std::optional<QString> decodeText(const QByteArray &bytes, QString *error);

} // namespace Planner::Exchange
