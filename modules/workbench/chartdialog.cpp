// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/chartdialog.h"

#include "analysis/wording.h"
#include "charts/chartrender.h"
#include "charts/chartview.h"
#include "charts/indicatorchart.h"
#include "charts/tornadochart.h"
#include "engine/stages.h"
#include "workbench/language.h"
#include "workbench/refusal.h"
#include "workbench/scenariodocument.h"

#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Planner::Workbench {

namespace {

QString lastFolder()
{
    return QSettings().value(QStringLiteral("export/folder"),
                             QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).toString();
}

void rememberFolder(const QString &path)
{
    QSettings().setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
}

} // namespace

ChartDialog::ChartDialog(ScenarioDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_view(new Charts::ChartView(Charts::ChartStyle::screen(), this))
    , m_findings(new QLabel(this))
    , m_png(new QPushButton(this))
    , m_svg(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_sensitivity(new QPushButton(this))
    , m_year(new QSpinBox(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_tornadoView(new QChartView(this))
    , m_tornado(new Charts::TornadoChart(Charts::ChartStyle::screen()))
    , m_tornadoNote(new QLabel(this))
    , m_tornadoWatcher(new QFutureWatcher<Engine::Expected<Engine::Tornado>>(this))
{
    setObjectName(QStringLiteral("chartDialog"));
    m_view->setMinimumSize(720, 440);
    m_findings->setWordWrap(true);
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_png);
    buttons->addWidget(m_svg);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    m_sensitivity->setObjectName(QStringLiteral("sensitivityButton"));
    m_year->setObjectName(QStringLiteral("sensitivityYear"));
    m_year->setRange(Engine::kPlanFirstYear, Engine::kPlanLastYear);
    m_progress->setObjectName(QStringLiteral("sensitivityProgress"));
    m_cancel->setObjectName(QStringLiteral("sensitivityCancel"));
    m_tornadoView->setObjectName(QStringLiteral("tornadoView"));
    // QChartView(QWidget *) made a default chart, which setChart releases
    // without deleting (LeakSanitizer): it is deleted here.
    QChart *defaultChart = m_tornadoView->chart();
    m_tornadoView->setChart(m_tornado);
    delete defaultChart;
    m_tornadoView->setRenderHint(QPainter::Antialiasing);
    m_tornadoView->setMinimumWidth(480);
    m_tornadoNote->setWordWrap(true);
    m_progress->hide();
    m_cancel->hide();
    m_tornadoView->hide();
    m_tornadoNote->hide();
    auto *sensitivity = new QHBoxLayout;
    sensitivity->addWidget(m_sensitivity);
    sensitivity->addWidget(m_year);
    sensitivity->addWidget(m_progress, 1);
    sensitivity->addWidget(m_cancel);
    sensitivity->addStretch(1);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_view, 3);
    auto *tornadoColumn = new QVBoxLayout;
    tornadoColumn->addWidget(m_tornadoView, 1);
    tornadoColumn->addWidget(m_tornadoNote);
    charts->addLayout(tornadoColumn, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(charts, 1);
    layout->addWidget(m_findings);
    layout->addLayout(sensitivity);
    layout->addLayout(buttons);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(m_view);
        menu.addAction(tr("&Sensitivity (tornado)…"), this, [this] { showSensitivity(m_year->value()); });
        menu.exec(m_view->mapToGlobal(at));
    });
    connect(m_sensitivity, &QPushButton::clicked, this, [this] { showSensitivity(m_year->value()); });
    connect(m_cancel, &QPushButton::clicked, this, &ChartDialog::cancelSensitivity);
    connect(m_tornadoWatcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_tornadoWatcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_tornadoWatcher, &QFutureWatcherBase::finished, this, &ChartDialog::takeSensitivity);
    m_png->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_copy->setShortcut(QKeySequence::Copy);
    connect(m_png, &QPushButton::clicked, this, &ChartDialog::exportPng);
    connect(m_svg, &QPushButton::clicked, this, &ChartDialog::exportSvg);
    connect(m_copy, &QPushButton::clicked, this, &ChartDialog::copyToClipboard);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_document, &ScenarioDocument::projectionChanged, this, &ChartDialog::refresh);
    resize(1000, 720);
    retranslate();
}

