// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/projection.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Planner::Engine;

namespace {

// Relative tolerance for values worked out by hand to ~15 digits.
bool near(double actual, double expected, double tolerance = 1e-12)
{
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

} // namespace

class TestProjection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void methods_data()
    {
        QTest::addColumn<ProjectionChoice>("choice");
        QTest::addColumn<int>("startYear");
        QTest::addColumn<double>("startValue");
        QTest::addColumn<QList<double>>("expected");  // start year + 1, + 2, ...

        ProjectionChoice hold;
        QTest::newRow("hold") << hold << 2023 << 45.42 << QList<double>{45.42, 45.42, 45.42};

        ProjectionChoice linear;
        linear.method = ProjectionMethod::Linear;
        linear.slope = 1.5;
        // 40 + 1.5 = 41.5; + 1.5 = 43; + 1.5 = 44.5
        QTest::newRow("linear") << linear << 2023 << 40.0 << QList<double>{41.5, 43.0, 44.5};

        ProjectionChoice growth;
        growth.method = ProjectionMethod::Growth;
        growth.growthRate = 0.05;
        // 100 x 1.05 = 105; 105 x 1.05 = 110.25 (the example)
        QTest::newRow("100 at 5 % for 2 years") << growth << 2023 << 100.0 << QList<double>{105.0, 110.25};

        ProjectionChoice decline;
        decline.method = ProjectionMethod::Growth;
        decline.growthRate = -0.1;
        // 200 x 0.9 = 180; x 0.9 = 162; x 0.9 = 145.8
        QTest::newRow("decline 10 % a year") << decline << 2023 << 200.0 << QList<double>{180.0, 162.0, 145.8};

        ProjectionChoice logistic;
        logistic.method = ProjectionMethod::Logistic;
        logistic.ceiling = 100.0;
        logistic.logisticRate = 0.5;
        logistic.midpointYear = 2027.0;
        // K / (1 + exp(-r (t - t0))) with K = 100, r = 0.5, t0 = 2027:
        // 2025: 100 / (1 + e^1) = 26.894142136999513
        // 2026: 100 / (1 + e^0.5) = 37.754066879814545
        // 2027: 100 / (1 + e^0) = 50
        // 2028: 100 / (1 + e^-0.5) = 62.245933120185455
        // 2029: 100 / (1 + e^-1) = 73.10585786300048
        // The curve ignores the start value.
        QTest::newRow("logistic closed form") << logistic << 2024 << 5.0
                                              << QList<double>{26.894142136999513, 37.754066879814545, 50.0,
                                                               62.245933120185455, 73.10585786300048};

        ProjectionChoice throughLatest;
        throughLatest.method = ProjectionMethod::LogisticThroughLatest;
        throughLatest.ceiling = 100.0;
        throughLatest.logisticRate = 0.5;
        // Through (2024, 20): exp(-r (t_s - t0)) = K / v - 1 = 4, so
        // v(t_s + k) = 100 / (1 + 4 e^(-0.5 k)):
        // k = 1: 100 / (1 + 4 x 0.60653065971) = 29.18751327405783
        // k = 2: 100 / (1 + 4 x 0.36787944117) = 40.46096751916897
        // k = 3: 100 / (1 + 4 x 0.22313016015) = 52.83958222438627
        QTest::newRow("logistic through the latest value")
            << throughLatest << 2024 << 20.0 << QList<double>{29.18751327405783, 40.46096751916897, 52.83958222438627};

        ProjectionChoice milestones;
        milestones.method = ProjectionMethod::Milestones;
        milestones.milestones = {{2030, 10.0}, {2025, 20.0}, {2023, 99.0}};  // unsorted; 2023, the start year, is history
        // From (2023, 10) to (2025, 20): +5 a year; to (2030, 10): -2 a year;
        // then held at 10.
        QTest::newRow("milestones, linear") << milestones << 2023 << 10.0
                                            << QList<double>{15.0, 20.0, 18.0, 16.0, 14.0, 12.0, 10.0, 10.0};
        ProjectionChoice steps = milestones;
        steps.interpolation = Interpolation::Step;
        // Each point takes effect in its own year: 10 until 2025, 20 until
        // 2030, then 10.
        QTest::newRow("milestones, step") << steps << 2023 << 10.0
                                          << QList<double>{10.0, 20.0, 20.0, 20.0, 20.0, 20.0, 10.0, 10.0};
    }
    void methods()
    {
        QFETCH(ProjectionChoice, choice);
        QFETCH(int, startYear);
        QFETCH(double, startValue);
        QFETCH(QList<double>, expected);
        const int endYear = startYear + int(expected.size());
        const Expected<QList<double>> values =
            project(choice, QStringLiteral("x"), {startYear, startValue}, endYear);
        QVERIFY2(values.ok(), qPrintable(values.error().message));
        QCOMPARE(values.value().size(), expected.size());
        for (qsizetype k = 0; k < expected.size(); ++k)
            QVERIFY2(near(values.value().at(k), expected.at(k)),
                     qPrintable(QStringLiteral("year %1: %2, expected %3")
                                    .arg(startYear + k + 1)
                                    .arg(values.value().at(k), 0, 'g', 17)
                                    .arg(expected.at(k), 0, 'g', 17)));
    }

