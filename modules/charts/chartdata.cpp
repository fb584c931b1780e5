// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartdata.h"

#include "analysis/language.h"
#include "analysis/projection.h"
#include "analysis/wording.h"
#include "engine/catalog.h"
#include "engine/sensitivity.h"
#include "engine/stages.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Planner::Charts {

namespace {

using Analysis::pick;

ScenarioTrace traceOf(const Analysis::Projection &projection, const Engine::IndicatorResult &result)
{
    const Engine::RunResult &run = projection.result;
    ScenarioTrace trace;
    trace.scenario = projection.scenario;
    trace.monteCarlo = run.monteCarlo;
    trace.draws = run.drawCount;
    trace.seed = run.seed;
    const int from = result.start ? result.start->year : result.central.firstYear;
    const bool band = run.monteCarlo && !result.p10.isEmpty() && !result.p90.isEmpty();
    for (int year = std::max(from, result.central.firstYear); year <= result.central.lastYear(); ++year) {
        const double median = result.p50At(year);
        if (!std::isfinite(median))
            continue;
        trace.median.append(QPointF(year, median));
        if (band) {
            const qsizetype i = year - result.central.firstYear;
            const double low = result.p10.at(i);
            const double high = result.p90.at(i);
            if (std::isfinite(low) && std::isfinite(high)) {
                trace.low.append(QPointF(year, low));
                trace.high.append(QPointF(year, high));
            }
        }
    }
    return trace;
}

} // namespace

std::pair<double, double> ChartData::valueRange() const
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    const auto take = [&](const QList<QPointF> &points) {
        for (const QPointF &p : points) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    };
    take(observed);
    take(targetPath);
    for (const ScenarioTrace &trace : scenarios) {
        take(trace.median);
        take(trace.low);
        take(trace.high);
    }
    for (const MilestoneMarker &m : milestones) {
        lo = std::min(lo, m.value);
        hi = std::max(hi, m.value);
    }
    for (const Threshold &t : thresholds) {
        lo = std::min(lo, t.level);
        hi = std::max(hi, t.level);
    }
    if (!std::isfinite(lo))
        return {0.0, 1.0};
    return {lo, hi};
}

double niceNumber(double x, bool ceiling)
{
    const double z = std::pow(10.0, std::floor(std::log10(x)));
    double q = x / z;
    if (ceiling)
        q = q <= 1.0 ? 1.0 : q <= 2.0 ? 2.0 : q <= 5.0 ? 5.0 : 10.0;
    else
        q = q < 1.5 ? 1.0 : q < 3.0 ? 2.0 : q < 7.0 ? 5.0 : 10.0;
    return q * z;
}

ChartData::ValueTicks ChartData::valueTicks() const
{
    ValueTicks t;
    auto [lo, hi] = valueRange();
    double span = hi - lo;
    if (span <= 0.0)
        span = std::max(std::abs(hi) * 0.1, 1.0);
    double top = hi + span * 0.15;
    double bottom = lo - span * 0.08;
    if (lo >= 0.0 && bottom < 0.0)
        bottom = 0.0;
    if (decimals <= 0) {
        bottom = std::floor(bottom);
        top = std::max(std::ceil(top), bottom + 1.0);
        double step = 1.0;
        while ((top - bottom) / step > 6.0)
            step *= (QString::number(step).startsWith(u'2') ? 2.5 : 2.0);
        t.min = std::floor(bottom / step) * step;
        t.max = std::ceil(top / step) * step;
        for (double v = t.min; v <= t.max + step * 1e-9; v += step)
            t.ticks.append(v);
        t.decimals = 0;
        return t;
    }
    // QValueAxis::applyNiceNumbers with the axis's five ticks.
    const double range = niceNumber(top - bottom, true);
    const double step = niceNumber(range / 4.0, false);
    const double first = std::floor(bottom / step);
    const double last = std::ceil(top / step);
    const int count = int(last - first) + 1;
    t.min = first * step;
    t.max = last * step;
    if (lo >= 0.0 && t.min < 0.0)
        t.min = 0.0;
    const double tick = (t.max - t.min) / std::max(1, count - 1);
    for (int i = 0; i < count; ++i)
        t.ticks.append(t.min + tick * i);
    const int needed = tick > 0.0 ? int(std::ceil(-std::log10(tick) - 1e-9)) : 0;
    t.decimals = std::clamp(std::max(decimals, needed), 0, 4);
    return t;
}

