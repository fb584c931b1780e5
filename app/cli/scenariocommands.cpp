// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/scenariocommands.h"

#include "cli/commandcontext.h"
#include "cli/teamcommands.h"

#include "exchange/scenarioexchange.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Planner::Cli {

namespace {

QJsonObject scenarioToJson(const Storage::Scenario &s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("parent"), s.parentName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.parentName)},
        {QStringLiteral("notes"), s.notes},
        {QStringLiteral("author"), s.author},
        {QStringLiteral("created"), s.created.toString(Qt::ISODateWithMs)},
        {QStringLiteral("modified"), s.modified.toString(Qt::ISODateWithMs)},
        {QStringLiteral("revision"), s.revision},
        {QStringLiteral("template"), s.isTemplate() ? QJsonValue(s.templateKey) : QJsonValue(QJsonValue::Null)},
    };
}

int fail(CommandContext &context, const Storage::StoreError &error)
{
    // The scenario a `scenario ACTION NAME` command names.
    context.err << context.storeErrorText(error, context.parser.positionalArguments().value(2)) << Qt::endl;
    return ExitFailure;
}

int usageExit(const CommandContext &context)
{
    return context.helpShown ? ExitOk : ExitUsage;
}

} // namespace

int runScenarios(CommandContext &context)
{
    context.parser.addOption(QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON.")));
    if (!context.reparse(0, QStringLiteral("jilin-planner scenarios [--json]")))
        return usageExit(context);
    Storage::Store *store = context.openStoreForReading();
    if (!store)
        return ExitFailure;
    const Storage::Result<QList<Storage::Scenario>> list = Storage::ScenarioRepository(*store).list();
    if (!list.ok())
        return fail(context, list.error());
    if (context.parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Storage::Scenario &s : list.value())
            array.append(scenarioToJson(s));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const Storage::Scenario &s : list.value()) {
        context.out << s.name << u'\t' << Tr::tr("revision %1").arg(s.revision);
        if (!s.parentName.isEmpty())
            context.out << u'\t' << Tr::tr("forked from %1").arg(s.parentName);
        context.out << u'\t' << s.author << u'\t' << s.modified.toLocalTime().toString(Qt::ISODate) << Qt::endl;
    }
    return ExitOk;
}

