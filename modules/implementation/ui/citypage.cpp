// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "implementation/ui/citypage.h"

#include "implementation/core/boundaries.h"
#include "implementation/core/cityassessment.h"
#include "implementation/core/citydecomposition.h"
#include "implementation/ui/citymap.h"

#include "analysis/wording.h"
#include "charts/barchart.h"
#include "workbench/conflict.h"
#include "workbench/language.h"
#include "workbench/refusal.h"
#include "workbench/scenariodocument.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Planner::Implementation {

namespace {

QString cityLabel(const QString &city)
{
    return Workbench::pick(city, cityNameEn(city));
}

// The settings key under which the window remembers the boundary file.
const QString kBoundaryKey = QStringLiteral("cities/boundaryFile");
const QString kBoundaryPropertyKey = QStringLiteral("cities/boundaryNameProperty");

} // namespace

CityPage::CityPage(Workbench::ScenarioDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_target(new QComboBox(this)), m_table(new QTableWidget(this)),
      m_sum(new QLabel(this)), m_save(new QPushButton(this)), m_revert(new QPushButton(this)), m_chart(new QChart),
      m_map(new CityMap(this)), m_intro(new QLabel(this)), m_shadingLabel(new QLabel(this)),
      m_shading(new QComboBox(this)), m_loadBoundary(new QAction(this))
{
    setObjectName(QStringLiteral("cityPage"));
    m_target->setObjectName(QStringLiteral("cityTarget"));
    m_table->setObjectName(QStringLiteral("cityTable"));
    m_sum->setObjectName(QStringLiteral("citySum"));
    m_save->setObjectName(QStringLiteral("citySave"));
    m_intro->setWordWrap(true);
    m_sum->setWordWrap(true);
    m_loadBoundary->setObjectName(QStringLiteral("loadBoundaryAction"));
    addAction(m_loadBoundary);

    m_table->setColumnCount(ColumnCount);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    auto *view = new QChartView(m_chart);
    view->setObjectName(QStringLiteral("cityChart"));
    view->setRenderHint(QPainter::Antialiasing);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setVisible(false);
    m_shading->setObjectName(QStringLiteral("cityMapShading"));
    auto *mapTab = new QWidget(this);
    auto *mapLayout = new QVBoxLayout(mapTab);
    auto *shadingRow = new QHBoxLayout;
    shadingRow->addWidget(m_shadingLabel);
    shadingRow->addWidget(m_shading, 1);
    mapLayout->addLayout(shadingRow);
    mapLayout->addWidget(m_map, 1);
    auto *views = new QTabWidget(this);
    views->setObjectName(QStringLiteral("cityViews"));
    views->addTab(view, QString());
    views->addTab(mapTab, QString());

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_intro);
    leftLayout->addWidget(m_target);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_sum);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    leftLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(views);
    // The table first: its five columns (city, share, part, observed,
    // status) read whole at 1440 px in English; the chart and map take the rest.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_target, &QComboBox::currentIndexChanged, this, [this] { fillTable(); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            sharesEdited();
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        // A shipped template stays as shipped: the decomposition goes into a fork.
        if (m_document->scenario().isTemplate()) {
            const QString target = targetId();
            const QList<Storage::StoredCityShare> shares = editedShares();
            Workbench::ScenarioDocument *doc = m_document;
            Workbench::EditConflict::offerFork(this, m_document, [doc, target, shares] {
                return doc->setCityShares(target, shares, tr("Decompose %1 to the cities").arg(target));
            });
            return;
        }
        const QString refused = save();
        if (!refused.isEmpty())
            Workbench::showRefusal(this, tr("Decomposition not saved"), refused);
    });
    connect(m_revert, &QPushButton::clicked, this, [this] { fillTable(); });
    connect(m_shading, &QComboBox::currentIndexChanged, this, [this] { updateMap(); });
    connect(m_document, &Workbench::ScenarioDocument::scenarioChanged, this, [this] {
        fillTargets();
        fillTable();
    });
    connect(m_document, &Workbench::ScenarioDocument::inputsChanged, this, [this] { fillTable(); });
    connect(m_loadBoundary, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load boundary file"), QString(),
                                                          tr("GeoJSON (*.geojson *.json)"));
        if (path.isEmpty())
            return;
        const QString refused = loadBoundaryFile(path);
        if (!refused.isEmpty())
            Workbench::showRefusal(this, tr("Boundary file not loaded"), refused);
    });

    retranslate();
    fillTargets();
    fillTable();
    // The office's boundary file, as last loaded (nothing when it has moved).
    const QString remembered = QSettings().value(kBoundaryKey).toString();
    if (!remembered.isEmpty() && QFile::exists(remembered))
        loadBoundaryFile(remembered);
}

