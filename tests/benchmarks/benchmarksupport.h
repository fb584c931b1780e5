// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the team-server benchmarks (teamserver_benchmark,
// scenariostore_benchmark) share: the catalog the program builds and the
// statistic they print.

#include "modules.h"

#include "engine/catalog.h"
#include "engine/registry.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace Bench {

// The application's catalog, built as the program builds it; a broken one
// ends the benchmark.
inline Planner::Engine::Catalog appCatalog()
{
    Planner::Engine::ModuleRegistry registry;
    Planner::App::registerModules(registry);
    Planner::Engine::Catalog catalog;
    QString error;
    if (!registry.buildCatalog(&catalog, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::exit(1);
    }
    return catalog;
}

// The nearest-rank percentile p (0 … 1) of `values`: p = 0.5 is the median
// of an odd count, the upper of the two middle values of an even one.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

} // namespace Bench
