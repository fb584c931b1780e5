// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/provenance.h"
#include "analysis/targetoutcomes.h"
#include "engine/error.h"
#include "engine/sensitivity.h"
#include "engine/simulation.h"
#include "reports/reportlayout.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Planner::Analysis { class ScenarioSession; }
namespace Planner::Engine {
class Catalog;
class ModuleRegistry;
struct Chapter;
} // namespace Planner::Engine

namespace Planner::Reports {

// What every target's status in a report rests on (analysis/provenance.h),
// for the scenario under review: the catalog's fixed numbers are traced
// through the models once, then each target. `options` carries the
// scenario's documented lever settings (empty: none).
QList<Analysis::TargetProvenance> reportProvenance(const Analysis::ScenarioSession &session,
                                                   const Engine::ModuleRegistry &modules,
                                                   const QHash<QString, Analysis::TargetOutcome> &outcomes,
                                                   const Analysis::ProvenanceOptions &options = {});

// How many of a report's statuses rest on one or more assumptions: those of
// one chapter's targets, or (chapterId empty or "all") of every target. The
// cover and the summary state it.
int statusesRestingOnAssumptions(const QList<Analysis::TargetProvenance> &provenance,
                                 const Engine::Catalog &catalog, const QString &chapterId = {});

// The section "Assumptions that matter" of a chapter: for each target whose
// status is a verdict on the projection (on track, at risk, off track, so
// not achieved) and rests on assumptions, its assumed inputs, the policy
// settings ranked by the swing the engine's tornado gives them in the
// target's year (engine/sensitivity.h), then the other assumed numbers
// (baselines, fixed numbers: no swing is computed for them); and beside
// each target at risk or off track its tornado, drawn by the one chart path.
// Tornadoes are computed once per indicator and year and kept for the
// whole report.
class AssumptionSection
{
    Q_DECLARE_TR_FUNCTIONS(Planner::Reports::AssumptionSection)

public:
    AssumptionSection(const Analysis::ScenarioSession &session, const QHash<QString, Analysis::TargetOutcome> &outcomes,
                      const QList<Analysis::TargetProvenance> &provenance);

    // The blocks of the section, the chapter report's eighth ("8. Assumptions
    // that matter" / "八、影响结论的关键假设").
    QList<Block> blocks(const Engine::Chapter &chapter);

    // The tornado of an indicator in a year (kept), or null when it cannot
    // be computed.
    const Engine::Tornado *tornado(const QString &indicatorId, int year);

private:
    const Analysis::ScenarioSession &m_session;
    const QHash<QString, Analysis::TargetOutcome> &m_outcomes;
    QHash<QString, const Analysis::TargetProvenance *> m_provenance;
    std::optional<Engine::PreparedScenario> m_prepared;
    bool m_preparedTried = false;
    QHash<QString, std::optional<Engine::Tornado>> m_tornadoes;  // "indicator@year"
};

} // namespace Planner::Reports
