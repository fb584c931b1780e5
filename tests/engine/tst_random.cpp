// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/random.h"
#include "engine/statistics.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

using namespace Planner::Engine;

namespace {

constexpr int kSamples = 100000;

QList<double> sample(const TruncatedDistribution &distribution, quint64 seed)
{
    RandomStream stream(seed);
    QList<double> values;
    values.reserve(kSamples);
    for (int k = 0; k < kSamples; ++k)
        values.append(distribution.quantile(stream.uniformOpen()));
    return values;
}

double mean(const QList<double> &values)
{
    return std::accumulate(values.cbegin(), values.cend(), 0.0) / double(values.size());
}

double standardDeviation(const QList<double> &values)
{
    const double m = mean(values);
    double sum = 0.0;
    for (double v : values)
        sum += (v - m) * (v - m);
    return std::sqrt(sum / double(values.size() - 1));
}

const double kInf = std::numeric_limits<double>::infinity();

} // namespace

class TestRandom final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatorIsTheStandardOne()
    {
        // The C++ standard ([rand.predef]): the 10000th value of a
        // default-constructed mt19937_64 (seed 5489) is 9981545732273789042.
        RandomStream stream(5489);
        quint64 value = 0;
        for (int k = 0; k < 10000; ++k)
            value = stream.next();
        QCOMPARE(value, quint64(9981545732273789042ULL));
    }

    void sameSeedSameSequence()
    {
        RandomStream a(20240528);
        RandomStream b(20240528);
        RandomStream c(20240529);
        bool differs = false;
        for (int k = 0; k < 1000; ++k) {
            const double u = a.uniform();
            QCOMPARE(u, b.uniform());
            differs = differs || u != c.uniform();
        }
        QVERIFY(differs);
    }

    void uniformsAreOnTheGrid()
    {
        // Top 53 bits: u x 2^53 is a whole number in [0, 2^53); the open
        // variant sits half a step above it.
        RandomStream a(7);
        RandomStream b(7);
        for (int k = 0; k < 1000; ++k) {
            const double u = a.uniform();
            const double open = b.uniformOpen();
            QVERIFY(u >= 0.0 && u < 1.0);
            QVERIFY(open > 0.0 && open < 1.0);
            const double scaled = u * 0x1.0p53;
            QCOMPARE(scaled, std::floor(scaled));
            QCOMPARE(open * 0x1.0p53, scaled + 0.5);
        }
    }

    void streamSeeds()
    {
        QCOMPARE(streamSeed(1, u"lever:afforestation"), streamSeed(1, u"lever:afforestation"));
        QVERIFY(streamSeed(1, u"lever:afforestation") != streamSeed(2, u"lever:afforestation"));
        QVERIFY(streamSeed(1, u"lever:afforestation") != streamSeed(1, u"lever:afforestatio"));
        QVERIFY(streamSeed(1, u"lever:a") != streamSeed(1, u"baseline:a"));
    }

    void normalQuantileKnownValues_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("z");
        // Standard normal table values (to 16 digits).
        QTest::newRow("median") << 0.5 << 0.0;
        QTest::newRow("P90") << 0.9 << 1.2815515655446008;
        QTest::newRow("P10") << 0.1 << -1.2815515655446008;
        QTest::newRow("upper quartile") << 0.75 << 0.6744897501960817;
        QTest::newRow("97.5 %") << 0.975 << 1.9599639845400536;
        QTest::newRow("0.1 %, lower tail") << 0.001 << -3.090232306167813;
        QTest::newRow("1e-10, far tail") << 1e-10 << -6.361340902404056;
        QTest::newRow("1 - 1e-6, upper tail") << 0.999999 << 4.753424308817089;
    }
    void normalQuantileKnownValues()
    {
        QFETCH(double, p);
        QFETCH(double, z);
        const double x = normalQuantile(p);
        QVERIFY2(std::abs(x - z) <= 1e-12 * std::max(1.0, std::abs(z)), qPrintable(QString::number(x, 'g', 17)));
        if (p > 1e-9 && p < 1.0 - 1e-9)
            QVERIFY(std::abs(normalCdf(z) - p) <= 1e-15);
    }

    void normalQuantileEdges()
    {
        QCOMPARE(normalQuantile(0.0), -kInf);
        QCOMPARE(normalQuantile(1.0), kInf);
        QVERIFY(std::isnan(normalQuantile(1.5)));
        QVERIFY(std::isnan(normalQuantile(-0.1)));
    }

    void uniformMoments()
    {
        // Uniform on [v - s, v + s] = [8, 12]: mean 10, P10 8.4, P90 11.6.
        // The standard error of the mean is s / sqrt(3 n) = 2 / sqrt(300000)
        // = 0.0037; of a sample quantile about sqrt(0.09 / n) / (1/4) = 0.0038.
        const QList<double> v = sample(TruncatedDistribution({Uncertainty::Kind::Uniform, 2.0}, 10.0, -kInf, kInf), 1);
        QVERIFY(std::abs(mean(v) - 10.0) < 0.02);
        QVERIFY(std::abs(percentile(v, 0.1) - 8.4) < 0.02);
        QVERIFY(std::abs(percentile(v, 0.9) - 11.6) < 0.02);
        QVERIFY(*std::min_element(v.cbegin(), v.cend()) >= 8.0);
        QVERIFY(*std::max_element(v.cbegin(), v.cend()) <= 12.0);
    }

    void triangularMoments()
    {
        // Low 6, mode 10, high 14: mean (6 + 10 + 14) / 3 = 10. Below the
        // mode F(x) = (x - 6)^2 / ((14 - 6)(10 - 6)) = (x - 6)^2 / 32, so
        // P10: (x - 6)^2 = 3.2, x = 6 + 1.7888543820 = 7.7888543820;
        // P90 by symmetry 14 - 1.7888543820 = 12.2111456180. The density at
        // P10 is 2 x 1.789 / 32 = 0.112: standard error of P10 about
        // sqrt(0.09 / n) / 0.112 = 0.0085.
        const QList<double> v =
            sample(TruncatedDistribution({Uncertainty::Kind::Triangular, 4.0}, 10.0, -kInf, kInf), 2);
        QVERIFY(std::abs(mean(v) - 10.0) < 0.03);
        QVERIFY2(std::abs(percentile(v, 0.1) - 7.7888543819998315) < 0.05, qPrintable(QString::number(percentile(v, 0.1))));
        QVERIFY(std::abs(percentile(v, 0.5) - 10.0) < 0.05);
        QVERIFY(std::abs(percentile(v, 0.9) - 12.211145618000169) < 0.05);
    }

    void triangularCdfAndQuantileAgree()
    {
        // F(F^-1(u)) = u, exactly enough, on both sides of the mode.
        for (const double u : {0.01, 0.2, 0.5, 0.7, 0.99}) {
            const double x = triangularQuantile(6.0, 10.0, 14.0, u);
            QVERIFY(std::abs(triangularCdf(6.0, 10.0, 14.0, x) - u) < 1e-12);
        }
    }

    void normalMoments()
    {
        // Mean 50, sd 10: P10 = 50 - 12.815515655 = 37.184484345, P90 =
        // 62.815515655. Standard error of the mean 10 / sqrt(n) = 0.032; of
        // P10 sqrt(0.09 / n) / phi(1.2816) x 10 = 0.0055 / 0.1755 = 0.054.
        const QList<double> v = sample(TruncatedDistribution({Uncertainty::Kind::Normal, 10.0}, 50.0, -kInf, kInf), 3);
        QVERIFY(std::abs(mean(v) - 50.0) < 0.15);
        QVERIFY(std::abs(standardDeviation(v) - 10.0) < 0.15);
        QVERIFY(std::abs(percentile(v, 0.1) - 37.184484344553992) < 0.25);
        QVERIFY(std::abs(percentile(v, 0.5) - 50.0) < 0.2);
        QVERIFY(std::abs(percentile(v, 0.9) - 62.815515655446008) < 0.25);
    }

    void truncatedNormalIsHalfNormal()
    {
        // A standard normal truncated to [0, inf) is half-normal: mean
        // sqrt(2 / pi) = 0.7978845608, median Φ⁻¹(0.75) = 0.6744897502.
        const QList<double> v = sample(TruncatedDistribution({Uncertainty::Kind::Normal, 1.0}, 0.0, 0.0, kInf), 4);
        QVERIFY(*std::min_element(v.cbegin(), v.cend()) >= 0.0);
        QVERIFY(std::abs(mean(v) - 0.7978845608028654) < 0.01);
        QVERIFY(std::abs(percentile(v, 0.5) - 0.6744897501960817) < 0.015);
    }

    void truncationToTheLeversRange_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("centre");
        QTest::addColumn<double>("spread");
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        QTest::addColumn<double>("median");
        // Uniform [7, 11] cut at 10 is uniform on [7, 10]: median 8.5.
        QTest::newRow("uniform") << int(Uncertainty::Kind::Uniform) << 9.0 << 2.0 << 0.0 << 10.0 << 8.5;
        // Triangular (6, 10, 14) cut at 11: F(11) = 1 - 3^2 / 32 = 23/32, so
        // the median solves (x - 6)^2 / 32 = 23/64: x = 6 + sqrt(11.5) =
        // 9.3911649916.
        QTest::newRow("triangular") << int(Uncertainty::Kind::Triangular) << 10.0 << 4.0 << 0.0 << 11.0
                                    << 9.391164991562635;
        // A normal mean 5, sd 10 in [0, 10]: symmetric about 5, median 5.
        QTest::newRow("normal, symmetric cut") << int(Uncertainty::Kind::Normal) << 5.0 << 10.0 << 0.0 << 10.0 << 5.0;
    }
    void truncationToTheLeversRange()
    {
        QFETCH(int, kind);
        QFETCH(double, centre);
        QFETCH(double, spread);
        QFETCH(double, lower);
        QFETCH(double, upper);
        QFETCH(double, median);
        const QList<double> v =
            sample(TruncatedDistribution({Uncertainty::Kind(kind), spread}, centre, lower, upper), 5);
        QVERIFY(*std::min_element(v.cbegin(), v.cend()) >= lower);
        QVERIFY(*std::max_element(v.cbegin(), v.cend()) <= upper);
        QVERIFY2(std::abs(percentile(v, 0.5) - median) < 0.05, qPrintable(QString::number(percentile(v, 0.5))));
    }

    void farUpperTailStaysInRange()
    {
        // Mean 0, sd 1 cut to [8, 9]: Φ rounds to 1 there; working with the
        // upper tail keeps every draw inside, near 8 (the density falls by
        // e^-8 per unit: the median is about 8 + ln 2 / 8 = 8.087).
        const QList<double> v = sample(TruncatedDistribution({Uncertainty::Kind::Normal, 1.0}, 0.0, 8.0, 9.0), 6);
        QVERIFY(*std::min_element(v.cbegin(), v.cend()) >= 8.0);
        QVERIFY(*std::max_element(v.cbegin(), v.cend()) <= 9.0);
        QVERIFY(std::abs(percentile(v, 0.5) - 8.087) < 0.01);
    }

    void noUncertaintyGivesTheCentre()
    {
        const TruncatedDistribution none({Uncertainty::Kind::None, 5.0}, 3.0, 0.0, 10.0);
        QVERIFY(none.isDegenerate());
        QCOMPARE(none.quantile(0.99), 3.0);
        const TruncatedDistribution zeroSpread({Uncertainty::Kind::Normal, 0.0}, 3.0, 0.0, 10.0);
        QCOMPARE(zeroSpread.quantile(0.01), 3.0);
    }
};

QTEST_GUILESS_MAIN(TestRandom)
#include "tst_random.moc"
