// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/registry.h"

namespace Planner::Engine {

void ModuleRegistry::add(std::unique_ptr<ChapterModule> module)
{
    Q_ASSERT(module && !find(module->id()));
    m_modules.push_back(std::move(module));
}

const ChapterModule *ModuleRegistry::find(const QString &id) const
{
    for (const auto &module : m_modules) {
        if (module->id() == id)
            return module.get();
    }
    return nullptr;
}

bool ModuleRegistry::buildCatalog(Catalog *catalog, QString *error) const
{
    Catalog result;
    for (const auto &module : m_modules) {
        const QByteArray json = module->catalogJson();
        if (json.isEmpty()) {
            *error = QStringLiteral("module %1 has no catalog data").arg(module->id());
            return false;
        }
        QString problem;
        if (!result.addChapterJson(json, &problem)) {
            *error = QStringLiteral("module %1: %2").arg(module->id(), problem);
            return false;
        }
        if (!result.chapter(module->id())) {
            *error = QStringLiteral("module %1: its catalog names a different chapter id").arg(module->id());
            return false;
        }
    }
    *catalog = std::move(result);
    return true;
}

} // namespace Planner::Engine
