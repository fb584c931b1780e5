// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/scenariosession.h"

#include "engine/registry.h"
#include "storage/catalogrepository.h"
#include "storage/scenarioinputsrepository.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "storage/transaction.h"

namespace Planner::Analysis {

namespace {

Engine::Error storeError(const Storage::StoreError &error)
{
    return Engine::makeError(QStringLiteral("database"), QString(), 0, error.message);
}

Engine::Expected<Engine::Uncertainty> toUncertainty(const Storage::StoredUncertainty &stored, const QString &what)
{
    const auto kind = Engine::uncertaintyKindFromString(stored.kind);
    if (!kind)
        return Engine::makeError(QStringLiteral("uncertainty"), stored.id, 0,
                                 QStringLiteral("%1: unknown uncertainty \"%2\"").arg(what, stored.kind));
    Engine::Uncertainty u{*kind, stored.spread};
    if (const Engine::Error e = Engine::validateUncertainty(u, stored.id, what))
        return e;
    return u;
}

} // namespace

ScenarioSession::ScenarioSession(Storage::Scenario scenario, Engine::Catalog catalog, Engine::ScenarioInputs inputs,
                                 Engine::Simulator simulator)
    : m_scenario(std::move(scenario)), m_catalog(std::move(catalog)), m_inputs(std::move(inputs)),
      m_simulator(std::move(simulator))
{
}

Engine::Expected<Engine::Simulator> buildSimulator(const Engine::Catalog &catalog,
                                                   const Engine::ModuleRegistry &modules)
{
    QList<std::shared_ptr<const Engine::Model>> models;
    for (const auto &module : modules.modules()) {
        models.append(module->sharedModels(catalog));
    }
    return Engine::Simulator::create(catalog, catalog.levers(), models);
}

Engine::Expected<Engine::ScenarioInputs> ScenarioSession::toEngineInputs(const Storage::StoredInputs &stored,
                                                                         const Engine::Catalog &catalog)
{
    Engine::ScenarioInputs inputs;
    for (const Engine::Lever &lever : catalog.levers()) {
        Engine::LeverSchedule schedule =
            Engine::LeverSchedule::filled(Engine::kPlanFirstYear, Engine::kPlanLastYear, lever.defaultValue);
        const QMap<int, double> years = stored.levers.value(lever.id);
        for (auto it = years.cbegin(); it != years.cend(); ++it)
            schedule.setYear(it.key(), it.value());
        inputs.levers.insert(lever.id, schedule);
    }
    for (auto it = stored.levers.cbegin(); it != stored.levers.cend(); ++it) {
        if (!catalog.lever(it.key()))
            return Engine::makeError(QStringLiteral("lever"), it.key(), 0,
                                     QStringLiteral("the scenario sets lever %1, which this version does not know")
                                         .arg(it.key()));
    }
    for (const Storage::StoredUncertainty &u : stored.leverUncertainty) {
        auto uncertainty = toUncertainty(u, QStringLiteral("lever %1").arg(u.id));
        if (!uncertainty.ok())
            return uncertainty.error();
        inputs.leverUncertainty.insert(u.id, uncertainty.value());
    }
    for (const Storage::StoredUncertainty &u : stored.baselineUncertainty) {
        auto uncertainty = toUncertainty(u, QStringLiteral("baseline of %1").arg(u.id));
        if (!uncertainty.ok())
            return uncertainty.error();
        inputs.baselines[u.id].uncertainty = uncertainty.value();
    }
    for (auto it = stored.observed.cbegin(); it != stored.observed.cend(); ++it) {
        QList<Engine::YearPoint> points;
        for (const Storage::StoredObservation &o : it.value())
            points.append({o.year, o.value});
        inputs.observed.insert(it.key(), points);
    }
    for (const Engine::Indicator &ind : catalog.indicators()) {
        const auto chosen = stored.projections.constFind(ind.id);
        QString method = ind.projectionMethod;
        QJsonObject parameters = ind.projectionParameters;
        if (chosen != stored.projections.cend()) {
            method = chosen->method;
            parameters = chosen->parameters;
        }
        if (method.isEmpty())
            continue;
        auto choice = Engine::projectionChoiceFromJson(method, parameters, ind.id);
        if (!choice.ok())
            return choice.error();
        inputs.projections.insert(ind.id, choice.value());
    }
    return inputs;
}

Engine::Expected<ScenarioSession> ScenarioSession::load(const Storage::Store &store,
                                                        const Engine::ModuleRegistry &modules,
                                                        const QString &scenarioName)
{
    // The scenario, the catalog and the settings from one snapshot (on a
    // team server other users commit in between).
    const Storage::Transaction snapshot(store.database(), Storage::Transaction::Kind::Snapshot);
    const Storage::Result<Storage::Scenario> scenario = Storage::ScenarioRepository(store).find(scenarioName);
    if (!scenario.ok()) {
        Engine::Error e = storeError(scenario.error());
        if (scenario.error().code == Storage::StoreError::Code::NotFound)
            e.field = QStringLiteral("scenario");
        return e;
    }
    const Storage::Result<Engine::Catalog> catalog = Storage::CatalogRepository(store).load(scenario.value().id);
    if (!catalog.ok())
        return storeError(catalog.error());
    const Storage::Result<Storage::StoredInputs> stored =
        Storage::ScenarioInputsRepository(store).load(scenario.value().id);
    if (!stored.ok())
        return storeError(stored.error());
    Engine::Expected<Engine::ScenarioInputs> inputs = toEngineInputs(stored.value(), catalog.value());
    if (!inputs.ok())
        return inputs.error();
    Engine::Expected<Engine::Simulator> simulator = buildSimulator(catalog.value(), modules);
    if (!simulator.ok())
        return simulator.error();
    return ScenarioSession(scenario.value(), catalog.value(), inputs.takeValue(), simulator.takeValue());
}

bool ScenarioSession::setLeverYears(const QString &leverId, const QMap<int, double> &years)
{
    const auto it = m_inputs.levers.find(leverId);
    if (it == m_inputs.levers.end())
        return false;
    for (auto y = years.cbegin(); y != years.cend(); ++y) {
        if (!it->setYear(y.key(), y.value()))
            return false;
    }
    return true;
}

Engine::Expected<Engine::PreparedScenario> ScenarioSession::prepare(int endYear) const
{
    Engine::SimulationOptions options;
    options.endYear = endYear;
    return m_simulator.prepare(m_inputs, options);
}

} // namespace Planner::Analysis
