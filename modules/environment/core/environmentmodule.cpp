// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment/core/environmentmodule.h"

#include "environment/core/airqualitymodel.h"
#include "environment/core/beautifulriverslakesmodel.h"
#include "environment/core/surfacewatermodel.h"
#include "environment/core/villageprogrammemodel.h"
#include "environment/core/wastemodel.h"

#include "engine/catalog.h"
#include "engine/model.h"
#include "engine/registry.h"

#include <cmath>
#include <optional>

namespace Planner::Environment {

QString EnvironmentModule::id() const
{
    return QStringLiteral("environment");
}

QByteArray EnvironmentModule::catalogJson() const
{
    return Engine::embeddedCatalogJson(id());
}

std::vector<std::unique_ptr<Engine::Model>> EnvironmentModule::createModels(const Engine::Catalog &catalog) const
{
    const QString chapter = id();
    // A usable coefficient: present, finite and positive.
    const auto positive = [&](QLatin1StringView coefficientId) -> std::optional<double> {
        const Engine::Coefficient *c = catalog.coefficient(chapter, QString(coefficientId));
        if (!c || !std::isfinite(c->value) || c->value <= 0.0)
            return std::nullopt;
        return c->value;
    };

    std::vector<std::unique_ptr<Engine::Model>> models;
    if (const std::optional<double> sections = positive(QLatin1StringView("national_sections_total")))
        models.push_back(std::make_unique<SurfaceWaterModel>(*sections));
    if (const std::optional<double> listed = positive(QLatin1StringView("rivers_lakes_listed")))
        models.push_back(std::make_unique<BeautifulRiversLakesModel>(*listed));
    if (const std::optional<double> cities = positive(QLatin1StringView("prefecture_level_cities")))
        models.push_back(std::make_unique<WasteModel>(*cities));
    const std::optional<double> heating = positive(QLatin1StringView("pm25_per_wan_households_clean_heating"));
    const std::optional<double> boiler = positive(QLatin1StringView("pm25_per_boiler_retrofit"));
    const std::optional<double> straw = positive(QLatin1StringView("pm25_per_straw_compliance_point"));
    const std::optional<double> compliance = positive(QLatin1StringView("straw_ban_compliance_reference"));
    const std::optional<double> goodDays = positive(QLatin1StringView("good_air_days_per_pm25"));
    if (heating && boiler && straw && compliance && goodDays)
        models.push_back(std::make_unique<AirQualityModel>(
            AirCoefficients{*heating, *boiler, *straw, *compliance, *goodDays}));
    models.push_back(std::make_unique<VillageProgrammeModel>());
    return models;
}

void setup(Engine::ModuleRegistry &registry)
{
    registry.add(std::make_unique<EnvironmentModule>());
}

} // namespace Planner::Environment
