// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/projection.h"
#include "analysis/provenance.h"
#include "analysis/scenariosession.h"
#include "analysis/targetoutcomes.h"
#include "engine/catalog.h"
#include "engine/error.h"
#include "storage/implementationrepository.h"
#include "storage/scenario.h"
#include "storage/scenarioinputs.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>

#include <optional>

class QThreadPool;
class QUndoStack;

namespace Planner::Engine { class ModuleRegistry; }
namespace Planner::Storage { class Store; class ChangeListener; }

namespace Planner::Workbench {

// A lever's values for some plan stages (1-3), as one edit.
struct LeverStages
{
    QString leverId;
    QMap<int, double> stages;  // stage -> value for every year of it
};

// Every stored year of one lever, exactly as the store holds it: a year not
// in `years` is unset (the lever's default applies). What an undo restores.
struct LeverYears
{
    QString leverId;
    QMap<int, double> years;
    bool operator==(const LeverYears &other) const = default;
};

// A task's stored progress, or none (the plan's default applies).
struct TaskState
{
    QString taskId;
    std::optional<Storage::StoredTaskProgress> progress;
    QString city{};  // whose record: the province's (empty) or a city's
};

// The scenario a window works on: its store connection, the scenario's row,
// the catalog as that scenario sees it, and its projection with every
// target judged. Pages and models read from here and are told when it
// changes.
//
// Every edit is written to the store at once, in one transaction, with the
// revision the document read (autosave: nothing to lose on a crash), and
// goes on the undo stack. Then the projection is run again in two steps:
// the deterministic run at once on the calling thread (well under a
// millisecond for the whole plan), then the Monte Carlo draws on a worker
// thread. While draws are pending the P50 line and gaps are the
// deterministic ones and the band, probabilities and statuses those of the
// last finished run; a newer edit makes a pending run stale: its result is
// dropped and only the latest inputs are drawn next (at most one run in
// flight).
class ScenarioDocument final : public QObject
{
    Q_OBJECT

public:
    ScenarioDocument(Storage::Store &store, const Engine::ModuleRegistry &modules, QObject *parent = nullptr);
    ~ScenarioDocument() override;

    Storage::Store &store() const { return m_store; }
    const Engine::ModuleRegistry &modules() const { return m_modules; }
    const Storage::Scenario &scenario() const { return m_scenario; }
    const Engine::Catalog &catalog() const { return m_catalog; }
    const Analysis::ScenarioSession *session() const { return m_session ? &*m_session : nullptr; }
    // The latest projection; null when the scenario could not be run (see projectionError()).
    const Analysis::Projection *projection() const { return m_projection ? &*m_projection : nullptr; }
    QString projectionError() const { return m_projectionError; }
    // The outcome of a target in the latest projection, or null.
    const Analysis::TargetOutcome *outcome(const QString &targetId) const;
    // What each target's status in the latest projection rests on
    // (analysis/provenance.h), in catalog order; a target's, or null.
    const QList<Analysis::TargetProvenance> &provenance() const { return m_provenance; }
    const Analysis::TargetProvenance *provenance(const QString &targetId) const;
    // Levers whose setting in this scenario cites a document (a template's
    // basis): they count as sourced. Empty by default; kept across opens
    // until set again. Recomputes the marks and emits projectionChanged.
    void setDocumentedLevers(const QSet<QString> &leverIds);
    // True from an edit until its Monte Carlo draws are in.
    bool drawsPending() const { return m_drawsPending; }

    // Monte Carlo draws of the projection shown (default 1,000).
    void setDraws(int draws) { m_request.draws = draws; }
    int draws() const { return m_request.draws; }
    // Runs the draws on the calling thread (tests, benchmarks, reports).
    void setSynchronousDraws(bool synchronous) { m_synchronous = synchronous; }
    // Blocks until the pending draws are in (tests, benchmarks); releases
    // held draws first.
    void waitForDraws();
    // Holds the draws of the projections to come until releaseDraws(): the
    // deterministic line is there at once, and the draws do not compete for
    // the cores with the window's start (the window releases them once it
    // has painted).
    void holdDraws() { m_drawsHeld = true; }
    void releaseDraws();

    // The document's one worker thread. The Monte Carlo draws, goal-seek
    // and the comparison's projections run there, one at a time in the
    // order given, never on the GUI thread (QtConcurrent::run(worker(), …)).
    QThreadPool *worker() const { return m_worker; }

