// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/language.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace Planner::Workbench {

class DashboardFilter;
class DashboardModel;
class ScenarioDocument;

// The overview: every target of the plan on one screen, grouped by chapter,
// with its status (a light and a word), P50 at the target year, target, gap,
// probability and a sparkline; filters by status, plan stage of the target
// year, chapter and text; the finding of the selected target in words.
// Double-click or Enter on a target asks for its chapter page.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(ScenarioDocument *document, QWidget *parent = nullptr);
    ~DashboardPage() override;

    DashboardModel *model() const { return m_model; }
    DashboardFilter *filter() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QComboBox *statusFilter() const { return m_statusBox; }
    QComboBox *stageFilter() const { return m_stageBox; }
    QComboBox *chapterFilter() const { return m_chapterBox; }
    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    // A target row was activated: show that chapter and the indicator's chart.
    void indicatorActivated(const QString &chapterId, const QString &indicatorId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void fillFilterBoxes();
    void applyFilters();
    void updateSummary();
    void showFinding();
    void spanChapterRows();
    void fitColumns();
    void restoreColumns();
    void activate(const QModelIndex &index);

    ScenarioDocument *m_document;
    DashboardModel *m_model;
    DashboardFilter *m_filter;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QLabel *m_chapterLabel;
    QComboBox *m_chapterBox;
    QLabel *m_stageLabel;
    QComboBox *m_stageBox;
    QLabel *m_statusLabel;
    QComboBox *m_statusBox;
    QPushButton *m_clearButton;
    QLabel *m_shown;
    QTreeView *m_view;
    QLabel *m_finding;
    Language m_columnsLanguage = Language::Chinese;
};

} // namespace Planner::Workbench