QString CityPage::targetId() const
{
    return m_target->currentData().toString();
}

bool CityPage::selectTarget(const QString &targetId)
{
    const int row = m_target->findData(targetId);
    if (row < 0)
        return false;
    m_target->setCurrentIndex(row);
    return true;
}

void CityPage::fillTargets()
{
    const QString current = targetId();
    const QSignalBlocker block(m_target);
    m_target->clear();
    // Targets with a value can be shared out; those already decomposed first.
    QList<const Engine::Target *> decomposed;
    QList<const Engine::Target *> others;
    for (const Engine::Indicator &indicator : m_document->catalog().indicators()) {
        for (const Engine::Target &target : indicator.targets) {
            if (!target.value)
                continue;
            (m_document->cityShares().contains(target.id) ? decomposed : others).append(&target);
        }
    }
    for (const QList<const Engine::Target *> *list : {&decomposed, &others}) {
        for (const Engine::Target *target : *list) {
            const Engine::Indicator *indicator = m_document->catalog().indicator(target->indicatorId);
            const QString text = indicator ? Analysis::Wording::targetLabel(*target) + QStringLiteral("  ")
                                                 + Analysis::Wording::targetText(*target, *indicator)
                                           : target->id;
            m_target->addItem(list == &decomposed ? tr("%1 (decomposed)").arg(text) : text, target->id);
        }
    }
    const int row = m_target->findData(current);
    m_target->setCurrentIndex(row >= 0 ? row : 0);
}

