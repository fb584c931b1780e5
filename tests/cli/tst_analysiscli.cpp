// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The engine's commands end to end: project, levers, lever set, goalseek and
// sensitivity, run as a script would, their JSON parsed. Expected values are
// worked out by hand from the plan, its published figures and the catalog's defaults.

#include "clirunner.h"
#include "common/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

QJsonObject indicatorOf(const QJsonObject &projection, const QString &id)
{
    for (const QJsonValue &v : projection.value(QStringLiteral("indicators")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

QJsonObject targetOf(const QJsonObject &projection, const QString &id)
{
    for (const QJsonValue &v : projection.value(QStringLiteral("indicators")).toArray()) {
        for (const QJsonValue &t : v.toObject().value(QStringLiteral("targets")).toArray()) {
            if (t.toObject().value(QStringLiteral("id")).toString() == id)
                return t.toObject();
        }
    }
    return {};
}

double at(const QJsonObject &indicator, const char *series, const QJsonArray &years, int year)
{
    const QJsonArray values = indicator.value(QLatin1StringView(series)).toArray();
    for (qsizetype i = 0; i < years.size(); ++i) {
        if (years.at(i).toInt() == year)
            return values.at(i).toDouble(std::nan(""));
    }
    return std::nan("");
}

} // namespace

class TestAnalysisCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_env = isolatedEnvironment(m_dir.path());
        m_db = TestDatabase::fresh(m_dir.path(), QStringLiteral("analysis"));
    }

    void projectJsonShape()
    {
        const QJsonObject p = project({QStringLiteral("--draws"), QStringLiteral("200")});
        QCOMPARE(p.value(QStringLiteral("scenario")).toString(), QStringLiteral("现状趋势情景"));
        QCOMPARE(p.value(QStringLiteral("draws")).toInt(), 200);
        QCOMPARE(p.value(QStringLiteral("seed")).toDouble(), 20240528.0);
        const QJsonArray years = p.value(QStringLiteral("years")).toArray();
        QVERIFY(years.first().toInt() <= 2024);
        QCOMPARE(years.last().toInt(), 2035);
        const QJsonArray indicators = p.value(QStringLiteral("indicators")).toArray();
        QVERIFY(indicators.size() >= 60);
        const QStringList statuses{QStringLiteral("achieved"), QStringLiteral("on_track"), QStringLiteral("at_risk"),
                                   QStringLiteral("off_track"), QStringLiteral("not_assessable")};
        const QStringList classes{QStringLiteral("achieved"), QStringLiteral("on_track"),
                                  QStringLiteral("acceleration_needed"), QStringLiteral("limited_progress"),
                                  QStringLiteral("moving_away"), QStringLiteral("insufficient_data"),
                                  QStringLiteral("not_assessable")};
        int targets = 0;
        for (const QJsonValue &v : indicators) {
            const QJsonObject ind = v.toObject();
            for (const char *key : {"id", "unit", "observed", "p10", "p50", "p90", "targets"})
                QVERIFY2(ind.contains(QLatin1StringView(key)), key);
            const QJsonArray p10 = ind.value(QStringLiteral("p10")).toArray();
            const QJsonArray p50 = ind.value(QStringLiteral("p50")).toArray();
            const QJsonArray p90 = ind.value(QStringLiteral("p90")).toArray();
            QCOMPARE(p50.size(), years.size());
            for (qsizetype i = 0; i < years.size(); ++i) {
                if (p50.at(i).isNull())
                    continue;
                QVERIFY2(p10.at(i).toDouble() <= p50.at(i).toDouble() + 1e-9 && p50.at(i).toDouble() <= p90.at(i).toDouble() + 1e-9,
                         qPrintable(ind.value(QStringLiteral("id")).toString()));
            }
            for (const QJsonValue &t : ind.value(QStringLiteral("targets")).toArray()) {
                const QJsonObject target = t.toObject();
                for (const char *key : {"id", "year", "kind", "value", "projected", "gap", "probability", "status",
                                        "rate_ratio", "rate_class", "origin"})
                    QVERIFY2(target.contains(QLatin1StringView(key)), key);
                QVERIFY(QStringList({QStringLiteral("plan"), QStringLiteral("planner")})
                            .contains(target.value(QStringLiteral("origin")).toString()));
                QVERIFY(statuses.contains(target.value(QStringLiteral("status")).toString()));
                QVERIFY(classes.contains(target.value(QStringLiteral("rate_class")).toString()));
                ++targets;
            }
        }
        QVERIFY(targets >= 40);
    }

    void publishedFiguresAlreadyMeetTargets_data()
    {
        // 2024 bulletin: PM2.5 26.9 µg/m³ (2024) <= 27; surface water
        // good 89.0 % (2024) beyond "about 85 %" (E-01); protected areas
        // 16.69 % (2020) >= 16.03 % (S-01); contaminated farmland safe use
        // 99.9 % (2023) >= 95 % (B-03). Observed data decide: achieved.
        QTest::addColumn<QString>("target");
        QTest::newRow("X-01") << QStringLiteral("X-01");
        QTest::newRow("E-01") << QStringLiteral("E-01");
        QTest::newRow("S-01") << QStringLiteral("S-01");
        QTest::newRow("B-03") << QStringLiteral("B-03");
    }

    void publishedFiguresAlreadyMeetTargets()
    {
        QFETCH(QString, target);
        if (m_baseline.isEmpty())
            m_baseline = project({QStringLiteral("--draws"), QStringLiteral("200")});
        const QJsonObject t = targetOf(m_baseline, target);
        QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("achieved"));
        QCOMPARE(t.value(QStringLiteral("rate_class")).toString(), QStringLiteral("achieved"));
        // The probability is still the draws' own (the target year may lie
        // ahead of the data); "achieved" overrides it, as issue 3 asks.
    }

    void baseScenarioReadings()
    {
        // The readings of issue 14, in the base scenario.
        if (m_baseline.isEmpty())
            m_baseline = project({QStringLiteral("--draws"), QStringLiteral("200")});
        // E-04: the plan gives no year; judged at the horizon 2035.
        const QJsonObject e04 = targetOf(m_baseline, QStringLiteral("E-04"));
        QCOMPARE(e04.value(QStringLiteral("year")).toInt(), 2035);
        QVERIFY(e04.value(QStringLiteral("undated")).toBool());
        // B-01: drawing up the implementation plan is a milestone; no proxy
        // has a threshold, so it is not assessable (not 0 %).
        const QJsonObject b01 = targetOf(m_baseline, QStringLiteral("B-01"));
        QCOMPARE(b01.value(QStringLiteral("kind")).toString(), QStringLiteral("milestone"));
        QCOMPARE(b01.value(QStringLiteral("status")).toString(), QStringLiteral("not_assessable"));
        QCOMPARE(b01.value(QStringLiteral("reason")).toString(), QStringLiteral("no_thresholded_proxy"));
        // S-03: its baseline was derived from its own target.
        const QJsonObject s03 = targetOf(m_baseline, QStringLiteral("S-03"));
        QCOMPARE(s03.value(QStringLiteral("status")).toString(), QStringLiteral("not_assessable"));
        QCOMPARE(s03.value(QStringLiteral("reason")).toString(), QStringLiteral("baseline_derived_from_target"));
        // PM2.5 and surface water (E-01) improve: R is positive
        // (signed by the desired direction, not by target minus latest).
        QVERIFY(targetOf(m_baseline, QStringLiteral("X-01")).value(QStringLiteral("rate_ratio")).toDouble() > 0.0);
        QVERIFY(targetOf(m_baseline, QStringLiteral("E-01")).value(QStringLiteral("rate_ratio")).toDouble() > 0.0);
        // G-03 sits on energy-related CO₂.
        bool g03OnEnergy = false;
        for (const QJsonValue &v : m_baseline.value(QStringLiteral("indicators")).toArray()) {
            for (const QJsonValue &t : v.toObject().value(QStringLiteral("targets")).toArray()) {
                if (t.toObject().value(QStringLiteral("id")).toString() == QLatin1StringView("G-03"))
                    g03OnEnergy = v.toObject().value(QStringLiteral("id")).toString()
                                  == QLatin1StringView("energy_co2_emissions_index");
            }
        }
        QVERIFY(g03OnEnergy);
        // Origins: the plan's own targets and the planner's working targets.
        QCOMPARE(targetOf(m_baseline, QStringLiteral("S-02")).value(QStringLiteral("origin")).toString(), QStringLiteral("plan"));
        QCOMPARE(targetOf(m_baseline, QStringLiteral("X-01")).value(QStringLiteral("origin")).toString(), QStringLiteral("plan"));
        QCOMPARE(targetOf(m_baseline, QStringLiteral("M-02")).value(QStringLiteral("origin")).toString(), QStringLiteral("planner"));
        QCOMPARE(targetOf(m_baseline, QStringLiteral("A-01")).value(QStringLiteral("origin")).toString(), QStringLiteral("planner"));
    }

    void deterministicCentralRun()
    {
        // The central path: no draw; P10 = P50 = P90 = central and every
        // probability is 0 or 1.
        const QJsonObject c = project({QStringLiteral("--deterministic")});
        QCOMPARE(c.value(QStringLiteral("run")).toString(), QStringLiteral("central"));
        QCOMPARE(c.value(QStringLiteral("draws")).toInt(), 1);
        const QJsonArray years = c.value(QStringLiteral("years")).toArray();
        for (const QJsonValue &v : c.value(QStringLiteral("indicators")).toArray()) {
            const QJsonObject ind = v.toObject();
            QCOMPARE(ind.value(QStringLiteral("p50")).toArray(), ind.value(QStringLiteral("central")).toArray());
            QCOMPARE(ind.value(QStringLiteral("p10")).toArray(), ind.value(QStringLiteral("central")).toArray());
            for (const QJsonValue &t : ind.value(QStringLiteral("targets")).toArray()) {
                const QJsonValue p = t.toObject().value(QStringLiteral("probability"));
                if (!p.isNull() && t.toObject().value(QStringLiteral("kind")).toString() != QLatin1StringView("milestone"))
                    QVERIFY(p.toDouble() == 0.0 || p.toDouble() == 1.0);
            }
        }
        // A Monte Carlo run carries the same central path.
        const QJsonObject mc = project({QStringLiteral("--draws"), QStringLiteral("50")});
        QCOMPARE(mc.value(QStringLiteral("run")).toString(), QStringLiteral("monte_carlo"));
        const auto centralOf = [](const QJsonObject &p, const QString &id) {
            for (const QJsonValue &v : p.value(QStringLiteral("indicators")).toArray()) {
                if (v.toObject().value(QStringLiteral("id")).toString() == id)
                    return v.toObject().value(QStringLiteral("central")).toArray();
            }
            return QJsonArray();
        };
        QCOMPARE(centralOf(c, QStringLiteral("forest_coverage")), centralOf(mc, QStringLiteral("forest_coverage")));
        QVERIFY(!centralOf(c, QStringLiteral("forest_coverage")).isEmpty());
        // --deterministic with --draws is a usage error.
        const CliResult bad = run({QStringLiteral("project"), QStringLiteral("--scenario"), QStringLiteral("现状趋势情景"),
                                   QStringLiteral("--deterministic"), QStringLiteral("--draws"), QStringLiteral("5")});
        QCOMPARE(bad.exitCode, 2);
    }

    void sameSeedSameOutput()
    {
        const CliResult a = run({QStringLiteral("project"), QStringLiteral("--scenario"), QStringLiteral("现状趋势情景"),
                                 QStringLiteral("--json"), QStringLiteral("--draws"), QStringLiteral("300"),
                                 QStringLiteral("--seed"), QStringLiteral("7")});
        const CliResult b = run({QStringLiteral("project"), QStringLiteral("--scenario"), QStringLiteral("现状趋势情景"),
                                 QStringLiteral("--json"), QStringLiteral("--draws"), QStringLiteral("300"),
                                 QStringLiteral("--seed"), QStringLiteral("7")});
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.out, b.out);
    }

    void untilExtendsYears()
    {
        const QJsonObject p = project({QStringLiteral("--draws"), QStringLiteral("50"), QStringLiteral("--until"),
                                       QStringLiteral("2040")});
        QCOMPARE(p.value(QStringLiteral("years")).toArray().last().toInt(), 2040);
    }

    void observedYearsAreData()
    {
        // Surface water good share: 73.8 (2020) ... 89.0 (2024) from the bulletins.
        const QJsonObject p = project({QStringLiteral("--draws"), QStringLiteral("50")});
        const QJsonObject water = indicatorOf(p, QStringLiteral("surface_water_good_share"));
        const QJsonObject observed = water.value(QStringLiteral("observed")).toObject();
        QCOMPARE(observed.value(QStringLiteral("2020")).toDouble(), 73.8);
        QCOMPARE(observed.value(QStringLiteral("2024")).toDouble(), 89.0);
        QCOMPARE(at(water, "p50", p.value(QStringLiteral("years")).toArray(), 2024), 89.0);
    }

    void leversJson()
    {
        const CliResult r = run({QStringLiteral("levers"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray levers = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!levers.isEmpty());
        for (const QJsonValue &v : levers) {
            const QJsonObject lever = v.toObject();
            for (const char *key : {"id", "module", "name_zh", "name_en", "unit", "min", "max", "default", "moves"})
                QVERIFY2(lever.contains(QLatin1StringView(key)), key);
            QVERIFY(lever.value(QStringLiteral("min")).toDouble() <= lever.value(QStringLiteral("default")).toDouble());
            QVERIFY(lever.value(QStringLiteral("default")).toDouble() <= lever.value(QStringLiteral("max")).toDouble());
        }
    }

    void leverSetGoalSeekAndSensitivity()
    {
        // A fork without any new forest: afforestation 0 in every year.
        QCOMPARE(run({QStringLiteral("scenario"), QStringLiteral("fork"), QStringLiteral("现状趋势情景"),
                      QStringLiteral("无新增造林")}).exitCode, 0);
        CliResult r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("lever"), QStringLiteral("set"),
                           QStringLiteral("--scenario"), QStringLiteral("无新增造林"), QStringLiteral("--lever"),
                           QStringLiteral("afforestation_per_year"), QStringLiteral("--all-years"), QStringLiteral("0")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("revision 2")), qPrintable(r.out));

        // Out of range (0-200 万亩/年): refused, nothing stored.
        r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("lever"), QStringLiteral("set"),
                 QStringLiteral("--scenario"), QStringLiteral("无新增造林"), QStringLiteral("--lever"),
                 QStringLiteral("afforestation_per_year"), QStringLiteral("--stage"), QStringLiteral("2"), QStringLiteral("500")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("outside the range")), qPrintable(r.err));

        // Sensitivity, deterministic: with no planting the forest stays at the
        // 2023 bulletin's 45.42 %; with the lever at its maximum of 200 万亩
        // a year, 12 years add 12 x 200 x 10,000 / 1,500 km² = 16,000 km²:
        // (85,117.08 + 16,000) / 187,400 = 53.958 %.
        // Two lenses that disagree: the observed trend 45.2 % (2022) ->
        // 45.42 % (2023) is fast enough, CAGR_o = 45.42 / 45.2 - 1 = 0.0048673
        // against CAGR_r = (46 / 45.2)^(1/13) - 1 = 0.0013505, R = 3.6041 (on
        // track), but with no afforestation the scenario holds 45.42 %:
        // off track on the central path. The finding says why.
        r = run({QStringLiteral("project"), QStringLiteral("--scenario"), QStringLiteral("无新增造林"),
                 QStringLiteral("--deterministic"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject lens = targetOf(QJsonDocument::fromJson(r.out.toUtf8()).object(), QStringLiteral("S-02"));
        QCOMPARE(lens.value(QStringLiteral("status")).toString(), QStringLiteral("off_track"));
        QCOMPARE(lens.value(QStringLiteral("rate_class")).toString(), QStringLiteral("on_track"));
        QVERIFY(std::abs(lens.value(QStringLiteral("rate_ratio")).toDouble() - 3.6041116) < 1e-6);
        QCOMPARE(lens.value(QStringLiteral("rate_base_year")).toInt(), 2022);
        QCOMPARE(lens.value(QStringLiteral("lenses")).toString(), QStringLiteral("trend_ahead_of_scenario"));

        r = run({QStringLiteral("sensitivity"), QStringLiteral("--scenario"), QStringLiteral("无新增造林"),
                 QStringLiteral("--indicator"), QStringLiteral("forest_coverage"), QStringLiteral("--year"),
                 QStringLiteral("2035"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject tornado = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(std::abs(tornado.value(QStringLiteral("value")).toDouble() - 45.42) < 1e-6);
        QJsonObject afforestation;
        for (const QJsonValue &v : tornado.value(QStringLiteral("bars")).toArray()) {
            if (v.toObject().value(QStringLiteral("lever")).toString() == QLatin1StringView("afforestation_per_year"))
                afforestation = v.toObject();
        }
        QVERIFY(!afforestation.isEmpty());
        QVERIFY(std::abs(afforestation.value(QStringLiteral("value_at_max")).toDouble() - 53.958) < 1e-3);
        QVERIFY(std::abs(afforestation.value(QStringLiteral("value_at_min")).toDouble() - 45.42) < 1e-6);
        QCOMPARE(tornado.value(QStringLiteral("bars")).toArray().first().toObject().value(QStringLiteral("lever")).toString(),
                 QStringLiteral("afforestation_per_year"));

        // Goal-seek: 46 % of 187,400 km² = 86,204 km²; less 85,117.08 leaves
        // 1,086.92 km² over the 12 years 2024-2035 = 90.577 km² a year
        // = 13.5865 万亩 a year (x 1,500 / 10,000).
        r = run({QStringLiteral("goalseek"), QStringLiteral("--scenario"), QStringLiteral("无新增造林"),
                 QStringLiteral("--target"), QStringLiteral("S-02"), QStringLiteral("--lever"),
                 QStringLiteral("afforestation_per_year"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject seek = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(seek.value(QStringLiteral("target")).toString(), QStringLiteral("S-02"));
        QCOMPARE(seek.value(QStringLiteral("lever")).toString(), QStringLiteral("afforestation_per_year"));
        QCOMPARE(seek.value(QStringLiteral("unit")).toString(), QStringLiteral("万亩/年"));
        const QJsonObject p50 = seek.value(QStringLiteral("p50")).toObject();
        QVERIFY(p50.value(QStringLiteral("reachable")).toBool());
        // The lever spans 0-200 万亩/年: one decimal, rounded up (the way that
        // helps): 13.6.
        QVERIFY2(std::abs(p50.value(QStringLiteral("value")).toDouble() - 13.6) < 1e-9,
                 qPrintable(QString::number(p50.value(QStringLiteral("value")).toDouble())));
        // Its real chance under the draws (not 1): near one half, since 13.6
        // only just meets the target on the central path.
        const double p50Chance = p50.value(QStringLiteral("probability")).toDouble();
        QVERIFY2(p50Chance > 0.2 && p50Chance < 0.9, qPrintable(QString::number(p50Chance)));
        const QJsonObject p90 = seek.value(QStringLiteral("p90")).toObject();
        QVERIFY(p90.value(QStringLiteral("reachable")).toBool());
        // Meeting it with 90 % probability under the lever's uncertainty takes more.
        QVERIFY(p90.value(QStringLiteral("value")).toDouble() > p50.value(QStringLiteral("value")).toDouble());

        // The goal-seek's answer, applied with lever set --all-years, keeps its
        // promise: at least 90 % with project's default draws and seed.
        r = run({QStringLiteral("lever"), QStringLiteral("set"), QStringLiteral("--scenario"), QStringLiteral("无新增造林"),
                 QStringLiteral("--lever"), QStringLiteral("afforestation_per_year"), QStringLiteral("--all-years"),
                 QString::number(p90.value(QStringLiteral("value")).toDouble(), 'g', 17)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const CliResult projected = run({QStringLiteral("project"), QStringLiteral("--scenario"), QStringLiteral("无新增造林"),
                                         QStringLiteral("--json")});
        const QJsonObject s02 = targetOf(QJsonDocument::fromJson(projected.out.toUtf8()).object(), QStringLiteral("S-02"));
        QVERIFY2(s02.value(QStringLiteral("probability")).toDouble() >= 0.9,
                 qPrintable(QString::number(s02.value(QStringLiteral("probability")).toDouble())));
        QCOMPARE(s02.value(QStringLiteral("probability")).toDouble(), p90.value(QStringLiteral("probability")).toDouble());
        QVERIFY(s02.value(QStringLiteral("projected")).toDouble() >= 46.0);
    }

    void projectionChoice()
    {
        // Green loans (governance, no model): 3,000 亿元 in 2023 (an
        // assumption of the catalog). Growth 10 % a year: 3,000 x 1.1^7 =
        // 5,846.15 in 2030, short of A-03's 6,000; 12 %: 3,000 x 1.12^7 =
        // 6,632.04, which meets it.
        QCOMPARE(run({QStringLiteral("scenario"), QStringLiteral("fork"), QStringLiteral("现状趋势情景"),
                      QStringLiteral("绿色金融")}).exitCode, 0);
        const auto setGrowth = [this](const QString &rate) {
            return run({QStringLiteral("projection"), QStringLiteral("set"), QStringLiteral("--scenario"),
                        QStringLiteral("绿色金融"), QStringLiteral("--indicator"), QStringLiteral("green_loan_balance"),
                        QStringLiteral("--method"), QStringLiteral("growth"), QStringLiteral("--parameters"),
                        QStringLiteral("{\"rate\": %1}").arg(rate)});
        };
        const auto valueIn2030 = [this]() {
            const CliResult r = run({QStringLiteral("sensitivity"), QStringLiteral("--scenario"), QStringLiteral("绿色金融"),
                                     QStringLiteral("--indicator"), QStringLiteral("green_loan_balance"),
                                     QStringLiteral("--year"), QStringLiteral("2030"), QStringLiteral("--json")});
            return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("value")).toDouble();
        };
        CliResult r = setGrowth(QStringLiteral("0.1"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(std::abs(valueIn2030() - 5846.1513) < 1e-3);
        QVERIFY(setGrowth(QStringLiteral("0.12")).exitCode == 0);
        QVERIFY(std::abs(valueIn2030() - 6632.0443) < 1e-3);
        r = run({QStringLiteral("project"), QStringLiteral("--scenario"), QStringLiteral("绿色金融"), QStringLiteral("--json"),
                 QStringLiteral("--draws"), QStringLiteral("100")});
        const QJsonObject a03 = targetOf(QJsonDocument::fromJson(r.out.toUtf8()).object(), QStringLiteral("A-03"));
        QCOMPARE(a03.value(QStringLiteral("status")).toString(), QStringLiteral("on_track"));

        // A method the engine does not know, or parameters that are not JSON: refused, nothing stored.
        const QByteArray before = scenarios();
        r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("projection"), QStringLiteral("set"),
                 QStringLiteral("--scenario"), QStringLiteral("绿色金融"), QStringLiteral("--indicator"),
                 QStringLiteral("green_loan_balance"), QStringLiteral("--method"), QStringLiteral("exponential")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("exponential")), qPrintable(r.err));
        r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("projection"), QStringLiteral("set"),
                 QStringLiteral("--scenario"), QStringLiteral("绿色金融"), QStringLiteral("--indicator"),
                 QStringLiteral("green_loan_balance"), QStringLiteral("--method"), QStringLiteral("growth"),
                 QStringLiteral("--parameters"), QStringLiteral("{rate: 0.1")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(scenarios(), before);

        // Parameters the run would refuse are refused when stored, with the
        // run's own reason (a trend needs at least 2 years), and the scenario
        // keeps its revision.
        r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("projection"), QStringLiteral("set"),
                 QStringLiteral("--scenario"), QStringLiteral("绿色金融"), QStringLiteral("--indicator"),
                 QStringLiteral("green_loan_balance"), QStringLiteral("--method"), QStringLiteral("fitted"),
                 QStringLiteral("--parameters"), QStringLiteral("{\"years\": -5}")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("a fitted trend needs at least 2 years, not -5")), qPrintable(r.err));
        QCOMPARE(scenarios(), before);
        // 1e9 a year: beyond the +100 % a year a planner could defend.
        r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("projection"), QStringLiteral("set"),
                 QStringLiteral("--scenario"), QStringLiteral("绿色金融"), QStringLiteral("--indicator"),
                 QStringLiteral("green_loan_balance"), QStringLiteral("--method"), QStringLiteral("growth"),
                 QStringLiteral("--parameters"), QStringLiteral("{\"rate\": 1e9}")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("+100 % a year")), qPrintable(r.err));
        QCOMPARE(scenarios(), before);
        // The same refusal in the Chinese default: the engine's code put
        // into Chinese at the edge, no English sentence.
        r = run({QStringLiteral("projection"), QStringLiteral("set"), QStringLiteral("--scenario"),
                 QStringLiteral("绿色金融"), QStringLiteral("--indicator"), QStringLiteral("green_loan_balance"),
                 QStringLiteral("--method"), QStringLiteral("growth"), QStringLiteral("--parameters"),
                 QStringLiteral("{\"rate\": 1e9}")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("增长率必须大于-1（每年-100%）且不超过1（每年+100%）")), qPrintable(r.err));
        static const QRegularExpression englishWord(QStringLiteral("[A-Za-z]{4,}"));
        QVERIFY2(!r.err.contains(englishWord), qPrintable(r.err));
        QCOMPARE(scenarios(), before);
        // Goal-seek on a milestone (G-09, energy and water efficiency: no
        // value to seek), in Chinese: the refusal in Chinese, the lever by
        // no id, and in English in English.
        r = run({QStringLiteral("goalseek"), QStringLiteral("--scenario"), QStringLiteral("绿色金融"),
                 QStringLiteral("--target"), QStringLiteral("G-09"), QStringLiteral("--lever"),
                 QStringLiteral("afforestation_per_year")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("G-09是没有数值的里程碑目标")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(englishWord), qPrintable(r.err));
        r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("goalseek"), QStringLiteral("--scenario"),
                 QStringLiteral("绿色金融"), QStringLiteral("--target"), QStringLiteral("X-01"), QStringLiteral("--lever"),
                 QStringLiteral("afforestation_per_year")});
        QCOMPARE(r.exitCode, 1);
        // Afforestation does not move PM2.5: both named as a person reads them.
        QVERIFY2(r.err.contains(QStringLiteral("does not act on")) && !r.err.contains(QStringLiteral("afforestation_per_year"))
                     && !r.err.contains(QStringLiteral("pm25_annual_mean")),
                 qPrintable(r.err));
        QCOMPARE(scenarios(), before);
        // Forest coverage is computed by the ecological chapter's model: a
        // projection of its own would be ignored, so it is refused by name.
        r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("projection"), QStringLiteral("set"),
                 QStringLiteral("--scenario"), QStringLiteral("绿色金融"), QStringLiteral("--indicator"),
                 QStringLiteral("forest_coverage"), QStringLiteral("--method"), QStringLiteral("hold")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Forest coverage is computed by its chapter's model")), qPrintable(r.err));
        QCOMPARE(scenarios(), before);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString base = QStringLiteral("现状趋势情景");
        QTest::newRow("project: no scenario") << QStringList{QStringLiteral("project")} << 2 << QStringLiteral("--scenario");
        QTest::newRow("project: zero draws")
            << QStringList{QStringLiteral("project"), QStringLiteral("--scenario"), base, QStringLiteral("--draws"), QStringLiteral("0")}
            << 2 << QStringLiteral("--draws");
        QTest::newRow("project: negative draws")
            << QStringList{QStringLiteral("project"), QStringLiteral("--scenario"), base, QStringLiteral("--draws=-5")}
            << 2 << QStringLiteral("--draws");
        QTest::newRow("project: draws not a number")
            << QStringList{QStringLiteral("project"), QStringLiteral("--scenario"), base, QStringLiteral("--draws"), QStringLiteral("many")}
            << 2 << QStringLiteral("--draws");
        QTest::newRow("project: until 2041")
            << QStringList{QStringLiteral("project"), QStringLiteral("--scenario"), base, QStringLiteral("--until"), QStringLiteral("2041")}
            << 2 << QStringLiteral("--until");
        QTest::newRow("project: unknown scenario")
            << QStringList{QStringLiteral("project"), QStringLiteral("--scenario"), QStringLiteral("无此情景")}
            << 1 << QStringLiteral("无此情景");
        QTest::newRow("lever set: unknown lever")
            << QStringList{QStringLiteral("lever"), QStringLiteral("set"), QStringLiteral("--scenario"), base,
                           QStringLiteral("--lever"), QStringLiteral("no_such_lever"), QStringLiteral("--all-years"), QStringLiteral("1")}
            << 1 << QStringLiteral("no_such_lever");
        QTest::newRow("lever set: stage 4")
            << QStringList{QStringLiteral("lever"), QStringLiteral("set"), QStringLiteral("--scenario"), base,
                           QStringLiteral("--lever"), QStringLiteral("x"), QStringLiteral("--stage"), QStringLiteral("4"), QStringLiteral("1")}
            << 2 << QStringLiteral("--stage");
        QTest::newRow("lever set: two periods")
            << QStringList{QStringLiteral("lever"), QStringLiteral("set"), QStringLiteral("--scenario"), base,
                           QStringLiteral("--lever"), QStringLiteral("x"), QStringLiteral("--stage"), QStringLiteral("1"),
                           QStringLiteral("--all-years"), QStringLiteral("1")}
            << 2 << QStringLiteral("exactly one");
        QTest::newRow("lever set: NaN")
            << QStringList{QStringLiteral("lever"), QStringLiteral("set"), QStringLiteral("--scenario"), base,
                           QStringLiteral("--lever"), QStringLiteral("x"), QStringLiteral("--all-years"), QStringLiteral("nan")}
            << 2 << QStringLiteral("not a number");
        QTest::newRow("lever set: year 2050")
            << QStringList{QStringLiteral("lever"), QStringLiteral("set"), QStringLiteral("--scenario"), base,
                           QStringLiteral("--lever"), QStringLiteral("x"), QStringLiteral("--year"), QStringLiteral("2050"), QStringLiteral("1")}
            << 2 << QStringLiteral("--year");
        QTest::newRow("goalseek: unknown target")
            << QStringList{QStringLiteral("goalseek"), QStringLiteral("--scenario"), base, QStringLiteral("--target"),
                           QStringLiteral("Z-99"), QStringLiteral("--lever"), QStringLiteral("x")}
            << 1 << QStringLiteral("Z-99");
        QTest::newRow("sensitivity: unknown indicator")
            << QStringList{QStringLiteral("sensitivity"), QStringLiteral("--scenario"), base, QStringLiteral("--indicator"),
                           QStringLiteral("nope"), QStringLiteral("--year"), QStringLiteral("2030")}
            << 1 << QStringLiteral("nope");
        QTest::newRow("sensitivity: bad year")
            << QStringList{QStringLiteral("sensitivity"), QStringLiteral("--scenario"), base, QStringLiteral("--indicator"),
                           QStringLiteral("forest_coverage"), QStringLiteral("--year"), QStringLiteral("1999")}
            << 2 << QStringLiteral("--year");
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QByteArray before = scenarios();
        const CliResult r = runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en")}
                                       + arguments, m_env);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(scenarios(), before);  // nothing written, revision unchanged
    }

private:
    CliResult run(const QStringList &arguments)
    {
        return runCli(QStringList{QStringLiteral("--db"), m_db} + arguments, m_env);
    }

    QJsonObject project(const QStringList &extra)
    {
        const CliResult r = run(QStringList{QStringLiteral("project"), QStringLiteral("--scenario"),
                                            QStringLiteral("现状趋势情景"), QStringLiteral("--json")} + extra);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    QByteArray scenarios()
    {
        return run({QStringLiteral("scenarios"), QStringLiteral("--json")}).out.toUtf8();
    }

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_db;
    QJsonObject m_baseline;
};

QTEST_GUILESS_MAIN(TestAnalysisCli)
#include "tst_analysiscli.moc"
