// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/statistics.h"

#include <QTest>

#include <cmath>

using namespace Planner::Engine;

class TestStatistics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void type7_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("expected");
        // Sorted 1, 2, 3, 4, 5 (n = 5), h = 4p:
        QTest::newRow("median of 5") << QList<double>{5, 1, 4, 2, 3} << 0.5 << 3.0;           // h = 2
        QTest::newRow("P10 of 5") << QList<double>{5, 1, 4, 2, 3} << 0.1 << 1.4;              // h = 0.4: 1 + 0.4 x 1
        QTest::newRow("P90 of 5") << QList<double>{5, 1, 4, 2, 3} << 0.9 << 4.6;              // h = 3.6: 4 + 0.6 x 1
        QTest::newRow("minimum") << QList<double>{5, 1, 4, 2, 3} << 0.0 << 1.0;
        QTest::newRow("maximum") << QList<double>{5, 1, 4, 2, 3} << 1.0 << 5.0;
        // Sorted 10, 20, 30, 40 (n = 4): h = 3 x 0.5 = 1.5: 20 + 0.5 x 10 = 25.
        QTest::newRow("median of 4") << QList<double>{40, 10, 30, 20} << 0.5 << 25.0;
        // h = 3 x 0.1 = 0.3: 10 + 0.3 x 10 = 13; h = 2.7: 30 + 0.7 x 10 = 37.
        QTest::newRow("P10 of 4") << QList<double>{40, 10, 30, 20} << 0.1 << 13.0;
        QTest::newRow("P90 of 4") << QList<double>{40, 10, 30, 20} << 0.9 << 37.0;
        QTest::newRow("one value") << QList<double>{7} << 0.9 << 7.0;
        // Sorted 0 .. 10 (n = 11): P10 = 1, P50 = 5, P90 = 9 exactly.
        QTest::newRow("0..10 P90") << QList<double>{10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0} << 0.9 << 9.0;
    }
    void type7()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, p);
        QFETCH(double, expected);
        QVERIFY(std::abs(percentile(values, p) - expected) < 1e-12);
    }

    void emptyIsNaN()
    {
        QVERIFY(std::isnan(percentile({}, 0.5)));
    }

    void bandMatchesTheDefinition_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("p10");
        QTest::addColumn<double>("p50");
        QTest::addColumn<double>("p90");
        // 1..5: as above, 1.4, 3, 4.6.
        QTest::newRow("five") << QList<double>{3, 5, 1, 2, 4} << 1.4 << 3.0 << 4.6;
        // 10, 20, 30, 40: 13, 25, 37.
        QTest::newRow("four") << QList<double>{20, 40, 10, 30} << 13.0 << 25.0 << 37.0;
        // All equal: no spread.
        QTest::newRow("constant") << QList<double>{2, 2, 2} << 2.0 << 2.0 << 2.0;
        // Duplicates around the positions: sorted 1, 1, 2, 2, 2, 3 (n = 6),
        // h10 = 0.5 -> 1; h50 = 2.5 -> 2; h90 = 4.5 -> 2 + 0.5 x 1 = 2.5.
        QTest::newRow("ties") << QList<double>{2, 1, 3, 2, 1, 2} << 1.0 << 2.0 << 2.5;
    }
    void bandMatchesTheDefinition()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, p10);
        QFETCH(double, p50);
        QFETCH(double, p90);
        const Percentiles band = bandPercentiles(std::span<double>(values.data(), std::size_t(values.size())));
        QVERIFY(std::abs(band.p10 - p10) < 1e-12);
        QVERIFY(std::abs(band.p50 - p50) < 1e-12);
        QVERIFY(std::abs(band.p90 - p90) < 1e-12);
    }

    void bandOfThousandValues()
    {
        // 0, 1, ..., 999 shuffled by a fixed permutation (k x 7919 mod 1000,
        // 7919 prime to 1000): h = 999 p, so P10 = 99.9, P50 = 499.5,
        // P90 = 899.1.
        QList<double> values;
        for (int k = 0; k < 1000; ++k)
            values.append(double((k * 7919) % 1000));
        const Percentiles band = bandPercentiles(std::span<double>(values.data(), std::size_t(values.size())));
        QVERIFY(std::abs(band.p10 - 99.9) < 1e-9);
        QVERIFY(std::abs(band.p50 - 499.5) < 1e-9);
        QVERIFY(std::abs(band.p90 - 899.1) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
