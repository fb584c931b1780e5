// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Planner::Cli {

class CommandContext;

// report --scenario NAME [--scenario OTHER] [--chapter ID|all] [--issuer NAME] [--lang zh_CN|en] -o FILE.pdf [--force]
// report --handout --scenario NAME [--chapter ID|all] [--lang zh_CN|en] -o FILE.pdf [--force]
// Needs a QApplication (Qt Charts draws through the graphics view): main()
// makes one, on the offscreen platform when there is no display.
int runReport(CommandContext &context);

// The issuing office (编制单位) printed on report covers, set once (in the
// window's report dialog) and used by the window and the command line;
// `--issuer` overrides it for one report. Empty when never set.
QString savedIssuer();
void saveIssuer(const QString &issuer);

} // namespace Planner::Cli
