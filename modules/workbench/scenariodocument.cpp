// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/scenariodocument.h"

#include "engine/registry.h"
#include "engine/stages.h"
#include "storage/scenarioinputsrepository.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "workbench/editcommands.h"
#include "workbench/language.h"

#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace Planner::Workbench {

namespace {

Engine::Error storeError(const Storage::StoreError &error, const QString &id)
{
    const bool conflict = error.code == Storage::StoreError::Code::RevisionConflict;
    return Engine::makeError(conflict ? QStringLiteral("revision_conflict") : QStringLiteral("store"), id, 0,
                             error.message);
}

} // namespace

ScenarioDocument::ScenarioDocument(Storage::Store &store, const Engine::ModuleRegistry &modules, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_modules(modules)
    , m_undoStack(new QUndoStack(this))
    , m_watcher(new QFutureWatcher<Engine::Expected<Engine::RunResult>>(this))
{
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ScenarioDocument::takeDraws);
}

ScenarioDocument::~ScenarioDocument()
{
    // The worker holds only copies, but must not outlive the application.
    m_watcher->waitForFinished();
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
    const bool other = !m_session || session.value().scenario().id != m_scenario.id;
    m_session.emplace(session.takeValue());
    m_scenario = m_session->scenario();
    m_catalog = m_session->catalog();
    if (other) {
        m_undoStack->clear();
        m_lastDrawnOutcomes.clear();
    }
    project();
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

void ScenarioDocument::project()
{
    ++m_generation;
    m_projectionError.clear();
    Engine::Expected<Engine::PreparedScenario> prepared = m_session->prepare(m_request.endYear);
    if (!prepared.ok()) {
        m_projection.reset();
        m_outcomes.clear();
        m_drawsPending = false;
        m_projectionError = prepared.error().message;
        return;
    }
    if (m_synchronous) {
        Engine::MonteCarloOptions options;
        options.draws = m_request.draws;
        options.seed = m_request.seed;
        Engine::Expected<Engine::RunResult> result = prepared.value().runMonteCarlo(options);
        if (!result.ok()) {
            m_projection.reset();
            m_outcomes.clear();
            m_projectionError = result.error().message;
            return;
        }
        m_projection.emplace(Analysis::Projection{m_scenario.name, m_request, result.takeValue()});
        m_drawsPending = false;
        assess(false);
        return;
    }
    // The deterministic line at once; the draws follow.
    Analysis::ProjectionRequest central = m_request;
    central.draws = 1;
    m_projection.emplace(Analysis::Projection{m_scenario.name, central, prepared.value().runDeterministic()});
    m_drawsPending = true;
    assess(true);

    if (m_watcher->isRunning())
        return;  // takeDraws() starts the latest inputs when the stale run ends
    launchDraws(prepared.takeValue());
}

void ScenarioDocument::startDraws()
{
    // The inputs changed while a run was in flight: draw the latest ones.
    if (!m_session)
        return;
    Engine::Expected<Engine::PreparedScenario> prepared = m_session->prepare(m_request.endYear);
    if (prepared.ok())
        launchDraws(prepared.takeValue());
}

void ScenarioDocument::launchDraws(Engine::PreparedScenario run)
{
    Engine::MonteCarloOptions options;
    options.draws = m_request.draws;
    options.seed = m_request.seed;
    m_drawnGeneration = m_generation;
    m_watcher->setFuture(QtConcurrent::run([run = std::move(run), options]() {
        return run.runMonteCarlo(options);
    }));
}

void ScenarioDocument::takeDraws()
{
    if (!m_drawsPending || !m_watcher->isFinished() || m_watcher->future().resultCount() == 0)
        return;
    if (m_drawnGeneration != m_generation) {
        startDraws();  // stale: drop it
        return;
    }
    Engine::Expected<Engine::RunResult> result = m_watcher->result();
    m_watcher->setFuture(QFuture<Engine::Expected<Engine::RunResult>>());
    m_drawsPending = false;
    if (!result.ok()) {
        m_projectionError = result.error().message;
        Q_EMIT projectionChanged();
        return;
    }
    m_projection.emplace(Analysis::Projection{m_scenario.name, m_request, result.takeValue()});
    assess(false);
    Q_EMIT projectionChanged();
    Q_EMIT drawsFinished();
}

void ScenarioDocument::waitForDraws()
{
    while (m_drawsPending) {
        m_watcher->waitForFinished();
        takeDraws();
    }
}

void ScenarioDocument::assess(bool keepPendingFromLast)
{
    m_outcomes.clear();
    for (Analysis::TargetOutcome &o : Analysis::assessTargets(*m_projection, m_catalog)) {
        if (keepPendingFromLast) {
            // One run cannot tell a probability: until the draws are in,
            // the status is the last finished run's and the probability unknown.
            o.probability.reset();
            const auto last = m_lastDrawnOutcomes.constFind(o.targetId);
            if (last != m_lastDrawnOutcomes.cend() && o.status != QLatin1String("achieved"))
                o.status = last->status;
        }
        m_outcomes.insert(o.targetId, o);
    }
    if (!keepPendingFromLast)
        m_lastDrawnOutcomes = m_outcomes;
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
    const Engine::Lever *lever = m_catalog.lever(leverId);
    const std::optional<Engine::Stage> s = Engine::planStage(stage);
    return setLeverStages({leverId, {{stage, value}}},
                          tr("Set %1, %2, to %3")
                              .arg(lever ? pick(lever->nameZh, lever->nameEn) : leverId,
                                   s ? pick(s->ordinalZh, s->ordinalEn) : QString::number(stage))
                              .arg(value));
}

Engine::Error ScenarioDocument::setLeverStages(const LeverStages &edit, const QString &description)
{
    LeverStages before{edit.leverId, {}};
    for (auto it = edit.stages.cbegin(); it != edit.stages.cend(); ++it)
        before.stages.insert(it.key(), leverValue(edit.leverId, it.key()));
    if (before.stages == edit.stages)
        return {};
    if (Engine::Error error = writeLeverStages(edit))
        return error;
    m_undoStack->push(new LeverEditCommand(this, before, edit, description));
    return {};
}

Engine::Error ScenarioDocument::writeLeverStages(const LeverStages &edit)
{
    const Engine::Lever *lever = m_catalog.lever(edit.leverId);
    if (!lever || !m_session)
        return Engine::makeError(QStringLiteral("lever"), edit.leverId, 0, tr("There is no lever %1.").arg(edit.leverId));
    QMap<int, double> years;
    for (auto it = edit.stages.cbegin(); it != edit.stages.cend(); ++it) {
        const std::optional<Engine::Stage> s = Engine::planStage(it.key());
        const double value = it.value();
        if (!s)
            return Engine::makeError(QStringLiteral("stage"), edit.leverId, 0,
                                     tr("There is no plan stage %1.").arg(it.key()));
        if (!std::isfinite(value) || value < lever->min || value > lever->max)
            return Engine::makeError(QStringLiteral("value"), edit.leverId, 0,
                                     tr("%1 is outside the range of %2 (%3 to %4).")
                                         .arg(value).arg(edit.leverId).arg(lever->min).arg(lever->max));
        for (int y = s->first; y <= s->last; ++y)
            years.insert(y, value);
    }
    const auto saved = Storage::ScenarioInputsRepository(m_store).setLeverValues(m_scenario.name, edit.leverId, years,
                                                                                 m_scenario.revision);
    if (!saved.ok())
        return storeError(saved.error(), edit.leverId);
    m_scenario = saved.value();
    m_session->setScenario(m_scenario);
    if (!m_session->setLeverYears(edit.leverId, years))
        return reload();
    project();
    Q_EMIT inputsChanged();
    Q_EMIT projectionChanged();
    return {};
}

Engine::Error ScenarioDocument::setNotes(const QString &notes)
{
    const QString before = m_scenario.notes;
    if (before == notes)
        return {};
    if (Engine::Error error = writeNotes(notes))
        return error;
    m_undoStack->push(new NotesEditCommand(this, before, notes));
    return {};
}

Engine::Error ScenarioDocument::writeNotes(const QString &notes)
{
    const auto saved = Storage::ScenarioRepository(m_store).setNotes(m_scenario.name, notes, m_scenario.revision);
    if (!saved.ok())
        return storeError(saved.error(), QString());
    m_scenario = saved.value();
    if (m_session)
        m_session->setScenario(m_scenario);
    Q_EMIT inputsChanged();
    return {};
}

Engine::Error ScenarioDocument::forkWithEdit(const QString &newName, const LeverStages &edit)
{
    const auto forked = Storage::ScenarioRepository(m_store).fork(m_scenario.name, newName, m_scenario.author);
    if (!forked.ok())
        return storeError(forked.error(), QString());
    if (Engine::Error error = open(newName))
        return error;
    return setLeverStages(edit, tr("Apply the refused edit to %1").arg(newName));
}

} // namespace Planner::Workbench
