// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/governancecommands.h"

#include "analysis/wording.h"

#include "cli/commandcontext.h"
#include "cli/numberoption.h"
#include "cli/sessionoptions.h"

#include "analysis/projection.h"
#include "analysis/scenariosession.h"
#include "implementation/core/citydecomposition.h"
#include "implementation/core/compositeindex.h"
#include "implementation/core/indexinputs.h"
#include "implementation/core/plantask.h"
#include "storage/implementationrepository.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Planner::Cli {

namespace {

QList<Implementation::PlanTask> seededTasks(CommandContext &context)
{
    QString error;
    QList<Implementation::PlanTask> tasks = Implementation::planTasksFromJson(Implementation::embeddedPlanTasksJson(), &error);
    if (!error.isEmpty())
        context.err << Tr::tr("The application's task data is broken: %1").arg(error) << Qt::endl;
    return tasks;
}

// The scenario row, or nullopt with the message printed.
std::optional<Storage::Scenario> findScenario(CommandContext &context, Storage::Store &store)
{
    const auto scenario = Storage::ScenarioRepository(store).find(context.parser.value(QStringLiteral("scenario")));
    if (!scenario.ok()) {
        context.err << context.storeErrorText(scenario.error()) << Qt::endl;
        return std::nullopt;
    }
    return scenario.value();
}

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

// --city as the store names the city (its Chinese name); the province's
// own record (an empty name) without --city. nullopt: an unknown city, with
// the message printed.
std::optional<QString> cityOption(CommandContext &context)
{
    if (!context.parser.isSet(QStringLiteral("city")))
        return QString();
    const QString given = context.parser.value(QStringLiteral("city"));
    const QString city = Implementation::cityFromName(given);
    if (city.isEmpty()) {
        context.err << Tr::tr("--city: \"%1\" is not a city of the province; use one of: %2 (Chinese or English name).")
                           .arg(given, Implementation::knownCities().join(QStringLiteral(", ")))
                    << Qt::endl;
        return std::nullopt;
    }
    return city;
}

// What a city's record of a task is before the city recorded anything:
// not started. (The province's record starts from the plan's own state.)
Storage::StoredTaskProgress unrecorded(const Implementation::PlanTask &task, const QString &city)
{
    if (city.isEmpty())
        return {task.id, task.status, task.progress, task.evidence};
    return {task.id, QStringLiteral("not_started"), 0.0, QString(), city};
}

} // namespace

