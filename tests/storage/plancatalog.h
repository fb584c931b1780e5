// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modules.h"

#include "engine/registry.h"

#include <QCryptographicHash>
#include <QFile>

// The application's own catalog, as the store is opened with it.
inline Planner::Engine::Catalog planCatalog()
{
    Planner::Engine::ModuleRegistry registry;
    Planner::App::registerModules(registry);
    Planner::Engine::Catalog catalog;
    QString error;
    if (!registry.buildCatalog(&catalog, &error))
        qFatal("catalog: %s", qPrintable(error));
    return catalog;
}

// A file's bytes, hashed: "left untouched" means the same hash after.
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
