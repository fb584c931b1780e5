// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/provenance.h"

#include "analysis/scenariosession.h"
#include "engine/catalog.h"
#include "engine/chaptermodule.h"
#include "engine/model.h"
#include "engine/registry.h"
#include "engine/scenarioinputs.h"
#include "engine/simulation.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace Planner::Analysis {

namespace {

QString coefficientKey(const QString &chapterId, const QString &id)
{
    return chapterId + u'/' + id;
}

bool samePath(const Engine::Trajectory &a, const Engine::Trajectory &b)
{
    if (a.firstYear != b.firstYear || a.values.size() != b.values.size())
        return false;
    for (qsizetype i = 0; i < a.values.size(); ++i) {
        const double x = a.values.at(i);
        const double y = b.values.at(i);
        if (std::isnan(x) && std::isnan(y))
            continue;
        if (std::isnan(x) != std::isnan(y))
            return false;
        if (std::abs(x - y) > 1e-9 * std::max({1.0, std::abs(x), std::abs(y)}))
            return false;
    }
    return true;
}

// The scenario's setting differs from the lever's default in some year of
// the plan.
bool setAwayFromDefault(const Engine::Lever &lever, const Engine::ScenarioInputs &inputs)
{
    const auto it = inputs.levers.constFind(lever.id);
    if (it == inputs.levers.cend() || it->isEmpty())
        return false;
    for (int year = it->firstYear(); year <= it->lastYear(); ++year) {
        const std::optional<double> v = it->value(year);
        if (v && *v != lever.defaultValue)
            return true;
    }
    return false;
}

// The value an indicator starts from, as an input: the latest observation
// (imported into the scenario or published in the catalog) in the
// baseline's year or later, else the baseline. Also returns the year of
// that latest data point (0 without data).
ProvenanceInput startInput(const Engine::Indicator &indicator, const Engine::ScenarioInputs &inputs, int *dataYear)
{
    ProvenanceInput in;
    in.id = indicator.id;
    in.chapterId = indicator.chapterId;
    int latestObserved = 0;
    bool imported = false;
    for (const Engine::YearValue &o : indicator.observed) {
        if (o.year > latestObserved) {
            latestObserved = o.year;
            imported = false;
        }
    }
    for (const Engine::YearPoint &o : inputs.observed.value(indicator.id)) {
        if (o.year >= latestObserved) {  // the scenario's value wins for a year both have
            latestObserved = o.year;
            imported = true;
        }
    }
    const int baselineYear = indicator.baseline.value ? indicator.baseline.year : 0;
    if (latestObserved > 0 && latestObserved >= baselineYear) {
        in.kind = ProvenanceInput::Kind::Observation;
        in.basis = imported ? ProvenanceInput::Basis::Imported : ProvenanceInput::Basis::Published;
        in.year = latestObserved;
    } else {
        in.kind = ProvenanceInput::Kind::Baseline;
        in.year = indicator.baseline.year;
        // The store marks a scenario's override of a baseline as an
        // assumption, with the note "set by the planner in this scenario"
        // (catalogrepository.cpp), so one flag covers both.
        in.basis = indicator.baseline.assumption ? ProvenanceInput::Basis::CatalogAssumption
                                                 : ProvenanceInput::Basis::Published;
    }
    *dataYear = std::max(latestObserved, baselineYear);
    return in;
}

} // namespace

QString ProvenanceInput::key() const
{
    switch (kind) {
    case Kind::Baseline:
        return QStringLiteral("baseline:") + id;
    case Kind::Observation:
        return QStringLiteral("observed:%1:%2").arg(id).arg(year);
    case Kind::Lever:
        return QStringLiteral("lever:") + id;
    case Kind::Coefficient:
        return QStringLiteral("coefficient:") + coefficientKey(chapterId, id);
    }
    return {};
}

QList<ProvenanceInput> TargetProvenance::assumedInputs() const
{
    QList<ProvenanceInput> assumed;
    for (const ProvenanceInput &in : inputs) {
        if (in.assumed())
            assumed.append(in);
    }
    return assumed;
}

