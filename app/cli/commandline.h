// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/i18n.h"

#include <QStringList>

#include <optional>

namespace Planner::Engine { class ModuleRegistry; }

namespace Planner::Cli {

// Exit codes of every command.
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,  // the command could not be carried out (bad database, unknown scenario, ...)
    ExitUsage = 2,    // the command line itself is wrong (unknown option or command, missing argument)
};

// Options the window shares with the command line.
struct CommonOptions
{
    QString databasePath;                      // empty: the default location
    std::optional<I18n::Language> language;    // empty: the saved choice, else Chinese
};

// True when the arguments name a command (or --help / --version), so the
// program runs without a window.
bool wantsCommandLine(const QStringList &arguments);

// True when the command draws (report: Qt Charts needs a QApplication), so
// main() makes a QApplication, on the offscreen platform without a display.
bool needsGuiApplication(const QStringList &arguments);

// Parses the options of a window start (--db, --lang). On a wrong option
// returns nullopt and sets *error.
std::optional<CommonOptions> parseWindowOptions(const QStringList &arguments, QString *error);

// Runs one command and returns its exit code. Output goes to stdout, errors
// to stderr; nothing is asked interactively.
int run(const QStringList &arguments, const Engine::ModuleRegistry &registry);

// The database the application uses when no --db is given (created with its
// folder on first start).
QString defaultDatabasePath();

} // namespace Planner::Cli
