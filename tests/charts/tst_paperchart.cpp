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

private:
    QTemporaryDir m_dir;
    Engine::ModuleRegistry m_modules;
    Engine::Catalog m_catalog;
    std::unique_ptr<Storage::Store> m_store;
    std::optional<Analysis::Projection> m_projection;
};

QTEST_MAIN(TestPaperChart)
#include "tst_paperchart.moc"
