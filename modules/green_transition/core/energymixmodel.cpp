// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "green_transition/core/energymixmodel.h"

#include "green_transition/core/fuelshares.h"
#include "green_transition/core/yearseries.h"

#include <algorithm>

namespace Planner::GreenTransition {

EnergyMixCoefficients EnergyMixCoefficients::fromCatalog(const Engine::Catalog &catalog)
{
    EnergyMixCoefficients c;
    c.fullLoadHoursWind = chapterCoefficient(catalog, QLatin1StringView("full_load_hours_wind"));
    c.fullLoadHoursSolar = chapterCoefficient(catalog, QLatin1StringView("full_load_hours_solar"));
    c.fullLoadHoursHydro = chapterCoefficient(catalog, QLatin1StringView("full_load_hours_hydro"));
    c.fullLoadHoursOther = chapterCoefficient(catalog, QLatin1StringView("full_load_hours_other"));
    c.coalEquivalentPerKwh = chapterCoefficient(catalog, QLatin1StringView("coal_equivalent_per_kwh"));
    c.localUseFraction = chapterCoefficient(catalog, QLatin1StringView("non_fossil_local_use_fraction"));
    return c;
}

QString EnergyMixModel::id() const
{
    return QStringLiteral("green_transition.energy_mix");
}

QStringList EnergyMixModel::publishes() const
{
    return {QStringLiteral("energy_use_total"), QStringLiteral("energy_intensity"),
            QStringLiteral("non_fossil_share"), QStringLiteral("coal_share_energy"),
            QStringLiteral("oil_share_energy"), QStringLiteral("gas_share_energy"),
            QStringLiteral("wind_solar_capacity"), QStringLiteral("oil_consumption_index")};
}

QStringList EnergyMixModel::consumes() const
{
    return {};
}

QStringList EnergyMixModel::levers() const
{
    return {QStringLiteral("gdp_growth"), QStringLiteral("energy_intensity_decline"),
            QStringLiteral("wind_capacity_added"), QStringLiteral("solar_capacity_added"),
            QStringLiteral("hydro_capacity_added"), QStringLiteral("other_non_fossil_capacity_added"),
            QStringLiteral("coal_share_decline"), QStringLiteral("oil_share_decline")};
}

double EnergyMixModel::addedNonFossilSupply(double wind, double solar, double hydro, double other) const
{
    // 万千瓦 × h = 万千瓦时; × kgce/kWh = 万千克标准煤; ÷ 1,000 = 万吨标准煤.
    const double tenThousandKwh = wind * m_coefficients.fullLoadHoursWind + solar * m_coefficients.fullLoadHoursSolar
                                  + hydro * m_coefficients.fullLoadHoursHydro
                                  + other * m_coefficients.fullLoadHoursOther;
    return tenThousandKwh * m_coefficients.coalEquivalentPerKwh / 1000.0 * m_coefficients.localUseFraction;
}

void EnergyMixModel::run(Engine::ModelContext &context) const
{
    Engine::Trajectory &energy = context.output(EnergyUse);
    Engine::Trajectory &intensity = context.output(EnergyIntensity);
    Engine::Trajectory &nonFossil = context.output(NonFossilShare);
    Engine::Trajectory &coal = context.output(CoalShare);
    Engine::Trajectory &oil = context.output(OilShare);
    Engine::Trajectory &gas = context.output(GasShare);
    Engine::Trajectory &capacity = context.output(WindSolarCapacity);
    Engine::Trajectory &oilIndex = context.output(OilConsumptionIndex);

    for (int year = context.firstYear() + 1; year <= context.lastYear(); ++year) {
        const int last = year - 1;
        const double growth = context.lever(GdpGrowth, year) / 100.0;
        const double decline = context.lever(IntensityDecline, year) / 100.0;
        const double wind = context.lever(WindAdded, year);
        const double solar = context.lever(SolarAdded, year);

        if (isModelledYear(intensity, year))
            setYear(intensity, year, intensity.at(last) * (1.0 - decline));
        if (isModelledYear(energy, year))
            setYear(energy, year, energy.at(last) * (1.0 + growth) * (1.0 - decline));
        if (isModelledYear(capacity, year))
            setYear(capacity, year, capacity.at(last) + wind + solar);

        // The four shares: data where there are data, the levers elsewhere;
        // the modelled ones are rebalanced to add up to 100 %.
        const double supply = nonFossil.at(last) / 100.0 * energy.at(last)
                              + addedNonFossilSupply(wind, solar, context.lever(HydroAdded, year),
                                                     context.lever(OtherAdded, year));
        const double nonFossilCandidate = isModelledYear(nonFossil, year)
                                              ? std::min(100.0 * supply / energy.at(year), 100.0)
                                              : nonFossil.at(year);
        const double coalCandidate = isModelledYear(coal, year)
                                         ? coal.at(last) - context.lever(CoalShareDecline, year)
                                         : coal.at(year);
        const double oilCandidate = isModelledYear(oil, year)
                                        ? oil.at(last) - context.lever(OilShareDecline, year)
                                        : oil.at(year);
        const FuelShares shares = rebalanceFuelShares(nonFossilCandidate, coalCandidate, oilCandidate);
        if (isModelledYear(nonFossil, year))
            setYear(nonFossil, year, shares.nonFossil);
        if (isModelledYear(coal, year))
            setYear(coal, year, shares.coal);
        if (isModelledYear(oil, year))
            setYear(oil, year, shares.oil);
        if (isModelledYear(gas, year))
            setYear(gas, year, shares.gas);

        if (isModelledYear(oilIndex, year)) {
            const double before = oil.at(last) * energy.at(last);
            const double now = oil.at(year) * energy.at(year);
            // Once oil use is 0 the index stays 0.
            setYear(oilIndex, year, before > 0.0 ? oilIndex.at(last) * now / before : (now <= 0.0 ? 0.0 : kNaN));
        }
    }
}

} // namespace Planner::GreenTransition
