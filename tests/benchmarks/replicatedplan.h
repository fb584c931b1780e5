// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The real plan made `copies` times as large, for the benchmarks only (how
// start-up, the edit loop and the report grow with the number of
// indicators; README.md beside this file). Never used by the application.

namespace Planner::Engine { class ModuleRegistry; }

namespace Planner::Benchmarks {

// Adds copies - 1 replicas of every chapter module already in `registry`
// (the province's six chapters and, say, nine cities' copies of them for
// copies = 10). Replica k (1 .. copies - 1) is the chapter's catalog with
// every chapter, indicator, target and lever id suffixed "_xk" wherever it
// appears (so proxies, thresholds and lever links point into the same
// copy), names ending " #k+1", chapter order + 100 k; its models are the
// original chapter's, built from the copy's coefficients (the same values),
// reading and filling the copy's ids. The registry keeps the originals first, so the shipped
// templates and every page of the real plan are unchanged.
void addReplicas(Engine::ModuleRegistry &registry, int copies);

} // namespace Planner::Benchmarks
