// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/dashboardmodel.h"

#include "charts/chartview.h"

#include "charts/chartdata.h"

#include "analysis/wording.h"
#include "engine/stages.h"
#include "workbench/indicatortablemodel.h"
#include "workbench/language.h"
#include "workbench/scenariodocument.h"

#include <QFont>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace Planner::Workbench {

namespace {

// Chapter rows have no parent; a target row's internal id is its chapter's row + 1.
constexpr quintptr kChapterLevel = 0;

// Worst first, so sorting by status puts what needs attention on top.
int statusRank(const QString &status)
{
    static const QStringList order{QStringLiteral("off_track"), QStringLiteral("at_risk"),
                                   QStringLiteral("not_assessable"), QStringLiteral("on_track"),
                                   QStringLiteral("achieved")};
    return int(order.indexOf(status));
}

QVariant optionalNumber(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

DashboardModel::DashboardModel(ScenarioDocument *document, QObject *parent)
    : QAbstractItemModel(parent), m_document(document)
{
    connect(m_document, &ScenarioDocument::scenarioChanged, this, &DashboardModel::documentChanged);
    connect(m_document, &ScenarioDocument::projectionChanged, this, &DashboardModel::documentChanged);
    m_chapters = build();
}

void DashboardModel::documentChanged()
{
    if (m_watched)
        refresh();
    else
        m_stale = true;
}

void DashboardModel::setWatched(bool watched)
{
    m_watched = watched;
    if (watched && m_stale)
        refresh();
}

QStringList DashboardModel::statuses()
{
    return {QStringLiteral("achieved"), QStringLiteral("on_track"), QStringLiteral("at_risk"),
            QStringLiteral("off_track"), QStringLiteral("not_assessable")};
}

QIcon DashboardModel::statusIcon(const QString &status)
{
    static QHash<QString, QIcon> cache;  // by theme and status
    const QString key = (Charts::ChartView::darkTheme() ? QStringLiteral("dark/") : QStringLiteral("light/")) + status;
    const auto it = cache.constFind(key);
    if (it != cache.cend())
        return *it;
    QIcon icon;
    for (const int size : {12, 16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x42, 0x42, 0x42), std::max(1.0, size / 12.0)));
        painter.setBrush(IndicatorTableModel::statusColor(status));
        const double m = size / 8.0;
        painter.drawEllipse(QRectF(m, m, size - 2 * m, size - 2 * m));
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

QList<DashboardModel::ChapterRow> DashboardModel::build() const
{
    const Engine::Catalog &catalog = m_document->catalog();
    const Analysis::Projection *projection = m_document->projection();
    QList<ChapterRow> chapters;
    for (const Engine::Chapter &chapter : catalog.chapters()) {
        ChapterRow c;
        c.id = chapter.id;
        c.title = Analysis::Wording::chapterTitle(chapter);
        for (const Engine::Indicator *indicator : catalog.indicatorsOf(chapter.id)) {
            const Engine::IndicatorResult *result = projection ? projection->result.find(indicator->id) : nullptr;
            Sparkline line;
            if (result) {
                for (const Engine::YearPoint &p : result->observed) {
                    if (p.year >= Engine::kPlanFirstYear - Charts::kHistoryYears && std::isfinite(p.value))
                        line.observed.append(QPointF(p.year, p.value));
                }
                const int from = result->start ? result->start->year : result->central.firstYear;
                const int to = std::min(result->central.lastYear(), int(Engine::kPlanLastYear));
                for (int year = std::max(from, result->central.firstYear); year <= to; ++year) {
                    const double v = result->p50At(year);
                    if (std::isfinite(v))
                        line.projected.append(QPointF(year, v));
                }
            }
            for (const Engine::Target &target : indicator->targets) {
                TargetRow row;
                row.targetId = target.id;
                row.targetLabel = Analysis::Wording::targetLabel(target);
                row.planner = Engine::targetOrigin(target) == Engine::TargetOrigin::Planner;
                row.indicatorId = indicator->id;
                row.name = pick(indicator->nameZh, indicator->nameEn);
                row.unit = pick(indicator->unitZh, indicator->unitEn);
                row.year = target.year;
                row.yearText = target.windowStart ? QStringLiteral("%1–%2").arg(*target.windowStart).arg(target.year)
                                                  : QString::number(target.year);
                row.stage = Engine::stageOfYear(target.year);
                row.targetText = Analysis::Wording::targetText(target, *indicator);
                row.planText = pick(target.textZh, target.textEn);
                row.sparkline = line;
                if (const std::optional<double> level = Engine::targetLevel(target))
                    row.sparkline.target = QPointF(target.year, *level);
                if (const Analysis::TargetOutcome *o = m_document->outcome(target.id)) {
                    row.status = o->status;
                    row.projected = o->projected;
                    row.gap = o->gap;
                    row.probability = o->probability;
                    row.finding = Analysis::Wording::finding(*o, *indicator, target);
                }
                row.projectedText = row.projected ? Analysis::Wording::valueWithUnit(*row.projected, *indicator)
                                                  : QStringLiteral("—");
                // The gap in words ("2.3 points short", "236 above the floor"):
                // a bare signed number changes its meaning with the kind.
                const Analysis::TargetOutcome *outcome = m_document->outcome(target.id);
                row.gapText = outcome ? Analysis::Wording::gapText(*outcome, target, *indicator) : QStringLiteral("—");
                row.probabilityText = Analysis::Wording::probability(row.probability);
                if (const Analysis::TargetProvenance *p = m_document->provenance(target.id)) {
                    row.restsOnAssumptions = p->restsOnAssumptions();
                    row.assumptionsTip = Analysis::Wording::assumptionsTip(*p, catalog);
                }
                c.targets.append(row);
            }
        }
        if (c.targets.isEmpty())
            continue;
        QStringList counts;
        for (const QString &status : statuses()) {
            const auto n = std::count_if(c.targets.cbegin(), c.targets.cend(),
                                         [&](const TargetRow &r) { return r.status == status; });
            if (n > 0)
                counts.append(QStringLiteral("%1 %2").arg(n).arg(Analysis::Wording::statusLabel(status)));
        }
        c.summary = tr("%1 targets: %2").arg(c.targets.size()).arg(counts.join(QStringLiteral(" · ")));
        chapters.append(c);
    }
    return chapters;
}

void DashboardModel::refresh()
{
    m_stale = false;
    QList<ChapterRow> fresh = build();
    bool sameRows = fresh.size() == m_chapters.size();
    for (qsizetype c = 0; sameRows && c < fresh.size(); ++c) {
        sameRows = fresh.at(c).id == m_chapters.at(c).id && fresh.at(c).targets.size() == m_chapters.at(c).targets.size();
        for (qsizetype t = 0; sameRows && t < fresh.at(c).targets.size(); ++t)
            sameRows = fresh.at(c).targets.at(t).targetId == m_chapters.at(c).targets.at(t).targetId;
    }
    if (!sameRows) {
        beginResetModel();
        m_chapters = std::move(fresh);
        endResetModel();
        return;
    }
    // The same targets: new values in place, so views keep selection and scroll.
    m_chapters = std::move(fresh);
    if (m_chapters.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(int(m_chapters.size()) - 1, ColumnCount - 1));
    for (int c = 0; c < m_chapters.size(); ++c) {
        const QModelIndex parent = index(c, 0);
        Q_EMIT dataChanged(index(0, 0, parent), index(int(m_chapters.at(c).targets.size()) - 1, ColumnCount - 1, parent));
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QModelIndex DashboardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_chapters.size() ? createIndex(row, column, kChapterLevel) : QModelIndex();
    if (parent.internalId() != kChapterLevel || parent.row() >= m_chapters.size())
        return {};
    if (row >= m_chapters.at(parent.row()).targets.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex DashboardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kChapterLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kChapterLevel);
}

int DashboardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_chapters.size());
    if (parent.internalId() != kChapterLevel || parent.column() != 0 || parent.row() >= m_chapters.size())
        return 0;
    return int(m_chapters.at(parent.row()).targets.size());
}

int DashboardModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

int DashboardModel::targetCount() const
{
    int n = 0;
    for (const ChapterRow &c : m_chapters)
        n += int(c.targets.size());
    return n;
}

int DashboardModel::countWithStatus(const QString &status) const
{
    int n = 0;
    for (const ChapterRow &c : m_chapters) {
        for (const TargetRow &t : c.targets)
            n += t.status == status ? 1 : 0;
    }
    return n;
}

int DashboardModel::countWithStatus(const QString &status, bool planner) const
{
    int n = 0;
    for (const ChapterRow &c : m_chapters) {
        for (const TargetRow &t : c.targets)
            n += t.status == status && t.planner == planner ? 1 : 0;
    }
    return n;
}

QModelIndex DashboardModel::indexOfTarget(const QString &targetId, int column) const
{
    for (int c = 0; c < m_chapters.size(); ++c) {
        for (int t = 0; t < m_chapters.at(c).targets.size(); ++t) {
            if (m_chapters.at(c).targets.at(t).targetId == targetId)
                return index(t, column, index(c, 0));
        }
    }
    return {};
}

QVariant DashboardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kChapterLevel) {
        if (index.row() >= m_chapters.size())
            return {};
        return chapterData(m_chapters.at(index.row()), index.column(), role);
    }
    const qsizetype c = qsizetype(index.internalId() - 1);
    if (c >= m_chapters.size() || index.row() >= m_chapters.at(c).targets.size())
        return {};
    return targetData(m_chapters.at(c), m_chapters.at(c).targets.at(index.row()), index.column(), role);
}

