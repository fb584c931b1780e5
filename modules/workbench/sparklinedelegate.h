// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QPointF>
#include <QStyledItemDelegate>

#include <optional>

namespace Planner::Workbench {

// An indicator's course in a few pixels: the observed values (solid, with
// dots), the projection's P50 (dashed) and the target (an open diamond at
// its year and value). Reads in black and white: line styles and marker
// shape, not colour, tell the parts apart.
struct Sparkline
{
    QList<QPointF> observed;   // (year, value), oldest first
    QList<QPointF> projected;  // P50 from the latest data year on
    std::optional<QPointF> target;

    bool isEmpty() const { return observed.isEmpty() && projected.isEmpty() && !target; }
};

// Paints a Sparkline held in a model's data (role given) with QPainter;
// no chart library, so hundreds of rows stay cheap.
class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SparklineDelegate(int role, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Draws a sparkline into `rect` (also used by tests and tools).
    static void paintSparkline(QPainter *painter, const QRectF &rect, const Sparkline &line, const QColor &ink,
                               const QColor &projection);

private:
    int m_role;
};

} // namespace Planner::Workbench

Q_DECLARE_METATYPE(Planner::Workbench::Sparkline)