    void fitRecoversALine_data()
    {
        QTest::addColumn<QList<YearPoint>>("points");
        QTest::addColumn<double>("slope");
        QTest::addColumn<double>("intercept");
        // On the line v = 2.5 (t - 2020) + 10: slope 2.5, intercept
        // 10 - 2.5 x 2020 = -5040.
        QTest::newRow("exact line") << QList<YearPoint>{{2018, 5.0}, {2019, 7.5}, {2020, 10.0}, {2021, 12.5}} << 2.5
                                    << -5040.0;
        // Falling line v = -0.4 t + 850: 2015 -> 44, 2020 -> 42, 2025 -> 40.
        QTest::newRow("falling, uneven years") << QList<YearPoint>{{2015, 44.0}, {2020, 42.0}, {2025, 40.0}} << -0.4
                                               << 850.0;
        // Off the line: (2020, 1), (2021, 3), (2022, 2). Means t = 2021,
        // v = 2; Sxx = 1 + 0 + 1 = 2; Sxy = (-1)(-1) + 0 + (1)(0) = 1;
        // slope 1 / 2 = 0.5; intercept 2 - 0.5 x 2021 = -1008.5.
        QTest::newRow("least squares") << QList<YearPoint>{{2020, 1.0}, {2021, 3.0}, {2022, 2.0}} << 0.5 << -1008.5;
    }
    void fitRecoversALine()
    {
        QFETCH(QList<YearPoint>, points);
        QFETCH(double, slope);
        QFETCH(double, intercept);
        const std::optional<LinearFit> fit =
            fitLine(std::span<const YearPoint>(points.constData(), std::size_t(points.size())));
        QVERIFY(fit);
        QVERIFY2(near(fit->slope, slope, 1e-9), qPrintable(QString::number(fit->slope, 'g', 17)));
        QVERIFY2(near(fit->intercept, intercept, 1e-9), qPrintable(QString::number(fit->intercept, 'g', 17)));
        QCOMPARE(fit->points, int(points.size()));
    }

    void fitNeedsTwoYears()
    {
        const QList<YearPoint> one{{2020, 1.0}};
        QVERIFY(!fitLine(std::span<const YearPoint>(one.constData(), 1)));
        const QList<YearPoint> sameYear{{2020, 1.0}, {2020, 2.0}};
        QVERIFY(!fitLine(std::span<const YearPoint>(sameYear.constData(), 2)));
    }

    void fittedTrendUsesTheLastNYears()
    {
        // The last 3 observed years (2021: 10, 2022: 13, 2023: 14): means
        // t = 2022, v = 37 / 3; Sxy = (-1)(10 - 37/3) + (1)(14 - 37/3) = 4,
        // Sxx = 2, slope 2. From the latest value 14: 16, 18. The two older
        // points (100, 50) would pull the slope far down if used.
        ProjectionChoice fitted;
        fitted.method = ProjectionMethod::Fitted;
        fitted.fitYears = 3;
        const QList<YearPoint> observed{{2019, 100.0}, {2020, 50.0}, {2021, 10.0}, {2022, 13.0}, {2023, 14.0}};
        const Expected<QList<double>> values = project(fitted, QStringLiteral("x"), {2023, 14.0}, 2025, observed);
        QVERIFY2(values.ok(), qPrintable(values.error().message));
        QVERIFY(near(values.value().at(0), 16.0, 1e-9));
        QVERIFY(near(values.value().at(1), 18.0, 1e-9));
    }

