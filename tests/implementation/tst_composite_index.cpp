// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The composite assessment index (compositeindex.h) on a small example
// worked by hand: three targets, two tasks, two chapters A and B.
//   t1 (A) raise from 50 to 100, projected 80: 100 × 30 / 50 = 60
//   t2 (A) lower from 40 to 20, projected 45: 100 × 5 / (−20) = −25 → 0 (moved away)
//   t3 (B) raise from 10 to 20, projected 25: 100 × 15 / 10 = 150 → 100 (beyond)
//   k1 (A) 50 %, k2 (B) 80 %
// Default weights (equal targets, equal chapters, 0.7 / 0.3):
//   A: T = (60 + 0) / 2 = 30, K = 50, I = 0.7 × 30 + 0.3 × 50 = 21 + 15 = 36
//   B: T = 100, K = 80, I = 70 + 24 = 94
//   overall = (36 + 94) / 2 = 65
// Planner's weights t1 0.75, t2 0.25; chapters A 0.4, B 0.6:
//   A: T = 0.75 × 60 + 0.25 × 0 = 45, I = 31.5 + 15 = 46.5; B: I = 94
//   overall = 0.4 × 46.5 + 0.6 × 94 = 18.6 + 56.4 = 75

#include "implementation/core/compositeindex.h"
#include "implementation/core/plantask.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Planner;
using Implementation::TargetDirection;

namespace {

const QString kA = QStringLiteral("A");
const QString kB = QStringLiteral("B");

QList<Implementation::TargetProgressInput> exampleTargets()
{
    return {{QStringLiteral("t1"), kA, 50.0, 100.0, 80.0, TargetDirection::Increase},
            {QStringLiteral("t2"), kA, 40.0, 20.0, 45.0, TargetDirection::Decrease},
            {QStringLiteral("t3"), kB, 10.0, 20.0, 25.0, TargetDirection::Increase}};
}

QList<Implementation::TaskProgressInput> exampleTasks()
{
    return {{QStringLiteral("k1"), kA, 50.0}, {QStringLiteral("k2"), kB, 80.0}};
}

} // namespace

class TestGovernanceIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void targetScore_data();
    void targetScore();
    void exampleDefaultWeights();
    void examplePlannerWeights();
    void chapterWithoutTasks();
    void weightsNotAddingToOneRefused_data();
    void weightsNotAddingToOneRefused();
    void badInputRefused();
    void defaultWeightsAreData();
};

void TestGovernanceIndex::targetScore_data()
{
    QTest::addColumn<double>("base");
    QTest::addColumn<double>("target");
    QTest::addColumn<double>("projected");
    QTest::addColumn<bool>("increase");
    QTest::addColumn<double>("score");
    QTest::newRow("half way up: 100 × 25 / 50") << 50.0 << 100.0 << 75.0 << true << 50.0;
    QTest::newRow("reached") << 50.0 << 100.0 << 100.0 << true << 100.0;
    QTest::newRow("beyond") << 50.0 << 100.0 << 120.0 << true << 100.0;
    QTest::newRow("moved away") << 50.0 << 100.0 << 40.0 << true << 0.0;
    QTest::newRow("not moved") << 50.0 << 100.0 << 50.0 << true << 0.0;
    QTest::newRow("lower, 30 % of the way: 100 × (−3) / (−10)") << 40.0 << 30.0 << 37.0 << false << 30.0;
    QTest::newRow("lower, beyond") << 40.0 << 30.0 << 25.0 << false << 100.0;
    QTest::newRow("lower, moved away") << 40.0 << 30.0 << 41.0 << false << 0.0;
    QTest::newRow("no gap, held") << 85.0 << 85.0 << 85.0 << true << 100.0;
    QTest::newRow("no gap, fell") << 85.0 << 85.0 << 84.0 << true << 0.0;
    QTest::newRow("no gap to lower, rose") << 85.0 << 85.0 << 86.0 << false << 0.0;
}

void TestGovernanceIndex::targetScore()
{
    QFETCH(double, base);
    QFETCH(double, target);
    QFETCH(double, projected);
    QFETCH(bool, increase);
    QFETCH(double, score);
    const Implementation::TargetProgressInput input{QStringLiteral("t"), kA, base, target, projected,
                                                increase ? TargetDirection::Increase : TargetDirection::Decrease};
    QCOMPARE(Implementation::targetScore(input), score);
}

