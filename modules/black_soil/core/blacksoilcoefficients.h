// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Planner::Engine { class Catalog; }

namespace Planner::BlackSoil {

// The fixed numbers of chapter 黑土强基, read once from the catalog's
// "coefficients" (resources/catalog/black_soil.json, where each has its
// source or is marked an assumption). A coefficient missing from the catalog
// reads as NaN, so the indicators it feeds show no value rather than a
// wrong one.
struct BlackSoilCoefficients
{
    double permanentBasicFarmland = 0.0;     // 万亩, 国函〔2023〕147号
    double cultivatedLand = 0.0;             // 万亩, denominator of the conservation-tillage share
    double organicMatterGainTillage = 0.0;   // g/kg per year on land under conservation tillage
    double organicMatterGainStraw = 0.0;     // g/kg per year on ploughed land with straw returned
    double organicMatterLossPlough = 0.0;    // g/kg per year on ploughed land without straw
    double grainSownArea = 0.0;              // 万亩
    double contaminatedFarmland = 0.0;       // 万亩 needing safe-use measures at the start
    double groundwaterPoints = 0.0;          // national monitoring points in Jilin

    static BlackSoilCoefficients fromCatalog(const Engine::Catalog &catalog);
};

} // namespace Planner::BlackSoil
