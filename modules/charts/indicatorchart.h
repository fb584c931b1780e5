// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartdata.h"
#include "charts/chartstyle.h"

#include <QChart>

class QAreaSeries;
class QCategoryAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace Planner::Charts {

// An indicator's projected-versus-target chart: the plan's three stages
// shaded and named along the top, observed values (solid line with round
// markers), each scenario's P50 line, the first scenario's P10-P90 band,
// the target trajectory (dashed) and the milestone targets (triangles with
// their values), units and name on the axes, a legend and a caption.
// Distinguishable in black and white: dash patterns and marker shapes, not
// colour alone.
//
// setData() updates the series in place, so a page can redraw its charts on
// every lever edit without rebuilding them. Series carry object names
// (observed, p50, p10, p90, band, target, milestones, stage-1..3, p50-2...)
// for tests and tools.
class IndicatorChart : public QChart
{
    Q_OBJECT

public:
    explicit IndicatorChart(const ChartStyle &style = ChartStyle::screen(), QGraphicsItem *parent = nullptr);

    void setData(const ChartData &data);
    const ChartData &data() const { return m_data; }
    void setStyle(const ChartStyle &style);
    const ChartStyle &style() const { return m_style; }

    QValueAxis *yearAxis() const { return m_xAxis; }
    QValueAxis *valueAxis() const { return m_yAxis; }

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    // A small chart's title: the indicator's name broken into lines at
    // spaces where it is wider than the chart, never cut short.
    void updateThumbnailTitle();
    struct Palette;
    Palette palette() const;
    void applyStyle();
    void updateRanges();
    void updateLegend();
    QLineSeries *comparisonSeries(int index);

    ChartStyle m_style;
    ChartData m_data;
    QValueAxis *m_xAxis;
    QValueAxis *m_yAxis;
    QCategoryAxis *m_stageAxis;
    QList<QAreaSeries *> m_stageAreas;
    QLineSeries *m_p10;
    QLineSeries *m_p90;
    QAreaSeries *m_band;
    QLineSeries *m_target;
    QLineSeries *m_observed;
    QScatterSeries *m_observedMarkers;
    QLineSeries *m_p50;
    QList<QLineSeries *> m_comparisons;
    QScatterSeries *m_milestones;
    QLineSeries *m_floor;    // a floor already kept: its level
    QLineSeries *m_ceiling;  // a ceiling already kept
    QLineSeries *m_peak;     // a peak-before target: a line at its year
    bool m_rangeSet = false;
};

} // namespace Planner::Charts
