// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "implementation/ui/implementationui.h"

#include "implementation/ui/citypage.h"

#include "storage/teamserver.h"
#include "workbench/pageregistry.h"
#include "workbench/scenariodocument.h"

namespace Planner::Implementation {

void setupUi(Workbench::PageRegistry &registry)
{
    // Built when first shown (Ctrl+7) or when File → Load boundary file… is
    // chosen; the texts are the page's own (CityPage::retranslate).
    registry.addExtraPage(
        QStringLiteral("cities"),
        [](const Workbench::PageContext &context, QWidget *parent) {
            auto *page = new CityPage(context.document, parent);
            // A city planner on a team server may save a split in which only
            // its own city's share changed (README "Roles").
            page->setOwnCity(Storage::TeamServer::ownCity(context.document->store()));
            return page;
        },
        [] { return CityPage::tr("Cities"); },
        {{QStringLiteral("loadBoundaryAction"), [] { return CityPage::tr("Load &boundary file…"); }}});
}

} // namespace Planner::Implementation
