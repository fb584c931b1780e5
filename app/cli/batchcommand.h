// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <functional>
#include <optional>

namespace Planner::Cli {

class CommandContext;

// Runs one line of a batch (the program name followed by the line's words)
// and returns its exit code.
using BatchLineRunner = std::function<int(const QStringList &arguments)>;

// jilin-planner batch [FILE]
// Many commands in one run: one command a line, as typed after
// "jilin-planner", from FILE or standard input; words are split as
// splitBatchLine() says. Blank
// lines and lines starting with # are skipped. Every command is carried out
// and saved on its own, in order, on one open database, and prints what it
// prints alone; the first line that fails stops the batch with its exit code.
int runBatch(CommandContext &context, const BatchLineRunner &runLine);

// Splits one batch line into words, strictly:
// - words are separated by spaces or tabs;
// - a double-quoted part may hold spaces and tabs: "two words"; inside it,
//   two double quotes stand for one: "say ""hi""" is: say "hi";
//   "" alone is an empty word;
// - quoted and unquoted text may join: --notes="a b" is one word;
// - a quote left open, or a double quote inside an unquoted word (ab"c), is an
//   error: nullopt with *error set (the line is not run);
// - a backslash is an ordinary character.
std::optional<QStringList> splitBatchLine(const QString &line, QString *error);

} // namespace Planner::Cli
