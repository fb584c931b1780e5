// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Planner::Workbench { class PageRegistry; }

namespace Planner::GreenTransition {

// Registers the chapter's page with the window.
void setupUi(Workbench::PageRegistry &registry);

} // namespace Planner::GreenTransition
