// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The catalog the application ships holds every target of the plan with the
// plan's own values. The expected values below are typed from
// the plan's text and its announcement, not from the data files.

#include "modules.h"

#include "engine/assessment.h"
#include "engine/registry.h"
#include "engine/simulation.h"

#include <QSet>
#include <QTest>

#include <cmath>
#include <optional>

using namespace Planner;

class TestCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void target_data();
    void target();
    void everyPlanTargetOnce();
    void chaptersInPlanOrder();
    void baselinesHaveProvenance();
    void announcedBaselinesAlreadyMeetTargets();
    void readingsAgreeWithNotes();
    void milestoneProxiesHaveSourcedThresholds();
    void everyTargetReachableByLevers();
    void leverMovesAgreeWithTheModels();

private:
    // Every module's models in one simulator, every lever at its default.
    void prepareDefaults(std::optional<Engine::Simulator> &simulator, std::optional<Engine::PreparedScenario> &prepared);

    Engine::Catalog m_catalog;
};

void TestCatalog::initTestCase()
{
    Engine::ModuleRegistry registry;
    App::registerModules(registry);
    QString error;
    QVERIFY2(registry.buildCatalog(&m_catalog, &error), qPrintable(error));
}

void TestCatalog::prepareDefaults(std::optional<Engine::Simulator> &simulator,
                                  std::optional<Engine::PreparedScenario> &prepared)
{
    Engine::ModuleRegistry registry;
    App::registerModules(registry);
    QList<std::shared_ptr<const Engine::Model>> models;
    for (const auto &module : registry.modules())
        models.append(module->sharedModels(m_catalog));
    Engine::Expected<Engine::Simulator> created = Engine::Simulator::create(m_catalog, m_catalog.levers(), models);
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    simulator.emplace(created.takeValue());
    Engine::ScenarioInputs defaults;
    for (const Engine::Lever &lever : m_catalog.levers())
        defaults.levers.insert(lever.id, Engine::LeverSchedule::filled(Engine::kPlanFirstYear, Engine::kPlanLastYear,
                                                                       lever.defaultValue));
    Engine::Expected<Engine::PreparedScenario> made = simulator->prepare(defaults);
    QVERIFY2(made.ok(), qPrintable(made.error().message));
    prepared.emplace(made.takeValue());
}

