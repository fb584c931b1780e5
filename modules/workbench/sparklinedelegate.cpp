// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/sparklinedelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Planner::Workbench {

SparklineDelegate::SparklineDelegate(int role, QObject *parent) : QStyledItemDelegate(parent), m_role(role)
{
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const int h = option.fontMetrics.height();
    return QSize(h * 8, h + 6);
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The cell's background, selection and focus as the style draws them,
    // without text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QVariant value = index.data(m_role);
    if (!value.canConvert<Sparkline>())
        return;
    const Sparkline line = value.value<Sparkline>();
    if (line.isEmpty())
        return;
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor ink = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor projection = selected ? ink : QColor(0x15, 0x65, 0xc0);
    const int margin = std::max(2, opt.fontMetrics.height() / 5);
    paintSparkline(painter, QRectF(opt.rect).adjusted(margin * 2, margin, -margin * 2, -margin), line, ink,
                   projection);
}

void SparklineDelegate::paintSparkline(QPainter *painter, const QRectF &rect, const Sparkline &line,
                                       const QColor &ink, const QColor &projection)
{
    if (rect.width() < 8 || rect.height() < 6 || line.isEmpty())
        return;
    double x0 = std::numeric_limits<double>::infinity();
    double x1 = -x0;
    double y0 = x0;
    double y1 = -x0;
    const auto take = [&](const QPointF &p) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            return;
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    };
    for (const QPointF &p : line.observed)
        take(p);
    for (const QPointF &p : line.projected)
        take(p);
    if (line.target)
        take(*line.target);
    if (!std::isfinite(x0))
        return;
    if (x1 - x0 < 1.0) {
        x0 -= 0.5;
        x1 += 0.5;
    }
    if (y1 - y0 < 1e-9 * std::max(1.0, std::abs(y1))) {
        const double pad = std::max(1.0, std::abs(y1)) * 0.05;
        y0 -= pad;
        y1 += pad;
    }
    // Room for the markers at the edges.
    const double r = std::clamp(rect.height() / 6.0, 1.5, 3.5);
    const QRectF area = rect.adjusted(r, r, -r, -r);
    const auto map = [&](const QPointF &p) {
        return QPointF(area.left() + (p.x() - x0) / (x1 - x0) * area.width(),
                       area.bottom() - (p.y() - y0) / (y1 - y0) * area.height());
    };
    const auto path = [&](const QList<QPointF> &points) {
        QPainterPath result;
        bool started = false;
        for (const QPointF &p : points) {
            if (!std::isfinite(p.x()) || !std::isfinite(p.y())) {
                started = false;
                continue;
            }
            if (started)
                result.lineTo(map(p));
            else
                result.moveTo(map(p));
            started = true;
        }
        return result;
    };

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);

    QPen projected(projection, 1.6, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(projected);
    painter->drawPath(path(line.projected));

    painter->setPen(QPen(ink, 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawPath(path(line.observed));
    painter->setBrush(ink);
    painter->setPen(Qt::NoPen);
    for (const QPointF &p : line.observed) {
        if (std::isfinite(p.x()) && std::isfinite(p.y()))
            painter->drawEllipse(map(p), r * 0.6, r * 0.6);
    }

    if (line.target && std::isfinite(line.target->y())) {
        const QPointF c = map(*line.target);
        const QPolygonF diamond{QPointF(c.x(), c.y() - r * 1.3), QPointF(c.x() + r * 1.3, c.y()),
                                QPointF(c.x(), c.y() + r * 1.3), QPointF(c.x() - r * 1.3, c.y())};
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(ink, 1.4));
        painter->drawPolygon(diamond);
    }
    painter->restore();
}

} // namespace Planner::Workbench
