// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"

namespace Planner::Environment {

// 十县引领、百村示范、千村美丽、万村整治 (E-10a…d): four counts built up
// year by year from their latest data, each by its own lever:
//   count(t) = max(0, count(t − 1) + added(t))
class VillageProgrammeModel final : public Engine::Model
{
public:
    QString id() const override;
    QStringList publishes() const override;
    QStringList consumes() const override;
    QStringList levers() const override;
    void run(Engine::ModelContext &context) const override;
};

} // namespace Planner::Environment