namespace {

// The indicators each chapter's coefficients can move: what the chapter's
// models publish and, onwards, what every model that reads one of those
// publishes. A chapter's coefficients are read by its own module's models
// (each module builds its models from its chapter's coefficients), so a
// change to one of them moves nothing outside this set.
QHash<QString, QSet<QString>> reachOfChapters(const Engine::Catalog &catalog, const Engine::ModuleRegistry &modules)
{
    struct Node
    {
        QStringList publishes;
        QStringList consumes;
    };
    QHash<QString, QList<Node>> modelsOf;          // module (chapter) id -> its models
    QHash<QString, QList<const Node *>> readersOf;  // indicator -> the models that read it
    for (const auto &module : modules.modules()) {
        QList<Node> &nodes = modelsOf[module->id()];
        for (const std::unique_ptr<Engine::Model> &model : module->createModels(catalog))
            nodes.append(Node{model->publishes(), model->consumes()});
    }
    for (const QList<Node> &nodes : std::as_const(modelsOf)) {
        for (const Node &node : nodes) {
            for (const QString &id : node.consumes)
                readersOf[id].append(&node);
        }
    }
    QHash<QString, QSet<QString>> reach;
    for (auto it = modelsOf.cbegin(); it != modelsOf.cend(); ++it) {
        QSet<QString> &reached = reach[it.key()];
        QStringList queue;
        for (const Node &node : it.value())
            queue.append(node.publishes);
        while (!queue.isEmpty()) {
            const QString id = queue.takeLast();
            if (reached.contains(id))
                continue;
            reached.insert(id);
            for (const Node *reader : readersOf.value(id))
                queue.append(reader->publishes);
        }
    }
    return reach;
}

} // namespace

Engine::Expected<CoefficientUse> coefficientUse(const Engine::Catalog &catalog, const Engine::ModuleRegistry &modules,
                                                const Engine::ScenarioInputs &inputs)
{
    const auto reference = [&](const Engine::Catalog &c) -> Engine::Expected<Engine::RunResult> {
        Engine::Expected<Engine::Simulator> simulator = buildSimulator(c, modules);
        if (!simulator.ok())
            return simulator.error();
        return simulator.value().runDeterministic(inputs);
    };
    Engine::Expected<Engine::RunResult> base = reference(catalog);
    if (!base.ok())
        return base.error();
    const QList<Engine::Coefficient> coefficients = catalog.coefficients();
    const auto changedValue = [](double v) { return v == 0.0 ? 1.0 : v * 1.5; };

    // The indicators whose central path differs from the base run's.
    const auto movedIn = [&](const Engine::RunResult &run) {
        QSet<QString> moved;
        for (const Engine::IndicatorResult &r : base.value().indicators) {
            const Engine::IndicatorResult *other = run.find(r.id);
            if (other && !samePath(r.central, other->central))
                moved.insert(r.id);
        }
        return moved;
    };
    // Base-run order, as a list.
    const auto inOrder = [&](const QSet<QString> &ids) {
        QStringList ordered;
        for (const Engine::IndicatorResult &r : base.value().indicators) {
            if (ids.contains(r.id))
                ordered.append(r.id);
        }
        return ordered;
    };

    // Coefficients whose chapters can move no indicator in common are
    // changed together in one run, and each is given what moved within its
    // own chapter's reach: nothing else can have moved it. This is the
    // answer of one run per coefficient (an indicator in one chapter's
    // reach depends on no coefficient of another chapter in the run), in
    // runs that grow with the plan's largest connected part instead of its
    // whole size: the province and nine cities' copies of a chapter share
    // a run. A coefficient of a chapter without a module, or of a chapter
    // already in the run, runs alone.
    const QHash<QString, QSet<QString>> reach = reachOfChapters(catalog, modules);
    struct Group
    {
        QList<qsizetype> members;
        QSet<QString> chapters;
        QSet<QString> reached;
    };
    QList<Group> groups;
    for (qsizetype k = 0; k < coefficients.size(); ++k) {
        const QString &chapter = coefficients.at(k).chapterId;
        const auto own = reach.constFind(chapter);
        Group *home = nullptr;
        if (own != reach.cend()) {
            for (Group &group : groups) {
                if (!group.chapters.isEmpty() && !group.chapters.contains(chapter)
                    && !group.reached.intersects(own.value())) {
                    home = &group;
                    break;
                }
            }
        }
        if (!home) {
            groups.append(Group{});
            home = &groups.last();
        }
        home->members.append(k);
        if (own != reach.cend()) {
            home->chapters.insert(chapter);
            home->reached.unite(own.value());
        }
    }

    CoefficientUse use;
    const auto runWith = [&](const QList<qsizetype> &members) {
        QList<Engine::Coefficient> changed = coefficients;
        for (qsizetype k : members)
            changed[k].value = changedValue(changed[k].value);
        Engine::Catalog trial = catalog;
        trial.setLeversAndCoefficients(catalog.levers(), changed);
        return reference(trial);
    };
    const auto key = [&](qsizetype k) { return coefficientKey(coefficients.at(k).chapterId, coefficients.at(k).id); };
    // One coefficient alone; a change the models refuse (a run that fails)
    // tells nothing, and the coefficient is then counted for its chapter's
    // modelled indicators.
    const auto alone = [&](qsizetype k) {
        const Engine::Expected<Engine::RunResult> run = runWith({k});
        if (run.ok()) {
            use.insert(key(k), inOrder(movedIn(run.value())));
            return;
        }
        QStringList moved;
        for (const Engine::IndicatorResult &r : base.value().indicators) {
            const Engine::Indicator *ind = catalog.indicator(r.id);
            if (r.modelled && ind && ind->chapterId == coefficients.at(k).chapterId)
                moved.append(r.id);
        }
        use.insert(key(k), moved);
    };
    for (const Group &group : groups) {
        if (group.members.size() == 1) {
            alone(group.members.first());
            continue;
        }
        const Engine::Expected<Engine::RunResult> run = runWith(group.members);
        if (!run.ok()) {
            // Which of them the models refused is not known: each alone.
            for (qsizetype k : group.members)
                alone(k);
            continue;
        }
        const QSet<QString> moved = movedIn(run.value());
        for (qsizetype k : group.members)
            use.insert(key(k), inOrder(moved & reach.value(coefficients.at(k).chapterId)));
    }
    return use;
}

