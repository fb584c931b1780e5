// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace Planner::Implementation {

// City boundaries an office supplies (no boundary data ships with the
// application: a map in an official document needs an approved source).
// The file is GeoJSON (RFC 7946): a FeatureCollection whose features are
// Polygon or MultiPolygon geometries in longitude/latitude degrees (WGS 84),
// one feature per city, named by one of its properties. The collection may
// state its source and its map approval number (审图号) as top-level members
// "source" and "approval_number" (also read: "审图号"); the map prints both.

// A polygon: its outer ring first, then its holes; each ring in degrees
// (x = longitude, y = latitude), closed or not.
using Ring = QList<QPointF>;
using Polygon = QList<Ring>;

struct BoundaryFeature
{
    QJsonObject properties;
    QList<Polygon> polygons;  // one for a Polygon, several for a MultiPolygon
};

struct BoundaryFile
{
    QList<BoundaryFeature> features;
    QStringList propertyNames;  // every property some feature has, in first-seen order
    QString source;             // as the file states it; empty when it does not
    QString approvalNumber;     // 审图号, as the file states it; empty when it does not
};

// Why a file was refused; the window turns it into a sentence.
struct BoundaryProblem
{
    enum class Code {
        NotJson,              // detail: the parser's message
        NotFeatureCollection, // the root is not {"type": "FeatureCollection", "features": [...]}
        BadGeometry,          // detail: the feature's number (1-based)
        BadCoordinate,        // detail: the feature's number; a position outside ±180° / ±90° or not two numbers
        NoPolygons,           // no feature has a Polygon or MultiPolygon geometry
    };
    Code code = Code::NotJson;
    QString detail;
};

// Reads a boundary file. Features with another geometry type (points,
// lines) are skipped; a malformed polygon refuses the whole file.
std::optional<BoundaryFile> readBoundaryFile(const QByteArray &json, BoundaryProblem *problem);

// The name property a file most likely uses for the cities: the one whose
// values match the most of knownCities() (see matchCity).
QString likelyNameProperty(const BoundaryFile &file, const QStringList &cities);

// The city of our list a feature's name stands for: the same name, or one
// that begins with it (长春 → 长春市, 延边 → 延边朝鲜族自治州); empty when none
// or more than one city would fit.
QString matchCity(const QString &name, const QStringList &cities);

// Albers equal-area conic projection on the sphere (Snyder, Map Projections
// — A Working Manual, USGS Professional Paper 1395, 1987, §14). Areas on the
// map are proportional to areas on the ground, so a choropleth does not
// enlarge the north. The defaults fit Jilin (40.9° N – 46.3° N, 121.6° E –
// 131.3° E): standard parallels 42° N and 45° N (a sixth of the range in
// from each edge, Snyder's rule for a conic) and central meridian 126° E, so
// the province is drawn upright. Returns metres on a sphere of the authalic
// radius 6,371,007.2 m; y grows northward.
class AlbersProjection
{
public:
    AlbersProjection(double standardParallel1 = 42.0, double standardParallel2 = 45.0,
                     double centralMeridian = 126.0, double originLatitude = 0.0);
    QPointF project(const QPointF &lonLat) const;

    static constexpr double kRadius = 6371007.2;

private:
    double m_n = 0.0;
    double m_c = 0.0;
    double m_rho0 = 0.0;
    double m_lambda0 = 0.0;
};

// The area enclosed by a ring in the plane (shoelace formula), always >= 0.
double planarArea(const Ring &ring);

} // namespace Planner::Implementation
