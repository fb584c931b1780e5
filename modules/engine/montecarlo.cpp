// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/projection.h"
#include "engine/random.h"
#include "engine/simulation.h"
#include "engine/statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

// PreparedScenario's runs: the central one and the Monte Carlo draws. The
// hot loop works on positions and preallocated buffers only.

namespace Planner::Engine {

namespace {

// Everything one run writes, allocated once per run.
class Workspace
{
public:
    // Trajectories for the included indicators only (a limited run touches
    // nothing else).
    Workspace(const std::vector<Detail::IndicatorState> &indicators, const std::vector<bool> &included,
              const std::vector<Detail::LeverState> &levers, int firstYear, int years)
        : m_years(years)
    {
        m_trajectories.resize(indicators.size());
        m_pointers.assign(indicators.size(), nullptr);
        for (std::size_t i = 0; i < indicators.size(); ++i) {
            if (!included[i])
                continue;
            Trajectory &t = m_trajectories[i];
            t.firstYear = firstYear;
            t.lastObservedYear = indicators[i].lastObservedYear;
            t.values = QList<double>(indicators[i].initial.cbegin(), indicators[i].initial.cend());
            m_pointers[i] = &t;
        }
        m_leverBuffer.resize(levers.size() * std::size_t(years));
        m_leverRows.reserve(levers.size());
        for (const Detail::LeverState &l : levers)
            m_leverRows.push_back(l.central.data());
    }

    int years() const { return m_years; }
    Trajectory &trajectory(std::size_t i) { return m_trajectories[i]; }
    Trajectory *const *trajectories() const { return m_pointers.data(); }
    const double *const *leverRows() const { return m_leverRows.data(); }

    // Points lever l at its own row of the buffer and returns it.
    double *sampledRow(std::size_t l)
    {
        double *row = m_leverBuffer.data() + l * std::size_t(m_years);
        m_leverRows[l] = row;
        return row;
    }

private:
    int m_years;
    std::vector<Trajectory> m_trajectories;
    std::vector<Trajectory *> m_pointers;
    std::vector<double> m_leverBuffer;
    std::vector<const double *> m_leverRows;
};

// How many threads share a run's draws: the caller's count, or one per
// core; one where the run is too small to gain from a second (below about
// 20,000 indicator-years of draws a thread's start costs more than it saves).
int monteCarloThreads(const MonteCarloOptions &options, qsizetype cells)
{
    const int wanted = options.threads > 0 ? options.threads : int(std::max(1u, std::thread::hardware_concurrency()));
    if (options.threads <= 0 && cells < 20000)
        return 1;
    return std::clamp(wanted, 1, std::max(1, options.draws));
}

} // namespace

// The steps of one run after the levers are set: data back in place, the
// start moved by its deviate (when given), projections, models in order.
class RunSteps
{
public:
    static void reset(const PreparedScenario &s, Workspace &w)
    {
        for (std::size_t i = 0; i < s.m_indicators.size(); ++i) {
            if (!s.m_included[i])
                continue;
            const std::vector<double> &initial = s.m_indicators[i].initial;
            std::copy(initial.cbegin(), initial.cend(), w.trajectory(i).values.data());
        }
    }

    // The same for the included indicators listed (in order): a draw of a
    // run limited to a few indicators no longer visits every indicator of
    // the plan (a goal-seek's time grew with the plan's size).
    static void reset(const PreparedScenario &s, Workspace &w, const std::vector<std::size_t> &included)
    {
        for (const std::size_t i : included) {
            const std::vector<double> &initial = s.m_indicators[i].initial;
            std::copy(initial.cbegin(), initial.cend(), w.trajectory(i).values.data());
        }
    }

    static void compute(const PreparedScenario &s, Workspace &w)
    {
        const int years = w.years();
        for (const int i : s.m_projectionSteps) {
            const Detail::IndicatorState &state = s.m_indicators[std::size_t(i)];
            double *values = w.trajectory(std::size_t(i)).values.data();
            const YearPoint start{s.m_firstYear + state.startIndex, values[state.startIndex]};
            projectInto(state.projection, start,
                        std::span<double>(values + state.startIndex + 1, std::size_t(years - state.startIndex - 1)));
        }
        const Detail::SimulatorDefinition &def = *s.m_definition;
        for (const int m : s.m_modelSteps) {
            const Detail::ModelBinding &b = def.models[std::size_t(m)];
            ModelContext context(s.m_firstYear, s.m_lastYear, w.leverRows(), w.trajectories(),
                                 std::span<const int>(b.levers.data(), b.levers.size()),
                                 std::span<const int>(b.inputs.data(), b.inputs.size()),
                                 std::span<const int>(b.outputs.data(), b.outputs.size()));
            b.model->run(context);
        }
    }

