// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Planner::Workbench { class PageRegistry; }

namespace Planner::Implementation {

// Registers the implementation pages (the cities) with the window, after
// the chapters.
void setupUi(Workbench::PageRegistry &registry);

} // namespace Planner::Implementation
