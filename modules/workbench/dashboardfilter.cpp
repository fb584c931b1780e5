// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/dashboardfilter.h"

#include "workbench/dashboardmodel.h"

namespace Planner::Workbench {

DashboardFilter::DashboardFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(DashboardModel::SortRole);
    setSortLocaleAware(true);
}

void DashboardFilter::apply()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter re-runs filterAcceptsRow.
    invalidateFilter();
}

void DashboardFilter::setStatus(const QString &status)
{
    if (m_status == status)
        return;
    m_status = status;
    apply();
}

void DashboardFilter::setStage(int stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    apply();
}

void DashboardFilter::setChapter(const QString &chapterId)
{
    if (m_chapter == chapterId)
        return;
    m_chapter = chapterId;
    apply();
}

void DashboardFilter::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_search == trimmed)
        return;
    m_search = trimmed;
    apply();
}

void DashboardFilter::clearFilters()
{
    m_status.clear();
    m_stage = 0;
    m_chapter.clear();
    m_search.clear();
    apply();
}

bool DashboardFilter::isFiltering() const
{
    return !m_status.isEmpty() || m_stage != 0 || !m_chapter.isEmpty() || !m_search.isEmpty();
}

int DashboardFilter::acceptedTargetCount() const
{
    int n = 0;
    for (int c = 0; c < rowCount(); ++c)
        n += rowCount(index(c, 0));
    return n;
}

bool DashboardFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    // Chapter rows are shown through their targets (recursive filtering).
    if (row.data(DashboardModel::IsChapterRole).toBool())
        return false;
    if (!m_chapter.isEmpty() && row.data(DashboardModel::ChapterIdRole).toString() != m_chapter)
        return false;
    if (!m_status.isEmpty() && row.data(DashboardModel::StatusRole).toString() != m_status)
        return false;
    if (m_stage != 0 && row.data(DashboardModel::StageRole).toInt() != m_stage)
        return false;
    if (!m_search.isEmpty()
        && !row.data(DashboardModel::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

bool DashboardFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.data(DashboardModel::IsChapterRole).toBool()) {
        // Plan order in either direction: the proxy reverses the result when descending.
        const bool before = left.data(DashboardModel::SortRole).toInt() < right.data(DashboardModel::SortRole).toInt();
        return sortOrder() == Qt::AscendingOrder ? before : !before;
    }
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    // Rows without a value (—) go last in ascending order.
    if (!l.isValid() || !r.isValid())
        return l.isValid() && !r.isValid();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Planner::Workbench
