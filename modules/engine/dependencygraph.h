// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Planner::Engine {

// What the ordering needs to know of a model.
struct ModelNode
{
    QString id;
    QStringList publishes;
    QStringList consumes;
};

// The order to run models in so that every model runs after the models
// whose indicators it consumes (Kahn's algorithm; among models that are
// ready, the one listed first goes first, so the order is stable). Ids
// consumed but published by no model are outside inputs and impose nothing.
// A cycle is an error whose message names the models in it and the
// indicators that link them; an indicator published twice is an error too.
Expected<QList<int>> orderModels(const QList<ModelNode> &models);

} // namespace Planner::Engine
