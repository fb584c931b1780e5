// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Planner::Workbench {

// Narrows the dashboard (DashboardModel) to the targets of a status, a plan
// stage of the target year (1: 2024-2027, 2: 2028-2030, 3: 2031-2035), a
// chapter and text found in the indicator's name, target id or the plan's
// words. Empty / 0: no restriction. A chapter row is shown while any of its
// targets is; chapters keep plan order whichever way a column is sorted.
class DashboardFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DashboardFilter(QObject *parent = nullptr);

    void setStatus(const QString &status);
    QString status() const { return m_status; }
    void setStage(int stage);
    int stage() const { return m_stage; }
    void setChapter(const QString &chapterId);
    QString chapter() const { return m_chapter; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void clearFilters();
    bool isFiltering() const;

    // Target rows accepted now.
    int acceptedTargetCount() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void apply();

    QString m_status;
    int m_stage = 0;
    QString m_chapter;
    QString m_search;
};

} // namespace Planner::Workbench
