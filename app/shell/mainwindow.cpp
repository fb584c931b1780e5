// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/mainwindow.h"

#include "analysis/wording.h"
#include "shell/reportdialog.h"

#include "shell/aboutdialog.h"
#include "shell/helpdialog.h"
#include "shell/exchangeactions.h"
#include "shell/shellsettings.h"
#include "shell/teamserverdialog.h"
#include "cli/teamcommands.h"

#include "exchange/observedimport.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "storage/teamserver.h"
#include "charts/chartview.h"
#include "workbench/chapterpage.h"
#include "workbench/comparisonview.h"
#include "workbench/dashboardpage.h"
#include "workbench/historydialog.h"
#include "workbench/language.h"
#include "workbench/pageregistry.h"
#include "workbench/presentationview.h"
#include "workbench/scenariodocument.h"
#include "workbench/scenariomanager.h"
#include "workbench/sourcesview.h"
#include "workbench/undokeys.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

#include <algorithm>

namespace Planner::Shell {

namespace {
const QString kOverview = QStringLiteral("overview");
constexpr int kPageIdRole = Qt::UserRole + 1;
} // namespace

MainWindow::MainWindow(Storage::Store &store, const Engine::ModuleRegistry &modules, const Workbench::PageRegistry &pages,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_document(new Workbench::ScenarioDocument(store, modules, this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_scenarioPicker(new QComboBox(this))
    , m_scenarioLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    // Data exchange in the File menu: all of it in shell/exchangeactions.
    (new ExchangeActions(this, store, modules, [this] { return m_document->scenario().name; },
                         [this](const QString &name) { reloadScenarioList(); openScenario(name); },
                         [this](const Exchange::ObservedPreview &preview) {
                             // A shipped template takes no edit: the message says to fork it.
                             const Engine::Error error = m_document->importCityObservations(
                                 Exchange::cityObservationsToWrite(preview), tr("Import the cities' observed values"));
                             return error ? error.message : QString();
                         }))
        ->addTo(m_fileMenu);

    // Scenario menu: the scenario manager (a dialog) and the comparison (a
    // window of its own, one at a time). Both write and read through the store.
    auto *scenarioMenu = new Workbench::ScenarioMenu(this);
    menuBar()->insertMenu(m_helpMenu->menuAction(), scenarioMenu);
    connect(scenarioMenu, &Workbench::ScenarioMenu::manageRequested, this, [this] {
        Workbench::ScenarioManagerDialog dialog(m_store, m_document->scenario().name, this);
        connect(&dialog, &Workbench::ScenarioManagerDialog::scenariosChanged, this, [this] { reloadScenarioList(); });
        connect(&dialog, &Workbench::ScenarioManagerDialog::currentScenarioEdited, this, [this] {
            m_document->reload();  // its name or revision changed
            reloadScenarioList();
            retranslate();
        });
        connect(&dialog, &Workbench::ScenarioManagerDialog::openRequested, this, [this, &dialog](const QString &name) {
            if (openScenario(name))
                dialog.accept();
        });
        dialog.exec();
    });
    // The history is the team server's audit trail: there is none in a file.
    scenarioMenu->historyAction()->setEnabled(Storage::TeamServer::isServer(m_store));
    connect(scenarioMenu, &Workbench::ScenarioMenu::historyRequested, this, [this] {
        Workbench::HistoryDialog dialog(m_store, m_document->catalog(), m_document->scenario().name, Cli::auditNames(),
                                        this);
        connect(&dialog, &Workbench::HistoryDialog::restored, this, [this](const QString &name) {
            reloadScenarioList();
            openScenario(name);
        });
        dialog.exec();
    });
    // Somebody else's change to the open scenario (team server): already
    // reloaded by the document; say who changed what.
    connect(m_document, &Workbench::ScenarioDocument::changedElsewhere, this,
            [this](const QString &user, const QStringList &tables, qint64 revision, const QStringList &levers) {
                // The levers by their names; the other tables by what they hold.
                QStringList what;
                for (const QString &id : levers) {
                    const Engine::Lever *lever = m_document->catalog().lever(id);
                    what.append(lever ? QStringLiteral("“%1”").arg(Workbench::pick(lever->nameZh, lever->nameEn)) : id);
                }
                for (const QString &table : tables) {
                    if (levers.isEmpty() || !table.startsWith(QLatin1StringView("lever_")))
                        what.append(Analysis::Wording::auditTableLabel(table));
                }
                statusBar()->showMessage(
                    what.isEmpty() ? tr("%1 changed this scenario (revision %2); it was reloaded.").arg(user).arg(revision)
                                   : tr("%1 changed %2 in this scenario (revision %3); it was reloaded.")
                                         .arg(user, what.join(tr(", ")))
                                         .arg(revision));
            });
    connect(scenarioMenu, &Workbench::ScenarioMenu::compareRequested, this, [this] {
        auto *view = findChild<Workbench::ComparisonView *>();
        if (!view) {
            view = new Workbench::ComparisonView(m_document, this);
            view->setAttribute(Qt::WA_DeleteOnClose);
        } else {
            view->refresh();
        }
        view->show();
        view->raise();
        view->activateWindow();
    });

    // The document needs a scenario before the pages read from it.
    const Storage::Result<QList<Storage::Scenario>> scenarios = Storage::ScenarioRepository(m_store).list();
    const QString remembered = ShellSettings().lastScenario();
    QString initial = scenarios.ok() && !scenarios.value().isEmpty() ? scenarios.value().first().name : QString();
    if (scenarios.ok()) {
        for (const Storage::Scenario &s : scenarios.value()) {
            if (s.name == remembered)
                initial = remembered;
        }
    }
    // The overview paints from the deterministic run; the draws wait until
    // the window has painted (or a moment, if it is never shown) so they do
    // not compete with its start for the cores.
    m_document->holdDraws();
    QTimer::singleShot(300, m_document, &Workbench::ScenarioDocument::releaseDraws);
    if (!initial.isEmpty())
        m_document->open(initial);
    // The first start (no scenario remembered yet): one line on where to begin.
    if (remembered.isEmpty())
        statusBar()->showMessage(HelpDialog::firstStartStatusHint());

    createNavigation(pages);
    createWorkspaceActions();

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("scenarioToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->addWidget(m_scenarioLabel);
    m_toolBar->addWidget(m_scenarioPicker);
    m_scenarioPicker->setObjectName(QStringLiteral("scenarioPicker"));
    m_scenarioPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scenarioLabel->setBuddy(m_scenarioPicker);
    reloadScenarioList();
    // Items show a scenario's display name (a template's in the current
    // language) and carry its stored name.
    connect(m_scenarioPicker, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString name = m_scenarioPicker->itemData(index).toString();
        if (!name.isEmpty() && name != m_document->scenario().name)
            openScenario(name);
    });

    m_revisionLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_revisionLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    connect(m_document, &Workbench::ScenarioDocument::scenarioChanged, this, &MainWindow::showRevision);
    connect(m_document, &Workbench::ScenarioDocument::scenarioChanged, this, &MainWindow::showTitle);
    connect(m_document, &Workbench::ScenarioDocument::inputsChanged, this, &MainWindow::showRevision);
    connect(m_document, &Workbench::ScenarioDocument::projectionChanged, this, &MainWindow::showRevision);
    retranslate();  // sizes the navigation to its names (fitNavigation)
    splitter->setSizes({m_navigation->minimumWidth(), 1200});
    restoreSettings();
}

std::unique_ptr<Storage::Store> MainWindow::takeRequestedStore()
{
    return std::move(m_requestedStore);
}

MainWindow::~MainWindow() = default;

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QTimer::singleShot(0, m_document, &Workbench::ScenarioDocument::releaseDraws);
    }
    return handled;
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    addReportActions(m_fileMenu, m_document, this);
    m_fileMenu->addSeparator();
    m_connectAction = m_fileMenu->addAction(QString(), this, [this] {
        TeamServerDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        // The server is opened here, so a server that cannot be opened
        // leaves this window on the store it has; the window is then made
        // again on the server's store (runWindow).
        auto server = Storage::Store::open(dialog.location(), m_document->catalog());
        if (!server.ok()) {
            QMessageBox::critical(this, tr("Cannot connect to the team server"), server.error().message);
            return;
        }
        m_requestedStore = std::move(server.value());
        if (!close())
            m_requestedStore.reset();
    });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *languages = new QActionGroup(this);
    // Each language named in itself, so it can be found whatever is showing.
    m_chineseAction = m_languageMenu->addAction(QStringLiteral("中文"));
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    for (QAction *action : {m_chineseAction, m_englishAction}) {
        action->setCheckable(true);
        languages->addAction(action);
    }
    m_chineseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_englishAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    const bool chinese = Workbench::currentLanguage() == Workbench::Language::Chinese;
    (chinese ? m_chineseAction : m_englishAction)->setChecked(true);
    connect(m_chineseAction, &QAction::triggered, this, [this] { switchLanguage(I18n::Language::Chinese); });
    connect(m_englishAction, &QAction::triggered, this, [this] { switchLanguage(I18n::Language::English); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpAction = m_helpMenu->addAction(QString(), this, &MainWindow::showHelp);
    m_helpAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::createNavigation(const Workbench::PageRegistry &registry)
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_navigation->setFont(navFont);
    // A long chapter name (in English) runs onto a second line rather than
    // taking the charts' room or being cut short.
    m_navigation->setWordWrap(true);
    m_navigation->setTextElideMode(Qt::ElideNone);
    m_navigation->setResizeMode(QListView::Adjust);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_pageIds.append(kOverview);
    auto *dashboard = new Workbench::DashboardPage(m_document, m_pages);
    connect(dashboard, &Workbench::DashboardPage::indicatorActivated, this,
            [this](const QString &chapterId, const QString &indicatorId) { showIndicator(chapterId, indicatorId); });
    m_pages->addWidget(dashboard);
    // A stand-in per chapter page: the page itself (a dozen charts or more)
    // is built when it is first shown.
    m_registry = &registry;
    for (const Engine::Chapter &chapter : m_document->catalog().chapters()) {
        // Every chapter has a page: its own, or the generic chapter page.
        m_unbuiltRows.append(int(m_pageIds.size()));
        m_pageIds.append(chapter.id);
        m_pages->addWidget(new QWidget(m_pages));
    }
    // The pages that are not a chapter's (the cities), built when first
    // shown too; their File menu entries build them when chosen.
    for (const QString &id : registry.extraPages()) {
        m_unbuiltRows.append(int(m_pageIds.size()));
        m_pageIds.append(id);
        m_pages->addWidget(new QWidget(m_pages));
        for (const Workbench::PageRegistry::FileMenuEntry &entry : registry.extraPageFileMenu(id)) {
            auto *action = new QAction(this);
            action->setObjectName(entry.actionName);
            m_fileMenu->insertAction(m_quitAction, action);
            m_extraFileActions.append({action, id});
            const QString actionName = entry.actionName;
            connect(action, &QAction::triggered, this, [this, id, actionName] {
                QWidget *page = builtPage(int(m_pageIds.indexOf(id)));
                if (!page)
                    return;
                for (QAction *own : page->actions()) {
                    if (own->objectName() == actionName)
                        own->trigger();
                }
            });
        }
    }
    for (const QString &id : std::as_const(m_pageIds)) {
        auto *item = new QListWidgetItem(m_navigation);
        item->setData(kPageIdRole, id);
        // A page that is not a chapter names itself, in the current language.
        if (registry.isExtraPage(id))
            item->setText(registry.extraPageTitle(id));
    }
    m_navigation->setCurrentRow(0);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPageAt);
}

QWidget *MainWindow::builtPage(int row)
{
    if (row < 0 || row >= m_pages->count())
        return nullptr;
    if (m_unbuiltRows.removeOne(row)) {
        QWidget *standIn = m_pages->widget(row);
        const QString &id = m_pageIds.at(row);
        QWidget *page = m_registry->isExtraPage(id)
                            ? m_registry->createExtraPage(id, m_document, m_pages)
                            : m_registry->createPage(Workbench::PageContext{m_document, id}, m_pages);
        if (page) {
            const int current = m_pages->currentIndex();
            m_pages->insertWidget(row, page);
            m_pages->removeWidget(standIn);
            standIn->deleteLater();
            // Built from the File menu: the page on screen stays.
            if (current != row)
                m_pages->setCurrentIndex(current);
        }
    }
    return m_pages->widget(row);
}

void MainWindow::showPageAt(int row)
{
    if (!builtPage(row))
        return;
    m_pages->setCurrentIndex(row);
}

void MainWindow::createWorkspaceActions()
{
    // Edit: undo and redo of every edit to the scenario, and its history.
    m_editMenu = new QMenu(this);
    menuBar()->insertMenu(m_viewMenu->menuAction(), m_editMenu);
    QUndoStack *stack = m_document->undoStack();
    m_undoAction = stack->createUndoAction(this);
    m_undoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    m_redoAction = stack->createRedoAction(this);
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    // The same keys where a spin box has the focus (it would keep them).
    qApp->installEventFilter(new Workbench::UndoKeys(stack, this));
    m_editMenu->addSeparator();
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    auto *history = new QUndoView(stack, m_historyDock);
    history->setObjectName(QStringLiteral("undoHistory"));
    m_historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    m_historyAction = m_historyDock->toggleViewAction();
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_editMenu->addAction(m_historyAction);
    connect(m_document, &Workbench::ScenarioDocument::editRefused, this, [this](const QString &message, bool conflict) {
        if (conflict) {
            const auto answer = QMessageBox::warning(
                this, tr("Saved elsewhere first"),
                tr("Somebody else saved this scenario in the meantime, so the step was not undone or redone: "
                   "%1\n\nReload their version now?").arg(message),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            if (answer == QMessageBox::Yes)
                m_document->reload();
        } else {
            QMessageBox::warning(this, tr("Not saved"), message);
        }
    });

    // View: presentation, dark theme, full screen; Go: the pages.
    m_viewMenu->addSeparator();
    m_presentAction = m_viewMenu->addAction(QString(), this, [this] { startPresentation(); });
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    // Every number the statuses rest on, assumed or sourced (Ctrl+I).
    m_sourcesAction = m_viewMenu->addAction(QString(), this, [this] {
        if (!m_sourcesView)
            m_sourcesView = new Workbench::SourcesView(m_document, this);
        const QString page = currentPageId();
        m_sourcesView->setChapter(page == kOverview ? QString() : page);
        m_sourcesView->show();
        m_sourcesView->raise();
        m_sourcesView->activateWindow();
    });
    m_sourcesAction->setObjectName(QStringLiteral("sourcesAction"));
    m_sourcesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_fullScreenAction = m_viewMenu->addAction(QString());
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    m_darkAction = m_viewMenu->addAction(QString());
    m_darkAction->setCheckable(true);
    m_darkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_darkAction, &QAction::toggled, this, &MainWindow::setDarkTheme);

    m_goMenu = new QMenu(this);
    menuBar()->insertMenu(m_helpMenu->menuAction(), m_goMenu);
    for (int i = 0; i < m_pageIds.size(); ++i) {
        QAction *action = m_goMenu->addAction(QString());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + i)));
        connect(action, &QAction::triggered, this, [this, i] { m_navigation->setCurrentRow(i); });
        m_pageActions.append(action);
    }
    retranslateWorkspace();
}

