// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "implementation/core/boundaries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>
#include <numbers>

namespace Planner::Implementation {

namespace {

constexpr double kDegree = std::numbers::pi / 180.0;

bool readPosition(const QJsonValue &value, QPointF *point)
{
    const QJsonArray pair = value.toArray();
    if (pair.size() < 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
        return false;
    const double lon = pair.at(0).toDouble();
    const double lat = pair.at(1).toDouble();
    if (!std::isfinite(lon) || !std::isfinite(lat) || std::abs(lon) > 180.0 || std::abs(lat) > 90.0)
        return false;
    *point = QPointF(lon, lat);
    return true;
}

// A polygon's rings; false on a malformed ring (fewer than 3 positions) or
// position (*badPosition says which).
bool readPolygon(const QJsonValue &value, Polygon *polygon, bool *badPosition)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return false;
    for (const QJsonValue &ringValue : value.toArray()) {
        if (!ringValue.isArray())
            return false;
        Ring ring;
        for (const QJsonValue &position : ringValue.toArray()) {
            QPointF p;
            if (!readPosition(position, &p)) {
                *badPosition = true;
                return false;
            }
            ring.append(p);
        }
        if (ring.size() > 1 && ring.first() == ring.last())
            ring.removeLast();
        if (ring.size() < 3)
            return false;
        polygon->append(ring);
    }
    return true;
}

QString statedText(const QJsonObject &root, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *key : keys) {
        const QJsonValue v = root.value(QString::fromUtf16(key));
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString().trimmed();
    }
    return {};
}

} // namespace

std::optional<BoundaryFile> readBoundaryFile(const QByteArray &json, BoundaryProblem *problem)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problem = {BoundaryProblem::Code::NotJson, parseError.errorString()};
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("type")).toString() != QLatin1StringView("FeatureCollection")
        || !root.value(QStringLiteral("features")).isArray()) {
        *problem = {BoundaryProblem::Code::NotFeatureCollection, {}};
        return std::nullopt;
    }
    BoundaryFile file;
    file.source = statedText(root, {u"source", u"来源"});
    file.approvalNumber = statedText(root, {u"approval_number", u"审图号"});
    QSet<QString> seenProperties;
    int number = 0;
    for (const QJsonValue &featureValue : root.value(QStringLiteral("features")).toArray()) {
        ++number;
        const QJsonObject feature = featureValue.toObject();
        const QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
        const QString type = geometry.value(QStringLiteral("type")).toString();
        const QJsonValue coordinates = geometry.value(QStringLiteral("coordinates"));
        BoundaryFeature out;
        bool badPosition = false;
        bool ok = true;
        if (type == QLatin1StringView("Polygon")) {
            Polygon polygon;
            ok = readPolygon(coordinates, &polygon, &badPosition);
            out.polygons.append(polygon);
        } else if (type == QLatin1StringView("MultiPolygon")) {
            ok = coordinates.isArray() && !coordinates.toArray().isEmpty();
            for (const QJsonValue &polygonValue : coordinates.toArray()) {
                Polygon polygon;
                if (!readPolygon(polygonValue, &polygon, &badPosition)) {
                    ok = false;
                    break;
                }
                out.polygons.append(polygon);
            }
        } else {
            continue;  // points, lines, no geometry: not a city's area
        }
        if (!ok) {
            *problem = {badPosition ? BoundaryProblem::Code::BadCoordinate : BoundaryProblem::Code::BadGeometry,
                        QString::number(number)};
            return std::nullopt;
        }
        out.properties = feature.value(QStringLiteral("properties")).toObject();
        for (auto it = out.properties.constBegin(); it != out.properties.constEnd(); ++it) {
            if (!seenProperties.contains(it.key())) {
                seenProperties.insert(it.key());
                file.propertyNames.append(it.key());
            }
        }
        file.features.append(out);
    }
    if (file.features.isEmpty()) {
        *problem = {BoundaryProblem::Code::NoPolygons, {}};
        return std::nullopt;
    }
    return file;
}

QString matchCity(const QString &name, const QStringList &cities)
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return {};
    if (cities.contains(wanted))
        return wanted;
    QString found;
    for (const QString &city : cities) {
        if (city.startsWith(wanted)) {
            if (!found.isEmpty())
                return {};  // two cities begin so: ambiguous
            found = city;
        }
    }
    return found;
}

QString likelyNameProperty(const BoundaryFile &file, const QStringList &cities)
{
    QString best;
    int bestCount = 0;
    for (const QString &property : file.propertyNames) {
        int count = 0;
        for (const BoundaryFeature &feature : file.features) {
            if (!matchCity(feature.properties.value(property).toString(), cities).isEmpty())
                ++count;
        }
        if (count > bestCount) {
            best = property;
            bestCount = count;
        }
    }
    return best;
}

AlbersProjection::AlbersProjection(double standardParallel1, double standardParallel2, double centralMeridian,
                                   double originLatitude)
{
    const double phi1 = standardParallel1 * kDegree;
    const double phi2 = standardParallel2 * kDegree;
    // Snyder (14-6), (14-5), (14-3a) on the sphere.
    m_n = (std::sin(phi1) + std::sin(phi2)) / 2.0;
    m_c = std::cos(phi1) * std::cos(phi1) + 2.0 * m_n * std::sin(phi1);
    m_rho0 = kRadius * std::sqrt(m_c - 2.0 * m_n * std::sin(originLatitude * kDegree)) / m_n;
    m_lambda0 = centralMeridian * kDegree;
}

QPointF AlbersProjection::project(const QPointF &lonLat) const
{
    // Snyder (14-3), (14-4), (14-1), (14-2).
    const double rho = kRadius * std::sqrt(m_c - 2.0 * m_n * std::sin(lonLat.y() * kDegree)) / m_n;
    const double theta = m_n * (lonLat.x() * kDegree - m_lambda0);
    return {rho * std::sin(theta), m_rho0 - rho * std::cos(theta)};
}

double planarArea(const Ring &ring)
{
    double twice = 0.0;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF &a = ring.at(i);
        const QPointF &b = ring.at((i + 1) % ring.size());
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2.0;
}

} // namespace Planner::Implementation
