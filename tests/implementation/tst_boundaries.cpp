// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// City boundary files (GeoJSON) and the equal-area projection of the map.
// The files are synthetic, written here: no boundary data ships with the
// application.

#include "implementation/core/boundaries.h"
#include "implementation/core/citydecomposition.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace Planner;
using namespace Planner::Implementation;

class TestBoundaries final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAFeatureCollection();
    void refusesWhatIsNotABoundaryFile_data();
    void refusesWhatIsNotABoundaryFile();
    void matchesCityNames_data();
    void matchesCityNames();
    void albersKeepsAreas_data();
    void albersKeepsAreas();
    void albersAxes();
};

namespace {

const QByteArray kFile = R"({
  "type": "FeatureCollection",
  "source": "测试用边界（合成）",
  "审图号": "吉S(2026)001号",
  "features": [
    {"type": "Feature", "properties": {"code": "220100", "NAME": "长春"},
     "geometry": {"type": "Polygon", "coordinates": [[[125, 43], [126, 43], [126, 44], [125, 44], [125, 43]]]}},
    {"type": "Feature", "properties": {"code": "220200", "NAME": "吉林市"},
     "geometry": {"type": "MultiPolygon", "coordinates": [
        [[[126, 43], [127, 43], [127, 44], [126, 44]]],
        [[[127, 43], [127.5, 43], [127.5, 43.5]]]]}},
    {"type": "Feature", "properties": {"NAME": "净月潭"},
     "geometry": {"type": "Point", "coordinates": [125.4, 43.8]}}
  ]
})";

} // namespace

void TestBoundaries::readsAFeatureCollection()
{
    BoundaryProblem problem;
    const std::optional<BoundaryFile> file = readBoundaryFile(kFile, &problem);
    QVERIFY(file);
    // Two areas; the point is not a city's area and is skipped.
    QCOMPARE(file->features.size(), 2);
    QCOMPARE(file->features.at(0).polygons.size(), 1);
    // The closing position repeats the first: four corners kept.
    QCOMPARE(file->features.at(0).polygons.at(0).at(0).size(), 4);
    QCOMPARE(file->features.at(1).polygons.size(), 2);
    QCOMPARE(file->source, QStringLiteral("测试用边界（合成）"));
    QCOMPARE(file->approvalNumber, QStringLiteral("吉S(2026)001号"));
    QCOMPARE(file->propertyNames, (QStringList{QStringLiteral("NAME"), QStringLiteral("code")}));
    // "NAME" names two of our cities, "code" none.
    QCOMPARE(likelyNameProperty(*file, knownCities()), QStringLiteral("NAME"));
}

void TestBoundaries::refusesWhatIsNotABoundaryFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("detail");
    QTest::newRow("not json") << QByteArray("{\"type\": ") << int(BoundaryProblem::Code::NotJson) << QString();
    QTest::newRow("a feature, not a collection")
        << QByteArray(R"({"type": "Feature", "geometry": null})") << int(BoundaryProblem::Code::NotFeatureCollection)
        << QString();
    QTest::newRow("latitude 95")
        << QByteArray(R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
             "geometry": {"type": "Polygon", "coordinates": [[[125, 43], [126, 95], [126, 44]]]}}]})")
        << int(BoundaryProblem::Code::BadCoordinate) << QStringLiteral("1");
    QTest::newRow("two corners")
        << QByteArray(R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
             "geometry": {"type": "Point", "coordinates": [1, 2]}}, {"type": "Feature", "properties": {},
             "geometry": {"type": "Polygon", "coordinates": [[[125, 43], [126, 43], [125, 43]]]}}]})")
        << int(BoundaryProblem::Code::BadGeometry) << QStringLiteral("2");
    QTest::newRow("points only")
        << QByteArray(R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
             "geometry": {"type": "Point", "coordinates": [1, 2]}}]})")
        << int(BoundaryProblem::Code::NoPolygons) << QString();
}

