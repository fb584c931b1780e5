// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandcontext.h"

#include "engine/registry.h"
#include "storage/store.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace Planner::Cli {

CommandContext::CommandContext(QStringList args, const Engine::ModuleRegistry &modules)
    : arguments(std::move(args)), registry(modules), out(stdout), err(stderr)
{
}

CommandContext::~CommandContext() = default;

bool CommandContext::reparse(int positionals, const QString &usage)
{
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
                           || positional.value(0) == QLatin1StringView("task");
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
    Storage::Result<std::unique_ptr<Storage::Store>> opened = Storage::Store::open(path, catalog);
    if (!opened.ok()) {
        err << opened.error().message << Qt::endl;
        return nullptr;
    }
    m_store = std::move(opened.value());
    return m_store.get();
}

} // namespace Planner::Cli
