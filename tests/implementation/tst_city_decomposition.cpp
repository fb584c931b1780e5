// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Decomposition of a province-wide target to cities, checked by hand. The
// reference split (% of the province's target) is
//   长春市 30 + 吉林市 15 + 四平市 10 + 辽源市 5 + 通化市 10 + 白山市 5
//   + 松原市 10 + 白城市 5 + 延边朝鲜族自治州 10 = 100;
// the variants change 延边朝鲜族自治州 alone, so the sum is 90 + its share.

#include "implementation/core/citydecomposition.h"

#include <QTest>

#include <limits>

using namespace Planner;

namespace {

QList<Implementation::CityShare> reference(double yanbian)
{
    return {{QStringLiteral("长春市"), 30.0}, {QStringLiteral("吉林市"), 15.0}, {QStringLiteral("四平市"), 10.0},
            {QStringLiteral("辽源市"), 5.0},  {QStringLiteral("通化市"), 10.0}, {QStringLiteral("白山市"), 5.0},
            {QStringLiteral("松原市"), 10.0}, {QStringLiteral("白城市"), 5.0},
            {QStringLiteral("延边朝鲜族自治州"), yanbian}};
}

} // namespace

class TestGovernanceDecomposition final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownCities();
    void sumOfShares_data();
    void sumOfShares();
    void refusesBadCities_data();
    void refusesBadCities();
    void refusesBadShares_data();
    void refusesBadShares();
    void optionalCitiesAccepted();
    void decomposeTarget();
    void storedSplitOffOneHundred();
    void citiesByEitherName();
};

void TestGovernanceDecomposition::knownCities()
{
    QCOMPARE(Implementation::prefectureCities().size(), 9);
    QCOMPARE(Implementation::optionalCities().size(), 3);
    QCOMPARE(Implementation::knownCities().size(), 12);
    QVERIFY(Implementation::knownCities().contains(QStringLiteral("延边朝鲜族自治州")));
    QVERIFY(Implementation::knownCities().contains(QStringLiteral("长白山管委会")));
    // Lists of cities are shown in the plan's order (长春市, 吉林市, … then
    // 长白山管委会, 梅河口市, 公主岭市), not by character code (吉 U+5409
    // sorts before 长 U+957F); a name outside the list comes last.
    QCOMPARE(Implementation::inCityOrder({QStringLiteral("公主岭市"), QStringLiteral("某外地市"),
                                          QStringLiteral("吉林市"), QStringLiteral("长春市")}),
             (QList<QString>{QStringLiteral("长春市"), QStringLiteral("吉林市"), QStringLiteral("公主岭市"),
                             QStringLiteral("某外地市")}));
}

void TestGovernanceDecomposition::sumOfShares_data()
{
    QTest::addColumn<double>("yanbian");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("sumText");
    QTest::newRow("90 + 10 = 100") << 10.0 << true << QString();
    QTest::newRow("90 + 9.5 = 99.5") << 9.5 << false << QStringLiteral("99.500");
    QTest::newRow("90 + 10.5 = 100.5") << 10.5 << false << QStringLiteral("100.500");
    QTest::newRow("90 + 10.005 = 100.005, within 0.01") << 10.005 << true << QString();
    QTest::newRow("90 + 9.995 = 99.995, within 0.01") << 9.995 << true << QString();
    QTest::newRow("90 + 10.02 = 100.02, off by 0.02") << 10.02 << false << QStringLiteral("100.020");
}

void TestGovernanceDecomposition::sumOfShares()
{
    QFETCH(double, yanbian);
    QFETCH(bool, accepted);
    QFETCH(QString, sumText);
    const Engine::Error error = Implementation::checkDecomposition(reference(yanbian));
    QCOMPARE(!error.isError(), accepted);
    if (!accepted) {
        QCOMPARE(error.field, QStringLiteral("share"));
        QVERIFY2(error.message.contains(sumText), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("add up to")), qPrintable(error.message));
    }
}

void TestGovernanceDecomposition::refusesBadCities_data()
{
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown: 长春 without 市") << QStringLiteral("长春") << QStringLiteral("not a prefecture-level unit");
    QTest::newRow("unknown: 哈尔滨市") << QStringLiteral("哈尔滨市") << QStringLiteral("not a prefecture-level unit");
    QTest::newRow("duplicate: 吉林市") << QStringLiteral("吉林市") << QStringLiteral("appears twice");
}

void TestGovernanceDecomposition::refusesBadCities()
{
    QFETCH(QString, city);
    QFETCH(QString, expected);
    // 白城市 5 is replaced by the city under test with 5: the sum stays 100,
    // so only the name can be wrong.
    QList<Implementation::CityShare> shares = reference(10.0);
    shares[7].city = city;
    const Engine::Error error = Implementation::checkDecomposition(shares);
    QVERIFY(error.isError());
    QCOMPARE(error.field, QStringLiteral("city"));
    QCOMPARE(error.id, city);
    QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    QVERIFY2(error.message.contains(city), qPrintable(error.message));
}

