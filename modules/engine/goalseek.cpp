// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/goalseek.h"

#include "engine/assessment.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

namespace Planner::Engine {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Trial
{
    double setting = 0.0;
    bool meets = false;
    double projected = kNaN;
    double probability = kNaN;
};

using Evaluate = std::function<Expected<Trial>(double)>;

QString number(double v)
{
    return QString::number(v, 'g', 8);
}

// Nearest meeting setting to `reference`, given the grid's trials.
Expected<GoalSeekAnswer> seek(const Evaluate &evaluate, const std::vector<double> &grid, double reference,
                              double tolerance, const Lever &lever)
{
    GoalSeekAnswer answer;
    answer.value = kNaN;
    answer.projected = kNaN;
    answer.probability = kNaN;
    const Expected<Trial> atReference = evaluate(reference);
    if (!atReference.ok())
        return atReference.error();
    if (atReference.value().meets) {
        answer.reachable = true;
        answer.value = reference;
        answer.projected = atReference.value().projected;
        answer.probability = atReference.value().probability;
        return answer;
    }
    // Every grid setting and the reference, in order.
    std::vector<Trial> trials{atReference.value()};
    for (const double g : grid) {
        const Expected<Trial> t = evaluate(g);
        if (!t.ok())
            return t.error();
        trials.push_back(t.value());
    }
    std::stable_sort(trials.begin(), trials.end(), [](const Trial &a, const Trial &b) { return a.setting < b.setting; });
    std::ptrdiff_t best = -1;
    for (std::size_t k = 0; k < trials.size(); ++k) {
        if (!trials[k].meets)
            continue;
        if (best < 0 || std::abs(trials[k].setting - reference) < std::abs(trials[std::size_t(best)].setting - reference))
            best = std::ptrdiff_t(k);
    }
    if (best < 0) {
        answer.reason = QStringLiteral("out_of_range");  // a code: words in Analysis::Wording
        return answer;
    }
    // Its neighbour toward the reference does not meet the goal (else it
    // would be nearer): bisect between the two.
    Trial meeting = trials[std::size_t(best)];
    const bool above = meeting.setting > reference;
    double failing = trials[std::size_t(above ? best - 1 : best + 1)].setting;
    while (std::abs(meeting.setting - failing) > tolerance) {
        const double middle = 0.5 * (meeting.setting + failing);
        if (middle == meeting.setting || middle == failing)
            break;  // no double between them
        const Expected<Trial> t = evaluate(middle);
        if (!t.ok())
            return t.error();
        if (t.value().meets)
            meeting = t.value();
        else
            failing = middle;
    }
    // Round to the lever's decimals: the nearest such value if it meets the
    // goal, else away from the failing side, a step further while it does
    // not (so the value shown and stored is a value that meets it).
    const double scale = std::pow(10.0, leverDecimals(lever));
    const bool up = meeting.setting > failing;
    const double away = (up ? std::ceil(meeting.setting * scale) : std::floor(meeting.setting * scale)) / scale;
    const std::vector<double> candidates{std::round(meeting.setting * scale) / scale, away,
                                         away + (up ? 1.0 : -1.0) / scale, away + (up ? 2.0 : -2.0) / scale};
    for (const double rounded : candidates) {
        const double candidate = std::clamp(rounded, lever.min, lever.max);
        const Expected<Trial> t = evaluate(candidate);
        if (!t.ok())
            return t.error();
        if (t.value().meets) {
            meeting = t.value();
            break;
        }
    }
    answer.reachable = true;
    answer.value = meeting.setting;
    answer.projected = meeting.projected;
    answer.probability = meeting.probability;
    return answer;
}

} // namespace

Expected<GoalSeekResult> goalSeek(const Simulator &simulator, const ScenarioInputs &inputs, const QString &targetId,
                                  const QString &leverId, const GoalSeekOptions &options,
                                  const SimulationOptions &simulation)
{
    for (const Indicator &indicator : simulator.indicators()) {
        for (const Target &target : indicator.targets) {
            if (target.id != targetId)
                continue;
            Expected<PreparedScenario> prepared = simulator.prepare(inputs, simulation);
            if (!prepared.ok())
                return prepared.error();
            return goalSeek(prepared.takeValue(), target, indicator, leverId, options);
        }
    }
    return makeCodedError(QStringLiteral("target"), targetId, 0, QStringLiteral("unknown_target"), {targetId},
                          QStringLiteral("unknown target id \"%1\"").arg(targetId));
}

