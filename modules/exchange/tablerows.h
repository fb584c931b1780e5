// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Planner::Exchange {

// One row of a table read from a file, with the row's number as the user
// sees it (line of a CSV file, row of a worksheet), for messages.
struct TableRow
{
    int number = 0;
    QStringList cells;
};

using TableRows = QList<TableRow>;

// A text cell made safe for a spreadsheet: a cell starting with = + - @,
// a tab or a carriage return would be read as a formula by Excel or WPS
// ("formula injection"), so it gets a leading apostrophe.
QString escapeSpreadsheetText(const QString &text);

} // namespace Planner::Exchange
