// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/chaptermodule.h"

#include <QFile>

namespace Planner::Engine {

QByteArray embeddedCatalogJson(const QString &moduleId)
{
    QFile resource(QStringLiteral(":/catalog/%1.json").arg(moduleId));
    if (!resource.open(QIODevice::ReadOnly))
        return {};
    return resource.readAll();
}

} // namespace Planner::Engine
