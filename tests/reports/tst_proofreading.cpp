// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A proof-reader's pass over what the program shows, in both languages:
// the full-plan report (read back from its PDF with pdftotext), the
// presentation findings of every target, every cell and tool tip of the six
// chapter tables and the overview, the Sources and assumptions view, and the
// help page.
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
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "workbench/dashboardmodel.h"
#include "workbench/indicatortablemodel.h"
#include "workbench/scenariodocument.h"
#include "workbench/sourcesview.h"

#include <QProcess>
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
    QStringLiteral("基准情景"),  // the stored name of the shipped scenario (a name the planner may change)
};

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
    }

    void cleanupTestCase() { I18n::setLanguage(I18n::Language::Chinese); }

    void readsAsChinese() { proofread(I18n::Language::Chinese); }
    void readsAsEnglish() { proofread(I18n::Language::English); }

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
        for (qsizetype page = 0; page < pages.size(); ++page)
            texts << QStringLiteral("report page %1").arg(page + 1)
                  << QString(pages.at(page)).replace(u'\n', QChar(u' '));

        // The window's six chapter pages and the overview, every role a
        // person reads, and the presentation's findings.
        Workbench::ScenarioDocument document(*m_store, m_modules);
        QVERIFY(!document.open(Storage::baselineScenarioName()).isError());
        QTRY_VERIFY_WITH_TIMEOUT(document.projection() != nullptr, 60000);
        const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole};
        for (const Engine::Chapter &chapter : document.catalog().chapters()) {
            Workbench::IndicatorTableModel model(&document, chapter.id);
            for (int c = 0; c < model.columnCount(); ++c)
                texts << chapter.id << model.headerData(c, Qt::Horizontal).toString();
            for (int r = 0; r < model.rowCount(); ++r)
                for (int c = 0; c < model.columnCount(); ++c)
                    for (const int role : roles)
                        texts << chapter.id << model.index(r, c).data(role).toString();
        }
        Workbench::DashboardModel dashboard(&document);
        for (int c = 0; c < dashboard.columnCount(); ++c)
            texts << QStringLiteral("overview") << dashboard.headerData(c, Qt::Horizontal).toString();
        for (int g = 0; g < dashboard.rowCount(); ++g) {
            const QModelIndex group = dashboard.index(g, 0);
            for (int r = 0; r < dashboard.rowCount(group); ++r)
                for (int c = 0; c < dashboard.columnCount(group); ++c)
                    for (const int role : roles)
                        texts << QStringLiteral("overview") << dashboard.index(r, c, group).data(role).toString();
        }
        // The Sources and assumptions view, every cell.
        Workbench::SourcesView sources(&document);
        for (int r = 0; r < sources.table()->rowCount(); ++r)
            for (int c = 0; c < sources.table()->columnCount(); ++c)
                texts << QStringLiteral("sources") << sources.table()->item(r, c)->text();
        for (const Engine::Indicator &indicator : document.catalog().indicators())
            for (const Engine::Target &target : indicator.targets)
                if (const Analysis::TargetOutcome *o = document.outcome(target.id))
                    texts << QStringLiteral("finding ") + target.id << Analysis::Wording::finding(*o, indicator, target);

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

    QTemporaryDir m_dir;
    Engine::ModuleRegistry m_modules;
    Engine::Catalog m_catalog;
    std::unique_ptr<Storage::Store> m_store;
};

QTEST_MAIN(TestProofreading)
#include "tst_proofreading.moc"
