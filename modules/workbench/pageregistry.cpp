// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/pageregistry.h"

#include "workbench/chapterpage.h"

namespace Planner::Workbench {

void PageRegistry::add(const QString &moduleId, Factory factory)
{
    m_factories[moduleId] = std::move(factory);
}

QWidget *PageRegistry::createPage(const PageContext &context, QWidget *parent) const
{
    const auto it = m_factories.find(context.chapterId);
    if (it != m_factories.end())
        return it->second(context, parent);
    // Every chapter of the catalog has a page: the generic one, configured by
    // the chapter's indicators, targets and levers.
    return new ChapterPage(context, parent);
}

void PageRegistry::addExtraPage(const QString &pageId, Factory factory)
{
    if (!m_extraOrder.contains(pageId))
        m_extraOrder.append(pageId);
    m_extraFactories[pageId] = std::move(factory);
}

QWidget *PageRegistry::createExtraPage(const QString &pageId, ScenarioDocument *document, QWidget *parent) const
{
    const auto it = m_extraFactories.find(pageId);
    return it == m_extraFactories.end() ? nullptr : it->second(PageContext{document, QString()}, parent);
}

} // namespace Planner::Workbench
