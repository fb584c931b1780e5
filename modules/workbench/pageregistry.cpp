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

void PageRegistry::addExtraPage(const QString &pageId, Factory factory, std::function<QString()> title,
                                QList<FileMenuEntry> fileMenu)
{
    if (!m_extraOrder.contains(pageId))
        m_extraOrder.append(pageId);
    m_extraFactories[pageId] = std::move(factory);
    m_extraTitles[pageId] = std::move(title);
    m_extraFileMenus[pageId] = std::move(fileMenu);
}

QString PageRegistry::extraPageTitle(const QString &pageId) const
{
    const auto it = m_extraTitles.find(pageId);
    return it == m_extraTitles.end() || !it->second ? pageId : it->second();
}

QList<PageRegistry::FileMenuEntry> PageRegistry::extraPageFileMenu(const QString &pageId) const
{
    const auto it = m_extraFileMenus.find(pageId);
    return it == m_extraFileMenus.end() ? QList<FileMenuEntry>() : it->second;
}

QWidget *PageRegistry::createExtraPage(const QString &pageId, ScenarioDocument *document, QWidget *parent) const
{
    const auto it = m_extraFactories.find(pageId);
    return it == m_extraFactories.end() ? nullptr : it->second(PageContext{document, QString()}, parent);
}

} // namespace Planner::Workbench
