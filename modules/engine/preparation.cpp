// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/projection.h"
#include "engine/simulation.h"

#include <algorithm>
#include <cmath>
#include <limits>

// Simulator::prepare and the parts of PreparedScenario that change it.

namespace Planner::Engine {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInfinity = std::numeric_limits<double>::infinity();

Error unknownId(const QString &field, const QString &what, const QString &id)
{
    return makeError(field, id, 0, QStringLiteral("scenario inputs: unknown %1 id \"%2\"").arg(what, id));
}

// One uniform deviate per draw serves every run of years with the same value.
void buildSegments(Detail::LeverState &state, const Lever &lever)
{
    state.segments.clear();
    if (!state.uncertain)
        return;
    const auto years = int(state.central.size());
    int begin = 0;
    while (begin < years) {
        int end = begin + 1;
        while (end < years && state.central[std::size_t(end)] == state.central[std::size_t(begin)])
            ++end;
        state.segments.push_back({begin, end,
                                  TruncatedDistribution(state.uncertainty, state.central[std::size_t(begin)],
                                                        lever.min, lever.max)});
        begin = end;
    }
}

// An indicator's data points: the catalog's observed values with the
// scenario's over them, and the baseline unless a value for its year exists.
Expected<QList<YearPoint>> mergeDataPoints(const Indicator &indicator, const std::optional<YearPoint> &baseline,
                                      const QList<YearPoint> &scenarioObserved)
{
    QMap<int, double> byYear;
    for (const YearValue &v : indicator.observed)
        byYear.insert(v.year, v.value);
    for (const YearPoint &p : scenarioObserved)
        byYear.insert(p.year, p.value);
    for (auto it = byYear.cbegin(); it != byYear.cend(); ++it) {
        if (!std::isfinite(it.value()))
            return makeError(QStringLiteral("observed"), indicator.id, it.key(),
                             QStringLiteral("indicator %1: the observed value for %2 is not a finite number")
                                 .arg(indicator.id).arg(it.key()));
    }
    if (baseline && !byYear.contains(baseline->year))
        byYear.insert(baseline->year, baseline->value);
    QList<YearPoint> points;
    for (auto it = byYear.cbegin(); it != byYear.cend(); ++it)
        points.append({it.key(), it.value()});
    return points;
}

// Marks what an indicator's path depends on: the indicators (it, every
// output of the models met, what they consume, and so on up) and the levers
// those models read. A model's other outputs bring no lever or input of
// their own (they share its publisher), so the levers are the same whether
// or not the outputs are followed.
void walkUpstream(const Detail::SimulatorDefinition &def, int indicator, std::vector<bool> &seenIndicator,
                  std::vector<bool> &seenLever)
{
    QList<int> pending;
    if (indicator >= 0 && std::size_t(indicator) < seenIndicator.size())
        pending.append(indicator);
    while (!pending.isEmpty()) {
        const int i = pending.takeLast();
        if (seenIndicator[std::size_t(i)])
            continue;
        seenIndicator[std::size_t(i)] = true;
        const int m = def.publisher[std::size_t(i)];
        if (m < 0)
            continue;
        for (int l : def.models[std::size_t(m)].levers)
            seenLever[std::size_t(l)] = true;
        // A model computes its outputs together: the start of one may
        // enter another (a share that is the remainder of the others).
        for (int output : def.models[std::size_t(m)].outputs)
            pending.append(output);
        for (int input : def.models[std::size_t(m)].inputs)
            pending.append(input);
    }
}

} // namespace

Expected<QList<YearPoint>> indicatorDataPoints(const Indicator &indicator, const ScenarioInputs &inputs)
{
    const BaselineOverride override = inputs.baselines.value(indicator.id);
    const std::optional<double> baselineValue = override.value ? override.value : indicator.baseline.value;
    const int baselineYear = override.year.value_or(indicator.baseline.year);
    std::optional<YearPoint> baseline;
    if (baselineValue) {
        if (!std::isfinite(*baselineValue))
            return makeError(QStringLiteral("baseline.value"), indicator.id, baselineYear,
                             QStringLiteral("indicator %1: the baseline value is not a finite number").arg(indicator.id));
        baseline = YearPoint{baselineYear, *baselineValue};
    }
    return mergeDataPoints(indicator, baseline, inputs.observed.value(indicator.id));
}