void TestCatalog::target_data()
{
    QTest::addColumn<QString>("chapter");
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("value");  // NaN: no value (milestone, peak, plateau, direction)
    QTest::addColumn<QString>("kind");
    QTest::addColumn<double>("tolerance");  // NaN: none
    QTest::addColumn<int>("windowStart");   // 0: none
    QTest::addColumn<QString>("words");     // a phrase of the plan's own wording

    const double none = std::nan("");
    const QString gt = QStringLiteral("green_transition");
    const QString env = QStringLiteral("environment");
    const QString bs = QStringLiteral("black_soil");
    const QString es = QStringLiteral("ecological_security");

    // 二、绿色引领
    QTest::newRow("G-01") << gt << 2035 << 10944.0 << "at_least" << none << 0 << QStringLiteral("10944万亩");
    QTest::newRow("G-02") << gt << 2035 << 53636.0 << "at_least" << none << 0 << QStringLiteral("53636平方千米");
    QTest::newRow("G-03") << gt << 2030 << none << "peak_before" << none << 0 << QStringLiteral("碳达峰");
    QTest::newRow("G-04") << gt << 2030 << none << "plateau_within" << none << 2026 << QStringLiteral("峰值平台期");
    QTest::newRow("G-05") << gt << 2035 << none << "direction" << none << 0 << QStringLiteral("降低煤炭消费比重");
    QTest::newRow("G-06") << gt << 2027 << 0.0 << "phase_out" << 5.0 << 0 << QStringLiteral("老旧内燃机车");
    QTest::newRow("G-07") << gt << 2035 << 25.0 << "about" << 1.0 << 0 << QStringLiteral("25%左右");
    QTest::newRow("G-08") << gt << 2027 << 45.0 << "at_least" << none << 0 << QStringLiteral("45%");
    QTest::newRow("G-09") << gt << 2035 << none << "milestone" << none << 0 << QStringLiteral("国际先进水平");
    QTest::newRow("G-10") << gt << 2035 << none << "milestone" << none << 0 << QStringLiteral("循环利用体系");
    QTest::newRow("G-11") << gt << 2035 << none << "milestone" << none << 0 << QStringLiteral("广泛形成");
    // 三、环境增彩
    QTest::newRow("E-01") << env << 2027 << 85.0 << "about" << 1.0 << 0 << QStringLiteral("85%左右");
    QTest::newRow("E-02") << env << 2027 << 40.0 << "about" << 1.0 << 0 << QStringLiteral("40%左右");
    QTest::newRow("E-03") << env << 2035 << none << "milestone" << none << 0 << QStringLiteral("美丽河湖");
    QTest::newRow("E-04") << env << 2035 << 100.0 << "full_coverage" << 0.5 << 0 << QStringLiteral("垃圾分类");
    QTest::newRow("E-05") << env << 2027 << none << "direction" << none << 0 << QStringLiteral("固体废物产生强度");
    QTest::newRow("E-06") << env << 2035 << 100.0 << "full_coverage" << none << 0 << QStringLiteral("无废城市");
    QTest::newRow("E-07") << env << 2035 << none << "milestone" << none << 0 << QStringLiteral("新污染物");
    QTest::newRow("E-08") << env << 2035 << none << "direction" << none << 0 << QStringLiteral("协同控制");
    QTest::newRow("E-09") << env << 2035 << none << "milestone" << none << 0 << QStringLiteral("声环境功能区");
    QTest::newRow("E-10a") << env << 2035 << 10.0 << "at_least" << none << 0 << QStringLiteral("十县引领");
    QTest::newRow("E-10b") << env << 2035 << 100.0 << "at_least" << none << 0 << QStringLiteral("百村示范");
    QTest::newRow("E-10c") << env << 2035 << 1000.0 << "at_least" << none << 0 << QStringLiteral("千村美丽");
    QTest::newRow("E-10d") << env << 2035 << 10000.0 << "at_least" << none << 0 << QStringLiteral("万村整治");
    QTest::newRow("X-01") << env << 2027 << 27.0 << "at_most" << none << 0 << QString();
    // 四、黑土强基
    QTest::newRow("B-01") << bs << 2035 << none << "milestone" << none << 0 << QStringLiteral("高标准农田");
    QTest::newRow("B-02") << bs << 2035 << 3.0 << "at_least" << none << 0 << QStringLiteral("3个万亩级核心基地");
    QTest::newRow("B-03") << bs << 2027 << 95.0 << "at_least" << none << 0 << QStringLiteral("95%以上");
    QTest::newRow("B-04") << bs << 2027 << none << "milestone" << none << 0 << QStringLiteral("建设用地安全利用");
    QTest::newRow("B-05") << bs << 2035 << none << "milestone" << none << 0 << QStringLiteral("全面管控");
    QTest::newRow("B-06") << bs << 2035 << 80.0 << "at_least" << none << 0 << QStringLiteral("80%以上");
    QTest::newRow("B-07") << bs << 2035 << none << "direction" << none << 0 << QStringLiteral("有机质");
    // 五、安全筑底
    QTest::newRow("S-01") << es << 2035 << 16.03 << "at_least" << none << 0 << QStringLiteral("16.03%");
    QTest::newRow("S-02") << es << 2035 << 46.0 << "at_least" << none << 0 << QStringLiteral("46%");
    QTest::newRow("S-03") << es << 2035 << 83.66 << "at_least" << none << 0 << QStringLiteral("83.66%");
    QTest::newRow("S-04") << es << 2035 << none << "milestone" << none << 0 << QStringLiteral("全面保护");
    QTest::newRow("S-05") << es << 2035 << none << "milestone" << none << 0 << QStringLiteral("气候适应型社会");
    QTest::newRow("S-06") << es << 2035 << none << "milestone" << none << 0 << QStringLiteral("野化放归");
    QTest::newRow("X-02") << es << 2027 << 45.8 << "at_least" << none << 0 << QString();
    QTest::newRow("X-03") << es << 2027 << 45.22 << "at_least" << none << 0 << QString();
}

