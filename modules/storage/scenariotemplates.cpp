// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/scenariotemplates.h"

#include "engine/catalog.h"
#include "engine/stages.h"
#include "storage/scenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Planner::Storage {

namespace {

StoreError damaged(const QString &why)
{
    return {StoreError::Code::Sql, Tr::tr("The shipped scenarios cannot be read: %1").arg(why)};
}

} // namespace

Result<QList<ScenarioTemplate>> shippedTemplates(const Engine::Catalog &catalog)
{
    QFile file(QStringLiteral(":/scenarios/templates.json"));
    if (!file.open(QIODevice::ReadOnly))
        return damaged(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return damaged(parseError.errorString());
    QList<ScenarioTemplate> result;
    for (const QJsonValue &entry : document.object().value(QStringLiteral("templates")).toArray()) {
        const QJsonObject o = entry.toObject();
        ScenarioTemplate t;
        t.key = o.value(QStringLiteral("key")).toString();
        if (t.key == kCurrentTrendsTemplate)
            t.name = baselineScenarioName();
        else if (t.key == kPlanPathwayTemplate)
            t.name = planPathwayScenarioName();
        else
            return damaged(QStringLiteral("unknown template \"%1\"").arg(t.key));
        const QJsonObject levers = o.value(QStringLiteral("levers")).toObject();
        for (auto it = levers.constBegin(); it != levers.constEnd(); ++it) {
            const Engine::Lever *lever = catalog.lever(it.key());
            if (!lever)
                return damaged(QStringLiteral("unknown lever %1").arg(it.key()));
            const QJsonObject setting = it.value().toObject();
            const StoredLeverBasis basis{setting.value(QStringLiteral("basis_zh")).toString(),
                                         setting.value(QStringLiteral("basis_en")).toString()};
            if (basis.zh.trimmed().isEmpty() || basis.en.trimmed().isEmpty())
                return damaged(QStringLiteral("lever %1 has no basis in both languages").arg(it.key()));
            t.bases.insert(it.key(), basis);
            for (const QJsonValue &span : setting.value(QStringLiteral("values")).toArray()) {
                const int from = span[QStringLiteral("from")].toInt();
                const int to = span[QStringLiteral("to")].toInt();
                const double value = span[QStringLiteral("value")].toDouble(std::nan(""));
                if (from < Engine::kPlanFirstYear || to > Engine::kPlanLastYear || from > to || !std::isfinite(value)
                    || value < lever->min || value > lever->max)
                    return damaged(QStringLiteral("lever %1: %2-%3 = %4").arg(it.key()).arg(from).arg(to).arg(value));
                for (int year = from; year <= to; ++year)
                    t.levers[it.key()].insert(year, value);
            }
        }
        result.append(t);
    }
    if (result.size() != 2)
        return damaged(QStringLiteral("expected two templates"));
    return result;
}

} // namespace Planner::Storage
