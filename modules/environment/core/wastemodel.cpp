// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment/core/wastemodel.h"

#include "environment/core/countshare.h"

#include <algorithm>

namespace Planner::Environment {

namespace {
enum LeverIndex { SortingAdded, IntensityDecline, ZeroWasteCompleted };
enum OutputIndex { SortingCoverage, Intensity, ZeroWasteShare };
} // namespace

WasteModel::WasteModel(double prefectureCities)
    : m_prefectureCities(prefectureCities)
{
}

QString WasteModel::id() const
{
    return QStringLiteral("environment.waste");
}

QStringList WasteModel::publishes() const
{
    return {QStringLiteral("waste_sorting_coverage"), QStringLiteral("solid_waste_intensity"),
            QStringLiteral("zero_waste_city_share")};
}

QStringList WasteModel::consumes() const
{
    return {};
}

QStringList WasteModel::levers() const
{
    return {QStringLiteral("waste_sorting_coverage_added_per_year"),
            QStringLiteral("solid_waste_intensity_decline_per_year"),
            QStringLiteral("zero_waste_cities_completed_per_year")};
}

void WasteModel::run(Engine::ModelContext &context) const
{
    // Coverage in points of the communities: a whole of 100.
    carryCountShare(context, context.output(SortingCoverage), 100.0, false,
                    [&](int year) { return context.lever(SortingAdded, year); });

    Engine::Trajectory &intensity = context.output(Intensity);
    const int start = intensity.lastObservedYear;
    if (intensity.hasValue(start)) {
        double value = std::max(0.0, intensity.at(start));
        for (int year = start + 1; year <= context.lastYear(); ++year) {
            value = std::max(0.0, value * (1.0 - context.lever(IntensityDecline, year) / 100.0));
            setYear(intensity, year, value);
        }
    }

    carryCountShare(context, context.output(ZeroWasteShare), m_prefectureCities, true,
                    [&](int year) { return context.lever(ZeroWasteCompleted, year); });
}

} // namespace Planner::Environment