void MainWindow::retranslateWorkspace()
{
    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_historyAction->setText(tr("Edit &history"));
    m_historyDock->setWindowTitle(tr("Edit history"));
    m_presentAction->setText(tr("&Presentation"));
    m_presentAction->setToolTip(tr("Full screen, one chart per screen, for meetings (F5; Esc leaves)"));
    m_sourcesAction->setText(tr("&Sources and assumptions…"));
    m_sourcesAction->setToolTip(tr("Every number the statuses rest on: assumptions with their reason, "
                                   "sourced numbers with their publication, and the targets each affects (Ctrl+I)"));
    m_fullScreenAction->setText(tr("&Full screen"));
    m_darkAction->setText(tr("&Dark theme"));
    m_goMenu->setTitle(tr("&Go"));
    for (int i = 0; i < m_pageActions.size() && i < m_navigation->count(); ++i)
        m_pageActions[i]->setText(m_navigation->item(i)->text());
    showRevision();
}

void MainWindow::showTitle()
{
    setWindowTitle(tr("Beautiful Jilin planning desk — %1").arg(Analysis::Wording::scenarioName(m_document->scenario())));
}

void MainWindow::showRevision()
{
    if (!m_revisionLabel)
        return;
    QString text = tr("Saved · revision %1").arg(m_document->scenario().revision);
    if (m_document->drawsPending())
        text += tr(" · drawing…");
    m_revisionLabel->setText(text);
    m_revisionLabel->setToolTip(tr("Every edit is written to the database as it is made; the revision rises with each."));
}

