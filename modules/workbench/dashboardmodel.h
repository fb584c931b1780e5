// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/sparklinedelegate.h"

#include <QAbstractItemModel>
#include <QIcon>

#include <optional>

namespace Planner::Workbench {

class ScenarioDocument;

// Every target of the plan as a two-level tree: the chapters in plan order,
// each with its targets in catalog order (status, P50 at the target year,
// target, gap, probability and a sparkline). Follows the document: when the
// scenario or its projection changes and the targets are the same ones,
// the values are replaced in place (dataChanged), so a view keeps its
// selection, expansion and scroll position through the two projection
// updates of every edit; only a different set of targets resets it.
class DashboardModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,         // chapter title, or the target's indicator
        TargetIdColumn,
        StatusColumn,
        ProjectedColumn,
        TargetColumn,
        YearColumn,
        GapColumn,
        ProbabilityColumn,
        TrendColumn,
        ColumnCount
    };

    enum Role {
        IsChapterRole = Qt::UserRole + 1,  // bool
        ChapterIdRole,                     // QString (both levels)
        TargetIdRole,                      // QString, empty on chapter rows
        IndicatorIdRole,                   // QString, empty on chapter rows
        StatusRole,                        // achieved, on_track, at_risk, off_track, not_assessable
        StageRole,                         // int 1-3: the plan stage of the target year
        SparklineRole,                     // Sparkline
        SortRole,                          // a value to sort the column by
        SearchTextRole,                    // QString: what the text search looks in
        FindingRole,                       // QString: the finding in words
        RestsOnAssumptionsRole,            // bool: the status rests on assumed inputs (marked, tool tip lists them)
    };

    explicit DashboardModel(ScenarioDocument *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads everything from the document (also after a language change).
    void refresh();
    // While no one looks (its page hidden), the document's changes only
    // mark the model stale; it is read again when it is looked at again.
    // A lever edit then does not rebuild every chapter's rows twice (the
    // deterministic line, then the draws) for a page out of sight.
    void setWatched(bool watched);

    int targetCount() const;
    // Targets by status (achieved ... not_assessable).
    int countWithStatus(const QString &status) const;
    // The row of a target, or an invalid index.
    QModelIndex indexOfTarget(const QString &targetId, int column = 0) const;
    // Targets with this status among the plan's own (planner false) or the
    // planner's working targets (planner true): summaries count them apart.
    int countWithStatus(const QString &status, bool planner) const;

    // Statuses in the order shown (best first).
    static QStringList statuses();
    // A round light of the status colour, for tables and filter lists.
    static QIcon statusIcon(const QString &status);

private:
    struct TargetRow
    {
        QString targetId;
        QString targetLabel;  // the id, with "working target" for a planner's
        bool planner = false;
        QString indicatorId;
        QString name;
        QString unit;
        int year = 0;
        QString yearText;
        int stage = 0;
        QString targetText;
        QString planText;
        QString status = QStringLiteral("not_assessable");
        std::optional<double> projected;
        std::optional<double> gap;
        std::optional<double> probability;
        QString projectedText;
        QString gapText;
        QString probabilityText;
        QString finding;
        bool restsOnAssumptions = false;
        QString assumptionsTip;  // the assumed inputs, one a line
        Sparkline sparkline;
    };
    struct ChapterRow
    {
        QString id;
        QString title;
        QString summary;
        QList<TargetRow> targets;
    };

    QList<ChapterRow> build() const;
    QVariant chapterData(const ChapterRow &chapter, int column, int role) const;
    QVariant targetData(const ChapterRow &chapter, const TargetRow &row, int column, int role) const;

    void documentChanged();

    ScenarioDocument *m_document;
    QList<ChapterRow> m_chapters;
    bool m_watched = true;
    bool m_stale = false;
};

} // namespace Planner::Workbench
