// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "implementation/core/compositeindex.h"

#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableView;

namespace Planner::Workbench { class ScenarioDocument; }

namespace Planner::Implementation {

class IndexTableModel;

// The composite index as a page worth showing: a bar per chapter and one for
// the whole plan (0-100, charts/barchart.h), the method in one paragraph, the
// numbers below; and beside each bar the same index of another scenario
// chosen in a picker, the difference written after each chapter's name.
// Shown as a tab of the governance chapter's page.
class IndexPage final : public QWidget
{
public:
    IndexPage(Workbench::ScenarioDocument *document, QWidget *parent);

    IndexTableModel *model() const { return m_model; }
    QChart *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }

    void retranslate();

private:
    void fillPicker();
    void compare();
    void updateChart();

    Workbench::ScenarioDocument *m_document;
    IndexTableModel *m_model;
    QChart *m_chart;
    QChartView *m_view;
    QLabel *m_method;
    QTableView *m_table;
    QLabel *m_pickerLabel;
    QComboBox *m_picker;
    QLabel *m_compareState;
    std::optional<CompositeIndex> m_other;
    QString m_otherName;
    quint64 m_generation = 0;
};

} // namespace Planner::Implementation
