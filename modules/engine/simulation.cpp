// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/simulation.h"

#include "engine/dependencygraph.h"

namespace Planner::Engine {

Expected<Simulator> Simulator::create(const Catalog &catalog, const QList<Lever> &levers,
                                      const QList<std::shared_ptr<const Model>> &models)
{
    auto definition = std::make_shared<Detail::SimulatorDefinition>();
    definition->indicators = catalog.indicators();
    for (qsizetype i = 0; i < definition->indicators.size(); ++i)
        definition->indicatorIndex.insert(definition->indicators.at(i).id, int(i));

    for (const Lever &lever : levers) {
        if (const Error e = validateLever(lever))
            return e;
        if (definition->leverIndex.contains(lever.id))
            return makeError(QStringLiteral("id"), lever.id, 0, QStringLiteral("lever %1 is defined twice").arg(lever.id));
        definition->leverIndex.insert(lever.id, int(definition->levers.size()));
        definition->levers.append(lever);
    }

    QList<ModelNode> nodes;
    for (const std::shared_ptr<const Model> &model : models) {
        if (!model)
            return makeError(QStringLiteral("models"), {}, 0, QStringLiteral("a model is missing (null)"));
        nodes.append({model->id(), model->publishes(), model->consumes()});
    }
    const Expected<QList<int>> order = orderModels(nodes);
    if (!order.ok())
        return order.error();

    definition->publisher.assign(std::size_t(definition->indicators.size()), -1);
    for (const int m : order.value()) {
        const ModelNode &node = nodes.at(m);
        Detail::ModelBinding binding;
        binding.model = models.at(m);
        binding.id = node.id;
        for (const QString &id : node.publishes) {
            const int i = definition->indicatorIndex.value(id, -1);
            if (i < 0)
                return makeError(QStringLiteral("publishes"), id, 0,
                                 QStringLiteral("model %1 publishes %2, which is not an indicator of the catalog")
                                     .arg(node.id, id));
            binding.outputs.push_back(i);
            definition->publisher[std::size_t(i)] = int(definition->models.size());
        }
        for (const QString &id : node.consumes) {
            const int i = definition->indicatorIndex.value(id, -1);
            if (i < 0)
                return makeError(QStringLiteral("consumes"), id, 0,
                                 QStringLiteral("model %1 consumes %2, which is not an indicator of the catalog")
                                     .arg(node.id, id));
            if (node.publishes.contains(id))
                return makeError(QStringLiteral("consumes"), id, 0,
                                 QStringLiteral("model %1 both publishes and consumes %2").arg(node.id, id));
            binding.inputs.push_back(i);
        }
        for (const QString &id : binding.model->levers()) {
            const int l = definition->leverIndex.value(id, -1);
            if (l < 0)
                return makeError(QStringLiteral("levers"), id, 0,
                                 QStringLiteral("model %1 reads lever %2, which is not defined").arg(node.id, id));
            binding.levers.push_back(l);
        }
        definition->models.push_back(std::move(binding));
    }

    Simulator simulator;
    simulator.m_definition = std::move(definition);
    return simulator;
}

QStringList Simulator::modelOrder() const
{
    QStringList ids;
    for (const Detail::ModelBinding &m : m_definition->models)
        ids.append(m.id);
    return ids;
}

Expected<RunResult> Simulator::runDeterministic(const ScenarioInputs &inputs, const SimulationOptions &options) const
{
    const Expected<PreparedScenario> prepared = prepare(inputs, options);
    if (!prepared.ok())
        return prepared.error();
    return prepared.value().runDeterministic();
}

Expected<RunResult> Simulator::runMonteCarlo(const ScenarioInputs &inputs, const MonteCarloOptions &monteCarlo,
                                             const SimulationOptions &options) const
{
    if (monteCarlo.draws <= 0)  // before any other work
        return makeError(QStringLiteral("draws"), {}, 0,
                         QStringLiteral("the number of draws must be positive, not %1").arg(monteCarlo.draws));
    const Expected<PreparedScenario> prepared = prepare(inputs, options);
    if (!prepared.ok())
        return prepared.error();
    return prepared.value().runMonteCarlo(monteCarlo);
}

} // namespace Planner::Engine
