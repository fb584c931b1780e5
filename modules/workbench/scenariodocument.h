// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/catalog.h"
#include "storage/scenario.h"
#include "storage/storeerror.h"

#include <QObject>

namespace Planner::Storage { class Store; }

namespace Planner::Workbench {

// The scenario a window works on: its store connection, the scenario's row
// and the catalog as that scenario sees it. Pages and models read from here
// and are told when it changes.
class ScenarioDocument final : public QObject
{
    Q_OBJECT

public:
    explicit ScenarioDocument(Storage::Store &store, QObject *parent = nullptr);

    Storage::Store &store() const { return m_store; }
    const Storage::Scenario &scenario() const { return m_scenario; }
    const Engine::Catalog &catalog() const { return m_catalog; }

    // Switches to the named scenario and reloads; on error nothing changes.
    Storage::StoreError open(const QString &scenarioName);
    // Reads the current scenario again (after a change elsewhere).
    Storage::StoreError reload();

Q_SIGNALS:
    void scenarioChanged();

private:
    Storage::Store &m_store;
    Storage::Scenario m_scenario;
    Engine::Catalog m_catalog;
};

} // namespace Planner::Workbench
