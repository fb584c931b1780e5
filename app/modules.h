// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Planner::Engine { class ModuleRegistry; }
namespace Planner::Workbench { class PageRegistry; }

namespace Planner::App {

// The six chapter modules, in plan order. A seventh chapter is one line in
// each of these functions and one folder under modules/.
void registerModules(Engine::ModuleRegistry &registry);
void registerPages(Workbench::PageRegistry &registry);

} // namespace Planner::App
