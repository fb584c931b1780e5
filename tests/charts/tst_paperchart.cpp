// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Charts for paper (the report's): the y-axis title, the indicator's name
// and unit, is drawn whole however long the name, on as many lines as the
// axis needs, never cut short with an ellipsis.

#include "modules.h"
#include "analysis/projection.h"
#include "analysis/scenariosession.h"
#include "charts/chartdata.h"
#include "charts/chartrender.h"
#include "engine/registry.h"
#include "storage/scenario.h"
#include "storage/store.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QValueAxis>

using namespace Planner;

namespace {

// The text of every <text> element of an SVG, in document order, each with
// its XML entities resolved.
QStringList svgTexts(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString svg = QString::fromUtf8(file.readAll());
    QStringList texts;
    static const QRegularExpression element(QStringLiteral("<text[^>]*>([^<]*)</text>"));
    for (const QRegularExpressionMatch &m : element.globalMatch(svg)) {
        QTextDocument decode;
        decode.setHtml(m.captured(1));
        texts.append(decode.toPlainText());
    }
    return texts;
}

} // namespace

class TestPaperChart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        App::registerModules(m_modules);
        QString error;
        QVERIFY2(m_modules.buildCatalog(&m_catalog, &error), qPrintable(error));
        auto store = Storage::Store::open(m_dir.filePath(QStringLiteral("p.sqlite")), m_catalog);
        QVERIFY2(store.ok(), qPrintable(store.error().message));
        m_store = std::move(store.value());
        auto session = Analysis::ScenarioSession::load(*m_store, m_modules, Storage::baselineScenarioName());
        QVERIFY2(session.ok(), qPrintable(session.error().message));
        auto projection = Analysis::project(session.value(), Analysis::ProjectionRequest{});
        QVERIFY2(projection.ok(), qPrintable(projection.error().message));
        m_projection.emplace(projection.takeValue());
    }

    void longAxisTitleIsWhole_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QSize>("size");
        // The catalog's longest English name with a chart (74 characters;
        // with " (%)" 78, about 330 pt at 8 pt type: longer than the axis of
        // a chart 300 px high); the same in Chinese (18 characters of 8 pt,
        // 144 pt, plus the unit: longer than the axis of a chart 280 px
        // high). Report slots are about 590 px wide at 96 dpi (a type area
        // of 155 mm) and 280 to 420 px high.
        const QString english =
            QStringLiteral("Waste-sorting coverage of residential communities, prefecture-level cities");
        const QString chinese = QStringLiteral("地级及以上城市居民小区垃圾分类覆盖率");
        QTest::addRow("English, 590x300") << english << QSize(590, 300);
        QTest::addRow("English, 590x420") << english << QSize(590, 420);
        QTest::addRow("Chinese, 590x280") << chinese << QSize(590, 280);
        QTest::addRow("Chinese, 590x300") << chinese << QSize(590, 300);
    }

    void longAxisTitleIsWhole()
    {
        QFETCH(QString, name);
        QFETCH(QSize, size);
        Charts::ChartData data =
            Charts::ChartDataBuilder::indicatorChart(m_catalog, *m_projection, QStringLiteral("waste_sorting_coverage"));
        QVERIFY(!data.isEmpty());
        data.name = name;
        data.unit = QStringLiteral("%");
        const QString path = m_dir.filePath(QStringLiteral("paper.svg"));
        QString error;
        QVERIFY2(Charts::ChartRenderer::writeSvg(path, data, Charts::ChartStyle::print(), size, &error), qPrintable(error));
        QStringList texts = svgTexts(path);
        // The chart's title comes first (drawn above the plot; the report
        // names the indicator in its own heading): the rest holds the axis.
        QVERIFY(texts.size() > 1);
        QVERIFY(texts.first().startsWith(name.left(2)));
        texts.removeFirst();
        // No piece of the name is cut short.
        for (const QString &t : std::as_const(texts)) {
            if (!t.isEmpty() && name.contains(t.left(4)))
                QVERIFY2(!t.contains(QStringLiteral("...")) && !t.contains(QChar(0x2026)), qPrintable(t));
        }
        // Every word (every character in Chinese) of the name is drawn, in
        // order, whatever the lines it is broken into.
        const QString drawn = texts.join(QLatin1Char(' '));
        qsizetype at = 0;
        QStringList parts = name.split(QLatin1Char(' '));
        if (parts.size() == 1) {
            parts.clear();
            for (const QChar c : name)
                parts.append(QString(c));
        }
        for (const QString &part : parts) {
            at = drawn.indexOf(part, at);
            QVERIFY2(at >= 0, qPrintable(QStringLiteral("\"%1\" missing from %2").arg(part, drawn)));
            at += part.size();
        }
    }

    // The value axis of a chart drawn afresh (the screen's and the paper's):
    // worked by hand for two cases, then, for every charted indicator, the
    // same as Qt Charts' own nice numbers give (QValueAxis::applyNiceNumbers
    // on the padded range, which the screen chart used before it shared
    // the rule) -- worked here with the axis itself.
    void valueAxisAsOnScreen()
    {
        // Hand-worked: values from 11.4 to 17.0 with one decimal. Span 5.6;
        // room above 17.0 + 0.15 x 5.6 = 17.84, below 11.4 - 0.08 x 5.6 =
        // 10.952. Qt Charts' nice numbers with five ticks: the range 6.888
        // rounds up to 10, the step 10 / 4 = 2.5 to 2 (under 3); floor(10.952
        // / 2) = 5 and ceil(17.84 / 2) = 9: 10 to 18 by 2, labels with one
        // decimal (a step of 2 needs none, the indicator asks for one).
        Charts::ChartData hand;
        hand.decimals = 1;
        hand.observed = {QPointF(2020, 17.0), QPointF(2035, 11.4)};
        const Charts::ChartData::ValueTicks t = hand.valueTicks();
        QCOMPARE(t.min, 10.0);
        QCOMPARE(t.max, 18.0);
        QCOMPARE(t.ticks, (QList<double>{10, 12, 14, 16, 18}));
        QCOMPARE(t.decimals, 1);
        // A count (no decimals): 0 to 7 with room gives whole ticks. Values
        // 2 to 5: span 3, top 5.45 -> 6, bottom 1.76 -> 1; five steps of 1
        // fit under six: 1 to 6 by 1.
        Charts::ChartData count;
        count.decimals = 0;
        count.observed = {QPointF(2020, 2.0), QPointF(2030, 5.0)};
        const Charts::ChartData::ValueTicks c = count.valueTicks();
        QCOMPARE(c.min, 1.0);
        QCOMPARE(c.max, 6.0);
        QCOMPARE(c.ticks.size(), 6);

        int compared = 0;
        for (const Engine::Indicator &ind : m_catalog.indicators()) {
            const Charts::ChartData data = Charts::ChartDataBuilder::indicatorChart(m_catalog, *m_projection, ind.id);
            if (data.isEmpty())
                continue;
            const Charts::ChartData::ValueTicks paper = data.valueTicks();
            if (data.decimals <= 0)
                continue;  // counts: whole ticks, checked by hand above
            auto [lo, hi] = data.valueRange();
            const double span = hi > lo ? hi - lo : std::max(std::abs(hi) * 0.1, 1.0);
            QValueAxis axis;
            axis.setRange(lo >= 0.0 ? std::max(0.0, lo - span * 0.08) : lo - span * 0.08, hi + span * 0.15);
            axis.applyNiceNumbers();
            if (lo >= 0.0 && axis.min() < 0.0)
                axis.setMin(0.0);
            QVERIFY2(qFuzzyCompare(1.0 + paper.min, 1.0 + axis.min()), qPrintable(ind.id));
            QVERIFY2(qFuzzyCompare(1.0 + paper.max, 1.0 + axis.max()), qPrintable(ind.id));
            QCOMPARE(paper.ticks.size(), axis.tickCount());
            ++compared;
        }
        QVERIFY(compared > 30);  // the plan charts some sixty indicators, most with decimals
    }

    // Everything the legend names is drawn: the series the data hold.
    void legendNamesWhatIsDrawn()
    {
        const Charts::ChartData data =
            Charts::ChartDataBuilder::indicatorChart(m_catalog, *m_projection, QStringLiteral("waste_sorting_coverage"));
        QVERIFY(!data.targetPath.isEmpty());
        QVERIFY(!data.milestones.isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("legend.svg"));
        QString error;
        QVERIFY2(Charts::ChartRenderer::writeSvg(path, data, Charts::ChartStyle::print(), QSize(590, 360), &error),
                 qPrintable(error));
        const QStringList texts = svgTexts(path);
        // (A line mixing scripts is drawn in pieces, one per script, in order.)
        const QString drawn = texts.join(QString());
        for (const char *name : {"Target trajectory", "Observed", "Milestone targets", "Year"})
            QVERIFY2(drawn.contains(QLatin1String(name)), name);
        QVERIFY(drawn.contains(QStringLiteral("Projection P50: ") + data.scenarios.first().scenario));
        // The milestone's value over its marker (100 %, the plan's 2035
        // coverage; the axis labels it 100.0, with the indicator's decimal).
        QVERIFY(texts.contains(QStringLiteral("100")));
    }

private:
    QTemporaryDir m_dir;
    Engine::ModuleRegistry m_modules;
    Engine::Catalog m_catalog;
    std::unique_ptr<Storage::Store> m_store;
    std::optional<Analysis::Projection> m_projection;
};

QTEST_MAIN(TestPaperChart)
#include "tst_paperchart.moc"