int runTasks(CommandContext &context)
{
    QCommandLineParser &parser = context.parser;
    parser.addOption(QCommandLineOption(QStringLiteral("scenario"), Tr::tr("Show this scenario's progress."), QStringLiteral("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("chapter"), Tr::tr("Only this chapter's tasks."), QStringLiteral("id")));
    parser.addOption(QCommandLineOption(QStringLiteral("city"),
                                        Tr::tr("This city's record of the tasks instead of the province's "
                                               "(Chinese or English name)."),
                                        QStringLiteral("city")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON.")));
    const QString usage = QStringLiteral("jilin-planner tasks [--scenario NAME] [--city CITY] [--chapter ID] [--json]");
    if (!context.reparse(0, usage))
        return context.helpShown ? ExitOk : ExitUsage;
    const std::optional<QString> city = cityOption(context);
    if (!city)
        return ExitUsage;
    if (!city->isEmpty() && !context.require({"scenario"}, usage))
        return ExitUsage;
    const QList<Implementation::PlanTask> tasks = seededTasks(context);
    if (tasks.isEmpty())
        return ExitFailure;
    QMap<QString, Storage::StoredTaskProgress> progress;
    QMap<QString, QMap<QString, Storage::StoredTaskProgress>> cities;  // the cities' records (province's list)
    if (parser.isSet(QStringLiteral("scenario"))) {
        Storage::Store *store = context.openStoreForReading();
        if (!store)
            return ExitFailure;
        const std::optional<Storage::Scenario> scenario = findScenario(context, *store);
        if (!scenario)
            return ExitFailure;
        const Storage::ImplementationRepository repo(*store);
        const auto stored = repo.taskProgress(scenario->id, *city);
        if (!stored.ok()) {
            context.err << context.storeErrorText(stored.error()) << Qt::endl;
            return ExitFailure;
        }
        progress = stored.value();
        if (city->isEmpty()) {
            const auto cityRecords = repo.cityTaskProgress(scenario->id);
            if (!cityRecords.ok()) {
                context.err << context.storeErrorText(cityRecords.error()) << Qt::endl;
                return ExitFailure;
            }
            cities = cityRecords.value();
        }
    }
    const QString chapter = parser.value(QStringLiteral("chapter"));
    QJsonArray array;
    const bool zh = context.language == I18n::Language::Chinese;
    // Per city: the tasks of the list it has a record of, and how many of
    // them it has done.
    QMap<QString, std::pair<int, int>> summary;
    const QList<QString> cityOrder = Implementation::inCityOrder(cities.keys());
    for (const Implementation::PlanTask &t : tasks) {
        if (!chapter.isEmpty() && t.chapter != chapter)
            continue;
        const Storage::StoredTaskProgress p = progress.value(t.id, unrecorded(t, *city));
        QJsonArray cityArray;
        for (const QString &name : cityOrder) {
            const QMap<QString, Storage::StoredTaskProgress> &records = cities[name];
            const auto record = records.constFind(t.id);
            if (record == records.cend())
                continue;
            cityArray.append(QJsonObject{{QStringLiteral("city"), name}, {QStringLiteral("status"), record->status},
                                         {QStringLiteral("progress"), record->progress},
                                         {QStringLiteral("evidence"), record->evidence}});
            ++summary[name].first;
            if (record->status == QLatin1StringView("done"))
                ++summary[name].second;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject o{{QStringLiteral("id"), t.id}, {QStringLiteral("chapter"), t.chapter},
                          {QStringLiteral("section_zh"), t.sectionZh}, {QStringLiteral("title_zh"), t.titleZh},
                          {QStringLiteral("title_en"), t.titleEn}, {QStringLiteral("text_zh"), t.textZh},
                          {QStringLiteral("stage"), t.stage}, {QStringLiteral("due_year"), t.dueYear},
                          {QStringLiteral("due_year_source"), t.dueYearSource},
                          {QStringLiteral("responsible_zh"), t.responsibleZh},
                          {QStringLiteral("responsible_en"), t.responsibleEn},
                          {QStringLiteral("responsible_source"), t.responsibleSource},
                          {QStringLiteral("status"), p.status}, {QStringLiteral("progress"), p.progress},
                          {QStringLiteral("evidence"), p.evidence}};
            // The record shown: a city's (--city) or the province's, with
            // the cities' own records beside it.
            if (city->isEmpty())
                o.insert(QStringLiteral("cities"), cityArray);
            else
                o.insert(QStringLiteral("city"), *city);
            array.append(o);
        } else {
            context.out << t.id << u'\t' << (zh ? t.titleZh : t.titleEn) << u'\t' << t.dueYear << u'\t'
                        << (zh ? t.responsibleZh : t.responsibleEn) << u'\t' << Analysis::Wording::taskStatusLabel(p.status)
                        << u'\t' << p.progress
                        << QStringLiteral(" %") << Qt::endl;
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const QString &name : Implementation::inCityOrder(summary.keys()))
        context.out << Tr::tr("%1: its own record of %2 of these tasks, %3 done (see --city).")
                           .arg(zh ? name : Implementation::cityNameEn(name))
                           .arg(summary.value(name).first)
                           .arg(summary.value(name).second)
                    << Qt::endl;
    return ExitOk;
}

int runTask(CommandContext &context)
{
    QCommandLineParser &parser = context.parser;
    parser.clearPositionalArguments();
    parser.addPositionalArgument(QStringLiteral("task"), Tr::tr("The word \"task\"."));
    parser.addPositionalArgument(QStringLiteral("set"), Tr::tr("The action: set."));
    parser.addOption(QCommandLineOption(QStringLiteral("scenario"), Tr::tr("The scenario to change."), QStringLiteral("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("task"), Tr::tr("The task's id (see \"tasks\")."), QStringLiteral("id")));
    parser.addOption(QCommandLineOption(QStringLiteral("status"), Tr::tr("not_started, in_progress or done."), QStringLiteral("status")));
    parser.addOption(QCommandLineOption(QStringLiteral("progress"), Tr::tr("Progress, 0 to 100 %."), QStringLiteral("percent")));
    parser.addOption(QCommandLineOption(QStringLiteral("evidence"), Tr::tr("Where the progress is documented."), QStringLiteral("text")));
    parser.addOption(QCommandLineOption(QStringLiteral("city"),
                                        Tr::tr("Record this city's progress of the task instead of the province's "
                                               "(Chinese or English name)."),
                                        QStringLiteral("city")));
    const QString usage = QStringLiteral("jilin-planner task set --scenario NAME --task ID [--city CITY] [--status S] [--progress P] [--evidence TEXT]");
    if (!context.reparse(0, usage))
        return context.helpShown ? ExitOk : ExitUsage;
    if (parser.positionalArguments().value(1) != QLatin1StringView("set")) {
        context.err << Tr::tr("Unknown task action \"%1\": use set.").arg(parser.positionalArguments().value(1)) << Qt::endl;
        return ExitUsage;
    }
    if (!context.require({"scenario", "task"}, usage))
        return ExitUsage;
    const std::optional<QString> city = cityOption(context);
    if (!city)
        return ExitUsage;
    std::optional<double> progressValue;
    if (parser.isSet(QStringLiteral("progress"))) {
        progressValue = parseNumber(parser.value(QStringLiteral("progress")));
        if (!progressValue || *progressValue < 0 || *progressValue > 100) {
            context.err << Tr::tr("--progress: \"%1\" is not a number from 0 to 100.").arg(parser.value(QStringLiteral("progress"))) << Qt::endl;
            return ExitUsage;
        }
    }
    const QList<Implementation::PlanTask> tasks = seededTasks(context);
    const QString taskId = parser.value(QStringLiteral("task"));
    const auto task = std::find_if(tasks.cbegin(), tasks.cend(), [&](const Implementation::PlanTask &t) { return t.id == taskId; });
    if (task == tasks.cend()) {
        context.err << Tr::tr("--task: there is no task \"%1\" (see \"jilin-planner tasks\").").arg(taskId) << Qt::endl;
        return ExitFailure;
    }
    Storage::Store *store = context.openStore();
    if (!store)
        return ExitFailure;
    const std::optional<Storage::Scenario> scenario = findScenario(context, *store);
    if (!scenario)
        return ExitFailure;
    Storage::ImplementationRepository repo(*store);
    const auto stored = repo.taskProgress(scenario->id, *city);
    if (!stored.ok()) {
        context.err << context.storeErrorText(stored.error()) << Qt::endl;
        return ExitFailure;
    }
    Storage::StoredTaskProgress p = stored.value().value(taskId, unrecorded(*task, *city));
    if (parser.isSet(QStringLiteral("status")))
        p.status = parser.value(QStringLiteral("status"));
    if (progressValue)
        p.progress = *progressValue;
    if (parser.isSet(QStringLiteral("evidence")))
        p.evidence = parser.value(QStringLiteral("evidence"));
    const auto saved = repo.setTaskProgress(scenario->name, p, scenario->revision);
    if (!saved.ok()) {
        context.err << context.storeErrorText(saved.error()) << Qt::endl;
        return ExitFailure;
    }
    if (city->isEmpty())
        context.out << Tr::tr("Task %1 in \"%2\": %3, %4 % (revision %5).")
                           .arg(taskId, scenario->name, Analysis::Wording::taskStatusLabel(p.status))
                           .arg(p.progress)
                           .arg(saved.value().revision)
                    << Qt::endl;
    else
        context.out << Tr::tr("Task %1 of %2 in \"%3\": %4, %5 % (revision %6).")
                           .arg(taskId,
                                context.language == I18n::Language::Chinese ? *city : Implementation::cityNameEn(*city),
                                scenario->name, Analysis::Wording::taskStatusLabel(p.status))
                           .arg(p.progress)
                           .arg(saved.value().revision)
                    << Qt::endl;
    return ExitOk;
}

int runDecompose(CommandContext &context)
{
    QCommandLineParser &parser = context.parser;
    parser.addOption(QCommandLineOption(QStringLiteral("scenario"), Tr::tr("The scenario."), QStringLiteral("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("target"), Tr::tr("The target's id, e.g. S-02."), QStringLiteral("id")));
    parser.addOption(QCommandLineOption(QStringLiteral("share"),
                                        Tr::tr("A city's share of the province's target, in %; repeat for each city. "
                                               "Given: the shares are checked (they must add up to 100 %) and stored."),
                                        QStringLiteral("city=percent")));
    parser.addOption(QCommandLineOption(QStringLiteral("city"),
                                        Tr::tr("With --share PERCENT: change this one city's share and leave the "
                                               "others as they are (a city planner's own share)."),
                                        QStringLiteral("city")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON.")));
    const QString usage = QStringLiteral("jilin-planner decompose --scenario NAME --target ID "
                                         "[--share CITY=PERCENT ... | --city CITY --share PERCENT] [--json]");
    if (!context.reparse(0, usage))
        return context.helpShown ? ExitOk : ExitUsage;
    if (!context.require({"scenario", "target"}, usage))
        return ExitUsage;
    const std::optional<QString> city = cityOption(context);
    if (!city)
        return ExitUsage;

    QList<Implementation::CityShare> shares;
    std::optional<Implementation::CityShare> oneShare;  // --city CITY --share PERCENT
    if (!city->isEmpty()) {
        const QStringList given = parser.values(QStringLiteral("share"));
        const std::optional<double> share = given.size() == 1 ? parseNumber(given.constFirst()) : std::nullopt;
        if (!share || *share < 0.0 || *share > 100.0) {
            context.err << Tr::tr("--city needs one --share PERCENT, a number from 0 to 100.") << Qt::endl;
            return ExitUsage;
        }
        oneShare = Implementation::CityShare{*city, *share};
    }
    for (const QString &pair : oneShare ? QStringList() : parser.values(QStringLiteral("share"))) {
        const qsizetype eq = pair.lastIndexOf(u'=');
        const std::optional<double> share = eq > 0 ? parseNumber(pair.mid(eq + 1)) : std::nullopt;
        if (!share) {
            context.err << Tr::tr("--share: \"%1\" is not CITY=PERCENT.").arg(pair) << Qt::endl;
            return ExitUsage;
        }
        // A city in either language; an unknown name is kept for the check to name.
        const QString named = Implementation::cityFromName(pair.left(eq));
        shares.append({named.isEmpty() ? pair.left(eq).trimmed() : named, *share});
    }
    if (!shares.isEmpty()) {
        if (const Engine::Error e = Implementation::checkDecomposition(shares)) {
            context.err << e.message << Qt::endl;
            return ExitFailure;
        }
    }
    Storage::Store *store = context.openStore();
    if (!store)
        return ExitFailure;
    const QString targetId = parser.value(QStringLiteral("target"));
    const std::optional<Storage::Scenario> scenario = findScenario(context, *store);
    if (!scenario)
        return ExitFailure;
    const auto session = Analysis::ScenarioSession::load(*store, context.registry, scenario->name);
    if (!session.ok()) {
        context.err << context.storeErrorText(session.error()) << Qt::endl;
        return ExitFailure;
    }
    const Engine::Target *target = session.value().catalog().target(targetId);
    if (!target || !target->value) {
        context.err << Tr::tr("--target: there is no target \"%1\" with a value to decompose.").arg(targetId) << Qt::endl;
        return ExitFailure;
    }
    Storage::ImplementationRepository repo(*store);
    if (oneShare) {
        const auto saved = repo.setCityShare(scenario->name, targetId, {oneShare->city, oneShare->share},
                                             scenario->revision);
        if (!saved.ok()) {
            context.err << context.storeErrorText(saved.error()) << Qt::endl;
            return ExitFailure;
        }
    }
    if (!shares.isEmpty()) {
        QList<Storage::StoredCityShare> rows;
        for (const Implementation::CityShare &c : std::as_const(shares))
            rows.append({c.city, c.share});
        const auto saved = repo.setCityShares(scenario->name, targetId, rows, scenario->revision);
        if (!saved.ok()) {
            context.err << context.storeErrorText(saved.error()) << Qt::endl;
            return ExitFailure;
        }
    } else {
        const auto stored = repo.cityShares(scenario->id, targetId);
        if (!stored.ok()) {
            context.err << context.storeErrorText(stored.error()) << Qt::endl;
            return ExitFailure;
        }
        for (const Storage::StoredCityShare &c : stored.value())
            shares.append({c.city, c.share});
        if (shares.isEmpty()) {
            context.err << Tr::tr("Target %1 has no decomposition in \"%2\" yet: give the cities' shares with --share.")
                               .arg(targetId, scenario->name) << Qt::endl;
            return ExitFailure;
        }
    }
    // The split as stored: after a city changed its own share it may not
    // add up to 100 %, which is said rather than refused.
    const auto parts = Implementation::decomposeAsStored(*target->value, shares);
    if (!parts.ok()) {
        context.err << context.storeErrorText(parts.error()) << Qt::endl;
        return ExitFailure;
    }
    const double sum = Implementation::shareSum(shares);
    const bool balanced = std::abs(sum - 100.0) <= Implementation::kShareSumTolerance;
    const Engine::Indicator *indicator = session.value().catalog().indicator(target->indicatorId);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray cities;
        for (qsizetype i = 0; i < parts.value().size(); ++i)
            cities.append(QJsonObject{{QStringLiteral("city"), parts.value().at(i).city},
                                      {QStringLiteral("share"), shares.at(i).share},
                                      {QStringLiteral("value"), number(parts.value().at(i).value)}});
        context.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("target"), targetId},
                                                                   {QStringLiteral("value"), *target->value},
                                                                   {QStringLiteral("unit"), indicator ? indicator->unitZh : QString()},
                                                                   {QStringLiteral("cities"), cities},
                                                                   {QStringLiteral("share_sum"), sum},
                                                                   {QStringLiteral("balanced"), balanced}})
                                             .toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (qsizetype i = 0; i < parts.value().size(); ++i)
        context.out << parts.value().at(i).city << u'\t' << shares.at(i).share << QStringLiteral(" %\t")
                    << parts.value().at(i).value << u' ' << (indicator ? indicator->unitZh : QString()) << Qt::endl;
    if (!balanced)
        context.out << Tr::tr("The shares add up to %1 %, not 100 %: the province splits the target again.")
                           .arg(Analysis::Wording::number(sum, 2))
                    << Qt::endl;
    return ExitOk;
}

int runIndex(CommandContext &context)
{
    QCommandLineParser &parser = context.parser;
    parser.addOption(QCommandLineOption(QStringLiteral("scenario"), Tr::tr("The scenario."), QStringLiteral("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("draws"), Tr::tr("Monte Carlo draws (default 1000)."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON.")));
    const QString usage = QStringLiteral("jilin-planner index --scenario NAME [--draws N] [--json]");
    if (!context.reparse(0, usage))
        return context.helpShown ? ExitOk : ExitUsage;
    if (!context.require({"scenario"}, usage))
        return ExitUsage;
    Analysis::ProjectionRequest request;
    if (!readDraws(context, request))
        return ExitUsage;
    int exitCode = ExitOk;
    const std::optional<Analysis::ScenarioSession> session = openSession(context, usage, &exitCode);
    if (!session)
        return exitCode;
    Storage::Store *store = context.openStoreForReading();
    const auto projection = Analysis::project(*session, request);
    if (!projection.ok()) {
        context.err << context.storeErrorText(projection.error()) << Qt::endl;
        return ExitFailure;
    }
    const Engine::Catalog &catalog = session->catalog();

    const auto stored = Storage::ImplementationRepository(*store).taskProgress(session->scenario().id);
    if (!stored.ok()) {
        context.err << context.storeErrorText(stored.error()) << Qt::endl;
        return ExitFailure;
    }
    QMap<QString, double> progress;
    for (const Storage::StoredTaskProgress &p : stored.value())
        progress.insert(p.taskId, p.progress);
    const QList<Implementation::TargetProgressInput> targets =
        Implementation::targetProgressInputs(catalog, projection.value().result);
    const QList<Implementation::TaskProgressInput> tasks = Implementation::taskProgressInputs(seededTasks(context), progress);
    const auto weights = Implementation::indexWeightsFromJson(Implementation::embeddedPlanTasksJson());
    if (!weights.ok()) {
        context.err << context.storeErrorText(weights.error()) << Qt::endl;
        return ExitFailure;
    }
    const auto index = Implementation::compositeIndex(targets, tasks, weights.value());
    if (!index.ok()) {
        context.err << context.storeErrorText(index.error()) << Qt::endl;
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray chapters;
        for (const Implementation::ChapterIndex &c : index.value().chapters)
            chapters.append(QJsonObject{{QStringLiteral("chapter"), c.chapterId},
                                        {QStringLiteral("index"), number(c.index)},
                                        {QStringLiteral("targets"), number(c.targetComponent)},
                                        {QStringLiteral("tasks"), number(c.taskComponent)},
                                        {QStringLiteral("weight"), number(c.weight)},
                                        {QStringLiteral("target_count"), c.targetCount},
                                        {QStringLiteral("task_count"), c.taskCount}});
        QJsonArray scores;
        for (const Implementation::TargetScore &s : index.value().targets)
            scores.append(QJsonObject{{QStringLiteral("target"), s.targetId}, {QStringLiteral("chapter"), s.chapterId},
                                      {QStringLiteral("score"), number(s.score)}});
        context.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("scenario"), session->scenario().name},
                                                                   {QStringLiteral("overall"), number(index.value().overall)},
                                                                   {QStringLiteral("chapters"), chapters},
                                                                   {QStringLiteral("targets"), scores}})
                                             .toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const Implementation::ChapterIndex &c : index.value().chapters) {
        const Engine::Chapter *chapter = catalog.chapter(c.chapterId);
        context.out << (chapter ? Analysis::Wording::chapterTitle(*chapter) : c.chapterId) << u'\t'
                    << QString::number(c.index, 'f', 1) << Qt::endl;
    }
    context.out << Tr::tr("Overall index: %1").arg(QString::number(index.value().overall, 'f', 1)) << Qt::endl;
    return ExitOk;
}

} // namespace Planner::Cli