QVariant DashboardModel::chapterData(const ChapterRow &chapter, int column, int role) const
{
    switch (role) {
    case IsChapterRole:
        return true;
    case ChapterIdRole:
        return chapter.id;
    case SortRole:
        return int(&chapter - m_chapters.constData());
    case SearchTextRole:
        return chapter.title;
    case Qt::DisplayRole:
        // The view spans the first column over the row.
        return column == NameColumn ? QVariant(QString(chapter.title + QStringLiteral("  —  ") + chapter.summary))
                                    : QVariant();
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return column == NameColumn ? QVariant(QString(chapter.title + QStringLiteral(": ") + chapter.summary))
                                    : QVariant();
    case Qt::FontRole:
        if (column == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant DashboardModel::targetData(const ChapterRow &chapter, const TargetRow &row, int column, int role) const
{
    switch (role) {
    case IsChapterRole:
        return false;
    case ChapterIdRole:
        return chapter.id;
    case TargetIdRole:
        return row.targetId;
    case IndicatorIdRole:
        return row.indicatorId;
    case StatusRole:
        return row.status;
    case StageRole:
        return row.stage;
    case SparklineRole:
        return QVariant::fromValue(row.sparkline);
    case FindingRole:
        return row.finding;
    case RestsOnAssumptionsRole:
        return row.restsOnAssumptions;
    case SearchTextRole:
        return QStringList{row.name, row.targetId, row.planText, row.targetText}.join(u'\n');
    case Qt::DecorationRole:
        return column == StatusColumn ? QVariant(statusIcon(row.status)) : QVariant();
    case Qt::TextAlignmentRole:
        switch (column) {
        case ProjectedColumn:
        case TargetColumn:
        case GapColumn:
        case ProbabilityColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case YearColumn:
            return QVariant(Qt::AlignCenter);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            return QString(row.name + u'\n' + row.planText);
        case TargetColumn:
            return row.planText;
        case TrendColumn:
            return tr("Observed (solid), projected P50 (dashed) and the target (diamond) of %1").arg(row.name);
        case GapColumn:
            return tr("How far the projected P50 is from the target, and on which side");
        case StatusColumn:
            if (row.restsOnAssumptions)
                return row.finding.isEmpty() ? row.assumptionsTip : QString(row.finding + u'\n' + row.assumptionsTip);
            return row.finding.isEmpty() ? QVariant() : QVariant(row.finding);
        default:
            return row.finding.isEmpty() ? QVariant() : QVariant(row.finding);
        }
    case Qt::AccessibleTextRole:
        if (column == TrendColumn)
            return tr("Trend of %1: projected %2 in %3, target %4")
                .arg(row.name, row.projectedText).arg(row.year).arg(row.targetText);
        return {};
    case SortRole:
        switch (column) {
        case NameColumn: return row.name;
        case TargetIdColumn: return row.targetId;
        case StatusColumn: return statusRank(row.status);
        case ProjectedColumn: return optionalNumber(row.projected);
        case TargetColumn: return row.targetText;
        case YearColumn: return row.year;
        case GapColumn: return optionalNumber(row.gap);
        case ProbabilityColumn: return optionalNumber(row.probability);
        default: return {};
        }
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return row.name;
        case TargetIdColumn: return row.targetLabel;
        case StatusColumn:
            return row.restsOnAssumptions ? Analysis::Wording::statusWithAssumptionMark(row.status)
                                          : Analysis::Wording::statusLabel(row.status);
        case ProjectedColumn: return row.projectedText;
        case TargetColumn: return row.targetText;
        case YearColumn: return row.yearText;
        case GapColumn: return row.gapText;
        case ProbabilityColumn: return row.probabilityText;
        default: return {};
        }
    default:
        return {};
    }
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StatusColumn:
            return tr("Achieved, on track, at risk, off track or not assessable, with its light; "
                      "a status marked * rests on assumed inputs (its tool tip lists them)");
        case ProjectedColumn: return tr("The projection's median (P50) in the target year");
        case GapColumn: return tr("How far the projected P50 is from the target, and on which side");
        case ProbabilityColumn: return tr("Share of the Monte Carlo draws that meet the target");
        case TrendColumn: return tr("Observed (solid), projected P50 (dashed) and the target (diamond)");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Chapter / indicator");
    case TargetIdColumn: return tr("Target");
    case StatusColumn: return tr("Status");
    case ProjectedColumn: return tr("Projected (P50)");
    case TargetColumn: return tr("Target value");
    case YearColumn: return tr("Year");
    case GapColumn: return tr("Gap");
    case ProbabilityColumn: return tr("Probability");
    case TrendColumn: return tr("Trend");
    default: return {};
    }
}

} // namespace Planner::Workbench