Expected<GoalSeekResult> goalSeek(PreparedScenario prepared, const Target &target, const Indicator &indicator,
                                  const QString &leverId, const GoalSeekOptions &options)
{
    const int lever = prepared.leverIndex(leverId);
    if (lever < 0)
        return makeCodedError(QStringLiteral("lever"), leverId, 0, QStringLiteral("unknown_lever"), {leverId},
                              QStringLiteral("unknown lever id \"%1\"").arg(leverId));
    if (options.draws <= 0)
        return makeCodedError(QStringLiteral("draws"), {}, 0, QStringLiteral("draws_not_positive"),
                              {QString::number(options.draws)},
                              QStringLiteral("the number of draws must be positive, not %1").arg(options.draws));
    if (options.gridPoints < 3)
        return makeCodedError(QStringLiteral("gridPoints"), {}, 0, QStringLiteral("goalseek.grid_points"),
                              {QString::number(options.gridPoints)},
                              QStringLiteral("goal-seek needs at least 3 grid points, not %1").arg(options.gridPoints));
    if (target.kind == TargetKind::Milestone)
        return makeCodedError(QStringLiteral("target"), target.id, 0, QStringLiteral("goalseek.milestone"), {target.id},
                              QStringLiteral("target %1 is a milestone: goal-seek needs a quantified target")
                                  .arg(target.id));
    const int indicatorIndex = prepared.indicatorIndex(indicator.id);
    if (indicatorIndex < 0)
        return makeCodedError(QStringLiteral("indicator"), indicator.id, 0, QStringLiteral("unknown_indicator"),
                              {indicator.id}, QStringLiteral("unknown indicator id \"%1\"").arg(indicator.id));
    if (!prepared.leversUpstreamOf(indicatorIndex).contains(lever))
        return makeCodedError(QStringLiteral("lever"), leverId, 0, QStringLiteral("goalseek.not_upstream"),
                              {leverId, indicator.id},
                              QStringLiteral("lever %1 does not act on indicator %2 (no model upstream of it reads the "
                                             "lever)").arg(leverId, indicator.id));
    if (const Error e = prepared.limitTo({indicator.id}))
        return e;

    const Lever &l = prepared.levers().at(lever);
    GoalSeekResult result;
    result.targetId = target.id;
    result.leverId = leverId;
    result.unitZh = l.unitZh;
    result.unitEn = l.unitEn;

    // The first assessment tells where the indicator starts.
    const RunResult base = prepared.runDeterministic();
    const IndicatorResult *baseResult = base.find(indicator.id);
    const int from = baseResult && baseResult->start ? baseResult->start->year + 1 : prepared.firstYear();
    const int to = std::clamp(target.year, prepared.firstYear(), prepared.lastYear());
    double sum = 0.0;
    int count = 0;
    for (int year = std::min(from, to); year <= to; ++year) {
        sum += prepared.leverValue(lever, year);
        ++count;
    }
    result.scenarioSetting = std::clamp(sum / double(std::max(count, 1)), l.min, l.max);

    const double tolerance = options.tolerance > 0.0 ? options.tolerance : (l.max - l.min) * 1e-6;
    std::vector<double> grid;
    for (int k = 0; k < options.gridPoints; ++k)
        grid.push_back(k + 1 == options.gridPoints ? l.max
                                                   : l.min + (l.max - l.min) * double(k) / double(options.gridPoints - 1));

    const auto assess = [&](const RunResult &run) -> Expected<TargetAssessment> {
        const IndicatorResult *r = run.find(indicator.id);
        if (!r)
            return makeCodedError(QStringLiteral("indicator"), indicator.id, 0, QStringLiteral("goalseek.missing"),
                                  {indicator.id}, QStringLiteral("indicator %1 is missing from the run").arg(indicator.id));
        return assessTarget(target, indicator, *r, {}, options.assessment);
    };
    // Every run of the model is a step; a stop asked for is honoured before
    // the next one.
    int steps = 0;
    const auto stop = [&]() -> Error {
        if (options.stopRequested && options.stopRequested())
            return makeCodedError(QStringLiteral("stopped"), target.id, 0, QStringLiteral("goalseek.stopped"),
                                  {QString::number(steps)},
                                  QStringLiteral("goal-seek stopped on request after %1 runs of the model").arg(steps));
        ++steps;
        return {};
    };
    // One working copy: each trial sets the lever in every year anew.
    PreparedScenario trial = prepared;
    const Evaluate central = [&](double setting) -> Expected<Trial> {
        if (const Error e = stop())
            return e;
        if (const Error e = trial.setLeverConstant(lever, setting))
            return e;
        const Expected<TargetAssessment> a = assess(trial.runDeterministic());
        if (!a.ok())
            return a.error();
        return Trial{setting, a.value().probability >= 1.0, a.value().projected, a.value().probability};
    };
    MonteCarloOptions monteCarlo;
    monteCarlo.draws = options.draws;
    monteCarlo.seed = options.seed;
    monteCarlo.bands = false;
    const Evaluate likely = [&](double setting) -> Expected<Trial> {
        if (const Error e = stop())
            return e;
        if (const Error e = trial.setLeverConstant(lever, setting))
            return e;
        const Expected<RunResult> run = trial.runMonteCarlo(monteCarlo);
        if (!run.ok())
            return run.error();
        const Expected<TargetAssessment> a = assess(run.value());
        if (!a.ok())
            return a.error();
        // Without bands the assessment's "projected" is the central run's value.
        return Trial{setting, a.value().probability >= options.assessment.onTrackProbability, a.value().projected,
                     a.value().probability};
    };

    // Monotonicity of the indicator's value in the target's year, on the grid.
    std::vector<Trial> scan;
    for (const double g : grid) {
        const Expected<Trial> t = central(g);
        if (!t.ok())
            return t.error();
        if (!std::isfinite(t.value().projected))
            return makeCodedError(QStringLiteral("indicator"), indicator.id, target.year,
                                  QStringLiteral("goalseek.no_value"),
                                  {indicator.id, QString::number(target.year), leverId, number(g)},
                                  QStringLiteral("indicator %1 has no value in %2 with lever %3 at %4")
                                      .arg(indicator.id).arg(target.year).arg(leverId, number(g)));
        scan.push_back(t.value());
    }
    // The first change of direction, with the grid's first setting, shows
    // three settings that contradict monotonicity.
    int direction = 0;
    for (std::size_t k = 1; k < scan.size(); ++k) {
        const double a = scan[k - 1].projected;
        const double b = scan[k].projected;
        const double slack = 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
        const int step = b > a + slack ? 1 : b < a - slack ? -1 : 0;
        if (step == 0)
            continue;
        if (direction == 0) {
            direction = step;
            continue;
        }
        if (step != direction)
            return makeCodedError(QStringLiteral("lever"), leverId, target.year,
                                  QStringLiteral("goalseek.not_monotonic"),
                                  {indicator.id, QString::number(target.year), leverId, number(scan[0].projected),
                                   number(scan[0].setting), number(scan[k - 1].projected),
                                   number(scan[k - 1].setting), number(scan[k].projected), number(scan[k].setting)},
                             QStringLiteral("not monotonic: indicator %1 in %2 does not move one way with lever %3 "
                                            "(%4 at %5, %6 at %7, %8 at %9)")
                                 .arg(indicator.id).arg(target.year)
                                 .arg(leverId, number(scan[0].projected), number(scan[0].setting),
                                      number(scan[k - 1].projected), number(scan[k - 1].setting),
                                      number(scan[k].projected), number(scan[k].setting)));
    }

    Expected<GoalSeekAnswer> p50 = seek(central, grid, result.scenarioSetting, tolerance, l);
    if (!p50.ok())
        return p50.error();
    result.p50 = p50.takeValue();
    if (result.p50.reachable) {
        // The chance the P50 answer really gives, not the central run's 1.
        const Expected<Trial> t = likely(result.p50.value);
        if (!t.ok())
            return t.error();
        result.p50.probability = t.value().probability;
    }
    Expected<GoalSeekAnswer> p90 = seek(likely, grid, result.scenarioSetting, tolerance, l);
    if (!p90.ok())
        return p90.error();
    result.p90 = p90.takeValue();
    return result;
}

} // namespace Planner::Engine