QList<TargetProvenance> provenance(const Engine::Catalog &catalog, const Engine::Simulator &simulator,
                                   const Engine::ScenarioInputs &inputs, const CoefficientUse &coefficients,
                                   const QList<TargetOutcome> &outcomes, const ProvenanceOptions &options)
{
    // Indicator id -> coefficients that move it, in catalog order.
    QHash<QString, QList<const Engine::Coefficient *>> coefficientsOf;
    for (const Engine::Coefficient &c : catalog.coefficients()) {
        for (const QString &indicator : coefficients.value(coefficientKey(c.chapterId, c.id)))
            coefficientsOf[indicator].append(&c);
    }

    QList<TargetProvenance> result;
    result.reserve(outcomes.size());
    for (const TargetOutcome &outcome : outcomes) {
        TargetProvenance p;
        p.targetId = outcome.targetId;
        p.indicatorId = outcome.indicatorId;
        p.status = outcome.status;
        p.projected = outcome.status == QLatin1String("on_track") || outcome.status == QLatin1String("at_risk")
            || outcome.status == QLatin1String("off_track");
        const Engine::Indicator *own = catalog.indicator(outcome.indicatorId);
        if (!own) {
            result.append(p);
            continue;
        }
        int ownDataYear = 0;
        const ProvenanceInput ownStart = startInput(*own, inputs, &ownDataYear);
        if (outcome.status == QLatin1String("achieved") || (ownDataYear > 0 && outcome.year <= ownDataYear)) {
            // Judged on the data: the observation (or baseline) it rests on.
            if (ownDataYear > 0)
                p.inputs.append(ownStart);
            result.append(p);
            continue;
        }
        // A milestone is judged on the indicators that track it (proxies):
        // their inputs are its inputs.
        QStringList traced{own->id};
        for (const Engine::Indicator &ind : catalog.indicators()) {
            if (ind.proxyFor.contains(outcome.targetId) && !traced.contains(ind.id))
                traced.append(ind.id);
        }
        Engine::Simulator::Upstream upstream;
        for (const QString &id : std::as_const(traced)) {
            const Engine::Simulator::Upstream more = simulator.upstreamOf(id);
            for (const QString &i : more.indicators) {
                if (!upstream.indicators.contains(i))
                    upstream.indicators.append(i);
            }
            for (const QString &l : more.levers) {
                if (!upstream.levers.contains(l))
                    upstream.levers.append(l);
            }
        }
        for (const QString &id : upstream.indicators) {
            if (const Engine::Indicator *ind = catalog.indicator(id)) {
                int year = 0;
                ProvenanceInput start = startInput(*ind, inputs, &year);
                if (year > 0)
                    p.inputs.append(start);
            }
        }
        for (const QString &id : upstream.levers) {
            const Engine::Lever *lever = catalog.lever(id);
            if (!lever)
                continue;
            ProvenanceInput in;
            in.kind = ProvenanceInput::Kind::Lever;
            in.id = id;
            in.chapterId = lever->moduleId;
            if (options.documentedLevers.contains(id))
                in.basis = ProvenanceInput::Basis::Documented;
            else if (setAwayFromDefault(*lever, inputs))
                in.basis = ProvenanceInput::Basis::PlannerSetting;
            else
                in.basis = lever->assumption ? ProvenanceInput::Basis::CatalogAssumption
                                             : ProvenanceInput::Basis::Published;
            p.inputs.append(in);
        }
        QList<const Engine::Coefficient *> fixed;
        for (const QString &id : std::as_const(traced)) {
            for (const Engine::Coefficient *c : coefficientsOf.value(id)) {
                if (!fixed.contains(c))
                    fixed.append(c);
            }
        }
        for (const Engine::Coefficient *c : std::as_const(fixed)) {
            ProvenanceInput in;
            in.kind = ProvenanceInput::Kind::Coefficient;
            in.id = c->id;
            in.chapterId = c->chapterId;
            in.basis = c->assumption ? ProvenanceInput::Basis::CatalogAssumption : ProvenanceInput::Basis::Published;
            p.inputs.append(in);
        }
        result.append(p);
    }
    return result;
}

