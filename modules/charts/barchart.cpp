// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/barchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Planner::Charts {

void showHorizontalBars(QChart *chart, const BarChartData &data, const QColor &labelColour)
{
    chart->removeAllSeries();
    // removeAllSeries deletes the series; removeAxis only hands the axis
    // back, so it is deleted here.
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(data.title);
    chart->legend()->setVisible(data.sets.size() > 1);
    if (data.sets.isEmpty() || data.categories.isEmpty())
        return;
    auto *series = new QHorizontalBarSeries;
    for (const BarSet &bars : data.sets) {
        auto *set = new QBarSet(bars.name);
        for (double v : bars.values)
            set->append(std::isfinite(v) ? v : 0.0);
        set->setColor(bars.colour);
        set->setLabelColor(labelColour);
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(data.labelPrecision);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(data.categories);
    auto *values = new QValueAxis;
    values->setRange(0.0, data.maximum);
    if (data.tickCount > 0)
        values->setTickCount(data.tickCount);
    values->setLabelFormat(QStringLiteral("%d"));
    if (!data.valueTitle.isEmpty())
        values->setTitleText(data.valueTitle);
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(values);
}

double roomyMaximum(const QList<double> &values)
{
    double largest = 0.0;
    for (double v : values)
        largest = std::isfinite(v) ? std::max(largest, v) : largest;
    return std::max(10.0, std::ceil(largest * 1.15 / 10.0) * 10.0);
}

} // namespace Planner::Charts
