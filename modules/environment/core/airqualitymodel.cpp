// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment/core/airqualitymodel.h"

#include "environment/core/countshare.h"

#include <algorithm>

namespace Planner::Environment {

namespace {
enum LeverIndex { CleanHeating, BoilerRetrofits, StrawCompliance, OtherChange };
enum OutputIndex { Pm25, GoodDays };
} // namespace

AirQualityModel::AirQualityModel(const AirCoefficients &coefficients)
    : m_coefficients(coefficients)
{
}

QString AirQualityModel::id() const
{
    return QStringLiteral("environment.air_quality");
}

QStringList AirQualityModel::publishes() const
{
    return {QStringLiteral("pm25_annual_mean"), QStringLiteral("good_air_days_share")};
}

QStringList AirQualityModel::consumes() const
{
    return {};
}

QStringList AirQualityModel::levers() const
{
    return {QStringLiteral("clean_heating_households_per_year"), QStringLiteral("ultra_low_boiler_retrofits_per_year"),
            QStringLiteral("straw_burning_ban_compliance"), QStringLiteral("pm25_other_change_per_year")};
}

void AirQualityModel::run(Engine::ModelContext &context) const
{
    Engine::Trajectory &pm = context.output(Pm25);
    const int start = pm.lastObservedYear;
    if (pm.hasValue(start)) {
        double value = std::max(0.0, pm.at(start));
        double compliance = m_coefficients.referenceCompliance;
        for (int year = start + 1; year <= context.lastYear(); ++year) {
            const double complianceGain = context.lever(StrawCompliance, year) - compliance;
            compliance = context.lever(StrawCompliance, year);
            value -= m_coefficients.perWanHouseholdsHeating * context.lever(CleanHeating, year);
            value -= m_coefficients.perBoilerRetrofit * context.lever(BoilerRetrofits, year);
            value -= m_coefficients.perStrawCompliancePoint * complianceGain;
            value += context.lever(OtherChange, year);
            value = std::max(0.0, value);
            setYear(pm, year, value);
        }
    }

    Engine::Trajectory &good = context.output(GoodDays);
    const int goodStart = good.lastObservedYear;
    if (!good.hasValue(goodStart))
        return;
    double share = std::clamp(good.at(goodStart), 0.0, 100.0);
    for (int year = goodStart + 1; year <= context.lastYear(); ++year) {
        const double fall = pm.at(year - 1) - pm.at(year);  // µg/m³ less than the year before
        if (std::isfinite(fall))
            share = std::clamp(share + m_coefficients.goodDaysPerMicrogram * fall, 0.0, 100.0);
        setYear(good, year, share);
    }
}

} // namespace Planner::Environment
