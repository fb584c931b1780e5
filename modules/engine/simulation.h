// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/catalog.h"
#include "engine/error.h"
#include "engine/lever.h"
#include "engine/model.h"
#include "engine/runresult.h"
#include "engine/scenarioinputs.h"
#include "engine/simulationdata.h"
#include "engine/stages.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Planner::Engine {

class RunSteps;

struct SimulationOptions
{
    // The last year simulated: 2035 by default, at most 2040.
    int endYear = kPlanLastYear;
    // The first year of every trajectory. 0: the earliest start year of any
    // indicator (the latest data point of each). An earlier year brings in
    // more history; a later one is moved back to that earliest start.
    int firstYear = 0;
};

inline constexpr quint64 kDefaultSeed = 20240528;  // the day the plan was published

struct MonteCarloOptions
{
    int draws = 1000;             // must be positive
    quint64 seed = kDefaultSeed;  // same seed, same output, bit for bit
    bool bands = true;            // compute P10/P50/P90 (goal-seek does without)
    // Threads sharing the draws: 0 for one per core (one for a small run).
    // The output is the same, bit for bit, for every count.
    int threads = 0;
};

// A scenario resolved against a Simulator: lever values per year, start
// values, distributions and projections ready, ids turned into positions.
// Run it as many times as needed; goal-seek and sensitivity change one
// lever between runs. Cheap to copy (shares the Simulator's definition).
//
// Monte Carlo: each uncertain lever draws one uniform deviate u per draw
// and takes, in every year, the u-quantile of that year's distribution
// (centred on the scheduled value, truncated to the lever's range). The
// deviation is thus fully correlated in time: a draw that is high in 2025
// is equally high (as a quantile) in every year. Each uncertain baseline
// draws one deviate too, moving the value the indicator starts from. Every
// uncertain input has a random stream of its own (random.h: streamSeed of
// the run's seed and "lever:<id>" or "baseline:<id>"), so draw d of an
// input is the same whatever else is uncertain, and the first 100 draws of
// a 1,000-draw run are those of a 100-draw run with the same seed.
class PreparedScenario
{
public:
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    const QList<Lever> &levers() const { return m_definition->levers; }
    int leverIndex(const QString &id) const { return m_definition->leverIndex.value(id, -1); }
    int indicatorIndex(const QString &id) const { return m_definition->indicatorIndex.value(id, -1); }

    // The scheduled (central) value of a lever in a year of the run.
    double leverValue(int lever, int year) const;
    // Sets a lever to one value in every year. Errors for an unknown lever
    // or a value outside the lever's range or not finite.
    Error setLeverConstant(int lever, double value);

    // Restricts later runs to these indicators and everything they depend
    // on (models upstream and their inputs); the result holds just those.
    // Unknown ids are an error. An empty list runs everything again.
    Error limitTo(const QStringList &indicatorIds);
    // Positions of the levers that can move an indicator (read by a model
    // upstream of it), in lever order.
    QList<int> leversUpstreamOf(int indicator) const;

    // The deterministic central run: no draw.
    RunResult runDeterministic() const;
    // Monte Carlo; an error for draws <= 0.
    Expected<RunResult> runMonteCarlo(const MonteCarloOptions &options) const;

private:
    friend class Simulator;
    friend class RunSteps;
    PreparedScenario() = default;
    void rebuildSteps();

    std::shared_ptr<const Detail::SimulatorDefinition> m_definition;
    int m_firstYear = 0;
    int m_lastYear = 0;
    std::vector<Detail::LeverState> m_levers;
    std::vector<Detail::IndicatorState> m_indicators;
    std::vector<bool> m_included;          // per indicator: computed by runs
    std::vector<int> m_projectionSteps;    // indicator positions
    std::vector<int> m_modelSteps;         // positions in the definition's models
    std::vector<int> m_activeLevers;       // levers the models of m_modelSteps read
};

// The engine's entry point: a catalog, the levers and the chapter models,
// checked once (ids resolved, models ordered by what they consume); then
// any number of scenarios run against it. Cheap to copy.
class Simulator
{
public:
    // Errors: a lever fails validateLever or has a duplicate id; a model
    // publishes an id that is not a catalog indicator, consumes an unknown
    // indicator, reads an unknown lever; an indicator published twice; a
    // dependency cycle (named, with the indicators that close it).
    static Expected<Simulator> create(const Catalog &catalog, const QList<Lever> &levers,
                                      const QList<std::shared_ptr<const Model>> &models);

    const QList<Indicator> &indicators() const { return m_definition->indicators; }
    const QList<Lever> &levers() const { return m_definition->levers; }
    int indicatorIndex(const QString &id) const { return m_definition->indicatorIndex.value(id, -1); }
    int leverIndex(const QString &id) const { return m_definition->leverIndex.value(id, -1); }
    // A chapter model computes the indicator (a projection choice for it is
    // never used). False for an unknown id.
    bool isModelled(const QString &indicatorId) const;
    // Model ids in the order they run.
    QStringList modelOrder() const;

    // What an indicator's path depends on, following the models that
    // publish it and what they consume (dependencygraph's edges, read
    // backwards): the indicator itself, every other output of the models
    // met (a model computes its outputs together) and every indicator
    // upstream of them (each projected or modelled from its own start
    // value), and the levers those models read, each list in catalog /
    // lever order. Empty for an unknown id.
    struct Upstream
    {
        QStringList indicators;
        QStringList levers;
    };
    Upstream upstreamOf(const QString &indicatorId) const;

    // Resolves a scenario. Errors (each naming the field and the id): an
    // unknown lever or indicator id in the inputs; a lever value outside its
    // range, not finite, or a year of the run without a value; a bad spread;
    // a non-finite baseline or observed value; bad projection parameters;
    // an end year after 2040 or before the data start.
    Expected<PreparedScenario> prepare(const ScenarioInputs &inputs, const SimulationOptions &options = {}) const;

    // prepare + run.
    Expected<RunResult> runDeterministic(const ScenarioInputs &inputs, const SimulationOptions &options = {}) const;
    Expected<RunResult> runMonteCarlo(const ScenarioInputs &inputs, const MonteCarloOptions &monteCarlo = {},
                                      const SimulationOptions &options = {}) const;

private:
    std::shared_ptr<const Detail::SimulatorDefinition> m_definition;
};

} // namespace Planner::Engine
