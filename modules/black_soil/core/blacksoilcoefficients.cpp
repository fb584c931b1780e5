// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "black_soil/core/blacksoilcoefficients.h"

#include "engine/catalog.h"

#include <limits>

namespace Planner::BlackSoil {

namespace {

double coefficient(const Engine::Catalog &catalog, const char *id)
{
    const Engine::Coefficient *c = catalog.coefficient(QStringLiteral("black_soil"), QLatin1StringView(id));
    return c ? c->value : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

BlackSoilCoefficients BlackSoilCoefficients::fromCatalog(const Engine::Catalog &catalog)
{
    BlackSoilCoefficients c;
    c.permanentBasicFarmland = coefficient(catalog, "permanent_basic_farmland_area");
    c.cultivatedLand = coefficient(catalog, "cultivated_land_area");
    c.organicMatterGainTillage = coefficient(catalog, "organic_matter_gain_conservation_tillage");
    c.organicMatterGainStraw = coefficient(catalog, "organic_matter_gain_straw_return");
    c.organicMatterLossPlough = coefficient(catalog, "organic_matter_loss_ploughing");
    c.grainSownArea = coefficient(catalog, "grain_sown_area");
    c.contaminatedFarmland = coefficient(catalog, "contaminated_farmland_area");
    c.groundwaterPoints = coefficient(catalog, "groundwater_national_points");
    return c;
}

} // namespace Planner::BlackSoil
