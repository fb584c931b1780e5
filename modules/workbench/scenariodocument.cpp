// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/scenariodocument.h"

#include "engine/registry.h"
#include "engine/stages.h"
#include "storage/scenarioinputsrepository.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"

namespace Planner::Workbench {

ScenarioDocument::ScenarioDocument(Storage::Store &store, const Engine::ModuleRegistry &modules, QObject *parent)
    : QObject(parent), m_store(store), m_modules(modules)
{
}

const Analysis::TargetOutcome *ScenarioDocument::outcome(const QString &targetId) const
{
    const auto it = m_outcomes.constFind(targetId);
    return it == m_outcomes.cend() ? nullptr : &*it;
}

Engine::Error ScenarioDocument::open(const QString &scenarioName)
{
    Engine::Expected<Analysis::ScenarioSession> session = Analysis::ScenarioSession::load(m_store, m_modules, scenarioName);
    if (!session.ok())
        return session.error();
    m_session.emplace(session.takeValue());
    m_scenario = m_session->scenario();
    m_catalog = m_session->catalog();
    runProjection();
    Q_EMIT scenarioChanged();
    Q_EMIT projectionChanged();
    return {};
}

Engine::Error ScenarioDocument::reload()
{
    const Storage::Result<Storage::Scenario> scenario = Storage::ScenarioRepository(m_store).findById(m_scenario.id);
    if (!scenario.ok())
        return Engine::makeError(QStringLiteral("scenario"), QString(), 0, scenario.error().message);
    return open(scenario.value().name);
}

void ScenarioDocument::runProjection()
{
    m_projection.reset();
    m_outcomes.clear();
    m_projectionError.clear();
    Engine::Expected<Analysis::Projection> projection = Analysis::project(*m_session, m_request);
    if (!projection.ok()) {
        m_projectionError = projection.error().message;
        return;
    }
    m_projection.emplace(projection.takeValue());
    for (const Analysis::TargetOutcome &o : Analysis::assessTargets(*m_projection, m_catalog))
        m_outcomes.insert(o.targetId, o);
}

double ScenarioDocument::leverValue(const QString &leverId, int stage) const
{
    const std::optional<Engine::Stage> s = Engine::planStage(stage);
    const Engine::Lever *lever = m_catalog.lever(leverId);
    if (!s || !lever || !m_session)
        return std::numeric_limits<double>::quiet_NaN();
    const auto schedule = m_session->inputs().levers.constFind(leverId);
    if (schedule == m_session->inputs().levers.cend())
        return lever->defaultValue;
    return schedule->value(s->first).value_or(lever->defaultValue);
}

Engine::Error ScenarioDocument::setLeverStage(const QString &leverId, int stage, double value)
{
    const std::optional<Engine::Stage> s = Engine::planStage(stage);
    const Engine::Lever *lever = m_catalog.lever(leverId);
    if (!s || !lever)
        return Engine::makeError(QStringLiteral("lever"), leverId, 0, tr("There is no lever %1.").arg(leverId));
    if (!std::isfinite(value) || value < lever->min || value > lever->max)
        return Engine::makeError(QStringLiteral("value"), leverId, 0,
                                 tr("%1 is outside the range of %2 (%3 to %4).")
                                     .arg(value).arg(leverId).arg(lever->min).arg(lever->max));
    QMap<int, double> years;
    for (int y = s->first; y <= s->last; ++y)
        years.insert(y, value);
    const auto saved = Storage::ScenarioInputsRepository(m_store).setLeverValues(m_scenario.name, leverId, years,
                                                                                 m_scenario.revision);
    if (!saved.ok())
        return Engine::makeError(QStringLiteral("revision"), leverId, 0, saved.error().message);
    return reload();
}

} // namespace Planner::Workbench