QString MainWindow::currentPageId() const
{
    return m_pageIds.value(m_navigation->currentRow());
}

void MainWindow::showIndicator(const QString &chapterId, const QString &indicatorId)
{
    showPage(chapterId);
    QWidget *current = m_pages->currentWidget();
    auto *page = qobject_cast<Workbench::ChapterPage *>(current);
    if (!page && current)
        page = current->findChild<Workbench::ChapterPage *>();  // a page with tabs (七、多元共治)
    if (page)
        page->showChart(indicatorId);
}

Workbench::PresentationView *MainWindow::startPresentation()
{
    auto *view = new Workbench::PresentationView(m_document, m_darkAction->isChecked(), this);
    view->showChapter(currentPageId());
    view->showFullScreen();
    // Where no window manager honours the full-screen state (a bare X
    // server, some kiosks), cover the screen the window is on by hand once
    // the window system had time to answer.
    QTimer::singleShot(400, view, [view, screen = QPointer<QScreen>(this->screen())] {
        if (screen && !view->geometry().contains(screen->geometry()))
            view->setGeometry(screen->geometry());
    });
    view->activateWindow();
    view->setFocus();
    return view;
}

void MainWindow::setDarkTheme(bool dark)
{
    // Fusion draws the same on every desktop, so the dark palette is whole.
    if (dark) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(QPalette::WindowText, QColor(0xec, 0xec, 0xec));
        p.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
        p.setColor(QPalette::Text, QColor(0xec, 0xec, 0xec));
        p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::ButtonText, QColor(0xec, 0xec, 0xec));
        p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::ToolTipText, QColor(0xec, 0xec, 0xec));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc0));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(0x7c, 0xbc, 0xff));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(p);
    } else {
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
    Charts::ChartView::setDarkTheme(dark);
    if (m_darkAction->isChecked() != dark)
        m_darkAction->setChecked(dark);
    ShellSettings().setDarkTheme(dark);
}

