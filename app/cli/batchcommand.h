// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <functional>

namespace Planner::Cli {

class CommandContext;

// Runs one line of a batch (the program name followed by the line's words)
// and returns its exit code.
using BatchLineRunner = std::function<int(const QStringList &arguments)>;

// jilin-planner batch [FILE]
// Many commands in one run: one command a line, as typed after
// "jilin-planner", from FILE or standard input; a word with spaces goes in
// double quotes (QProcess::splitCommand: "" inside quotes is a quote). Blank
// lines and lines starting with # are skipped. Every command is carried out
// and saved on its own, in order, on one open database, and prints what it
// prints alone; the first line that fails stops the batch with its exit code.
int runBatch(CommandContext &context, const BatchLineRunner &runLine);

} // namespace Planner::Cli
