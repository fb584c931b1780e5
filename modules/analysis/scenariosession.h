// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/catalog.h"
#include "engine/error.h"
#include "engine/scenarioinputs.h"
#include "engine/simulation.h"
#include "storage/scenario.h"
#include "storage/scenarioinputs.h"

namespace Planner::Engine { class ModuleRegistry; }
namespace Planner::Storage { class Store; }

namespace Planner::Analysis {

// A stored scenario made ready for the engine: the catalog as the scenario
// sees it (overridden baselines and targets), every module's levers and
// models in one Simulator, and the scenario's inputs in the engine's types.
// The bridge between the store and the engine, so neither knows the other.
class ScenarioSession final
{
public:
    // Reads the scenario from the store and builds the simulator. Errors:
    // an unknown scenario (field "scenario"), an unreadable database, a
    // module's model that does not fit the catalog, stored settings the
    // engine refuses (naming lever or indicator, year and field).
    static Engine::Expected<ScenarioSession> load(const Storage::Store &store, const Engine::ModuleRegistry &modules,
                                                  const QString &scenarioName);

    const Storage::Scenario &scenario() const { return m_scenario; }
    const Engine::Catalog &catalog() const { return m_catalog; }
    const Engine::ScenarioInputs &inputs() const { return m_inputs; }
    const Engine::Simulator &simulator() const { return m_simulator; }

    // After a write the store confirmed: the scenario's new row (revision)
    // and a lever's new values per year, without reading the store again.
    // False for a lever the session does not know.
    void setScenario(const Storage::Scenario &scenario) { m_scenario = scenario; }
    bool setLeverYears(const QString &leverId, const QMap<int, double> &years);

    // The scenario resolved for runs up to endYear (checked: every lever in
    // range, every year set).
    Engine::Expected<Engine::PreparedScenario> prepare(int endYear = Engine::kPlanLastYear) const;

    // The engine's inputs from the store's rows: lever schedules over the
    // plan's years (2024-2035) at each lever's default where the scenario
    // sets nothing; observed values; uncertainty; projection choices, and
    // for an indicator without one its catalog default.
    static Engine::Expected<Engine::ScenarioInputs> toEngineInputs(const Storage::StoredInputs &stored,
                                                                   const Engine::Catalog &catalog);

private:
    ScenarioSession(Storage::Scenario scenario, Engine::Catalog catalog, Engine::ScenarioInputs inputs,
                    Engine::Simulator simulator);

    Storage::Scenario m_scenario;
    Engine::Catalog m_catalog;
    Engine::ScenarioInputs m_inputs;
    Engine::Simulator m_simulator;
};

// Every module's levers and models against a catalog, in one Simulator.
Engine::Expected<Engine::Simulator> buildSimulator(const Engine::Catalog &catalog,
                                                   const Engine::ModuleRegistry &modules);

} // namespace Planner::Analysis
