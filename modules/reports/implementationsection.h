// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportlayout.h"

#include "engine/catalog.h"
#include "engine/runresult.h"
#include "storage/implementationrepository.h"
#include "storage/scenarioinputs.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace Planner::Reports {

// What a scenario holds about carrying the plan out: the decompositions of
// targets to the cities with the cities' observed values, and the tasks'
// progress (the implementation module's data, read from the store).
struct ImplementationFacts
{
    QMap<QString, QList<Storage::StoredCityShare>> cityShares;  // by target id
    QList<Storage::StoredCityObservation> cityObserved;
    QMap<QString, Storage::StoredTaskProgress> tasks;          // stored progress by task id
    QMap<QString, QMap<QString, Storage::StoredTaskProgress>> cityTasks{};  // the cities' own records: city -> task id
};

// The report's implementation parts (modules/implementation): a chapter's
// decomposition table and the full report's implementation section.
class ImplementationSection
{
    Q_DECLARE_TR_FUNCTIONS(Planner::Reports::ImplementationSection)

public:
    ImplementationSection(const Engine::Catalog &catalog, const ImplementationFacts &facts)
        : m_catalog(catalog), m_facts(facts) {}

    // The decomposition of the chapter's targets to the cities: per target
    // and city the share, the city's part of the target, its latest observed
    // value and its status on its own observed values
    // (implementation/core/cityassessment.h). Nothing when no target of the
    // chapter is decomposed.
    QList<Block> decomposition(const Engine::Chapter &chapter) const;

    // The full report's section: the plan's tasks by status in each chapter,
    // and the composite index (per chapter and overall) with its method
    // stated in words. `run` is the scenario's projection.
    QList<Block> implementation(const Engine::RunResult &run) const;

private:
    const Engine::Catalog &m_catalog;
    const ImplementationFacts &m_facts;
};

} // namespace Planner::Reports
