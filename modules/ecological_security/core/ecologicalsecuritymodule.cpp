// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ecological_security/core/ecologicalsecuritymodule.h"

#include "ecological_security/core/forestmodel.h"
#include "ecological_security/core/protectedareamodel.h"
#include "ecological_security/core/soilwaterconservationmodel.h"
#include "ecological_security/core/wetlandprotectionmodel.h"

#include "engine/catalog.h"
#include "engine/model.h"
#include "engine/registry.h"

#include <cmath>
#include <optional>

namespace Planner::EcologicalSecurity {

QString EcologicalSecurityModule::id() const
{
    return QStringLiteral("ecological_security");
}

QByteArray EcologicalSecurityModule::catalogJson() const
{
    return Engine::embeddedCatalogJson(id());
}

std::vector<std::unique_ptr<Engine::Model>>
EcologicalSecurityModule::createModels(const Engine::Catalog &catalog) const
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
    const std::optional<double> land = positive(QLatin1StringView("land_area"));
    if (!land)
        return models;
    const std::optional<double> muPerKm2 = positive(QLatin1StringView("mu_per_km2"));
    const std::optional<double> uptake = positive(QLatin1StringView("forest_carbon_uptake_per_hectare"));
    if (muPerKm2 && uptake)
        models.push_back(std::make_unique<ForestModel>(ForestCoefficients{*land, *muPerKm2, *uptake}));
    models.push_back(std::make_unique<SoilWaterConservationModel>(*land));
    models.push_back(std::make_unique<ProtectedAreaModel>(*land));
    if (const std::optional<double> wetland = positive(QLatin1StringView("wetland_area")))
        models.push_back(std::make_unique<WetlandProtectionModel>(*wetland));
    return models;
}

void setup(Engine::ModuleRegistry &registry)
{
    registry.add(std::make_unique<EcologicalSecurityModule>());
}

} // namespace Planner::EcologicalSecurity
