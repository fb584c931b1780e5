// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "green_transition/ui/greentransitionui.h"

#include "workbench/chapterpage.h"
#include "workbench/pageregistry.h"

namespace Planner::GreenTransition {

void setupUi(Workbench::PageRegistry &registry)
{
    // The chapter's indicators and targets; its own views join here as the
    // chapter's model grows.
    registry.add(QStringLiteral("green_transition"), [](const Workbench::PageContext &context, QWidget *parent) {
        return new Workbench::ChapterPage(context, parent);
    });
}

} // namespace Planner::GreenTransition
