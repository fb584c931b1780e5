// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "implementation/ui/citymap.h"

#include "analysis/wording.h"
#include "charts/chartstyle.h"

#include <QPainter>
#include <QPaintEvent>

#include <algorithm>
#include <cmath>

namespace Planner::Implementation {

namespace {

// Five blues of equal steps in lightness (ColorBrewer "Blues", 5 classes),
// light for small values; distinguishable in black-and-white print too.
const QColor kClassColours[CityMap::kClasses] = {QColor(0xef, 0xf3, 0xff), QColor(0xbd, 0xd7, 0xe7),
                                                 QColor(0x6b, 0xae, 0xd6), QColor(0x31, 0x82, 0xbd),
                                                 QColor(0x08, 0x51, 0x9c)};
const QColor kNoValue(0xd9, 0xd9, 0xd9);

// The statuses of a city, in the legend's order.
const QStringList kStatuses{QStringLiteral("achieved"), QStringLiteral("on_track"),
                            QStringLiteral("acceleration_needed"), QStringLiteral("limited_progress"),
                            QStringLiteral("moving_away"), QStringLiteral("insufficient_data"),
                            QStringLiteral("not_assessable")};

} // namespace

CityMap::CityMap(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("cityMap"));
    setMinimumSize(240, 200);
}

void CityMap::setBoundaries(const BoundaryFile &file, const QString &nameProperty, const QStringList &cities)
{
    m_shapes.clear();
    m_bounds = {};
    m_source = file.source;
    m_approval = file.approvalNumber;
    const AlbersProjection projection;
    for (const BoundaryFeature &feature : file.features) {
        const QString city = matchCity(feature.properties.value(nameProperty).toString(), cities);
        if (city.isEmpty())
            continue;
        QPainterPath &path = m_shapes[city];
        path.setFillRule(Qt::OddEvenFill);
        for (const Polygon &polygon : feature.polygons) {
            for (const Ring &ring : polygon) {
                QPolygonF projected;
                for (const QPointF &p : ring) {
                    const QPointF xy = projection.project(p);
                    projected.append(QPointF(xy.x(), -xy.y()));  // screen y grows downward
                }
                path.addPolygon(projected);
                path.closeSubpath();
            }
        }
        m_bounds = m_bounds.isNull() ? path.boundingRect() : m_bounds.united(path.boundingRect());
    }
    update();
}

void CityMap::setValues(const QMap<QString, double> &values, const QString &title, const QString &unit)
{
    m_values = values;
    m_title = title;
    m_unit = unit;
    m_statusMode = false;
    update();
}

void CityMap::setStatuses(const QMap<QString, QString> &statuses, const QString &title)
{
    m_statuses = statuses;
    m_title = title;
    m_unit.clear();
    m_statusMode = true;
    update();
}

QColor CityMap::fillOf(const QString &city) const
{
    if (m_statusMode) {
        const QString status = m_statuses.value(city);
        return status.isEmpty() ? kNoValue : Charts::statusColor(status);
    }
    const int cls = classOf(city);
    return cls < 0 ? kNoValue : kClassColours[cls];
}

int CityMap::classOf(const QString &city) const
{
    const auto it = m_values.constFind(city);
    if (it == m_values.cend() || !std::isfinite(*it))
        return -1;
    double largest = 0.0;
    for (double v : m_values)
        largest = std::isfinite(v) ? std::max(largest, v) : largest;
    if (largest <= 0.0)
        return 0;
    return std::clamp(int(std::floor(*it / largest * kClasses)), 0, kClasses - 1);
}

void CityMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    if (m_shapes.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(line, line, -line, -line), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No city boundaries loaded. A map needs boundaries from an approved source: load the "
                            "office's GeoJSON file with File → Load boundary file…"));
        return;
    }
    // Legend on the right, source and approval number below.
    const int legendWidth = fm.horizontalAdvance(QStringLiteral("0000000 – 0000000")) + line * 3;
    const QRectF mapArea(line, line * 2, width() - legendWidth - line * 2, height() - line * 7);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRectF(line, 0, width() - line * 2, line * 2), Qt::AlignVCenter | Qt::AlignLeft,
                     m_unit.isEmpty() ? m_title : tr("%1 (%2)").arg(m_title, m_unit));
    if (m_bounds.width() > 0 && m_bounds.height() > 0 && mapArea.width() > 0 && mapArea.height() > 0) {
        const double scale = std::min(mapArea.width() / m_bounds.width(), mapArea.height() / m_bounds.height());
        QTransform transform;
        transform.translate(mapArea.left() + (mapArea.width() - m_bounds.width() * scale) / 2.0,
                            mapArea.top() + (mapArea.height() - m_bounds.height() * scale) / 2.0);
        transform.scale(scale, scale);
        transform.translate(-m_bounds.left(), -m_bounds.top());
        for (auto it = m_shapes.cbegin(); it != m_shapes.cend(); ++it) {
            painter.setBrush(fillOf(it.key()));
            painter.setPen(QPen(QColor(0x40, 0x40, 0x40), 0.8));
            const QPainterPath shape = transform.map(*it);
            painter.drawPath(shape);
        }
    }
    double x = width() - legendWidth;
    double y = line * 2;
    painter.setPen(palette().color(QPalette::WindowText));
    if (m_statusMode) {
        // The legend: the statuses the cities have, in their order.
        for (const QString &status : kStatuses) {
            if (!m_statuses.values().contains(status))
                continue;
            painter.setBrush(Charts::statusColor(status));
            painter.drawRect(QRectF(x, y + 2, line, line - 4));
            painter.drawText(QRectF(x + line * 1.5, y, legendWidth - line * 2, line), Qt::AlignVCenter,
                             Analysis::Wording::rateClassLabel(status));
            y += line * 1.3;
        }
        painter.setBrush(kNoValue);
        painter.drawRect(QRectF(x, y + 2, line, line - 4));
        painter.drawText(QRectF(x + line * 1.5, y, legendWidth - line * 2, line), Qt::AlignVCenter,
                         tr("no observed value"));
    }
    // The legend: five classes of equal width from 0 to the largest value.
    double largest = 0.0;
    for (double v : std::as_const(m_values))
        largest = std::isfinite(v) ? std::max(largest, v) : largest;
    for (int i = 0; i < kClasses && !m_statusMode; ++i) {
        painter.setBrush(kClassColours[i]);
        painter.drawRect(QRectF(x, y + 2, line, line - 4));
        painter.drawText(QRectF(x + line * 1.5, y, legendWidth - line * 2, line), Qt::AlignVCenter,
                         tr("%1 – %2").arg(Analysis::Wording::number(largest * i / kClasses, 1),
                                           Analysis::Wording::number(largest * (i + 1) / kClasses, 1)));
        y += line * 1.3;
    }
    if (!m_statusMode) {
        painter.setBrush(kNoValue);
        painter.drawRect(QRectF(x, y + 2, line, line - 4));
        painter.drawText(QRectF(x + line * 1.5, y, legendWidth - line * 2, line), Qt::AlignVCenter, tr("no value"));
    }
    // What the map rests on, as the file states it.
    const QString source = m_source.isEmpty() ? tr("Source: not stated in the file") : tr("Source: %1").arg(m_source);
    const QString approval = m_approval.isEmpty() ? tr("Map approval number (审图号): not stated in the file")
                                                  : tr("Map approval number (审图号): %1").arg(m_approval);
    const QString projectionNote = tr("Albers equal-area conic projection, standard parallels 42° N and 45° N, "
                                      "central meridian 126° E");
    painter.setPen(m_approval.isEmpty() ? QColor(0xb0, 0x1e, 0x1e) : palette().color(QPalette::WindowText));
    painter.drawText(QRectF(line, height() - line * 3.8, width() - line * 2, line * 2.4),
                     Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, source + QStringLiteral("　") + approval);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRectF(line, height() - line * 1.4, width() - line * 2, line * 1.3),
                     Qt::AlignLeft | Qt::TextWordWrap, projectionNote);
}

} // namespace Planner::Implementation