void CityPage::fillTable()
{
    m_filling = true;
    const QList<Storage::StoredCityShare> stored = m_document->cityShares().value(targetId());
    const QList<QString> cities = knownCities();
    m_table->setRowCount(int(cities.size()));
    for (int row = 0; row < cities.size(); ++row) {
        const QString &city = cities.at(row);
        auto *name = new QTableWidgetItem(cityLabel(city));
        name->setData(Qt::UserRole, city);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, CityColumn, name);
        QString share;
        for (const Storage::StoredCityShare &s : stored) {
            if (s.city == city)
                share = QLocale().toString(s.share, 'f', 2);
        }
        auto *shareItem = new QTableWidgetItem(share);
        shareItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        shareItem->setToolTip(tr("The city's share of the province's target, in per cent; leave empty for a city "
                                 "that carries none"));
        m_table->setItem(row, ShareColumn, shareItem);
        for (const int column : {int(ValueColumn), int(ObservedColumn), int(StatusColumn)}) {
            auto *item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setTextAlignment(column == StatusColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                          : Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_filling = false;
    sharesEdited();
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
}

QList<Storage::StoredCityShare> CityPage::editedShares() const
{
    QList<Storage::StoredCityShare> shares;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString text = m_table->item(row, ShareColumn)->text().trimmed();
        if (text.isEmpty())
            continue;
        bool ok = false;
        double share = QLocale().toDouble(text, &ok);
        if (!ok)
            share = text.toDouble(&ok);
        shares.append({m_table->item(row, CityColumn)->data(Qt::UserRole).toString(),
                       ok ? share : std::numeric_limits<double>::quiet_NaN()});
    }
    return shares;
}

void CityPage::sharesEdited()
{
    const Engine::Target *target = m_document->catalog().target(targetId());
    const Engine::Indicator *indicator = target ? m_document->catalog().indicator(target->indicatorId) : nullptr;
    const QList<Storage::StoredCityShare> shares = editedShares();
    double sum = 0.0;
    bool finite = true;
    {
        const QSignalBlocker block(m_table);
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QString city = m_table->item(row, CityColumn)->data(Qt::UserRole).toString();
            QString text;
            std::optional<double> share;
            for (const Storage::StoredCityShare &s : shares) {
                if (s.city != city)
                    continue;
                if (!std::isfinite(s.share) || s.share < 0.0 || s.share > 100.0)
                    finite = false;
                else if (target && target->value && indicator)
                    text = Analysis::Wording::valueWithUnit(s.share / 100.0 * *target->value, *indicator);
                if (std::isfinite(s.share) && s.share >= 0.0 && s.share <= 100.0)
                    share = s.share;
                sum += std::isfinite(s.share) ? s.share : 0.0;
            }
            m_table->item(row, ValueColumn)->setText(text);
            // The city's own observed values, judged against its part.
            QString observed;
            QString status;
            QString statusText;
            if (target && indicator) {
                const CityJudgement judged = judgeCity(*target, *indicator, city, share.value_or(std::nan("")),
                                                       m_document->cityObserved(city, indicator->id));
                if (judged.latest)
                    observed = tr("%1 (%2)").arg(Analysis::Wording::valueWithUnit(judged.latest->value, *indicator))
                                   .arg(judged.latest->year);
                if (share && judged.observed()) {
                    status = judged.status();
                    statusText = Analysis::Wording::rateClassLabel(status);
                }
            }
            m_table->item(row, ObservedColumn)->setText(observed);
            m_table->item(row, StatusColumn)->setText(statusText);
            m_table->item(row, StatusColumn)->setData(Qt::UserRole, status);
        }
    }
    const bool adds = std::abs(sum - 100.0) <= kShareSumTolerance;
    QString text;
    if (shares.isEmpty())
        text = tr("No decomposition yet: type each city's share in per cent; together they must make 100 %.");
    else if (!finite)
        text = tr("Each share is a number from 0 to 100.");
    else if (adds)
        text = tr("The shares add up to %1 %.").arg(Analysis::Wording::number(sum, 2));
    else if (sum < 100.0)
        text = tr("The shares add up to %1 %: %2 points short of 100 %.")
                   .arg(Analysis::Wording::number(sum, 2), Analysis::Wording::number(100.0 - sum, 2));
    else
        text = tr("The shares add up to %1 %: %2 points over 100 %.")
                   .arg(Analysis::Wording::number(sum, 2), Analysis::Wording::number(sum - 100.0, 2));
    const bool ownShare = !adds && onlyOwnShareChanged(shares);
    if (ownShare)
        text += u' ' + tr("Only your city's share changes; the province splits the target again.");
    m_sum->setText(text);
    const bool changed = !m_filling;
    m_save->setEnabled(changed && finite && (adds || shares.isEmpty() || ownShare));
    m_revert->setEnabled(changed);
    updateChart();
    updateMap();
}

