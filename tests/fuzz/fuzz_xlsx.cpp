// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: the XLSX reader (minizip + QXmlStreamReader).
#include "exchange/xlsxreader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto rows = Planner::Exchange::readXlsx(bytes, &error);
    if (!rows && error.isEmpty())
        std::abort();  // a refusal always says why
    return 0;
}
