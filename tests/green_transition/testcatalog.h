// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "green_transition/core/greentransitionmodule.h"

#include "engine/catalog.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cmath>

namespace GreenTransitionTest {

// Stands in for the ecological security chapter, which publishes
// forest_carbon_uptake: 1,000 万吨 CO₂ a year, held, so these tests do not
// depend on that chapter's numbers.
inline const char *const kForestStub = R"({"format": 1,
  "chapter": {"id": "forest_stub", "order": 9, "numeral": "五", "name_zh": "森林碳汇", "name_en": "Forest sink",
              "title_zh": "森林碳汇", "title_en": "Forest sink"},
  "indicators": [{"id": "forest_carbon_uptake", "name_zh": "森林碳汇量", "name_en": "Forest carbon uptake",
    "unit": "万吨CO₂/年", "unit_en": "10,000 t CO₂ per year", "direction": "increase", "decimals": 0,
    "baseline": {"year": 2023, "value": 1000, "source": "test", "assumption": true, "note": "test stub"},
    "observed": [], "proxy_for": [], "targets": []}]})";

// t CO₂ per tce: IPCC 2006 kg CO₂/TJ × 29.3076 GJ/tce ÷ 1,000, rounded as in the catalog.
inline constexpr double kCoal = 2.7725;  // 94.6 × 29.3076
inline constexpr double kOil = 2.1482;   // 73.3 × 29.3076
inline constexpr double kGas = 1.6442;   // 56.1 × 29.3076

// The chapter's catalog (as compiled into the module) and the stub.
inline bool loadCatalog(Planner::Engine::Catalog *catalog, QString *error)
{
    const Planner::GreenTransition::GreenTransitionModule module;
    return catalog->addChapterJson(module.catalogJson(), error)
           && catalog->addChapterJson(QByteArray(kForestStub), error);
}

// Relative (or, below 1, absolute) closeness.
inline bool near(double actual, double expected, double tolerance = 1e-9)
{
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

} // namespace GreenTransitionTest
