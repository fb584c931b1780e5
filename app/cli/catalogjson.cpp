// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/catalogjson.h"

#include <QJsonObject>

namespace Planner::Cli {

namespace {

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject targetToJson(const Engine::Target &t)
{
    return QJsonObject{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("year"), t.year},
        {QStringLiteral("window_start"), t.windowStart ? QJsonValue(*t.windowStart) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("value"), optionalNumber(t.value)},
        {QStringLiteral("kind"), Engine::targetKindToString(t.kind)},
        {QStringLiteral("tolerance"), optionalNumber(t.tolerance)},
        {QStringLiteral("every_year"), t.everyYear},
        {QStringLiteral("text_zh"), t.textZh},
        {QStringLiteral("text_en"), t.textEn},
        {QStringLiteral("source"), Engine::targetSourceToString(t.source)},
        {QStringLiteral("origin"), Engine::targetOriginToString(Engine::targetOrigin(t))},
        {QStringLiteral("undated"), t.undated},
        {QStringLiteral("note"), t.note},
        {QStringLiteral("note_zh"), t.noteZh},
    };
}

} // namespace

QJsonArray catalogToJson(const Engine::Catalog &catalog)
{
    QJsonArray result;
    for (const Engine::Indicator &ind : catalog.indicators()) {
        QJsonArray targets;
        for (const Engine::Target &t : ind.targets)
            targets.append(targetToJson(t));
        QJsonArray observed;
        for (const Engine::YearValue &yv : ind.observed)
            observed.append(QJsonObject{{QStringLiteral("year"), yv.year},
                                        {QStringLiteral("value"), yv.value},
                                        {QStringLiteral("source"), yv.source}});
        const QJsonObject baseline{
            {QStringLiteral("year"), ind.baseline.year},
            {QStringLiteral("value"), optionalNumber(ind.baseline.value)},
            {QStringLiteral("source"), ind.baseline.source},
            {QStringLiteral("assumption"), ind.baseline.assumption},
            {QStringLiteral("note"), ind.baseline.note},
        };
        result.append(QJsonObject{
            {QStringLiteral("id"), ind.id},
            {QStringLiteral("chapter"), ind.chapterId},
            {QStringLiteral("name_zh"), ind.nameZh},
            {QStringLiteral("name_en"), ind.nameEn},
            {QStringLiteral("unit"), ind.unitZh},
            {QStringLiteral("unit_en"), ind.unitEn},
            {QStringLiteral("direction"), Engine::directionToString(ind.direction)},
            {QStringLiteral("baseline"), baseline},
            {QStringLiteral("observed"), observed},
            {QStringLiteral("proxy_for"), QJsonArray::fromStringList(ind.proxyFor)},
            {QStringLiteral("targets"), targets},
        });
    }
    return result;
}

} // namespace Planner::Cli
