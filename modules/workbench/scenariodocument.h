// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/projection.h"
#include "analysis/scenariosession.h"
#include "analysis/targetoutcomes.h"
#include "engine/catalog.h"
#include "engine/error.h"
#include "storage/scenario.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace Planner::Engine { class ModuleRegistry; }
namespace Planner::Storage { class Store; }

namespace Planner::Workbench {

// The scenario a window works on: its store connection, the scenario's row,
// the catalog as that scenario sees it, and its projection with every
// target judged. Pages and models read from here and are told when it
// changes. Every edit is written to the store at once (with the revision
// the document read), then the projection is run again.
class ScenarioDocument final : public QObject
{
    Q_OBJECT

public:
    ScenarioDocument(Storage::Store &store, const Engine::ModuleRegistry &modules, QObject *parent = nullptr);

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

    // Monte Carlo draws of the projection shown (default 1,000).
    void setDraws(int draws) { m_request.draws = draws; }

    // Switches to the named scenario and reloads; on error nothing changes.
    Engine::Error open(const QString &scenarioName);
    // Reads the current scenario again (after a change elsewhere).
    Engine::Error reload();

    // The value a lever has in the first year of a plan stage (1-3).
    double leverValue(const QString &leverId, int stage) const;
    // Sets a lever for every year of a stage; refused (with the message) when
    // the value is outside the lever's range or somebody else saved first.
    Engine::Error setLeverStage(const QString &leverId, int stage, double value);

Q_SIGNALS:
    void scenarioChanged();

private:
    void runProjection();

    Storage::Store &m_store;
    const Engine::ModuleRegistry &m_modules;
    Storage::Scenario m_scenario;
    Engine::Catalog m_catalog;
    std::optional<Analysis::ScenarioSession> m_session;
    std::optional<Analysis::Projection> m_projection;
    QHash<QString, Analysis::TargetOutcome> m_outcomes;
    QString m_projectionError;
    Analysis::ProjectionRequest m_request;
};

} // namespace Planner::Workbench
