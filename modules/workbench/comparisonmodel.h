// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/projection.h"
#include "analysis/targetoutcomes.h"
#include "engine/catalog.h"
#include "engine/scenarioinputs.h"
#include "storage/scenario.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace Planner::Workbench {

// One scenario as compared: the stored row it was read from, its catalog
// and inputs, its projection and every target judged.
struct ScenarioRun
{
    Storage::Scenario scenario;
    Engine::Catalog catalog;
    Engine::ScenarioInputs inputs;
    Analysis::Projection projection;
    QHash<QString, Analysis::TargetOutcome> outcomes;

    // The values a lever has over the years of a plan stage (1-3): its
    // schedule where the scenario sets it, else its default.
    QList<double> leverStage(const QString &leverId, int stage) const;
};

// The differences between two or more scenarios as a table.
//  Targets: one row per target of the plan; for each scenario its status
//           and P50 in the target year. A row differs when a status or a
//           P50 (as shown, at the indicator's decimals) does.
//  Levers:  one row per lever and plan stage; for each scenario its
//           setting. A row differs when any year of the stage does.
// The first scenario's catalog names the rows.
class ComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind { Targets, Levers };
    enum Role {
        DiffersRole = Qt::UserRole + 1,  // bool
        IdRole,                          // target or lever id
        StageRole,                       // levers: 1-3
        ValueRole,                       // per-scenario columns: the number (P50 or setting), if any
    };
    // Columns before the per-scenario ones.
    static constexpr int kFixedColumns = 3;

    explicit ComparisonModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setRuns(const QList<std::shared_ptr<const ScenarioRun>> &runs);
    int scenarioCount() const { return int(m_runs.size()); }
    // Columns per scenario: 2 for targets (status, P50), 1 for levers.
    int columnsPerScenario() const { return m_kind == Kind::Targets ? 2 : 1; }
    int differingRowCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads names and words again (after a language change).
    void refresh();

private:
    struct Row
    {
        QString id;
        QString label;          // first column: the target id, or the lever's chapter (never a lever id)
        int stage = 0;          // levers
        QString name;
        QString unit;
        QString when;           // target year, or the stage's years
        QStringList cells;      // per scenario (targets: status, P50 pairs)
        QList<QVariant> values; // per scenario: P50 / setting (first year of the stage)
        QStringList statuses;   // targets: per scenario
        bool differs = false;
    };
    void build();

    Kind m_kind;
    QList<std::shared_ptr<const ScenarioRun>> m_runs;
    QList<Row> m_rows;
};

} // namespace Planner::Workbench