QString CityPage::save()
{
    QList<Storage::StoredCityShare> shares = editedShares();
    if (onlyOwnShareChanged(shares)) {
        // The stored split in its stored order with the own city's share in
        // its place (or after the others): only that row is written.
        QList<Storage::StoredCityShare> kept = m_document->cityShares().value(targetId());
        const auto own = std::find_if(shares.cbegin(), shares.cend(),
                                      [this](const Storage::StoredCityShare &c) { return c.city == m_ownCity; });
        const auto place = std::find_if(kept.begin(), kept.end(),
                                        [this](const Storage::StoredCityShare &c) { return c.city == m_ownCity; });
        if (place != kept.end())
            place->share = own->share;
        else
            kept.append(*own);
        shares = kept;
    }
    if (!shares.isEmpty()) {
        QList<CityShare> check;
        for (const Storage::StoredCityShare &s : shares)
            check.append({s.city, s.share});
        double sum = 0.0;
        for (const Storage::StoredCityShare &s : shares) {
            if (!std::isfinite(s.share) || s.share < 0.0 || s.share > 100.0)
                return tr("%1: the share must be a number from 0 to 100.").arg(cityLabel(s.city));
            sum += s.share;
        }
        const bool ownShare = onlyOwnShareChanged(shares);
        if (std::abs(sum - 100.0) > kShareSumTolerance && !ownShare)
            return tr("The shares add up to %1 %, not 100 %: the decomposition is saved only when they make "
                      "100 % (within 0.01 point).")
                .arg(Analysis::Wording::number(sum, 2));
        if (ownShare ? !decomposeAsStored(100.0, check).ok() : bool(checkDecomposition(check)))
            return tr("The decomposition is not valid: each city once, each share from 0 to 100, together 100 %.");
    }
    const Engine::Target *target = m_document->catalog().target(targetId());
    const QString description = tr("Decompose %1 to the cities").arg(target ? target->id : targetId());
    if (const Engine::Error error = m_document->setCityShares(targetId(), shares, description))
        return error.message;
    return {};
}

bool CityPage::onlyOwnShareChanged(const QList<Storage::StoredCityShare> &shares) const
{
    // The stored split with the own city's share (added, or) changed, every
    // other city's as stored.
    if (m_ownCity.isEmpty())
        return false;
    QList<Storage::StoredCityShare> others = m_document->cityShares().value(targetId());
    QList<Storage::StoredCityShare> edited = shares;
    const auto own = [this](const Storage::StoredCityShare &c) { return c.city == m_ownCity; };
    if (!std::any_of(edited.cbegin(), edited.cend(), own))
        return false;
    others.erase(std::remove_if(others.begin(), others.end(), own), others.end());
    edited.erase(std::remove_if(edited.begin(), edited.end(), own), edited.end());
    if (others.size() != edited.size())
        return false;
    for (const Storage::StoredCityShare &c : std::as_const(edited)) {
        const bool same = std::any_of(others.cbegin(), others.cend(), [&](const Storage::StoredCityShare &o) {
            return o.city == c.city && o.share == c.share;
        });
        if (!same)
            return false;
    }
    return true;
}

void CityPage::updateChart()
{
    const QList<Storage::StoredCityShare> shares = editedShares();
    const Engine::Target *target = m_document->catalog().target(targetId());
    Charts::BarChartData bars;
    bars.title = target ? tr("Share of %1 by city (%)").arg(target->id) : QString();
    bars.valueTitle = tr("Share of the province's target (%)");
    bars.labelPrecision = 4;
    if (!shares.isEmpty()) {
        Charts::BarSet set{tr("Share"), QColor(0x1f, 0x4e, 0x79), {}};
        // Bottom to top: the list's last city at the top of the chart.
        for (qsizetype i = shares.size() - 1; i >= 0; --i) {
            bars.categories.append(cityLabel(shares.at(i).city));
            set.values.append(shares.at(i).share);
        }
        bars.maximum = Charts::roomyMaximum(set.values);
        bars.sets.append(set);
    }
    Charts::showHorizontalBars(m_chart, bars, palette().color(QPalette::WindowText));
}