void TestCatalog::target()
{
    QFETCH(QString, chapter);
    QFETCH(int, year);
    QFETCH(double, value);
    QFETCH(QString, kind);
    QFETCH(double, tolerance);
    QFETCH(int, windowStart);
    QFETCH(QString, words);

    const QString id = QString::fromLatin1(QTest::currentDataTag());
    const Engine::Target *t = m_catalog.target(id);
    QVERIFY2(t, qPrintable(id + QStringLiteral(" is missing")));
    const Engine::Indicator *ind = m_catalog.indicator(t->indicatorId);
    QVERIFY(ind);
    QCOMPARE(ind->chapterId, chapter);
    QCOMPARE(t->year, year);
    QCOMPARE(Engine::targetKindToString(t->kind), kind);
    if (std::isnan(value)) {
        QVERIFY2(!t->value, "a target without a number in the plan has no value");
    } else {
        QVERIFY(t->value);
        QCOMPARE(*t->value, value);
    }
    if (std::isnan(tolerance)) {
        QVERIFY(!t->tolerance);
    } else {
        QVERIFY(t->tolerance);
        QCOMPARE(*t->tolerance, tolerance);
    }
    QCOMPARE(t->windowStart.value_or(0), windowStart);
    QVERIFY(!t->textZh.isEmpty());
    QVERIFY(!t->textEn.isEmpty());
    if (!words.isEmpty())
        QVERIFY2(t->textZh.contains(words), qPrintable(t->textZh));
    const bool announced = id.startsWith(u'X');
    QCOMPARE(t->source == Engine::TargetSource::Announcement, announced);
}

void TestCatalog::everyPlanTargetOnce()
{
    // 11 G + 9 E + E-10a..d + 7 B + 6 S + 3 X = 40 targets of the plan and its announcement.
    QSet<QString> planIds;
    int planTargets = 0;
    for (const Engine::Indicator &ind : m_catalog.indicators()) {
        for (const Engine::Target &t : ind.targets) {
            QVERIFY2(!planIds.contains(t.id), qPrintable(t.id));
            planIds.insert(t.id);
            if (t.source != Engine::TargetSource::Planner)
                ++planTargets;
        }
    }
    QCOMPARE(planTargets, 40);
    // Chapters 六 and 七 carry planner-set targets of their own.
    bool mountains = false;
    bool governance = false;
    for (const Engine::Indicator &ind : m_catalog.indicators()) {
        for (const Engine::Target &t : ind.targets) {
            if (t.source != Engine::TargetSource::Planner)
                continue;
            mountains |= ind.chapterId == QLatin1StringView("two_mountains");
            governance |= ind.chapterId == QLatin1StringView("governance");
        }
    }
    QVERIFY(mountains);
    QVERIFY(governance);
}

void TestCatalog::chaptersInPlanOrder()
{
    const QStringList expected{QStringLiteral("green_transition"), QStringLiteral("environment"),
                               QStringLiteral("black_soil"), QStringLiteral("ecological_security"),
                               QStringLiteral("two_mountains"), QStringLiteral("governance")};
    QStringList ids;
    for (const Engine::Chapter &c : m_catalog.chapters())
        ids.append(c.id);
    QCOMPARE(ids, expected);
    QCOMPARE(m_catalog.chapter(QStringLiteral("green_transition"))->numeral, QStringLiteral("二"));
    QCOMPARE(m_catalog.chapter(QStringLiteral("governance"))->numeral, QStringLiteral("七"));
}

void TestCatalog::baselinesHaveProvenance()
{
    for (const Engine::Indicator &ind : m_catalog.indicators()) {
        QVERIFY2(ind.baseline.year >= 2015 && ind.baseline.year <= 2026, qPrintable(ind.id));
        if (ind.baseline.assumption)
            QVERIFY2(!ind.baseline.note.isEmpty(), qPrintable(ind.id + QStringLiteral(": an assumption says why")));
        else
            QVERIFY2(!ind.baseline.source.isEmpty(), qPrintable(ind.id + QStringLiteral(": a fact names its source")));
    }
}

