// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The overview dashboard: one row per target of the plan under its chapter,
// values as the scenario document judged them, filters by status, stage
// and chapter keeping exactly the rows worked out from the catalog files,
// values refreshed in place, the sparkline drawn.

#include "modules.h"

#include "engine/registry.h"
#include "storage/scenariorepository.h"
#include "storage/store.h"
#include "workbench/dashboardfilter.h"
#include "workbench/dashboardmodel.h"
#include "workbench/dashboardpage.h"
#include "workbench/scenariodocument.h"
#include "workbench/sparklinedelegate.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cmath>

using namespace Planner;
using Workbench::DashboardModel;

namespace {

// A target as the catalog files give it, read without the application's parser.
struct JsonTarget
{
    QString chapterId;
    QString indicatorNameZh;
    QString textZh;
    int year = 0;
    QString source;  // plan, announcement or planner, as the catalog file says
};

QHash<QString, JsonTarget> targetsFromCatalogFiles()
{
    QHash<QString, JsonTarget> targets;
    const QDir dir(QStringLiteral(PLANNER_SOURCE_DIR "/resources/catalog"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(name));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QString chapter = root.value(QLatin1StringView("chapter")).toObject().value(QLatin1StringView("id")).toString();
        for (const QJsonValue &indicator : root.value(QLatin1StringView("indicators")).toArray()) {
            const QJsonObject ind = indicator.toObject();
            for (const QJsonValue &target : ind.value(QLatin1StringView("targets")).toArray()) {
                const QJsonObject t = target.toObject();
                targets.insert(t.value(QLatin1StringView("id")).toString(),
                               {chapter, ind.value(QLatin1StringView("name_zh")).toString(),
                                t.value(QLatin1StringView("text_zh")).toString(),
                                t.value(QLatin1StringView("year")).toInt(),
                                t.value(QLatin1StringView("source")).toString()});
            }
        }
    }
    return targets;
}

// The plan's stages (总体要求): to 2027, 2028-2030, 2031-2035.
int stageOf(int year)
{
    return year <= 2027 ? 1 : year <= 2030 ? 2 : 3;
}

} // namespace

class TestDashboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        App::registerModules(m_modules);
        QString error;
        QVERIFY2(m_modules.buildCatalog(&m_catalog, &error), qPrintable(error));
        auto opened = Storage::Store::open(m_dir.filePath(QStringLiteral("d.sqlite")), m_catalog);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        m_document = std::make_unique<Workbench::ScenarioDocument>(*m_store, m_modules);
        // A planner's fork: the shipped scenarios are read-only.
        QVERIFY(Storage::ScenarioRepository(*m_store).fork(Storage::baselineScenarioName(), QStringLiteral("工作情景"), {}).ok());
        QVERIFY(!m_document->open(QStringLiteral("工作情景")).isError());
        m_document->waitForDraws();  // the Monte Carlo run, for probabilities
        QVERIFY(m_document->projection());
        m_json = targetsFromCatalogFiles();
        // 11 + 14 + 7 + 8 + 8 + 10 targets in the six chapter files.
        QCOMPARE(m_json.size(), 58);
    }

    void oneRowPerTargetUnderItsChapter()
    {
        DashboardModel model(m_document.get());
        QCOMPARE(model.targetCount(), m_json.size());
        QSet<QString> seen;
        for (int c = 0; c < model.rowCount(); ++c) {
            const QModelIndex chapter = model.index(c, 0);
            QVERIFY(chapter.data(DashboardModel::IsChapterRole).toBool());
            const QString chapterId = chapter.data(DashboardModel::ChapterIdRole).toString();
            QVERIFY(model.rowCount(chapter) > 0);
            for (int t = 0; t < model.rowCount(chapter); ++t) {
                const QModelIndex row = model.index(t, 0, chapter);
                QCOMPARE(row.parent(), chapter);
                const QString id = row.data(DashboardModel::TargetIdRole).toString();
                QVERIFY2(m_json.contains(id), qPrintable(id));
                QCOMPARE(m_json.value(id).chapterId, chapterId);
                QVERIFY2(!seen.contains(id), qPrintable(id));
                seen.insert(id);
            }
        }
        QCOMPARE(seen.size(), m_json.size());
    }

    void valuesAreTheDocumentsOutcomes()
    {
        DashboardModel model(m_document.get());
        int withProbability = 0;
        for (auto it = m_json.cbegin(); it != m_json.cend(); ++it) {
            const Analysis::TargetOutcome *o = m_document->outcome(it.key());
            QVERIFY2(o, qPrintable(it.key()));
            const QModelIndex row = model.indexOfTarget(it.key());
            QVERIFY(row.isValid());
            const auto cell = [&](int column, int role) { return row.siblingAtColumn(column).data(role); };
            QCOMPARE(cell(0, DashboardModel::StatusRole).toString(), o->status);
            QCOMPARE(cell(DashboardModel::YearColumn, DashboardModel::SortRole).toInt(), it.value().year);
            QCOMPARE(cell(0, DashboardModel::StageRole).toInt(), stageOf(it.value().year));
            const QVariant projected = cell(DashboardModel::ProjectedColumn, DashboardModel::SortRole);
            QCOMPARE(projected.isValid(), o->projected.has_value());
            if (o->projected)
                QCOMPARE(projected.toDouble(), *o->projected);
            const QVariant gap = cell(DashboardModel::GapColumn, DashboardModel::SortRole);
            QCOMPARE(gap.isValid(), o->gap.has_value());
            if (o->gap)
                QCOMPARE(gap.toDouble(), *o->gap);
            const QString probability = cell(DashboardModel::ProbabilityColumn, Qt::DisplayRole).toString();
            if (o->probability) {
                ++withProbability;
                QCOMPARE(probability, QStringLiteral("%1%").arg(std::lround(*o->probability * 100.0)));
            } else {
                QCOMPARE(probability, QStringLiteral("—"));
            }
            // The light and the word: readable without colour.
            QVERIFY(!cell(DashboardModel::StatusColumn, Qt::DecorationRole).value<QIcon>().isNull());
            QVERIFY(!cell(DashboardModel::StatusColumn, Qt::DisplayRole).toString().isEmpty());
        }
        QVERIFY(withProbability > 20);
        // Forest coverage: ≥ 46 % by 2035 (S-02), shown in its own row.
        const QModelIndex forest = model.indexOfTarget(QStringLiteral("S-02"));
        QCOMPARE(forest.siblingAtColumn(DashboardModel::NameColumn).data().toString(), QStringLiteral("森林覆盖率"));
        // One wording with the chapter table and the report: the plan's 46 %.
        QCOMPARE(forest.siblingAtColumn(DashboardModel::TargetColumn).data().toString(), QStringLiteral("≥ 46%"));
    }

    // A planner's working target is marked in words wherever it is listed,
    // and the overview counts the plan's own targets and the planner's apart.
    // Counted from the catalog files: 18 targets there say "source": "planner"
    // (M-01 … M-08 in 六, A-01 … A-10 in 七), the other 40 are the plan's.
    void plannersTargetsAreMarkedAndCountedApart()
    {
        DashboardModel model(m_document.get());
        int planner = 0;
        for (auto it = m_json.cbegin(); it != m_json.cend(); ++it) {
            const QString shown =
                model.indexOfTarget(it.key()).siblingAtColumn(DashboardModel::TargetIdColumn).data().toString();
            if (it.value().source == QLatin1String("planner")) {
                ++planner;
                QVERIFY2(shown.startsWith(it.key()) && shown.size() > it.key().size(), qPrintable(shown));
            } else {
                QCOMPARE(shown, it.key());
            }
        }
        QCOMPARE(planner, 18);
        int plan = 0;
        int planners = 0;
        for (const QString &status : DashboardModel::statuses()) {
            plan += model.countWithStatus(status, false);
            planners += model.countWithStatus(status, true);
        }
        QCOMPARE(plan, 58 - 18);
        QCOMPARE(planners, 18);
    }

    void filtersKeepExactlyTheirRows_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("stage");
        QTest::addColumn<QString>("chapter");
        for (const QString &s : DashboardModel::statuses())
            QTest::addRow("status %s", qPrintable(s)) << s << 0 << QString();
        for (int stage = 1; stage <= 3; ++stage)
            QTest::addRow("stage %d", stage) << QString() << stage << QString();
        for (const char *chapter : {"green_transition", "environment", "black_soil", "ecological_security",
                                    "two_mountains", "governance"})
            QTest::addRow("chapter %s", chapter) << QString() << 0 << QString::fromLatin1(chapter);
        QTest::addRow("stage 1 of environment") << QString() << 1 << QStringLiteral("environment");
        QTest::addRow("off track in stage 3") << QStringLiteral("off_track") << 3 << QString();
    }

    void filtersKeepExactlyTheirRows()
    {
        QFETCH(QString, status);
        QFETCH(int, stage);
        QFETCH(QString, chapter);
        DashboardModel model(m_document.get());
        Workbench::DashboardFilter filter;
        filter.setSourceModel(&model);
        filter.setStatus(status);
        filter.setStage(stage);
        filter.setChapter(chapter);

        QSet<QString> expected;
        for (auto it = m_json.cbegin(); it != m_json.cend(); ++it) {
            if (!status.isEmpty() && m_document->outcome(it.key())->status != status)
                continue;
            if (stage != 0 && stageOf(it.value().year) != stage)
                continue;
            if (!chapter.isEmpty() && it.value().chapterId != chapter)
                continue;
            expected.insert(it.key());
        }
        QCOMPARE(acceptedIds(filter), expected);
        QCOMPARE(filter.acceptedTargetCount(), int(expected.size()));
        // A chapter row only where some of its targets are shown.
        for (int c = 0; c < filter.rowCount(); ++c)
            QVERIFY(filter.rowCount(filter.index(c, 0)) > 0);
        filter.clearFilters();
        QCOMPARE(acceptedIds(filter).size(), m_json.size());
    }

    void searchFindsNameIdAndWords()
    {
        DashboardModel model(m_document.get());
        Workbench::DashboardFilter filter;
        filter.setSourceModel(&model);
        const QString term = QStringLiteral("森林");
        filter.setSearchText(term);
        QSet<QString> expected;
        for (auto it = m_json.cbegin(); it != m_json.cend(); ++it) {
            if (it.value().indicatorNameZh.contains(term) || it.value().textZh.contains(term))
                expected.insert(it.key());
        }
        QVERIFY(expected.contains(QStringLiteral("S-02")));
        QCOMPARE(acceptedIds(filter), expected);
        filter.setSearchText(QStringLiteral("s-02"));
        QCOMPARE(acceptedIds(filter), QSet<QString>{QStringLiteral("S-02")});
    }

    void refreshKeepsSelectionAndRows()
    {
        // An edit's projections arrive as new values for the same rows: no
        // reset, the selected target stays selected.
        Workbench::DashboardPage page(m_document.get());
        page.resize(1400, 900);
        page.show();
        QTreeView *view = page.view();
        const QModelIndex forest = page.filter()->mapFromSource(page.model()->indexOfTarget(QStringLiteral("S-02")));
        view->setCurrentIndex(forest);
        QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
        QSignalSpy changes(page.model(), &QAbstractItemModel::dataChanged);
        const Analysis::TargetOutcome before = *m_document->outcome(QStringLiteral("S-02"));
        QVERIFY(!m_document->setLeverStage(QStringLiteral("afforestation_per_year"), 3,
                                           m_document->catalog().lever(QStringLiteral("afforestation_per_year"))->max)
                     .isError());
        QCOMPARE(resets.size(), 0);
        QVERIFY(changes.size() > 0);
        QCOMPARE(view->currentIndex().data(DashboardModel::TargetIdRole).toString(), QStringLiteral("S-02"));
        // The row shows the new projection.
        const Analysis::TargetOutcome *after = m_document->outcome(QStringLiteral("S-02"));
        QVERIFY(after->projected && before.projected && *after->projected > *before.projected);
        QCOMPARE(view->currentIndex().siblingAtColumn(DashboardModel::ProjectedColumn).data(DashboardModel::SortRole).toDouble(),
                 *after->projected);
    }

    void enterAsksForTheChapter()
    {
        Workbench::DashboardPage page(m_document.get());
        page.show();
        QSignalSpy activated(&page, &Workbench::DashboardPage::indicatorActivated);
        page.view()->setFocus();
        page.view()->setCurrentIndex(page.filter()->mapFromSource(page.model()->indexOfTarget(QStringLiteral("B-01"))));
        QTest::keyClick(page.view(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toString(), QStringLiteral("black_soil"));
        QCOMPARE(activated.first().at(1).toString(),
                 m_catalog.target(QStringLiteral("B-01"))->indicatorId);
        // The filter boxes drive the proxy.
        page.stageFilter()->setCurrentIndex(page.stageFilter()->findData(2));
        QCOMPARE(page.filter()->stage(), 2);
        page.searchField()->setText(QStringLiteral("G-0"));
        QCOMPARE(page.filter()->searchText(), QStringLiteral("G-0"));
    }

    void sparklinePaints()
    {
        DashboardModel model(m_document.get());
        // PM2.5: observed years, a projection and the 27 µg/m³ ceiling of 2027.
        const QModelIndex cell = model.indexOfTarget(QStringLiteral("X-01"), DashboardModel::TrendColumn);
        const auto line = cell.data(DashboardModel::SparklineRole).value<Workbench::Sparkline>();
        QVERIFY(line.observed.size() >= 3);
        QVERIFY(!line.projected.isEmpty());
        QVERIFY(line.target.has_value());
        QCOMPARE(line.target->x(), 2027.0);
        QCOMPARE(line.target->y(), 27.0);

        QImage image(160, 24, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        Workbench::SparklineDelegate delegate(DashboardModel::SparklineRole);
        QStyleOptionViewItem option;
        option.rect = image.rect();
        option.palette.setColor(QPalette::Text, Qt::black);
        option.fontMetrics = QFontMetrics(QApplication::font());
        delegate.paint(&painter, option, cell);
        painter.end();
        int inked = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                inked += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
        }
        QVERIFY2(inked > 60, qPrintable(QString::number(inked)));
        // Nothing is drawn for a chapter row.
        QImage blank(160, 24, QImage::Format_ARGB32);
        blank.fill(Qt::white);
        QPainter p2(&blank);
        delegate.paint(&p2, option, model.index(0, DashboardModel::TrendColumn));
        p2.end();
        QCOMPARE(blank.pixel(80, 12), qRgb(255, 255, 255));
    }

private:
    static QSet<QString> acceptedIds(const Workbench::DashboardFilter &filter)
    {
        QSet<QString> ids;
        for (int c = 0; c < filter.rowCount(); ++c) {
            const QModelIndex chapter = filter.index(c, 0);
            for (int t = 0; t < filter.rowCount(chapter); ++t)
                ids.insert(filter.index(t, 0, chapter).data(DashboardModel::TargetIdRole).toString());
        }
        return ids;
    }

    QTemporaryDir m_dir;
    Engine::ModuleRegistry m_modules;
    Engine::Catalog m_catalog;
    std::unique_ptr<Storage::Store> m_store;
    std::unique_ptr<Workbench::ScenarioDocument> m_document;
    QHash<QString, JsonTarget> m_json;
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
