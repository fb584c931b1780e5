// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/indicatortablemodel.h"

#include "analysis/wording.h"
#include "charts/chartview.h"
#include "workbench/language.h"
#include "workbench/scenariodocument.h"

#include <QFont>
#include <QLocale>

namespace Planner::Workbench {

using Analysis::Wording;

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

QColor IndicatorTableModel::statusColor(const QString &status)
{
    return statusColor(status, Charts::ChartView::darkTheme());
}

QColor IndicatorTableModel::statusColor(const QString &status, bool dark)
{
    return Charts::statusColor(status, dark);
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
    case RestsOnAssumptionsRole: {
        const Analysis::TargetProvenance *p = target ? m_document->provenance(target->id) : nullptr;
        return p && p->restsOnAssumptions();
    }
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
            if (const Analysis::TargetProvenance *p = target ? m_document->provenance(target->id) : nullptr) {
                const QString assumed = Wording::assumptionsTip(*p, m_document->catalog());
                const Analysis::TargetOutcome *o = m_document->outcome(target->id);
                const QString why = o ? Wording::reasonText(*o, ind) : QString();
                if (why.isEmpty() || assumed.isEmpty())
                    return why.isEmpty() && assumed.isEmpty() ? QVariant() : QVariant(why + assumed);
                return QString(why + u'\n' + assumed);
            }
            [[fallthrough]];
        case RateClassColumn:
        case ProjectedColumn:
            if (const Analysis::TargetOutcome *o = target ? m_document->outcome(target->id) : nullptr) {
                const QString why = Wording::reasonText(*o, ind);
                return why.isEmpty() ? QVariant() : QVariant(why);
            }
            return {};
        case BaselineValueColumn:
        case SourceColumn:
            return ind.baseline.note.isEmpty() ? Wording::baselineSource(ind)
                                               : Wording::baselineSource(ind) + u'\n' + Wording::baselineNote(ind);
        case TargetTextColumn:
        case TargetValueColumn:
        case TargetYearColumn:
            return target ? (target->note.isEmpty() ? Wording::planWords(*target)
                                                    : Wording::planWords(*target) + u'\n' + Wording::targetNote(*target))
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
        return chapter ? Wording::chapterTitle(*chapter) : QString();
    }
    case TargetIdColumn:
        return target ? Wording::targetLabel(*target) : QString();
    case IndicatorColumn:
        return pick(ind.nameZh, ind.nameEn);
    case UnitColumn:
        return Wording::unit(ind);
    case BaselineYearColumn:
        return ind.baseline.year > 0 ? QString::number(ind.baseline.year) : QString();
    case BaselineValueColumn:
        if (!ind.baseline.value)
            return QStringLiteral("—");
        return ind.baseline.assumption ? tr("%1 (assumption)").arg(Wording::number(*ind.baseline.value, ind.decimals))
                                       : Wording::number(*ind.baseline.value, ind.decimals);
    case SourceColumn:
        // The full note is in the tool tip and under the table.
        if (!ind.baseline.value)
            return tr("Qualitative: status and evidence");
        return ind.baseline.assumption ? tr("Assumption (see note)") : Wording::baselineSource(ind);
    case TargetYearColumn:
        if (!target)
            return QString();
        return target->windowStart ? QStringLiteral("%1–%2").arg(*target->windowStart).arg(target->year)
                                   : QString::number(target->year);
    case TargetValueColumn:
        return target ? Wording::targetText(*target, ind) : QString();
    case KindColumn:
        return target ? Wording::kindLabel(target->kind) : tr("context");
    case TargetTextColumn:
        if (!target)
            return QString();
        // Whose target it is, said plainly: the plan's, the announcement's, or the planner's.
        return Wording::targetWords(*target);
    default:
        break;
    }

    const Analysis::TargetOutcome *o = target ? m_document->outcome(target->id) : nullptr;
    if (!o)
        return QString();
    switch (index.column()) {
    case ProjectedColumn:
        return o->projected ? Wording::number(*o->projected, ind.decimals) : QStringLiteral("—");
    case GapColumn:
        return Wording::gapText(*o, *target, ind);
    case ProbabilityColumn:
        return Wording::probability(o->probability);
    case StatusColumn: {
        const Analysis::TargetProvenance *p = m_document->provenance(target->id);
        return p && p->restsOnAssumptions() ? Wording::statusWithAssumptionMark(o->status) : Wording::statusLabel(o->status);
    }
    case RateClassColumn:
        return Wording::rateClassLabel(o->rateClass);
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
    // The second lens, labelled as what it is: the status is the headline.
    case RateClassColumn: return tr("Observed trend so far");
    case TargetTextColumn: return tr("In the plan's words");
    default: return {};
    }
}

} // namespace Planner::Workbench
