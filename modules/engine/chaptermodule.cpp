// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/chaptermodule.h"

#include "engine/model.h"

#include <QFile>

namespace Planner::Engine {

std::vector<std::unique_ptr<Model>> ChapterModule::createModels(const Catalog &) const
{
    return {};
}

QList<std::shared_ptr<const Model>> ChapterModule::sharedModels(const Catalog &catalog) const
{
    QList<std::shared_ptr<const Model>> models;
    for (std::unique_ptr<Model> &model : createModels(catalog))
        models.append(std::shared_ptr<const Model>(std::move(model)));
    return models;
}

QByteArray embeddedCatalogJson(const QString &moduleId)
{
    QFile resource(QStringLiteral(":/catalog/%1.json").arg(moduleId));
    if (!resource.open(QIODevice::ReadOnly))
        return {};
    return resource.readAll();
}

} // namespace Planner::Engine