int runScenario(CommandContext &context)
{
    QCommandLineParser &parser = context.parser;
    parser.clearPositionalArguments();
    parser.addPositionalArgument(QStringLiteral("scenario"), Tr::tr("The word \"scenario\"."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Tr::tr("create, fork, rename, delete, publish, checkout, open-to-cities or restore."));
    parser.addPositionalArgument(QStringLiteral("names"), Tr::tr("The scenario's name (and the new name)."),
                                 QStringLiteral("NAME [NEW]"));
    parser.parse(context.arguments);
    const QString action = parser.positionalArguments().value(1);
    Storage::Store *store = nullptr;

    if (action == QLatin1StringView("create")) {
        parser.addOption(QCommandLineOption(QStringLiteral("author"), Tr::tr("Author of the scenario."), QStringLiteral("name")));
        parser.addOption(QCommandLineOption(QStringLiteral("notes"), Tr::tr("Notes."), QStringLiteral("text")));
        if (!context.reparse(1, QStringLiteral("jilin-planner scenario create NAME [--author A] [--notes N]")))
            return usageExit(context);
        if (!(store = context.openStore()))
            return ExitFailure;
        const QString author = parser.isSet(QStringLiteral("author")) ? parser.value(QStringLiteral("author")) : store->author();
        const auto created = Storage::ScenarioRepository(*store).create(parser.positionalArguments().at(2), author,
                                                                        parser.value(QStringLiteral("notes")));
        if (!created.ok())
            return fail(context, created.error());
        context.out << Tr::tr("Created scenario \"%1\".").arg(created.value().name) << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1StringView("fork")) {
        parser.addOption(QCommandLineOption(QStringLiteral("author"), Tr::tr("Author of the new scenario."), QStringLiteral("name")));
        if (!context.reparse(2, QStringLiteral("jilin-planner scenario fork NAME NEW [--author A]")))
            return usageExit(context);
        if (!(store = context.openStore()))
            return ExitFailure;
        const QStringList names = parser.positionalArguments().mid(2);
        const QString author = parser.isSet(QStringLiteral("author")) ? parser.value(QStringLiteral("author")) : store->author();
        const auto forked = Storage::ScenarioRepository(*store).fork(names.at(0), names.at(1), author);
        if (!forked.ok())
            return fail(context, forked.error());
        context.out << Tr::tr("Forked \"%1\" from \"%2\".").arg(forked.value().name, names.at(0)) << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1StringView("rename")) {
        if (!context.reparse(2, QStringLiteral("jilin-planner scenario rename NAME NEW")))
            return usageExit(context);
        if (!(store = context.openStore()))
            return ExitFailure;
        const QStringList names = parser.positionalArguments().mid(2);
        const auto renamed = Storage::ScenarioRepository(*store).rename(names.at(0), names.at(1));
        if (!renamed.ok())
            return fail(context, renamed.error());
        context.out << Tr::tr("Renamed \"%1\" to \"%2\".").arg(names.at(0), renamed.value().name) << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1StringView("delete")) {
        parser.addOption(QCommandLineOption(QStringLiteral("yes"), Tr::tr("Confirm the deletion (required).")));
        if (!context.reparse(1, QStringLiteral("jilin-planner scenario delete NAME --yes")))
            return usageExit(context);
        if (!parser.isSet(QStringLiteral("yes"))) {
            context.err << Tr::tr("Deleting a scenario cannot be undone: add --yes to confirm.") << Qt::endl;
            return ExitUsage;
        }
        if (!(store = context.openStore()))
            return ExitFailure;
        const QString name = parser.positionalArguments().at(2);
        if (const Storage::StoreError e = Storage::ScenarioRepository(*store).remove(name))
            return fail(context, e);
        context.out << Tr::tr("Deleted scenario \"%1\".").arg(name) << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1StringView("publish") || action == QLatin1StringView("checkout")) {
        // publish: from --db (the desktop file) to a team server; checkout:
        // from a team server into --db. The same copy either way.
        const bool publish = action == QLatin1StringView("publish");
        const QString other = publish ? QStringLiteral("to") : QStringLiteral("from");
        parser.addOption(QCommandLineOption(other, publish ? Tr::tr("The team server to publish to (postgresql://…).")
                                                           : Tr::tr("The team server to take the scenario from (postgresql://…)."),
                                            QStringLiteral("location")));
        parser.addOption(QCommandLineOption(QStringLiteral("as"), Tr::tr("The name of the copy (default: the scenario's own)."),
                                            QStringLiteral("name")));
        const QString usage = publish ? QStringLiteral("jilin-planner [--db FILE] scenario publish NAME --to postgresql://USER@HOST:PORT/DATABASE [--as NEW]")
                                      : QStringLiteral("jilin-planner [--db FILE] scenario checkout NAME --from postgresql://USER@HOST:PORT/DATABASE [--as NEW]");
        if (!context.reparse(1, usage) || !context.require({publish ? "to" : "from"}, usage))
            return usageExit(context);
        const QString location = parser.value(other);
        if (!(store = publish ? context.openStoreForReading() : context.openStore()))
            return ExitFailure;
        Storage::Result<std::unique_ptr<Storage::Store>> remote = Storage::Store::open(
            location, store->applicationCatalog(), publish ? Storage::Store::Access::ReadWrite : Storage::Store::Access::Reading);
        if (!remote.ok()) {
            context.err << remote.error().message << Qt::endl;
            return ExitFailure;
        }
        const Storage::Store &from = publish ? *store : *remote.value();
        const Storage::Store &to = publish ? *remote.value() : *store;
        QString error;
        const std::optional<Exchange::CopiedScenario> copied = Exchange::copyScenario(
            from, to, parser.positionalArguments().at(2), parser.value(QStringLiteral("as")), &context.registry, &error);
        if (!copied) {
            context.err << error << Qt::endl;
            return ExitFailure;
        }
        context.out << (publish ? Tr::tr("Published \"%1\" to %2 as \"%3\" (fingerprint %4, the same on both sides).")
                                : Tr::tr("Checked out \"%1\" from %2 as \"%3\" (fingerprint %4, the same on both sides)."))
                               .arg(parser.positionalArguments().at(2), remote.value()->path(), copied->name, copied->fingerprint)
                    << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1StringView("open-to-cities"))
        return runScenarioOpenToCities(context);
    if (action == QLatin1StringView("restore"))
        return runScenarioRestore(context);
    return context.refuseAction(
        action.isEmpty()
            ? Tr::tr("scenario needs an action: create, fork, rename, delete, publish, checkout, open-to-cities or "
                     "restore.")
            : Tr::tr("Unknown scenario action \"%1\": use create, fork, rename, delete, publish, checkout, "
                     "open-to-cities or restore.")
                  .arg(action));
}

} // namespace Planner::Cli