void TestGovernanceDecomposition::refusesBadShares_data()
{
    QTest::addColumn<double>("share");
    QTest::newRow("negative") << -5.0;
    QTest::newRow("over 100") << 100.5;
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("infinite") << std::numeric_limits<double>::infinity();
}

void TestGovernanceDecomposition::refusesBadShares()
{
    QFETCH(double, share);
    QList<Implementation::CityShare> shares = reference(10.0);
    shares[1].share = share;  // 吉林市
    const Engine::Error error = Implementation::checkDecomposition(shares);
    QVERIFY(error.isError());
    QCOMPARE(error.field, QStringLiteral("share"));
    QCOMPARE(error.id, QStringLiteral("吉林市"));
    QVERIFY2(error.message.contains(QStringLiteral("吉林市")), qPrintable(error.message));
}

void TestGovernanceDecomposition::optionalCitiesAccepted()
{
    // 长春市 30 → 长春市 25 + 公主岭市 3 + 梅河口市 1 + 长白山管委会 1: still 100.
    QList<Implementation::CityShare> shares = reference(10.0);
    shares[0].share = 25.0;
    shares.append({QStringLiteral("公主岭市"), 3.0});
    shares.append({QStringLiteral("梅河口市"), 1.0});
    shares.append({QStringLiteral("长白山管委会"), 1.0});
    const Engine::Error error = Implementation::checkDecomposition(shares);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QVERIFY(Implementation::checkDecomposition({}).isError());
}

void TestGovernanceDecomposition::decomposeTarget()
{
    // A province target of 6,000 亿元 (A-03 green loans): 长春市 30 % = 1,800,
    // 辽源市 5 % = 300, 延边朝鲜族自治州 10 % = 600; the parts add up to 6,000.
    const Engine::Expected<QList<Implementation::CityTarget>> parts = Implementation::decompose(6000.0, reference(10.0));
    QVERIFY2(parts.ok(), qPrintable(parts.error().message));
    QCOMPARE(parts.value().size(), 9);
    QCOMPARE(parts.value().at(0).value, 1800.0);
    QCOMPARE(parts.value().at(3).value, 300.0);
    QCOMPARE(parts.value().at(8).value, 600.0);
    double sum = 0.0;
    for (const Implementation::CityTarget &part : parts.value())
        sum += part.value;
    QCOMPARE(sum, 6000.0);
    QVERIFY(!Implementation::decompose(6000.0, reference(9.5)).ok());
}

void TestGovernanceDecomposition::storedSplitOffOneHundred()
{
    // 延边 at 13 % instead of 10 % (its planner's own share): the shares add
    // up to 30 + 15 + 10 + 5 + 10 + 5 + 10 + 5 + 13 = 103 %. The province's
    // whole split is refused; the stored one is shown as it stands, each part
    // its share of 6,000: 延边 13 % = 780, 长春市 still 1,800.
    const QList<Implementation::CityShare> shares = reference(13.0);
    QCOMPARE(Implementation::shareSum(shares), 103.0);
    QVERIFY(Implementation::checkDecomposition(shares));
    const auto parts = Implementation::decomposeAsStored(6000.0, shares);
    QVERIFY2(parts.ok(), qPrintable(parts.error().message));
    QCOMPARE(parts.value().at(8).value, 780.0);
    QCOMPARE(parts.value().at(0).value, 1800.0);
    // The other checks hold: an unknown city or a share over 100 is refused.
    QList<Implementation::CityShare> unknown = shares;
    unknown.append({QStringLiteral("哈尔滨市"), 1.0});
    QVERIFY(!Implementation::decomposeAsStored(6000.0, unknown).ok());
    QVERIFY(!Implementation::decomposeAsStored(6000.0, {{QStringLiteral("长春市"), 101.0}}).ok());
}

void TestGovernanceDecomposition::citiesByEitherName()
{
    QCOMPARE(Implementation::cityFromName(QStringLiteral("吉林市")), QStringLiteral("吉林市"));
    QCOMPARE(Implementation::cityFromName(QStringLiteral(" jilin city ")), QStringLiteral("吉林市"));
    QCOMPARE(Implementation::cityFromName(QStringLiteral("Yanbian Korean Autonomous Prefecture")),
             QStringLiteral("延边朝鲜族自治州"));
    QCOMPARE(Implementation::cityFromName(QStringLiteral("GONGZHULING")), QStringLiteral("公主岭市"));
    // Not a name the store keeps: 吉林 alone is also the province's name.
    QCOMPARE(Implementation::cityFromName(QStringLiteral("吉林")), QString());
    QCOMPARE(Implementation::cityFromName(QString()), QString());
}

QTEST_GUILESS_MAIN(TestGovernanceDecomposition)
#include "tst_city_decomposition.moc"
