// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "green_transition/core/fuelshares.h"

#include <algorithm>

namespace Planner::GreenTransition {

FuelShares rebalanceFuelShares(double nonFossil, double coal, double oil)
{
    FuelShares shares;
    shares.nonFossil = std::clamp(nonFossil, 0.0, 100.0);
    shares.coal = std::max(coal, 0.0);
    shares.oil = std::max(oil, 0.0);
    const double fossil = 100.0 - shares.nonFossil;
    shares.gas = fossil - shares.coal - shares.oil;
    if (shares.gas < 0.0) {
        double excess = -shares.gas;  // gas absorbs first: down to 0
        shares.gas = 0.0;
        const double fromOil = std::min(shares.oil, excess);  // then oil
        shares.oil -= fromOil;
        excess -= fromOil;
        shares.coal = std::max(shares.coal - excess, 0.0);  // then coal
    }
    return shares;
}

} // namespace Planner::GreenTransition
