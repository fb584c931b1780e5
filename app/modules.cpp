// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modules.h"

#include "black_soil/core/blacksoilmodule.h"
#include "ecological_security/core/ecologicalsecuritymodule.h"
#include "environment/core/environmentmodule.h"
#include "governance/core/governancemodule.h"
#include "governance/ui/governanceui.h"
#include "implementation/ui/implementationui.h"
#include "green_transition/core/greentransitionmodule.h"
#include "two_mountains/core/twomountainsmodule.h"

#include "engine/registry.h"
#include "workbench/pageregistry.h"

namespace Planner::App {

void registerModules(Engine::ModuleRegistry &registry)
{
    GreenTransition::setup(registry);     // 二、绿色引领
    Environment::setup(registry);         // 三、环境增彩
    BlackSoil::setup(registry);           // 四、黑土强基
    EcologicalSecurity::setup(registry);  // 五、安全筑底
    TwoMountains::setup(registry);        // 六、"两山"驱动
    Governance::setup(registry);          // 七、多元共治 (and 八、组织实施)
}

void registerPages(Workbench::PageRegistry &registry)
{
    // Chapters 二 to 六 use the generic chapter page (PageRegistry::createPage);
    // 七 adds the tasks and the index beside its targets.
    Governance::setupUi(registry);
    Implementation::setupUi(registry);  // the cities, after the chapters (Ctrl+7)
}

} // namespace Planner::App
