// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A proof-reader's pass over what the program shows, in both languages:
// the full-plan report (read back from its PDF with pdftotext), the
// presentation findings of every target, every role a person reads of every
// cell of the six chapter tables, the overview, the task table, the index
// table and the comparison's two tables, the Sources and assumptions view,
// every text of the lever panels
// (labels, buttons, menus, tool tips, accessible names), and the help page;
// and, through the window itself, the navigation after a live switch of
// language: every chapter's name whole.
//   Chinese: no Latin word of four or more letters, outside a short list
//   (P10/P50/P90, PM2.5, GEP and CO₂ are shorter than four letters and pass
//   by themselves; target ids have digits; unit symbols are short).
//   English: no Han character outside quoted text (“…”, 《…》, the plan's
//   own words, shown in Chinese with their English gloss) and a short list
//   of proper names with no English form.
// And no internal code a person would have to decode: status codes, lever
// ids, command names, files of ours.

#include "modules.h"

#include "analysis/wording.h"
#include "engine/registry.h"
#include "i18n/i18n.h"
#include "reports/report.h"
#include "shell/helpdialog.h"
#include "storage/scenarioinputsrepository.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "analysis/projection.h"
#include "analysis/scenariosession.h"
#include "implementation/ui/indextablemodel.h"
#include "implementation/ui/tasktablemodel.h"
#include "shell/mainwindow.h"
#include "workbench/comparisonmodel.h"
#include "workbench/dashboardmodel.h"
#include "workbench/indicatortablemodel.h"
#include "workbench/leverpanel.h"
#include "workbench/pageregistry.h"
#include "workbench/scenariodocument.h"
#include "workbench/sourcesview.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

#include <QProcess>
#include <QStyle>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;