void CityPage::updateMap()
{
    const Engine::Target *target = m_document->catalog().target(targetId());
    const Engine::Indicator *indicator = target ? m_document->catalog().indicator(target->indicatorId) : nullptr;
    if (m_shading->currentData().toInt() == int(MapShading::Status)) {
        QMap<QString, QString> statuses;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QString status = m_table->item(row, StatusColumn)->data(Qt::UserRole).toString();
            if (!status.isEmpty())
                statuses.insert(m_table->item(row, CityColumn)->data(Qt::UserRole).toString(), status);
        }
        m_map->setStatuses(statuses, target ? tr("%1: each city's status on its own observed values").arg(target->id)
                                            : QString());
        return;
    }
    QMap<QString, double> values;
    for (const Storage::StoredCityShare &s : editedShares()) {
        if (std::isfinite(s.share) && target && target->value)
            values.insert(s.city, s.share / 100.0 * *target->value);
    }
    m_map->setValues(values, target ? tr("%1: each city's part").arg(target->id) : QString(),
                     indicator ? Analysis::Wording::unit(*indicator) : QString());
}

void CityPage::setMapShading(MapShading shading)
{
    m_shading->setCurrentIndex(m_shading->findData(int(shading)));
}

QString CityPage::loadBoundaryFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("The boundary file cannot be read: %1").arg(file.errorString());
    BoundaryProblem problem;
    const std::optional<BoundaryFile> boundaries = readBoundaryFile(file.readAll(), &problem);
    if (!boundaries) {
        switch (problem.code) {
        case BoundaryProblem::Code::NotJson:
            return tr("The file is not JSON: %1").arg(problem.detail);
        case BoundaryProblem::Code::NotFeatureCollection:
            return tr("The file is not a GeoJSON FeatureCollection of city areas.");
        case BoundaryProblem::Code::BadGeometry:
            return tr("Feature %1 has a polygon with fewer than three corners or no rings.").arg(problem.detail);
        case BoundaryProblem::Code::BadCoordinate:
            return tr("Feature %1 has a position that is not a longitude and latitude in degrees.")
                .arg(problem.detail);
        case BoundaryProblem::Code::NoPolygons:
            return tr("The file has no city areas (polygons).");
        }
        return {};
    }
    const QStringList cities = knownCities();
    QString property = QSettings().value(kBoundaryPropertyKey).toString();
    if (!boundaries->propertyNames.contains(property))
        property = likelyNameProperty(*boundaries, cities);
    if (property.isEmpty())
        return tr("No property of the file names our cities (长春市 … 延边朝鲜族自治州).");
    m_map->setBoundaries(*boundaries, property, cities);
    QSettings().setValue(kBoundaryKey, path);
    QSettings().setValue(kBoundaryPropertyKey, property);
    updateMap();
    return {};
}

void CityPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillTargets();
        fillTable();
    }
    QWidget::changeEvent(event);
}

void CityPage::retranslate()
{
    setWindowTitle(tr("Cities"));
    m_intro->setText(tr("The province carries each target and the cities carry it out (省负总责、市县抓落实): choose a "
                        "target and give each city's share of it."));
    m_table->setHorizontalHeaderLabels(
        {tr("City"), tr("Share (%)"), tr("The city's part"), tr("Observed (latest)"), tr("Status")});
    m_table->horizontalHeaderItem(StatusColumn)
        ->setToolTip(tr("The city's own observed values against its part: achieved when the latest value meets it, "
                        "else the observed trend so far (the same trend test as the province's targets)"));
    {
        const QSignalBlocker block(m_shading);
        const int current = std::max(0, m_shading->currentIndex());
        m_shading->clear();
        m_shading->addItem(tr("The city's part of the target"), int(MapShading::Part));
        m_shading->addItem(tr("The city's status on its observed values"), int(MapShading::Status));
        m_shading->setCurrentIndex(current);
    }
    m_shadingLabel->setText(tr("Shade the map by:"));
    m_save->setText(tr("Save decomposition"));
    m_revert->setText(tr("Revert"));
    m_loadBoundary->setText(tr("Load &boundary file…"));
    if (auto *views = findChild<QTabWidget *>(QStringLiteral("cityViews"))) {
        views->setTabText(0, tr("Chart"));
        views->setTabText(1, tr("Map"));
    }
}

} // namespace Planner::Implementation
