// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/analysiscommands.h"

#include "cli/commandcontext.h"
#include "cli/numberoption.h"
#include "cli/sessionoptions.h"

#include "analysis/projectionjson.h"
#include "analysis/wording.h"
#include "analysis/scenariosession.h"
#include "engine/goalseek.h"
#include "engine/projection.h"
#include "engine/projectionchoice.h"
#include "engine/registry.h"
#include "engine/sensitivity.h"
#include "engine/stages.h"
#include "storage/scenarioinputsrepository.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Planner::Cli {

namespace {

QJsonObject leverToJson(const Engine::Lever &lever)
{
    return QJsonObject{
        {QStringLiteral("id"), lever.id},
        {QStringLiteral("module"), lever.moduleId},
        {QStringLiteral("name_zh"), lever.nameZh},
        {QStringLiteral("name_en"), lever.nameEn},
        {QStringLiteral("unit"), lever.unitZh},
        {QStringLiteral("unit_en"), lever.unitEn},
        {QStringLiteral("min"), lever.min},
        {QStringLiteral("max"), lever.max},
        {QStringLiteral("default"), lever.defaultValue},
        {QStringLiteral("uncertainty"),
         QJsonObject{{QStringLiteral("kind"), Engine::uncertaintyKindToString(lever.uncertainty.kind)},
                     {QStringLiteral("spread"), lever.uncertainty.spread}}},
        {QStringLiteral("moves"), QJsonArray::fromStringList(lever.moves)},
        {QStringLiteral("source"), lever.source},
        {QStringLiteral("assumption"), lever.assumption},
        {QStringLiteral("note"), lever.note},
    };
}

// In the reader's language, from the error's code (Analysis::Wording); with
// a catalog, indicators and levers by name.
int engineFailure(CommandContext &context, const Engine::Error &error, const Engine::Catalog *catalog = nullptr)
{
    context.err << Analysis::Wording::errorText(error, catalog) << Qt::endl;
    return ExitFailure;
}

} // namespace