void TestGovernanceIndex::exampleDefaultWeights()
{
    const Engine::Expected<Implementation::CompositeIndex> index =
        Implementation::compositeIndex(exampleTargets(), exampleTasks());
    QVERIFY2(index.ok(), qPrintable(index.error().message));
    const Implementation::CompositeIndex &r = index.value();
    QCOMPARE(r.targets.size(), 3);
    QCOMPARE(r.targets.at(0).score, 60.0);
    QCOMPARE(r.targets.at(1).score, 0.0);
    QCOMPARE(r.targets.at(2).score, 100.0);
    QCOMPARE(r.chapters.size(), 2);
    QCOMPARE(r.chapters.at(0).chapterId, kA);
    QCOMPARE(r.chapters.at(0).targetComponent, 30.0);
    QCOMPARE(r.chapters.at(0).taskComponent, 50.0);
    QCOMPARE(r.chapters.at(0).index, 36.0);
    QCOMPARE(r.chapters.at(0).weight, 0.5);
    QCOMPARE(r.chapters.at(1).chapterId, kB);
    QCOMPARE(r.chapters.at(1).targetComponent, 100.0);
    QCOMPARE(r.chapters.at(1).taskComponent, 80.0);
    QCOMPARE(r.chapters.at(1).index, 94.0);
    QCOMPARE(r.chapters.at(1).targetCount, 1);
    QCOMPARE(r.chapters.at(1).taskCount, 1);
    QCOMPARE(r.overall, 65.0);
}

void TestGovernanceIndex::examplePlannerWeights()
{
    Implementation::IndexWeights weights;
    weights.targetsInChapter.insert(kA, {{QStringLiteral("t1"), 0.75}, {QStringLiteral("t2"), 0.25}});
    weights.chapters = {{kA, 0.4}, {kB, 0.6}};
    const Engine::Expected<Implementation::CompositeIndex> index =
        Implementation::compositeIndex(exampleTargets(), exampleTasks(), weights);
    QVERIFY2(index.ok(), qPrintable(index.error().message));
    QCOMPARE(index.value().chapters.at(0).targetComponent, 45.0);
    QCOMPARE(index.value().chapters.at(0).index, 46.5);
    QCOMPARE(index.value().chapters.at(1).index, 94.0);
    QVERIFY(std::abs(index.value().overall - 75.0) < 1e-9);
}

void TestGovernanceIndex::chapterWithoutTasks()
{
    // Only k1: chapter B has targets alone, so I_B = T_B = 100;
    // overall = (36 + 100) / 2 = 68. Only tasks: I = K, overall = (50 + 80) / 2 = 65.
    const Engine::Expected<Implementation::CompositeIndex> index =
        Implementation::compositeIndex(exampleTargets(), {exampleTasks().first()});
    QVERIFY2(index.ok(), qPrintable(index.error().message));
    QCOMPARE(index.value().chapters.at(1).index, 100.0);
    QVERIFY(std::isnan(index.value().chapters.at(1).taskComponent));
    QCOMPARE(index.value().overall, 68.0);
    const Engine::Expected<Implementation::CompositeIndex> tasksOnly = Implementation::compositeIndex({}, exampleTasks());
    QVERIFY2(tasksOnly.ok(), qPrintable(tasksOnly.error().message));
    QCOMPARE(tasksOnly.value().overall, 65.0);
}

void TestGovernanceIndex::weightsNotAddingToOneRefused_data()
{
    QTest::addColumn<double>("targets");
    QTest::addColumn<double>("tasks");
    QTest::addColumn<double>("chapterA");
    QTest::addColumn<double>("chapterB");
    QTest::addColumn<double>("t1");
    QTest::addColumn<double>("t2");
    QTest::addColumn<QString>("sum");
    // A negative chapter weight (−1) means "leave the chapter weights empty";
    // a negative target weight likewise.
    QTest::newRow("targets 0.6 + tasks 0.3 = 0.9") << 0.6 << 0.3 << -1.0 << -1.0 << -1.0 << -1.0
                                                  << QStringLiteral("0.900000");
    QTest::newRow("targets 0.8 + tasks 0.3 = 1.1") << 0.8 << 0.3 << -1.0 << -1.0 << -1.0 << -1.0
                                                  << QStringLiteral("1.100000");
    QTest::newRow("chapters 0.5 + 0.6 = 1.1") << 0.7 << 0.3 << 0.5 << 0.6 << -1.0 << -1.0 << QStringLiteral("1.100000");
    QTest::newRow("targets of A 0.5 + 0.4 = 0.9") << 0.7 << 0.3 << -1.0 << -1.0 << 0.5 << 0.4
                                                 << QStringLiteral("0.900000");
}

