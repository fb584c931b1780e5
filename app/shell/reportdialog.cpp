// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/reportdialog.h"

#include "analysis/language.h"
#include "cli/reportcommand.h"
#include "shell/shellsettings.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "workbench/scenariodocument.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace Planner::Shell {

namespace {

// Builds and paints a report in its own language, then puts the
// interface's language back (chart legends are translated when drawn).
class LanguageScope
{
public:
    explicit LanguageScope(I18n::Language language)
        : m_previous(Analysis::currentLanguage() == Analysis::Language::Chinese ? I18n::Language::Chinese
                                                                                 : I18n::Language::English),
          m_switch(language != m_previous)
    {
        if (m_switch)
            I18n::setLanguage(language);
    }
    ~LanguageScope()
    {
        if (m_switch)
            I18n::setLanguage(m_previous);
    }
    Q_DISABLE_COPY_MOVE(LanguageScope)

private:
    I18n::Language m_previous;
    bool m_switch;
};

// The actions' words follow the interface's language.
class ReportActions final : public QObject
{
public:
    ReportActions(QMenu *menu, Workbench::ScenarioDocument *document, QWidget *window)
        : QObject(window), m_document(document), m_window(window)
    {
        m_print = new QAction(window);
        m_print->setShortcut(QKeySequence::Print);
        m_export = new QAction(window);
        m_handout = new QAction(window);
        m_handout->setObjectName(QStringLiteral("printHandoutAction"));
        QAction *before = menu->actions().value(0);
        menu->insertAction(before, m_print);
        menu->insertAction(before, m_export);
        menu->insertAction(before, m_handout);
        QObject::connect(m_print, &QAction::triggered, this, [this] { print(ReportDialog::Kind::Report); });
        QObject::connect(m_export, &QAction::triggered, this, [this] { exportPdf(); });
        QObject::connect(m_handout, &QAction::triggered, this, [this] { print(ReportDialog::Kind::Handout); });
        window->installEventFilter(this);
        retranslate();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::LanguageChange)
            retranslate();
        return QObject::eventFilter(watched, event);
    }

private:
    void retranslate()
    {
        m_print->setText(ReportDialog::tr("&Print report…"));
        m_export->setText(ReportDialog::tr("&Export report as PDF…"));
        m_handout->setText(ReportDialog::tr("Print &handout…"));
    }

    std::optional<Reports::Report> build(const ReportDialog &dialog,
                                         ReportDialog::Kind kind = ReportDialog::Kind::Report)
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto report = kind == ReportDialog::Kind::Handout
                          ? Reports::Report::buildHandout(m_document->store(), m_document->modules(), dialog.request())
                          : Reports::Report::build(m_document->store(), m_document->modules(), dialog.request());
        QApplication::restoreOverrideCursor();
        if (!report.ok()) {
            QMessageBox::warning(m_window, ReportDialog::tr("Report"), report.error().message);
            return std::nullopt;
        }
        return report.takeValue();
    }

    void exportPdf()
    {
        ReportDialog dialog(*m_document, m_window);
        dialog.setWindowTitle(ReportDialog::tr("Export report as PDF"));
        if (dialog.exec() != QDialog::Accepted)
            return;
        QString path = QFileDialog::getSaveFileName(m_window, ReportDialog::tr("Export report as PDF"), QString(),
                                                    ReportDialog::tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            path += QStringLiteral(".pdf");
        QString error;
        {
            const LanguageScope scope(dialog.language());
            const std::optional<Reports::Report> report = build(dialog);
            if (!report)
                return;
            // The file dialog has asked before replacing a file.
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const bool written = report->writePdf(path, true, &error);
            QApplication::restoreOverrideCursor();
            if (written)
                return;
        }
        QMessageBox::warning(m_window, ReportDialog::tr("Report"), error);
    }

    void print(ReportDialog::Kind kind)
    {
        ReportDialog dialog(*m_document, m_window, kind);
        dialog.setWindowTitle(kind == ReportDialog::Kind::Handout ? ReportDialog::tr("Print handout")
                                                                  : ReportDialog::tr("Print report"));
        if (dialog.exec() != QDialog::Accepted)
            return;
        std::optional<Reports::Report> report;
        {
            const LanguageScope scope(dialog.language());
            report = build(dialog, kind);
        }
        if (!report)
            return;
        QPrinter printer(QPrinter::HighResolution);
        printer.setFullPage(true);
        Reports::PageLayout::setUpDevice(&printer);
        printer.setDocName(report->title());
        QPrintPreviewDialog preview(&printer, m_window);
        const I18n::Language language = dialog.language();
        QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&](QPrinter *device) {
            const LanguageScope scope(language);
            report->paint(device);
        });
        preview.exec();
    }

    Workbench::ScenarioDocument *m_document;
    QWidget *m_window;
    QAction *m_print = nullptr;
    QAction *m_export = nullptr;
    QAction *m_handout = nullptr;
};

} // namespace

