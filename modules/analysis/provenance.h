// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/targetoutcomes.h"
#include "engine/error.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Planner::Engine {
class Catalog;
class ModuleRegistry;
class Simulator;
struct ScenarioInputs;
} // namespace Planner::Engine

namespace Planner::Analysis {

// One input a target's status depends on, and whether it is published
// evidence or an assumption. The rule (README, "Decisions written down",
// "Provenance of a status"):
//   - a status judged on observed data alone (achieved) rests on the
//     observations, never on an assumption;
//   - otherwise, for the target's indicator and every indicator upstream of
//     it (Simulator::upstreamOf), the value it starts from: the latest
//     observation (published in the catalog or imported into the scenario)
//     when there is one in the baseline's year or later, else the baseline
//     (an assumption when the catalog marks it so or the scenario
//     overrides it). An imported observation thus replaces the baseline it
//     covers at once;
//   - the levers read by the models upstream (an assumption when the
//     catalog marks the lever's default so, or when the scenario sets it
//     away from its default, unless the caller names the lever as having
//     a documented basis in this scenario);
//   - the catalog's fixed numbers (coefficients) whose change moves the
//     indicator's path (coefficientUse), assumptions where the catalog
//     says so.
// Levers and coefficients act only after the indicator's latest data
// point: a target year at or before it depends on the data alone.
struct ProvenanceInput
{
    enum class Kind { Baseline, Observation, Lever, Coefficient };
    enum class Basis {
        Published,          // a publication (the catalog's source)
        Imported,           // an observed value the planner imported into the scenario
        Documented,         // a lever setting whose document the scenario cites
        CatalogAssumption,  // the catalog marks it an assumption (its note says why), or
                            // the scenario overrides the baseline (the store marks it so)
        PlannerSetting,     // the scenario sets a lever away from its default
    };
    Kind kind = Kind::Baseline;
    Basis basis = Basis::Published;
    QString id;         // indicator id (baseline, observation), lever id, coefficient id
    QString chapterId;  // the chapter it belongs to (an indicator's, a lever's module, a coefficient's)
    int year = 0;       // baseline and observation: the year of the value

    bool assumed() const
    {
        return basis == Basis::CatalogAssumption || basis == Basis::PlannerSetting;
    }
    // Stable key of the number itself (the same baseline for every target
    // it feeds): "baseline:forest_coverage", "observed:forest_coverage:2024",
    // "lever:afforestation_per_year", "coefficient:black_soil/grain_sown_area".
    QString key() const;
};

struct TargetProvenance
{
    QString targetId;
    QString indicatorId;
    QString status;
    // The status is a verdict on a projection (on track, at risk, off
    // track): only these can rest on assumptions.
    bool projected = false;
    QList<ProvenanceInput> inputs;  // baselines and observations, then levers, then coefficients

    QList<ProvenanceInput> assumedInputs() const;
    bool restsOnAssumptions() const { return projected && !assumedInputs().isEmpty(); }
};

// What a scenario's caller knows beyond the catalog and the inputs.
struct ProvenanceOptions
{
    // Levers whose setting in this scenario cites a document (a template's
    // basis): their setting counts as sourced, not as the planner's.
    QSet<QString> documentedLevers;
};

// Coefficient key ("chapter/id") -> the indicators whose central path moves
// when that coefficient alone is changed (by half its value, or to 1 when
// it is 0), found by running the models: the coefficients are read inside
// the chapters' models, which declare no list of them.
using CoefficientUse = QHash<QString, QStringList>;
Engine::Expected<CoefficientUse> coefficientUse(const Engine::Catalog &catalog, const Engine::ModuleRegistry &modules,
                                                const Engine::ScenarioInputs &inputs);

// Every target of `outcomes` with its inputs, in the order of `outcomes`.
QList<TargetProvenance> provenance(const Engine::Catalog &catalog, const Engine::Simulator &simulator,
                                   const Engine::ScenarioInputs &inputs, const CoefficientUse &coefficients,
                                   const QList<TargetOutcome> &outcomes, const ProvenanceOptions &options = {});

// How many of these statuses rest on one or more assumptions (the report's
// cover states it).
int countRestingOnAssumptions(const QList<TargetProvenance> &provenance);

// One number of the Sources and assumptions view: an input with every
// target it feeds.
struct SourcedNumber
{
    ProvenanceInput input;
    QStringList targets;   // target ids, catalog order
    QStringList restingOn; // those of them whose projected status counts it as an assumption
};
// Every distinct input of `provenance` (by key), then every other baseline,
// lever and fixed number of the catalog (feeding no status: no targets),
// assumed ones first, then by chapter order and kind. A lever no status
// depends on is listed with the catalog's standing of its default.
QList<SourcedNumber> sourcedNumbers(const QList<TargetProvenance> &provenance, const Engine::Catalog &catalog);

} // namespace Planner::Analysis
