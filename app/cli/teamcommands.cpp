// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/teamcommands.h"

#include "cli/commandcontext.h"

#include "analysis/language.h"
#include "implementation/core/citydecomposition.h"
#include "implementation/core/plantask.h"
#include "storage/catalogrepository.h"
#include "storage/commentrepository.h"
#include "storage/scenario.h"
#include "storage/store.h"
#include "storage/teamserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QHash>
#include <QJsonObject>

namespace Planner::Cli {

namespace {

int usageExit(const CommandContext &context)
{
    return context.helpShown ? ExitOk : ExitUsage;
}

int fail(CommandContext &context, const Storage::StoreError &error)
{
    context.err << context.storeErrorText(error) << Qt::endl;
    return ExitFailure;
}

// YYYY-MM-DD (from midnight, local time) or an ISO 8601 date and time.
std::optional<QDateTime> parseSince(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return date.startOfDay();
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (at.isValid())
        return at;
    return std::nullopt;
}

QJsonObject auditToJson(const Storage::TeamServer::AuditEntry &e, const QString &scenario)
{
    const auto valueOrNull = [](const QJsonObject &o, bool present) {
        return present ? QJsonValue(o) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("who"), e.who},
        {QStringLiteral("scenario"), scenario},
        {QStringLiteral("table"), e.table},
        {QStringLiteral("operation"), e.operation},
        {QStringLiteral("key"), e.key},
        {QStringLiteral("old"), valueOrNull(e.oldValue, e.operation != QLatin1StringView("INSERT"))},
        {QStringLiteral("new"), valueOrNull(e.newValue, e.operation != QLatin1StringView("DELETE"))},
        {QStringLiteral("revision"), e.revision},
    };
}

} // namespace

Analysis::Wording::AuditNames auditNames()
{
    QString error;
    QHash<QString, Implementation::PlanTask> tasks;
    for (const Implementation::PlanTask &task :
         Implementation::planTasksFromJson(Implementation::embeddedPlanTasksJson(), &error))
        tasks.insert(task.id, task);
    return Analysis::Wording::AuditNames{
        [](const QString &city) { return Analysis::pick(city, Implementation::cityNameEn(city)); },
        [tasks](const QString &id) {
            const auto it = tasks.constFind(id);
            return it == tasks.cend() ? id : Analysis::pick(it->titleZh, it->titleEn);
        }};
}

int runServer(CommandContext &context)
{
    QCommandLineParser &parser = context.parser;
    parser.parse(context.arguments);
    const QString action = parser.positionalArguments().value(1);
    if (action == QLatin1StringView("init")) {
        if (!context.reparse(0, QStringLiteral("jilin-planner server init --db postgresql://USER@HOST:PORT/DBNAME")))
            return usageExit(context);
        Storage::Store *store = context.openStore();
        if (!store)
            return ExitFailure;
        if (const Storage::StoreError e = Storage::TeamServer::initialise(*store))
            return fail(context, e);
        context.out << Tr::tr("The team server is set up: schema version %1, the roles provincial_planner, "
                              "city_planner and reviewer, their row-level security and the audit trail.")
                           .arg(store->schemaVersion())
                    << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1StringView("add-user")) {
        const QString usage = QStringLiteral("jilin-planner server add-user NAME --role provincial_planner|"
                                             "city_planner|reviewer [--city CITY]");
        parser.addOption(QCommandLineOption(QStringLiteral("role"), Tr::tr("The user's role."), QStringLiteral("role")));
        parser.addOption(QCommandLineOption(QStringLiteral("city"), Tr::tr("A city planner's city."), QStringLiteral("city")));
        if (!context.reparse(1, usage) )
            return usageExit(context);
        if (!context.require({"role"}, usage))
            return ExitUsage;
        const std::optional<Storage::TeamServer::Role> role =
            Storage::TeamServer::roleFromName(parser.value(QStringLiteral("role")));
        if (!role) {
            context.err << Tr::tr("Unknown role \"%1\": use provincial_planner, city_planner or reviewer.")
                               .arg(parser.value(QStringLiteral("role")))
                        << Qt::endl;
            return ExitUsage;
        }
        // The city in Chinese or English; stored by its Chinese name.
        const QString city = Implementation::cityFromName(parser.value(QStringLiteral("city")));
        if (*role == Storage::TeamServer::Role::CityPlanner) {
            if (city.isEmpty()) {
                context.err << Tr::tr("A city planner needs --city with one of: %1.")
                                   .arg(Implementation::knownCities().join(QStringLiteral(", ")))
                            << Qt::endl;
                return ExitUsage;
            }
        } else if (parser.isSet(QStringLiteral("city"))) {
            context.err << Tr::tr("--city is only for a city planner.") << Qt::endl;
            return ExitUsage;
        }
        Storage::Store *store = context.openStore();
        if (!store)
            return ExitFailure;
        const QString name = parser.positionalArguments().at(2);
        if (const Storage::StoreError e = Storage::TeamServer::addUser(*store, name, *role, city))
            return fail(context, e);
        context.out << (city.isEmpty() ? Tr::tr("%1 is now a %2 on the team server.").arg(name, roleName(*role))
                                       : Tr::tr("%1 is now a %2 for %3 on the team server.").arg(name, roleName(*role), city))
                    << Qt::endl;
        return ExitOk;
    }
    return context.refuseAction(action.isEmpty()
                                    ? Tr::tr("server needs an action: init or add-user.")
                                    : Tr::tr("Unknown server action \"%1\": use init or add-user.").arg(action));
}

