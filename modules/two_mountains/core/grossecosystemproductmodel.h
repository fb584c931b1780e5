// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"

namespace Planner::TwoMountains {

// Equivalent factors of one ecosystem per hectare (谢高地等 2015), summed
// into the three categories of GEP accounting: ecological material products
// (provisioning), regulating services (the supporting services included),
// cultural services.
struct EquivalentFactors
{
    double provisioning = 0.0;
    double regulating = 0.0;
    double cultural = 0.0;
};

// Areas in hectares, one per ecosystem.
struct EcosystemAreas
{
    double forest = 0.0;
    double grassland = 0.0;
    double wetland = 0.0;   // marsh and other wetland, open water excluded
    double farmland = 0.0;
    double water = 0.0;
};

// GEP in 亿元 by category.
struct GepValue
{
    double provisioning = 0.0;
    double regulating = 0.0;
    double cultural = 0.0;
    double total() const { return provisioning + regulating + cultural; }
};

// The catalog coefficients of the accounting (resources/catalog/two_mountains.json).
struct GepCoefficients
{
    double hectaresPerKm2 = 100.0;
    EcosystemAreas fixedAreas;             // every area but the forest, in ha
    EquivalentFactors forest;
    EquivalentFactors grassland;
    EquivalentFactors wetland;
    EquivalentFactors farmland;
    EquivalentFactors water;
    double valuePerEquivalent = 0.0;       // 元 per equivalent-hectare a year, 2023 prices
};

// 生态系统生产总值 (GEP, M-07), by the equivalent-factor method (谢高地等
// 2015) in the three categories of 《陆地生态系统生产总值(GEP)核算技术指南》
// (2020) and 生态产品总值核算规范 (2022):
//   GEP_c(t) = Σ_ecosystems area(t) [ha] × factor_c [equivalents/ha]
//              × value per equivalent [元/ha] × price(t) ÷ 10^8      亿元
//   price(t) = Π_{y=2024..t} (1 + value growth(y) / 100)   (1 up to 2023)
// The forest area is the ecological_security module's forest_area (km² ×
// 100 ha); the other areas are catalog coefficients held constant. The
// three categories are filled in every year (no published figure); the
// total after its latest data year (the assumed 20,000 亿元 of 2023).
class GrossEcosystemProductModel final : public Engine::Model
{
public:
    explicit GrossEcosystemProductModel(const GepCoefficients &coefficients);

    QString id() const override;
    QStringList publishes() const override;
    QStringList consumes() const override;
    QStringList levers() const override;
    void run(Engine::ModelContext &context) const override;

    // The accounting for one set of areas at one price level (1: 2023).
    GepValue valueOf(const EcosystemAreas &areas, double priceFactor) const;
    // The areas of a year with this forest area (km²).
    EcosystemAreas areasWithForest(double forestKm2) const;

private:
    GepCoefficients m_coefficients;
};

} // namespace Planner::TwoMountains