void MainWindow::showPage(const QString &pageId)
{
    const qsizetype index = m_pageIds.indexOf(pageId);
    if (index >= 0)
        m_navigation->setCurrentRow(int(index));
}

bool MainWindow::openScenario(const QString &name)
{
    if (const Engine::Error e = m_document->open(name)) {
        QMessageBox::warning(this, tr("Cannot open scenario"), e.message);
        reloadScenarioList();
        return false;
    }
    const QSignalBlocker blocker(m_scenarioPicker);
    m_scenarioPicker->setCurrentIndex(m_scenarioPicker->findData(name));
    ShellSettings().setLastScenario(name);
    return true;
}

void MainWindow::reloadScenarioList()
{
    const QSignalBlocker blocker(m_scenarioPicker);
    m_scenarioPicker->clear();
    const Storage::Result<QList<Storage::Scenario>> scenarios = Storage::ScenarioRepository(m_store).list();
    if (!scenarios.ok()) {
        statusBar()->showMessage(scenarios.error().message);
        return;
    }
    for (const Storage::Scenario &s : scenarios.value()) {
        m_scenarioPicker->addItem(Analysis::Wording::scenarioName(s), s.name);
        m_scenarioPicker->setItemData(m_scenarioPicker->count() - 1, Analysis::Wording::scenarioDescription(s),
                                      Qt::ToolTipRole);
    }
    m_scenarioPicker->setCurrentIndex(m_scenarioPicker->findData(m_document->scenario().name));
}

