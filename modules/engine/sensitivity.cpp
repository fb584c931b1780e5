// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/sensitivity.h"

#include <algorithm>
#include <cmath>

namespace Planner::Engine {

Expected<Tornado> tornado(const Simulator &simulator, const ScenarioInputs &inputs, const QString &indicatorId,
                          int year, const SimulationOptions &options)
{
    Expected<PreparedScenario> prepared = simulator.prepare(inputs, options);
    if (!prepared.ok())
        return prepared.error();
    return tornado(prepared.takeValue(), indicatorId, year);
}

Expected<Tornado> tornado(PreparedScenario prepared, const QString &indicatorId, int year,
                          const TornadoProgress &progress)
{
    const int indicator = prepared.indicatorIndex(indicatorId);
    if (indicator < 0)
        return makeCodedError(QStringLiteral("indicator"), indicatorId, 0, QStringLiteral("unknown_indicator"),
                              {indicatorId}, QStringLiteral("unknown indicator id \"%1\"").arg(indicatorId));
    if (year < prepared.firstYear() || year > prepared.lastYear())
        return makeCodedError(QStringLiteral("year"), indicatorId, year, QStringLiteral("year_outside_run"),
                              {QString::number(year), QString::number(prepared.firstYear()),
                               QString::number(prepared.lastYear())},
                              QStringLiteral("the year %1 is outside the run's years %2-%3")
                                  .arg(year).arg(prepared.firstYear()).arg(prepared.lastYear()));
    if (const Error e = prepared.limitTo({indicatorId}))
        return e;

    const auto valueOf = [&](const PreparedScenario &scenario) {
        const RunResult run = scenario.runDeterministic();
        return run.find(indicatorId)->central.at(year);
    };
    Tornado result;
    result.indicatorId = indicatorId;
    result.year = year;
    result.scenarioValue = valueOf(prepared);
    const QList<int> levers = prepared.leversUpstreamOf(indicator);
    int done = 0;
    if (progress && !progress(0, int(levers.size())))
        return makeError(QStringLiteral("cancelled"), indicatorId, year, QStringLiteral("the tornado was cancelled"));
    for (const int lever : levers) {
        const Lever &l = prepared.levers().at(lever);
        TornadoBar bar;
        bar.leverId = l.id;
        bar.leverMin = l.min;
        bar.leverMax = l.max;
        PreparedScenario trial = prepared;
        if (const Error e = trial.setLeverConstant(lever, l.min))
            return e;
        bar.valueAtMin = valueOf(trial);
        if (const Error e = trial.setLeverConstant(lever, l.max))
            return e;
        bar.valueAtMax = valueOf(trial);
        bar.swing = std::abs(bar.valueAtMax - bar.valueAtMin);
        result.bars.append(bar);
        if (progress && !progress(++done, int(levers.size())))
            return makeError(QStringLiteral("cancelled"), indicatorId, year, QStringLiteral("the tornado was cancelled"));
    }
    std::stable_sort(result.bars.begin(), result.bars.end(),
                     [](const TornadoBar &a, const TornadoBar &b) { return a.swing > b.swing; });
    return result;
}

} // namespace Planner::Engine
