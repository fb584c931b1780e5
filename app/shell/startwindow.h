// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commandline.h"

class QApplication;

namespace Planner::Engine { class ModuleRegistry; }
namespace Planner::Workbench { class PageRegistry; }

namespace Planner::Shell {

// False when a window cannot be shown here (Linux without DISPLAY or
// WAYLAND_DISPLAY and no QT_QPA_PLATFORM): checked before QApplication
// exists, so the user reads a plain message instead of a Qt plugin abort.
bool displayAvailable();
QString noDisplayMessage();

// The fonts the interface uses, set explicitly (a fresh Debian has no
// Chinese font unless one is installed; fontconfig's own pick copies out
// wrongly from PDFs): WenQuanYi Micro Hei, then Noto Sans CJK SC, then the
// Windows faces.
void applyInterfaceFont(QApplication &app);

// Opens the database and shows the window; returns the exit code.
int runWindow(QApplication &app, const Engine::ModuleRegistry &modules, const Workbench::PageRegistry &pages,
              const Cli::CommonOptions &options);

} // namespace Planner::Shell