void TestCatalog::announcedBaselinesAlreadyMeetTargets()
{
    // Published: forest coverage 45.42 % (2023 bulletin); PM2.5 26.9 µg/m³
    // (2024); surface water good 89.0 % (2024); protected areas 16.69 % (2020).
    for (const char *id : {"S-02", "X-01", "E-01", "S-01"})
        QVERIFY2(m_catalog.target(QLatin1StringView(id)), id);
    const Engine::Indicator *forest = m_catalog.indicator(m_catalog.target(QStringLiteral("S-02"))->indicatorId);
    QVERIFY(forest && forest->baseline.value);
    QCOMPARE(*forest->baseline.value, 45.42);
    QCOMPARE(forest->baseline.year, 2023);
    QVERIFY(!forest->baseline.assumption);

    const Engine::Indicator *pm25 = m_catalog.indicator(m_catalog.target(QStringLiteral("X-01"))->indicatorId);
    QVERIFY(pm25 && !pm25->observed.isEmpty());
    QCOMPARE(pm25->observed.last().year, 2024);
    QCOMPARE(pm25->observed.last().value, 26.9);

    const Engine::Indicator *water = m_catalog.indicator(m_catalog.target(QStringLiteral("E-01"))->indicatorId);
    QVERIFY(water && !water->observed.isEmpty());
    QCOMPARE(water->observed.last().value, 89.0);

    const Engine::Indicator *protectedAreas = m_catalog.indicator(m_catalog.target(QStringLiteral("S-01"))->indicatorId);
    QVERIFY(protectedAreas && protectedAreas->baseline.value);
    QCOMPARE(*protectedAreas->baseline.value, 16.69);
}

void TestCatalog::readingsAgreeWithNotes()
{
    // 左右 ("about"): two-sided unless the target says it is one-sided, and
    // then its note says why; the band is in every note.
    int abouts = 0;
    for (const Engine::Indicator &ind : m_catalog.indicators()) {
        for (const Engine::Target &t : ind.targets) {
            if (t.kind == Engine::TargetKind::About) {
                ++abouts;
                QVERIFY2(t.note.contains(QStringLiteral("±")), qPrintable(t.id));
                QCOMPARE(t.note.contains(QStringLiteral("one-sided")), t.oneSided);
            }
            // The plan gives no year: said in the note.
            if (t.undated)
                QVERIFY2(t.note.contains(QStringLiteral("no year")) || t.note.contains(QStringLiteral("undated")),
                         qPrintable(t.id));
            // 全覆盖 / 基本淘汰 carry the tolerance they mean in practice, or
            // the note says why none is needed.
            if (t.kind == Engine::TargetKind::FullCoverage || t.kind == Engine::TargetKind::PhaseOut)
                QVERIFY2((t.tolerance && *t.tolerance > 0.0) || t.note.contains(QStringLiteral("no tolerance")),
                         qPrintable(t.id));
        }
    }
    QCOMPARE(abouts, 3);  // G-07, E-01, E-02
    // G-06: 5 units, 5 % of the 2023 stock of 100.
    const Engine::Indicator *locomotives = m_catalog.indicator(m_catalog.target(QStringLiteral("G-06"))->indicatorId);
    QCOMPARE(*m_catalog.target(QStringLiteral("G-06"))->tolerance, 0.05 * *locomotives->baseline.value);
    // E-04 and B-01: no year in the plan.
    QVERIFY(m_catalog.target(QStringLiteral("E-04"))->undated);
    QVERIFY(m_catalog.target(QStringLiteral("B-01"))->undated);
    // S-03's baseline is the target less 11 years at the national pace.
    QVERIFY(m_catalog.indicator(m_catalog.target(QStringLiteral("S-03"))->indicatorId)->baseline.derivedFromTarget);
    // G-03 on energy-related CO₂, not on emissions net of sinks.
    QCOMPARE(m_catalog.target(QStringLiteral("G-03"))->indicatorId, QStringLiteral("energy_co2_emissions_index"));
    // Planner-set targets are the planner's.
    for (const char *id : {"M-01", "M-02", "A-01", "A-02", "A-04"})
        QCOMPARE(Engine::targetOrigin(*m_catalog.target(QLatin1StringView(id))), Engine::TargetOrigin::Planner);
    QCOMPARE(Engine::targetOrigin(*m_catalog.target(QStringLiteral("X-01"))), Engine::TargetOrigin::Plan);
}

