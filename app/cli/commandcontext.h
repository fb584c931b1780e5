// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <initializer_list>
#include <memory>

namespace Planner::Engine { class ModuleRegistry; }
namespace Planner::Storage { class Store; }

namespace Planner::Cli {

// Translation context of the command line.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::Cli)
};

// What one command runs with: its arguments and parser, the output streams,
// the modules, the common options.
class CommandContext final
{
public:
    CommandContext(QStringList arguments, const Engine::ModuleRegistry &modules);
    ~CommandContext();
    Q_DISABLE_COPY_MOVE(CommandContext)

    // Parses again with the command's own options added; checks that exactly
    // `positionals` arguments follow the command (and its subcommand). Prints
    // the problem and returns false on a wrong command line. --help prints
    // the command's help and returns false with helpShown set.
    bool reparse(int positionals, const QString &usage = {});

    // True when every named option is given; otherwise prints which one is
    // missing with the usage line, and returns false.
    bool require(std::initializer_list<const char *> names, const QString &usage);

    // Opens the database (--db or the default one) and loads the catalog.
    // Prints the problem and returns null when it cannot. A line of a batch
    // uses the batch's database, opened once.
    Storage::Store *openStore();

    QStringList arguments;
    const Engine::ModuleRegistry &registry;
    QCommandLineParser parser;
    CommonOptions options;
    I18n::Language language = I18n::Language::Chinese;
    QTextStream out;
    QTextStream err;
    bool helpShown = false;
    // The batch this command is a line of, or null.
    CommandContext *batch = nullptr;

private:
    std::unique_ptr<Storage::Store> m_store;
};

} // namespace Planner::Cli