    // The result's frame: every included indicator with its data.
    static RunResult frame(const PreparedScenario &s, int drawCount)
    {
        RunResult result;
        result.firstYear = s.m_firstYear;
        result.lastYear = s.m_lastYear;
        result.drawCount = drawCount;
        const Detail::SimulatorDefinition &def = *s.m_definition;
        for (std::size_t i = 0; i < s.m_indicators.size(); ++i) {
            if (!s.m_included[i])
                continue;
            const Detail::IndicatorState &state = s.m_indicators[i];
            const Indicator &indicator = def.indicators.at(qsizetype(i));
            IndicatorResult r;
            r.id = indicator.id;
            r.direction = indicator.direction;
            r.baseline = state.baselinePoint;
            r.baselineIsAssumption = state.baselineIsAssumption;
            r.observed = state.observed;
            r.start = state.start;
            r.modelled = !state.projected;
            r.drawCount = drawCount;
            result.index.insert(r.id, int(result.indicators.size()));
            result.indicators.append(std::move(r));
        }
        return result;
    }

    static void fillCentral(const PreparedScenario &s, Workspace &w, RunResult &result)
    {
        for (std::size_t i = 0, k = 0; i < s.m_indicators.size(); ++i) {
            if (!s.m_included[i])
                continue;
            IndicatorResult &r = result.indicators[qsizetype(k++)];
            const Trajectory &t = w.trajectory(i);
            r.central.firstYear = t.firstYear;
            r.central.lastObservedYear = t.lastObservedYear;
            r.central.values = QList<double>(t.values.cbegin(), t.values.cend());
        }
    }
};

RunResult PreparedScenario::runDeterministic() const
{
    const int years = m_lastYear - m_firstYear + 1;
    Workspace w(m_indicators, m_included, m_levers, m_firstYear, years);
    RunSteps::reset(*this, w);
    RunSteps::compute(*this, w);
    RunResult result = RunSteps::frame(*this, 1);
    RunSteps::fillCentral(*this, w, result);
    for (IndicatorResult &r : result.indicators) {
        // One draw, the central one; the band collapses onto it (shared data).
        r.draws = r.central.values;
        r.p10 = r.central.values;
        r.p50 = r.central.values;
        r.p90 = r.central.values;
    }
    return result;
}

Expected<RunResult> PreparedScenario::runMonteCarlo(const MonteCarloOptions &options) const
{
    if (options.draws <= 0)
        return makeError(QStringLiteral("draws"), {}, 0,
                         QStringLiteral("the number of draws must be positive, not %1").arg(options.draws));
    const int years = m_lastYear - m_firstYear + 1;
    const int n = options.draws;
    const Detail::SimulatorDefinition &def = *m_definition;
    Workspace w(m_indicators, m_included, m_levers, m_firstYear, years);

    // The central run first.
    RunSteps::reset(*this, w);
    RunSteps::compute(*this, w);
    RunResult result = RunSteps::frame(*this, n);
    result.seed = options.seed;
    result.monteCarlo = true;
    RunSteps::fillCentral(*this, w, result);

    // A stream per uncertain input (see the class comment in simulation.h).
    // Every deviate is drawn here, in order, before any draw is computed: a
    // stream's d-th deviate is then draw d's whichever thread computes it.
    std::vector<std::size_t> uncertainLevers;
    for (const int active : m_activeLevers) {
        if (m_levers[std::size_t(active)].uncertain)
            uncertainLevers.push_back(std::size_t(active));
    }
    std::vector<std::size_t> uncertainBaselines;
    for (std::size_t i = 0; i < m_indicators.size(); ++i) {
        if (m_included[i] && m_indicators[i].baselineUncertain)
            uncertainBaselines.push_back(i);
    }
    const auto deviates = [&](const QString &name) {
        RandomStream stream(streamSeed(options.seed, name));
        std::vector<double> u(static_cast<std::size_t>(n));
        for (double &value : u)
            value = stream.uniformOpen();
        return u;
    };
    std::vector<std::vector<double>> leverDeviates;
    leverDeviates.reserve(uncertainLevers.size());
    for (const std::size_t l : uncertainLevers)
        leverDeviates.push_back(deviates(QString(QStringLiteral("lever:") + def.levers.at(qsizetype(l)).id)));
    std::vector<std::vector<double>> baselineDeviates;
    baselineDeviates.reserve(uncertainBaselines.size());
    for (const std::size_t i : uncertainBaselines)
        baselineDeviates.push_back(deviates(QString(QStringLiteral("baseline:") + def.indicators.at(qsizetype(i)).id)));

    // Where each included indicator's draws go.
    std::vector<std::size_t> included;
    std::vector<double *> drawRows;
    for (std::size_t i = 0, k = 0; i < m_indicators.size(); ++i) {
        if (!m_included[i])
            continue;
        IndicatorResult &r = result.indicators[qsizetype(k++)];
        r.draws.resize(qsizetype(years) * n);
        included.push_back(i);
        drawRows.push_back(r.draws.data());
    }

    // Draws [begin, end) in a workspace of their own: each draw reads only
    // its deviates and writes only its own column, so any split of the draws
    // gives the same numbers, bit for bit.
    //
    // A draw's values go first to a small block, draw by draw side by side
    // (each indicator's years in a row), and every kDrawBlock draws the
    // block is copied to the result, where a year's draws lie side by side:
    // each copy then fills whole cache lines. Written one value at a time,
    // each draw touched one cache line per indicator and year of a result
    // that, for a plan ten times as large, no longer fits in the cache, and
    // read every line back from memory before writing it.
    constexpr int kDrawBlock = 8;
    const auto drawRange = [&](Workspace &ws, int begin, int end) {
        std::vector<double> block(included.size() * std::size_t(years) * kDrawBlock);
        const auto flush = [&](int first, int count) {
            for (std::size_t k = 0; k < included.size(); ++k) {
                const double *from = block.data() + k * std::size_t(years) * kDrawBlock;
                for (int y = 0; y < years; ++y) {
                    double *out = drawRows[k] + std::size_t(y) * std::size_t(n) + std::size_t(first);
                    for (int j = 0; j < count; ++j)
                        out[j] = from[std::size_t(j) * std::size_t(years) + std::size_t(y)];
                }
            }
        };
        int blockStart = begin;
        for (int d = begin; d < end; ++d) {
            for (std::size_t k = 0; k < uncertainLevers.size(); ++k) {
                const Detail::LeverState &lever = m_levers[uncertainLevers[k]];
                const double u = leverDeviates[k][std::size_t(d)];
                double *row = ws.sampledRow(uncertainLevers[k]);
                for (const Detail::LeverSegment &segment : lever.segments)
                    std::fill(row + segment.begin, row + segment.end, segment.distribution.quantile(u));
            }
            RunSteps::reset(*this, ws, included);
            for (std::size_t k = 0; k < uncertainBaselines.size(); ++k) {
                const Detail::IndicatorState &state = m_indicators[uncertainBaselines[k]];
                const double u = baselineDeviates[k][std::size_t(d)];
                ws.trajectory(uncertainBaselines[k]).values.data()[state.startIndex] = state.baseline.quantile(u);
            }
            RunSteps::compute(*this, ws);
            const std::size_t j = std::size_t(d - blockStart);
            for (std::size_t k = 0; k < included.size(); ++k) {
                const double *values = ws.trajectory(included[k]).values.constData();
                std::copy_n(values, years, block.data() + (k * kDrawBlock + j) * std::size_t(years));
            }
            if (d + 1 - blockStart == kDrawBlock || d + 1 == end) {
                flush(blockStart, d + 1 - blockStart);
                blockStart = d + 1;
            }
        }
    };
    // The percentiles of indicators [begin, end), with a scratch row reused.
    const auto bandRange = [&](qsizetype begin, qsizetype end) {
        std::vector<double> scratch(static_cast<std::size_t>(n));
        for (qsizetype i = begin; i < end; ++i) {
            IndicatorResult &r = result.indicators[i];
            r.p10.resize(years);
            r.p50.resize(years);
            r.p90.resize(years);
            for (int y = 0; y < years; ++y) {
                const double *cell = r.draws.constData() + std::size_t(y) * std::size_t(n);
                if (std::any_of(cell, cell + n, [](double v) { return std::isnan(v); })) {
                    r.p10[y] = r.p50[y] = r.p90[y] = std::numeric_limits<double>::quiet_NaN();
                    continue;
                }
                std::copy(cell, cell + n, scratch.begin());
                const Percentiles p = bandPercentiles(std::span<double>(scratch.data(), scratch.size()));
                r.p10[y] = p.p10;
                r.p50[y] = p.p50;
                r.p90[y] = p.p90;
            }
        }
    };

    // One contiguous share of the draws (and of the indicators' bands) per
    // thread; this thread takes the first, in the workspace of the central
    // run. Small runs stay on one thread: starting one costs more than it saves.
    const int threads = monteCarloThreads(options, qsizetype(n) * qsizetype(included.size()) * years);
    if (threads <= 1) {
        drawRange(w, 0, n);
        if (options.bands)
            bandRange(0, result.indicators.size());
        return result;
    }
    const auto share = [threads](qsizetype total, int part) { return qsizetype(total * part / threads); };
    {
        std::vector<std::jthread> helpers;
        helpers.reserve(std::size_t(threads - 1));
        for (int t = 1; t < threads; ++t) {
            helpers.emplace_back([&, t] {
                Workspace own(m_indicators, m_included, m_levers, m_firstYear, years);
                drawRange(own, int(share(n, t)), int(share(n, t + 1)));
            });
        }
        drawRange(w, 0, int(share(n, 1)));
    }  // the helpers are joined here: every draw is in place
    if (options.bands) {
        const qsizetype count = result.indicators.size();
        std::vector<std::jthread> helpers;
        helpers.reserve(std::size_t(threads - 1));
        for (int t = 1; t < threads; ++t)
            helpers.emplace_back([&, t] { bandRange(share(count, t), share(count, t + 1)); });
        bandRange(0, share(count, 1));
    }
    return result;
}

} // namespace Planner::Engine