void MainWindow::switchLanguage(I18n::Language language)
{
    I18n::setLanguage(language);  // widgets receive LanguageChange and retranslate
    ShellSettings().setLanguage(language);
    (language == I18n::Language::Chinese ? m_chineseAction : m_englishAction)->setChecked(true);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    showTitle();
    reloadScenarioList();  // a template's name is shown in the current language
    m_fileMenu->setTitle(tr("&File"));
    m_connectAction->setText(tr("Connect to &team server…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About"));
    m_helpAction->setText(tr("&How to use"));
    m_toolBar->setWindowTitle(tr("Scenario"));
    m_scenarioLabel->setText(tr("&Scenario: "));
    m_scenarioPicker->setAccessibleName(tr("Scenario"));
    m_scenarioPicker->setToolTip(tr("The scenario every page shows"));
    m_navigation->setAccessibleName(tr("Chapters"));
    if (m_editMenu)
        retranslateWorkspace();

    const Engine::Catalog &catalog = m_document->catalog();
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        const QString id = item->data(kPageIdRole).toString();
        if (id == kOverview) {
            item->setText(tr("Overview"));
        } else if (const Engine::Chapter *chapter = catalog.chapter(id)) {
            item->setText(Analysis::Wording::chapterTitle(*chapter));
            item->setToolTip(Workbench::pick(chapter->titleZh, chapter->titleEn));
        } else if (m_registry && m_registry->isExtraPage(id)) {
            item->setText(m_registry->extraPageTitle(id));
        }
    }
    for (const auto &[action, pageId] : std::as_const(m_extraFileActions)) {
        for (const Workbench::PageRegistry::FileMenuEntry &entry : m_registry->extraPageFileMenu(pageId)) {
            if (entry.actionName == action->objectName())
                action->setText(entry.text());
        }
    }
    fitNavigation();
    const QString path = QDir::toNativeSeparators(m_store.path());
    m_databaseLabel->setText(m_store.isReadOnly() ? tr("Read-only: %1").arg(path) : tr("Database: %1").arg(path));
    m_databaseLabel->setToolTip(m_store.isReadOnly()
                                    ? tr("The database file cannot be written: it is open for viewing only.")
                                    : tr("Every change is saved to this file as it is made."));
}

