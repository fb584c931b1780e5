// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The plan's measures as tasks (resources/catalog/plan_tasks.json)
// against the plan's text. Counted by hand from
// the plan's text (resources/plan/plan-excerpt.zh.txt): a measure is a paragraph of
// chapters 二 to 七 that opens with a title sentence ending in 。 (the PDF
// extraction merged four of them in 三(四) and a few with the next heading).
//
// 二 绿色引领 (green_transition), 13:
//   (一) 强化空间布局引领; 优化国土空间开发保护体系                                  2
//   (二) 完善落实"双碳"工作机制; 推进重点领域减污降碳协同增效; 充分挖掘资源碳汇潜能     3
//   (三) 推进重点行业绿色化改造; 培育绿色发展新动能                                  2
//   (四) 推进清洁能源快速发展; 优化能源消费结构                                      2
//   (五) 加快交通运输体系升级; 大力推广新能源汽车                                    2
//   (六) 加强资源能源节约集约和高效利用; 推动原材料和资源循环高效利用                  2
// 三 环境增彩 (environment), 13:
//   (一) 加强多污染物协同控制和区域协同治理; 突出重点领域治理                          2
//   (二) 强化水资源保护利用; 提升水环境质量; 推动水生态保护修复                        3
//   (三) 全域推进"无废城市"建设; 加强化学品环境风险防控和新污染物治理;
//        强化生态环境与健康管理; 提升声环境质量                                       4
//   (四) 建设美丽城市; 建设美丽城镇; 建设美丽乡村; 建设"美丽细胞"                      4
// 四 黑土强基 (black_soil), 7:
//   (一) 巩固提升黑土地质量; 强化分区分类整治修复                                    2
//   (二) 全面提升粮食生产能力; 完善科技支撑创新驱动                                  2
//   (三) 强化农用地风险管控; 推进建设用地安全利用; 严防地下水污染风险                  3
// 五 安全筑底 (ecological_security), 12:
//   (一) 巩固"两屏两廊"生态安全屏障; 构建分级分类自然保护地网络                      2
//   (二) 强化生态系统整体性保护修复; 加强长白山森林生态系统保护; 完善生态系统监督管理体系 3
//   (三) 健全生物多样性保护网络; 构建生物多样性保护监测体系                           2
//   (四) 健全生态安全工作体系; 确保核与辐射安全; 加强生物安全管理; 严密防范环境风险;
//        有效应对气候变化不利影响和风险                                             5
// 六 "两山"驱动 (two_mountains), 7:
//   (一) 丰富生态农特产品供给; 大力发展林下经济; 完善全链条乡村产业体系                3
//   (二) 提升生态旅游品质; 推动生态旅游资源保护开发协同                              2
//   (三) 健全生态产品价值实现机制; 推动构筑多渠道的"两山"转化路径                    2
// 七 多元共治 (governance), 14:
//   (一) 落实生态环境保护领导责任; 压实企业生态环境保护主体责任; 健全环境治理全民行动体系 3
//   (二) 完善生态环境法规标准体系; 健全生态环境管理制度体系; 推动构建区域联保共治机制   3
//   (三) 构建统一规范的市场交易体系; 积极创新绿色金融产品和服务                       2
//   (四) 建设现代化生态环境监测体系; 提升生态环境科技支撑水平; 加快美丽吉林数字赋能     3
//   (五) 培育全社会生态意识; 繁荣弘扬生态文化; 践行绿色低碳生活方式                   3
// In all 13 + 13 + 7 + 12 + 7 + 14 = 66.

#include "implementation/core/plantask.h"

#include "engine/stages.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Planner;

namespace {

// The plan's text and the tasks' text compared alike: no spaces or line
// breaks, no Markdown '#', and the PDF's half-width punctuation and the
// tasks' full-width punctuation folded to one spelling.
QString comparable(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("[\\s#]")));
    static const QList<std::pair<QString, QString>> folds{
        {QStringLiteral("，"), QStringLiteral(",")}, {QStringLiteral("："), QStringLiteral(":")},
        {QStringLiteral("；"), QStringLiteral(";")}, {QStringLiteral("（"), QStringLiteral("(")},
        {QStringLiteral("）"), QStringLiteral(")")}, {QStringLiteral("“"), QStringLiteral("\"")},
        {QStringLiteral("”"), QStringLiteral("\"")}, {QStringLiteral("？"), QStringLiteral("?")},
        {QStringLiteral("！"), QStringLiteral("!")}};
    for (const auto &[from, to] : folds)
        text.replace(from, to);
    return text;
}

} // namespace

class TestGovernanceTasks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countPerChapter_data();
    void countPerChapter();
    void idsUniqueAndWellFormed();
    void titlesVerbatimInPlan();
    void textsVerbatimInPlan();
    void dueYearsAndStages();
    void responsibleDefaults();
    void parserRefusesBadInput_data();
    void parserRefusesBadInput();

private:
    QList<Implementation::PlanTask> m_tasks;
    QString m_plan;  // comparable(plan text), the news line inserted mid-paragraph removed
};

