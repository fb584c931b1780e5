// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/scenariodocument.h"

#include "analysis/wording.h"
#include "engine/registry.h"
#include "engine/stages.h"
#include "storage/implementationrepository.h"
#include "storage/scenarioinputsrepository.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "storage/teamserver.h"
#include "workbench/editcommands.h"
#include "workbench/language.h"

#include <QThreadPool>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <memory>
#include <tuple>

namespace Planner::Workbench {

namespace {

Engine::Error storeError(const Storage::StoreError &error, const QString &id)
{
    const bool conflict = error.code == Storage::StoreError::Code::RevisionConflict;
    const bool shipped = error.code == Storage::StoreError::Code::Template;
    return Engine::makeError(conflict  ? QStringLiteral("revision_conflict")
                             : shipped ? QStringLiteral("template")
                                       : QStringLiteral("store"),
                             id, 0, error.message);
}

// A run with its draws holds megabytes (every draw of every indicator and
// year): the one it replaces is freed on a pool thread, not between a lever
// edit and the repaint. Nothing else refers to it once replaced.
void releaseOffThread(std::optional<Analysis::Projection> &projection)
{
    if (!projection || projection->result.drawCount <= 1) {
        projection.reset();
        return;
    }
    auto doomed = std::make_shared<Analysis::Projection>(std::move(*projection));
    projection.reset();
    QThreadPool::globalInstance()->start([doomed = std::move(doomed)]() mutable { doomed.reset(); });
}

} // namespace

ScenarioDocument::ScenarioDocument(Storage::Store &store, const Engine::ModuleRegistry &modules, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_modules(modules)
    , m_undoStack(new QUndoStack(this))
    , m_worker(new QThreadPool(this))
    , m_watcher(new QFutureWatcher<Engine::Expected<Engine::RunResult>>(this))
    , m_listener(new Storage::ChangeListener(store, this))
{
    m_worker->setObjectName(QStringLiteral("scenarioDocumentWorker"));
    m_worker->setMaxThreadCount(1);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ScenarioDocument::takeDraws);
    connect(m_listener, &Storage::ChangeListener::scenarioChanged, this, &ScenarioDocument::takeChangeElsewhere);
}

bool ScenarioDocument::hearsOtherSessions() const
{
    return m_listener->isListening();
}

void ScenarioDocument::takeChangeElsewhere(qint64 scenarioId, qint64 revision, const QString &user)
{
    // Another scenario, or a revision this document already has (its own
    // edit seen through another connection): nothing to load.
    if (!m_session || scenarioId != m_scenario.id || revision <= m_scenario.revision)
        return;
    const auto summary = Storage::TeamServer::revisionSummary(m_store, scenarioId, revision);
    // The undo history stays at the revision it knew: undoing or redoing
    // one of its steps over the other person's change is refused as a
    // conflict (the window then asks), instead of writing over it.
    const qint64 historyRevision = m_historyRevision;
    const Engine::Error failed = reload();
    m_historyRevision = historyRevision;
    if (failed)
        return;  // deleted or unreadable: the next edit says why
    Q_EMIT changedElsewhere(user, summary.ok() ? summary.value().tables : QStringList(), revision,
                            summary.ok() ? summary.value().levers : QStringList());
}

qint64 ScenarioDocument::expectedRevision() const
{
    return m_replayingHistory ? m_historyRevision : m_scenario.revision;
}

ScenarioDocument::HistoryStep::HistoryStep(ScenarioDocument *document) : m_document(document)
{
    m_document->m_replayingHistory = true;
}

ScenarioDocument::HistoryStep::~HistoryStep()
{
    m_document->m_replayingHistory = false;
}

ScenarioDocument::~ScenarioDocument()
{
    // The worker holds only copies, but must not outlive the application.
    m_watcher->waitForFinished();
    m_worker->waitForDone();
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
    const qint64 id = session.value().scenario().id;
    const auto stored = Storage::ScenarioInputsRepository(m_store).load(id);
    if (!stored.ok())
        return storeError(stored.error(), QString());
    const auto tasks = Storage::ImplementationRepository(m_store).taskProgress(id);
    if (!tasks.ok())
        return storeError(tasks.error(), QString());
    const auto cityTasks = Storage::ImplementationRepository(m_store).cityTaskProgress(id);
    if (!cityTasks.ok())
        return storeError(cityTasks.error(), QString());
    const auto shares = Storage::ImplementationRepository(m_store).allCityShares(id);
    if (!shares.ok())
        return storeError(shares.error(), QString());
    const auto cityObserved = Storage::ScenarioInputsRepository(m_store).cityObservations(id);
    if (!cityObserved.ok())
        return storeError(cityObserved.error(), QString());
    m_storedLevers.clear();
    for (auto it = stored.value().levers.cbegin(); it != stored.value().levers.cend(); ++it)
        m_storedLevers.insert(it.key(), it.value());
    m_leverBases = stored.value().leverBases;
    // A lever whose setting cites a document counts as sourced, not assumed.
    m_provenanceOptions.documentedLevers = QSet<QString>(m_leverBases.keyBegin(), m_leverBases.keyEnd());
    m_tasks = tasks.value();
    m_cityTasks = cityTasks.value();
    m_cityShares = shares.value();
    m_cityObservations = cityObserved.value();
    const bool other = !m_session || id != m_scenario.id;
    m_session.emplace(session.takeValue());
    m_scenario = m_session->scenario();
    m_catalog = m_session->catalog();
    // Which indicators each fixed number moves: found once per open by
    // running the models (a few dozen central runs, milliseconds each).
    const auto use = Analysis::coefficientUse(m_catalog, m_modules, m_session->inputs());
    m_coefficientUse = use.ok() ? use.value() : Analysis::CoefficientUse{};
    // Opened or re-read on request: the undo history goes on from here.
    m_historyRevision = m_scenario.revision;
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
        m_provenance.clear();
        m_provenanceAt.clear();
        m_drawsPending = false;
        m_projectionError = Analysis::Wording::errorText(prepared.error(), &m_catalog);
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
            m_projectionError = Analysis::Wording::errorText(result.error(), &m_catalog);
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
    releaseOffThread(m_projection);
    m_projection.emplace(Analysis::Projection{m_scenario.name, central, prepared.value().runDeterministic()});
    m_drawsPending = true;
    assess(true);

    if (m_drawsHeld)
        return;  // releaseDraws() starts them
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
    m_watcher->setFuture(QtConcurrent::run(m_worker, [run = std::move(run), options]() {
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
        m_projectionError = Analysis::Wording::errorText(result.error(), &m_catalog);
        Q_EMIT projectionChanged();
        return;
    }
    m_projection.emplace(Analysis::Projection{m_scenario.name, m_request, result.takeValue()});
    assess(false);
    Q_EMIT projectionChanged();
    Q_EMIT drawsFinished();
}

void ScenarioDocument::releaseDraws()
{
    if (!m_drawsHeld)
        return;
    m_drawsHeld = false;
    if (m_drawsPending && !m_watcher->isRunning())
        startDraws();
}

void ScenarioDocument::waitForDraws()
{
    releaseDraws();
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
    traceProvenance();
}

void ScenarioDocument::traceProvenance()
{
    m_provenance.clear();
    m_provenanceAt.clear();
    if (!m_session)
        return;
    QList<Analysis::TargetOutcome> outcomes;
    for (const Engine::Indicator &ind : m_catalog.indicators()) {
        for (const Engine::Target &t : ind.targets) {
            if (const auto it = m_outcomes.constFind(t.id); it != m_outcomes.cend())
                outcomes.append(*it);
        }
    }
    m_provenance = Analysis::provenance(m_catalog, m_session->simulator(), m_session->inputs(), m_coefficientUse,
                                        outcomes, m_provenanceOptions);
    for (qsizetype i = 0; i < m_provenance.size(); ++i)
        m_provenanceAt.insert(m_provenance.at(i).targetId, i);
}

const Analysis::TargetProvenance *ScenarioDocument::provenance(const QString &targetId) const
{
    const auto it = m_provenanceAt.constFind(targetId);
    return it == m_provenanceAt.cend() ? nullptr : &m_provenance.at(*it);
}

void ScenarioDocument::setDocumentedLevers(const QSet<QString> &leverIds)
{
    m_provenanceOptions.documentedLevers = leverIds;
    traceProvenance();
    Q_EMIT projectionChanged();
}

double ScenarioDocument::leverValue(const QString &leverId, int stage) const
{
    const std::optional<Engine::Stage> s = Engine::planStage(stage);
    const Engine::Lever *lever = m_catalog.lever(leverId);
    if (!s || !lever || !m_session)
        return std::numeric_limits<double>::quiet_NaN();
    return m_storedLevers.value(leverId).value(s->first, lever->defaultValue);
}

QMap<int, double> ScenarioDocument::leverStageYears(const QString &leverId, int stage) const
{
    QMap<int, double> years;
    const std::optional<Engine::Stage> s = Engine::planStage(stage);
    const Engine::Lever *lever = m_catalog.lever(leverId);
    if (!s || !lever)
        return years;
    const QMap<int, double> stored = m_storedLevers.value(leverId);
    for (int y = s->first; y <= s->last; ++y)
        years.insert(y, stored.value(y, lever->defaultValue));
    return years;
}

bool ScenarioDocument::isStageMixed(const QString &leverId, int stage) const
{
    const QList<double> values = leverStageYears(leverId, stage).values();
    for (double v : values) {
        if (v != values.first())
            return true;
    }
    return false;
}

LeverYears ScenarioDocument::storedLever(const QString &leverId) const
{
    return {leverId, m_storedLevers.value(leverId)};
}

QString ScenarioDocument::leverBasis(const QString &leverId) const
{
    const Engine::Lever *lever = m_catalog.lever(leverId);
    if (!lever)
        return {};
    const auto basis = m_leverBases.constFind(leverId);
    return Analysis::Wording::leverBasis(*lever, basis != m_leverBases.cend() ? &*basis : nullptr,
                                        m_storedLevers.contains(leverId));
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

Engine::Expected<LeverYears> ScenarioDocument::withStages(const LeverStages &edit) const
{
    const Engine::Lever *lever = m_catalog.lever(edit.leverId);
    if (!lever || !m_session)
        return Engine::makeError(QStringLiteral("lever"), edit.leverId, 0, tr("There is no lever %1.").arg(edit.leverId));
    LeverYears after = storedLever(edit.leverId);
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
            after.years.insert(y, value);
    }
    return after;
}

Engine::Error ScenarioDocument::setLeverStages(const LeverStages &edit, const QString &description)
{
    Engine::Expected<LeverYears> after = withStages(edit);
    if (!after.ok())
        return after.error();
    // The snapshot is every stored year of the lever, set or unset, so an
    // undo puts back exactly what was there (a stage's years may differ).
    const LeverYears before = storedLever(edit.leverId);
    if (before == after.value())
        return {};
    if (Engine::Error error = writeLeverYears(after.value()))
        return error;
    m_undoStack->push(new LeverEditCommand(this, before, after.takeValue(), edit.stages.keys(), description));
    return {};
}

Engine::Error ScenarioDocument::writeLeverYears(const LeverYears &values)
{
    const Engine::Lever *lever = m_catalog.lever(values.leverId);
    if (!lever || !m_session)
        return Engine::makeError(QStringLiteral("lever"), values.leverId, 0,
                                 tr("There is no lever %1.").arg(values.leverId));
    const auto saved = Storage::ScenarioInputsRepository(m_store).replaceLeverValues(
        m_scenario.name, values.leverId, values.years, expectedRevision());
    if (!saved.ok())
        return storeError(saved.error(), values.leverId);
    m_scenario = saved.value();
    m_historyRevision = m_scenario.revision;
    m_leverBases.remove(values.leverId);  // the store dropped it: the planner's setting now
    m_provenanceOptions.documentedLevers.remove(values.leverId);
    if (values.years.isEmpty())
        m_storedLevers.remove(values.leverId);
    else
        m_storedLevers.insert(values.leverId, values.years);
    m_session->setScenario(m_scenario);
    // The engine's schedule covers the plan's years, an unset year at the default.
    QMap<int, double> effective;
    for (int y = Engine::kPlanFirstYear; y <= Engine::kPlanLastYear; ++y)
        effective.insert(y, values.years.value(y, lever->defaultValue));
    if (!m_session->setLeverYears(values.leverId, effective))
        return reload();
    project();
    Q_EMIT inputsChanged();
    Q_EMIT projectionChanged();
    return {};
}

Engine::Error ScenarioDocument::setTaskProgress(const Storage::StoredTaskProgress &progress,
                                                const QString &description)
{
    TaskState before{progress.taskId, {}, progress.city};
    const QMap<QString, Storage::StoredTaskProgress> &records =
        progress.city.isEmpty() ? m_tasks : m_cityTasks[progress.city];
    const auto it = records.constFind(progress.taskId);
    if (it != records.cend()) {
        before.progress = *it;
        if (it->status == progress.status && it->progress == progress.progress && it->evidence == progress.evidence)
            return {};
    }
    const TaskState after{progress.taskId, progress, progress.city};
    if (Engine::Error error = writeTaskState(after))
        return error;
    m_undoStack->push(new TaskEditCommand(this, before, after, description));
    return {};
}

Engine::Error ScenarioDocument::writeTaskState(const TaskState &state)
{
    const Storage::ImplementationRepository repository(m_store);
    const auto saved = state.progress
                           ? repository.setTaskProgress(m_scenario.name, *state.progress, expectedRevision())
                           : repository.clearTaskProgress(m_scenario.name, state.taskId, expectedRevision(), state.city);
    if (!saved.ok())
        return storeError(saved.error(), state.taskId);
    m_scenario = saved.value();
    m_historyRevision = m_scenario.revision;
    QMap<QString, Storage::StoredTaskProgress> &records = state.city.isEmpty() ? m_tasks : m_cityTasks[state.city];
    if (state.progress)
        records.insert(state.taskId, *state.progress);
    else
        records.remove(state.taskId);
    if (m_session)
        m_session->setScenario(m_scenario);
    Q_EMIT inputsChanged();
    return {};
}

Engine::Error ScenarioDocument::setCityShares(const QString &targetId, const QList<Storage::StoredCityShare> &shares,
                                              const QString &description)
{
    const QList<Storage::StoredCityShare> before = m_cityShares.value(targetId);
    const auto same = [](const QList<Storage::StoredCityShare> &a, const QList<Storage::StoredCityShare> &b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i).city != b.at(i).city || a.at(i).share != b.at(i).share)
                return false;
        }
        return true;
    };
    if (same(before, shares))
        return {};
    if (Engine::Error error = writeCityShares(targetId, shares))
        return error;
    m_undoStack->push(new CityShareEditCommand(this, targetId, before, shares, description));
    return {};
}

