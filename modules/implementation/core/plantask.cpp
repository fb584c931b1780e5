// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "implementation/core/plantask.h"

#include "engine/stages.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <QStringList>

#include <cmath>

namespace Planner::Implementation {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1StringView(key)).toString();
}

QList<PlanTask> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return {};
}

} // namespace

QList<PlanTask> planTasksFromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error, QStringLiteral("The task list is not valid JSON: %1 at offset %2.")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    const QJsonValue tasks = document.object().value(QLatin1StringView("tasks"));
    if (!tasks.isArray())
        return fail(error, QStringLiteral("The task list has no \"tasks\" array."));

    QList<PlanTask> result;
    QSet<QString> ids;
    const QJsonArray array = tasks.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        PlanTask task;
        task.id = text(object, "id");
        task.chapter = text(object, "chapter");
        task.sectionZh = text(object, "section_zh");
        task.titleZh = text(object, "title_zh");
        task.textZh = text(object, "text_zh");
        task.titleEn = text(object, "title_en");
        task.stage = object.value(QLatin1StringView("stage")).toInt();
        task.dueYear = object.value(QLatin1StringView("due_year")).toInt();
        task.dueYearSource = text(object, "due_year_source");
        task.responsibleZh = text(object, "responsible_zh");
        task.responsibleEn = text(object, "responsible_en");
        task.responsibleSource = text(object, "responsible_source");
        task.status = text(object, "status");
        if (task.status.isEmpty())
            task.status = QStringLiteral("not_started");
        task.progress = object.value(QLatin1StringView("progress")).toDouble(0.0);
        task.evidence = text(object, "evidence");

        const QString where = task.id.isEmpty() ? QStringLiteral("task %1").arg(i + 1) : task.id;
        if (task.id.isEmpty())
            return fail(error, QStringLiteral("Task %1 has no id.").arg(i + 1));
        if (ids.contains(task.id))
            return fail(error, QStringLiteral("Task id %1 appears twice.").arg(task.id));
        ids.insert(task.id);
        if (task.chapter.isEmpty())
            return fail(error, QStringLiteral("Task %1 has no chapter.").arg(where));
        if (task.titleZh.isEmpty())
            return fail(error, QStringLiteral("Task %1 has no title_zh.").arg(where));
        if (task.dueYear < Engine::kPlanFirstYear || task.dueYear > Engine::kPlanLastYear)
            return fail(error, QStringLiteral("Task %1 has due_year %2, outside the plan's %3–%4.")
                                   .arg(where)
                                   .arg(task.dueYear)
                                   .arg(Engine::kPlanFirstYear)
                                   .arg(Engine::kPlanLastYear));
        if (task.stage != Engine::stageOfYear(task.dueYear))
            return fail(error, QStringLiteral("Task %1 has stage %2, but its due year %3 falls in stage %4.")
                                   .arg(where)
                                   .arg(task.stage)
                                   .arg(task.dueYear)
                                   .arg(Engine::stageOfYear(task.dueYear)));
        static const QStringList statuses{QStringLiteral("not_started"), QStringLiteral("in_progress"),
                                          QStringLiteral("done")};
        if (!statuses.contains(task.status))
            return fail(error, QStringLiteral("Task %1 has an unknown status \"%2\".").arg(where, task.status));
        if (!std::isfinite(task.progress) || task.progress < 0.0 || task.progress > 100.0)
            return fail(error, QStringLiteral("Task %1 has progress %2 %; it must be from 0 to 100.")
                                   .arg(where)
                                   .arg(task.progress));
        result.append(task);
    }
    if (error)
        error->clear();
    return result;
}

QByteArray embeddedPlanTasksJson()
{
    QFile resource(QStringLiteral(":/implementation/plan_tasks.json"));
    if (!resource.open(QIODevice::ReadOnly))
        return {};
    return resource.readAll();
}

} // namespace Planner::Implementation
