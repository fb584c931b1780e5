// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The engine set up with one or more chapters' catalogs and models, as the
// model test of every chapter needs it, and the checks every chapter's
// catalog must pass (each test adds its own chapter's figures). One copy for
// tests/<chapter>/tst_<chapter>_model.cpp.
//
// A test class derives from it (after QObject) and calls add() and build()
// in initTestCase(). The verify…() functions use QVERIFY, so they return early on the first
// failure and leave it recorded: call them directly from a test function and
// return when QTest::currentTestFailed() says so.

#include "engine/catalog.h"
#include "engine/lever.h"
#include "engine/model.h"
#include "engine/runresult.h"
#include "engine/scenarioinputs.h"
#include "engine/simulation.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

#include <limits>
#include <memory>
#include <optional>
#include <utility>

namespace Planner::Testing {

class ChapterModelFixture
{
public:
    // Adds a chapter module's catalog and models. expectedModels, when given,
    // is the number of models the module publishes (counted from its folder).
    template <typename Module>
    void add(const Module &module, qsizetype expectedModels = -1)
    {
        QString error;
        QVERIFY2(m_catalog.addChapterJson(module.catalogJson(), &error), qPrintable(error));
        const QList<std::shared_ptr<const Engine::Model>> own = module.sharedModels(m_catalog);
        if (expectedModels >= 0)
            QCOMPARE(own.size(), expectedModels);
        m_models.append(own);
    }

    // The simulator over everything added.
    void build()
    {
        Engine::Expected<Engine::Simulator> simulator =
            Engine::Simulator::create(m_catalog, m_catalog.levers(), m_models);
        QVERIFY2(simulator.ok(), qPrintable(simulator.error().message));
        m_simulator.emplace(simulator.takeValue());
    }

    const Engine::Catalog &catalog() const { return m_catalog; }
    const Engine::Simulator &simulator() const { return *m_simulator; }

    // The deterministic run; an empty result (with a warning) when it fails,
    // so a comparison against it fails and names the indicator.
    Engine::RunResult run(const Engine::ScenarioInputs &inputs = {}, const Engine::SimulationOptions &options = {}) const
    {
        Engine::Expected<Engine::RunResult> result = m_simulator->runDeterministic(inputs, options);
        if (!result.ok())
            qWarning("%s", qPrintable(result.error().message));
        return result.ok() ? result.takeValue() : Engine::RunResult{};
    }

    // Each lever held at one value in every year of the plan.
    static Engine::ScenarioInputs constantLevers(const QList<std::pair<QString, double>> &levers)
    {
        Engine::ScenarioInputs inputs;
        for (const auto &[id, value] : levers)
            inputs.levers.insert(id, Engine::LeverSchedule::filled(Engine::kPlanFirstYear, Engine::kPlanLastYear, value));
        return inputs;
    }

    // An indicator's central value in a year; NaN when the run has no such
    // indicator or year.
    static double valueAt(const Engine::RunResult &result, const QString &indicator, int year)
    {
        const Engine::IndicatorResult *found = result.find(indicator);
        return found ? found->central.at(year) : std::numeric_limits<double>::quiet_NaN();
    }

    // A coefficient of the catalog: its value as typed from its publication
    // (or the assumption), whether it is marked an assumption, and its
    // provenance: a unit, a source and a note saying where it was published
    // or why it was assumed, the source and the note in both languages.
    void verifyCoefficient(const QString &moduleId, const QString &id, double value, bool assumption) const
    {
        const Engine::Coefficient *c = m_catalog.coefficient(moduleId, id);
        QVERIFY2(c, qPrintable(id));
        QCOMPARE(c->value, value);
        QCOMPARE(c->assumption, assumption);
        QVERIFY2(!c->unit.isEmpty(), qPrintable(id + QStringLiteral(": unit")));
        QVERIFY2(!c->source.isEmpty() && !c->sourceZh.isEmpty(), qPrintable(id + QStringLiteral(": source")));
        QVERIFY2(!c->note.isEmpty() && !c->noteZh.isEmpty(), qPrintable(id + QStringLiteral(": says why")));
    }

    // Every lever of a chapter: count, a valid range holding its default,
    // the indicators it moves exist (in this chapter, or among
    // otherChapters: indicators of other chapters whose models read this
    // chapter's; tst_catalog checks every "moves" against the whole plan's
    // models), and its provenance (a source unless it is an assumption; a
    // note saying why in both languages).
    void verifyLeversHaveProvenance(const QString &moduleId, qsizetype expectedCount,
                                    const QStringList &otherChapters = {}) const
    {
        qsizetype own = 0;
        for (const Engine::Lever &lever : m_catalog.levers()) {
            if (lever.moduleId != moduleId)
                continue;
            ++own;
            QVERIFY2(!Engine::validateLever(lever), qPrintable(lever.id));
            QVERIFY2(lever.min <= lever.defaultValue && lever.defaultValue <= lever.max, qPrintable(lever.id));
            QVERIFY2(lever.assumption || !lever.source.isEmpty(), qPrintable(lever.id + QStringLiteral(": source")));
            QVERIFY2(!lever.note.isEmpty() && !lever.noteZh.isEmpty(), qPrintable(lever.id + QStringLiteral(": says why")));
            QVERIFY2(!lever.moves.isEmpty(), qPrintable(lever.id));
            for (const QString &moved : lever.moves)
                QVERIFY2(m_catalog.indicator(moved) || otherChapters.contains(moved),
                         qPrintable(lever.id + QStringLiteral(" moves ") + moved));
        }
        QCOMPARE(own, expectedCount);
    }

protected:
    // A chapter's test class derives from the fixture and reads these by name.
    Engine::Catalog m_catalog;
    QList<std::shared_ptr<const Engine::Model>> m_models;
    std::optional<Engine::Simulator> m_simulator;
};

} // namespace Planner::Testing
