// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/tablerows.h"

#include <QByteArray>

#include <optional>

namespace Planner::Exchange {

// Reads a worksheet (by position, 0: the first; observed values come from
// the first) of an XLSX workbook (Office Open XML) as rows of
// text: minizip opens the archive (from memory), QXmlStreamReader reads the workbook, its
// relationships, the shared strings and the sheet. Numbers come as written
// in the file ("2.5"), shared and inline strings as their text, booleans as
// 0/1; empty rows are skipped. Every part is read with a size cap (a zip
// bomb is refused) and the sheet with a cap on cells.
std::optional<TableRows> readXlsx(const QByteArray &bytes, QString *error, int sheet = 0);

} // namespace Planner::Exchange
