// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartdata.h"
#include "charts/chartstyle.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace Planner::Charts {

// An indicator's chart for paper, drawn straight into a painter from its
// ChartData: what IndicatorChart shows (the same series, colours, dash
// patterns and markers, the stages, the axes with their ticks, the legend
// and the title), without a scene, a chart object or a series per line,
// which the report's eighty-odd charts spent most of their time building
// and laying out. The screen keeps IndicatorChart (it updates in place and
// answers the mouse); paper, where nothing changes once drawn, uses this.
//
// Laid out in 96-dpi units at `layoutSize` and scaled into `target`, type
// measured on a 96-dpi reference whatever the device, so a chart breaks its
// lines in the same places in an exported PDF and a 1,200-dpi print. Texts
// are laid out once per string and font and reused while the painting
// thread lives (a report repeats "Year", the legend and the tick labels on
// every chart).
class PaperChart
{
    Q_DECLARE_TR_FUNCTIONS(Planner::Charts::IndicatorChart)

public:
    static void paint(QPainter *painter, const QRectF &target, const QSizeF &layoutSize, const ChartData &data,
                      const ChartStyle &style);
    // A tornado as TornadoChart draws it on paper: a row per lever, the
    // largest swing at the top, the change with the lever at its minimum
    // (hatched) and at its maximum (solid) from the scenario's value.
    static void paint(QPainter *painter, const QRectF &target, const QSizeF &layoutSize, const TornadoData &data,
                      const ChartStyle &style);
};

} // namespace Planner::Charts