void TestCatalog::milestoneProxiesHaveSourcedThresholds()
{
    // Each threshold names a milestone the indicator tracks, and a source.
    int thresholds = 0;
    for (const Engine::Indicator &ind : m_catalog.indicators()) {
        for (const Engine::ProxyThreshold &p : ind.proxyThresholds) {
            ++thresholds;
            QVERIFY2(ind.proxyFor.contains(p.targetId), qPrintable(ind.id));
            QVERIFY2(!p.source.isEmpty(), qPrintable(ind.id));
            const Engine::Target *t = m_catalog.target(p.targetId);
            QVERIFY2(t && t->kind == Engine::TargetKind::Milestone, qPrintable(p.targetId));
        }
    }
    // G-09 (2), S-04, S-06 (3), B-05, A-06.
    QCOMPARE(thresholds, 8);
    // G-09: at or below the advanced benchmarks (100 %).
    const Engine::Indicator *energy = m_catalog.indicator(QStringLiteral("energy_intensity_vs_benchmark"));
    QCOMPARE(energy->proxyThresholds.size(), 1);
    QCOMPARE(energy->proxyThresholds.first().kind, Engine::ProxyThreshold::Kind::AtMost);
    QCOMPARE(energy->proxyThresholds.first().value, 100.0);
    // S-04: the plan's own protected-area floor, 16.03 % (S-01).
    QCOMPARE(m_catalog.indicator(QStringLiteral("protected_area_share"))->proxyThresholds.first().value, 16.03);
}

void TestCatalog::everyTargetReachableByLevers()
{
    // No target may be unreachable by construction: for each quantified
    // target, every lever upstream of its indicator is put at the end of its
    // range that helps (tried one at a time on the central path), all at
    // once, and the central run must meet the target. The targets no lever
    // reaches are listed below, each with its reason.
    std::optional<Engine::Simulator> simulator;
    std::optional<Engine::PreparedScenario> prepared;
    prepareDefaults(simulator, prepared);
    if (QTest::currentTestFailed())
        return;

    // Not reachable by any lever, and why:
    const QMap<QString, QString> documented{
        // The baseline was derived from the target: not assessable whatever
        // the levers, until a published figure is imported.
        {QStringLiteral("S-03"), QStringLiteral("baseline derived from the target")},
    };
    QStringList unreachable;
    for (const Engine::Indicator &ind : m_catalog.indicators()) {
        const int index = prepared.value().indicatorIndex(ind.id);
        for (const Engine::Target &t : ind.targets) {
            if (t.kind == Engine::TargetKind::Milestone || index < 0)
                continue;
            // A working target shipped without a value (M-02 … M-07, A-01,
            // nothing to reach until the planner sets one.
            if (t.source == Engine::TargetSource::Planner && !t.value)
                continue;
            const auto valueAt = [&](const Engine::PreparedScenario &p) {
                const Engine::RunResult run = p.runDeterministic();
                const Engine::IndicatorResult *r = run.find(ind.id);
                return r ? r->central.at(t.year) : std::nan("");
            };
            // The better way: the indicator's direction; without one,
            // toward the target's level.
            const double level = Engine::targetLevel(t).value_or(std::nan(""));
            const double base = valueAt(prepared.value());
            const auto better = [&](double a, double b) {
                if (ind.direction == Engine::Direction::Increase)
                    return a > b;
                if (ind.direction == Engine::Direction::Decrease)
                    return a < b;
                return std::abs(a - level) < std::abs(b - level);
            };
            Engine::PreparedScenario best = prepared.value();
            for (const int lever : prepared.value().leversUpstreamOf(index)) {
                const Engine::Lever &l = prepared.value().levers().at(lever);
                Engine::PreparedScenario low = prepared.value();
                Engine::PreparedScenario high = prepared.value();
                QVERIFY(!low.setLeverConstant(lever, l.min));
                QVERIFY(!high.setLeverConstant(lever, l.max));
                const double vLow = valueAt(low);
                const double vHigh = valueAt(high);
                const double chosen = better(vHigh, vLow) ? l.max : l.min;
                if (better(better(vHigh, vLow) ? vHigh : vLow, base) || !std::isfinite(base))
                    QVERIFY(!best.setLeverConstant(lever, chosen));
            }
            const Engine::RunResult run = best.runDeterministic();
            const Engine::IndicatorResult *r = run.find(ind.id);
            QVERIFY(r);
            const Engine::Expected<Engine::TargetAssessment> a = Engine::assessTarget(t, ind, *r);
            QVERIFY2(a.ok(), qPrintable(t.id));
            const bool meets = a.value().status == Engine::TargetStatus::Achieved
                               || a.value().status == Engine::TargetStatus::OnTrack;
            if (!meets && qEnvironmentVariableIsSet("PLANNER_DEBUG_REACH")) {
                QStringList v;
                for (int y = r->central.firstYear; y <= r->central.lastYear(); ++y)
                    v << QString::number(r->central.at(y), 'g', 6);
                qInfo("%s %s: %s", qPrintable(t.id), qPrintable(ind.id), qPrintable(v.join(u' ')));
            }
            if (!meets)
                unreachable.append(t.id + QStringLiteral(" (") + Engine::targetStatusToString(a.value().status)
                                   + QStringLiteral(")"));
        }
    }
    qInfo("not reachable by levers: %s", qPrintable(unreachable.join(QStringLiteral(", "))));
    QStringList undocumented;
    for (const QString &u : std::as_const(unreachable)) {
        if (!documented.contains(u.section(u' ', 0, 0)))
            undocumented.append(u);
    }
    QVERIFY2(undocumented.isEmpty(), qPrintable(undocumented.join(QStringLiteral(", "))));
}