namespace {

// Latin words allowed in Chinese text: proper names without a Chinese form
// and abbreviations a Chinese reader uses as such.
const QSet<QString> kLatinAllowed{
    QStringLiteral("IPCC"),   // the Intergovernmental Panel on Climate Change, cited by its abbreviation
    QStringLiteral("Ember"),  // the energy think tank, a proper name
    QStringLiteral("Ctrl"),   // the key, as printed on it
};

// Han text allowed in English: proper names of publications and bodies
// cited in their own language (each also glossed in English beside it).
const QStringList kHanAllowed{
    // The stored names of the shipped scenarios, where a report stamps the
    // scenario by its key (footer, fingerprint line); the cover shows the
    // English display name.
    QStringLiteral("现状趋势情景"),
    QStringLiteral("规划路径情景"),
};

// The person running the program, named as the author on the cover of a
// report on a shipped scenario: a proper name, in whatever script it has.
QStringList personNames()
{
    QStringList names{qEnvironmentVariable("USER"), qEnvironmentVariable("USERNAME")};
#ifdef Q_OS_UNIX
    if (const passwd *account = getpwuid(geteuid())) {
        if (account->pw_name)
            names.append(QString::fromLocal8Bit(account->pw_name));
        if (account->pw_gecos)
            names.append(QString::fromLocal8Bit(account->pw_gecos).section(u',', 0, 0).trimmed());
    }
#endif
    names.removeAll(QString());
    return names;
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    p.waitForFinished(120000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The Latin words of four or more letters in Chinese text, outside the list.
QStringList latinWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{4,}"));
    QStringList found;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (!kLatinAllowed.contains(w))
            found.append(w);
    }
    return found;
}

// Han characters in English text outside quotes and the list.
QStringList hanOutsideQuotes(QString text)
{
    // Innermost quotes first, so quotes inside quotes (“…“…”…”) go too.
    static const QRegularExpression quoted(QStringLiteral("“[^“”]*”|《[^《》]*》|「[^「」]*」"));
    for (QString before; before != text;) {
        before = text;
        text.remove(quoted);
    }
    for (const QString &name : kHanAllowed)
        text.remove(name);
    static const QRegularExpression han(QStringLiteral("[\\x{3400}-\\x{9FFF}]+"));
    QStringList found;
    for (auto it = han.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    return found;
}

// Codes that must never reach a reader in either language.
QStringList internalCodes(const QString &text, const Engine::Catalog &catalog)
{
    QStringList found;
    static const QRegularExpression codes(
        QStringLiteral("\\b(off_track|on_track|at_risk|not_assessable|acceleration_needed|limited_progress|"
                       "moving_away|not_started|in_progress|at_least|at_most|full_coverage|phase_out|"
                       "peak_before|plateau_within|jilin-planner|goalseek)\\b|BASELINES|TARGETS\\.md|\\.json\\b|"
                       "README|shared/"));
    for (auto it = codes.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    for (const Engine::Lever &lever : catalog.levers()) {
        if (text.contains(lever.id))
            found.append(lever.id);
    }
    return found;
}

// Every role a person may read of every cell and header of a model (the
// roles Qt defines below Qt::UserRole: display, tool tip, status tip,
// what's this, accessible text and description; not the edit role, the
// value an editor takes), as (where, text) pairs; children of tree rows too.
void walkModel(const QAbstractItemModel &model, const QString &where, QStringList &texts,
               const QModelIndex &parent = {})
{
    static const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, Qt::StatusTipRole, Qt::WhatsThisRole,
                                  Qt::AccessibleTextRole, Qt::AccessibleDescriptionRole};
    if (!parent.isValid()) {
        for (int c = 0; c < model.columnCount(); ++c)
            for (const int role : roles)
                texts << where << model.headerData(c, Qt::Horizontal, role).toString();
    }
    for (int r = 0; r < model.rowCount(parent); ++r) {
        for (int c = 0; c < model.columnCount(parent); ++c) {
            const QModelIndex index = model.index(r, c, parent);
            for (const int role : roles)
                texts << where << index.data(role).toString();
            if (c == 0 && model.hasChildren(index))
                walkModel(model, where, texts, index);
        }
    }
}

// Every text a widget and its children show or speak: labels, buttons and
// their menus, spin boxes, combo boxes, tool tips and accessible names.
void walkWidget(const QWidget &root, const QString &where, QStringList &texts)
{
    QList<const QWidget *> widgets{&root};
    for (const QWidget *w : root.findChildren<QWidget *>())
        widgets.append(w);
    for (const QWidget *w : std::as_const(widgets)) {
        texts << where << w->toolTip() << where << w->accessibleName() << where << w->accessibleDescription()
              << where << w->whatsThis() << where << w->statusTip();
        if (const auto *label = qobject_cast<const QLabel *>(w))
            texts << where << label->text();
        if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            texts << where << button->text();
        if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(w))
            texts << where << spin->text() << where << spin->specialValueText();
        if (const auto *combo = qobject_cast<const QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                texts << where << combo->itemText(i);
        QList<QAction *> actions = w->actions();
        if (const auto *menu = qobject_cast<const QMenu *>(w))
            actions += menu->actions();
        for (const QAction *action : std::as_const(actions))
            texts << where << action->text() << where << action->toolTip();
    }
}

} // namespace

class TestProofreading final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        App::registerModules(m_modules);
        QString error;
        QVERIFY2(m_modules.buildCatalog(&m_catalog, &error), qPrintable(error));
        auto opened = Storage::Store::open(m_dir.filePath(QStringLiteral("p.sqlite")), m_catalog);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        App::registerPages(m_pages);
        // A second scenario for the comparison: afforestation at 120 万亩 a
        // year instead of the default, so its rows differ.
        QVERIFY(Storage::ScenarioRepository(*m_store)
                    .fork(Storage::baselineScenarioName(), kOtherScenario, QStringLiteral("proof-reader"))
                    .ok());
        QMap<int, double> years;
        for (int y = 2024; y <= 2035; ++y)
            years.insert(y, 120.0);
        QVERIFY(Storage::ScenarioInputsRepository(*m_store)
                    .setLeverValues(kOtherScenario, QStringLiteral("afforestation_per_year"), years).ok());
    }

    void cleanupTestCase() { I18n::setLanguage(I18n::Language::Chinese); }

    void readsAsChinese() { proofread(I18n::Language::Chinese); }
    void readsAsEnglish() { proofread(I18n::Language::English); }

    void navigationWholeAfterALiveSwitch()
    {
        // The window opened in Chinese, switched to English while it runs:
        // every chapter's name in the navigation is shown whole (the list
        // is as wide as its widest item needs), and back again.
        I18n::setLanguage(I18n::Language::Chinese);
        Shell::MainWindow window(*m_store, m_modules, m_pages);
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.document()->waitForDraws();
        QListWidget *navigation = window.navigation();
        const auto checkWhole = [&](const QString &language) {
            QCoreApplication::processEvents();
            QVERIFY(navigation->count() == 8);  // overview, six chapters, the cities
            const QFontMetrics metrics(navigation->font());
            // The text's room in an item: its rectangle less the item view's
            // text margins (the focus frame's margin and one pixel, each side).
            const int margin = navigation->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, navigation) + 1;
            for (int row = 0; row < navigation->count(); ++row) {
                QListWidgetItem *item = navigation->item(row);
                const QRect room = navigation->visualItemRect(item);
                QVERIFY2(room.right() < navigation->viewport()->width() + 1, qPrintable(item->text()));
                const int width = room.width() - 2 * margin;
                // Every word fits a line, and the wrapped lines the item's height.
                for (const QString &word : item->text().split(u' ', Qt::SkipEmptyParts))
                    QVERIFY2(metrics.horizontalAdvance(word) <= width,
                             qPrintable(QStringLiteral("%1: \"%2\" wider than %3 px").arg(language, word).arg(width)));
                const QRect needed = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, item->text());
                QVERIFY2(needed.height() <= room.height(),
                         qPrintable(QStringLiteral("%1: \"%2\" needs %3 px of height, has %4")
                                        .arg(language, item->text()).arg(needed.height()).arg(room.height())));
            }
        };
        checkWhole(QStringLiteral("zh"));
        I18n::setLanguage(I18n::Language::English);
        QCoreApplication::processEvents();  // the language change reaches the window
        QCOMPARE(navigation->item(4)->text(), QStringLiteral("Chapter 5 · Ecological security"));
        checkWhole(QStringLiteral("en"));
        I18n::setLanguage(I18n::Language::Chinese);
        QCoreApplication::processEvents();
        QCOMPARE(navigation->item(4)->text(), QStringLiteral("五、安全筑底"));
        checkWhole(QStringLiteral("zh again"));
    }

    void theCheckCatchesWhatItMust()
    {
        // The proof-reader itself: each rule finds what it is for.
        QCOMPARE(latinWords(QStringLiteral("G-03目标难以达成：peak 101.776 in 2035")), QStringList{QStringLiteral("peak")});
        QVERIFY(latinWords(QStringLiteral("PM2.5为26.9微克/立方米，P50、P90、CO₂、GEP")).isEmpty());
        const QStringList han = hanOutsideQuotes(QStringLiteral("Chapter 5 · Ecological security, 五、安全筑底"));
        QCOMPARE(han, (QStringList{QStringLiteral("五"), QStringLiteral("安全筑底")}));
        QVERIFY(hanOutsideQuotes(QStringLiteral("the plan: “森林覆盖率达到46%” (forest coverage 46 %)")).isEmpty());
        QVERIFY(hanOutsideQuotes(QStringLiteral("“实施“十县引领”工程” (the programme), 《吉林统计年鉴》")).isEmpty());
        QCOMPARE(internalCodes(QStringLiteral("status off_track"), m_catalog), QStringList{QStringLiteral("off_track")});
    }

