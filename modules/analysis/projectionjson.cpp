// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/projectionjson.h"

#include "analysis/findings.h"
#include "analysis/targetoutcomes.h"

#include "engine/catalog.h"

#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QTextStream>

#include <cmath>

namespace Planner::Analysis {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonArray series(const QList<double> &values, int firstYear, const Engine::RunResult &run)
{
    QJsonArray array;
    for (int year = run.firstYear; year <= run.lastYear; ++year) {
        const qsizetype i = year - firstYear;
        array.append(i >= 0 && i < values.size() ? number(values.at(i)) : QJsonValue(QJsonValue::Null));
    }
    return array;
}

QJsonObject outcomeToJson(const TargetOutcome &o)
{
    return QJsonObject{
        {QStringLiteral("id"), o.targetId},
        {QStringLiteral("year"), o.year},
        {QStringLiteral("kind"), o.kind},
        {QStringLiteral("value"), o.value ? QJsonValue(*o.value) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("projected"), o.projected ? number(*o.projected) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("gap"), o.gap ? number(*o.gap) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("gap_percent"), o.gapPercent ? number(*o.gapPercent) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("probability"), o.probability ? number(*o.probability) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("status"), o.status},
        {QStringLiteral("rate_ratio"), o.rateRatio ? number(*o.rateRatio) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("rate_class"), o.rateClass},
        {QStringLiteral("anticipated_gap"), o.anticipatedGap ? number(*o.anticipatedGap) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("detail"), o.detail},
        {QStringLiteral("origin"), o.origin},
        {QStringLiteral("undated"), o.undated},
        {QStringLiteral("reason"), o.reason},
        {QStringLiteral("lenses"), o.lenses},
        {QStringLiteral("rate_base_year"), o.rateBaseYear ? QJsonValue(*o.rateBaseYear) : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace

QJsonObject projectionToJson(const Projection &projection, const Engine::Catalog &catalog)
{
    const Engine::RunResult &run = projection.result;
    QJsonArray years;
    for (int year = run.firstYear; year <= run.lastYear; ++year)
        years.append(year);

    const QList<TargetOutcome> outcomes = assessTargets(projection, catalog);
    QJsonArray indicators;
    for (const Engine::IndicatorResult &r : run.indicators) {
        const Engine::Indicator *ind = catalog.indicator(r.id);
        QJsonObject observed;
        for (const Engine::YearPoint &p : r.observed)
            observed.insert(QString::number(p.year), p.value);
        QJsonArray targets;
        for (const TargetOutcome &o : outcomes) {
            if (o.indicatorId == r.id)
                targets.append(outcomeToJson(o));
        }
        indicators.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("unit"), ind ? ind->unitZh : QString()},
            {QStringLiteral("unit_en"), ind ? ind->unitEn : QString()},
            {QStringLiteral("modelled"), r.modelled},
            {QStringLiteral("baseline_assumption"), r.baselineIsAssumption},
            {QStringLiteral("observed"), observed},
            {QStringLiteral("central"), series(r.central.values, r.central.firstYear, run)},
            {QStringLiteral("p10"), series(r.p10.isEmpty() ? r.central.values : r.p10, r.central.firstYear, run)},
            {QStringLiteral("p50"), series(r.p50.isEmpty() ? r.central.values : r.p50, r.central.firstYear, run)},
            {QStringLiteral("p90"), series(r.p90.isEmpty() ? r.central.values : r.p90, r.central.firstYear, run)},
            {QStringLiteral("targets"), targets},
        });
    }
    return QJsonObject{
        {QStringLiteral("scenario"), projection.scenario},
        {QStringLiteral("seed"), QJsonValue(qint64(projection.request.seed))},
        {QStringLiteral("draws"), run.drawCount},
        {QStringLiteral("run"), projection.request.deterministic ? QStringLiteral("central") : QStringLiteral("monte_carlo")},
        {QStringLiteral("years"), years},
        {QStringLiteral("indicators"), indicators},
    };
}

QString projectionSummary(const Projection &projection, const Engine::Catalog &catalog, bool chinese)
{
    QString text;
    QTextStream out(&text);
    const QLocale locale = chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English);
    out << projection.scenario << QStringLiteral(" — ");
    if (projection.request.deterministic)
        out << (chinese ? QStringLiteral("中心路径（无随机抽样）") : QStringLiteral("central path (no random draw)"));
    else
        out << projection.result.drawCount << (chinese ? QStringLiteral(" 次抽样，种子 ") : QStringLiteral(" draws, seed "))
            << projection.request.seed;
    out << Qt::endl;
    // Statuses counted apart for the plan's targets and the planner's.
    QMap<QString, QMap<QString, int>> counts;
    for (const TargetOutcome &o : assessTargets(projection, catalog)) {
        const Engine::Indicator *ind = catalog.indicator(o.indicatorId);
        out << o.targetId << u'\t' << o.year << u'\t'
            << (ind ? (chinese ? ind->nameZh : ind->nameEn) : o.indicatorId) << u'\t'
            << (o.projected ? locale.toString(*o.projected, 'f', ind ? ind->decimals : 2) : QStringLiteral("—"))
            << u'\t' << o.status << u'\t' << o.rateClass << u'\t' << Findings::originLabel(o.origin) << Qt::endl;
        ++counts[o.origin][o.status];
    }
    for (const QString &origin : {QStringLiteral("plan"), QStringLiteral("planner")}) {
        out << Findings::originLabel(origin) << QStringLiteral(": ");
        QStringList parts;
        const QMap<QString, int> byStatus = counts.value(origin);
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        out << parts.join(QStringLiteral(", ")) << Qt::endl;
    }
    return text;
}

} // namespace Planner::Analysis
