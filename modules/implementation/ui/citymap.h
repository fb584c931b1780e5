// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "implementation/core/boundaries.h"

#include <QCoreApplication>
#include <QMap>
#include <QPainterPath>
#include <QWidget>

namespace Planner::Implementation {

// A choropleth of the cities from a boundary file the office supplied,
// projected with the Albers equal-area conic (boundaries.h): each city filled
// by the class of its value, a legend of the classes, and under the map the
// file's stated source and map approval number (审图号), or a warning that
// none is stated. Without a boundary file it says where to load one.
class CityMap final : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(Planner::Implementation::CityMap)

public:
    explicit CityMap(QWidget *parent = nullptr);

    // The boundaries and the property that names the cities (values of that
    // property are matched to our list with matchCity).
    void setBoundaries(const BoundaryFile &file, const QString &nameProperty, const QStringList &cities);
    bool hasBoundaries() const { return !m_shapes.isEmpty(); }
    // The cities matched in the file (for the tests and the load dialog).
    QStringList matchedCities() const { return m_shapes.keys(); }

    // Each city's value (cities absent: no value), what the values are and
    // their unit, for the legend.
    void setValues(const QMap<QString, double> &values, const QString &title, const QString &unit);

    // Shades by status instead: each city's status (a class of the observed
    // trend: achieved, on_track, acceleration_needed, limited_progress,
    // moving_away, insufficient_data, not_assessable; cities absent: none),
    // with a legend of the statuses shown. Values set later shade by value again.
    void setStatuses(const QMap<QString, QString> &statuses, const QString &title);
    bool showsStatuses() const { return m_statusMode; }
    QString statusOf(const QString &city) const { return m_statuses.value(city); }
    // The fill of a city as painted (no value or status: grey).
    QColor fillOf(const QString &city) const;

    // The class (0 … kClasses - 1) a value falls in, classes of equal width
    // from 0 to the largest value; -1 for no value.
    int classOf(const QString &city) const;
    static constexpr int kClasses = 5;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QMap<QString, QPainterPath> m_shapes;  // city -> projected outline (metres)
    QRectF m_bounds;
    QString m_source;
    QString m_approval;
    QMap<QString, double> m_values;
    QString m_title;
    QString m_unit;
    QMap<QString, QString> m_statuses;
    bool m_statusMode = false;
};

} // namespace Planner::Implementation
