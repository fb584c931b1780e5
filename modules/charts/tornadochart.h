// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartdata.h"
#include "charts/chartstyle.h"

#include <QChart>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QValueAxis;

namespace Planner::Charts {

// The tornado chart kind: one row per lever (largest swing at the top),
// two bars per row from the scenario's own value: the change with the lever
// at its minimum (hatched) and at its maximum (solid), so black and white
// tell them apart. The one path for the window, images and the reports
// (ChartRenderer). Object names for tests: "atMinimum", "atMaximum"
// (the bar sets), "leverAxis", "changeAxis".
class TornadoChart : public QChart
{
    Q_OBJECT

public:
    explicit TornadoChart(const ChartStyle &style = ChartStyle::screen(), QGraphicsItem *parent = nullptr);

    void setData(const TornadoData &data);
    const TornadoData &data() const { return m_data; }
    // The lever names as drawn, top row first.
    QStringList rows() const;

private:
    void applyStyle();

    ChartStyle m_style;
    TornadoData m_data;
    QHorizontalBarSeries *m_series;
    QBarSet *m_atMin;
    QBarSet *m_atMax;
    QBarCategoryAxis *m_levers;
    QValueAxis *m_change;
};

} // namespace Planner::Charts
