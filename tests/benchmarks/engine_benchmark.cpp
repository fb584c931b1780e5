// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// How fast the engine is on a synthetic plan the size of the real one (about
// 60 indicators, 25 levers, linear models), and how its time grows with
// draws and with indicators (the plan replicated 10 times, and for 9 cities
// and 60 counties: x70), on one thread and on every core. Prints a table of
// medians; asserts nothing. See
// README.md beside this file.

#include "engine/assessment.h"
#include "engine/goalseek.h"
#include "engine/simulation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace Planner::Engine;

namespace {

// stock(t) = stock(t-1) + gain x lever(t)
class Stock final : public Model
{
public:
    Stock(QString output, QString lever, double gain) : m_output(std::move(output)), m_lever(std::move(lever)), m_gain(gain) {}
    QString id() const override { return QStringLiteral("stock:") + m_output; }
    QStringList publishes() const override { return {m_output}; }
    QStringList consumes() const override { return {}; }
    QStringList levers() const override { return {m_lever}; }
    void run(ModelContext &context) const override
    {
        Trajectory &out = context.output(0);
        double *v = out.values.data();
        for (int year = std::max(out.lastObservedYear + 1, context.firstYear() + 1); year <= context.lastYear(); ++year)
            v[year - out.firstYear] = v[year - 1 - out.firstYear] + m_gain * context.lever(0, year);
    }

private:
    QString m_output;
    QString m_lever;
    double m_gain;
};

// out(t) = factor x in(t)
class Share final : public Model
{
public:
    Share(QString input, QString output, double factor)
        : m_input(std::move(input)), m_output(std::move(output)), m_factor(factor) {}
    QString id() const override { return QStringLiteral("share:") + m_output; }
    QStringList publishes() const override { return {m_output}; }
    QStringList consumes() const override { return {m_input}; }
    QStringList levers() const override { return {}; }
    void run(ModelContext &context) const override
    {
        const Trajectory &in = context.input(0);
        Trajectory &out = context.output(0);
        double *v = out.values.data();
        for (int year = out.lastObservedYear + 1; year <= context.lastYear(); ++year)
            v[year - out.firstYear] = m_factor * in.at(year);
    }

private:
    QString m_input;
    QString m_output;
    double m_factor;
};

struct Plan
{
    Catalog catalog;
    QList<Lever> levers;
    QList<std::shared_ptr<const Model>> models;
    ScenarioInputs inputs;
};

// Per region: 25 levers, 25 stocks driven by them, 10 shares of stocks and
// 25 indicators projected without a model (hold, growth, linear in turn):
// 60 indicators, each with a 2030 or 2035 target.
Plan makePlan(int regions)
{
    Plan plan;
    QList<Indicator> indicators;
    for (int r = 0; r < regions; ++r) {
        const QString prefix = regions == 1 ? QString() : QStringLiteral("r%1_").arg(r, 2, 10, QLatin1Char('0'));
        for (int k = 0; k < 60; ++k) {
            Indicator ind;
            ind.id = prefix + QStringLiteral("indicator_%1").arg(k, 2, 10, QLatin1Char('0'));
            ind.chapterId = QStringLiteral("plan");
            ind.unitEn = QStringLiteral("%");
            ind.direction = Direction::Increase;
            ind.baseline.year = 2023;
            ind.baseline.value = 100.0 + k;
            ind.observed = {{2020, 95.0 + k, {}}, {2021, 97.0 + k, {}}, {2022, 99.0 + k, {}}};
            Target t;
            t.id = prefix + QStringLiteral("T-%1").arg(k, 2, 10, QLatin1Char('0'));
            t.indicatorId = ind.id;
            t.kind = TargetKind::AtLeast;
            t.year = k % 2 ? 2030 : 2035;
            t.value = 110.0 + k;
            ind.targets = {t};
            if (k >= 35) {
                ind.projectionMethod = k % 3 == 0 ? QStringLiteral("growth") : k % 3 == 1 ? QStringLiteral("linear")
                                                                                          : QStringLiteral("hold");
                ind.projectionParameters = QJsonObject{{QStringLiteral("rate"), 0.01}, {QStringLiteral("slope"), 0.8}};
                plan.inputs.baselines.insert(ind.id, BaselineOverride{{}, {}, {Uncertainty::Kind::Normal, 1.0}});
            }
            indicators.append(ind);
        }
        for (int l = 0; l < 25; ++l) {
            Lever lever;
            lever.id = prefix + QStringLiteral("lever_%1").arg(l, 2, 10, QLatin1Char('0'));
            lever.min = 0.0;
            lever.max = 10.0;
            lever.defaultValue = 1.0;
            lever.uncertainty = {l % 3 == 0 ? Uncertainty::Kind::Normal
                                 : l % 3 == 1 ? Uncertainty::Kind::Triangular
                                              : Uncertainty::Kind::Uniform,
                                 0.3};
            plan.levers.append(lever);
            LeverSchedule s(2024, 2035);
            s.setStage(1, 1.0);
            s.setStage(2, 1.5);
            s.setStage(3, 2.0);
            plan.inputs.levers.insert(lever.id, s);
            plan.models.append(std::make_shared<Stock>(indicators.at(r * 60 + l).id, lever.id, 0.5 + 0.1 * l));
        }
        for (int k = 0; k < 10; ++k)
            plan.models.append(std::make_shared<Share>(indicators.at(r * 60 + k).id, indicators.at(r * 60 + 25 + k).id, 1.05));
    }
    Chapter chapter;
    chapter.id = QStringLiteral("plan");
    chapter.order = 1;
    QString error;
    plan.catalog.addChapter(chapter, indicators, &error);
    return plan;
}

// Median wall time of `repeats` calls, in milliseconds (`before` runs
// untimed before each call).
double medianMs(int repeats, const std::function<void()> &work, const std::function<void()> &before = {})
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        if (before)
            before();
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    out << "engine benchmark: median wall time of repeated runs (ms)\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("case"), -44)
               .arg(QStringLiteral("indicators"), 10)
               .arg(QStringLiteral("draws"), 7)
               .arg(QStringLiteral("ms"), 10)
               .arg(QStringLiteral("ns/(draw x ind.)"), 17);
    const auto row = [&out](const QString &name, int indicators, int draws, double ms) {
        const double perCell = draws > 0 ? ms * 1e6 / (double(draws) * indicators) : 0.0;
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(name, -44)
                   .arg(indicators, 10)
                   .arg(draws, 7)
                   .arg(ms, 10, 'f', 3)
                   .arg(draws > 0 ? QString::number(perCell, 'f', 1) : QStringLiteral("-"), 17);
        out.flush();
    };