Engine::Error ScenarioDocument::writeCityShares(const QString &targetId, const QList<Storage::StoredCityShare> &shares)
{
    const auto saved =
        Storage::ImplementationRepository(m_store).setCityShares(m_scenario.name, targetId, shares, expectedRevision());
    if (!saved.ok())
        return storeError(saved.error(), targetId);
    m_scenario = saved.value();
    m_historyRevision = m_scenario.revision;
    if (shares.isEmpty())
        m_cityShares.remove(targetId);
    else
        m_cityShares.insert(targetId, shares);
    if (m_session)
        m_session->setScenario(m_scenario);
    Q_EMIT inputsChanged();
    return {};
}

QList<Engine::YearPoint> ScenarioDocument::cityObserved(const QString &city, const QString &indicatorId) const
{
    QList<Engine::YearPoint> points;
    for (const Storage::StoredCityObservation &o : m_cityObservations) {
        if (o.city == city && o.indicatorId == indicatorId)
            points.append({o.year, o.value});
    }
    std::sort(points.begin(), points.end(), [](const Engine::YearPoint &a, const Engine::YearPoint &b) {
        return a.year < b.year;
    });
    return points;
}

Engine::Error ScenarioDocument::importCityObservations(const QList<Storage::StoredCityObservation> &rows,
                                                       const QString &description)
{
    QList<Storage::StoredCityObservation> replaced;
    QList<Storage::StoredCityObservation> added;
    QList<Storage::StoredCityObservation> after;
    for (const Storage::StoredCityObservation &row : rows) {
        const auto stored = std::find_if(m_cityObservations.cbegin(), m_cityObservations.cend(), [&](const auto &o) {
            return o.city == row.city && o.indicatorId == row.indicatorId && o.year == row.year;
        });
        if (stored == m_cityObservations.cend()) {
            added.append(row);
        } else if (*stored == row) {
            continue;
        } else {
            replaced.append(*stored);
        }
        after.append(row);
    }
    if (after.isEmpty())
        return {};
    if (Engine::Error error = writeCityObservations(after, {}))
        return error;
    m_undoStack->push(new CityObservationEditCommand(this, after, replaced, added, description));
    return {};
}

