// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Planner::Engine {

class Catalog;
class Model;

// What one chapter of the plan contributes to the engine. Each module under
// modules/<chapter>/core implements this once and registers it in setup().
class ChapterModule
{
public:
    ChapterModule() = default;
    virtual ~ChapterModule() = default;
    Q_DISABLE_COPY_MOVE(ChapterModule)

    // Stable identifier, the module's folder name: "green_transition".
    virtual QString id() const = 0;

    // The chapter's catalog (resources/catalog/<id>.json), as compiled in.
    virtual QByteArray catalogJson() const = 0;

    // The chapter's yearly models, built from the catalog (the chapter's
    // coefficients are read once here). Indicators no model publishes are
    // projected generically. The default: no model.
    virtual std::vector<std::unique_ptr<Model>> createModels(const Catalog &catalog) const;

    // createModels(), as the Simulator takes them.
    QList<std::shared_ptr<const Model>> sharedModels(const Catalog &catalog) const;
};

// Reads the catalog JSON that a module compiled into the binary from
// resources/catalog/<moduleId>.json (Qt resource ":/catalog/<moduleId>.json").
// Only embedded data: never the file system.
QByteArray embeddedCatalogJson(const QString &moduleId);

} // namespace Planner::Engine
