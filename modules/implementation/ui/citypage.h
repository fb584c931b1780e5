// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/implementationrepository.h"

#include <QWidget>

class QAction;
class QChart;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Planner::Workbench { class ScenarioDocument; }

namespace Planner::Implementation {

class CityMap;

// The cities' page (Go → Cities, Ctrl+7): for a target with a value, each of
// the nine prefecture-level cities and 长白山管委会, 梅河口市, 公主岭市 with its
// share of the province's target and the value that share implies (share /
// 100 × target, in the target's unit). Shares are edited in place; the
// decomposition is saved, as one undoable edit of the scenario, only when the
// shares add up to 100 % within 0.01 point, and the page says how far off
// they are until then. Beside the table: the decomposition as a bar chart,
// and as a map when the office has loaded its city boundaries
// (File → Load boundary file…; nothing ships with the application).
// Where the city's own observed values were imported (a table with a city
// column), each row also shows the city's latest observed value and its
// status: the city's values judged against its part (cityassessment.h); the
// map shades by that status or by the city's part.
class CityPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CityPage(Workbench::ScenarioDocument *document, QWidget *parent = nullptr);

    enum Column { CityColumn, ShareColumn, ValueColumn, ObservedColumn, StatusColumn, ColumnCount };
    // What the map shades the cities by.
    enum class MapShading { Part, Status };
    void setMapShading(MapShading shading);

    // The target shown (its id).
    QString targetId() const;
    bool selectTarget(const QString &targetId);
    // The shares as edited (cities with an empty share absent).
    QList<Storage::StoredCityShare> editedShares() const;
    // Saves the edited shares (as the Save button does); the refusal's
    // message when they do not add up or the store refuses. A city
    // planner's split in which only its own city's share changed is saved
    // although it does not add up (README "Roles").
    QString save();
    // The city of the team server's city planner using the window (empty:
    // a file, or another role); set when the page is made.
    void setOwnCity(const QString &city) { m_ownCity = city; }

    QTableWidget *table() const { return m_table; }
    QChart *chart() const { return m_chart; }
    CityMap *map() const { return m_map; }
    QLabel *sumLabel() const { return m_sum; }
    QPushButton *saveButton() const { return m_save; }
    // Load boundary file… (the window's File menu entry triggers it; see
    // implementationui.cpp).
    QAction *loadBoundaryAction() const { return m_loadBoundary; }
    // Loads a boundary file; the message when it is refused.
    QString loadBoundaryFile(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillTargets();
    void fillTable();
    void sharesEdited();
    void updateChart();
    void updateMap();

    Workbench::ScenarioDocument *m_document;
    QComboBox *m_target;
    QTableWidget *m_table;
    QLabel *m_sum;
    QPushButton *m_save;
    QPushButton *m_revert;
    QChart *m_chart;
    CityMap *m_map;
    QLabel *m_intro;
    QLabel *m_shadingLabel;
    QComboBox *m_shading;
    QAction *m_loadBoundary;
    bool m_filling = false;
    QString m_ownCity;
    bool onlyOwnShareChanged(const QList<Storage::StoredCityShare> &shares) const;
};

} // namespace Planner::Implementation
