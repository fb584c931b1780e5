// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/pageregistry.h"

namespace Planner::Workbench {

void PageRegistry::add(const QString &moduleId, Factory factory)
{
    m_factories[moduleId] = std::move(factory);
}

QWidget *PageRegistry::createPage(const PageContext &context, QWidget *parent) const
{
    const auto it = m_factories.find(context.chapterId);
    return it == m_factories.end() ? nullptr : it->second(context, parent);
}

} // namespace Planner::Workbench