void TestGovernanceIndex::weightsNotAddingToOneRefused()
{
    QFETCH(double, targets);
    QFETCH(double, tasks);
    QFETCH(double, chapterA);
    QFETCH(double, chapterB);
    QFETCH(double, t1);
    QFETCH(double, t2);
    QFETCH(QString, sum);
    Implementation::IndexWeights weights;
    weights.targets = targets;
    weights.tasks = tasks;
    if (chapterA >= 0.0)
        weights.chapters = {{kA, chapterA}, {kB, chapterB}};
    if (t1 >= 0.0)
        weights.targetsInChapter.insert(kA, {{QStringLiteral("t1"), t1}, {QStringLiteral("t2"), t2}});
    const Engine::Expected<Implementation::CompositeIndex> index =
        Implementation::compositeIndex(exampleTargets(), exampleTasks(), weights);
    QVERIFY(!index.ok());
    QCOMPARE(index.error().field, QStringLiteral("weight"));
    QVERIFY2(index.error().message.contains(sum), qPrintable(index.error().message));
}

void TestGovernanceIndex::badInputRefused()
{
    // A chapter weight missing for B.
    Implementation::IndexWeights weights;
    weights.chapters = {{kA, 1.0}};
    QVERIFY(!Implementation::compositeIndex(exampleTargets(), exampleTasks(), weights).ok());
    // A target weight missing for t2.
    Implementation::IndexWeights partial;
    partial.targetsInChapter.insert(kA, {{QStringLiteral("t1"), 1.0}});
    QVERIFY(!Implementation::compositeIndex(exampleTargets(), exampleTasks(), partial).ok());
    // Progress above 100 %, a target given twice, a NaN projection, nothing at all.
    QList<Implementation::TaskProgressInput> tasks = exampleTasks();
    tasks[0].progress = 120.0;
    QCOMPARE(Implementation::compositeIndex(exampleTargets(), tasks).error().field, QStringLiteral("progress"));
    QList<Implementation::TargetProgressInput> targets = exampleTargets();
    targets.append(targets.first());
    QCOMPARE(Implementation::compositeIndex(targets, exampleTasks()).error().field, QStringLiteral("targetId"));
    targets = exampleTargets();
    targets[2].projected = std::numeric_limits<double>::quiet_NaN();
    QCOMPARE(Implementation::compositeIndex(targets, exampleTasks()).error().field, QStringLiteral("value"));
    QVERIFY(!Implementation::compositeIndex({}, {}).ok());
}

void TestGovernanceIndex::defaultWeightsAreData()
{
    // plan_tasks.json "assessment_weights": 0.7 / 0.3, chapters and
    // targets equal (empty maps).
    const Engine::Expected<Implementation::IndexWeights> weights =
        Implementation::indexWeightsFromJson(Implementation::embeddedPlanTasksJson());
    QVERIFY2(weights.ok(), qPrintable(weights.error().message));
    QCOMPARE(weights.value().targets, 0.7);
    QCOMPARE(weights.value().tasks, 0.3);
    QVERIFY(weights.value().chapters.isEmpty());
    QVERIFY(weights.value().targetsInChapter.isEmpty());
    // Planner-set weights from JSON.
    const Engine::Expected<Implementation::IndexWeights> set = Implementation::indexWeightsFromJson(
        R"({"assessment_weights":{"targets":0.6,"tasks":0.4,"chapters":{"A":0.4,"B":0.6}}})");
    QVERIFY(set.ok());
    QCOMPARE(set.value().tasks, 0.4);
    QCOMPARE(set.value().chapters.value(kB), 0.6);
    // A: 0.6 × 30 + 0.4 × 50 = 38; B: 0.6 × 100 + 0.4 × 80 = 92; 0.4 × 38 + 0.6 × 92 = 15.2 + 55.2 = 70.4.
    const Engine::Expected<Implementation::CompositeIndex> index =
        Implementation::compositeIndex(exampleTargets(), exampleTasks(), set.value());
    QVERIFY2(index.ok(), qPrintable(index.error().message));
    QVERIFY(std::abs(index.value().overall - 70.4) < 1e-9);
}

QTEST_GUILESS_MAIN(TestGovernanceIndex)
#include "tst_composite_index.moc"
