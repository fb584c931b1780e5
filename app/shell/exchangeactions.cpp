// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/exchangeactions.h"

#include "shell/observedimportdialog.h"

#include "exchange/inputfile.h"
#include "exchange/observedimport.h"
#include "exchange/outputfile.h"
#include "exchange/scenarioexchange.h"
#include "exchange/tableexport.h"
#include "storage/store.h"
#include "workbench/language.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace Planner::Shell {

ExchangeActions::ExchangeActions(QWidget *window, Storage::Store &store, const Engine::ModuleRegistry &modules,
                                 std::function<QString()> currentScenario, std::function<void(const QString &)> opened,
                                 std::function<QString(const Exchange::ObservedPreview &)> importCities)
    : QObject(window), m_window(window), m_store(store), m_modules(modules),
      m_currentScenario(std::move(currentScenario)), m_opened(std::move(opened)),
      m_importCities(std::move(importCities)),
      m_importObserved(new QAction(this)), m_exportScenario(new QAction(this)), m_importScenario(new QAction(this)),
      m_exportTables(new QAction(this))
{
    connect(m_importObserved, &QAction::triggered, this, &ExchangeActions::importObserved);
    connect(m_exportScenario, &QAction::triggered, this, &ExchangeActions::exportScenario);
    connect(m_importScenario, &QAction::triggered, this, &ExchangeActions::importScenario);
    connect(m_exportTables, &QAction::triggered, this, &ExchangeActions::exportTables);
    for (QAction *writes : {m_importObserved, m_importScenario})
        writes->setEnabled(!store.isReadOnly());
    window->installEventFilter(this);
    retranslate();
}

void ExchangeActions::addTo(QMenu *menu) const
{
    // Above what the menu holds already (Quit stays last).
    QAction *before = menu->actions().value(0);
    menu->insertAction(before, m_importObserved);
    menu->insertSeparator(before);
    menu->insertActions(before, {m_exportScenario, m_importScenario, m_exportTables});
    menu->insertSeparator(before);
}

bool ExchangeActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ExchangeActions::retranslate()
{
    m_importObserved->setText(tr("Import &observed data…"));
    m_exportScenario->setText(tr("E&xport scenario…"));
    m_importScenario->setText(tr("I&mport scenario…"));
    m_exportTables->setText(tr("Export &tables…"));
}

void ExchangeActions::importObserved()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import observed data"), {},
                                                      tr("Tables (*.csv *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    std::optional<Exchange::ObservedPreview> preview;
    if (const auto bytes = Exchange::readInputFile(path, &error)) {
        if (const auto rows = Exchange::readTable(*bytes, &error))
            preview = Exchange::previewObservedImport(m_store, m_store.applicationCatalog(), m_currentScenario(), *rows, &error);
    }
    if (!preview) {
        QMessageBox::warning(m_window, tr("Import observed data"), tr("Nothing was imported: %1").arg(error));
        return;
    }
    // A city monitoring table (no province value to write) is an undoable
    // edit of the open scenario; a table with province values changes the
    // projection's inputs and is written through the store, then re-read.
    const bool citiesOnly = m_importCities && !preview->writesProvince() && preview->scenario == m_currentScenario();
    ObservedImportDialog dialog(m_store, *preview, QFileInfo(path).fileName(), m_window,
                                citiesOnly ? ObservedImportDialog::Apply(m_importCities) : ObservedImportDialog::Apply());
    if (dialog.exec() == QDialog::Accepted && !citiesOnly)
        m_opened(preview->scenario);
}

void ExchangeActions::exportScenario()
{
    const QString scenario = m_currentScenario();
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export scenario"), QString(scenario + QStringLiteral(".json")),
                                                      tr("Scenario files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto bytes = Exchange::exportScenario(m_store, scenario, &error);
    // The file dialog has asked before replacing a file.
    if (!bytes || !Exchange::writeOutputFile(path, *bytes, true, &error))
        QMessageBox::warning(m_window, tr("Export scenario"), error);
}

void ExchangeActions::importScenario()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import scenario"), {}, tr("Scenario files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    std::optional<QString> name;
    if (const auto bytes = Exchange::readInputFile(path, &error)) {
        if (const auto file = Exchange::checkScenarioFile(*bytes, m_store.applicationCatalog(), &error, &m_modules))
            name = Exchange::importScenario(m_store, *file, &error);
    }
    if (!name) {
        QMessageBox::warning(m_window, tr("Import scenario"), error);
        return;
    }
    QMessageBox::information(m_window, tr("Import scenario"), tr("Imported as scenario \"%1\".").arg(*name));
    m_opened(*name);
}

void ExchangeActions::exportTables()
{
    const QString scenario = m_currentScenario();
    QString filter;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export tables"), QString(scenario + QStringLiteral(".xlsx")),
                                                      tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    const bool csv = QFileInfo(path).suffix().compare(QLatin1StringView("csv"), Qt::CaseInsensitive) == 0;
    if (csv && QFile::exists(Exchange::assessmentCsvPath(path))
        && QMessageBox::question(m_window, tr("Export tables"),
                                 tr("%1 exists. Replace it?").arg(Exchange::assessmentCsvPath(path))) != QMessageBox::Yes)
        return;
    QString error;
    const auto tables = Exchange::computeTables(m_store, m_modules, scenario, {}, &error);
    const bool chinese = Workbench::currentLanguage() == Workbench::Language::Chinese;
    const bool written = tables && (csv ? Exchange::writeCsvTables({*tables}, path, true, &error)
                                        : Exchange::writeXlsxTables({*tables}, path, true, chinese, &error));
    if (!written)
        QMessageBox::warning(m_window, tr("Export tables"), error);
}

} // namespace Planner::Shell
