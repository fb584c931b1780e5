// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "implementation/ui/tasktablemodel.h"

#include "analysis/language.h"
#include "analysis/wording.h"

#include "implementation/core/citydecomposition.h"
#include "workbench/language.h"
#include "workbench/scenariodocument.h"


#include <QLocale>

#include <cmath>

namespace Planner::Implementation {

TaskTableModel::TaskTableModel(Workbench::ScenarioDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    QString error;
    m_tasks = planTasksFromJson(embeddedPlanTasksJson(), &error);
    connect(m_document, &Workbench::ScenarioDocument::scenarioChanged, this, &TaskTableModel::refresh);
    // An edit (here, an undo, a redo): the rows stay, their values change.
    connect(m_document, &Workbench::ScenarioDocument::inputsChanged, this, [this] {
        if (!m_tasks.isEmpty())
            Q_EMIT dataChanged(index(0, StatusColumn), index(int(m_tasks.size()) - 1, EvidenceColumn));
    });
    refresh();
}

void TaskTableModel::refresh()
{
    beginResetModel();
    endResetModel();
}

void TaskTableModel::setCity(const QString &city)
{
    if (city == m_city)
        return;
    m_city = city;
    refresh();
}

Storage::StoredTaskProgress TaskTableModel::progressOf(const PlanTask &task) const
{
    if (!m_city.isEmpty())
        return m_document->cityTaskProgress(m_city).value(
            task.id, Storage::StoredTaskProgress{task.id, QStringLiteral("not_started"), 0.0, QString(), m_city});
    return m_document->taskProgress().value(
        task.id, Storage::StoredTaskProgress{task.id, task.status, task.progress, task.evidence});
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tasks.size())
        return {};
    const PlanTask &task = m_tasks.at(index.row());
    const Storage::StoredTaskProgress p = progressOf(task);
    if (role == Qt::ToolTipRole) {
        if (index.column() == TitleColumn) {
            // The plan's own words, in Chinese; quoted in the English
            // interface (their title above is the English gloss).
            const QString words = task.titleZh + QStringLiteral("。") + task.textZh;
            return Analysis::currentLanguage() == Analysis::Language::Chinese
                       ? words
                       : tr("In the plan's words: “%1”").arg(words);
        }
        if (index.column() == DueYearColumn && task.dueYearSource == QLatin1StringView("planner"))
            return tr("The plan gives no year: 2035 is the planner's default.");
        if (index.column() == ResponsibleColumn && task.responsibleSource == QLatin1StringView("planner"))
            return tr("The plan names no department (it says “省负总责、市县抓落实”: the province answers for the "
                      "whole, cities and counties carry it out): this is the planner's default.");
        return {};
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case StatusColumn: return p.status;
        case ProgressColumn: return p.progress;
        case EvidenceColumn: return p.evidence;
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn: return task.id;
    case ChapterColumn: {
        const Engine::Chapter *chapter = m_document->catalog().chapter(task.chapter);
        return chapter ? Analysis::Wording::chapterTitle(*chapter) : task.chapter;
    }
    case TitleColumn: return Workbench::pick(task.titleZh, task.titleEn);
    case DueYearColumn: return task.dueYear;
    case ResponsibleColumn: return Workbench::pick(task.responsibleZh, task.responsibleEn);
    case StatusColumn: return Analysis::Wording::taskStatusLabel(p.status);
    case ProgressColumn: return QString(QLocale().toString(p.progress, 'f', 0) + QStringLiteral(" %"));
    case EvidenceColumn: return p.evidence;
    default: return {};
    }
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Task");
    case ChapterColumn: return tr("Chapter");
    case TitleColumn: return tr("Measure (the plan's words)");
    case DueYearColumn: return tr("Due");
    case ResponsibleColumn: return tr("Responsible");
    case StatusColumn: return tr("Status");
    case ProgressColumn: return tr("Progress");
    case EvidenceColumn: return tr("Evidence");
    default: return {};
    }
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == StatusColumn || index.column() == ProgressColumn || index.column() == EvidenceColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool TaskTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.row() >= m_tasks.size())
        return false;
    Storage::StoredTaskProgress p = progressOf(m_tasks.at(index.row()));
    switch (index.column()) {
    case StatusColumn: {
        // A code from the list (the delegate's), or its label as shown.
        const QString text = value.toString().trimmed();
        QString code;
        for (const QString &c : Analysis::Wording::taskStatusCodes()) {
            if (text == c || text == Analysis::Wording::taskStatusLabel(c))
                code = c;
        }
        if (code.isEmpty()) {
            Q_EMIT editRefused(tr("Choose the status from the list: %1.")
                                   .arg(QStringList{Analysis::Wording::taskStatusLabel(QStringLiteral("not_started")),
                                                    Analysis::Wording::taskStatusLabel(QStringLiteral("in_progress")),
                                                    Analysis::Wording::taskStatusLabel(QStringLiteral("done"))}
                                            .join(tr(", "))));
            return false;
        }
        p.status = code;
        break;
    }
    case ProgressColumn: {
        bool ok = false;
        p.progress = value.toString().remove(u'%').trimmed().toDouble(&ok);
        if (!ok) {
            Q_EMIT editRefused(tr("\"%1\" is not a number from 0 to 100.").arg(value.toString()));
            return false;
        }
        break;
    }
    case EvidenceColumn:
        p.evidence = value.toString();
        break;
    default:
        return false;
    }
    const PlanTask &task = m_tasks.at(index.row());
    // A city's record is named by the task and the city ("T-02-01-1, 吉林市").
    const QString taskName = m_city.isEmpty() ? task.id
                                              : tr("%1, %2").arg(task.id, Workbench::pick(m_city, cityNameEn(m_city)));
    const QString what = index.column() == StatusColumn ? tr("Set the status of %1 to %2").arg(taskName, Analysis::Wording::taskStatusLabel(p.status))
                         : index.column() == ProgressColumn
                             ? tr("Set the progress of %1 to %2 %").arg(taskName, QLocale().toString(p.progress, 'f', 0))
                             : tr("Edit the evidence of %1").arg(taskName);
    // A shipped template stays as shipped: the edit is offered for a fork.
    if (m_document->scenario().isTemplate()) {
        Workbench::ScenarioDocument *document = m_document;
        Q_EMIT forkNeeded([document, p, what] { return document->setTaskProgress(p, what); });
        return false;
    }
    // An edit of the document: saved at once with the revision it read, on
    // the undo stack; the document tells every view (inputsChanged).
    if (const Engine::Error error = m_document->setTaskProgress(p, what)) {
        Q_EMIT editRefused(error.message);
        return false;
    }
    return true;
}

} // namespace Planner::Implementation
