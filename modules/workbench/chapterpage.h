// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/pageregistry.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QSplitter;
class QTableView;

namespace Planner::Charts { class ChartView; }

namespace Planner::Workbench {

class ChartDialog;
class IndicatorTableModel;
class LeverPanel;

// A chapter's page: levers by stage on the left, the charts of the
// chapter's indicators in the centre (click one to enlarge it), the table
// of its indicators and targets with status, gap, probability and rate
// class below them, and the provenance of the selected row underneath. An
// edit redraws every chart and row at once. With an empty chapter id it
// shows every chapter's table (the overview).
class ChapterPage : public QWidget
{
    Q_OBJECT

public:
    ChapterPage(const PageContext &context, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    IndicatorTableModel *model() const { return m_model; }
    // Null on the overview and for a chapter without levers.
    LeverPanel *leverPanel() const { return m_leverPanel; }
    // The chapter's charts, one per indicator, in catalog order.
    const QList<Charts::ChartView *> &charts() const { return m_charts; }
    // The card that stands for an indicator's chart when it has nothing to
    // draw (a qualitative indicator): its targets' status; null otherwise.
    QLabel *statusCard(const QString &indicatorId) const;
    Charts::ChartView *chart(const QString &indicatorId) const;
    // The narrowest a chart of the page is laid out: the charts stand in two
    // columns where both are at least this wide, else in one.
    static int minimumChartWidth();
    // Opens the enlarged chart of an indicator of this chapter.
    void showChart(const QString &indicatorId);
    // The enlarged chart with its tornado (also in each chart's context menu).
    void showSensitivity(const QString &indicatorId);
    ChartDialog *chartDialog() const { return m_chartDialog; }
    QString chapterId() const { return m_context.chapterId; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshCharts();
    void retranslate();
    void fitColumns();
    void showProvenance();

    PageContext m_context;
    QLabel *m_title;
    QLabel *m_subtitle;
    QTableView *m_table;
    QLabel *m_provenance;
    IndicatorTableModel *m_model;
    LeverPanel *m_leverPanel = nullptr;
    QList<Charts::ChartView *> m_charts;
    QHash<Charts::ChartView *, QLabel *> m_statusCards;  // shown instead of a chart with nothing to draw
    ChartDialog *m_chartDialog = nullptr;
    QSplitter *m_split = nullptr;
};

} // namespace Planner::Workbench
