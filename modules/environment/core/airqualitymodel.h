// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model.h"

namespace Planner::Environment {

// Catalog coefficients of the air model (resources/catalog/environment.json).
struct AirCoefficients
{
    double perWanHouseholdsHeating = 0.0;  // µg/m³ less per 万户 converted to clean heating
    double perBoilerRetrofit = 0.0;        // µg/m³ less per coal boiler retrofitted to ultra-low emission
    double perStrawCompliancePoint = 0.0;  // µg/m³ less per point of straw-ban compliance gained
    double referenceCompliance = 0.0;      // % straw-ban compliance behind the latest PM2.5 data
    double goodDaysPerMicrogram = 0.0;     // points of good-air days per µg/m³ of PM2.5 less
};

// PM2.5 annual mean (X-01, E-08) and the good-air-day share, year by year
// from their latest data:
//   pm(t)   = max(0, pm(t − 1) − a × households(t) − b × boilers(t)
//             − c × (compliance(t) − compliance(t − 1)) + other change(t))
//   good(t) = clamp(good(t − 1) + k × (pm(t − 1) − pm(t)), 0, 100)
// Clean heating and boilers act per year (each conversion removes its
// emissions for good); the straw ban acts through a change in compliance,
// compliance(start) being the reference compliance behind the latest data.
class AirQualityModel final : public Engine::Model
{
public:
    explicit AirQualityModel(const AirCoefficients &coefficients);

    QString id() const override;
    QStringList publishes() const override;
    QStringList consumes() const override;
    QStringList levers() const override;
    void run(Engine::ModelContext &context) const override;

private:
    AirCoefficients m_coefficients;
};

} // namespace Planner::Environment