    void logisticMidpoint()
    {
        // 20 = 100 / (1 + e^(-0.5 (2024 - t0)))  =>  t0 = 2024 + 2 ln 4
        //    = 2024 + 2.772588722239781
        const std::optional<double> t0 = logisticMidpointThrough(2024, 20.0, 100.0, 0.5);
        QVERIFY(t0);
        QVERIFY(near(*t0, 2026.772588722239781, 1e-14));
        QVERIFY(!logisticMidpointThrough(2024, 100.0, 100.0, 0.5));  // at the ceiling
        QVERIFY(!logisticMidpointThrough(2024, 0.0, 100.0, 0.5));
        QVERIFY(!logisticMidpointThrough(2024, 20.0, 100.0, 0.0));
    }

    void badParameters_data()
    {
        QTest::addColumn<ProjectionChoice>("choice");
        QTest::addColumn<QString>("field");
        ProjectionChoice growth;
        growth.method = ProjectionMethod::Growth;
        growth.growthRate = -1.0;
        QTest::newRow("growth of -100 %") << growth << QStringLiteral("rate");
        ProjectionChoice slope;
        slope.method = ProjectionMethod::Linear;
        slope.slope = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("NaN slope") << slope << QStringLiteral("slope");
        ProjectionChoice ceiling;
        ceiling.method = ProjectionMethod::Logistic;
        ceiling.ceiling = 0.0;
        ceiling.logisticRate = 0.3;
        QTest::newRow("zero ceiling") << ceiling << QStringLiteral("ceiling");
        ProjectionChoice below;
        below.method = ProjectionMethod::LogisticThroughLatest;
        below.ceiling = 30.0;  // the start is 40
        below.logisticRate = 0.3;
        QTest::newRow("ceiling below the latest value") << below << QStringLiteral("ceiling");
        ProjectionChoice twice;
        twice.method = ProjectionMethod::Milestones;
        twice.milestones = {{2030, 1.0}, {2030, 2.0}};
        QTest::newRow("two milestones in one year") << twice << QStringLiteral("points");
        ProjectionChoice fitted;
        fitted.method = ProjectionMethod::Fitted;
        QTest::newRow("fit with one observed year") << fitted << QStringLiteral("years");
        ProjectionChoice one;
        one.method = ProjectionMethod::Fitted;
        one.fitYears = 1;
        QTest::newRow("fit over one year") << one << QStringLiteral("years");
    }
    void badParameters()
    {
        QFETCH(ProjectionChoice, choice);
        QFETCH(QString, field);
        const Expected<QList<double>> values =
            project(choice, QStringLiteral("nev_share"), {2024, 40.0}, 2030, {{2024, 40.0}});
        QVERIFY(!values.ok());
        QCOMPARE(values.error().field, field);
        QCOMPARE(values.error().id, QStringLiteral("nev_share"));
        QVERIFY(values.error().message.contains(QStringLiteral("nev_share")));
    }

