// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/indicatortablemodel.h"

#include "charts/chartview.h"
#include "workbench/language.h"
#include "workbench/scenariodocument.h"

#include <QFont>
#include <QLocale>

namespace Planner::Workbench {

namespace {

QString formatNumber(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString unitOf(const Engine::Indicator &indicator)
{
    return pick(indicator.unitZh, indicator.unitEn);
}

} // namespace

IndicatorTableModel::IndicatorTableModel(ScenarioDocument *document, QString chapterId, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_chapterId(std::move(chapterId))
{
    connect(m_document, &ScenarioDocument::scenarioChanged, this, &IndicatorTableModel::refresh);
    // A new projection changes values, not rows: selection and scroll stay.
    connect(m_document, &ScenarioDocument::projectionChanged, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    });
    refresh();
}

void IndicatorTableModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    for (const Engine::Indicator &indicator : m_document->catalog().indicators()) {
        if (!m_chapterId.isEmpty() && indicator.chapterId != m_chapterId)
            continue;
        if (indicator.targets.isEmpty())
            m_rows.append({&indicator, nullptr});
        for (const Engine::Target &target : indicator.targets)
            m_rows.append({&indicator, &target});
    }
    endResetModel();
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IndicatorTableModel::kindLabel(Engine::TargetKind kind)
{
    switch (kind) {
    case Engine::TargetKind::AtLeast: return tr("at least");
    case Engine::TargetKind::About: return tr("about");
    case Engine::TargetKind::AtMost: return tr("at most");
    case Engine::TargetKind::PeakBefore: return tr("peak before");
    case Engine::TargetKind::PlateauWithin: return tr("plateau within");
    case Engine::TargetKind::PhaseOut: return tr("phase out");
    case Engine::TargetKind::FullCoverage: return tr("full coverage");
    case Engine::TargetKind::Milestone: return tr("milestone");
    case Engine::TargetKind::Direction: return tr("direction");
    }
    return {};
}

QString IndicatorTableModel::statusLabel(const QString &status)
{
    if (status == QLatin1StringView("achieved")) return tr("achieved");
    if (status == QLatin1StringView("on_track")) return tr("on track");
    if (status == QLatin1StringView("at_risk")) return tr("at risk");
    if (status == QLatin1StringView("off_track")) return tr("off track");
    return tr("not assessable");
}

QString IndicatorTableModel::rateClassLabel(const QString &rateClass)
{
    if (rateClass == QLatin1StringView("achieved")) return tr("achieved");
    if (rateClass == QLatin1StringView("on_track")) return tr("on track");
    if (rateClass == QLatin1StringView("acceleration_needed")) return tr("acceleration needed");
    if (rateClass == QLatin1StringView("limited_progress")) return tr("limited progress");
    if (rateClass == QLatin1StringView("moving_away")) return tr("moving away");
    return tr("not assessable");
}

QColor IndicatorTableModel::statusColor(const QString &status)
{
    return statusColor(status, Charts::ChartView::darkTheme());
}

QColor IndicatorTableModel::statusColor(const QString &status, bool dark)
{
    if (dark) {
        // Achieved the lightest green, so it stands out most on dark ground.
        if (status == QLatin1StringView("achieved")) return QColor(0xa5, 0xd6, 0xa7);
        if (status == QLatin1StringView("on_track")) return QColor(0x43, 0xa0, 0x47);
        if (status == QLatin1StringView("at_risk")) return QColor(0xf9, 0xa8, 0x25);
        if (status == QLatin1StringView("off_track")) return QColor(0xef, 0x53, 0x50);
        return QColor(0x9e, 0x9e, 0x9e);
    }
    if (status == QLatin1StringView("achieved")) return QColor(0x1b, 0x5e, 0x20);
    if (status == QLatin1StringView("on_track")) return QColor(0x43, 0xa0, 0x47);
    if (status == QLatin1StringView("at_risk")) return QColor(0xf9, 0xa8, 0x25);
    if (status == QLatin1StringView("off_track")) return QColor(0xc6, 0x28, 0x28);
    return QColor(0x9e, 0x9e, 0x9e);
}

QString IndicatorTableModel::formatTargetValue(const Engine::Target &target, const Engine::Indicator &indicator)
{
    const QString unit = unitOf(indicator);
    const auto number = [&](double v) -> QString { return formatNumber(v, indicator.decimals) + u' ' + unit; };
    switch (target.kind) {
    case Engine::TargetKind::AtLeast:
    case Engine::TargetKind::FullCoverage:
        return target.value ? QStringLiteral("≥ ") + number(*target.value) : QString();
    case Engine::TargetKind::AtMost:
        return target.value ? QStringLiteral("≤ ") + number(*target.value) : QString();
    case Engine::TargetKind::About:
        return target.value ? QStringLiteral("≈ %1 ± %2").arg(number(*target.value),
                                                              formatNumber(target.tolerance.value_or(0.0), indicator.decimals))
                            : QString();
    case Engine::TargetKind::PhaseOut:
        return target.value ? QStringLiteral("→ ") + number(*target.value) : QString();
    case Engine::TargetKind::PeakBefore:
        return tr("peak by %1").arg(target.year);
    case Engine::TargetKind::PlateauWithin:
        return tr("plateau %1–%2").arg(target.windowStart.value_or(target.year)).arg(target.year);
    case Engine::TargetKind::Direction:
        return indicator.direction == Engine::Direction::Decrease ? tr("falling") : tr("rising");
    case Engine::TargetKind::Milestone:
        return tr("qualitative");
    }
    return {};
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Engine::Indicator &ind = *row.indicator;
    const Engine::Target *target = row.target;

    switch (role) {
    case TargetIdRole:
        return target ? target->id : QString();
    case IndicatorIdRole:
        return ind.id;
    case AssumptionRole:
        return ind.baseline.assumption;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn && target) {
            const Analysis::TargetOutcome *o = m_document->outcome(target->id);
            return statusColor(o ? o->status : QString());
        }
        return {};
    case Qt::FontRole:
        if (index.column() == BaselineValueColumn && ind.baseline.assumption) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == BaselineYearColumn || index.column() == BaselineValueColumn
            || index.column() == TargetYearColumn || index.column() == TargetValueColumn
            || index.column() == ProjectedColumn || index.column() == GapColumn
            || index.column() == ProbabilityColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StatusColumn:
        case RateClassColumn:
        case ProjectedColumn:
            if (const Analysis::TargetOutcome *o = target ? m_document->outcome(target->id) : nullptr)
                return o->detail.isEmpty() ? QVariant() : QVariant(o->detail);
            return {};
        case BaselineValueColumn:
        case SourceColumn:
            return ind.baseline.note.isEmpty() ? ind.baseline.source : ind.baseline.source + u'\n' + ind.baseline.note;
        case TargetTextColumn:
        case TargetValueColumn:
        case TargetYearColumn:
            return target ? (target->note.isEmpty() ? target->textZh : target->textZh + u'\n' + target->note)
                          : QVariant();
        default:
            return {};
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    switch (index.column()) {
    case ChapterColumn: {
        const Engine::Chapter *chapter = m_document->catalog().chapter(ind.chapterId);
        return chapter ? chapter->numeral + u' ' + pick(chapter->nameZh, chapter->nameEn) : QString();
    }
    case TargetIdColumn:
        return target ? target->id : QString();
    case IndicatorColumn:
        return pick(ind.nameZh, ind.nameEn);
    case UnitColumn:
        return unitOf(ind);
    case BaselineYearColumn:
        return ind.baseline.year > 0 ? QString::number(ind.baseline.year) : QString();
    case BaselineValueColumn:
        if (!ind.baseline.value)
            return QStringLiteral("—");
        return ind.baseline.assumption ? tr("%1 (assumption)").arg(formatNumber(*ind.baseline.value, ind.decimals))
                                       : formatNumber(*ind.baseline.value, ind.decimals);
    case SourceColumn:
        // The full note is in the tool tip and under the table.
        if (!ind.baseline.value)
            return tr("Qualitative: status and evidence");
        return ind.baseline.assumption ? tr("Assumption (see note)") : ind.baseline.source;
    case TargetYearColumn:
        if (!target)
            return QString();
        return target->windowStart ? QStringLiteral("%1–%2").arg(*target->windowStart).arg(target->year)
                                   : QString::number(target->year);
    case TargetValueColumn:
        return target ? formatTargetValue(*target, ind) : QString();
    case KindColumn:
        return target ? kindLabel(target->kind) : tr("context");
    case TargetTextColumn:
        if (!target)
            return QString();
        // Whose target it is, said plainly: the plan's, the announcement's, or the planner's.
        if (target->source == Engine::TargetSource::Planner)
            return tr("[set by the planner] %1").arg(pick(target->textZh, target->textEn));
        if (target->source == Engine::TargetSource::Announcement)
            return tr("[announced with the plan, 2024-05-28] %1").arg(pick(target->textZh, target->textEn));
        return pick(target->textZh, target->textEn);
    default:
        break;
    }

    const Analysis::TargetOutcome *o = target ? m_document->outcome(target->id) : nullptr;
    if (!o)
        return QString();
    switch (index.column()) {
    case ProjectedColumn:
        return o->projected ? formatNumber(*o->projected, ind.decimals) : QStringLiteral("—");
    case GapColumn:
        return o->gap ? formatNumber(*o->gap, ind.decimals) : QStringLiteral("—");
    case ProbabilityColumn:
        return o->probability ? QLocale().toString(*o->probability * 100.0, 'f', 0) + QStringLiteral(" %")
                              : QStringLiteral("—");
    case StatusColumn:
        return statusLabel(o->status);
    case RateClassColumn:
        return rateClassLabel(o->rateClass);
    default:
        return {};
    }
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChapterColumn: return tr("Chapter");
    case TargetIdColumn: return tr("Target");
    case IndicatorColumn: return tr("Indicator");
    case UnitColumn: return tr("Unit");
    case BaselineYearColumn: return tr("Baseline year");
    case BaselineValueColumn: return tr("Baseline");
    case SourceColumn: return tr("Source");
    case TargetYearColumn: return tr("Target year");
    case TargetValueColumn: return tr("Target value");
    case KindColumn: return tr("Kind");
    case ProjectedColumn: return tr("Projected (P50)");
    case GapColumn: return tr("Gap");
    case ProbabilityColumn: return tr("Probability");
    case StatusColumn: return tr("Status");
    case RateClassColumn: return tr("Trend test");
    case TargetTextColumn: return tr("In the plan's words");
    default: return {};
    }
}

} // namespace Planner::Workbench
