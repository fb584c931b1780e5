// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The projected-versus-target chart holds what the engine produced for a
// scenario (values, not pixels): observed points, the P50 line, the band
// ordered P10 <= P50 <= P90, the target trajectory from the latest data to
// the milestone targets and markers at the milestone years, the stages; and
// PNG and SVG export give files of the requested size that readers open.

#include "modules.h"

#include "analysis/projection.h"
#include "analysis/scenariosession.h"
#include "charts/chartdata.h"
#include "charts/chartrender.h"
#include "charts/indicatorchart.h"
#include "engine/registry.h"
#include "storage/scenario.h"
#include "storage/store.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChartView>
#include <QDir>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace Planner;

namespace {

// PLANNER_CHART_OUTPUT_DIR=<folder> keeps a copy of every exported file there,
// to look at them.
void keepCopy(const QString &path)
{
    const QString folder = qEnvironmentVariable("PLANNER_CHART_OUTPUT_DIR");
    if (!folder.isEmpty()) {
        const QString copy = QDir(folder).filePath(QFileInfo(path).fileName());
        QFile::remove(copy);
        QFile::copy(path, copy);
    }
}

template<typename T>
T *series(QChart *chart, const QString &name)
{
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() == name)
            return qobject_cast<T *>(s);
    }
    return nullptr;
}

bool visibleInLegend(QChart *chart, QAbstractSeries *s)
{
    const QList<QLegendMarker *> markers = chart->legend()->markers(s);

    return !markers.isEmpty() && markers.first()->isVisible();
}

