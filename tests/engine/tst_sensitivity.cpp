// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/sensitivity.h"

#include "enginefixtures.h"

#include <QTest>

using namespace Planner::Engine;
using namespace Planner::Engine::Testing;

class TestSensitivity final : public QObject
{
    Q_OBJECT

private:
    static Simulator forest()
    {
        // area(t) = area(t-1) + afforestation + restoration - loss.
        Indicator area = indicator(QStringLiteral("forest_area"), 2023, 85000.0, Direction::Increase,
                                   QStringLiteral("km²"));
        Indicator rail = indicator(QStringLiteral("rail_share"), 2023, 20.0);
        const QList<Lever> levers{lever(QStringLiteral("afforestation"), 0.0, 2000.0, 500.0),
                                  lever(QStringLiteral("restoration"), 0.0, 300.0, 100.0),
                                  lever(QStringLiteral("loss"), 0.0, 500.0, 50.0),
                                  lever(QStringLiteral("rail_shift"), 0.0, 5.0, 1.0)};
        const QList<std::shared_ptr<const Model>> models{std::make_shared<MultiStockModel>(
            area.id,
            QStringList{QStringLiteral("afforestation"), QStringLiteral("restoration"), QStringLiteral("loss")},
            QList<double>{1.0, 1.0, -1.0})};
        Expected<Simulator> s = Simulator::create(catalog({area, rail}), levers, models);
        if (!s.ok())
            qFatal("%s", qPrintable(s.error().message));
        return s.takeValue();
    }

private Q_SLOTS:
    void tornadoByHand()
    {
        // 2035 is 12 years after 2023. At the scenario's settings:
        //   85,000 + 12 (500 + 100 - 50) = 91,600.
        // afforestation 0 / 2,000: 85,000 + 12 x 50 = 85,600; 85,000 + 12 x 2,050 = 109,600; swing 24,000
        // loss 0 / 500:             85,000 + 12 x 600 = 92,200; 85,000 + 12 x 100 = 86,200; swing 6,000
        // restoration 0 / 300:      85,000 + 12 x 450 = 90,400; 85,000 + 12 x 750 = 94,000; swing 3,600
        // rail_shift does not act on forest area: no bar.
        const Expected<Tornado> t = tornado(forest(), {}, QStringLiteral("forest_area"), 2035);
        QVERIFY2(t.ok(), qPrintable(t.error().message));
        QCOMPARE(t.value().scenarioValue, 91600.0);
        QCOMPARE(t.value().bars.size(), 3);
        const QStringList order{QStringLiteral("afforestation"), QStringLiteral("loss"), QStringLiteral("restoration")};
        const QList<double> atMin{85600.0, 92200.0, 90400.0};
        const QList<double> atMax{109600.0, 86200.0, 94000.0};
        const QList<double> swing{24000.0, 6000.0, 3600.0};
        for (int i = 0; i < 3; ++i) {
            const TornadoBar &bar = t.value().bars.at(i);
            QCOMPARE(bar.leverId, order.at(i));
            QCOMPARE(bar.valueAtMin, atMin.at(i));
            QCOMPARE(bar.valueAtMax, atMax.at(i));
            QCOMPARE(bar.swing, swing.at(i));
        }
    }

    void otherLeversStayAtTheScenariosSettings()
    {
        // Afforestation set to 1,000 a year: the loss bar moves with it:
        // 85,000 + 12 (1,000 + 100 - 0) = 98,200 and - 500: 92,200.
        ScenarioInputs inputs;
        inputs.levers.insert(QStringLiteral("afforestation"), LeverSchedule::filled(2024, 2035, 1000.0));
        const Expected<Tornado> t = tornado(forest(), inputs, QStringLiteral("forest_area"), 2035);
        QVERIFY(t.ok());
        for (const TornadoBar &bar : t.value().bars) {
            if (bar.leverId == QLatin1StringView("loss")) {
                QCOMPARE(bar.valueAtMin, 98200.0);
                QCOMPARE(bar.valueAtMax, 92200.0);
            }
        }
    }

    void badRequests()
    {
        const Expected<Tornado> unknown = tornado(forest(), {}, QStringLiteral("forest_cover"), 2035);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().field, QStringLiteral("indicator"));
        const Expected<Tornado> late = tornado(forest(), {}, QStringLiteral("forest_area"), 2050);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().field, QStringLiteral("year"));
        QCOMPARE(late.error().year, 2050);
    }
};

QTEST_GUILESS_MAIN(TestSensitivity)
#include "tst_sensitivity.moc"
