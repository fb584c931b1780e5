// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/pageregistry.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace Planner::Workbench {

class IndicatorTableModel;
class LeverTableModel;

// A chapter's page: its title and the table of its indicators and targets,
// with the provenance of the selected row underneath. With an empty chapter
// id it shows every chapter (the overview).
class ChapterPage : public QWidget
{
    Q_OBJECT

public:
    ChapterPage(const PageContext &context, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    IndicatorTableModel *model() const { return m_model; }
    // Null on the overview and for a chapter without levers.
    QTableView *leverTable() const { return m_leverTable; }
    LeverTableModel *leverModel() const { return m_leverModel; }
    QString chapterId() const { return m_context.chapterId; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fitColumns();
    void showProvenance();

    PageContext m_context;
    QLabel *m_title;
    QLabel *m_subtitle;
    QTableView *m_table;
    QLabel *m_provenance;
    IndicatorTableModel *m_model;
    QLabel *m_leverTitle = nullptr;
    QTableView *m_leverTable = nullptr;
    LeverTableModel *m_leverModel = nullptr;
};

} // namespace Planner::Workbench
