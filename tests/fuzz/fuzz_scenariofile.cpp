// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: the scenario file reader (JSON). A file it accepts must
// write out and read back to the same file.
#include "exchange/scenariofile.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto file = Planner::Exchange::readScenarioFile(bytes, &error);
    if (file) {
        const QByteArray written = Planner::Exchange::writeScenarioFile(*file);
        const auto again = Planner::Exchange::readScenarioFile(written, &error);
        if (!again || Planner::Exchange::writeScenarioFile(*again) != written)
            std::abort();  // the round trip must be exact
    } else if (error.isEmpty()) {
        std::abort();  // a refusal always says why
    }
    return 0;
}
