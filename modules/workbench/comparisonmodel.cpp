// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/comparisonmodel.h"

#include "analysis/wording.h"
#include "engine/stages.h"
#include "workbench/dashboardmodel.h"
#include "workbench/language.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

#include <cmath>

namespace Planner::Workbench {

namespace {

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', std::max(0, decimals));
}

// A lever setting as typed: up to six significant digits, no trailing zeros.
QString setting(double value)
{
    return QLocale().toString(value, 'g', 6);
}

} // namespace

QList<double> ScenarioRun::leverStage(const QString &leverId, int stage) const
{
    QList<double> values;
    const std::optional<Engine::Stage> s = Engine::planStage(stage);
    const Engine::Lever *lever = catalog.lever(leverId);
    if (!s || !lever)
        return values;
    const auto schedule = inputs.levers.constFind(leverId);
    for (int year = s->first; year <= s->last; ++year) {
        values.append(schedule == inputs.levers.cend() ? lever->defaultValue
                                                       : schedule->value(year).value_or(lever->defaultValue));
    }
    return values;
}

ComparisonModel::ComparisonModel(Kind kind, QObject *parent) : QAbstractTableModel(parent), m_kind(kind)
{
}

void ComparisonModel::setRuns(const QList<std::shared_ptr<const ScenarioRun>> &runs)
{
    beginResetModel();
    m_runs = runs;
    build();
    endResetModel();
}

void ComparisonModel::refresh()
{
    beginResetModel();
    build();
    endResetModel();
}

int ComparisonModel::differingRowCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.differs; }));
}

void ComparisonModel::build()
{
    m_rows.clear();
    if (m_runs.isEmpty())
        return;
    const Engine::Catalog &catalog = m_runs.first()->catalog;
    if (m_kind == Kind::Targets) {
        for (const Engine::Indicator &indicator : catalog.indicators()) {
            for (const Engine::Target &target : indicator.targets) {
                Row row;
                row.id = target.id;
                row.label = target.id;
                row.name = pick(indicator.nameZh, indicator.nameEn);
                row.unit = pick(indicator.unitZh, indicator.unitEn);
                row.when = target.windowStart ? QStringLiteral("%1–%2").arg(*target.windowStart).arg(target.year)
                                              : QString::number(target.year);
                QStringList shown;
                for (const std::shared_ptr<const ScenarioRun> &run : std::as_const(m_runs)) {
                    const auto o = run->outcomes.constFind(target.id);
                    QString status = QStringLiteral("not_assessable");
                    QString p50Text = QStringLiteral("—");
                    QVariant p50;
                    if (o != run->outcomes.cend()) {
                        status = o->status;
                        if (o->projected) {
                            p50Text = number(*o->projected, indicator.decimals);
                            p50 = *o->projected;
                        }
                    }
                    row.statuses.append(status);
                    row.cells.append(Analysis::Wording::statusLabel(status));
                    row.cells.append(p50Text);
                    row.values.append(p50);
                    shown.append(status + u'|' + p50Text);
                }
                row.differs = shown.count(shown.first()) != shown.size();
                m_rows.append(row);
            }
        }
        return;
    }
    for (const Engine::Lever &lever : catalog.levers()) {
        for (const Engine::Stage &stage : Engine::planStages()) {
            Row row;
            row.id = lever.id;
            if (const Engine::Chapter *chapter = catalog.chapter(lever.moduleId))
                row.label = Analysis::Wording::chapterTitle(*chapter);
            row.stage = stage.number;
            row.name = pick(lever.nameZh, lever.nameEn);
            row.unit = pick(lever.unitZh, lever.unitEn);
            row.when = QStringLiteral("%1 %2–%3").arg(pick(stage.ordinalZh, stage.ordinalEn)).arg(stage.first).arg(stage.last);
            QList<QList<double>> all;
            for (const std::shared_ptr<const ScenarioRun> &run : std::as_const(m_runs)) {
                const QList<double> values = run->leverStage(lever.id, stage.number);
                all.append(values);
                if (values.isEmpty()) {
                    row.cells.append(QStringLiteral("—"));
                    row.values.append(QVariant());
                    continue;
                }
                const auto [lo, hi] = std::minmax_element(values.cbegin(), values.cend());
                row.cells.append(*lo == *hi ? setting(*lo) : tr("%1 to %2 (varies by year)").arg(setting(*lo), setting(*hi)));
                row.values.append(values.first());
            }
            row.differs = all.count(all.first()) != all.size();
            m_rows.append(row);
        }
    }
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kFixedColumns + int(m_runs.size()) * columnsPerScenario();
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const int scenarioColumn = column - kFixedColumns;
    switch (role) {
    case DiffersRole:
        return row.differs;
    case IdRole:
        return row.id;
    case StageRole:
        return row.stage;
    case ValueRole:
        if (scenarioColumn < 0)
            return {};
        if (m_kind == Kind::Levers)
            return row.values.value(scenarioColumn);
        return scenarioColumn % 2 == 1 ? row.values.value(scenarioColumn / 2) : QVariant();
    case Qt::FontRole:
        if (row.differs) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        // Marked in words too (the first column), so it reads in print.
        return row.differs ? QVariant(QBrush(QColor(0xff, 0xf3, 0xc4))) : QVariant();
    case Qt::ForegroundRole:
        return row.differs ? QVariant(QBrush(QColor(0x21, 0x21, 0x21))) : QVariant();
    case Qt::DecorationRole:
        if (m_kind == Kind::Targets && scenarioColumn >= 0 && scenarioColumn % 2 == 0)
            return DashboardModel::statusIcon(row.statuses.value(scenarioColumn / 2));
        return {};
    case Qt::TextAlignmentRole:
        if (scenarioColumn >= 0 && (m_kind == Kind::Levers || scenarioColumn % 2 == 1))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == 0)
            return row.differs ? tr("The scenarios differ in this row") : tr("The same in every scenario");
        if (column == 1)
            return row.name;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case 0:
        return row.differs ? QString(QStringLiteral("≠ ") + row.label) : row.label;
    case 1:
        return row.unit.isEmpty() ? row.name : QStringLiteral("%1 (%2)").arg(row.name, row.unit);
    case 2:
        return row.when;
    default:
        return row.cells.value(scenarioColumn);
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case 0: return m_kind == Kind::Targets ? tr("Target") : tr("Chapter");
    case 1: return m_kind == Kind::Targets ? tr("Indicator") : tr("Lever");
    case 2: return m_kind == Kind::Targets ? tr("Year") : tr("Stage");
    default: break;
    }
    const int scenarioColumn = section - kFixedColumns;
    const int scenario = scenarioColumn / columnsPerScenario();
    if (scenario >= m_runs.size())
        return {};
    const QString name = m_runs.at(scenario)->scenario.name;
    if (m_kind == Kind::Levers)
        return name;
    return scenarioColumn % 2 == 0 ? tr("%1: status").arg(name) : tr("%1: P50").arg(name);
}

} // namespace Planner::Workbench
