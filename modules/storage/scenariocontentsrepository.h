// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/scenario.h"
#include "storage/scenariocontents.h"
#include "storage/storeerror.h"

namespace Planner::Storage {

class Store;

// A scenario's whole contents at once: read for export, written as a new
// scenario for import (one transaction: all of it or nothing).
class ScenarioContentsRepository final
{
public:
    explicit ScenarioContentsRepository(const Store &store) : m_store(store) {}

    Result<ScenarioContents> read(qint64 scenarioId) const;

    // Creates scenario `name` holding `contents`. Values are checked for
    // being finite; ids against the catalog are the caller's to check (the
    // schema's foreign keys refuse unknown indicators and targets too).
    Result<Scenario> create(const QString &name, const ScenarioContents &contents) const;

private:
    const Store &m_store;
};

} // namespace Planner::Storage