ChartData ChartDataBuilder::indicatorChart(const Engine::Catalog &catalog, const Analysis::Projection &projection,
                                           const QString &indicatorId)
{
    ChartData data;
    data.indicatorId = indicatorId;
    const Engine::Indicator *indicator = catalog.indicator(indicatorId);
    if (indicator) {
        data.name = pick(indicator->nameZh, indicator->nameEn);
        data.unit = pick(indicator->unitZh, indicator->unitEn);
        data.decimals = indicator->decimals;
    }
    const Engine::RunResult &run = projection.result;
    data.lastYear = std::max(run.lastYear, int(Engine::kPlanLastYear));
    data.firstYear = Engine::kPlanFirstYear - 1;

    const Engine::IndicatorResult *result = run.find(indicatorId);
    if (result) {
        for (const Engine::YearPoint &p : result->observed) {
            if (p.year >= Engine::kPlanFirstYear - kHistoryYears && std::isfinite(p.value))
                data.observed.append(QPointF(p.year, p.value));
        }
        if (!data.observed.isEmpty())
            data.firstYear = std::min(data.firstYear, int(data.observed.first().x()));
        ScenarioTrace trace = traceOf(projection, *result);
        if (!trace.median.isEmpty())
            data.scenarios.append(trace);
    }

    // What the targets mean on the chart. A floor or ceiling the start
    // value already keeps (protected land at least 16.03 % from 16.69 %) is
    // a threshold: a level line. A target that needs a change (forest
    // coverage up to 46 %, PM2.5 down to 27, a stock to zero) is a path from
    // the latest data point to its level in its year, stage by stage. A
    // peak-before target is a line at its year.
    if (indicator) {
        // The point the run starts from (year 0: none).
        Engine::YearPoint start{0, std::numeric_limits<double>::quiet_NaN()};
        if (result && result->start)
            start = *result->start;
        const bool haveStart = start.year > 0 && std::isfinite(start.value);
        QList<MilestoneMarker> levels;
        QList<MilestoneMarker> pathLevels;
        for (const Engine::Target &target : indicator->targets) {
            if (target.kind == Engine::TargetKind::PeakBefore) {
                data.peaks.append({target.id, target.year});
                continue;
            }
            const std::optional<double> level = Engine::targetLevel(target);
            if (!level) {
                if (target.kind == Engine::TargetKind::Milestone)
                    data.qualitative.append(target.id);
                continue;
            }
            levels.append({target.id, target.year, *level});
            const bool floor = target.kind == Engine::TargetKind::AtLeast;
            const bool ceiling = target.kind == Engine::TargetKind::AtMost;
            const bool kept = haveStart && ((floor && start.value >= *level) || (ceiling && start.value <= *level));
            if (kept)
                data.thresholds.append({target.id, floor, *level, std::min(start.year, int(Engine::kPlanFirstYear)), target.year});
            else
                pathLevels.append({target.id, target.year, *level});
        }
        const auto byYear = [](const MilestoneMarker &a, const MilestoneMarker &b) { return a.year < b.year; };
        std::sort(levels.begin(), levels.end(), byYear);
        std::sort(pathLevels.begin(), pathLevels.end(), byYear);
        data.milestones = levels;
        if (haveStart) {
            QList<QPointF> path{QPointF(start.year, start.value)};
            for (const MilestoneMarker &m : std::as_const(pathLevels)) {
                if (m.year > start.year)
                    path.append(QPointF(m.year, m.value));
            }
            if (path.size() > 1)
                data.targetPath = path;
        }
    }

    for (const Engine::Stage &stage : Engine::planStages()) {
        data.stages.append({stage.first, stage.last,
                            QStringLiteral("%1 %2–%3").arg(pick(stage.ordinalZh, stage.ordinalEn))
                                .arg(stage.first).arg(stage.last)});
    }
    data.caption = captionFor(data);
    return data;
}