Engine::Error ScenarioDocument::writeCityObservations(const QList<Storage::StoredCityObservation> &set,
                                                      const QList<Storage::StoredCityObservation> &remove)
{
    const auto saved = Storage::ScenarioInputsRepository(m_store).setCityObservations(m_scenario.name, set, remove,
                                                                                      m_scenario.revision);
    if (!saved.ok())
        return storeError(saved.error(), QString());
    m_scenario = saved.value();
    const auto same = [](const Storage::StoredCityObservation &a, const Storage::StoredCityObservation &b) {
        return a.city == b.city && a.indicatorId == b.indicatorId && a.year == b.year;
    };
    for (const Storage::StoredCityObservation &r : remove)
        m_cityObservations.removeIf([&](const Storage::StoredCityObservation &o) { return same(o, r); });
    for (const Storage::StoredCityObservation &r : set) {
        m_cityObservations.removeIf([&](const Storage::StoredCityObservation &o) { return same(o, r); });
        m_cityObservations.append(r);
    }
    std::sort(m_cityObservations.begin(), m_cityObservations.end(), [](const auto &a, const auto &b) {
        return std::tie(a.city, a.indicatorId, a.year) < std::tie(b.city, b.indicatorId, b.year);
    });
    if (m_session)
        m_session->setScenario(m_scenario);
    Q_EMIT inputsChanged();
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
    const auto saved = Storage::ScenarioRepository(m_store).setNotes(m_scenario.name, notes, expectedRevision());
    if (!saved.ok())
        return storeError(saved.error(), QString());
    m_scenario = saved.value();
    m_historyRevision = m_scenario.revision;
    if (m_session)
        m_session->setScenario(m_scenario);
    Q_EMIT inputsChanged();
    return {};
}

Engine::Error ScenarioDocument::forkAndOpen(const QString &newName)
{
    // The fork is the person's at the keyboard, not the original author's.
    const auto forked = Storage::ScenarioRepository(m_store).fork(m_scenario.name, newName,
                                                                  m_store.author());
    if (!forked.ok())
        return storeError(forked.error(), QString());
    return open(newName);
}

Engine::Error ScenarioDocument::forkWithEdit(const QString &newName, const LeverStages &edit)
{
    if (Engine::Error error = forkAndOpen(newName))
        return error;
    return setLeverStages(edit, tr("Apply the refused edit to %1").arg(newName));
}

} // namespace Planner::Workbench
