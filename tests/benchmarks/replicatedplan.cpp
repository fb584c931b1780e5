// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicatedplan.h"

#include "engine/catalog.h"
#include "engine/chaptermodule.h"
#include "engine/model.h"
#include "engine/registry.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <memory>

namespace Planner::Benchmarks {

namespace {

QStringList suffixed(const QStringList &ids, const QString &suffix)
{
    QStringList result;
    result.reserve(ids.size());
    for (const QString &id : ids)
        result.append(id + suffix);
    return result;
}

// One of the original chapter's models on the copy's ids. The engine hands
// a model its levers, inputs and outputs by position, so run() is the
// original's.
class ReplicaModel final : public Engine::Model
{
public:
    ReplicaModel(std::unique_ptr<Engine::Model> inner, QString suffix) : m_inner(std::move(inner)), m_suffix(std::move(suffix)) {}
    QString id() const override { return m_inner->id() + m_suffix; }
    QStringList publishes() const override { return suffixed(m_inner->publishes(), m_suffix); }
    QStringList consumes() const override { return suffixed(m_inner->consumes(), m_suffix); }
    QStringList levers() const override { return suffixed(m_inner->levers(), m_suffix); }
    void run(Engine::ModelContext &context) const override { m_inner->run(context); }

private:
    std::unique_ptr<Engine::Model> m_inner;
    QString m_suffix;
};

class ReplicaModule final : public Engine::ChapterModule
{
public:
    ReplicaModule(const Engine::ChapterModule &original, int copy, QSet<QString> ids, QStringList coefficientIds)
        : m_original(original), m_copy(copy), m_suffix(QStringLiteral("_x%1").arg(copy)), m_ids(std::move(ids)),
          m_coefficientIds(std::move(coefficientIds)) {}

    QString id() const override { return m_original.id() + m_suffix; }

    QByteArray catalogJson() const override
    {
        QJsonObject root = QJsonDocument::fromJson(m_original.catalogJson()).object();
        root = rewrite(root).toObject();
        QJsonObject chapter = root.value(QStringLiteral("chapter")).toObject();
        chapter.insert(QStringLiteral("order"), chapter.value(QStringLiteral("order")).toInt() + 100 * m_copy);
        root.insert(QStringLiteral("chapter"), chapter);
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    }

    // The original's models, built from the copy's own coefficients (given
    // to the original under its chapter's id: a chapter's models read only
    // coefficients from the catalog), on the copy's ids.
    std::vector<std::unique_ptr<Engine::Model>> createModels(const Engine::Catalog &catalog) const override
    {
        const QString copyId = id();
        QList<Engine::Coefficient> own;
        for (const QString &coefficientId : m_coefficientIds) {
            if (const Engine::Coefficient *c = catalog.coefficient(copyId, coefficientId)) {
                own.append(*c);
                own.last().chapterId = m_original.id();
            }
        }
        Engine::Catalog coefficients;
        coefficients.setLeversAndCoefficients({}, own);
        std::vector<std::unique_ptr<Engine::Model>> models;
        for (std::unique_ptr<Engine::Model> &model : m_original.createModels(coefficients))
            models.push_back(std::make_unique<ReplicaModel>(std::move(model), m_suffix));
        return models;
    }

private:
    // Every id of the plan, as a value or a key, gets the copy's suffix;
    // every name says which copy it is.
    QJsonValue rewrite(const QJsonValue &value) const
    {
        if (value.isString()) {
            const QString text = value.toString();
            return m_ids.contains(text) ? QJsonValue(QString(text + m_suffix)) : value;
        }
        if (value.isArray()) {
            QJsonArray array;
            for (const QJsonValue &item : value.toArray())
                array.append(rewrite(item));
            return array;
        }
        if (!value.isObject())
            return value;
        QJsonObject object;
        const QJsonObject source = value.toObject();
        for (auto it = source.constBegin(); it != source.constEnd(); ++it) {
            const QString key = m_ids.contains(it.key()) ? it.key() + m_suffix : it.key();
            if ((it.key() == QLatin1StringView("name_zh") || it.key() == QLatin1StringView("name_en")) && it->isString())
                object.insert(key, QString(it->toString() + QStringLiteral(" #%1").arg(m_copy + 1)));
            else
                object.insert(key, rewrite(it.value()));
        }
        return object;
    }

    const Engine::ChapterModule &m_original;
    int m_copy;
    QString m_suffix;
    QSet<QString> m_ids;
    QStringList m_coefficientIds;  // the original chapter's
};

} // namespace

void addReplicas(Engine::ModuleRegistry &registry, int copies)
{
    Engine::Catalog catalog;
    QString error;
    if (copies <= 1 || !registry.buildCatalog(&catalog, &error))
        return;
    QSet<QString> ids;
    for (const Engine::Chapter &chapter : catalog.chapters())
        ids.insert(chapter.id);
    for (const Engine::Indicator &indicator : catalog.indicators()) {
        ids.insert(indicator.id);
        for (const Engine::Target &target : indicator.targets)
            ids.insert(target.id);
    }
    for (const Engine::Lever &lever : catalog.levers())
        ids.insert(lever.id);
    std::vector<const Engine::ChapterModule *> originals;
    for (const auto &module : registry.modules())
        originals.push_back(module.get());
    QHash<QString, QStringList> coefficientIds;
    for (const Engine::Coefficient &c : catalog.coefficients())
        coefficientIds[c.chapterId].append(c.id);
    for (int copy = 1; copy < copies; ++copy) {
        for (const Engine::ChapterModule *original : originals)
            registry.add(std::make_unique<ReplicaModule>(*original, copy, ids, coefficientIds.value(original->id())));
    }
}

} // namespace Planner::Benchmarks
