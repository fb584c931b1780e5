// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storeerror.h"

#include "engine/catalog.h"

namespace Planner::Storage {

class Store;

// The plan's catalog as stored: chapters, indicators, observations, targets,
// with a scenario's overrides of baselines and targets applied on reading.
class CatalogRepository final
{
public:
    explicit CatalogRepository(const Store &store) : m_store(store) {}

    // Brings the catalog tables in line with the application's catalog
    // (insert or update by id). Runs inside the caller's transaction.
    // Catalog rows are reference data shipped with the application; what a
    // planner changes lives in the per-scenario override tables.
    StoreError synchronise(const Engine::Catalog &catalog) const;

    // The catalog as the given scenario sees it (0: no overrides).
    Result<Engine::Catalog> load(qint64 scenarioId = 0) const;

private:
    const Store &m_store;
};

} // namespace Planner::Storage
