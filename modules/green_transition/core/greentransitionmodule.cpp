// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "green_transition/core/greentransitionmodule.h"

#include "green_transition/core/carbonmodel.h"
#include "green_transition/core/efficiencymodel.h"
#include "green_transition/core/energymixmodel.h"
#include "green_transition/core/landmodels.h"
#include "green_transition/core/transportmodels.h"
#include "green_transition/core/yearseries.h"

#include "engine/registry.h"

namespace Planner::GreenTransition {

QString GreenTransitionModule::id() const
{
    return QStringLiteral("green_transition");
}

QByteArray GreenTransitionModule::catalogJson() const
{
    return Engine::embeddedCatalogJson(id());
}

std::vector<std::unique_ptr<Engine::Model>> GreenTransitionModule::createModels(const Engine::Catalog &catalog) const
{
    std::vector<std::unique_ptr<Engine::Model>> models;
    models.push_back(std::make_unique<EnergyMixModel>(EnergyMixCoefficients::fromCatalog(catalog)));
    models.push_back(std::make_unique<CarbonEmissionsModel>(EmissionFactors::fromCatalog(catalog)));
    models.push_back(std::make_unique<NevAdoptionModel>(
        chapterCoefficient(catalog, QLatin1StringView("nev_share_ceiling"))));
    models.push_back(std::make_unique<RailFreightModel>(
        chapterCoefficient(catalog, QLatin1StringView("freight_turnover_growth"))));
    models.push_back(std::make_unique<DieselLocomotiveModel>());
    models.push_back(std::make_unique<CultivatedLandModel>());
    models.push_back(std::make_unique<RedLineModel>());
    models.push_back(std::make_unique<EfficiencyModel>());
    return models;
}

void setup(Engine::ModuleRegistry &registry)
{
    registry.add(std::make_unique<GreenTransitionModule>());
}

} // namespace Planner::GreenTransition