private:
    void proofread(I18n::Language language)
    {
        I18n::setLanguage(language);
        const bool chinese = language == I18n::Language::Chinese;
        QStringList texts;  // (where, text) pairs flattened: where at even, text at odd

        // The full-plan report, as printed.
        Reports::ReportRequest request;
        request.scenarios = {Storage::baselineScenarioName()};
        request.chapter = QStringLiteral("all");
        request.draws = 200;
        auto report = Reports::Report::build(*m_store, m_modules, request);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        const QString pdf = m_dir.filePath(chinese ? QStringLiteral("zh.pdf") : QStringLiteral("en.pdf"));
        QString error;
        QVERIFY2(report.value().writePdf(pdf, true, &error), qPrintable(error));
        const QString reportText = pdfText(pdf);
        QVERIFY(reportText.size() > 5000);
        // Section 八 of every chapter, in the report's language.
        QCOMPARE(reportText.count(chinese ? QStringLiteral("八、影响结论的关键假设")
                                          : QStringLiteral("8. Assumptions that matter")),
                 6);
        // Page by page, lines joined: a quotation may run over a line break.
        const QStringList pages = reportText.split(QChar(u'\f'), Qt::SkipEmptyParts);
        for (qsizetype page = 0; page < pages.size(); ++page) {
            QString text = QString(pages.at(page)).replace(u'\n', QChar(u' '));
            // The cover names the person running the program (a proper name).
            if (page == 0)
                for (const QString &name : personNames())
                    text.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(name))),
                                 QStringLiteral(" "));
            texts << QStringLiteral("report page %1").arg(page + 1) << text;
        }

        // The window's six chapter pages and the overview, every role a
        // person reads, and the presentation's findings.
        Workbench::ScenarioDocument document(*m_store, m_modules);
        QVERIFY(!document.open(Storage::baselineScenarioName()).isError());
        QTRY_VERIFY_WITH_TIMEOUT(document.projection() != nullptr, 60000);
        for (const Engine::Chapter &chapter : document.catalog().chapters()) {
            Workbench::IndicatorTableModel model(&document, chapter.id);
            walkModel(model, chapter.id, texts);
        }
        Workbench::DashboardModel dashboard(&document);
        walkModel(dashboard, QStringLiteral("overview"), texts);
        // The Sources and assumptions view, every cell.
        Workbench::SourcesView sources(&document);
        for (int r = 0; r < sources.table()->rowCount(); ++r)
            for (int c = 0; c < sources.table()->columnCount(); ++c)
                texts << QStringLiteral("sources") << sources.table()->item(r, c)->text();
        for (const Engine::Indicator &indicator : document.catalog().indicators())
            for (const Engine::Target &target : indicator.targets)
                if (const Analysis::TargetOutcome *o = document.outcome(target.id))
                    texts << QStringLiteral("finding ") + target.id << Analysis::Wording::finding(*o, indicator, target);

        // The governance page's tables: the plan's measures as tasks and the
        // composite index.
        Implementation::TaskTableModel tasks(&document);
        walkModel(tasks, QStringLiteral("task table"), texts);
        QVERIFY(tasks.rowCount() > 60);
        Implementation::IndexTableModel index(&document);
        walkModel(index, QStringLiteral("index table"), texts);
        QVERIFY(index.rowCount() == 7);

        // The lever panels of the chapters that have levers.
        int panels = 0;
        for (const Engine::Chapter &chapter : document.catalog().chapters()) {
            bool hasLevers = false;
            for (const Engine::Lever &lever : document.catalog().levers())
                hasLevers |= lever.moduleId == chapter.id;
            if (!hasLevers)
                continue;
            Workbench::LeverPanel panel(&document, chapter.id);
            walkWidget(panel, QStringLiteral("lever panel ") + chapter.id, texts);
            ++panels;
        }
        QVERIFY(panels >= 5);

        // The comparison of the shipped scenario with another (afforestation
        // set apart, so rows differ): both of its tables.
        QList<std::shared_ptr<const Workbench::ScenarioRun>> runs;
        for (const QString &name : {Storage::baselineScenarioName(), kOtherScenario}) {
            auto session = Analysis::ScenarioSession::load(*m_store, m_modules, name);
            QVERIFY2(session.ok(), qPrintable(session.error().message));
            Analysis::ProjectionRequest projectionRequest;
            projectionRequest.draws = 100;
            auto projection = Analysis::project(session.value(), projectionRequest);
            QVERIFY2(projection.ok(), qPrintable(projection.error().message));
            auto run = std::make_shared<Workbench::ScenarioRun>();
            run->scenario = session.value().scenario();
            run->catalog = session.value().catalog();
            run->inputs = session.value().inputs();
            run->projection = projection.takeValue();
            for (const Analysis::TargetOutcome &o : Analysis::assessTargets(run->projection, run->catalog))
                run->outcomes.insert(o.targetId, o);
            runs.append(run);
        }
        for (const auto kind : {Workbench::ComparisonModel::Kind::Targets, Workbench::ComparisonModel::Kind::Levers}) {
            Workbench::ComparisonModel comparison(kind);
            comparison.setRuns(runs);
            QVERIFY(comparison.differingRowCount() > 0);
            walkModel(comparison, QStringLiteral("comparison"), texts);
        }

        Shell::HelpDialog help;
        texts << QStringLiteral("help") << help.text();

        QStringList problems;
        for (qsizetype i = 0; i + 1 < texts.size(); i += 2) {
            const QString &text = texts.at(i + 1);
            const QStringList bad = chinese ? latinWords(text) : hanOutsideQuotes(text);
            const QStringList codes = internalCodes(text, document.catalog());
            if (!bad.isEmpty() || !codes.isEmpty())
                problems.append(texts.at(i) + QStringLiteral(": [") + (bad + codes).join(QStringLiteral(", "))
                                + QStringLiteral("] ") + text.left(160));
        }
        problems.removeDuplicates();
        for (const QString &problem : std::as_const(problems))
            qWarning("%s", qPrintable(problem));
        QVERIFY2(problems.isEmpty(), qPrintable(QString::number(problems.size())
                                                 + QStringLiteral(" lines need a proof-reader (listed above)")));
    }

    const QString kOtherScenario = QStringLiteral("Alt 2");  // no word a proof-reader would stop at, in either language
    QTemporaryDir m_dir;
    Engine::ModuleRegistry m_modules;
    Workbench::PageRegistry m_pages;
    Engine::Catalog m_catalog;
    std::unique_ptr<Storage::Store> m_store;
};

QTEST_MAIN(TestProofreading)
#include "tst_proofreading.moc"