int runAudit(CommandContext &context)
{
    QCommandLineParser &parser = context.parser;
    const QString usage = QStringLiteral("jilin-planner audit --scenario NAME [--since DATE] [--json]");
    parser.addOption(QCommandLineOption(QStringLiteral("scenario"), Tr::tr("The scenario."), QStringLiteral("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("since"),
                                        Tr::tr("Only changes from this date (YYYY-MM-DD) or time (ISO 8601) on."),
                                        QStringLiteral("date")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON.")));
    if (!context.reparse(0, usage))
        return usageExit(context);
    if (!context.require({"scenario"}, usage))
        return ExitUsage;
    std::optional<QDateTime> since;
    if (parser.isSet(QStringLiteral("since"))) {
        since = parseSince(parser.value(QStringLiteral("since")));
        if (!since) {
            context.err << Tr::tr("--since takes a date (2026-03-01) or a date and time (2026-03-01T09:30:00).")
                        << Qt::endl;
            return ExitUsage;
        }
    }
    Storage::Store *store = context.openStoreForReading();
    if (!store)
        return ExitFailure;
    const QString scenario = parser.value(QStringLiteral("scenario"));
    const auto entries = Storage::TeamServer::audit(*store, scenario, since);
    if (!entries.ok())
        return fail(context, entries.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &e : entries.value())
            array.append(auditToJson(e, scenario));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    const Analysis::Wording::AuditNames names = auditNames();
    // The catalog only names what changed; without it the words fall back
    // to what the rows say.
    const auto loaded = Storage::CatalogRepository(*store).load();
    const Engine::Catalog catalog = loaded.ok() ? loaded.value() : Engine::Catalog{};
    for (const auto &e : entries.value()) {
        const auto change = Analysis::Wording::auditChange(catalog, e.table, e.key, e.oldValue, e.newValue, names);
        context.out << e.at.toLocalTime().toString(Qt::ISODate) << u'\t' << Tr::tr("revision %1").arg(e.revision)
                    << u'\t' << e.who << u'\t' << Analysis::Wording::auditTableLabel(e.table) << u'\t'
                    << change.which << u'\t' << change.before << QStringLiteral(" -> ") << change.after << Qt::endl;
    }
    return ExitOk;
}

int runComment(CommandContext &context)
{
    QCommandLineParser &parser = context.parser;
    const QString usage = QStringLiteral("jilin-planner comment add --scenario NAME [--target ID] TEXT");
    parser.addOption(QCommandLineOption(QStringLiteral("scenario"), Tr::tr("The scenario."), QStringLiteral("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("target"), Tr::tr("The target the comment is on."), QStringLiteral("id")));
    parser.parse(context.arguments);
    if (parser.positionalArguments().value(1) != QLatin1StringView("add")) {
        context.err << Tr::tr("Usage: %1").arg(usage) << Qt::endl;
        return ExitUsage;
    }
    if (!context.reparse(1, usage))
        return usageExit(context);
    if (!context.require({"scenario"}, usage))
        return ExitUsage;
    Storage::Store *store = context.openStore();
    if (!store)
        return ExitFailure;
    const auto added = Storage::CommentRepository(*store).add(parser.value(QStringLiteral("scenario")),
                                                              parser.value(QStringLiteral("target")),
                                                              parser.positionalArguments().at(2));
    if (!added.ok())
        return fail(context, added.error());
    context.out << Tr::tr("Comment %1 added by %2.").arg(added.value().id).arg(added.value().author) << Qt::endl;
    return ExitOk;
}

int runComments(CommandContext &context)
{
    QCommandLineParser &parser = context.parser;
    const QString usage = QStringLiteral("jilin-planner comments --scenario NAME [--json]");
    parser.addOption(QCommandLineOption(QStringLiteral("scenario"), Tr::tr("The scenario."), QStringLiteral("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON.")));
    if (!context.reparse(0, usage))
        return usageExit(context);
    if (!context.require({"scenario"}, usage))
        return ExitUsage;
    Storage::Store *store = context.openStoreForReading();
    if (!store)
        return ExitFailure;
    const auto comments = Storage::CommentRepository(*store).list(parser.value(QStringLiteral("scenario")));
    if (!comments.ok())
        return fail(context, comments.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Storage::Comment &c : comments.value())
            array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("target"), c.targetId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                     : QJsonValue(c.targetId)},
                                     {QStringLiteral("author"), c.author},
                                     {QStringLiteral("created"), c.created.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("text"), c.text}});
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const Storage::Comment &c : comments.value())
        context.out << c.id << u'\t' << c.created.toLocalTime().toString(Qt::ISODate) << u'\t' << c.author << u'\t'
                    << (c.targetId.isEmpty() ? QStringLiteral("-") : c.targetId) << u'\t' << c.text << Qt::endl;
    return ExitOk;
}

int runScenarioOpenToCities(CommandContext &context)
{
    QCommandLineParser &parser = context.parser;
    parser.addOption(QCommandLineOption(QStringLiteral("close"), Tr::tr("Close the scenario to the cities again.")));
    if (!context.reparse(1, QStringLiteral("jilin-planner scenario open-to-cities NAME [--close]")))
        return usageExit(context);
    Storage::Store *store = context.openStore();
    if (!store)
        return ExitFailure;
    const QString name = parser.positionalArguments().at(2);
    const bool open = !parser.isSet(QStringLiteral("close"));
    const auto changed = Storage::TeamServer::setOpenToCities(*store, name, open);
    if (!changed.ok()) {
        context.err << context.storeErrorText(changed.error(), name) << Qt::endl;
        return ExitFailure;
    }
    context.out << (open ? Tr::tr("Scenario \"%1\" is open to the cities' planners.").arg(name)
                         : Tr::tr("Scenario \"%1\" is closed to the cities' planners.").arg(name))
                << Qt::endl;
    return ExitOk;
}

int runScenarioRestore(CommandContext &context)
{
    QCommandLineParser &parser = context.parser;
    const QString usage = QStringLiteral("jilin-planner scenario restore NAME NEW --revision R [--author A]");
    parser.addOption(QCommandLineOption(QStringLiteral("revision"), Tr::tr("The revision to restore."), QStringLiteral("R")));
    parser.addOption(QCommandLineOption(QStringLiteral("author"), Tr::tr("Author of the new scenario."), QStringLiteral("name")));
    if (!context.reparse(2, usage))
        return usageExit(context);
    if (!context.require({"revision"}, usage))
        return ExitUsage;
    bool ok = false;
    const qint64 revision = parser.value(QStringLiteral("revision")).toLongLong(&ok);
    if (!ok || revision < 1) {
        context.err << Tr::tr("--revision takes a revision number (1, 2, …).") << Qt::endl;
        return ExitUsage;
    }
    Storage::Store *store = context.openStore();
    if (!store)
        return ExitFailure;
    const QStringList names = parser.positionalArguments().mid(2);
    const QString author = parser.isSet(QStringLiteral("author")) ? parser.value(QStringLiteral("author"))
                                                                  : store->author();
    const auto restored = Storage::TeamServer::restoreAsFork(*store, names.at(0), revision, names.at(1), author);
    if (!restored.ok())
        return fail(context, restored.error());
    context.out << Tr::tr("Created \"%1\" with the values \"%2\" had at revision %3.")
                       .arg(restored.value().name, names.at(0)).arg(revision)
                << Qt::endl;
    return ExitOk;
}

} // namespace Planner::Cli