void addReportActions(QMenu *fileMenu, Workbench::ScenarioDocument *document, QWidget *window)
{
    new ReportActions(fileMenu, document, window);
}

ReportDialog::ReportDialog(const Workbench::ScenarioDocument &document, QWidget *parent, Kind kind)
    : QDialog(parent), m_chapter(new QComboBox(this)), m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("reportDialog"));
    m_chapter->setObjectName(QStringLiteral("reportChapter"));
    m_language->setObjectName(QStringLiteral("reportLanguage"));

    m_chapter->addItem(kind == Kind::Handout ? tr("Every slide (the whole plan)")
                                             : tr("The whole plan (overview and every chapter)"),
                       QStringLiteral("all"));
    for (const Engine::Chapter &chapter : document.catalog().chapters())
        m_chapter->addItem(Analysis::pick(chapter.nameZh, chapter.nameEn), chapter.id);
    // Each language named in itself.
    m_language->addItem(QStringLiteral("中文"), I18n::languageCode(I18n::Language::Chinese));
    m_language->addItem(QStringLiteral("English"), I18n::languageCode(I18n::Language::English));
    m_language->setCurrentIndex(Analysis::currentLanguage() == Analysis::Language::Chinese ? 0 : 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Chapter:"), m_chapter);
    if (kind == Kind::Handout) {
        // The slides of the scenario on screen, as the presenter shows them.
        m_scenarios = new QListWidget(this);
        m_scenarios->hide();
        (new QListWidgetItem(document.scenario().name, m_scenarios))->setCheckState(Qt::Checked);
        form->addRow(tr("&Language of the handout:"), m_language);
        form->addRow(buttons);
        return;
    }
    m_scenarios = new QListWidget(this);
    m_scenarios->setObjectName(QStringLiteral("reportScenarios"));
    m_issuer = new QLineEdit(ShellSettings().issuer(), this);
    m_issuer->setObjectName(QStringLiteral("reportIssuer"));
    m_issuer->setPlaceholderText(tr("left out of the cover when empty"));

    // The scenario on screen first and ticked; others may be ticked to compare.
    const QString current = document.scenario().name;
    auto *first = new QListWidgetItem(current, m_scenarios);
    first->setCheckState(Qt::Checked);
    const Storage::Result<QList<Storage::Scenario>> all = Storage::ScenarioRepository(document.store()).list();
    if (all.ok()) {
        for (const Storage::Scenario &s : all.value()) {
            if (s.name == current)
                continue;
            auto *item = new QListWidgetItem(s.name, m_scenarios);
            item->setCheckState(Qt::Unchecked);
        }
    }
    // The first scenario is the one reported on: it cannot be unticked.
    connect(m_scenarios, &QListWidget::itemChanged, this, [this, first](QListWidgetItem *item) {
        if (item == first && item->checkState() != Qt::Checked)
            item->setCheckState(Qt::Checked);
    });

    form->addRow(tr("&Scenarios (the first is reported on, the others compared):"), m_scenarios);
    form->addRow(tr("&Issuing office:"), m_issuer);
    form->addRow(tr("&Language of the report:"), m_language);
    form->addRow(buttons);
}

void ReportDialog::accept()
{
    // Set once: the next report, here or on the command line, has it too.
    if (m_issuer)
        ShellSettings().setIssuer(m_issuer->text());
    QDialog::accept();
}

Reports::ReportRequest ReportDialog::request() const
{
    Reports::ReportRequest request;
    request.chapter = m_chapter->currentData().toString();
    request.issuer = m_issuer ? m_issuer->text().trimmed() : QString();
    for (int i = 0; i < m_scenarios->count(); ++i) {
        if (m_scenarios->item(i)->checkState() == Qt::Checked)
            request.scenarios.append(m_scenarios->item(i)->text());
    }
    return request;
}

I18n::Language ReportDialog::language() const
{
    return I18n::languageFromCode(m_language->currentData().toString()).value_or(I18n::Language::Chinese);
}

} // namespace Planner::Shell