void TestGovernanceTasks::initTestCase()
{
    QString error;
    m_tasks = Implementation::planTasksFromJson(Implementation::embeddedPlanTasksJson(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QFile file(QStringLiteral(PLANNER_SOURCE_DIR "/resources/plan/plan-excerpt.zh.txt"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    // The extraction put the release's news sentence (近日,中共吉林省委…) in the
    // middle of 四(二) 全面提升粮食生产能力; it is not the plan's text.
    lines.removeIf([](const QString &line) {
        return line.contains(QStringLiteral("近日")) && line.contains(QStringLiteral("印发"));
    });
    m_plan = comparable(lines.join(QString()));
    QVERIFY(m_plan.size() > 9000);  // the excerpt runs to about 9,900 characters
}

void TestGovernanceTasks::countPerChapter_data()
{
    QTest::addColumn<QString>("chapter");
    QTest::addColumn<int>("count");
    // The hand counts of the list at the top of this file.
    QTest::newRow("二 green_transition") << QStringLiteral("green_transition") << 13;
    QTest::newRow("三 environment") << QStringLiteral("environment") << 13;
    QTest::newRow("四 black_soil") << QStringLiteral("black_soil") << 7;
    QTest::newRow("五 ecological_security") << QStringLiteral("ecological_security") << 12;
    QTest::newRow("六 two_mountains") << QStringLiteral("two_mountains") << 7;
    QTest::newRow("七 governance") << QStringLiteral("governance") << 14;
    QTest::newRow("all") << QString() << 66;
}

void TestGovernanceTasks::countPerChapter()
{
    QFETCH(QString, chapter);
    QFETCH(int, count);
    const auto n = std::count_if(m_tasks.cbegin(), m_tasks.cend(), [&](const Implementation::PlanTask &task) {
        return chapter.isEmpty() || task.chapter == chapter;
    });
    QCOMPARE(int(n), count);
}

void TestGovernanceTasks::idsUniqueAndWellFormed()
{
    // T-<chapter numeral as 02..07>-<section>-<order>, the numeral matching the chapter.
    const QHash<QString, QString> chapterOfNumeral{
        {QStringLiteral("02"), QStringLiteral("green_transition")}, {QStringLiteral("03"), QStringLiteral("environment")},
        {QStringLiteral("04"), QStringLiteral("black_soil")},       {QStringLiteral("05"), QStringLiteral("ecological_security")},
        {QStringLiteral("06"), QStringLiteral("two_mountains")},    {QStringLiteral("07"), QStringLiteral("governance")}};
    const QRegularExpression pattern(QStringLiteral("^T-(0[2-7])-(\\d\\d)-(\\d)$"));
    QSet<QString> ids;
    for (const Implementation::PlanTask &task : std::as_const(m_tasks)) {
        QVERIFY2(!ids.contains(task.id), qPrintable(task.id));
        ids.insert(task.id);
        const QRegularExpressionMatch match = pattern.match(task.id);
        QVERIFY2(match.hasMatch(), qPrintable(task.id));
        QCOMPARE(task.chapter, chapterOfNumeral.value(match.captured(1)));
        // The section numeral in section_zh matches the id: （一） is 01.
        const int section = match.captured(2).toInt();
        QVERIFY2(task.sectionZh.startsWith(QStringLiteral("（%1）").arg(QStringLiteral("一二三四五六七八九").at(section - 1))),
                 qPrintable(task.id));
    }
    QCOMPARE(ids.size(), 66);
    QVERIFY(ids.contains(QStringLiteral("T-02-01-1")));
    QVERIFY(ids.contains(QStringLiteral("T-07-05-3")));
}

void TestGovernanceTasks::titlesVerbatimInPlan()
{
    for (const Implementation::PlanTask &task : std::as_const(m_tasks)) {
        // The title is a sentence of its own: followed by 。 in the plan.
        const QString needle = comparable(task.titleZh) + QStringLiteral("。");
        QVERIFY2(m_plan.contains(needle), qPrintable(task.id + QLatin1Char(' ') + task.titleZh));
        QVERIFY2(!task.titleEn.isEmpty(), qPrintable(task.id));
        QVERIFY2(!task.titleZh.contains(QLatin1Char(' ')), qPrintable(task.id));
    }
    // Two by hand: the first measure of the plan and one with quotes.
    QCOMPARE(m_tasks.first().titleZh, QStringLiteral("强化空间布局引领"));
    QVERIFY(m_plan.contains(comparable(QStringLiteral("完善落实“双碳”工作机制。"))));
}

void TestGovernanceTasks::textsVerbatimInPlan()
{
    for (const Implementation::PlanTask &task : std::as_const(m_tasks)) {
        QVERIFY2(!task.textZh.isEmpty(), qPrintable(task.id));
        // Title and text follow each other in the plan.
        const QString paragraph = comparable(task.titleZh + QStringLiteral("。") + task.textZh);
        QVERIFY2(m_plan.contains(paragraph), qPrintable(task.id));
        // Full-width punctuation only, no stray spaces.
        for (const QChar c : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char(':'), QLatin1Char('"'),
                              QLatin1Char('('), QLatin1Char(' ')})
            QVERIFY2(!task.textZh.contains(c), qPrintable(task.id + QLatin1Char(' ') + c));
    }
    // By hand: 二(二) 完善落实"双碳"工作机制 is one sentence.
    QCOMPARE(m_tasks.at(2).textZh, QStringLiteral("有计划、分步骤实施碳达峰行动，确保2030年前实现碳达峰。"));
}

void TestGovernanceTasks::dueYearsAndStages()
{
    for (const Implementation::PlanTask &task : std::as_const(m_tasks)) {
        QCOMPARE(task.stage, Engine::stageOfYear(task.dueYear));
        if (task.dueYearSource == QStringLiteral("plan")) {
            // The year is the text's: written there, or 十五五 (2026–2030).
            const bool written = task.textZh.contains(QString::number(task.dueYear))
                || (task.dueYear == 2030 && task.textZh.contains(QStringLiteral("十五五")));
            QVERIFY2(written, qPrintable(task.id));
        } else {
            QCOMPARE(task.dueYearSource, QStringLiteral("planner"));
            QCOMPARE(task.dueYear, 2035);
            QVERIFY2(!task.textZh.contains(QRegularExpression(QStringLiteral("20(2[4-9]|3[0-5])"))), qPrintable(task.id));
        }
    }
    // By hand: 确保2030年前实现碳达峰 → 2030, stage 2 (2028–2030);
    // 到2027年，新增汽车中新能源汽车占比力争达到45% → 2027, stage 1;
    // 到2027年…；到2035年…(加快交通运输体系升级) → the later year, 2035, stage 3.
    const auto byId = [&](const char *id) {
        return *std::find_if(m_tasks.cbegin(), m_tasks.cend(),
                             [&](const Implementation::PlanTask &t) { return t.id == QLatin1StringView(id); });
    };
    QCOMPARE(byId("T-02-02-1").dueYear, 2030);
    QCOMPARE(byId("T-02-02-1").stage, 2);
    QCOMPARE(byId("T-02-05-2").dueYear, 2027);
    QCOMPARE(byId("T-02-05-2").stage, 1);
    QCOMPARE(byId("T-02-05-1").dueYear, 2035);
    QCOMPARE(byId("T-02-04-2").dueYear, 2030);  // 石油消费"十五五"时期进入峰值平台期
    QCOMPARE(byId("T-02-04-2").dueYearSource, QStringLiteral("plan"));
}

void TestGovernanceTasks::responsibleDefaults()
{
    for (const Implementation::PlanTask &task : std::as_const(m_tasks)) {
        QVERIFY2(task.responsibleZh.startsWith(QStringLiteral("省")), qPrintable(task.id));
        QVERIFY2(!task.responsibleEn.isEmpty(), qPrintable(task.id));
        QCOMPARE(task.responsibleSource, QStringLiteral("planner"));
        // Seeded as not started; the planner records progress and evidence.
        QCOMPARE(task.status, QStringLiteral("not_started"));
        QCOMPARE(task.progress, 0.0);
    }
}

void TestGovernanceTasks::parserRefusesBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray ok = R"({"id":"T-02-01-1","chapter":"green_transition","title_zh":"强化空间布局引领","stage":3,"due_year":2035})";
    QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("not valid JSON");
    QTest::newRow("no tasks") << QByteArray("{}") << QStringLiteral("no \"tasks\"");
    QTest::newRow("duplicate id") << QByteArray("{\"tasks\":[" + ok + "," + ok + "]}") << QStringLiteral("appears twice");
    QTest::newRow("stage off")
        << QByteArray(R"({"tasks":[{"id":"T","chapter":"c","title_zh":"t","stage":1,"due_year":2030}]})")
        << QStringLiteral("falls in stage 2");
    QTest::newRow("year outside")
        << QByteArray(R"({"tasks":[{"id":"T","chapter":"c","title_zh":"t","stage":3,"due_year":2040}]})")
        << QStringLiteral("outside");
    QTest::newRow("unknown status")
        << QByteArray(R"({"tasks":[{"id":"T","chapter":"c","title_zh":"t","stage":3,"due_year":2035,"status":"late"}]})")
        << QStringLiteral("unknown status");
    QTest::newRow("progress over 100")
        << QByteArray(R"({"tasks":[{"id":"T","chapter":"c","title_zh":"t","stage":3,"due_year":2035,"progress":120}]})")
        << QStringLiteral("progress 120");
    QTest::newRow("no title") << QByteArray(R"({"tasks":[{"id":"T","chapter":"c","stage":3,"due_year":2035}]})")
                              << QStringLiteral("no title_zh");
}

void TestGovernanceTasks::parserRefusesBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    const QList<Implementation::PlanTask> tasks = Implementation::planTasksFromJson(json, &error);
    QVERIFY(tasks.isEmpty());
    QVERIFY2(error.contains(expected), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestGovernanceTasks)
#include "tst_plan_tasks.moc"