    void choiceFromJson()
    {
        Expected<ProjectionChoice> growth = projectionChoiceFromJson(
            QStringLiteral("growth"), QJsonObject{{QStringLiteral("rate"), 0.05}}, QStringLiteral("x"));
        QVERIFY(growth.ok());
        QCOMPARE(growth.value().method, ProjectionMethod::Growth);
        QCOMPARE(growth.value().growthRate, 0.05);

        const QJsonObject points{
            {QStringLiteral("points"), QJsonArray{QJsonObject{{QStringLiteral("year"), 2027}, {QStringLiteral("value"), 45}}}},
            {QStringLiteral("interpolation"), QStringLiteral("step")}};
        Expected<ProjectionChoice> milestones =
            projectionChoiceFromJson(QStringLiteral("milestones"), points, QStringLiteral("x"));
        QVERIFY(milestones.ok());
        QCOMPARE(milestones.value().milestones, (QList<YearPoint>{{2027, 45.0}}));
        QCOMPARE(milestones.value().interpolation, Interpolation::Step);
        // Back to JSON and in again: the same choice.
        Expected<ProjectionChoice> again = projectionChoiceFromJson(
            QStringLiteral("milestones"), projectionParametersToJson(milestones.value()), QStringLiteral("x"));
        QVERIFY(again.ok());
        QCOMPARE(again.value().milestones, milestones.value().milestones);

        const Expected<ProjectionChoice> unknown =
            projectionChoiceFromJson(QStringLiteral("spline"), {}, QStringLiteral("forest_coverage"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().field, QStringLiteral("method"));
        QCOMPARE(unknown.error().id, QStringLiteral("forest_coverage"));
        const Expected<ProjectionChoice> missing =
            projectionChoiceFromJson(QStringLiteral("logistic"), QJsonObject{{QStringLiteral("ceiling"), 100}},
                                     QStringLiteral("nev_share"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().field, QStringLiteral("rate"));
    }

    // The one validator where a choice is stored (projection set, scenario
    // import). The indicator: observed 47, 48, 49 in 2020-2022 and a baseline
    // of 50 in 2023, so a projection starts at (2023, 50) and the run's years
    // run from 2020 (its first data year) to 2035 (the plan's last year).
    void storedChoice_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("parameters");
        QTest::addColumn<bool>("modelled");
        QTest::addColumn<QString>("field");  // empty: accepted
        const auto points = [](double year) {
            return QJsonObject{{QStringLiteral("points"),
                                QJsonArray{QJsonObject{{QStringLiteral("year"), year}, {QStringLiteral("value"), 60}}}}};
        };
        const auto logistic = [](double ceiling) {
            return QJsonObject{{QStringLiteral("ceiling"), ceiling}, {QStringLiteral("rate"), 0.5},
                               {QStringLiteral("midpoint"), 2020}};
        };
        // Bad inputs, each as the issue found them accepted.
        QTest::newRow("fitted years -5") << QStringLiteral("fitted") << QJsonObject{{QStringLiteral("years"), -5}} << false << QStringLiteral("years");
        QTest::newRow("fitted years 0") << QStringLiteral("fitted") << QJsonObject{{QStringLiteral("years"), 0}} << false << QStringLiteral("years");
        QTest::newRow("fitted years 1") << QStringLiteral("fitted") << QJsonObject{{QStringLiteral("years"), 1}} << false << QStringLiteral("years");
        QTest::newRow("fitted years 2.5") << QStringLiteral("fitted") << QJsonObject{{QStringLiteral("years"), 2.5}} << false << QStringLiteral("years");
        QTest::newRow("milestone 1900") << QStringLiteral("milestones") << points(1900) << false << QStringLiteral("points");
        QTest::newRow("milestone 2019, before the data") << QStringLiteral("milestones") << points(2019) << false << QStringLiteral("points");
        QTest::newRow("milestone 2036, after the plan") << QStringLiteral("milestones") << points(2036) << false << QStringLiteral("points");
        QTest::newRow("milestone 3000") << QStringLiteral("milestones") << points(3000) << false << QStringLiteral("points");
        QTest::newRow("milestone 2030.5") << QStringLiteral("milestones") << points(2030.5) << false << QStringLiteral("points");
        // 50 -> 0.3 / (1 + e^-1.5) = 0.2454... in 2024: a fall, not a curve towards a ceiling.
        QTest::newRow("logistic ceiling 0.3 below 50") << QStringLiteral("logistic") << logistic(0.3) << false << QStringLiteral("ceiling");
        QTest::newRow("logistic ceiling at 50") << QStringLiteral("logistic") << logistic(50) << false << QStringLiteral("ceiling");
        QTest::newRow("logistic through latest, ceiling 40") << QStringLiteral("logistic_through_latest")
            << QJsonObject{{QStringLiteral("ceiling"), 40}, {QStringLiteral("rate"), 0.3}} << false << QStringLiteral("ceiling");
        QTest::newRow("growth 1e9") << QStringLiteral("growth") << QJsonObject{{QStringLiteral("rate"), 1e9}} << false << QStringLiteral("rate");
        QTest::newRow("growth 1.01 (101 %)") << QStringLiteral("growth") << QJsonObject{{QStringLiteral("rate"), 1.01}} << false << QStringLiteral("rate");
        QTest::newRow("growth -1 (-100 %)") << QStringLiteral("growth") << QJsonObject{{QStringLiteral("rate"), -1}} << false << QStringLiteral("rate");
        QTest::newRow("modelled indicator") << QStringLiteral("hold") << QJsonObject{} << true << QStringLiteral("method");
        // One good input per method (and the edges: +100 % and 2035 are allowed).
        QTest::newRow("hold") << QStringLiteral("hold") << QJsonObject{} << false << QString();
        QTest::newRow("linear") << QStringLiteral("linear") << QJsonObject{{QStringLiteral("slope"), 0.5}} << false << QString();
        QTest::newRow("growth 3 %") << QStringLiteral("growth") << QJsonObject{{QStringLiteral("rate"), 0.03}} << false << QString();
        QTest::newRow("growth +100 %") << QStringLiteral("growth") << QJsonObject{{QStringLiteral("rate"), 1.0}} << false << QString();
        QTest::newRow("logistic ceiling 80") << QStringLiteral("logistic") << logistic(80) << false << QString();
        QTest::newRow("logistic through latest, ceiling 80") << QStringLiteral("logistic_through_latest")
            << QJsonObject{{QStringLiteral("ceiling"), 80}, {QStringLiteral("rate"), 0.3}} << false << QString();
        QTest::newRow("milestone 2035") << QStringLiteral("milestones") << points(2035) << false << QString();
        QTest::newRow("fitted 4 years") << QStringLiteral("fitted") << QJsonObject{{QStringLiteral("years"), 4}} << false << QString();
    }
    void storedChoice()
    {
        QFETCH(QString, method);
        QFETCH(QJsonObject, parameters);
        QFETCH(bool, modelled);
        QFETCH(QString, field);
        Indicator indicator;
        indicator.id = QStringLiteral("forest_coverage");
        indicator.nameEn = QStringLiteral("Forest coverage");
        indicator.nameZh = QStringLiteral("森林覆盖率");
        indicator.observed = {{2020, 47.0, {}}, {2021, 48.0, {}}, {2022, 49.0, {}}};
        indicator.baseline.year = 2023;
        indicator.baseline.value = 50.0;
        const ScenarioInputs inputs;
        Error error;
        const Expected<ProjectionChoice> choice = projectionChoiceFromJson(method, parameters, indicator.id);
        if (!choice.ok())
            error = choice.error();
        else
            error = checkProjectionChoice(choice.value(), indicator, inputs, modelled);
        if (field.isEmpty()) {
            QVERIFY2(!error, qPrintable(error.message));
            // What is stored runs: the run's own check (resolveProjection) agrees.
            QVERIFY(project(choice.value(), indicator.id, {2023, 50.0}, 2035,
                            {{2020, 47.0}, {2021, 48.0}, {2022, 49.0}, {2023, 50.0}}).ok());
            return;
        }
        QVERIFY(bool(error));
        QCOMPARE(error.field, field);
        QCOMPARE(error.id, indicator.id);
        if (modelled)
            QVERIFY2(error.message.contains(QStringLiteral("\"Forest coverage\"")), qPrintable(error.message));
        if (choice.ok()) {
            // The run refuses the same choice for the same reason.
            const Expected<QList<double>> run = project(choice.value(), indicator.id, {2023, 50.0}, 2035,
                                                        {{2020, 47.0}, {2021, 48.0}, {2022, 49.0}, {2023, 50.0}});
            if (!modelled) {
                QVERIFY(!run.ok());
                QCOMPARE(run.error().message, error.message);
            }
        }
    }

    void storedChoiceNotFinite_data()
    {
        QTest::addColumn<ProjectionChoice>("choice");
        QTest::addColumn<QString>("field");
        constexpr double inf = std::numeric_limits<double>::infinity();
        constexpr double nan = std::numeric_limits<double>::quiet_NaN();
        ProjectionChoice linear;
        linear.method = ProjectionMethod::Linear;
        linear.slope = inf;
        QTest::newRow("slope inf") << linear << QStringLiteral("slope");
        ProjectionChoice growth;
        growth.method = ProjectionMethod::Growth;
        growth.growthRate = nan;
        QTest::newRow("rate nan") << growth << QStringLiteral("rate");
        ProjectionChoice logistic;
        logistic.method = ProjectionMethod::Logistic;
        logistic.ceiling = 80.0;
        logistic.logisticRate = 0.5;
        logistic.midpointYear = nan;
        QTest::newRow("midpoint nan") << logistic << QStringLiteral("midpoint");
        ProjectionChoice milestone;
        milestone.method = ProjectionMethod::Milestones;
        milestone.milestones = {{2030, inf}};
        QTest::newRow("milestone value inf") << milestone << QStringLiteral("points");
    }
    void storedChoiceNotFinite()
    {
        QFETCH(ProjectionChoice, choice);
        QFETCH(QString, field);
        Indicator indicator;
        indicator.id = QStringLiteral("forest_coverage");
        indicator.baseline.year = 2023;
        indicator.baseline.value = 50.0;
        const Error error = checkProjectionChoice(choice, indicator, ScenarioInputs{}, false);
        QVERIFY(bool(error));
        QCOMPARE(error.field, field);
    }
};

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
