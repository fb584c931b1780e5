// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Provenance on every verdict, through the real document, models and
// widgets: a status that rests on an assumed baseline is marked with a tool
// tip naming it; importing an observation (the File menu's import path)
// clears it; the Sources and assumptions view lists an assumed baseline with
// the targets it feeds; the presentation view marks the slide; the report's
// count; and the enlarged chart's tornado ranks the levers as the command
// line's `sensitivity --json` does, each swing checked by central runs of
// our own.
//
// Expected values come from the catalog files, read here without the
// application's parser, and from the models' declared inputs, worked out by
// hand in the comments.

#include "modules.h"

#include "analysis/provenance.h"
#include "analysis/scenariosession.h"
#include "analysis/wording.h"
#include "analysis/language.h"
#include "charts/tornadochart.h"
#include "engine/registry.h"
#include "exchange/observedimport.h"
#include "reports/assumptionsection.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "workbench/chartdialog.h"
#include "workbench/dashboardmodel.h"
#include "workbench/indicatortablemodel.h"
#include "workbench/presentationview.h"
#include "workbench/scenariodocument.h"
#include "workbench/sourcesview.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Planner;
using Workbench::DashboardModel;

namespace {

const QString kScenario = QStringLiteral("provenance");

QJsonObject indicatorFromCatalogFile(const QString &chapter, const QString &id)
{
    QFile file(QStringLiteral(PLANNER_SOURCE_DIR "/resources/catalog/%1.json").arg(chapter));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the %s catalog", qPrintable(chapter));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &v : root.value(QLatin1StringView("indicators")).toArray()) {
        if (v.toObject().value(QLatin1StringView("id")).toString() == id)
            return v.toObject();
    }
    qFatal("no indicator %s", qPrintable(id));
}

QString nameOf(const QJsonObject &indicator)
{
    return Analysis::currentLanguage() == Analysis::Language::Chinese
               ? indicator.value(QLatin1StringView("name_zh")).toString()
               : indicator.value(QLatin1StringView("name_en")).toString();
}

} // namespace