void ChartDataBuilder::addScenario(ChartData &data, const Analysis::Projection &projection)
{
    if (const Engine::IndicatorResult *result = projection.result.find(data.indicatorId)) {
        ScenarioTrace trace = traceOf(projection, *result);
        trace.low.clear();
        trace.high.clear();
        if (!trace.median.isEmpty())
            data.scenarios.append(trace);
        data.lastYear = std::max(data.lastYear, projection.result.lastYear);
    }
    data.caption = captionFor(data);
}

TornadoData ChartDataBuilder::tornadoChart(const Engine::Catalog &catalog, const Engine::Tornado &tornado,
                                           const QString &scenario, int maxBars)
{
    TornadoData data;
    data.indicatorId = tornado.indicatorId;
    data.year = tornado.year;
    data.scenarioValue = tornado.scenarioValue;
    const Engine::Indicator *ind = catalog.indicator(tornado.indicatorId);
    if (ind) {
        data.name = Analysis::Wording::catalogText(ind->nameZh, ind->nameEn);
        data.unit = Analysis::Wording::unit(*ind);
        data.decimals = ind->decimals;
    }
    for (const Engine::TornadoBar &b : tornado.bars) {
        if (!(b.swing > 0.0) || (maxBars > 0 && data.bars.size() >= maxBars))
            continue;
        TornadoBar bar;
        bar.leverId = b.leverId;
        bar.atMin = b.valueAtMin;
        bar.atMax = b.valueAtMax;
        bar.swing = b.swing;
        if (const Engine::Lever *lever = catalog.lever(b.leverId)) {
            bar.lever = Analysis::Wording::catalogText(lever->nameZh, lever->nameEn);
            const int decimals = Engine::leverDecimals(*lever);
            bar.range = Analysis::Wording::quantity(
                Analysis::Wording::number(b.leverMin, decimals) + QStringLiteral(" – ")
                    + Analysis::Wording::number(b.leverMax, decimals),
                Analysis::Wording::catalogText(lever->unitZh, lever->unitEn));
        }
        data.bars.append(bar);
    }
    const QString value = ind ? Analysis::Wording::valueWithUnit(tornado.scenarioValue, *ind)
                              : Analysis::Wording::number(tornado.scenarioValue, data.decimals);
    data.caption = tr("Scenario %1 · %2 in %3: %4 with every lever as set; each bar moves one lever to its "
                      "minimum and maximum in every year (central runs)")
                       .arg(scenario, data.name).arg(tornado.year).arg(value);
    return data;
}

QString ChartDataBuilder::captionFor(const ChartData &data)
{
    if (data.scenarios.isEmpty())
        return tr("No projection");
    QStringList names;
    for (const ScenarioTrace &trace : data.scenarios)
        names.append(trace.scenario);
    const ScenarioTrace &main = data.scenarios.first();
    const QString scenarios = data.scenarios.size() == 1 ? tr("Scenario %1").arg(names.first())
                                                         : tr("Scenarios %1").arg(names.join(QStringLiteral(" / ")));
    if (!main.monteCarlo)
        return tr("%1 · deterministic run (draws pending)").arg(scenarios);
    return tr("%1 · %2 draws · seed %3").arg(scenarios, QLocale().toString(main.draws)).arg(main.seed);
}

} // namespace Planner::Charts
