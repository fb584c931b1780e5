// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: the CSV reader. Rows it reads, written as CSV and read
// again, must come back the same.
#include "exchange/csvtable.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto rows = Planner::Exchange::readCsv(bytes, &error);
    if (!rows) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    QList<QStringList> cells;
    for (const auto &row : *rows)
        cells.append(row.cells);
    const auto again = Planner::Exchange::readCsv(Planner::Exchange::writeCsv(cells), &error);
    if (!again || again->size() != rows->size())
        std::abort();
    return 0;
}
