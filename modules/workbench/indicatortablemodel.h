// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/catalog.h"

#include <QAbstractTableModel>
#include <QColor>

namespace Planner::Workbench {

class ScenarioDocument;

// The indicators and targets of one chapter (or of the whole plan), as the
// document's scenario sees them: one row per target, and one row for an
// indicator without a target. Follows the document: a scenario switch or
// reload refreshes the rows.
class IndicatorTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Outcome first: what a planner looks for; provenance after it.
    enum Column {
        ChapterColumn,
        TargetIdColumn,
        IndicatorColumn,
        UnitColumn,
        TargetYearColumn,
        TargetValueColumn,
        ProjectedColumn,
        GapColumn,
        ProbabilityColumn,
        StatusColumn,
        RateClassColumn,
        KindColumn,
        BaselineYearColumn,
        BaselineValueColumn,
        SourceColumn,
        TargetTextColumn,
        ColumnCount
    };

    enum Role {
        TargetIdRole = Qt::UserRole + 1,  // QString, empty for indicator-only rows
        IndicatorIdRole,                  // QString
        AssumptionRole,                   // bool: the baseline is an assumption
        RestsOnAssumptionsRole,           // bool: the target's status rests on assumed inputs (marked *)
    };

    // chapterId empty: every chapter (the overview).
    IndicatorTableModel(ScenarioDocument *document, QString chapterId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads the rows, e.g. after the language changed.
    void refresh();

    // Words (status, kind, target, gap) come from Analysis::Wording.
    // The colour of a status light; the label carries the meaning in print.
    // In the dark theme (Charts::ChartView::darkTheme()) lighter colours,
    // each at least 3:1 against the dark window and chart backgrounds.
    static QColor statusColor(const QString &status);
    static QColor statusColor(const QString &status, bool dark);

private:
    struct Row
    {
        const Engine::Indicator *indicator = nullptr;
        const Engine::Target *target = nullptr;  // null: indicator without targets
    };

    ScenarioDocument *m_document;
    QString m_chapterId;
    QList<Row> m_rows;
};

} // namespace Planner::Workbench
