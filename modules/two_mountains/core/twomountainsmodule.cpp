// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "two_mountains/core/twomountainsmodule.h"

#include "two_mountains/core/grossecosystemproductmodel.h"
#include "two_mountains/core/growthmodel.h"
#include "two_mountains/core/tourismseasonmodel.h"

#include "engine/catalog.h"
#include "engine/model.h"
#include "engine/registry.h"

#include <cmath>
#include <optional>

namespace Planner::TwoMountains {

QString TwoMountainsModule::id() const
{
    return QStringLiteral("two_mountains");
}

QByteArray TwoMountainsModule::catalogJson() const
{
    return Engine::embeddedCatalogJson(id());
}

std::vector<std::unique_ptr<Engine::Model>> TwoMountainsModule::createModels(const Engine::Catalog &catalog) const
{
    std::vector<std::unique_ptr<Engine::Model>> models;
    models.push_back(std::make_unique<GrowthModel>(QStringLiteral("agriculture_cluster"),
                                                   QStringLiteral("agriculture_cluster_output"),
                                                   QStringLiteral("agriculture_cluster_growth")));
    models.push_back(std::make_unique<GrowthModel>(QStringLiteral("under_forest_economy"),
                                                   QStringLiteral("under_forest_economy_output"),
                                                   QStringLiteral("under_forest_economy_growth")));
    models.push_back(std::make_unique<TourismSeasonModel>(TourismSeason{
        QStringLiteral("ice_snow_tourism"), QStringLiteral("ice_snow_tourism_visitors"),
        QStringLiteral("ice_snow_tourism_revenue"), QStringLiteral("ice_snow_visitors_growth"),
        QStringLiteral("ice_snow_spending_growth")}));
    models.push_back(std::make_unique<TourismSeasonModel>(TourismSeason{
        QStringLiteral("summer_tourism"), QStringLiteral("summer_tourism_visitors"),
        QStringLiteral("summer_tourism_revenue"), QStringLiteral("summer_visitors_growth"),
        QStringLiteral("summer_spending_growth")}));

    const QString chapter = id();
    bool complete = true;
    // A usable coefficient: present, finite and positive.
    const auto positive = [&](const QString &coefficientId) {
        const Engine::Coefficient *c = catalog.coefficient(chapter, coefficientId);
        if (!c || !std::isfinite(c->value) || c->value <= 0.0) {
            complete = false;
            return 0.0;
        }
        return c->value;
    };
    const auto factors = [&](QLatin1StringView ecosystem) {
        const QString prefix = QStringLiteral("gep_factor_") + ecosystem;
        return EquivalentFactors{positive(prefix + QStringLiteral("_provisioning")),
                                 positive(prefix + QStringLiteral("_regulating")),
                                 positive(prefix + QStringLiteral("_cultural"))};
    };
    GepCoefficients gep;
    gep.hectaresPerKm2 = positive(QStringLiteral("hectares_per_km2"));
    const double muPerHectare = positive(QStringLiteral("mu_per_hectare"));
    const double surveyedWetland = positive(QStringLiteral("wetland_area"));
    gep.fixedAreas.water = positive(QStringLiteral("water_area"));
    gep.fixedAreas.wetland = surveyedWetland - gep.fixedAreas.water;
    gep.fixedAreas.grassland = positive(QStringLiteral("grassland_area"));
    // 万亩 × 10,000 亩 ÷ 15 亩/ha.
    if (muPerHectare > 0.0)
        gep.fixedAreas.farmland = positive(QStringLiteral("farmland_area")) * 10000.0 / muPerHectare;
    gep.forest = factors(QLatin1StringView("forest"));
    gep.grassland = factors(QLatin1StringView("grassland"));
    gep.wetland = factors(QLatin1StringView("wetland"));
    gep.farmland = factors(QLatin1StringView("farmland"));
    gep.water = factors(QLatin1StringView("water"));
    gep.valuePerEquivalent = positive(QStringLiteral("value_per_equivalent"));
    if (complete && muPerHectare > 0.0 && gep.fixedAreas.wetland >= 0.0)
        models.push_back(std::make_unique<GrossEcosystemProductModel>(gep));
    return models;
}

void setup(Engine::ModuleRegistry &registry)
{
    registry.add(std::make_unique<TwoMountainsModule>());
}

} // namespace Planner::TwoMountains
