// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "implementation/ui/implementationui.h"

#include "implementation/ui/citypage.h"

#include "workbench/pageregistry.h"

namespace Planner::Implementation {

void setupUi(Workbench::PageRegistry &registry)
{
    registry.addExtraPage(QStringLiteral("cities"), [](const Workbench::PageContext &context, QWidget *parent) {
        return new CityPage(context.document, parent);
    });
}

} // namespace Planner::Implementation