    for (const int regions : {1, 10, 70}) {
        const Plan plan = makePlan(regions);
        const Expected<Simulator> simulator = Simulator::create(plan.catalog, plan.levers, plan.models);
        if (!simulator.ok()) {
            out << "error: " << simulator.error().message << '\n';
            return 1;
        }
        const int n = int(plan.catalog.indicators().size());
        const QString scale = regions == 1 ? QStringLiteral("plan") : QStringLiteral("plan x%1").arg(regions);
        const Expected<PreparedScenario> prepared = simulator.value().prepare(plan.inputs);
        if (!prepared.ok()) {
            out << "error: " << prepared.error().message << '\n';
            return 1;
        }
        const int quick = regions == 1 ? 101 : 5;
        row(scale + QStringLiteral(": deterministic, prepare + run"), n, 0, medianMs(quick, [&] {
                const Expected<RunResult> r = simulator.value().runDeterministic(plan.inputs);
                Q_UNUSED(r);
            }));
        row(scale + QStringLiteral(": deterministic, run only"), n, 0,
            medianMs(quick, [&] { const RunResult r = prepared.value().runDeterministic(); Q_UNUSED(r); }));
        const QList<int> drawCounts = regions == 1 ? QList<int>{100, 1000, 10000} : QList<int>{100, 1000};
        for (const int draws : drawCounts) {
            // One thread, then the draws shared by every core (the same
            // numbers, bit for bit: tst_engine_simulation).
            for (const int threads : {1, 0}) {
                MonteCarloOptions options;
                options.draws = draws;
                options.threads = threads;
                const int repeats = regions == 1 ? (draws <= 1000 ? 21 : 5) : (regions == 10 ? 7 : 3);
                row(scale + (threads == 1 ? QStringLiteral(": Monte Carlo with bands, 1 thread")
                                          : QStringLiteral(": Monte Carlo with bands, all cores")),
                    n, draws, medianMs(repeats, [&] {
                        const Expected<RunResult> r = prepared.value().runMonteCarlo(options);
                        Q_UNUSED(r);
                    }));
            }
        }
        MonteCarloOptions thousand;
        const Expected<RunResult> run = prepared.value().runMonteCarlo(thousand);
        row(scale + QStringLiteral(": assess every target (1,000 draws)"), n, 0, medianMs(regions == 70 ? 3 : 21, [&] {
                const Expected<QList<TargetAssessment>> a = assessAll(plan.catalog.indicators(), run.value());
                Q_UNUSED(a);
            }));
        // The same with the caches emptied before each run (64 MB written
        // first): the draws assessed come from memory at every size, so the
        // time per target shows the work, not whether 60, 600 or 4,200
        // indicators' draws (0.5, 5 and 34 MB read) still fit in a cache.
        std::vector<double> flush(std::size_t(8) << 20);
        row(scale + QStringLiteral(": assess every target, caches emptied"), n, 0, medianMs(regions == 70 ? 3 : 21, [&] {
                const Expected<QList<TargetAssessment>> a = assessAll(plan.catalog.indicators(), run.value());
                Q_UNUSED(a);
            }, [&] { std::fill(flush.begin(), flush.end(), double(flush.size())); }));
        const Indicator &share = plan.catalog.indicators().at(25);  // a share of stock 0, lever 0
        GoalSeekOptions seekOptions;
        const double seek = medianMs(regions == 1 ? 11 : 3, [&] {
            const Expected<GoalSeekResult> g =
                goalSeek(prepared.value(), share.targets.constFirst(), share, plan.levers.constFirst().id, seekOptions);
            if (!g.ok())
                out << "goal-seek error: " << g.error().message << '\n';
        });
        row(scale + QStringLiteral(": goal-seek, one target (P50 + P90)"), n, seekOptions.draws, seek);
        if (regions == 1) {
            const Expected<GoalSeekResult> g =
                goalSeek(prepared.value(), share.targets.constFirst(), share, plan.levers.constFirst().id, seekOptions);
            if (g.ok())
                out << QStringLiteral("  (goal-seek %1 with %2: P50 %3, P90 %4; the scenario's setting %5)\n")
                           .arg(share.targets.constFirst().id, plan.levers.constFirst().id)
                           .arg(g.value().p50.value, 0, 'f', 4)
                           .arg(g.value().p90.value, 0, 'f', 4)
                           .arg(g.value().scenarioSetting, 0, 'f', 4);
        }
    }
    out << "\nns/(draw x ind.): time per draw and indicator; constant when time grows linearly.\n";
    return 0;
}
