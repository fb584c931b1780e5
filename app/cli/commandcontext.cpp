// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandcontext.h"

#include "engine/registry.h"
#include "storage/store.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdio>

namespace Planner::Cli {

CommandContext::CommandContext(QStringList args, const Engine::ModuleRegistry &modules)
    : arguments(std::move(args)), registry(modules), out(stdout), err(stderr)
{
}

CommandContext::~CommandContext() = default;

namespace {

// "-5", "-0.25", "-1e3", "-.5": a negative number, never an option name.
bool isNegativeNumber(const QString &word)
{
    static const QRegularExpression number(QStringLiteral("^-(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?$"));
    return number.match(word).hasMatch();
}

} // namespace

QStringList CommandContext::withNegativeNumbers(QCommandLineParser &parser, const QStringList &arguments)
{
    // QCommandLineParser reads "-5" as the short options "5": a negative
    // number given as an argument ("--all-years -5") failed with "Unknown
    // option". A value of an option ("--year -5") was never affected. So the
    // arguments are parsed once with every word that is not an option
    // replaced by a marker of its position; the words that come back as
    // positional arguments then go after "--", in their order, and the
    // options stay as they were.
    const qsizetype end = arguments.indexOf(QStringLiteral("--"));
    const qsizetype stop = end < 0 ? arguments.size() : end;
    bool any = false;
    for (qsizetype i = 1; i < stop; ++i)
        any = any || isNegativeNumber(arguments.at(i));
    if (!any)
        return arguments;
    QStringList marked = arguments;
    const QString prefix = QStringLiteral("\x01word");
    for (qsizetype i = 1; i < stop; ++i) {
        const QString &word = arguments.at(i);
        if (!word.startsWith(u'-') || isNegativeNumber(word))
            marked[i] = prefix + QString::number(i);
    }
    if (!parser.parse(marked))
        return arguments;  // the real parse reports what is wrong
    QList<qsizetype> positional;
    for (const QString &word : parser.positionalArguments()) {
        if (word.startsWith(prefix))
            positional.append(word.mid(prefix.size()).toLongLong());
    }
    QStringList result;
    QStringList trailing;
    for (qsizetype i = 0; i < stop; ++i) {
        if (positional.contains(i))
            trailing.append(arguments.at(i));
        else
            result.append(arguments.at(i));
    }
    result.append(QStringLiteral("--"));
    result += trailing;
    if (end >= 0)
        result += arguments.mid(end + 1);
    return result;
}

bool CommandContext::reparse(int positionals, const QString &usage)
{
    arguments = withNegativeNumbers(parser, arguments);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        helpShown = true;
        return false;
    }
    // The command itself (and a subcommand, for "scenario fork") come first.
    const QStringList positional = parser.positionalArguments();
    const bool hasAction = positional.value(0) == QLatin1StringView("scenario")
                           || positional.value(0) == QLatin1StringView("lever")
                           || positional.value(0) == QLatin1StringView("projection")
                           || positional.value(0) == QLatin1StringView("task")
                           || positional.value(0) == QLatin1StringView("target")
                           || positional.value(0) == QLatin1StringView("server")
                           || positional.value(0) == QLatin1StringView("comment");
    const qsizetype consumed = hasAction ? 2 : 1;
    if (positional.size() - consumed != positionals) {
        err << Tr::tr("Wrong number of arguments.");
        if (!usage.isEmpty())
            err << u' ' << Tr::tr("Usage: %1").arg(usage);
        err << Qt::endl;
        return false;
    }
    return true;
}

bool CommandContext::require(std::initializer_list<const char *> names, const QString &usage)
{
    for (const char *name : names) {
        if (!parser.isSet(QLatin1StringView(name))) {
            err << Tr::tr("--%1 is required. Usage: %2").arg(QLatin1StringView(name), usage) << Qt::endl;
            return false;
        }
    }
    return true;
}

Storage::Store *CommandContext::openStore()
{
    return openStore(false);
}

Storage::Store *CommandContext::openStoreForReading()
{
    return openStore(true);
}

Storage::Store *CommandContext::openStore(bool forReading)
{
    if (batch)
        return batch->openStore();
    if (m_store)
        return m_store.get();
    QString path = options.databasePath;
    if (path.isEmpty()) {
        path = defaultDatabasePath();
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    Engine::Catalog catalog;
    QString error;
    if (!registry.buildCatalog(&catalog, &error)) {
        err << Tr::tr("The application's catalog data is broken: %1").arg(error) << Qt::endl;
        return nullptr;
    }
    Storage::Result<std::unique_ptr<Storage::Store>> opened = Storage::Store::open(
        path, catalog, forReading ? Storage::Store::Access::Reading : Storage::Store::Access::ReadWrite);
    if (!opened.ok()) {
        err << opened.error().message << Qt::endl;
        return nullptr;
    }
    m_store = std::move(opened.value());
    return m_store.get();
}

int CommandContext::refuseAction(const QString &problem)
{
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    err << problem << Qt::endl;
    return ExitUsage;
}

QString CommandContext::storeErrorText(const Storage::StoreError &error, const QString &scenario) const
{
    if (error.code != Storage::StoreError::Code::Template)
        return error.message;
    QString name = scenario;
    if (name.isEmpty() && parser.optionNames().contains(QStringLiteral("scenario")))
        name = parser.value(QStringLiteral("scenario"));
    if (name.isEmpty())
        name = Tr::tr("NAME");
    // The name quoted as a shell word.
    const QString quoted = u'"' + name + u'"';
    return error.message + u' '
           + Tr::tr("To change it, fork it first: jilin-planner scenario fork %1 NEW_NAME, and change NEW_NAME.").arg(quoted);
}

} // namespace Planner::Cli
