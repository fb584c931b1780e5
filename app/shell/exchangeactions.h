// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Planner::Engine { class ModuleRegistry; }
namespace Planner::Exchange { struct ObservedPreview; }
namespace Planner::Storage { class Store; }

namespace Planner::Shell {

// The File menu's data exchange: import observed data (with its preview),
// export and import a scenario file, export tables (XLSX or CSV). Kept out
// of the main window, which only adds these actions to its menu.
class ExchangeActions final : public QObject
{
    Q_OBJECT

public:
    // currentScenario: the scenario the window shows; opened: called with a
    // scenario's name after an import changed or created it; importCities:
    // writes an observed-data table that holds cities' values only (none of
    // the province's) as an undoable edit, returning the refusal's message.
    ExchangeActions(QWidget *window, Storage::Store &store, const Engine::ModuleRegistry &modules,
                    std::function<QString()> currentScenario, std::function<void(const QString &)> opened,
                    std::function<QString(const Exchange::ObservedPreview &)> importCities = {});

    // Puts the actions at the top of `menu`.
    void addTo(QMenu *menu) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void importObserved();
    void exportScenario();
    void importScenario();
    void exportTables();

    QWidget *m_window;
    Storage::Store &m_store;
    const Engine::ModuleRegistry &m_modules;
    std::function<QString()> m_currentScenario;
    std::function<void(const QString &)> m_opened;
    // A table of cities' values only: written as an undoable edit of the
    // open scenario (the window's document); empty: through the store.
    std::function<QString(const Exchange::ObservedPreview &)> m_importCities;
    QAction *m_importObserved;
    QAction *m_exportScenario;
    QAction *m_importScenario;
    QAction *m_exportTables;
};

} // namespace Planner::Shell
