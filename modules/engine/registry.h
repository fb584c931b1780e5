// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/catalog.h"
#include "engine/chaptermodule.h"

#include <memory>
#include <vector>

namespace Planner::Engine {

// The chapter modules an application is built from, in plan order. Storage and
// UI know the modules only through this. Not a singleton: main() owns one and
// passes it down; tests build their own.
class ModuleRegistry
{
public:
    ModuleRegistry() = default;
    Q_DISABLE_COPY_MOVE(ModuleRegistry)

    void add(std::unique_ptr<ChapterModule> module);
    const std::vector<std::unique_ptr<ChapterModule>> &modules() const { return m_modules; }
    const ChapterModule *find(const QString &id) const;

    // Loads every module's catalog data into one catalog. On error returns
    // false with *error naming the module and the field.
    bool buildCatalog(Catalog *catalog, QString *error) const;

private:
    std::vector<std::unique_ptr<ChapterModule>> m_modules;
};

} // namespace Planner::Engine