bool Simulator::isModelled(const QString &indicatorId) const
{
    const int i = indicatorIndex(indicatorId);
    return i >= 0 && m_definition->publisher[std::size_t(i)] >= 0;
}

Simulator::Upstream Simulator::upstreamOf(const QString &indicatorId) const
{
    const Detail::SimulatorDefinition &def = *m_definition;
    Upstream result;
    const int start = indicatorIndex(indicatorId);
    if (start < 0)
        return result;
    std::vector<bool> seenIndicator(def.indicators.size(), false);
    std::vector<bool> seenLever(def.levers.size(), false);
    walkUpstream(def, start, seenIndicator, seenLever);
    for (std::size_t i = 0; i < seenIndicator.size(); ++i) {
        if (seenIndicator[i])
            result.indicators.append(def.indicators.at(qsizetype(i)).id);
    }
    for (std::size_t l = 0; l < seenLever.size(); ++l) {
        if (seenLever[l])
            result.levers.append(def.levers.at(qsizetype(l)).id);
    }
    return result;
}

Expected<PreparedScenario> Simulator::prepare(const ScenarioInputs &inputs, const SimulationOptions &options) const
{
    const Detail::SimulatorDefinition &def = *m_definition;

    for (auto it = inputs.levers.cbegin(); it != inputs.levers.cend(); ++it) {
        if (!def.leverIndex.contains(it.key()))
            return unknownId(QStringLiteral("levers"), QStringLiteral("lever"), it.key());
    }
    for (auto it = inputs.leverUncertainty.cbegin(); it != inputs.leverUncertainty.cend(); ++it) {
        if (!def.leverIndex.contains(it.key()))
            return unknownId(QStringLiteral("leverUncertainty"), QStringLiteral("lever"), it.key());
    }
    for (auto it = inputs.projections.cbegin(); it != inputs.projections.cend(); ++it) {
        if (!def.indicatorIndex.contains(it.key()))
            return unknownId(QStringLiteral("projections"), QStringLiteral("indicator"), it.key());
    }
    for (auto it = inputs.baselines.cbegin(); it != inputs.baselines.cend(); ++it) {
        if (!def.indicatorIndex.contains(it.key()))
            return unknownId(QStringLiteral("baselines"), QStringLiteral("indicator"), it.key());
    }
    for (auto it = inputs.observed.cbegin(); it != inputs.observed.cend(); ++it) {
        if (!def.indicatorIndex.contains(it.key()))
            return unknownId(QStringLiteral("observed"), QStringLiteral("indicator"), it.key());
    }
    if (options.endYear > kLatestProjectionYear)
        return makeError(QStringLiteral("endYear"), {}, options.endYear,
                         QStringLiteral("the end year %1 is after %2, the last year the engine projects to")
                             .arg(options.endYear).arg(kLatestProjectionYear));

    // Data points and start of every indicator.
    const auto indicatorCount = std::size_t(def.indicators.size());
    std::vector<Detail::IndicatorState> states(indicatorCount);
    int earliestStart = std::numeric_limits<int>::max();
    for (std::size_t i = 0; i < indicatorCount; ++i) {
        const Indicator &indicator = def.indicators.at(qsizetype(i));
        Detail::IndicatorState &state = states[i];
        const BaselineOverride override = inputs.baselines.value(indicator.id);
        if (override.value && !std::isfinite(*override.value))
            return makeError(QStringLiteral("baseline.value"), indicator.id, override.year.value_or(0),
                             QStringLiteral("indicator %1: the baseline value is not a finite number").arg(indicator.id));
        if (const Error e = validateUncertainty(override.uncertainty, indicator.id,
                                                QStringLiteral("baseline of %1").arg(indicator.id)))
            return e;
        const std::optional<double> baselineValue = override.value ? override.value : indicator.baseline.value;
        const int baselineYear = override.year.value_or(indicator.baseline.year);
        if (baselineValue) {
            if (!std::isfinite(*baselineValue))
                return makeError(QStringLiteral("baseline.value"), indicator.id, baselineYear,
                                 QStringLiteral("indicator %1: the baseline value is not a finite number")
                                     .arg(indicator.id));
            state.baselinePoint = YearPoint{baselineYear, *baselineValue};
            // A planner's own value replaces an assumed one.
            state.baselineIsAssumption = indicator.baseline.assumption && !override.value;
        }
        Expected<QList<YearPoint>> points = mergeDataPoints(indicator, state.baselinePoint, inputs.observed.value(indicator.id));
        if (!points.ok())
            return points.error();
        state.observed = points.takeValue();
        if (!state.observed.isEmpty()) {
            state.start = state.observed.constLast();
            earliestStart = std::min(earliestStart, state.start->year);
        }
    }

    PreparedScenario prepared;
    prepared.m_definition = m_definition;
    prepared.m_lastYear = options.endYear;
    if (earliestStart == std::numeric_limits<int>::max())
        earliestStart = options.firstYear > 0 ? options.firstYear : kPlanFirstYear;
    prepared.m_firstYear = options.firstYear > 0 ? std::min(options.firstYear, earliestStart) : earliestStart;
    if (prepared.m_lastYear < prepared.m_firstYear)
        return makeError(QStringLiteral("endYear"), {}, options.endYear,
                         QStringLiteral("the end year %1 is before %2, where the data start")
                             .arg(options.endYear).arg(prepared.m_firstYear));
    const int first = prepared.m_firstYear;
    const int years = prepared.m_lastYear - first + 1;

    // Levers: the schedule's value in every year of the run.
    prepared.m_levers.resize(std::size_t(def.levers.size()));
    for (qsizetype l = 0; l < def.levers.size(); ++l) {
        const Lever &lever = def.levers.at(l);
        Detail::LeverState &state = prepared.m_levers[std::size_t(l)];
        const auto scheduled = inputs.levers.constFind(lever.id);
        const LeverSchedule schedule = scheduled != inputs.levers.cend()
                                           ? scheduled.value()
                                           : LeverSchedule::filled(first, prepared.m_lastYear, lever.defaultValue);
        if (const Error e = schedule.validateYears(lever, first, prepared.m_lastYear))
            return e;
        state.uncertainty = inputs.leverUncertainty.value(lever.id, lever.uncertainty);
        if (const Error e = validateUncertainty(state.uncertainty, lever.id, QStringLiteral("lever %1").arg(lever.id)))
            return e;
        state.uncertain = state.uncertainty.isUncertain();
        state.central.resize(std::size_t(years));
        for (int y = 0; y < years; ++y)
            state.central[std::size_t(y)] = *schedule.value(first + y);
        buildSegments(state, lever);
    }

    // Indicators: data years in place, the start's distribution, projections.
    for (std::size_t i = 0; i < indicatorCount; ++i) {
        const Indicator &indicator = def.indicators.at(qsizetype(i));
        Detail::IndicatorState &state = states[i];
        state.initial.assign(std::size_t(years), kNaN);
        for (const YearPoint &p : state.observed) {
            if (p.year >= first && p.year <= prepared.m_lastYear)
                state.initial[std::size_t(p.year - first)] = p.value;
        }
        state.lastObservedYear = state.start ? state.start->year : first - 1;
        state.startIndex = state.start && state.start->year <= prepared.m_lastYear ? state.start->year - first : -1;
        const Uncertainty uncertainty = inputs.baselines.value(indicator.id).uncertainty;
        state.baselineUncertain = state.startIndex >= 0 && uncertainty.isUncertain();
        if (state.baselineUncertain)
            state.baseline = TruncatedDistribution(uncertainty, state.start->value, -kInfinity, kInfinity);
        state.projected = def.publisher[i] < 0;
        if (state.projected && state.startIndex >= 0) {
            // The scenario's choice, else the catalog's default, else hold.
            ProjectionChoice choice;
            const auto chosen = inputs.projections.constFind(indicator.id);
            if (chosen != inputs.projections.cend()) {
                choice = chosen.value();
            } else if (!indicator.projectionMethod.isEmpty()) {
                const Expected<ProjectionChoice> fromCatalog =
                    projectionChoiceFromJson(indicator.projectionMethod, indicator.projectionParameters, indicator.id);
                if (!fromCatalog.ok())
                    return fromCatalog.error();
                choice = fromCatalog.value();
            }
            const Expected<ProjectionChoice> resolved =
                resolveProjection(choice, indicator.id, *state.start, state.observed);
            if (!resolved.ok())
                return resolved.error();
            state.projection = resolved.value();
        }
    }
    prepared.m_indicators = std::move(states);
    prepared.m_included.assign(indicatorCount, true);
    prepared.rebuildSteps();
    return prepared;
}

