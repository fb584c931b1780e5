// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/scenariodocument.h"

#include "storage/catalogrepository.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"

namespace Planner::Workbench {

ScenarioDocument::ScenarioDocument(Storage::Store &store, QObject *parent)
    : QObject(parent), m_store(store)
{
}

Storage::StoreError ScenarioDocument::open(const QString &scenarioName)
{
    const Storage::Result<Storage::Scenario> scenario = Storage::ScenarioRepository(m_store).find(scenarioName);
    if (!scenario.ok())
        return scenario.error();
    const Storage::Result<Engine::Catalog> catalog = Storage::CatalogRepository(m_store).load(scenario.value().id);
    if (!catalog.ok())
        return catalog.error();
    m_scenario = scenario.value();
    m_catalog = catalog.value();
    Q_EMIT scenarioChanged();
    return {};
}

Storage::StoreError ScenarioDocument::reload()
{
    const Storage::Result<Storage::Scenario> scenario = Storage::ScenarioRepository(m_store).findById(m_scenario.id);
    if (!scenario.ok())
        return scenario.error();
    return open(scenario.value().name);
}

} // namespace Planner::Workbench
