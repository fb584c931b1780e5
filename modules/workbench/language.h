// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The language helpers live in the analysis layer (charts and reports need
// them without widgets); the workbench uses the same ones.
#include "analysis/language.h"

namespace Planner::Workbench {
using Analysis::Language;
using Analysis::currentLanguage;
using Analysis::pick;
} // namespace Planner::Workbench