void PreparedScenario::rebuildSteps()
{
    const Detail::SimulatorDefinition &def = *m_definition;
    const int years = m_lastYear - m_firstYear + 1;
    m_projectionSteps.clear();
    for (std::size_t i = 0; i < m_indicators.size(); ++i) {
        const Detail::IndicatorState &s = m_indicators[i];
        if (m_included[i] && s.projected && s.startIndex >= 0 && s.startIndex < years - 1)
            m_projectionSteps.push_back(int(i));
    }
    m_modelSteps.clear();
    std::vector<bool> read(m_levers.size(), false);
    for (std::size_t m = 0; m < def.models.size(); ++m) {
        const std::vector<int> &outputs = def.models[m].outputs;
        if (std::any_of(outputs.cbegin(), outputs.cend(), [this](int i) { return m_included[std::size_t(i)]; })) {
            m_modelSteps.push_back(int(m));
            for (const int l : def.models[m].levers)
                read[std::size_t(l)] = true;
        }
    }
    m_activeLevers.clear();
    for (std::size_t l = 0; l < read.size(); ++l) {
        if (read[l])
            m_activeLevers.push_back(int(l));
    }
}

double PreparedScenario::leverValue(int lever, int year) const
{
    if (lever < 0 || std::size_t(lever) >= m_levers.size() || year < m_firstYear || year > m_lastYear)
        return kNaN;
    return m_levers[std::size_t(lever)].central[std::size_t(year - m_firstYear)];
}