QJsonObject indicatorJson(const QString &chapter, const QString &id)
{
    QFile file(QStringLiteral(PLANNER_SOURCE_DIR "/resources/catalog/%1.json").arg(chapter));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("indicators")).toArray()) {
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

// WCAG 2: (L1 + 0.05) / (L2 + 0.05) of the relative luminances.
double contrast(const QColor &a, const QColor &b)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const auto luminance = [&](const QColor &c) {
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestIndicatorChart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        App::registerModules(m_modules);
        QString error;
        QVERIFY2(m_modules.buildCatalog(&m_catalog, &error), qPrintable(error));
        auto store = Storage::Store::open(m_dir.filePath(QStringLiteral("c.sqlite")), m_catalog);
        QVERIFY2(store.ok(), qPrintable(store.error().message));
        m_store = std::move(store.value());
        auto session = Analysis::ScenarioSession::load(*m_store, m_modules, Storage::baselineScenarioName());
        QVERIFY2(session.ok(), qPrintable(session.error().message));
        m_session.emplace(session.takeValue());
        auto projection = Analysis::project(*m_session, Analysis::ProjectionRequest{});
        QVERIFY2(projection.ok(), qPrintable(projection.error().message));
        m_projection.emplace(projection.takeValue());
    }

    // A floor today's value already keeps is a level line, not a path down
    // to it: protected land 16.69 % (2020) against "at least 16.03 %" (S-01),
    // cultivated land 11,179 万亩 against "at least 10,944" (G-01); a kept
    // ceiling likewise: PM2.5 26.9 against "at most 27".
    void keptFloorsAndCeilingsAreLevels_data()
    {
        QTest::addColumn<QString>("chapter");
        QTest::addColumn<QString>("indicator");
        QTest::addColumn<QString>("kind");
        QTest::addRow("S-01") << "ecological_security" << "protected_area_share" << "floor";
        QTest::addRow("G-01") << "green_transition" << "cultivated_land" << "floor";
        QTest::addRow("X-01") << "environment" << "pm25_annual_mean" << "ceiling";
    }

    void keptFloorsAndCeilingsAreLevels()
    {
        QFETCH(QString, chapter);
        QFETCH(QString, indicator);
        QFETCH(QString, kind);
        // The level and today's value from the shipped catalog file.
        const QJsonObject ind = indicatorJson(chapter, indicator);
        const double base = ind.value(QLatin1String("baseline")).toObject().value(QLatin1String("value")).toDouble();
        const QJsonObject target = ind.value(QLatin1String("targets")).toArray().first().toObject();
        const double level = target.value(QLatin1String("value")).toDouble();
        QVERIFY(kind == QLatin1String("floor") ? base >= level : base <= level);  // kept today

        const Charts::ChartData data = Charts::ChartDataBuilder::indicatorChart(m_catalog, *m_projection, indicator);
        // Shown in a view: a legend marker is visible only on screen.
        auto *shown = new Charts::IndicatorChart;
        QChartView view(shown);
        view.resize(900, 600);
        view.show();
        Charts::IndicatorChart &chart = *shown;
        chart.setData(data);
        QVERIFY(series<QLineSeries>(&chart, QStringLiteral("target"))->points().isEmpty());  // no path
        const QList<QPointF> line = series<QLineSeries>(&chart, kind)->points();
        QCOMPARE(line.size(), 2);
        QCOMPARE(line.first().y(), level);
        QCOMPARE(line.last().y(), level);
        QVERIFY(line.first().x() <= 2024);
        QCOMPARE(line.last().x(), 2035.0);
        // Named in the legend with its meaning and level.
        const QString name = series<QLineSeries>(&chart, kind)->name();
        QVERIFY2(name.contains(kind == QLatin1String("floor") ? QStringLiteral("at least") : QStringLiteral("at most")),
                 qPrintable(name));
        QVERIFY(visibleInLegend(&chart, series<QLineSeries>(&chart, kind)));
        QVERIFY(!visibleInLegend(&chart, series<QLineSeries>(&chart, QStringLiteral("target"))));
        // The target's year is still marked.
        QCOMPARE(series<QScatterSeries>(&chart, QStringLiteral("milestones"))->points().last(),
                 QPointF(target.value(QLatin1String("year")).toInt(), level));
    }

    // G-03: emissions peak before 2030 — a line at 2030, the height of the plot.
    void peakBeforeIsMarkedAtItsYear()
    {
        const Charts::ChartData data =
            Charts::ChartDataBuilder::indicatorChart(m_catalog, *m_projection, QStringLiteral("energy_co2_emissions_index"));
        // Shown in a view: a legend marker is visible only on screen.
        auto *shown = new Charts::IndicatorChart;
        QChartView view(shown);
        view.resize(900, 600);
        view.show();
        Charts::IndicatorChart &chart = *shown;
        chart.setData(data);
        const QList<QPointF> peak = series<QLineSeries>(&chart, QStringLiteral("peak"))->points();
        QCOMPARE(peak.size(), 2);
        QCOMPARE(peak.at(0).x(), 2030.0);
        QCOMPARE(peak.at(1).x(), 2030.0);
        QCOMPARE(peak.at(0).y(), chart.valueAxis()->min());
        QCOMPARE(peak.at(1).y(), chart.valueAxis()->max());
        QCOMPARE(series<QLineSeries>(&chart, QStringLiteral("peak"))->name(), QStringLiteral("Peak before 2030"));
        QVERIFY(visibleInLegend(&chart, series<QLineSeries>(&chart, QStringLiteral("peak"))));
    }

    // A count on whole ticks: 黑土粮仓 core bases (3, target at least 3) had
    // an axis reading "3, 3, 3, 3".
    void countsGetWholeNumberTicks()
    {
        const Charts::ChartData data =
            Charts::ChartDataBuilder::indicatorChart(m_catalog, *m_projection, QStringLiteral("black_soil_core_bases"));
        QCOMPARE(data.decimals, 0);
        Charts::IndicatorChart chart;
        chart.setData(data);
        QValueAxis *axis = chart.valueAxis();
        QCOMPARE(axis->tickType(), QValueAxis::TicksDynamic);
        QVERIFY(axis->tickInterval() >= 1.0);
        QCOMPARE(axis->tickInterval(), std::round(axis->tickInterval()));
        QCOMPARE(axis->min(), std::round(axis->min()));
        QCOMPARE(axis->max(), std::round(axis->max()));
        QVERIFY(axis->min() <= 3.0 && axis->max() >= 3.0);
        QCOMPARE(axis->labelFormat(), QStringLiteral("%.0f"));
        // Every tick a different whole number: at least two of them.
        QVERIFY((axis->max() - axis->min()) / axis->tickInterval() >= 1.0);
    }

    // The dark theme: the band's legend swatch at least 3:1 against the
    // chart's ground (WCAG 2 relative luminance).
    void darkBandSwatchContrast()
    {
        const Charts::ChartData data =
            Charts::ChartDataBuilder::indicatorChart(m_catalog, *m_projection, QStringLiteral("forest_coverage"));
        Charts::IndicatorChart chart(Charts::ChartStyle::screen(true));
        chart.setData(data);
        const QList<QLegendMarker *> markers = chart.legend()->markers(series<QAreaSeries>(&chart, QStringLiteral("band")));
        QCOMPARE(markers.size(), 1);
        const QColor swatch = markers.first()->brush().color();
        QCOMPARE(swatch.alpha(), 255);
        const double ratio = contrast(swatch, chart.backgroundBrush().color());
        QVERIFY2(ratio >= 3.0, qPrintable(QString::number(ratio)));
    }

    void forestCoverageChartHoldsTheRun()
    {
        const Charts::ChartData data =
            Charts::ChartDataBuilder::indicatorChart(m_catalog, *m_projection, QStringLiteral("forest_coverage"));
        Charts::IndicatorChart chart;
        chart.setData(data);

        // Observed: the published figures (45.2 % in 2022, 45.42 % in 2023).
        auto *observed = series<QLineSeries>(&chart, QStringLiteral("observed"));
        QVERIFY(observed);
        QCOMPARE(observed->points(), (QList<QPointF>{{2022, 45.2}, {2023, 45.42}}));

        // P50 from the latest data to 2035, equal to the engine's P50.
        const Engine::IndicatorResult *result = m_projection->result.find(QStringLiteral("forest_coverage"));
        QVERIFY(result);
        auto *p50 = series<QLineSeries>(&chart, QStringLiteral("p50"));
        QVERIFY(p50);
        QCOMPARE(p50->count(), 2035 - 2023 + 1);
        QCOMPARE(p50->at(0), QPointF(2023, 45.42));
        for (const QPointF &p : p50->points())
            QCOMPARE(p.y(), result->p50At(int(p.x())));
        // With the default 50 万亩 a year: (85,117.08 km² + 12 × 50 × 10⁴ 亩 / 1,500 亩/km²) / 187,400 km².
        QCOMPARE(qRound(result->central.at(2035) * 1e4), qRound((85117.08 + 12 * 50 * 1e4 / 1500.0) / 187400 * 1e6));

        // The band: P10 <= P50 <= P90 every year, wider at the end than at the start.
        auto *band = series<QAreaSeries>(&chart, QStringLiteral("band"));
        QVERIFY(band);
        QLineSeries *p10 = band->lowerSeries();
        QLineSeries *p90 = band->upperSeries();
        QVERIFY(p10 && p90);
        QCOMPARE(p10->objectName(), QStringLiteral("p10"));
        QCOMPARE(p90->objectName(), QStringLiteral("p90"));
        QCOMPARE(p10->count(), p50->count());
        for (int i = 0; i < p50->count(); ++i) {
            QVERIFY(p10->at(i).y() <= p50->at(i).y());
            QVERIFY(p50->at(i).y() <= p90->at(i).y());
        }
        QVERIFY(p90->points().last().y() - p10->points().last().y() > p90->at(0).y() - p10->at(0).y());
        for (int i = 0; i < p50->count(); ++i) {
            const int year = int(p50->at(i).x());
            QCOMPARE(p10->at(i).y(), result->p10.at(year - result->central.firstYear));
            QCOMPARE(p90->at(i).y(), result->p90.at(year - result->central.firstYear));
        }

        // Milestone targets X-02 (45.8 % by 2027) and S-02 (46 % by 2035), and the
        // target trajectory from the latest data point to each of them.
        auto *milestones = series<QScatterSeries>(&chart, QStringLiteral("milestones"));
        QVERIFY(milestones);
        QCOMPARE(milestones->points(), (QList<QPointF>{{2027, 45.8}, {2035, 46.0}}));
        auto *target = series<QLineSeries>(&chart, QStringLiteral("target"));
        QVERIFY(target);
        QCOMPARE(target->points(), (QList<QPointF>{{2023, 45.42}, {2027, 45.8}, {2035, 46.0}}));
        QCOMPARE(target->pen().style(), Qt::DashLine);

        // The three stages shaded and named.
        auto *stage2 = series<QAreaSeries>(&chart, QStringLiteral("stage-2"));
        QVERIFY(stage2);
        QCOMPARE(stage2->upperSeries()->at(0).x(), 2027.5);
        QCOMPARE(stage2->upperSeries()->at(1).x(), 2030.5);
        auto *stages = chart.findChild<QCategoryAxis *>(QStringLiteral("stageAxis"));
        QVERIFY(stages);
        QCOMPARE(stages->categoriesLabels(),
                 (QStringList{QStringLiteral("第一阶段 2024–2027"), QStringLiteral("第二阶段 2028–2030"),
                              QStringLiteral("第三阶段 2031–2035")}));
        // Every value on the chart lies inside the value axis.
        QVERIFY(chart.valueAxis()->min() <= 45.2 && chart.valueAxis()->max() >= p90->points().last().y());
        QCOMPARE(chart.yearAxis()->min(), 2021.5);
        QCOMPARE(chart.yearAxis()->max(), 2035.5);
        QVERIFY(chart.yearAxis()->titleText().size() > 0);
        QVERIFY(chart.valueAxis()->titleText().contains(QStringLiteral("森林覆盖率")));
        QVERIFY(chart.title().contains(QStringLiteral("1,000")) || chart.title().contains(QStringLiteral("1000")));
        QVERIFY(chart.title().contains(QStringLiteral("20240528")));
    }

    void comparisonOverlaysEachScenario()
    {
        Charts::ChartData data =
            Charts::ChartDataBuilder::indicatorChart(m_catalog, *m_projection, QStringLiteral("forest_coverage"));
        Analysis::Projection other = *m_projection;
        other.scenario = QStringLiteral("方案二");
        Engine::IndicatorResult &r = other.result.indicators[other.result.index.value(QStringLiteral("forest_coverage"))];
        for (double &v : r.p50)
            v += 1.0;
        Charts::ChartDataBuilder::addScenario(data, other);
        Charts::IndicatorChart chart;
        chart.setData(data);
        auto *first = series<QLineSeries>(&chart, QStringLiteral("p50"));
        auto *second = series<QLineSeries>(&chart, QStringLiteral("p50-2"));
        QVERIFY(first && second);
        QCOMPARE(second->count(), first->count());
        QCOMPARE(second->points().last().y(), first->points().last().y() + 1.0);
        QVERIFY(second->pen().style() != first->pen().style());  // told apart in black and white
        QVERIFY(second->name().contains(QStringLiteral("方案二")));
    }

    void pngHasTheRequestedSizeAndResolution_data()
    {
        QTest::addColumn<QSize>("pixels");
        QTest::addColumn<int>("dpi");
        QTest::newRow("slide") << QSize(1600, 900) << 150;
        QTest::newRow("print") << QSize(2480, 1400) << 300;
        QTest::newRow("small") << QSize(400, 300) << 96;
    }

    void pngHasTheRequestedSizeAndResolution()
    {
        QFETCH(QSize, pixels);
        QFETCH(int, dpi);
        const Charts::ChartData data =
            Charts::ChartDataBuilder::indicatorChart(m_catalog, *m_projection, QStringLiteral("forest_coverage"));
        const QString path = m_dir.filePath(QStringLiteral("chart-%1.png").arg(pixels.width()));
        QString error;
        QVERIFY2(Charts::ChartRenderer::writePng(path, data, Charts::ChartStyle::screen(), pixels, dpi, &error),
                 qPrintable(error));
        keepCopy(path);
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QCOMPARE(image.size(), pixels);
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
        // Drawn: the P50 line's blue is somewhere in the picture.
        bool blue = false;
        for (int y = 0; y < image.height() && !blue; y += 2) {
            for (int x = 0; x < image.width() && !blue; x += 2) {
                const QColor c = image.pixelColor(x, y);
                blue = c.blue() > 100 && c.red() < 80 && c.green() < 110;
            }
        }
        QVERIFY(blue);
    }

    void svgOpensAtTheRequestedSize()
    {
        const Charts::ChartData data =
            Charts::ChartDataBuilder::indicatorChart(m_catalog, *m_projection, QStringLiteral("forest_coverage"));
        const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
        QString error;
        QVERIFY2(Charts::ChartRenderer::writeSvg(path, data, Charts::ChartStyle::screen(), QSize(1200, 675), &error),
                 qPrintable(error));
        keepCopy(path);
        QSvgRenderer svg(path);
        QVERIFY(svg.isValid());
        // The drawing's own units are the requested pixels (its physical
        // size is that at 96 dpi).
        QCOMPARE(svg.viewBox(), QRect(0, 0, 1200, 675));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<path") || text.contains("<polyline"));  // vector, not only a bitmap
    }

    void unwritablePathIsRefusedAndLeavesNothing()
    {
        const Charts::ChartData data =
            Charts::ChartDataBuilder::indicatorChart(m_catalog, *m_projection, QStringLiteral("forest_coverage"));
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/chart.png"));
        QString error;
        QVERIFY(!Charts::ChartRenderer::writePng(path, data, Charts::ChartStyle::screen(), QSize(800, 600), 96, &error));
        QVERIFY(error.contains(path));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!Charts::ChartRenderer::writePng(m_dir.filePath(QStringLiteral("x.png")), data,
                                                 Charts::ChartStyle::screen(), QSize(10, 10), 96, &error));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
    }

private:
    QTemporaryDir m_dir;
    Engine::ModuleRegistry m_modules;
    Engine::Catalog m_catalog;
    std::unique_ptr<Storage::Store> m_store;
    std::optional<Analysis::ScenarioSession> m_session;
    std::optional<Analysis::Projection> m_projection;
};

QTEST_MAIN(TestIndicatorChart)
#include "tst_indicatorchart.moc"
