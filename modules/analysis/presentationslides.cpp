// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/presentationslides.h"

#include "engine/catalog.h"

namespace Planner::Analysis {

QList<PresentationSlide> presentationSlides(const Engine::Catalog &catalog)
{
    QList<PresentationSlide> slides;
    for (const Engine::Chapter &chapter : catalog.chapters()) {
        for (const Engine::Indicator *indicator : catalog.indicatorsOf(chapter.id)) {
            if (!indicator->targets.isEmpty())
                slides.append({chapter.id, indicator->id});
        }
    }
    return slides;
}

} // namespace Planner::Analysis
