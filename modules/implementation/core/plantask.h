// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Planner::Implementation {

// One measure (任务举措) of chapters 二 to 七 of the plan, as a task the
// planner tracks: a paragraph of the plan that opens with the measure's title
// sentence, e.g. 强化空间布局引领。 Seeded from the plan's text in
// resources/catalog/plan_tasks.json.
struct PlanTask
{
    QString id;              // T-02-01-1: chapter numeral, section, order
    QString chapter;         // the chapter module's id (green_transition ... governance)
    QString sectionZh;       // （一）构建有序和谐的国土空间格局
    QString titleZh;         // the measure's title in the plan's words
    QString textZh;          // the rest of the paragraph, in the plan's words
    QString titleEn;
    int stage = 0;           // 1, 2 or 3: the stage the due year falls in
    int dueYear = 0;
    QString dueYearSource;   // "plan": the year the text gives; "planner": 2035 by default
    QString responsibleZh;   // the provincial department (省负总责、市县抓落实)
    QString responsibleEn;
    QString responsibleSource;  // "planner": a default, not named by the plan
    QString status;          // "not_started", "in_progress" or "done"
    double progress = 0.0;   // 0–100 %, the planner's estimate
    QString evidence;        // where the progress is documented
};

// Reads {"tasks": [...]} in the file's spelling. Every task needs an id (unique),
// a chapter, a title and a due year within the plan (2024–2035) whose stage
// matches "stage", a known status (empty: not_started) and a progress of
// 0–100 %. Nothing and *error set when the document is malformed.
QList<PlanTask> planTasksFromJson(const QByteArray &json, QString *error);

// The seeded task list compiled into the library.
QByteArray embeddedPlanTasksJson();

} // namespace Planner::Implementation