Error PreparedScenario::setLeverConstant(int lever, double value)
{
    if (lever < 0 || std::size_t(lever) >= m_levers.size())
        return makeError(QStringLiteral("lever"), QString::number(lever), 0, QStringLiteral("no lever at position %1").arg(lever));
    const Lever &l = m_definition->levers.at(lever);
    if (!std::isfinite(value) || value < l.min || value > l.max)
        return makeError(QStringLiteral("value"), l.id, 0,
                         QStringLiteral("lever %1: the value %2 is outside its range [%3, %4] or not finite")
                             .arg(l.id, QString::number(value, 'g', 10), QString::number(l.min, 'g', 10),
                                  QString::number(l.max, 'g', 10)));
    Detail::LeverState &state = m_levers[std::size_t(lever)];
    std::fill(state.central.begin(), state.central.end(), value);
    buildSegments(state, l);
    return {};
}

Error PreparedScenario::limitTo(const QStringList &indicatorIds)
{
    const Detail::SimulatorDefinition &def = *m_definition;
    std::vector<bool> included(m_indicators.size(), indicatorIds.isEmpty());
    QList<int> pending;
    for (const QString &id : indicatorIds) {
        const int i = def.indicatorIndex.value(id, -1);
        if (i < 0)
            return makeError(QStringLiteral("indicator"), id, 0, QStringLiteral("unknown indicator id \"%1\"").arg(id));
        pending.append(i);
    }
    while (!pending.isEmpty()) {
        const int i = pending.takeLast();
        if (included[std::size_t(i)])
            continue;
        included[std::size_t(i)] = true;
        const int m = def.publisher[std::size_t(i)];
        if (m < 0)
            continue;
        for (int output : def.models[std::size_t(m)].outputs)
            pending.append(output);  // the model computes them all anyway
        for (int input : def.models[std::size_t(m)].inputs)
            pending.append(input);
    }
    m_included = std::move(included);
    rebuildSteps();
    return {};
}

QList<int> PreparedScenario::leversUpstreamOf(int indicator) const
{
    std::vector<bool> seenIndicator(m_indicators.size(), false);
    std::vector<bool> seenLever(m_levers.size(), false);
    walkUpstream(*m_definition, indicator, seenIndicator, seenLever);
    QList<int> levers;
    for (std::size_t l = 0; l < seenLever.size(); ++l) {
        if (seenLever[l])
            levers.append(int(l));
    }
    return levers;
}

} // namespace Planner::Engine
