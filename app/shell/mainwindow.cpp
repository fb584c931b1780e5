// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/mainwindow.h"

#include "shell/aboutdialog.h"
#include "shell/shellsettings.h"

#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "workbench/chapterpage.h"
#include "workbench/language.h"
#include "workbench/pageregistry.h"
#include "workbench/scenariodocument.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

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
    if (!initial.isEmpty())
        m_document->open(initial);

    createNavigation(pages);

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
    connect(m_scenarioPicker, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty() && name != m_document->scenario().name)
            openScenario(name);
    });

    statusBar()->addPermanentWidget(m_databaseLabel);
    retranslate();
    // The navigation as wide as its longest chapter name, in either language.
    m_navigation->setMinimumWidth(m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 24);
    splitter->setSizes({m_navigation->minimumWidth(), 1200});
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
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
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::createNavigation(const Workbench::PageRegistry &registry)
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_navigation->setFont(navFont);

    m_pageIds.append(kOverview);
    m_pages->addWidget(new Workbench::ChapterPage(Workbench::PageContext{m_document, QString()}, m_pages));
    for (const Engine::Chapter &chapter : m_document->catalog().chapters()) {
        QWidget *page = registry.createPage(Workbench::PageContext{m_document, chapter.id}, m_pages);
        if (!page)
            continue;
        m_pageIds.append(chapter.id);
        m_pages->addWidget(page);
    }
    for (const QString &id : std::as_const(m_pageIds)) {
        auto *item = new QListWidgetItem(m_navigation);
        item->setData(kPageIdRole, id);
    }
    m_navigation->setCurrentRow(0);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
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
    m_scenarioPicker->setCurrentText(name);
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
    for (const Storage::Scenario &s : scenarios.value())
        m_scenarioPicker->addItem(s.name);
    m_scenarioPicker->setCurrentText(m_document->scenario().name);
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
    setWindowTitle(tr("Beautiful Jilin planning desk — %1").arg(m_document->scenario().name));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About"));
    m_toolBar->setWindowTitle(tr("Scenario"));
    m_scenarioLabel->setText(tr("&Scenario: "));
    m_scenarioPicker->setAccessibleName(tr("Scenario"));
    m_scenarioPicker->setToolTip(tr("The scenario every page shows"));
    m_navigation->setAccessibleName(tr("Chapters"));

    const Engine::Catalog &catalog = m_document->catalog();
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        const QString id = item->data(kPageIdRole).toString();
        if (id == kOverview) {
            item->setText(tr("Overview"));
        } else if (const Engine::Chapter *chapter = catalog.chapter(id)) {
            item->setText(chapter->numeral + u'、' + Workbench::pick(chapter->nameZh, chapter->nameEn));
            item->setToolTip(Workbench::pick(chapter->titleZh, chapter->titleEn));
        }
    }
    const QString path = QDir::toNativeSeparators(m_store.path());
    m_databaseLabel->setText(m_store.isReadOnly() ? tr("Read-only: %1").arg(path) : tr("Database: %1").arg(path));
    m_databaseLabel->setToolTip(m_store.isReadOnly()
                                    ? tr("The database file cannot be written: it is open for viewing only.")
                                    : tr("Every change is saved to this file as it is made."));
}

void MainWindow::showAbout()
{
    AboutDialog(this).exec();
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
