// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Planner::Cli {

class CommandContext;

// report --scenario NAME [--scenario OTHER] [--chapter ID|all] [--lang zh_CN|en] -o FILE.pdf [--force]
// Needs a QApplication (Qt Charts draws through the graphics view): main()
// makes one, on the offscreen platform when there is no display.
int runReport(CommandContext &context);

} // namespace Planner::Cli