void ChartDialog::showIndicator(const QString &indicatorId)
{
    if (indicatorId != m_indicatorId) {
        cancelSensitivity();
        m_tornadoWanted = false;
        m_tornadoView->hide();
        m_tornadoNote->hide();
        m_indicatorId = indicatorId;
        m_year->setValue(defaultSensitivityYear());
    }
    m_indicatorId = indicatorId;
    refresh();
    show();
    raise();
    activateWindow();
}

void ChartDialog::refresh()
{
    const Analysis::Projection *projection = m_document->projection();
    const Engine::Indicator *indicator = m_document->catalog().indicator(m_indicatorId);
    if (!projection || !indicator)
        return;
    m_view->setData(Charts::ChartDataBuilder::indicatorChart(m_document->catalog(), *projection, m_indicatorId));
    QStringList lines;
    for (const Engine::Target &target : indicator->targets) {
        if (const Analysis::TargetOutcome *o = m_document->outcome(target.id))
            lines.append(target.id + QStringLiteral(": ") + Analysis::Wording::finding(*o, *indicator, target));
    }
    m_findings->setText(lines.join(u'\n'));
    setWindowTitle(tr("%1 — chart").arg(pick(indicator->nameZh, indicator->nameEn)));
    if (m_tornadoWanted)
        startSensitivity();
}

int ChartDialog::defaultSensitivityYear() const
{
    const Engine::Indicator *indicator = m_document->catalog().indicator(m_indicatorId);
    if (indicator) {
        for (const Engine::Target &target : indicator->targets) {
            const Analysis::TargetOutcome *o = m_document->outcome(target.id);
            if (target.year >= Engine::kPlanFirstYear && target.year <= Engine::kPlanLastYear
                && (!o || o->status != QLatin1String("achieved")))
                return target.year;
        }
    }
    return Engine::kPlanLastYear;
}

int ChartDialog::sensitivityYear() const
{
    return m_year->value();
}

void ChartDialog::showSensitivity(int year)
{
    m_year->setValue(year > 0 ? year : defaultSensitivityYear());
    m_tornadoWanted = true;
    m_tornadoView->show();
    m_tornadoNote->show();
    startSensitivity();
}

bool ChartDialog::sensitivityRunning() const
{
    return m_tornadoWatcher->isRunning();
}

