// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commandline.h"
#include "storage/storeerror.h"

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
    // Negative numbers are arguments, not options: "--all-years -5" works
    // as "--all-years -- -5" (see withNegativeNumbers).
    bool reparse(int positionals, const QString &usage = {});

    // The arguments with every negative number that the parser (with the
    // command's options added) takes as a positional argument moved after
    // "--", keeping the order of the positional arguments; unchanged when
    // there is none or the command line is wrong in another way.
    static QStringList withNegativeNumbers(QCommandLineParser &parser, const QStringList &arguments);

    // True when every named option is given; otherwise prints which one is
    // missing with the usage line, and returns false.
    bool require(std::initializer_list<const char *> names, const QString &usage);

    // Opens the database (--db or the default one) and loads the catalog.
    // Prints the problem and returns null when it cannot. A line of a batch
    // uses the batch's database, opened once.
    Storage::Store *openStore();
    // The same for a command that only reads: the database is opened
    // read-only (Store::Access::Reading: no catalog refresh, no write lock,
    // works on a full disk, a read-only file or folder, and while another
    // program writes). A batch uses its own database as it is.
    Storage::Store *openStoreForReading();

    // The end of a command with actions (scenario, server) when none of
    // its actions matched: the parser's error, --help, or `problem` (which
    // action is missing or unknown) with exit status 2.
    int refuseAction(const QString &problem);

    // A store's error as the command line prints it: a refused change to a
    // shipped template also names the command that forks it (with the
    // scenario named by --scenario or `scenario`).
    QString storeErrorText(const Storage::StoreError &error, const QString &scenario = {}) const;
    // Any other error (the engine's) as it is.
    template<typename OtherError>
    static QString storeErrorText(const OtherError &error)
    {
        return error.message;
    }

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
    Storage::Store *openStore(bool forReading);
    std::unique_ptr<Storage::Store> m_store;
};

} // namespace Planner::Cli
