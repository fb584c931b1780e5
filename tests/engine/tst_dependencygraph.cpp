// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/dependencygraph.h"

#include <QTest>

using namespace Planner::Engine;

namespace {

ModelNode node(const char *id, const QStringList &publishes, const QStringList &consumes)
{
    return {QString::fromLatin1(id), publishes, consumes};
}

QStringList ids(const QList<ModelNode> &nodes, const QList<int> &order)
{
    QStringList list;
    for (int i : order)
        list.append(nodes.at(i).id);
    return list;
}

} // namespace

class TestDependencyGraph final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void order_data()
    {
        QTest::addColumn<QList<ModelNode>>("nodes");
        QTest::addColumn<QStringList>("expected");
        // Carbon consumes forest area: forest first although listed second.
        QTest::newRow("consumer listed first")
            << QList<ModelNode>{node("carbon", {QStringLiteral("co2")}, {QStringLiteral("forest_area")}),
                                node("forest", {QStringLiteral("forest_area")}, {})}
            << QStringList{QStringLiteral("forest"), QStringLiteral("carbon")};
        // A chain c <- b <- a, listed backwards, and an independent d that
        // keeps its place among the ready ones (stable order).
        QTest::newRow("chain")
            << QList<ModelNode>{node("c", {QStringLiteral("z")}, {QStringLiteral("y")}),
                                node("b", {QStringLiteral("y")}, {QStringLiteral("x")}),
                                node("a", {QStringLiteral("x")}, {}),
                                node("d", {QStringLiteral("w")}, {})}
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
        // Consuming a projected indicator (no model publishes it) imposes
        // nothing.
        QTest::newRow("outside input")
            << QList<ModelNode>{node("a", {QStringLiteral("x")}, {QStringLiteral("gdp")}),
                                node("b", {QStringLiteral("y")}, {})}
            << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        // Diamond: d consumes b and c, both consume a.
        QTest::newRow("diamond")
            << QList<ModelNode>{node("d", {QStringLiteral("q")}, {QStringLiteral("y"), QStringLiteral("z")}),
                                node("c", {QStringLiteral("z")}, {QStringLiteral("x")}),
                                node("b", {QStringLiteral("y")}, {QStringLiteral("x")}),
                                node("a", {QStringLiteral("x")}, {})}
            << QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("d")};
    }
    void order()
    {
        QFETCH(QList<ModelNode>, nodes);
        QFETCH(QStringList, expected);
        const Expected<QList<int>> order = orderModels(nodes);
        QVERIFY2(order.ok(), qPrintable(order.error().message));
        QCOMPARE(ids(nodes, order.value()), expected);
    }

    void cycleIsNamed()
    {
        // energy -> carbon -> forest -> energy, plus an innocent model.
        const QList<ModelNode> nodes{
            node("land", {QStringLiteral("cultivated_land")}, {}),
            node("energy", {QStringLiteral("energy_use")}, {QStringLiteral("forest_area")}),
            node("carbon", {QStringLiteral("co2")}, {QStringLiteral("energy_use")}),
            node("forest", {QStringLiteral("forest_area")}, {QStringLiteral("co2"), QStringLiteral("cultivated_land")}),
        };
        const Expected<QList<int>> order = orderModels(nodes);
        QVERIFY(!order.ok());
        const QString message = order.error().message;
        QVERIFY2(message.contains(QStringLiteral("cycle")), qPrintable(message));
        for (const char *id : {"energy", "carbon", "forest", "energy_use", "co2", "forest_area"})
            QVERIFY2(message.contains(QString::fromLatin1(id)), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("land ")), qPrintable(message));
        QCOMPARE(order.error().field, QStringLiteral("consumes"));
    }

    void selfLoopThroughTwoModels()
    {
        const QList<ModelNode> nodes{node("a", {QStringLiteral("x")}, {QStringLiteral("y")}),
                                     node("b", {QStringLiteral("y")}, {QStringLiteral("x")})};
        const Expected<QList<int>> order = orderModels(nodes);
        QVERIFY(!order.ok());
        QVERIFY2(order.error().message.contains(QStringLiteral("a -> b -> a"))
                     || order.error().message.contains(QStringLiteral("b -> a -> b")),
                 qPrintable(order.error().message));
    }

    void publishedTwice()
    {
        const QList<ModelNode> nodes{node("a", {QStringLiteral("x")}, {}), node("b", {QStringLiteral("x")}, {})};
        const Expected<QList<int>> order = orderModels(nodes);
        QVERIFY(!order.ok());
        QCOMPARE(order.error().field, QStringLiteral("publishes"));
        QCOMPARE(order.error().id, QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestDependencyGraph)
#include "tst_dependencygraph.moc"
