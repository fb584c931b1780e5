// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "black_soil/core/blacksoilmodule.h"

#include "black_soil/core/blacksoilcoefficients.h"
#include "black_soil/core/contaminatedfarmlandmodel.h"
#include "black_soil/core/corebasesmodel.h"
#include "black_soil/core/grainoutputmodel.h"
#include "black_soil/core/groundwatermodel.h"
#include "black_soil/core/highstandardfarmlandmodel.h"
#include "black_soil/core/soilorganicmattermodel.h"

#include "engine/model.h"
#include "engine/registry.h"

namespace Planner::BlackSoil {

QString BlackSoilModule::id() const
{
    return QStringLiteral("black_soil");
}

QByteArray BlackSoilModule::catalogJson() const
{
    return Engine::embeddedCatalogJson(id());
}

std::vector<std::unique_ptr<Engine::Model>> BlackSoilModule::createModels(const Engine::Catalog &catalog) const
{
    const BlackSoilCoefficients c = BlackSoilCoefficients::fromCatalog(catalog);
    const SoilOrganicMatterResponse response{c.cultivatedLand, c.organicMatterGainTillage, c.organicMatterGainStraw,
                                             c.organicMatterLossPlough};
    std::vector<std::unique_ptr<Engine::Model>> models;
    models.push_back(std::make_unique<HighStandardFarmlandModel>(c.permanentBasicFarmland));
    models.push_back(std::make_unique<SoilOrganicMatterModel>(response));
    models.push_back(std::make_unique<GrainOutputModel>(c.grainSownArea));
    models.push_back(std::make_unique<ContaminatedFarmlandModel>(c.contaminatedFarmland));
    models.push_back(std::make_unique<GroundwaterModel>(c.groundwaterPoints));
    models.push_back(std::make_unique<CoreBasesModel>());
    return models;
}

void setup(Engine::ModuleRegistry &registry)
{
    registry.add(std::make_unique<BlackSoilModule>());
}

} // namespace Planner::BlackSoil