int runLevers(CommandContext &context)
{
    context.parser.addOption(QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON.")));
    if (!context.reparse(0, QStringLiteral("jilin-planner levers [--json]")))
        return context.helpShown ? ExitOk : ExitUsage;
    Engine::Catalog catalog;
    QString error;
    if (!context.registry.buildCatalog(&catalog, &error)) {
        context.err << Tr::tr("The application's catalog data is broken: %1").arg(error) << Qt::endl;
        return ExitFailure;
    }
    if (context.parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Engine::Lever &lever : catalog.levers())
            array.append(leverToJson(lever));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    const bool zh = context.language == I18n::Language::Chinese;
    for (const Engine::Lever &lever : catalog.levers()) {
        context.out << lever.id << u'\t' << (zh ? lever.nameZh : lever.nameEn) << u'\t'
                    << Tr::tr("%1 %4 (range %2 to %3)").arg(lever.defaultValue).arg(lever.min).arg(lever.max)
                           .arg(zh ? lever.unitZh : lever.unitEn)
                    << Qt::endl;
    }
    return ExitOk;
}

// The value (and year) of a target in one scenario: how a planner gives a
// working target (two mountains, governance) the value the catalog ships
// without, or moves a target for a what-if. Stored as a target override.
int runTargetSet(CommandContext &context)
{
    QCommandLineParser &parser = context.parser;
    parser.clearPositionalArguments();
    parser.addPositionalArgument(QStringLiteral("target"), Tr::tr("The word \"target\"."));
    parser.addPositionalArgument(QStringLiteral("set"), Tr::tr("The action: set."));
    parser.addOption(QCommandLineOption(QStringLiteral("scenario"), Tr::tr("The scenario to change."), QStringLiteral("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("target"), Tr::tr("The target's id (see \"catalog\")."), QStringLiteral("id")));
    parser.addOption(QCommandLineOption(QStringLiteral("value"), Tr::tr("The target's value, in its indicator's unit."), QStringLiteral("number")));
    parser.addOption(QCommandLineOption(QStringLiteral("year"), Tr::tr("The target's year (default: the catalog's)."), QStringLiteral("year")));
    const QString usage = QStringLiteral("jilin-planner target set --scenario NAME --target ID --value V [--year Y]");
    if (!context.reparse(0, usage))
        return context.helpShown ? ExitOk : ExitUsage;
    if (parser.positionalArguments().value(1) != QLatin1StringView("set")) {
        context.err << Tr::tr("Unknown target action \"%1\": use set.").arg(parser.positionalArguments().value(1)) << Qt::endl;
        return ExitUsage;
    }
    if (!context.require({"scenario", "target", "value"}, usage))
        return ExitUsage;
    const std::optional<double> value = parseNumber(parser.value(QStringLiteral("value")));
    if (!value) {
        context.err << Tr::tr("--value: \"%1\" is not a number.").arg(parser.value(QStringLiteral("value"))) << Qt::endl;
        return ExitUsage;
    }
    Storage::Store *store = context.openStore();
    if (!store)
        return ExitFailure;
    const QString targetId = parser.value(QStringLiteral("target"));
    const Engine::Target *target = store->applicationCatalog().target(targetId);
    if (!target) {
        context.err << Tr::tr("--target: there is no target \"%1\" (see \"jilin-planner catalog\").").arg(targetId) << Qt::endl;
        return ExitFailure;
    }
    int year = target->year;
    if (parser.isSet(QStringLiteral("year"))) {
        const std::optional<int> given = parseWholeNumber(parser.value(QStringLiteral("year")));
        if (!given || *given < Engine::kPlanFirstYear || *given > Engine::kLatestProjectionYear) {
            context.err << Tr::tr("--year: \"%1\" is not a year from %2 to %3.")
                               .arg(parser.value(QStringLiteral("year"))).arg(Engine::kPlanFirstYear).arg(Engine::kLatestProjectionYear)
                        << Qt::endl;
            return ExitUsage;
        }
        year = *given;
    }
    const QString scenario = parser.value(QStringLiteral("scenario"));
    const auto saved = Storage::ScenarioRepository(*store).setTargetOverride(scenario, targetId, year, value,
                                                                             target->tolerance);
    if (!saved.ok()) {
        context.err << context.storeErrorText(saved.error()) << Qt::endl;
        return ExitFailure;
    }
    context.out << Tr::tr("Set target %1 to %2 for %3 in \"%4\" (revision %5).")
                       .arg(targetId, parser.value(QStringLiteral("value"))).arg(year).arg(scenario).arg(saved.value().revision)
                << Qt::endl;
    return ExitOk;
}

int runLever(CommandContext &context)
{
    QCommandLineParser &parser = context.parser;
    parser.clearPositionalArguments();
    parser.addPositionalArgument(QStringLiteral("lever"), Tr::tr("The word \"lever\"."));
    parser.addPositionalArgument(QStringLiteral("set"), Tr::tr("The action: set."));
    parser.addPositionalArgument(QStringLiteral("value"), Tr::tr("The lever's new value, in its unit."));
    parser.addOption(QCommandLineOption(QStringLiteral("scenario"), Tr::tr("The scenario to change."), QStringLiteral("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("lever"), Tr::tr("The lever's id (see \"levers\")."), QStringLiteral("id")));
    parser.addOption(QCommandLineOption(QStringLiteral("stage"), Tr::tr("Set the years of stage 1 (2024-2027), 2 (2028-2030) or 3 (2031-2035)."), QStringLiteral("1|2|3")));
    parser.addOption(QCommandLineOption(QStringLiteral("year"), Tr::tr("Set one year (2024-2035)."), QStringLiteral("year")));
    parser.addOption(QCommandLineOption(QStringLiteral("all-years"), Tr::tr("Set every year 2024-2035.")));
    const QString usage = QStringLiteral("jilin-planner lever set --scenario NAME --lever ID (--stage 1|2|3 | --year Y | --all-years) VALUE");
    if (!context.reparse(1, usage))
        return context.helpShown ? ExitOk : ExitUsage;
    if (parser.positionalArguments().value(1) != QLatin1StringView("set")) {
        context.err << Tr::tr("Unknown lever action \"%1\": use set.").arg(parser.positionalArguments().value(1)) << Qt::endl;
        return ExitUsage;
    }
    if (!context.require({"scenario", "lever"}, usage))
        return ExitUsage;
    const int chosen = int(parser.isSet(QStringLiteral("stage"))) + int(parser.isSet(QStringLiteral("year")))
                       + int(parser.isSet(QStringLiteral("all-years")));
    if (chosen != 1) {
        context.err << Tr::tr("Give exactly one of --stage, --year or --all-years.") << Qt::endl;
        return ExitUsage;
    }

    const QString valueText = parser.positionalArguments().value(2);
    const std::optional<double> value = parseNumber(valueText);
    if (!value) {
        context.err << Tr::tr("VALUE: \"%1\" is not a number.").arg(valueText) << Qt::endl;
        return ExitUsage;
    }
    QList<int> years;
    if (parser.isSet(QStringLiteral("stage"))) {
        const std::optional<int> number = parseWholeNumber(parser.value(QStringLiteral("stage")));
        const std::optional<Engine::Stage> stage = number ? Engine::planStage(*number) : std::nullopt;
        if (!stage) {
            context.err << Tr::tr("--stage: \"%1\" is not 1, 2 or 3.").arg(parser.value(QStringLiteral("stage"))) << Qt::endl;
            return ExitUsage;
        }
        for (int y = stage->first; y <= stage->last; ++y)
            years.append(y);
    } else if (parser.isSet(QStringLiteral("year"))) {
        const std::optional<int> year = parseWholeNumber(parser.value(QStringLiteral("year")));
        if (!year || *year < Engine::kPlanFirstYear || *year > Engine::kPlanLastYear) {
            context.err << Tr::tr("--year: \"%1\" is not a year from %2 to %3.")
                               .arg(parser.value(QStringLiteral("year"))).arg(Engine::kPlanFirstYear).arg(Engine::kPlanLastYear)
                        << Qt::endl;
            return ExitUsage;
        }
        years.append(*year);
    } else {
        for (int y = Engine::kPlanFirstYear; y <= Engine::kPlanLastYear; ++y)
            years.append(y);
    }

    Storage::Store *store = context.openStore();
    if (!store)
        return ExitFailure;
    const QString leverId = parser.value(QStringLiteral("lever"));
    const Engine::Lever *lever = store->applicationCatalog().lever(leverId);
    if (!lever) {
        context.err << Tr::tr("--lever: there is no lever \"%1\" (see \"jilin-planner levers\").").arg(leverId) << Qt::endl;
        return ExitFailure;
    }
    if (*value < lever->min || *value > lever->max) {
        context.err << Tr::tr("VALUE: %1 is outside the range of lever %2 (%3 to %4 %5). Nothing was changed.")
                           .arg(valueText, leverId).arg(lever->min).arg(lever->max)
                           .arg(context.language == I18n::Language::Chinese ? lever->unitZh : lever->unitEn)
                    << Qt::endl;
        return ExitFailure;
    }
    QMap<int, double> values;
    for (int y : std::as_const(years))
        values.insert(y, *value);
    const QString scenario = parser.value(QStringLiteral("scenario"));
    const auto saved = Storage::ScenarioInputsRepository(*store).setLeverValues(scenario, leverId, values);
    if (!saved.ok()) {
        context.err << context.storeErrorText(saved.error()) << Qt::endl;
        return ExitFailure;
    }
    context.out << Tr::tr("Set %1 to %2 for %3-%4 in \"%5\" (revision %6).")
                       .arg(leverId, valueText).arg(years.first()).arg(years.last()).arg(scenario).arg(saved.value().revision)
                << Qt::endl;
    return ExitOk;
}

int runProjectionChoice(CommandContext &context)
{
    QCommandLineParser &parser = context.parser;
    parser.clearPositionalArguments();
    parser.addPositionalArgument(QStringLiteral("projection"), Tr::tr("The word \"projection\"."));
    parser.addPositionalArgument(QStringLiteral("set"), Tr::tr("The action: set."));
    parser.addOption(QCommandLineOption(QStringLiteral("scenario"), Tr::tr("The scenario to change."), QStringLiteral("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("indicator"), Tr::tr("The indicator's id."), QStringLiteral("id")));
    parser.addOption(QCommandLineOption(QStringLiteral("method"),
                                        Tr::tr("hold, linear, growth, logistic, logistic_through_latest, milestones or fitted."),
                                        QStringLiteral("method")));
    parser.addOption(QCommandLineOption(QStringLiteral("parameters"),
                                        Tr::tr("The method's parameters as JSON, e.g. {\"rate\": 0.05} or "
                                               "{\"points\": [{\"year\": 2030, \"value\": 50}], \"interpolation\": \"step\"}."),
                                        QStringLiteral("json")));
    const QString usage = QStringLiteral("jilin-planner projection set --scenario NAME --indicator ID --method M [--parameters JSON]");
    if (!context.reparse(0, usage))
        return context.helpShown ? ExitOk : ExitUsage;
    if (parser.positionalArguments().value(1) != QLatin1StringView("set")) {
        context.err << Tr::tr("Unknown projection action \"%1\": use set.").arg(parser.positionalArguments().value(1)) << Qt::endl;
        return ExitUsage;
    }
    if (!context.require({"scenario", "indicator", "method"}, usage))
        return ExitUsage;
    QJsonObject parameters;
    if (parser.isSet(QStringLiteral("parameters"))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(parser.value(QStringLiteral("parameters")).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            context.err << Tr::tr("--parameters: not a JSON object (%1).").arg(error.errorString()) << Qt::endl;
            return ExitUsage;
        }
        parameters = doc.object();
    }
    Storage::Store *store = context.openStore();
    if (!store)
        return ExitFailure;
    const QString indicatorId = parser.value(QStringLiteral("indicator"));
    if (!store->applicationCatalog().indicator(indicatorId)) {
        context.err << Tr::tr("--indicator: there is no indicator \"%1\".").arg(indicatorId) << Qt::endl;
        return ExitFailure;
    }
    const QString method = parser.value(QStringLiteral("method"));
    // The engine checks the method and its parameters before anything is stored.
    const auto choice = Engine::projectionChoiceFromJson(method, parameters, indicatorId);
    if (!choice.ok())
        return engineFailure(context, choice.error(), &store->applicationCatalog());
    // The run's own rules, against this scenario's data, before it is stored.
    {
        const auto session = Analysis::ScenarioSession::load(*store, context.registry, parser.value(QStringLiteral("scenario")));
        if (!session.ok())
            return engineFailure(context, session.error());
        const Engine::Indicator *indicator = session.value().catalog().indicator(indicatorId);
        if (!indicator) {
            context.err << Tr::tr("--indicator: there is no indicator \"%1\".").arg(indicatorId) << Qt::endl;
            return ExitFailure;
        }
        if (const Engine::Error e = Engine::checkProjectionChoice(choice.value(), *indicator, session.value().inputs(),
                                                                  session.value().simulator().isModelled(indicatorId)))
            return engineFailure(context, e, &session.value().catalog());
    }
    const auto saved = Storage::ScenarioInputsRepository(*store).setProjection(
        parser.value(QStringLiteral("scenario")), indicatorId,
        {method, Engine::projectionParametersToJson(choice.value())});
    if (!saved.ok()) {
        context.err << context.storeErrorText(saved.error()) << Qt::endl;
        return ExitFailure;
    }
    context.out << Tr::tr("%1 is now projected by %2 in \"%3\" (revision %4).")
                       .arg(indicatorId, method, saved.value().name).arg(saved.value().revision) << Qt::endl;
    return ExitOk;
}

int runProject(CommandContext &context)
{
    QCommandLineParser &parser = context.parser;
    parser.addOption(QCommandLineOption(QStringLiteral("scenario"), Tr::tr("The scenario to project."), QStringLiteral("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("draws"), Tr::tr("Monte Carlo draws (default 1000)."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("seed"), Tr::tr("Random seed (default 20240528)."), QStringLiteral("S")));
    parser.addOption(QCommandLineOption(QStringLiteral("until"), Tr::tr("Last year (2035 by default, at most 2040)."), QStringLiteral("year")));
    parser.addOption(QCommandLineOption(QStringLiteral("deterministic"),
                                        Tr::tr("The central path only: no random draw (every lever at its schedule).")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON.")));
    const QString usage = QStringLiteral("jilin-planner project --scenario NAME [--draws N] [--seed S] [--until YEAR] [--deterministic] [--json]");
    if (!context.reparse(0, usage))
        return context.helpShown ? ExitOk : ExitUsage;
    if (!context.require({"scenario"}, usage))
        return ExitUsage;
    Analysis::ProjectionRequest request;
    if (!readDraws(context, request))
        return ExitUsage;
    request.deterministic = parser.isSet(QStringLiteral("deterministic"));
    if (request.deterministic && (parser.isSet(QStringLiteral("draws")) || parser.isSet(QStringLiteral("seed")))) {
        context.err << Tr::tr("--deterministic runs no draw: leave out --draws and --seed.") << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        request.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        // At most 2^53 - 1, so that every JSON reader reads the seed back exactly.
        if (!ok || request.seed > 9007199254740991ULL) {
            context.err << Tr::tr("--seed: \"%1\" is not a whole number from 0 to 9007199254740991.").arg(parser.value(QStringLiteral("seed"))) << Qt::endl;
            return ExitUsage;
        }
    }
    if (parser.isSet(QStringLiteral("until"))) {
        const std::optional<int> until = parseWholeNumber(parser.value(QStringLiteral("until")));
        if (!until || *until < Engine::kPlanFirstYear || *until > Engine::kLatestProjectionYear) {
            context.err << Tr::tr("--until: \"%1\" is not a year from %2 to %3.").arg(parser.value(QStringLiteral("until")))
                               .arg(Engine::kPlanFirstYear).arg(Engine::kLatestProjectionYear) << Qt::endl;
            return ExitUsage;
        }
        request.endYear = *until;
    }

    int exitCode = ExitOk;
    const std::optional<Analysis::ScenarioSession> session = openSession(context, usage, &exitCode);
    if (!session)
        return exitCode;
    const auto projection = Analysis::project(*session, request);
    if (!projection.ok())
        return engineFailure(context, projection.error());
    if (parser.isSet(QStringLiteral("json"))) {
        context.out << QString::fromUtf8(QJsonDocument(Analysis::projectionToJson(projection.value(), session->catalog())).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    context.out << Analysis::projectionSummary(projection.value(), session->catalog(), context.language == I18n::Language::Chinese);
    return ExitOk;
}

namespace {

QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonObject answerToJson(const Engine::GoalSeekAnswer &answer)
{
    return QJsonObject{
        {QStringLiteral("reachable"), answer.reachable},
        {QStringLiteral("value"), answer.reachable ? jsonNumber(answer.value) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("projected"), answer.reachable ? jsonNumber(answer.projected) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("probability"), answer.reachable ? jsonNumber(answer.probability) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("reason"), answer.reason},
    };
}

} // namespace

int runGoalSeek(CommandContext &context)
{
    QCommandLineParser &parser = context.parser;
    parser.addOption(QCommandLineOption(QStringLiteral("scenario"), Tr::tr("The scenario."), QStringLiteral("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("target"), Tr::tr("The target's id, e.g. S-02."), QStringLiteral("id")));
    parser.addOption(QCommandLineOption(QStringLiteral("lever"), Tr::tr("The lever's id (see \"levers\")."), QStringLiteral("id")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON.")));
    const QString usage = QStringLiteral("jilin-planner goalseek --scenario NAME --target ID --lever ID [--json]");
    if (!context.reparse(0, usage))
        return context.helpShown ? ExitOk : ExitUsage;
    if (!context.require({"target", "lever"}, usage))
        return ExitUsage;
    int exitCode = ExitOk;
    const std::optional<Analysis::ScenarioSession> session = openSession(context, usage, &exitCode);
    if (!session)
        return exitCode;
    const QString targetId = parser.value(QStringLiteral("target"));
    const QString leverId = parser.value(QStringLiteral("lever"));
    const Engine::Target *target = session->catalog().target(targetId);
    if (!target) {
        context.err << Tr::tr("--target: there is no target \"%1\".").arg(targetId) << Qt::endl;
        return ExitFailure;
    }
    if (!session->catalog().lever(leverId)) {
        context.err << Tr::tr("--lever: there is no lever \"%1\" (see \"jilin-planner levers\").").arg(leverId) << Qt::endl;
        return ExitFailure;
    }
    auto prepared = session->prepare(std::max(target->year, int(Engine::kPlanLastYear)));
    if (!prepared.ok())
        return engineFailure(context, prepared.error(), &session->catalog());
    const auto result = Engine::goalSeek(prepared.takeValue(), *target,
                                         *session->catalog().indicator(target->indicatorId), leverId);
    if (!result.ok())
        return engineFailure(context, result.error(), &session->catalog());
    const Engine::GoalSeekResult &r = result.value();
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject json{
            {QStringLiteral("scenario"), session->scenario().name},
            {QStringLiteral("target"), r.targetId},
            {QStringLiteral("lever"), r.leverId},
            {QStringLiteral("unit"), r.unitZh},
            {QStringLiteral("unit_en"), r.unitEn},
            {QStringLiteral("scenario_setting"), jsonNumber(r.scenarioSetting)},
            {QStringLiteral("p50"), answerToJson(r.p50)},
            {QStringLiteral("p90"), answerToJson(r.p90)},
        };
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    const bool zh = context.language == I18n::Language::Chinese;
    const QString unit = zh ? r.unitZh : r.unitEn;
    const Engine::Lever *lever = session->catalog().lever(leverId);
    const auto line = [&](const char *label, const Engine::GoalSeekAnswer &a) {
        context.out << QLatin1StringView(label) << QStringLiteral(": ")
                    << (a.reachable ? Tr::tr("%1 every year").arg(Analysis::Wording::quantity(QString::number(a.value), unit))
                                    : Analysis::Wording::goalSeekReason(a.reason, lever->min, lever->max, unit))
                    << Qt::endl;
    };
    // The lever by its name: its id is for the command line, not for reading.
    context.out << Tr::tr("%1 by lever %2 (scenario's setting %3)")
                       .arg(r.targetId, zh ? lever->nameZh : lever->nameEn,
                            Analysis::Wording::quantity(QString::number(r.scenarioSetting), unit))
                << Qt::endl;
    line("P50", r.p50);
    line("P90", r.p90);
    return ExitOk;
}

int runSensitivity(CommandContext &context)
{
    QCommandLineParser &parser = context.parser;
    parser.addOption(QCommandLineOption(QStringLiteral("scenario"), Tr::tr("The scenario."), QStringLiteral("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("indicator"), Tr::tr("The indicator's id."), QStringLiteral("id")));
    parser.addOption(QCommandLineOption(QStringLiteral("year"), Tr::tr("The year."), QStringLiteral("year")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON.")));
    const QString usage = QStringLiteral("jilin-planner sensitivity --scenario NAME --indicator ID --year Y [--json]");
    if (!context.reparse(0, usage))
        return context.helpShown ? ExitOk : ExitUsage;
    if (!context.require({"indicator", "year"}, usage))
        return ExitUsage;
    const std::optional<int> year = parseWholeNumber(parser.value(QStringLiteral("year")));
    if (!year || *year < Engine::kPlanFirstYear || *year > Engine::kLatestProjectionYear) {
        context.err << Tr::tr("--year: \"%1\" is not a year from %2 to %3.").arg(parser.value(QStringLiteral("year")))
                           .arg(Engine::kPlanFirstYear).arg(Engine::kLatestProjectionYear) << Qt::endl;
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const std::optional<Analysis::ScenarioSession> session = openSession(context, usage, &exitCode);
    if (!session)
        return exitCode;
    const QString indicatorId = parser.value(QStringLiteral("indicator"));
    const Engine::Indicator *indicator = session->catalog().indicator(indicatorId);
    if (!indicator) {
        context.err << Tr::tr("--indicator: there is no indicator \"%1\".").arg(indicatorId) << Qt::endl;
        return ExitFailure;
    }
    auto prepared = session->prepare(std::max(*year, int(Engine::kPlanLastYear)));
    if (!prepared.ok())
        return engineFailure(context, prepared.error());
    const auto result = Engine::tornado(prepared.takeValue(), indicatorId, *year);
    if (!result.ok())
        return engineFailure(context, result.error());
    const Engine::Tornado &t = result.value();
    QJsonArray bars;
    for (const Engine::TornadoBar &b : t.bars) {
        bars.append(QJsonObject{{QStringLiteral("lever"), b.leverId},
                                {QStringLiteral("lever_min"), b.leverMin},
                                {QStringLiteral("lever_max"), b.leverMax},
                                {QStringLiteral("value_at_min"), jsonNumber(b.valueAtMin)},
                                {QStringLiteral("value_at_max"), jsonNumber(b.valueAtMax)},
                                {QStringLiteral("swing"), jsonNumber(b.swing)}});
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject json{{QStringLiteral("scenario"), session->scenario().name},
                               {QStringLiteral("indicator"), t.indicatorId},
                               {QStringLiteral("year"), t.year},
                               {QStringLiteral("unit"), indicator->unitZh},
                               {QStringLiteral("unit_en"), indicator->unitEn},
                               {QStringLiteral("value"), jsonNumber(t.scenarioValue)},
                               {QStringLiteral("bars"), bars}};
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    context.out << Tr::tr("%1 in %2: %3 with the scenario's settings").arg(t.indicatorId).arg(t.year).arg(t.scenarioValue) << Qt::endl;
    for (const Engine::TornadoBar &b : t.bars)
        context.out << b.leverId << u'\t' << b.valueAtMin << QStringLiteral(" .. ") << b.valueAtMax << u'\t'
                    << Tr::tr("swing %1").arg(b.swing) << Qt::endl;
    return ExitOk;
}

} // namespace Planner::Cli
