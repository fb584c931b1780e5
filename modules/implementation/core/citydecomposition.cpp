// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "implementation/core/citydecomposition.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Planner::Implementation {

const QList<QString> &prefectureCities()
{
    static const QList<QString> cities{
        QStringLiteral("长春市"), QStringLiteral("吉林市"), QStringLiteral("四平市"),
        QStringLiteral("辽源市"), QStringLiteral("通化市"), QStringLiteral("白山市"),
        QStringLiteral("松原市"), QStringLiteral("白城市"), QStringLiteral("延边朝鲜族自治州")};
    return cities;
}

const QList<QString> &optionalCities()
{
    static const QList<QString> cities{QStringLiteral("长白山管委会"), QStringLiteral("梅河口市"),
                                       QStringLiteral("公主岭市")};
    return cities;
}

QList<QString> knownCities()
{
    QList<QString> all = prefectureCities();
    all.append(optionalCities());
    return all;
}

QList<QString> inCityOrder(QList<QString> cities)
{
    const QList<QString> known = knownCities();
    const auto rank = [&known](const QString &city) {
        const qsizetype at = known.indexOf(city);
        return at < 0 ? known.size() : at;
    };
    std::stable_sort(cities.begin(), cities.end(),
                     [&](const QString &a, const QString &b) { return rank(a) < rank(b); });
    return cities;
}

QString cityNameEn(const QString &city)
{
    // Official romanisations (the cities' own English names).
    static const QHash<QString, QString> names{
        {QStringLiteral("长春市"), QStringLiteral("Changchun")},
        {QStringLiteral("吉林市"), QStringLiteral("Jilin City")},
        {QStringLiteral("四平市"), QStringLiteral("Siping")},
        {QStringLiteral("辽源市"), QStringLiteral("Liaoyuan")},
        {QStringLiteral("通化市"), QStringLiteral("Tonghua")},
        {QStringLiteral("白山市"), QStringLiteral("Baishan")},
        {QStringLiteral("松原市"), QStringLiteral("Songyuan")},
        {QStringLiteral("白城市"), QStringLiteral("Baicheng")},
        {QStringLiteral("延边朝鲜族自治州"), QStringLiteral("Yanbian Korean Autonomous Prefecture")},
        {QStringLiteral("长白山管委会"), QStringLiteral("Changbai Mountain Administrative Committee")},
        {QStringLiteral("梅河口市"), QStringLiteral("Meihekou")},
        {QStringLiteral("公主岭市"), QStringLiteral("Gongzhuling")},
    };
    return names.value(city, city);
}

QString cityFromName(const QString &text)
{
    const QString name = text.trimmed();
    for (const QString &city : knownCities()) {
        if (name == city || name.compare(cityNameEn(city), Qt::CaseInsensitive) == 0)
            return city;
    }
    return {};
}

double shareSum(const QList<CityShare> &shares)
{
    double sum = 0.0;
    for (const CityShare &share : shares)
        sum += share.share;
    return sum;
}

namespace {

// checkDecomposition without (balanced false) or with the 100 % rule.
Engine::Error checkShares(const QList<CityShare> &shares, bool balanced)
{
    if (shares.isEmpty())
        return Engine::makeError(QStringLiteral("city"), QString(), 0,
                                 QStringLiteral("The decomposition names no city."));
    const QList<QString> known = knownCities();
    QSet<QString> seen;
    double sum = 0.0;
    for (const CityShare &share : shares) {
        if (!known.contains(share.city))
            return Engine::makeError(QStringLiteral("city"), share.city, 0,
                                     QStringLiteral("The city \"%1\" is not a prefecture-level unit of Jilin "
                                                    "nor 长白山管委会, 梅河口市 or 公主岭市.")
                                         .arg(share.city));
        if (seen.contains(share.city))
            return Engine::makeError(QStringLiteral("city"), share.city, 0,
                                     QStringLiteral("The city %1 appears twice in the decomposition.")
                                         .arg(share.city));
        seen.insert(share.city);
        if (!std::isfinite(share.share) || share.share < 0.0 || share.share > 100.0)
            return Engine::makeError(QStringLiteral("share"), share.city, 0,
                                     QStringLiteral("The share of %1 is %2 %; it must be a number from 0 to 100.")
                                         .arg(share.city)
                                         .arg(share.share));
        sum += share.share;
    }
    if (balanced && std::abs(sum - 100.0) > kShareSumTolerance)
        return Engine::makeError(QStringLiteral("share"), QString(), 0,
                                 QStringLiteral("The city shares add up to %1 %, not 100 % (within %2 point).")
                                     .arg(sum, 0, 'f', 3)
                                     .arg(kShareSumTolerance));
    return {};
}

Engine::Expected<QList<CityTarget>> splitShares(double provinceTarget, const QList<CityShare> &shares, bool balanced)
{
    if (!std::isfinite(provinceTarget))
        return Engine::makeError(QStringLiteral("value"), QString(), 0,
                                 QStringLiteral("The province's target is not a number."));
    if (Engine::Error error = checkShares(shares, balanced))
        return error;
    QList<CityTarget> parts;
    parts.reserve(shares.size());
    for (const CityShare &share : shares)
        parts.append(CityTarget{share.city, share.share / 100.0 * provinceTarget});
    return parts;
}

} // namespace

Engine::Error checkDecomposition(const QList<CityShare> &shares)
{
    return checkShares(shares, true);
}

Engine::Expected<QList<CityTarget>> decompose(double provinceTarget, const QList<CityShare> &shares)
{
    return splitShares(provinceTarget, shares, true);
}

Engine::Expected<QList<CityTarget>> decomposeAsStored(double provinceTarget, const QList<CityShare> &shares)
{
    return splitShares(provinceTarget, shares, false);
}

} // namespace Planner::Implementation
