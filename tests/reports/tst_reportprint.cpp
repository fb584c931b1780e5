// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Printing uses the PDF's layout: the same report painted on a QPrinter
// (printing to a PDF file, as a print dialog can) has the pages and text of
// the exported PDF. And the window's File menu gets its two report actions.

#include "modules.h"
#include "engine/registry.h"
#include "reports/report.h"
#include "shell/reportdialog.h"
#include "shell/shellsettings.h"
#include "storage/store.h"
#include "workbench/scenariodocument.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QMenu>
#include <QPrinter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString tool(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReportPrint final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printerHasThePdfsPages()
    {
        // Settings go to a test folder, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Planner::Engine::ModuleRegistry modules;
        Planner::App::registerModules(modules);
        Planner::Engine::Catalog catalog;
        QString error;
        QVERIFY(modules.buildCatalog(&catalog, &error));
        auto store = Planner::Storage::Store::open(dir.filePath(QStringLiteral("p.sqlite")), catalog);
        QVERIFY(store.ok());

        Planner::Reports::ReportRequest request;
        request.scenarios = {QStringLiteral("现状趋势情景")};
        request.chapter = QStringLiteral("two_mountains");
        request.draws = 200;
        auto report = Planner::Reports::Report::build(*store.value(), modules, request);
        QVERIFY2(report.ok(), qPrintable(report.error().message));

        const QString exported = dir.filePath(QStringLiteral("exported.pdf"));
        QVERIFY2(report.value().writePdf(exported, false, &error), qPrintable(error));

        const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
        {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(printed);
            printer.setFullPage(true);
            Planner::Reports::PageLayout::setUpDevice(&printer);
            const int pages = report.value().paint(&printer);
            QVERIFY(pages > 3);
        }
        const QString a = tool(QStringLiteral("pdftotext"), {exported, QStringLiteral("-")});
        const QString b = tool(QStringLiteral("pdftotext"), {printed, QStringLiteral("-")});
        QVERIFY(!a.isEmpty());
        QCOMPARE(b.count(QChar(u'\f')), a.count(QChar(u'\f')));
        // Page by page the same lines (the order pdftotext reads a chart's
        // axis labels in may differ with the device's resolution).
        const QStringList pagesA = a.split(QChar(u'\f'));
        const QStringList pagesB = b.split(QChar(u'\f'));
        for (qsizetype p = 0; p < pagesA.size(); ++p) {
            QStringList la = pagesA.at(p).split(u'\n', Qt::SkipEmptyParts);
            QStringList lb = pagesB.at(p).split(u'\n', Qt::SkipEmptyParts);
            la.sort();
            lb.sort();
            QCOMPARE(lb, la);
        }

        // The window's hook: three actions (print, export, handout) before what the File menu had.
        Planner::Workbench::ScenarioDocument document(*store.value(), modules);
        QVERIFY(!document.open(QStringLiteral("现状趋势情景")).isError());
        QWidget window;
        QMenu menu;
        QAction *quit = menu.addAction(QStringLiteral("Quit"));
        Planner::Shell::addReportActions(&menu, &document, &window);
        QCOMPARE(menu.actions().size(), 4);
        QCOMPARE(menu.actions().last(), quit);
        QCOMPARE(menu.actions().first()->shortcut(), QKeySequence(QKeySequence::Print));
        QCOMPARE(menu.actions().at(2)->objectName(), QStringLiteral("printHandoutAction"));

        Planner::Shell::ReportDialog dialog(document);
        const Planner::Reports::ReportRequest chosen = dialog.request();
        QCOMPARE(chosen.scenarios, QStringList{QStringLiteral("现状趋势情景")});
        QCOMPARE(chosen.chapter, QStringLiteral("all"));

        // The issuing office is typed once: accepting the dialog keeps it
        // for the next report (the window's and the command line's).
        Planner::Shell::ShellSettings().setIssuer(QString());
        auto *issuer = dialog.findChild<QLineEdit *>(QStringLiteral("reportIssuer"));
        QVERIFY(issuer);
        QVERIFY(issuer->text().isEmpty());
        issuer->setText(QStringLiteral(" 吉林省生态环境厅 "));
        QCOMPARE(dialog.request().issuer, QStringLiteral("吉林省生态环境厅"));
        dialog.accept();
        QCOMPARE(Planner::Shell::ShellSettings().issuer(), QStringLiteral("吉林省生态环境厅"));
        Planner::Shell::ReportDialog again(document);
        QCOMPARE(again.request().issuer, QStringLiteral("吉林省生态环境厅"));
        Planner::Shell::ShellSettings().setIssuer(QString());

        // The handout's dialog: the scenario on screen, a chapter, no issuer.
        Planner::Shell::ReportDialog handout(document, nullptr, Planner::Shell::ReportDialog::Kind::Handout);
        QVERIFY(!handout.findChild<QLineEdit *>(QStringLiteral("reportIssuer")));
        auto *chapter = handout.findChild<QComboBox *>(QStringLiteral("reportChapter"));
        QVERIFY(chapter);
        chapter->setCurrentIndex(chapter->findData(QStringLiteral("ecological_security")));
        const Planner::Reports::ReportRequest slides = handout.request();
        QCOMPARE(slides.scenarios, QStringList{Planner::Storage::baselineScenarioName()});
        QCOMPARE(slides.chapter, QStringLiteral("ecological_security"));
        auto handoutReport = Planner::Reports::Report::buildHandout(*store.value(), modules, slides);
        QVERIFY2(handoutReport.ok(), qPrintable(handoutReport.error().message));
        // Chapter 5 has 7 indicators with targets (the catalog): 4 pages.
        QPrinter pdf(QPrinter::HighResolution);
        pdf.setOutputFormat(QPrinter::PdfFormat);
        pdf.setOutputFileName(dir.filePath(QStringLiteral("handout.pdf")));
        pdf.setFullPage(true);
        Planner::Reports::PageLayout::setUpDevice(&pdf);
        QCOMPARE(handoutReport.value().paint(&pdf), 4);
    }
};

QTEST_MAIN(TestReportPrint)
#include "tst_reportprint.moc"
