// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

class QChart;

namespace Planner::Charts {

// One set of bars: a value per category.
struct BarSet
{
    QString name;
    QColor colour;
    QList<double> values;  // per category; NaN is drawn as 0
};

// Horizontal bars by category, the values printed at the bars' ends: the
// window's bar charts (a decomposition's shares by city, the composite index
// by chapter) drawn one way.
struct BarChartData
{
    QString title;
    QStringList categories;  // bottom to top
    QList<BarSet> sets;      // more than one: grouped bars and a legend
    double maximum = 100.0;  // the value axis runs from 0 to this
    int tickCount = 0;       // 0: Qt's default
    QString valueTitle;      // the value axis' title (empty: none)
    int labelPrecision = 3;  // significant digits of the printed values
};

// Replaces what the chart shows with the bars of `data` (series and axes
// are rebuilt; the old ones deleted). labelColour: the printed values'
// colour (the palette's text colour).
void showHorizontalBars(QChart *chart, const BarChartData &data, const QColor &labelColour);

// The end of a value axis that leaves room for the printed values: 15 %
// above the largest value, rounded up to a multiple of 10, at least 10.
double roomyMaximum(const QList<double> &values);

} // namespace Planner::Charts
