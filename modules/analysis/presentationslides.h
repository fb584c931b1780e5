// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Planner::Engine { class Catalog; }

namespace Planner::Analysis {

// One slide of the meeting presentation: one indicator's chart with the
// status and finding of each of its targets.
struct PresentationSlide
{
    QString chapterId;
    QString indicatorId;
    bool operator==(const PresentationSlide &) const = default;
};

// The presentation's slides, numbered 1 … n in this order: the chapters in
// plan order and, in each, the indicators that have targets. The window's
// presentation and the printed handout both number their slides from it.
QList<PresentationSlide> presentationSlides(const Engine::Catalog &catalog);

} // namespace Planner::Analysis