int countRestingOnAssumptions(const QList<TargetProvenance> &provenance)
{
    return int(std::count_if(provenance.cbegin(), provenance.cend(),
                             [](const TargetProvenance &p) { return p.restsOnAssumptions(); }));
}

QList<SourcedNumber> sourcedNumbers(const QList<TargetProvenance> &provenance, const Engine::Catalog &catalog)
{
    QList<SourcedNumber> numbers;
    QHash<QString, qsizetype> at;
    for (const TargetProvenance &p : provenance) {
        for (const ProvenanceInput &in : p.inputs) {
            const QString key = in.key();
            auto it = at.constFind(key);
            if (it == at.cend()) {
                it = at.insert(key, numbers.size());
                numbers.append(SourcedNumber{in, {}, {}});
            }
            SourcedNumber &n = numbers[*it];
            if (!n.targets.contains(p.targetId))
                n.targets.append(p.targetId);
            if (p.projected && in.assumed() && !n.restingOn.contains(p.targetId))
                n.restingOn.append(p.targetId);
        }
    }
    // Every other number of the catalog too, feeding no status now: the
    // baselines an observation replaced, levers and fixed numbers no target
    // depends on.
    const auto addUnused = [&](const ProvenanceInput &in) {
        if (!at.contains(in.key())) {
            at.insert(in.key(), numbers.size());
            numbers.append(SourcedNumber{in, {}, {}});
        }
    };
    for (const Engine::Indicator &ind : catalog.indicators()) {
        if (!ind.baseline.value)
            continue;
        ProvenanceInput in;
        in.kind = ProvenanceInput::Kind::Baseline;
        in.id = ind.id;
        in.chapterId = ind.chapterId;
        in.year = ind.baseline.year;
        in.basis = ind.baseline.assumption ? ProvenanceInput::Basis::CatalogAssumption : ProvenanceInput::Basis::Published;
        addUnused(in);
    }
    for (const Engine::Lever &lever : catalog.levers()) {
        ProvenanceInput in;
        in.kind = ProvenanceInput::Kind::Lever;
        in.id = lever.id;
        in.chapterId = lever.moduleId;
        in.basis = lever.assumption ? ProvenanceInput::Basis::CatalogAssumption : ProvenanceInput::Basis::Published;
        addUnused(in);
    }
    for (const Engine::Coefficient &c : catalog.coefficients()) {
        ProvenanceInput in;
        in.kind = ProvenanceInput::Kind::Coefficient;
        in.id = c.id;
        in.chapterId = c.chapterId;
        in.basis = c.assumption ? ProvenanceInput::Basis::CatalogAssumption : ProvenanceInput::Basis::Published;
        addUnused(in);
    }

    QHash<QString, int> chapterOrder;
    for (const Engine::Chapter &c : catalog.chapters())
        chapterOrder.insert(c.id, c.order);
    std::stable_sort(numbers.begin(), numbers.end(), [&](const SourcedNumber &a, const SourcedNumber &b) {
        if (a.input.assumed() != b.input.assumed())
            return a.input.assumed();
        const int ca = chapterOrder.value(a.input.chapterId);
        const int cb = chapterOrder.value(b.input.chapterId);
        if (ca != cb)
            return ca < cb;
        return int(a.input.kind) < int(b.input.kind);
    });
    return numbers;
}

} // namespace Planner::Analysis
