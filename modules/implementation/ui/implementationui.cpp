// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "implementation/ui/implementationui.h"

#include "implementation/ui/citypage.h"

#include "workbench/pageregistry.h"

namespace Planner::Implementation {

void setupUi(Workbench::PageRegistry &registry)
{
    // Built when first shown (Ctrl+7) or when File → Load boundary file… is
    // chosen; the texts are the page's own (CityPage::retranslate).
    registry.addExtraPage(
        QStringLiteral("cities"),
        [](const Workbench::PageContext &context, QWidget *parent) { return new CityPage(context.document, parent); },
        [] { return CityPage::tr("Cities"); },
        {{QStringLiteral("loadBoundaryAction"), [] { return CityPage::tr("Load &boundary file…"); }}});
}

} // namespace Planner::Implementation