void TestBoundaries::refusesWhatIsNotABoundaryFile()
{
    QFETCH(QByteArray, json);
    QFETCH(int, code);
    QFETCH(QString, detail);
    BoundaryProblem problem;
    QVERIFY(!readBoundaryFile(json, &problem));
    QCOMPARE(int(problem.code), code);
    if (!detail.isEmpty())
        QCOMPARE(problem.detail, detail);
}

void TestBoundaries::matchesCityNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("city");
    QTest::newRow("same") << QStringLiteral("四平市") << QStringLiteral("四平市");
    QTest::newRow("short") << QStringLiteral("长春") << QStringLiteral("长春市");
    QTest::newRow("prefecture") << QStringLiteral("延边") << QStringLiteral("延边朝鲜族自治州");
    QTest::newRow("spaces") << QStringLiteral(" 白山市 ") << QStringLiteral("白山市");
    // 白 begins both 白山市 and 白城市: no guess.
    QTest::newRow("ambiguous") << QStringLiteral("白") << QString();
    QTest::newRow("unknown") << QStringLiteral("沈阳市") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestBoundaries::matchesCityNames()
{
    QFETCH(QString, name);
    QFETCH(QString, city);
    QCOMPARE(matchCity(name, knownCities()), city);
}

void TestBoundaries::albersKeepsAreas_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::newRow("Changchun's cell") << 125.0 << 43.0;
    QTest::newRow("far west") << 80.0 << 30.0;
    QTest::newRow("north") << 122.0 << 52.0;
}

void TestBoundaries::albersKeepsAreas()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    // A 1° × 1° cell on the sphere of radius R has the area
    // R² · Δλ · (sin φ₂ − sin φ₁) (a zone's area, Archimedes); at 43–44° N
    // that is 6,371,007.2² × 0.0174533 × (0.6946584 − 0.6819984) ≈ 8,968.6 km².
    const double d = std::numbers::pi / 180.0;
    const double R = 6371007.2;
    const double expected = R * R * d * (std::sin((lat + 1.0) * d) - std::sin(lat * d));
    // The cell's edges, densified: parallels are arcs on an Albers map.
    Ring projected;
    const AlbersProjection albers;
    const int steps = 200;
    for (int i = 0; i < steps; ++i)
        projected.append(albers.project(QPointF(lon + double(i) / steps, lat)));
    for (int i = 0; i < steps; ++i)
        projected.append(albers.project(QPointF(lon + 1.0, lat + double(i) / steps)));
    for (int i = 0; i < steps; ++i)
        projected.append(albers.project(QPointF(lon + 1.0 - double(i) / steps, lat + 1.0)));
    for (int i = 0; i < steps; ++i)
        projected.append(albers.project(QPointF(lon, lat + 1.0 - double(i) / steps)));
    const double area = planarArea(projected);
    QVERIFY2(std::abs(area - expected) / expected < 1e-5,
             qPrintable(QStringLiteral("%1 m² on the map, %2 m² on the sphere").arg(area, 0, 'f', 0).arg(expected, 0, 'f', 0)));
    if (lat == 43.0)
        QCOMPARE(qRound(expected / 1e6), 8969);  // km², by hand above
}

void TestBoundaries::albersAxes()
{
    const AlbersProjection albers;
    // The central meridian (126° E) at the origin's latitude is the origin.
    const QPointF origin = albers.project(QPointF(126.0, 0.0));
    QVERIFY(std::abs(origin.x()) < 1e-6 && std::abs(origin.y()) < 1e-6);
    // East is +x, north is +y.
    QVERIFY(albers.project(QPointF(127.0, 43.0)).x() > 0.0);
    QVERIFY(albers.project(QPointF(125.0, 43.0)).x() < 0.0);
    QVERIFY(albers.project(QPointF(105.0, 44.0)).y() > albers.project(QPointF(105.0, 43.0)).y());
}

QTEST_GUILESS_MAIN(TestBoundaries)
#include "tst_boundaries.moc"
