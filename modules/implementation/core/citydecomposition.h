// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/error.h"

#include <QList>
#include <QString>

namespace Planner::Implementation {

// A city's part of a province-wide target (省负总责、市县抓落实).
struct CityShare
{
    QString city;        // one of knownCities(), in Chinese
    double share = 0.0;  // % of the province's target
};

// A city's part, in the target's own unit.
struct CityTarget
{
    QString city;
    double value = 0.0;
};

// The nine prefecture-level units (长春市 ... 延边朝鲜族自治州).
const QList<QString> &prefectureCities();
// The three units a planner may add: 长白山管委会, 梅河口市, 公主岭市.
const QList<QString> &optionalCities();
// Both lists, the nine first.
QList<QString> knownCities();
// Cities in the plan's order (knownCities(): 长春市 first), any other name
// after them in the order given: how every list of cities is shown.
QList<QString> inCityOrder(QList<QString> cities);
// A city's name in English (长春市 → Changchun), for the English window and
// reports; the Chinese name itself when it is not one of knownCities().
QString cityNameEn(const QString &city);

// The city a planner named, in Chinese (the city's id in the store, e.g.
// 吉林市) or in English as cityNameEn() gives it (Jilin City; any case),
// spaces at either end ignored: the Chinese name, or an empty string when it
// is none of knownCities().
QString cityFromName(const QString &text);

// Shares add up to 100 % within this many points.
inline constexpr double kShareSumTolerance = 0.01;

// Checks a decomposition: known city names only, none twice, every share
// finite and within 0–100 %, and the shares adding up to 100 % within
// kShareSumTolerance points. The error names the city and the field
// ("city" or "share"), and gives the sum when it is off. No error: the list
// is a decomposition of the province's target.
Engine::Error checkDecomposition(const QList<CityShare> &shares);

// Each city's part of provinceTarget (share / 100 × target), after
// checkDecomposition.
Engine::Expected<QList<CityTarget>> decompose(double provinceTarget, const QList<CityShare> &shares);

// The sum of the shares, in %.
double shareSum(const QList<CityShare> &shares);
// Each city's part of provinceTarget (share / 100 × target) of a stored
// decomposition whose shares may not add up to 100 %: after a city planner
// changed its own share, the split is shown as it stands (with its sum,
// shareSum()) until the province splits again. The other checks of
// checkDecomposition hold (known cities, each once, shares 0–100).
Engine::Expected<QList<CityTarget>> decomposeAsStored(double provinceTarget, const QList<CityShare> &shares);

} // namespace Planner::Implementation