class TestProvenance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        App::registerModules(m_modules);
        QString error;
        QVERIFY2(m_modules.buildCatalog(&m_catalog, &error), qPrintable(error));
        m_path = m_dir.filePath(QStringLiteral("p.sqlite"));
        auto opened = Storage::Store::open(m_path, m_catalog);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        m_document = std::make_unique<Workbench::ScenarioDocument>(*m_store, m_modules);
        m_document->setDraws(200);
        m_document->setSynchronousDraws(true);
        // The planner's own scenario: a fork of current trends (the shipped
        // templates are read-only), with A-01 given the value the plan's
        // words imply, full coverage (100 %): it ships without one.
        Storage::ScenarioRepository scenarios(*m_store);
        QVERIFY(scenarios.fork(Storage::baselineScenarioName(), kScenario, QStringLiteral("tester")).ok());
        QVERIFY(scenarios.setTargetOverride(kScenario, QStringLiteral("A-01"), 2030, 100.0, std::nullopt).ok());
        QVERIFY(!m_document->open(kScenario).isError());
        QVERIFY(m_document->projection());
    }

    // A-01 (governance.json): env_credit_rating_coverage has no model and no
    // lever; its baseline is "assumption": true, 2023, 50 %; the catalog's
    // projection is logistic_through_latest, ceiling 100, rate 0.3, so in
    // 2030 100 / (1 + (50/50)·e^(−0.3·7)) = 100 / 1.1225 = 89.1 % (the
    // catalog's note says 89.1 % too), short of full coverage (≥ 99.5 %):
    // off track, a verdict on the projection that rests on that baseline
    // alone.
    void anAssumedBaselineMarksTheStatus()
    {
        const QJsonObject ind = indicatorFromCatalogFile(QStringLiteral("governance"),
                                                         QStringLiteral("env_credit_rating_coverage"));
        QVERIFY(ind.value(QLatin1StringView("baseline")).toObject().value(QLatin1StringView("assumption")).toBool());
        const QString name = nameOf(ind);

        const Analysis::TargetOutcome *o = m_document->outcome(QStringLiteral("A-01"));
        QVERIFY(o);
        QCOMPARE(o->status, QStringLiteral("off_track"));
        QVERIFY(o->projected && std::abs(*o->projected - 89.09) < 0.05);

        DashboardModel dashboard(m_document.get());
        const QModelIndex status = dashboard.indexOfTarget(QStringLiteral("A-01"), DashboardModel::StatusColumn);
        QVERIFY(status.isValid());
        QVERIFY(status.data(DashboardModel::RestsOnAssumptionsRole).toBool());
        QVERIFY(status.data().toString().endsWith(QLatin1String(" *")));
        const QString tip = status.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(name) && tip.contains(QLatin1String("2023")), qPrintable(tip));

        Workbench::IndicatorTableModel table(m_document.get(), QStringLiteral("governance"));
        bool seen = false;
        for (int r = 0; r < table.rowCount(); ++r) {
            const QModelIndex cell = table.index(r, Workbench::IndicatorTableModel::StatusColumn);
            if (cell.data(Workbench::IndicatorTableModel::TargetIdRole).toString() != QLatin1String("A-01"))
                continue;
            seen = true;
            QVERIFY(cell.data(Workbench::IndicatorTableModel::RestsOnAssumptionsRole).toBool());
            QVERIFY(cell.data().toString().endsWith(QLatin1String(" *")));
            QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(name));
        }
        QVERIFY(seen);

        // cultivated_land (green_transition.json) is observed in 2025 above
        // the G-01 floor: achieved on the data, resting on no assumption.
        QCOMPARE(m_document->outcome(QStringLiteral("G-01"))->status, QStringLiteral("achieved"));
        const QModelIndex g01 = dashboard.indexOfTarget(QStringLiteral("G-01"), DashboardModel::StatusColumn);
        QVERIFY(!g01.data(DashboardModel::RestsOnAssumptionsRole).toBool());
        QVERIFY(!g01.data().toString().contains(u'*'));
    }

    // The coal share's baseline (green_transition.json: assumption, 2023,
    // 62 %) feeds, by the models' declared inputs: the energy-mix model,
    // which publishes it with energy use, energy intensity, the oil and gas
    // shares and the oil consumption index (G-05 on the coal share, G-04 on
    // the oil index, G-09 through its proxy energy_intensity); the carbon
    // model, which consumes it for the CO₂ index (G-03); nothing else
    // consumes those. So G-03, G-04, G-05 and G-09, in catalog order.
    void theSourcesViewListsAnAssumedBaselineWithItsTargets()
    {
        const QJsonObject ind = indicatorFromCatalogFile(QStringLiteral("green_transition"),
                                                         QStringLiteral("coal_share_energy"));
        const QJsonObject baseline = ind.value(QLatin1StringView("baseline")).toObject();
        QVERIFY(baseline.value(QLatin1StringView("assumption")).toBool());
        QCOMPARE(baseline.value(QLatin1StringView("year")).toInt(), 2023);

        Workbench::SourcesView view(m_document.get());
        view.setChapter(QStringLiteral("green_transition"));
        QTableWidget *table = view.table();
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->data(Qt::UserRole).toString() == QLatin1String("baseline:coal_share_energy"))
                row = r;
        }
        QVERIFY2(row >= 0, "the coal share's baseline is listed");
        const QString number = table->item(row, Workbench::SourcesView::NumberColumn)->text();
        QVERIFY2(number.contains(nameOf(ind)) && number.contains(QLatin1String("2023"))
                     && number.contains(QLatin1String("62")),
                 qPrintable(number));
        Analysis::ProvenanceInput assumed;
        assumed.basis = Analysis::ProvenanceInput::Basis::CatalogAssumption;
        QCOMPARE(table->item(row, Workbench::SourcesView::StandingColumn)->text(),
                 Analysis::Wording::inputStanding(assumed));
        // The reason is the catalog's note, in the language shown.
        const QString note = Analysis::currentLanguage() == Analysis::Language::Chinese
                                 ? baseline.value(QLatin1StringView("note_zh")).toString()
                                 : baseline.value(QLatin1StringView("note")).toString();
        QCOMPARE(table->item(row, Workbench::SourcesView::BasisColumn)->text(), note);
        QStringList targets = table->item(row, Workbench::SourcesView::TargetsColumn)->text().split(QStringLiteral(", "));
        for (QString &t : targets)
            t.remove(QStringLiteral(" *"));
        QCOMPARE(targets, (QStringList{QStringLiteral("G-03"), QStringLiteral("G-04"), QStringLiteral("G-05"),
                                       QStringLiteral("G-09")}));

        // Filtered to another chapter it is gone.
        view.setChapter(QStringLiteral("governance"));
        for (int r = 0; r < table->rowCount(); ++r)
            QVERIFY(table->item(r, 0)->data(Qt::UserRole).toString() != QLatin1String("baseline:coal_share_energy"));
    }

    // Governance: every indicator's baseline is an assumption and nothing
    // else feeds them (no model, lever or fixed number; no observation).
    // Its targets: A-01 … A-10, of which A-07 … A-10 are milestones that
    // no indicator tracks (no proxy_for names them): not assessable; A-02
    // and A-04 ship without a value (governance.json), not assessable too.
    // The other four (A-01 with this scenario's value, A-03, A-05, A-06)
    // are verdicts on the projection, each resting on its assumed
    // baseline: 4.
    void theReportCountsStatusesOnAssumptions()
    {
        const Analysis::ScenarioSession *session = m_document->session();
        QVERIFY(session);
        QHash<QString, Analysis::TargetOutcome> outcomes;
        for (const Engine::Indicator &ind : m_document->catalog().indicators())
            for (const Engine::Target &t : ind.targets)
                if (const Analysis::TargetOutcome *o = m_document->outcome(t.id))
                    outcomes.insert(t.id, *o);
        const auto provenance = Reports::reportProvenance(*session, m_modules, outcomes);
        QCOMPARE(Reports::statusesRestingOnAssumptions(provenance, m_document->catalog(), QStringLiteral("governance")),
                 4);
        // The whole plan counts at least those, and the document agrees.
        QCOMPARE(Reports::statusesRestingOnAssumptions(provenance, m_document->catalog()),
                 Analysis::countRestingOnAssumptions(m_document->provenance()));
    }

    void thePresentationMarksTheSlideAndListsOnI()
    {
        Workbench::PresentationView view(m_document.get());
        view.showIndicator(QStringLiteral("env_credit_rating_coverage"));
        QCOMPARE(view.assumptionMarker(), Analysis::Wording::restsOnAssumptions());
        QVERIFY(!view.assumptionsShown());
        QTest::keyClick(&view, Qt::Key_I);
        QVERIFY(view.assumptionsShown());
        const QJsonObject ind = indicatorFromCatalogFile(QStringLiteral("governance"),
                                                         QStringLiteral("env_credit_rating_coverage"));
        QVERIFY(view.assumptionsText().contains(nameOf(ind)));
        QTest::keyClick(&view, Qt::Key_I);
        QVERIFY(!view.assumptionsShown());
        // G-01 alone on cultivated land, achieved on the data: no marker.
        view.showIndicator(QStringLiteral("cultivated_land"));
        QVERIFY(view.assumptionMarker().isEmpty());
    }

    // Which indicators each fixed number moves, found by changing several
    // at once where their chapters can move nothing in common, is what one
    // run per fixed number finds: worked out here the plain way, each
    // coefficient alone ×1.5 (1 when 0) in a model built for it, its
    // central paths compared with the unchanged run's within 1e-9 of their
    // size. At least one coefficient moves something.
    void coefficientUseIsOneRunPerCoefficient()
    {
        const Engine::ScenarioInputs &inputs = m_document->session()->inputs();
        const auto use = Analysis::coefficientUse(m_catalog, m_modules, inputs);
        QVERIFY(use.ok());
        const auto run = [&](const Engine::Catalog &catalog) {
            auto simulator = Analysis::buildSimulator(catalog, m_modules);
            if (!simulator.ok())
                qFatal("no simulator");
            auto result = simulator.value().runDeterministic(inputs);
            if (!result.ok())
                qFatal("the run failed");
            return result.value();
        };
        const Engine::RunResult base = run(m_catalog);
        const QList<Engine::Coefficient> coefficients = m_catalog.coefficients();
        QVERIFY(coefficients.size() > 10);
        int moving = 0;
        for (qsizetype k = 0; k < coefficients.size(); ++k) {
            QList<Engine::Coefficient> changed = coefficients;
            changed[k].value = changed[k].value == 0.0 ? 1.0 : changed[k].value * 1.5;
            Engine::Catalog trial = m_catalog;
            trial.setLeversAndCoefficients(m_catalog.levers(), changed);
            const Engine::RunResult result = run(trial);
            QStringList expected;
            for (const Engine::IndicatorResult &r : base.indicators) {
                const Engine::IndicatorResult *other = result.find(r.id);
                bool differs = !other || other->central.values.size() != r.central.values.size();
                for (qsizetype i = 0; !differs && i < r.central.values.size(); ++i) {
                    const double x = r.central.values.at(i);
                    const double y = other->central.values.at(i);
                    if (std::isnan(x) || std::isnan(y))
                        differs = std::isnan(x) != std::isnan(y);
                    else
                        differs = std::abs(x - y) > 1e-9 * std::max({1.0, std::abs(x), std::abs(y)});
                }
                if (other && differs)
                    expected.append(r.id);
            }
            moving += !expected.isEmpty();
            const QString key = coefficients.at(k).chapterId + u'/' + coefficients.at(k).id;
            QVERIFY2(use.value().contains(key), qPrintable(key));
            QCOMPARE(use.value().value(key), expected);
        }
        QVERIFY(moving > 0);
    }

    // The CO₂ index in 2030 (G-03's year): the enlarged chart's tornado
    // lists the levers in the order the command line gives; each swing is
    // checked by two central runs of our own with that lever constant at
    // its minimum and its maximum, and the order is by those swings.
    void theTornadoRanksAsTheCommandLine()
    {
        const QString indicator = QStringLiteral("energy_co2_emissions_index");
        Workbench::ChartDialog dialog(m_document.get());
        dialog.showIndicator(indicator);
        dialog.showSensitivity(2030);
        dialog.waitForSensitivity();
        const QStringList rows = dialog.tornadoChart()->rows();
        QVERIFY(rows.size() >= 3);

        QProcess cli;
        cli.start(QStringLiteral(PLANNER_BINARY),
                  {QStringLiteral("--db"), m_path, QStringLiteral("sensitivity"), QStringLiteral("--scenario"),
                   kScenario, QStringLiteral("--indicator"), indicator, QStringLiteral("--year"),
                   QStringLiteral("2030"), QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonArray all = QJsonDocument::fromJson(cli.readAllStandardOutput()).object()
                                   .value(QLatin1StringView("bars")).toArray();
        // The chart leaves off levers that cannot move the indicator in
        // that year (a swing of 0).
        QJsonArray bars;
        for (const QJsonValue &bar : all) {
            if (bar.toObject().value(QLatin1StringView("swing")).toDouble() > 0.0)
                bars.append(bar);
        }
        QVERIFY(bars.size() < all.size());  // the forest's levers do not reach 2030's energy CO₂
        QCOMPARE(bars.size(), rows.size());

        const Analysis::ScenarioSession *session = m_document->session();
        double previous = std::numeric_limits<double>::infinity();
        for (qsizetype i = 0; i < bars.size(); ++i) {
            const QJsonObject bar = bars.at(i).toObject();
            const Engine::Lever *lever = m_document->catalog().lever(bar.value(QLatin1StringView("lever")).toString());
            QVERIFY(lever);
            QCOMPARE(rows.at(i), Analysis::Wording::catalogText(lever->nameZh, lever->nameEn));
            const auto at = [&](double setting) {
                Engine::ScenarioInputs inputs = session->inputs();
                inputs.levers[lever->id].setAllYears(setting);
                auto run = session->simulator().runDeterministic(inputs);
                return run.ok() ? run.value().find(indicator)->central.at(2030)
                                : std::numeric_limits<double>::quiet_NaN();
            };
            const double swing = std::abs(at(lever->max) - at(lever->min));
            QVERIFY2(std::abs(swing - bar.value(QLatin1StringView("swing")).toDouble()) < 1e-6 * std::max(1.0, swing),
                     qPrintable(lever->id));
            QVERIFY2(swing <= previous + 1e-9, qPrintable(lever->id));
            previous = swing;
        }
    }

    // G-06 (old diesel locomotives, 2027): the diesel-locomotive model
    // consumes nothing and reads one lever, diesel_locomotive_retirements
    // (green_transition.json: "assumption": true, the one lever whose
    // `moves` lists the indicator); the baseline is an assumption too. With
    // a document cited for that lever's setting the lever counts as
    // sourced, and the status still rests on the assumed baseline.
    void aDocumentedLeverCountsAsSourced()
    {
        const auto leverBasis = [&] {
            const Analysis::TargetProvenance *p = m_document->provenance(QStringLiteral("G-06"));
            for (const Analysis::ProvenanceInput &in : p->inputs)
                if (in.kind == Analysis::ProvenanceInput::Kind::Lever
                    && in.id == QLatin1String("diesel_locomotive_retirements"))
                    return in.basis;
            return Analysis::ProvenanceInput::Basis::Published;
        };
        QCOMPARE(leverBasis(), Analysis::ProvenanceInput::Basis::CatalogAssumption);
        m_document->setDocumentedLevers({QStringLiteral("diesel_locomotive_retirements")});
        QCOMPARE(leverBasis(), Analysis::ProvenanceInput::Basis::Documented);
        const Analysis::TargetProvenance *p = m_document->provenance(QStringLiteral("G-06"));
        QCOMPARE(p->assumedInputs().size(), 1);
        QCOMPARE(p->assumedInputs().first().kind, Analysis::ProvenanceInput::Kind::Baseline);
        QCOMPARE(p->assumedInputs().first().id, QStringLiteral("old_diesel_locomotives"));
        m_document->setDocumentedLevers({});
        QCOMPARE(leverBasis(), Analysis::ProvenanceInput::Basis::CatalogAssumption);
    }

    // An observed value imported for 2024 (60 %, the File menu's path:
    // preview, then apply) replaces the baseline: the projection now starts
    // from it, 100 / (1 + (40/60)·e^(−0.3·6)) = 90.1 % in 2030, still off
    // track, but resting on the imported figure, not on an assumption.
    void anImportedObservationClearsTheMark()
    {
        Exchange::TableRows rows{{1, {QStringLiteral("indicator"), QStringLiteral("year"), QStringLiteral("value")}},
                                 {2, {QStringLiteral("env_credit_rating_coverage"), QStringLiteral("2024"),
                                      QStringLiteral("60")}}};
        QString error;
        const auto preview = Exchange::previewObservedImport(*m_store, m_store->applicationCatalog(),
                                                             kScenario, rows, &error);
        QVERIFY2(preview, qPrintable(error));
        QCOMPARE(preview->changes.size(), 1);
        QVERIFY2(Exchange::applyObservedImport(*m_store, *preview, &error), qPrintable(error));
        QVERIFY(!m_document->reload().isError());

        const Analysis::TargetOutcome *o = m_document->outcome(QStringLiteral("A-01"));
        QCOMPARE(o->status, QStringLiteral("off_track"));
        QVERIFY(o->projected && std::abs(*o->projected - 90.07) < 0.05);
        const Analysis::TargetProvenance *p = m_document->provenance(QStringLiteral("A-01"));
        QVERIFY(p && !p->restsOnAssumptions());
        QCOMPARE(p->inputs.size(), 1);
        QCOMPARE(p->inputs.first().kind, Analysis::ProvenanceInput::Kind::Observation);
        QCOMPARE(p->inputs.first().basis, Analysis::ProvenanceInput::Basis::Imported);
        QCOMPARE(p->inputs.first().year, 2024);

        DashboardModel dashboard(m_document.get());
        const QModelIndex status = dashboard.indexOfTarget(QStringLiteral("A-01"), DashboardModel::StatusColumn);
        QVERIFY(!status.data(DashboardModel::RestsOnAssumptionsRole).toBool());
        QVERIFY(!status.data().toString().contains(u'*'));
        // The Sources view: the imported figure feeds A-01; the baseline
        // it replaced is still listed, feeding nothing now.
        Workbench::SourcesView view(m_document.get());
        view.setChapter(QStringLiteral("governance"));
        QString observedTargets;
        QString baselineTargets;
        for (int r = 0; r < view.table()->rowCount(); ++r) {
            const QString key = view.table()->item(r, 0)->data(Qt::UserRole).toString();
            const QString targets = view.table()->item(r, Workbench::SourcesView::TargetsColumn)->text();
            if (key == QLatin1String("observed:env_credit_rating_coverage:2024"))
                observedTargets = targets;
            if (key == QLatin1String("baseline:env_credit_rating_coverage"))
                baselineTargets = targets;
        }
        // A-01 alone, labelled as the planner's working target it is
        // (governance.json: "source": "planner").
        QCOMPARE(observedTargets, Analysis::Wording::targetLabel(*m_document->catalog().target(QStringLiteral("A-01"))));
        QVERIFY(observedTargets.startsWith(QLatin1String("A-01")) && !observedTargets.contains(u','));
        QVERIFY(!baselineTargets.isEmpty() && !baselineTargets.contains(QLatin1String("A-01")));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Engine::ModuleRegistry m_modules;
    Engine::Catalog m_catalog;
    std::unique_ptr<Storage::Store> m_store;
    std::unique_ptr<Workbench::ScenarioDocument> m_document;
};

QTEST_MAIN(TestProvenance)
#include "tst_provenance.moc"