    // Edits: writes, projects, and puts the edit on this stack.
    QUndoStack *undoStack() const { return m_undoStack; }

    // Switches to the named scenario and reloads; on error nothing changes.
    // The undo history belongs to a scenario: it is cleared.
    Engine::Error open(const QString &scenarioName);
    // Reads the current scenario again (after a change elsewhere).
    Engine::Error reload();

    // The value a lever has in the first year of a plan stage (1-3).
    double leverValue(const QString &leverId, int stage) const;
    // The value in effect in each year of a stage (stored, or the default).
    QMap<int, double> leverStageYears(const QString &leverId, int stage) const;
    // True when the years of a stage do not all have the same value.
    bool isStageMixed(const QString &leverId, int stage) const;
    // The lever's stored years, exactly (unset years absent).
    LeverYears storedLever(const QString &leverId) const;
    // Why the lever has its value in this scenario, in the current language:
    // the document a shipped scenario's setting follows (kept by a fork until
    // the planner edits the lever), "set by the planner", or the catalog
    // default's source and note (Analysis::Wording::leverBasis).
    QString leverBasis(const QString &leverId) const;

    // Task progress as stored in this scenario (tasks never edited absent):
    // the province's records, and one city's (the city's Chinese name).
    const QMap<QString, Storage::StoredTaskProgress> &taskProgress() const { return m_tasks; }
    QMap<QString, Storage::StoredTaskProgress> cityTaskProgress(const QString &city) const
    {
        return m_cityTasks.value(city);
    }
    // Sets a task's status, progress and evidence (progress.city's record:
    // the province's when empty) as an undoable edit.
    // Refused (with the message) for a value the store refuses or a
    // revision conflict. Emits inputsChanged; the projection is not rerun
    // (tasks do not enter it).
    Engine::Error setTaskProgress(const Storage::StoredTaskProgress &progress, const QString &description);

    // The scenario's decompositions of targets to the cities, by target id.
    const QMap<QString, QList<Storage::StoredCityShare>> &cityShares() const { return m_cityShares; }
    // Replaces a target's decomposition (empty: none) as an undoable edit.
    // The shares are checked by the caller (implementation module: known
    // cities, 100 % ± 0.01); the store refuses what is not finite. Emits
    // inputsChanged; the projection is not rerun (shares do not enter it).
    Engine::Error setCityShares(const QString &targetId, const QList<Storage::StoredCityShare> &shares,
                                const QString &description);

    // The cities' observed values (imported with a city column), by city,
    // indicator and year.
    const QList<Storage::StoredCityObservation> &cityObservations() const { return m_cityObservations; }
    // One city's observed values of an indicator, oldest first.
    QList<Engine::YearPoint> cityObserved(const QString &city, const QString &indicatorId) const;
    // Writes cities' observed values (new ones added, stored ones replaced)
    // as one undoable edit; undo restores the replaced values and removes
    // the added ones. Emits inputsChanged; the projection is not rerun (the
    // province's projection does not read the cities' values).
    Engine::Error importCityObservations(const QList<Storage::StoredCityObservation> &rows,
                                         const QString &description);

    // Sets a lever for every year of a stage, as an undoable edit. Refused
    // (with the message) when the value is outside the lever's range or
    // somebody else saved first (Error::field "revision_conflict").
    Engine::Error setLeverStage(const QString &leverId, int stage, double value);
    // Several stages of a lever as one edit (goal-seek sets all three).
    Engine::Error setLeverStages(const LeverStages &edit, const QString &description);
    // Scenario notes as an undoable edit.
    Engine::Error setNotes(const QString &notes);

    // The writes themselves, without the undo stack (the undo commands call
    // these).
    Engine::Error writeLeverYears(const LeverYears &values);
    Engine::Error writeTaskState(const TaskState &state);
    Engine::Error writeCityShares(const QString &targetId, const QList<Storage::StoredCityShare> &shares);
    Engine::Error writeCityObservations(const QList<Storage::StoredCityObservation> &set,
                                        const QList<Storage::StoredCityObservation> &remove);
    Engine::Error writeNotes(const QString &notes);

