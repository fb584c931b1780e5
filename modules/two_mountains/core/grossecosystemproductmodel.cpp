// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "two_mountains/core/grossecosystemproductmodel.h"

#include "two_mountains/core/compoundgrowth.h"

namespace Planner::TwoMountains {

namespace {
// Positions in levers(), consumes() and publishes().
enum LeverIndex { ValueGrowth };
enum InputIndex { ForestArea };
enum OutputIndex { Total, Provisioning, Regulating, Cultural };

// The price year of the unit values: growth applies after it.
constexpr int kPriceYear = 2023;
constexpr double kYuanPerYiYuan = 1.0e8;
} // namespace

GrossEcosystemProductModel::GrossEcosystemProductModel(const GepCoefficients &coefficients)
    : m_coefficients(coefficients)
{
}

QString GrossEcosystemProductModel::id() const
{
    return QStringLiteral("two_mountains.gross_ecosystem_product");
}

QStringList GrossEcosystemProductModel::publishes() const
{
    return {QStringLiteral("gross_ecosystem_product"), QStringLiteral("gep_provisioning_services"),
            QStringLiteral("gep_regulating_services"), QStringLiteral("gep_cultural_services")};
}

QStringList GrossEcosystemProductModel::consumes() const
{
    return {QStringLiteral("forest_area")};
}

QStringList GrossEcosystemProductModel::levers() const
{
    return {QStringLiteral("ecosystem_service_value_growth")};
}

EcosystemAreas GrossEcosystemProductModel::areasWithForest(double forestKm2) const
{
    EcosystemAreas areas = m_coefficients.fixedAreas;
    areas.forest = forestKm2 * m_coefficients.hectaresPerKm2;
    return areas;
}

GepValue GrossEcosystemProductModel::valueOf(const EcosystemAreas &areas, double priceFactor) const
{
    const GepCoefficients &c = m_coefficients;
    const auto category = [&](double EquivalentFactors::*factor) {
        const double equivalentHectares = areas.forest * c.forest.*factor + areas.grassland * c.grassland.*factor
            + areas.wetland * c.wetland.*factor + areas.farmland * c.farmland.*factor + areas.water * c.water.*factor;
        return equivalentHectares * c.valuePerEquivalent * priceFactor / kYuanPerYiYuan;
    };
    return {category(&EquivalentFactors::provisioning), category(&EquivalentFactors::regulating),
            category(&EquivalentFactors::cultural)};
}

void GrossEcosystemProductModel::run(Engine::ModelContext &context) const
{
    const Engine::Trajectory &forest = context.input(ForestArea);
    Engine::Trajectory &total = context.output(Total);
    double price = 1.0;
    for (int year = context.firstYear(); year <= context.lastYear(); ++year) {
        if (year > kPriceYear)
            price *= 1.0 + context.lever(ValueGrowth, year) / 100.0;
        if (!forest.hasValue(year))
            continue;
        const GepValue value = valueOf(areasWithForest(forest.at(year)), price);
        if (year > context.output(Provisioning).lastObservedYear)
            setYear(context.output(Provisioning), year, value.provisioning);
        if (year > context.output(Regulating).lastObservedYear)
            setYear(context.output(Regulating), year, value.regulating);
        if (year > context.output(Cultural).lastObservedYear)
            setYear(context.output(Cultural), year, value.cultural);
        if (year > total.lastObservedYear)
            setYear(total, year, value.total());
    }
}

} // namespace Planner::TwoMountains
