// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/i18n.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace Planner::Engine { class ModuleRegistry; }
namespace Planner::Storage { class Store; }
namespace Planner::Workbench {
class PageRegistry;
class PresentationView;
class ScenarioDocument;
class SourcesView;
}
class QDockWidget;

namespace Planner::Shell {

// The main window: a navigation list (overview and the six chapters), the
// pages, a scenario picker in the tool bar. It assembles; the pages do the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `pages` must outlive the window: a chapter page is built from it when
    // first shown.
    MainWindow(Storage::Store &store, const Engine::ModuleRegistry &modules, const Workbench::PageRegistry &pages,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    Workbench::ScenarioDocument *document() const { return m_document; }
    QListWidget *navigation() const { return m_navigation; }
    QStackedWidget *pages() const { return m_pages; }
    QComboBox *scenarioPicker() const { return m_scenarioPicker; }

    // Shows the page of a chapter id, or "overview".
    void showPage(const QString &pageId);
    QString currentPageId() const;
    // Shows an indicator's chart enlarged on its chapter's page.
    void showIndicator(const QString &chapterId, const QString &indicatorId);
    // F5: the presentation view, from the current chapter; Esc leaves it.
    Workbench::PresentationView *startPresentation();
    // View → Dark theme: a dark palette for the window and the charts.
    void setDarkTheme(bool dark);
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    // Opens the named scenario; false (and a message) when it cannot.
    bool openScenario(const QString &name);
    // The team server's store opened with File → Connect to team server…
    // before the window closed, or null: the window is then made again on
    // that store.
    std::unique_ptr<Storage::Store> takeRequestedStore();
    QAction *connectAction() const { return m_connectAction; }

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createWorkspaceActions();
    void retranslateWorkspace();
    void showRevision();
    void showTitle();
    void createNavigation(const Workbench::PageRegistry &registry);
    // Shows the page in this row, building it first if it never was.
    void showPageAt(int row);
    // The page of a row, built first when it is still a stand-in.
    QWidget *builtPage(int row);
    void reloadScenarioList();
    void switchLanguage(I18n::Language language);
    void fitNavigation();
    void retranslate();
    void showAbout();
    void showHelp();
    void restoreSettings();

    Storage::Store &m_store;
    Workbench::ScenarioDocument *m_document;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QComboBox *m_scenarioPicker;
    QLabel *m_scenarioLabel;
    QLabel *m_databaseLabel;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_connectAction = nullptr;
    std::unique_ptr<Storage::Store> m_requestedStore;
    QAction *m_chineseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_helpAction = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_historyAction = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QAction *m_presentAction = nullptr;
    QAction *m_sourcesAction = nullptr;
    Workbench::SourcesView *m_sourcesView = nullptr;
    QAction *m_darkAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QMenu *m_goMenu = nullptr;
    QList<QAction *> m_pageActions;
    QLabel *m_revisionLabel = nullptr;
    QStringList m_pageIds;
    // File menu entries of pages that are not a chapter's (the cities),
    // each with its page's id; they build the page when chosen.
    QList<std::pair<QAction *, QString>> m_extraFileActions;
    // Pages (chapters and the others) are built when first shown: start-up
    // builds the one on screen. Rows still holding an empty stand-in are
    // listed here.
    const Workbench::PageRegistry *m_registry = nullptr;
    QList<int> m_unbuiltRows;
    bool m_painted = false;  // the first paint releases the draws held at start
};

} // namespace Planner::Shell