    // After a revision conflict, or an edit of a shipped template (refused
    // with Error::field "template"): forks the scenario as it is stored now
    // under `newName` (author: the operating system's user), applies the
    // refused edit there and opens the fork.
    Engine::Error forkWithEdit(const QString &newName, const LeverStages &edit);
    // Forks the scenario as stored under `newName` (the author: the person
    // at the keyboard) and opens the fork.
    Engine::Error forkAndOpen(const QString &newName);

    // On a team server: true when the document hears other sessions'
    // changes (Storage::ChangeListener). A change committed elsewhere to the
    // open scenario reloads it within a second; the undo stack is kept, so
    // undoing an edit made here over theirs meets the revision-conflict
    // handling (editRefused). False on a file.
    bool hearsOtherSessions() const;

    // While one lives, the writes are an undo or redo of the history
    // (editcommands): they name the revision the history last saw, so a
    // change loaded from another session in between makes them a conflict.
    class HistoryStep final
    {
    public:
        explicit HistoryStep(ScenarioDocument *document);
        ~HistoryStep();
        Q_DISABLE_COPY_MOVE(HistoryStep)

    private:
        ScenarioDocument *m_document;
    };

Q_SIGNALS:
    // Somebody else's change to the open scenario was loaded: who, and
    // what they changed (the tables, as the audit names them, and the ids
    // of the levers whose settings changed).
    void changedElsewhere(const QString &user, const QStringList &tables, qint64 revision, const QStringList &levers);
    // Another scenario was opened, or this one re-read: everything may
    // have changed (catalog overrides, inputs, revision).
    void scenarioChanged();
    // An edit made here was saved: lever values, task progress, notes and
    // the revision changed; the catalog did not.
    void inputsChanged();
    // A new projection is in: first the deterministic run (at once, after
    // every edit), then the Monte Carlo draws when they finish.
    void projectionChanged();
    // The Monte Carlo draws of the latest inputs are in.
    void drawsFinished();
    // An undo or redo the store refused (conflict: somebody else saved first).
    void editRefused(const QString &message, bool conflict);

private:
    struct DrawResult;
    void takeChangeElsewhere(qint64 scenarioId, qint64 revision, const QString &user);
    qint64 expectedRevision() const;
    void project();
    void startDraws();
    void launchDraws(Engine::PreparedScenario run);
    void takeDraws();
    void assess(bool keepPendingFromLast);
    void traceProvenance();
    Engine::Error loadStored();
    Engine::Expected<LeverYears> withStages(const LeverStages &edit) const;

    Storage::Store &m_store;
    const Engine::ModuleRegistry &m_modules;
    Storage::Scenario m_scenario;
    Engine::Catalog m_catalog;
    std::optional<Analysis::ScenarioSession> m_session;
    std::optional<Analysis::Projection> m_projection;
    QHash<QString, Analysis::TargetOutcome> m_outcomes;
    QHash<QString, Analysis::TargetOutcome> m_lastDrawnOutcomes;
    QList<Analysis::TargetProvenance> m_provenance;
    QHash<QString, qsizetype> m_provenanceAt;
    Analysis::CoefficientUse m_coefficientUse;
    Analysis::ProvenanceOptions m_provenanceOptions;
    QString m_projectionError;
    QHash<QString, QMap<int, double>> m_storedLevers;       // lever id -> stored years
    QMap<QString, Storage::StoredLeverBasis> m_leverBases;  // lever id -> the document it follows
    QMap<QString, Storage::StoredTaskProgress> m_tasks;     // task id -> stored progress
    QMap<QString, QMap<QString, Storage::StoredTaskProgress>> m_cityTasks;  // city -> task id -> its record
    QMap<QString, QList<Storage::StoredCityShare>> m_cityShares;  // target id -> shares
    QList<Storage::StoredCityObservation> m_cityObservations;     // by city, indicator, year
    Analysis::ProjectionRequest m_request;
    QUndoStack *m_undoStack;
    QThreadPool *m_worker;

    bool m_synchronous = false;
    bool m_drawsPending = false;
    bool m_drawsHeld = false;
    quint64 m_generation = 0;      // rises with every change of inputs
    quint64 m_drawnGeneration = 0; // the generation of the run in flight
    QFutureWatcher<Engine::Expected<Engine::RunResult>> *m_watcher;
    Storage::ChangeListener *m_listener;
    qint64 m_historyRevision = 0;   // the revision the undo history last saw
    bool m_replayingHistory = false;
};

} // namespace Planner::Workbench
