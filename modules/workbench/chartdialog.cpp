// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/chartdialog.h"

#include "analysis/wording.h"
#include "charts/chartrender.h"
#include "charts/chartview.h"
#include "charts/indicatorchart.h"
#include "workbench/language.h"
#include "workbench/refusal.h"
#include "workbench/scenariodocument.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findings);
    layout->addLayout(buttons);
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
    m_png->setToolTip(tr("Save the chart as a PNG image at a size and resolution you choose (Ctrl+E)"));
    m_svg->setToolTip(tr("Save the chart as an SVG drawing for slides"));
    m_copy->setToolTip(tr("Copy the chart to the clipboard as an image (Ctrl+C)"));
}

} // namespace Planner::Workbench