void TestCatalog::leverMovesAgreeWithTheModels()
{
    // Each lever's "moves" (what `levers --json` prints and what the report
    // searches for a lever that meets a missed target) names exactly the
    // indicators whose central path changes when the lever goes from the
    // bottom of its range to the top, every year, all else at its default.
    std::optional<Engine::Simulator> simulator;
    std::optional<Engine::PreparedScenario> prepared;
    prepareDefaults(simulator, prepared);
    if (QTest::currentTestFailed())
        return;
    QStringList wrong;
    for (int lever = 0; lever < int(prepared.value().levers().size()); ++lever) {
        const Engine::Lever &l = prepared.value().levers().at(lever);
        Engine::PreparedScenario low = prepared.value();
        Engine::PreparedScenario high = prepared.value();
        QVERIFY(!low.setLeverConstant(lever, l.min));
        QVERIFY(!high.setLeverConstant(lever, l.max));
        const Engine::RunResult a = low.runDeterministic();
        const Engine::RunResult b = high.runDeterministic();
        QStringList moved;
        for (const Engine::Indicator &ind : m_catalog.indicators()) {
            const Engine::IndicatorResult *ra = a.find(ind.id);
            const Engine::IndicatorResult *rb = b.find(ind.id);
            if (!ra || !rb)
                continue;
            for (int year = Engine::kPlanFirstYear; year <= Engine::kPlanLastYear; ++year) {
                const double va = ra->central.at(year);
                const double vb = rb->central.at(year);
                if (std::isfinite(va) && std::isfinite(vb) && std::abs(va - vb) > 1e-9 * std::max(1.0, std::abs(va))) {
                    moved.append(ind.id);
                    break;
                }
            }
        }
        QStringList listed = l.moves;
        std::sort(moved.begin(), moved.end());
        std::sort(listed.begin(), listed.end());
        if (moved != listed)
            wrong.append(QStringLiteral("%1: moves %2, lists %3").arg(l.id, moved.join(u','), listed.join(u',')));
    }
    for (const QString &line : std::as_const(wrong))
        qWarning("%s", qPrintable(line));
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("%1 levers list other indicators than they move").arg(wrong.size())));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
