// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartdata.h"
#include "charts/chartstyle.h"

#include <QChartView>

#include <optional>

namespace Planner::Charts {

class IndicatorChart;

// An indicator chart on screen. Clicking it (or Enter when it has focus)
// asks for it to be enlarged; the caller decides what that means.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(const ChartStyle &style = ChartStyle::screen(), QWidget *parent = nullptr);

    IndicatorChart *indicatorChart() const { return m_chart; }

    // The palette new and existing chart views use (View → Dark theme):
    // every ChartView follows it.
    static void setDarkTheme(bool dark);
    static bool darkTheme();
    // Shows new data. A view nobody can see (a hidden page, scrolled out of
    // sight) keeps it and draws it when it is shown or next painted, so an
    // edit redraws only the charts on screen.
    void setData(const ChartData &data);
    const ChartData &data() const;
    bool hasPendingData() const { return m_pending.has_value(); }

Q_SIGNALS:
    void activated(const QString &indicatorId);

protected:
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyPending();

    IndicatorChart *m_chart;
    std::optional<ChartData> m_pending;
};

} // namespace Planner::Charts
