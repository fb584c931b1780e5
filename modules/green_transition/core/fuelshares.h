// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Planner::GreenTransition {

// The four shares of total energy consumption, in %.
struct FuelShares
{
    double coal = 0.0;
    double oil = 0.0;
    double gas = 0.0;
    double nonFossil = 0.0;

    double sum() const { return coal + oil + gas + nonFossil; }
};

// The rule that keeps the shares adding to 100 % however the levers move
// them (also stated in the notes of the levers coal_share_decline and
// oil_share_decline):
//   1. non-fossil is what its supply gives, held within 0–100 %;
//   2. coal and oil are what their levers give, never below 0;
//   3. gas takes the remainder, 100 − non-fossil − coal − oil;
//   4. when that remainder is negative, gas absorbs first (it goes to 0),
//      then oil gives up the excess, then coal; no share goes below 0.
// Non-fossil supply is physical (capacity × hours) and is never cut.
FuelShares rebalanceFuelShares(double nonFossil, double coal, double oil);

} // namespace Planner::GreenTransition