void MainWindow::fitNavigation()
{
    // As wide as its longest chapter name in the language shown, up to about
    // eighteen characters (longer names wrap), so a switch to a language with
    // longer names widens it instead of cutting them.
    const int cap = m_navigation->fontMetrics().averageCharWidth() * 18;
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row)
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(row)->text()));
    const int needed = std::min(widest, cap) + 2 * m_navigation->frameWidth() + 24;
    m_navigation->setMinimumWidth(needed);
    auto *splitter = qobject_cast<QSplitter *>(centralWidget());
    if (!splitter || splitter->indexOf(m_navigation) != 0)
        return;
    QList<int> sizes = splitter->sizes();
    if (sizes.size() == 2 && sizes.at(0) > 0 && sizes.at(0) < needed) {
        sizes[1] = std::max(0, sizes.at(1) - (needed - sizes.at(0)));
        sizes[0] = needed;
        splitter->setSizes(sizes);
    }
}

void MainWindow::showAbout()
{
    AboutDialog(this).exec();
}

void MainWindow::showHelp()
{
    HelpDialog(this).exec();
}

void MainWindow::restoreSettings()
{
    ShellSettings settings;
    if (!restoreGeometry(settings.geometry())) {
        const QScreen *screen = QGuiApplication::primaryScreen();
        const QSize available = screen ? screen->availableSize() : QSize(1600, 1000);
        resize(available * 0.9);
    }
    restoreState(settings.windowState());
    if (settings.darkTheme())
        setDarkTheme(true);
    const QString page = settings.lastPage();
    if (!page.isEmpty())
        showPage(page);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    ShellSettings settings;
    settings.setGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setLastPage(m_pageIds.value(m_navigation->currentRow()));
    settings.setLastScenario(m_document->scenario().name);
    event->accept();
}

} // namespace Planner::Shell