void ChartDialog::waitForSensitivity()
{
    while (m_tornadoWatcher->isRunning() || m_tornadoStale) {
        m_tornadoWatcher->waitForFinished();
        QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
}

void ChartDialog::cancelSensitivity()
{
    m_tornadoStale = false;
    if (m_tornadoWatcher->isRunning()) {
        m_tornadoWatcher->cancel();
        m_tornadoNote->setText(tr("Sensitivity cancelled."));
    }
    m_tornadoWanted = false;
}

void ChartDialog::startSensitivity()
{
    const Analysis::ScenarioSession *session = m_document->session();
    if (!session || m_indicatorId.isEmpty())
        return;
    if (m_tornadoWatcher->isRunning()) {
        // At most one in flight: the newest inputs are run when it is in.
        m_tornadoStale = true;
        return;
    }
    m_tornadoStale = false;
    Engine::Expected<Engine::PreparedScenario> prepared = session->prepare(Engine::kPlanLastYear);
    if (!prepared.ok()) {
        m_tornadoNote->setText(prepared.error().message);
        return;
    }
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_sensitivity->setEnabled(false);
    m_tornadoNote->setText(tr("Computing what each lever can move…"));
    const QString indicator = m_indicatorId;
    const int year = m_year->value();
    // On the document's one worker, after whatever it is running.
    m_tornadoWatcher->setFuture(QtConcurrent::run(
        m_document->worker(),
        [indicator, year](QPromise<Engine::Expected<Engine::Tornado>> &promise, Engine::PreparedScenario run) {
            Engine::Expected<Engine::Tornado> result =
                Engine::tornado(std::move(run), indicator, year, [&promise](int done, int total) {
                    promise.setProgressRange(0, total);
                    promise.setProgressValue(done);
                    return !promise.isCanceled();
                });
            promise.addResult(std::move(result));
        },
        prepared.takeValue()));
}

void ChartDialog::takeSensitivity()
{
    m_progress->hide();
    m_cancel->hide();
    m_sensitivity->setEnabled(true);
    const QFuture<Engine::Expected<Engine::Tornado>> future = m_tornadoWatcher->future();
    if (m_tornadoStale) {
        startSensitivity();
        return;
    }
    if (future.isCanceled() || future.resultCount() == 0)
        return;
    const Engine::Expected<Engine::Tornado> result = future.result();
    if (!result.ok()) {
        m_tornadoNote->setText(result.error().message);
        return;
    }
    m_tornado->setData(Charts::ChartDataBuilder::tornadoChart(m_document->catalog(), result.value(),
                                                              m_document->scenario().name));
    m_tornadoNote->setText(m_tornado->data().bars.isEmpty()
                               ? tr("No lever of the models moves this indicator: it is carried forward by its "
                                    "projection alone.")
                               : m_tornado->data().caption);
}

bool ChartDialog::askImageSize(QWidget *parent, QSize *pixels, int *dpi)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Image size"));
    auto *width = new QSpinBox(&dialog);
    auto *height = new QSpinBox(&dialog);
    for (QSpinBox *box : {width, height}) {
        box->setRange(100, 20000);
        box->setSuffix(tr(" px"));
    }
    width->setValue(pixels->width());
    height->setValue(pixels->height());
    auto *resolution = new QComboBox(&dialog);
    for (int d : {96, 150, 200, 300, 600})
        resolution->addItem(tr("%1 dpi").arg(d), d);
    resolution->setCurrentIndex(std::max(0, resolution->findData(*dpi)));
    width->setAccessibleName(tr("Width in pixels"));
    height->setAccessibleName(tr("Height in pixels"));
    resolution->setAccessibleName(tr("Resolution"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Width:"), width);
    form->addRow(tr("&Height:"), height);
    form->addRow(tr("&Resolution:"), resolution);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *pixels = QSize(width->value(), height->value());
    *dpi = resolution->currentData().toInt();
    return true;
}

void ChartDialog::exportPng()
{
    QSize pixels(1600, 900);
    int dpi = 150;
    if (!askImageSize(this, &pixels, &dpi))
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart as PNG"),
                                                      lastFolder() + u'/' + m_indicatorId + QStringLiteral(".png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    QString error;
    if (!Charts::ChartRenderer::writePng(path, m_view->data(), Charts::ChartStyle::screen(), pixels, dpi, &error))
        showRefusal(this, tr("Chart not exported"), error);
}

void ChartDialog::exportSvg()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart as SVG"),
                                                      lastFolder() + u'/' + m_indicatorId + QStringLiteral(".svg"),
                                                      tr("SVG drawings (*.svg)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    QString error;
    if (!Charts::ChartRenderer::writeSvg(path, m_view->data(), Charts::ChartStyle::screen(), QSize(1200, 675), &error))
        showRefusal(this, tr("Chart not exported"), error);
}

void ChartDialog::copyToClipboard()
{
    QApplication::clipboard()->setImage(
        Charts::ChartRenderer::image(m_view->data(), Charts::ChartStyle::screen(), QSize(1600, 900), 150));
}

void ChartDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QDialog::changeEvent(event);
}

void ChartDialog::retranslate()
{
    m_png->setText(tr("Export &PNG…"));
    m_svg->setText(tr("Export &SVG…"));
    m_copy->setText(tr("&Copy"));
    m_close->setText(tr("Close"));
    m_sensitivity->setText(tr("&Sensitivity in"));
    m_sensitivity->setToolTip(tr("What each lever can move: the indicator in the chosen year with one lever at its "
                                 "minimum and at its maximum, the others as the scenario sets them"));
    m_year->setAccessibleName(tr("Year of the sensitivity"));
    m_cancel->setText(tr("Cancel"));
    m_png->setToolTip(tr("Save the chart as a PNG image at a size and resolution you choose (Ctrl+E)"));
    m_svg->setToolTip(tr("Save the chart as an SVG drawing for slides"));
    m_copy->setToolTip(tr("Copy the chart to the clipboard as an image (Ctrl+C)"));
}

} // namespace Planner::Workbench
