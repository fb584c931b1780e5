<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Planner::Cli</name>
    <message>
        <source>Wrong number of arguments.</source>
        <translation>Wrong number of arguments.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>The application's catalog data is broken: %1</source>
        <translation>The application's catalog data is broken: %1</translation>
    </message>
    <message>
        <source>Use the scenario database at &lt;path&gt; instead of the default one.</source>
        <translation>Use the scenario database at &lt;path&gt; instead of the default one.</translation>
    </message>
    <message>
        <source>Language of the interface and messages: zh_CN (default) or en.</source>
        <translation>Language of the interface and messages: zh_CN (default) or en.</translation>
    </message>
    <message>
        <source>Unknown language "%1": use zh_CN or en.</source>
        <translation>Unknown language "%1": use zh_CN or en.</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db needs a file path.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>baseline %1: %2</source>
        <translation>baseline %1: %2</translation>
    </message>
    <message>
        <source> (assumption)</source>
        <translation> (assumption)</translation>
    </message>
    <message>
        <source>Unknown command "%1". Run "jilin-planner --help" for the list of commands.</source>
        <translation>Unknown command "%1". Run "jilin-planner --help" for the list of commands.</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <source>forked from %1</source>
        <translation>forked from %1</translation>
    </message>
    <message>
        <source>The word "scenario".</source>
        <translation>The word "scenario".</translation>
    </message>
    <message>
        <source>create, fork, rename or delete.</source>
        <translation>create, fork, rename or delete.</translation>
    </message>
    <message>
        <source>The scenario's name (and the new name).</source>
        <translation>The scenario's name (and the new name).</translation>
    </message>
    <message>
        <source>Author of the scenario.</source>
        <translation>Author of the scenario.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notes.</translation>
    </message>
    <message>
        <source>Created scenario "%1".</source>
        <translation>Created scenario "%1".</translation>
    </message>
    <message>
        <source>Author of the new scenario.</source>
        <translation>Author of the new scenario.</translation>
    </message>
    <message>
        <source>Forked "%1" from "%2".</source>
        <translation>Forked "%1" from "%2".</translation>
    </message>
    <message>
        <source>Renamed "%1" to "%2".</source>
        <translation>Renamed "%1" to "%2".</translation>
    </message>
    <message>
        <source>Confirm the deletion (required).</source>
        <translation>Confirm the deletion (required).</translation>
    </message>
    <message>
        <source>Deleting a scenario cannot be undone: add --yes to confirm.</source>
        <translation>Deleting a scenario cannot be undone: add --yes to confirm.</translation>
    </message>
    <message>
        <source>Deleted scenario "%1".</source>
        <translation>Deleted scenario "%1".</translation>
    </message>
    <message>
        <source>scenario needs an action: create, fork, rename or delete.</source>
        <translation>scenario needs an action: create, fork, rename or delete.</translation>
    </message>
    <message>
        <source>Unknown scenario action "%1": use create, fork, rename or delete.</source>
        <translation>Unknown scenario action "%1": use create, fork, rename or delete.</translation>
    </message>
    <message>
        <source>%1 %4 (range %2 to %3)</source>
        <translation>%1 %4 (range %2 to %3)</translation>
    </message>
    <message>
        <source>The word "lever".</source>
        <translation>The word "lever".</translation>
    </message>
    <message>
        <source>The action: set.</source>
        <translation>The action: set.</translation>
    </message>
    <message>
        <source>The lever's new value, in its unit.</source>
        <translation>The lever's new value, in its unit.</translation>
    </message>
    <message>
        <source>The scenario to change.</source>
        <translation>The scenario to change.</translation>
    </message>
    <message>
        <source>The lever's id (see "levers").</source>
        <translation>The lever's id (see "levers").</translation>
    </message>
    <message>
        <source>Set the years of stage 1 (2024-2027), 2 (2028-2030) or 3 (2031-2035).</source>
        <translation>Set the years of stage 1 (2024-2027), 2 (2028-2030) or 3 (2031-2035).</translation>
    </message>
    <message>
        <source>Set one year (2024-2035).</source>
        <translation>Set one year (2024-2035).</translation>
    </message>
    <message>
        <source>Set every year 2024-2035.</source>
        <translation>Set every year 2024-2035.</translation>
    </message>
    <message>
        <source>Unknown lever action "%1": use set.</source>
        <translation>Unknown lever action "%1": use set.</translation>
    </message>
    <message>
        <source>--%1 is required. Usage: %2</source>
        <translation>--%1 is required. Usage: %2</translation>
    </message>
    <message>
        <source>Give exactly one of --stage, --year or --all-years.</source>
        <translation>Give exactly one of --stage, --year or --all-years.</translation>
    </message>
    <message>
        <source>VALUE: "%1" is not a number.</source>
        <translation>VALUE: "%1" is not a number.</translation>
    </message>
    <message>
        <source>--stage: "%1" is not 1, 2 or 3.</source>
        <translation>--stage: "%1" is not 1, 2 or 3.</translation>
    </message>
    <message>
        <source>--year: "%1" is not a year from %2 to %3.</source>
        <translation>--year: "%1" is not a year from %2 to %3.</translation>
    </message>
    <message>
        <source>--lever: there is no lever "%1" (see "jilin-planner levers").</source>
        <translation>--lever: there is no lever "%1" (see "jilin-planner levers").</translation>
    </message>
    <message>
        <source>VALUE: %1 is outside the range of lever %2 (%3 to %4 %5). Nothing was changed.</source>
        <translation>VALUE: %1 is outside the range of lever %2 (%3 to %4 %5). Nothing was changed.</translation>
    </message>
    <message>
        <source>Set %1 to %2 for %3-%4 in "%5" (revision %6).</source>
        <translation>Set %1 to %2 for %3-%4 in "%5" (revision %6).</translation>
    </message>
    <message>
        <source>The scenario to project.</source>
        <translation>The scenario to project.</translation>
    </message>
    <message>
        <source>Monte Carlo draws (default 1000).</source>
        <translation>Monte Carlo draws (default 1000).</translation>
    </message>
    <message>
        <source>Random seed (default 20240528).</source>
        <translation>Random seed (default 20240528).</translation>
    </message>
    <message>
        <source>Last year (2035 by default, at most 2040).</source>
        <translation>Last year (2035 by default, at most 2040).</translation>
    </message>
    <message>
        <source>--draws: "%1" is not a whole number from 1 to 100000.</source>
        <translation>--draws: "%1" is not a whole number from 1 to 100000.</translation>
    </message>
    <message>
        <source>--until: "%1" is not a year from %2 to %3.</source>
        <translation>--until: "%1" is not a year from %2 to %3.</translation>
    </message>
    <message>
        <source>The scenario.</source>
        <translation>The scenario.</translation>
    </message>
    <message>
        <source>The target's id, e.g. S-02.</source>
        <translation>The target's id, e.g. S-02.</translation>
    </message>
    <message>
        <source>--target: there is no target "%1".</source>
        <translation>--target: there is no target "%1".</translation>
    </message>
    <message>
        <source>%1 %2 every year</source>
        <translation>%1 %2 every year</translation>
    </message>
    <message>
        <source>not reachable within the lever's range (%1)</source>
        <translation>not reachable within the lever's range (%1)</translation>
    </message>
    <message>
        <source>%1 by lever %2 (scenario's setting %3 %4)</source>
        <translation>%1 by lever %2 (scenario's setting %3 %4)</translation>
    </message>
    <message>
        <source>The indicator's id.</source>
        <translation>The indicator's id.</translation>
    </message>
    <message>
        <source>The year.</source>
        <translation>The year.</translation>
    </message>
    <message>
        <source>--indicator: there is no indicator "%1".</source>
        <translation>--indicator: there is no indicator "%1".</translation>
    </message>
    <message>
        <source>%1 in %2: %3 with the scenario's settings</source>
        <translation>%1 in %2: %3 with the scenario's settings</translation>
    </message>
    <message>
        <source>swing %1</source>
        <translation>swing %1</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>One of the commands above.</translation>
    </message>
    <message>
        <source>The word "projection".</source>
        <translation>The word "projection".</translation>
    </message>
    <message>
        <source>hold, linear, growth, logistic, logistic_through_latest, milestones or fitted.</source>
        <translation>hold, linear, growth, logistic, logistic_through_latest, milestones or fitted.</translation>
    </message>
    <message>
        <source>The method's parameters as JSON, e.g. {"rate": 0.05} or {"points": [{"year": 2030, "value": 50}], "interpolation": "step"}.</source>
        <translation>The method's parameters as JSON, e.g. {"rate": 0.05} or {"points": [{"year": 2030, "value": 50}], "interpolation": "step"}.</translation>
    </message>
    <message>
        <source>Unknown projection action "%1": use set.</source>
        <translation>Unknown projection action "%1": use set.</translation>
    </message>
    <message>
        <source>--parameters: not a JSON object (%1).</source>
        <translation>--parameters: not a JSON object (%1).</translation>
    </message>
    <message>
        <source>%1 is now projected by %2 in "%3" (revision %4).</source>
        <translation>%1 is now projected by %2 in "%3" (revision %4).</translation>
    </message>
    <message>
        <source>--seed: "%1" is not a whole number from 0 to 9007199254740991.</source>
        <translation>--seed: "%1" is not a whole number from 0 to 9007199254740991.</translation>
    </message>
    <message>
        <source>The application's task data is broken: %1</source>
        <translation>The application's task data is broken: %1</translation>
    </message>
    <message>
        <source>Show this scenario's progress.</source>
        <translation>Show this scenario's progress.</translation>
    </message>
    <message>
        <source>Only this chapter's tasks.</source>
        <translation>Only this chapter's tasks.</translation>
    </message>
    <message>
        <source>The word "task".</source>
        <translation>The word "task".</translation>
    </message>
    <message>
        <source>The task's id (see "tasks").</source>
        <translation>The task's id (see "tasks").</translation>
    </message>
    <message>
        <source>not_started, in_progress or done.</source>
        <translation>not_started, in_progress or done.</translation>
    </message>
    <message>
        <source>Progress, 0 to 100 %.</source>
        <translation>Progress, 0 to 100 %.</translation>
    </message>
    <message>
        <source>Where the progress is documented.</source>
        <translation>Where the progress is documented.</translation>
    </message>
    <message>
        <source>Unknown task action "%1": use set.</source>
        <translation>Unknown task action "%1": use set.</translation>
    </message>
    <message>
        <source>--progress: "%1" is not a number from 0 to 100.</source>
        <translation>--progress: "%1" is not a number from 0 to 100.</translation>
    </message>
    <message>
        <source>--task: there is no task "%1" (see "jilin-planner tasks").</source>
        <translation>--task: there is no task "%1" (see "jilin-planner tasks").</translation>
    </message>
    <message>
        <source>Task %1 in "%2": %3, %4 % (revision %5).</source>
        <translation>Task %1 in "%2": %3, %4 % (revision %5).</translation>
    </message>
    <message>
        <source>A city's share of the province's target, in %; repeat for each city. Given: the shares are checked (they must add up to 100 %) and stored.</source>
        <translation>A city's share of the province's target, in %; repeat for each city. Given: the shares are checked (they must add up to 100 %) and stored.</translation>
    </message>
    <message>
        <source>--share: "%1" is not CITY=PERCENT.</source>
        <translation>--share: "%1" is not CITY=PERCENT.</translation>
    </message>
    <message>
        <source>--target: there is no target "%1" with a value to decompose.</source>
        <translation>--target: there is no target "%1" with a value to decompose.</translation>
    </message>
    <message>
        <source>Target %1 has no decomposition in "%2" yet: give the cities' shares with --share.</source>
        <translation>Target %1 has no decomposition in "%2" yet: give the cities' shares with --share.</translation>
    </message>
    <message>
        <source>Overall index: %1</source>
        <translation>Overall index: %1</translation>
    </message>
    <message>
        <source>A file with one command a line; without it, or with -, standard input.</source>
        <translation>A file with one command a line; without it, or with -, standard input.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Line %1 failed: the batch stopped there. The commands before it were carried out and saved; that line and the ones after it were not.</source>
        <translation>Line %1 failed: the batch stopped there. The commands before it were carried out and saved; that line and the ones after it were not.</translation>
    </message>
    <message>
        <source>Decision support for the Beautiful Jilin construction plan (2024-2035).
Without a command, opens the window.

Commands:
  catalog [--json]                      the plan's indicators, baselines and targets
  scenarios [--json]                    list the scenarios in the database
  scenario create NAME [--author A] [--notes N]
  scenario fork NAME NEW [--author A]   copy a scenario with all its settings
  scenario rename NAME NEW
  scenario delete NAME --yes            (the last scenario is never deleted)
  levers [--json]                       every lever: unit, range, default, what it moves
  lever set --scenario NAME --lever ID (--stage 1|2|3 | --year Y | --all-years) VALUE
  projection set --scenario NAME --indicator ID --method M [--parameters JSON]
                                        how an indicator without a model is carried forward
  project --scenario NAME [--draws N] [--seed S] [--until YEAR] [--json]
                                        trajectories to 2035 with P10/P50/P90 and every target judged
  goalseek --scenario NAME --target ID --lever ID [--json]
                                        the lever setting that meets a target (P50 and 90 %)
  sensitivity --scenario NAME --indicator ID --year Y [--json]
                                        each lever at its bounds, sorted by swing
  tasks [--scenario NAME] [--chapter ID] [--json]
                                        the plan's measures as tasks, with progress
  task set --scenario NAME --task ID [--status S] [--progress P] [--evidence TEXT]
  decompose --scenario NAME --target ID [--share CITY=PERCENT ...] [--json]
                                        a target divided among the cities (shares add up to 100 %)
  index --scenario NAME [--draws N] [--json]
                                        composite assessment index per chapter and overall
  batch [FILE]                          many commands, one a line, from FILE or standard input;
                                        each saved on its own, stops at the first that fails

Exit status: 0 done, 1 the command could not be carried out, 2 wrong command line.
Run "jilin-planner COMMAND --help" for the options of one command.</source>
        <translation>Decision support for the Beautiful Jilin construction plan (2024-2035).
Without a command, opens the window.

Commands:
  catalog [--json]                      the plan's indicators, baselines and targets
  scenarios [--json]                    list the scenarios in the database
  scenario create NAME [--author A] [--notes N]
  scenario fork NAME NEW [--author A]   copy a scenario with all its settings
  scenario rename NAME NEW
  scenario delete NAME --yes            (the last scenario is never deleted)
  levers [--json]                       every lever: unit, range, default, what it moves
  lever set --scenario NAME --lever ID (--stage 1|2|3 | --year Y | --all-years) VALUE
  projection set --scenario NAME --indicator ID --method M [--parameters JSON]
                                        how an indicator without a model is carried forward
  project --scenario NAME [--draws N] [--seed S] [--until YEAR] [--json]
                                        trajectories to 2035 with P10/P50/P90 and every target judged
  goalseek --scenario NAME --target ID --lever ID [--json]
                                        the lever setting that meets a target (P50 and 90 %)
  sensitivity --scenario NAME --indicator ID --year Y [--json]
                                        each lever at its bounds, sorted by swing
  tasks [--scenario NAME] [--chapter ID] [--json]
                                        the plan's measures as tasks, with progress
  task set --scenario NAME --task ID [--status S] [--progress P] [--evidence TEXT]
  decompose --scenario NAME --target ID [--share CITY=PERCENT ...] [--json]
                                        a target divided among the cities (shares add up to 100 %)
  index --scenario NAME [--draws N] [--json]
                                        composite assessment index per chapter and overall
  batch [FILE]                          many commands, one a line, from FILE or standard input;
                                        each saved on its own, stops at the first that fails

Exit status: 0 done, 1 the command could not be carried out, 2 wrong command line.
Run "jilin-planner COMMAND --help" for the options of one command.</translation>
    </message>
    <message>
        <source>--db and --lang go before "batch", not on one of its lines.</source>
        <translation>--db and --lang go before "batch", not on one of its lines.</translation>
    </message>
    <message>
        <source>A batch cannot run another batch.</source>
        <translation>A batch cannot run another batch.</translation>
    </message>
</context>
<context>
    <name>Planner::Governance::IndexTableModel</name>
    <message>
        <source>Overall index</source>
        <translation>Overall index</translation>
    </message>
    <message>
        <source>%1 (%2 targets)</source>
        <translation>%1 (%2 targets)</translation>
    </message>
    <message>
        <source>%1 (%2 tasks)</source>
        <translation>%1 (%2 tasks)</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Targets' progress (0-100)</source>
        <translation>Targets' progress (0-100)</translation>
    </message>
    <message>
        <source>Tasks' progress (0-100)</source>
        <translation>Tasks' progress (0-100)</translation>
    </message>
    <message>
        <source>Index (0.7 targets + 0.3 tasks)</source>
        <translation>Index (0.7 targets + 0.3 tasks)</translation>
    </message>
</context>
<context>
    <name>Planner::Governance::TaskTableModel</name>
    <message>
        <source>Task not saved</source>
        <translation>Task not saved</translation>
    </message>
    <message>
        <source>Indicators and targets</source>
        <translation>Indicators and targets</translation>
    </message>
    <message>
        <source>The plan's measures as tasks (%1)</source>
        <translation>The plan's measures as tasks (%1)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>The plan gives no year: 2035 is the planner's default.</source>
        <translation>The plan gives no year: 2035 is the planner's default.</translation>
    </message>
    <message>
        <source>The plan names no department (省负总责、市县抓落实): this is the planner's default.</source>
        <translation>The plan names no department (省负总责、市县抓落实): this is the planner's default.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Measure (the plan's words)</source>
        <translation>Measure (the plan's words)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Status (not_started / in_progress / done)</source>
        <translation>Status (not_started / in_progress / done)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>"%1" is not a number from 0 to 100.</source>
        <translation>"%1" is not a number from 0 to 100.</translation>
    </message>
    <message>
        <source>Each target scores 0-100 by its progress from the value the run starts from to the target, at P50 in the target's year; tasks by their progress; a chapter's index is 0.7 x targets + 0.3 x tasks, the overall index the mean of the chapters (美丽中国建设成效考核 style). Weights: resources/catalog/governance_tasks.json.</source>
        <translation>Each target scores 0-100 by its progress from the value the run starts from to the target, at P50 in the target's year; tasks by their progress; a chapter's index is 0.7 x targets + 0.3 x tasks, the overall index the mean of the chapters (美丽中国建设成效考核 style). Weights: resources/catalog/governance_tasks.json.</translation>
    </message>
    <message>
        <source>Assessment index (综合指数)</source>
        <translation>Assessment index (综合指数)</translation>
    </message>
</context>
<context>
    <name>Planner::Shell::MainWindow</name>
    <message>
        <source>Cannot open scenario</source>
        <translation>Cannot open scenario</translation>
    </message>
    <message>
        <source>Beautiful Jilin planning desk — %1</source>
        <translation>Beautiful Jilin planning desk — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>&amp;Scenario: </source>
        <translation>&amp;Scenario: </translation>
    </message>
    <message>
        <source>The scenario every page shows</source>
        <translation>The scenario every page shows</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>The database file cannot be written: it is open for viewing only.</source>
        <translation>The database file cannot be written: it is open for viewing only.</translation>
    </message>
    <message>
        <source>Every change is saved to this file as it is made.</source>
        <translation>Every change is saved to this file as it is made.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Beautiful Jilin planning desk %1&lt;/h3&gt;&lt;p&gt;Decision support for 《美丽吉林建设规划纲要(2024—2035年)》.&lt;/p&gt;&lt;p&gt;Targets: the plan's published excerpt, and the 2027 stage targets announced with it (2024-05-28). Baselines: Jilin's ecological-environment bulletins and official press reports; values without a published source are marked as assumptions.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Beautiful Jilin planning desk %1&lt;/h3&gt;&lt;p&gt;Decision support for 《美丽吉林建设规划纲要(2024—2035年)》.&lt;/p&gt;&lt;p&gt;Targets: the plan's published excerpt, and the 2027 stage targets announced with it (2024-05-28). Baselines: Jilin's ecological-environment bulletins and official press reports; values without a published source are marked as assumptions.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>Cannot start</translation>
    </message>
    <message>
        <source>The application's catalog data is broken: %1</source>
        <translation>The application's catalog data is broken: %1</translation>
    </message>
    <message>
        <source>Cannot open the scenario database</source>
        <translation>Cannot open the scenario database</translation>
    </message>
</context>
<context>
    <name>Planner::Storage</name>
    <message>
        <source>Writing the plan's catalog failed</source>
        <translation>Writing the plan's catalog failed</translation>
    </message>
    <message>
        <source>Reading the plan's catalog failed</source>
        <translation>Reading the plan's catalog failed</translation>
    </message>
    <message>
        <source>set by the planner in this scenario</source>
        <translation>set by the planner in this scenario</translation>
    </message>
    <message>
        <source>Upgrading the database failed</source>
        <translation>Upgrading the database failed</translation>
    </message>
    <message>
        <source>Reading the schema version failed</source>
        <translation>Reading the schema version failed</translation>
    </message>
    <message>
        <source>Writing the schema version failed</source>
        <translation>Writing the schema version failed</translation>
    </message>
    <message>
        <source>There is no scenario named "%1".</source>
        <translation>There is no scenario named "%1".</translation>
    </message>
    <message>
        <source>A scenario name cannot be empty.</source>
        <translation>A scenario name cannot be empty.</translation>
    </message>
    <message>
        <source>A scenario name cannot start or end with spaces: "%1".</source>
        <translation>A scenario name cannot start or end with spaces: "%1".</translation>
    </message>
    <message>
        <source>A scenario name can have at most %1 characters.</source>
        <translation>A scenario name can have at most %1 characters.</translation>
    </message>
    <message>
        <source>A scenario name cannot contain control characters.</source>
        <translation>A scenario name cannot contain control characters.</translation>
    </message>
    <message>
        <source>Listing scenarios failed</source>
        <translation>Listing scenarios failed</translation>
    </message>
    <message>
        <source>Reading scenario "%1" failed</source>
        <translation>Reading scenario "%1" failed</translation>
    </message>
    <message>
        <source>Reading a scenario failed</source>
        <translation>Reading a scenario failed</translation>
    </message>
    <message>
        <source>The scenario no longer exists.</source>
        <translation>The scenario no longer exists.</translation>
    </message>
    <message>
        <source>Creating scenario "%1" failed</source>
        <translation>Creating scenario "%1" failed</translation>
    </message>
    <message>
        <source>A scenario named "%1" already exists.</source>
        <translation>A scenario named "%1" already exists.</translation>
    </message>
    <message>
        <source>Forking scenario "%1" failed</source>
        <translation>Forking scenario "%1" failed</translation>
    </message>
    <message>
        <source>Saving scenario "%1" failed</source>
        <translation>Saving scenario "%1" failed</translation>
    </message>
    <message>
        <source>Scenario "%1" was changed elsewhere (now revision %2, you edited revision %3). Reload it, or save your version as a fork.</source>
        <translation>Scenario "%1" was changed elsewhere (now revision %2, you edited revision %3). Reload it, or save your version as a fork.</translation>
    </message>
    <message>
        <source>Renaming scenario "%1" failed</source>
        <translation>Renaming scenario "%1" failed</translation>
    </message>
    <message>
        <source>Saving the notes of scenario "%1" failed</source>
        <translation>Saving the notes of scenario "%1" failed</translation>
    </message>
    <message>
        <source>Deleting scenario "%1" failed</source>
        <translation>Deleting scenario "%1" failed</translation>
    </message>
    <message>
        <source>"%1" is the only scenario; a database always keeps at least one.</source>
        <translation>"%1" is the only scenario; a database always keeps at least one.</translation>
    </message>
    <message>
        <source>Saving the baseline of %1 failed</source>
        <translation>Saving the baseline of %1 failed</translation>
    </message>
    <message>
        <source>%1: the baseline value must be a finite number.</source>
        <translation>%1: the baseline value must be a finite number.</translation>
    </message>
    <message>
        <source>Saving target %1 failed</source>
        <translation>Saving target %1 failed</translation>
    </message>
    <message>
        <source>Creating the baseline scenario failed</source>
        <translation>Creating the baseline scenario failed</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a scenario database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 is not a scenario database (it is not an SQLite file). It was left unchanged.</translation>
    </message>
    <message>
        <source>%1: the database file is damaged (%2).</source>
        <translation>%1: the database file is damaged (%2).</translation>
    </message>
    <message>
        <source>%1: the database is read-only.</source>
        <translation>%1: the database is read-only.</translation>
    </message>
    <message>
        <source>%1 is open read-only: changes cannot be saved.</source>
        <translation>%1 is open read-only: changes cannot be saved.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a scenario database.</source>
        <translation>%1 is a folder, not a scenario database.</translation>
    </message>
    <message>
        <source>%1 is empty and read-only: there is nothing to show.</source>
        <translation>%1 is empty and read-only: there is nothing to show.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 does not exist.</source>
        <translation>Cannot create the database %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 is not writable.</source>
        <translation>Cannot create the database %1: the folder %2 is not writable.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (libqt6sql6-sqlite).</source>
        <translation>The SQLite driver for Qt is not installed (libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Cannot open %1</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema cannot be read. It was left unchanged.</source>
        <translation>%1 is damaged: its schema cannot be read. It was left unchanged.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the application (schema %2; this version reads up to %3). Update the application to open it. The file was left unchanged.</source>
        <translation>%1 was written by a newer version of the application (schema %2; this version reads up to %3). Update the application to open it. The file was left unchanged.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). It was left unchanged; restore it from a backup.</source>
        <translation>%1 is damaged and cannot be opened (%2). It was left unchanged; restore it from a backup.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a scenario database. It was left unchanged.</source>
        <translation>%1 is an SQLite database of another program, not a scenario database. It was left unchanged.</translation>
    </message>
    <message>
        <source>%1 is read-only and uses an older schema (%2) that this version must upgrade before it can show it. Make it writable and open it once.</source>
        <translation>%1 is read-only and uses an older schema (%2) that this version must upgrade before it can show it. Make it writable and open it once.</translation>
    </message>
    <message>
        <source>%1, %2: the value must be a finite number.</source>
        <translation>%1, %2: the value must be a finite number.</translation>
    </message>
    <message>
        <source>%1: unknown uncertainty "%2" (none, uniform, triangular or normal).</source>
        <translation>%1: unknown uncertainty "%2" (none, uniform, triangular or normal).</translation>
    </message>
    <message>
        <source>%1: the uncertainty spread must be a finite number not below zero.</source>
        <translation>%1: the uncertainty spread must be a finite number not below zero.</translation>
    </message>
    <message>
        <source>Reading the scenario's settings failed</source>
        <translation>Reading the scenario's settings failed</translation>
    </message>
    <message>
        <source>Saving lever %1 failed</source>
        <translation>Saving lever %1 failed</translation>
    </message>
    <message>
        <source>Saving the uncertainty of %1 failed</source>
        <translation>Saving the uncertainty of %1 failed</translation>
    </message>
    <message>
        <source>Saving observed values of %1 failed</source>
        <translation>Saving observed values of %1 failed</translation>
    </message>
    <message>
        <source>Saving the projection of %1 failed</source>
        <translation>Saving the projection of %1 failed</translation>
    </message>
    <message>
        <source>%1: the target value must be a finite number.</source>
        <translation>%1: the target value must be a finite number.</translation>
    </message>
    <message>
        <source>Reading task progress failed</source>
        <translation>Reading task progress failed</translation>
    </message>
    <message>
        <source>%1: unknown status "%2" (not_started, in_progress or done).</source>
        <translation>%1: unknown status "%2" (not_started, in_progress or done).</translation>
    </message>
    <message>
        <source>%1: progress must be a number from 0 to 100.</source>
        <translation>%1: progress must be a number from 0 to 100.</translation>
    </message>
    <message>
        <source>Saving task %1 failed</source>
        <translation>Saving task %1 failed</translation>
    </message>
    <message>
        <source>Reading the decomposition of %1 failed</source>
        <translation>Reading the decomposition of %1 failed</translation>
    </message>
    <message>
        <source>%1: the share must be a finite number.</source>
        <translation>%1: the share must be a finite number.</translation>
    </message>
    <message>
        <source>Saving the decomposition of %1 failed</source>
        <translation>Saving the decomposition of %1 failed</translation>
    </message>
    <message>
        <source>%1: another program (a planning desk window, a script, a backup tool) holds the database locked and did not release it within %2 seconds. Nothing was changed. Wait until it has finished, or close it, then try again.</source>
        <translation>%1: another program (a planning desk window, a script, a backup tool) holds the database locked and did not release it within %2 seconds. Nothing was changed. Wait until it has finished, or close it, then try again.</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::ChapterPage</name>
    <message>
        <source>Overview: every target of the plan</source>
        <translation>Overview: every target of the plan</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
    <message>
        <source>Select a row to see where its baseline comes from. Values in italics are assumptions: no published figure was found.</source>
        <translation>Select a row to see where its baseline comes from. Values in italics are assumptions: no published figure was found.</translation>
    </message>
    <message>
        <source>%1 — baseline %2 is an assumption: %3</source>
        <translation>%1 — baseline %2 is an assumption: %3</translation>
    </message>
    <message>
        <source>%1 — baseline %2 from %3</source>
        <translation>%1 — baseline %2 from %3</translation>
    </message>
    <message>
        <source>Setting not saved</source>
        <translation>Setting not saved</translation>
    </message>
    <message>
        <source>Levers by stage (double-click a value to change it; saved at once)</source>
        <translation>Levers by stage (double-click a value to change it; saved at once)</translation>
    </message>
    <message>
        <source>The projection could not run: %1</source>
        <translation>The projection could not run: %1</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::IndicatorTableModel</name>
    <message>
        <source>at least</source>
        <translation>at least</translation>
    </message>
    <message>
        <source>about</source>
        <translation>about</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>at most</translation>
    </message>
    <message>
        <source>peak before</source>
        <translation>peak before</translation>
    </message>
    <message>
        <source>plateau within</source>
        <translation>plateau within</translation>
    </message>
    <message>
        <source>phase out</source>
        <translation>phase out</translation>
    </message>
    <message>
        <source>full coverage</source>
        <translation>full coverage</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>milestone</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>direction</translation>
    </message>
    <message>
        <source>peak by %1</source>
        <translation>peak by %1</translation>
    </message>
    <message>
        <source>plateau %1–%2</source>
        <translation>plateau %1–%2</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>falling</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>rising</translation>
    </message>
    <message>
        <source>qualitative</source>
        <translation>qualitative</translation>
    </message>
    <message>
        <source>%1 (assumption)</source>
        <translation>%1 (assumption)</translation>
    </message>
    <message>
        <source>context</source>
        <translation>context</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Baseline year</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Target year</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>In the plan's words</source>
        <translation>In the plan's words</translation>
    </message>
    <message>
        <source>Assumption (see note)</source>
        <translation>Assumption (see note)</translation>
    </message>
    <message>
        <source>Qualitative: status and evidence</source>
        <translation>Qualitative: status and evidence</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>achieved</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>on track</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>at risk</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>off track</translation>
    </message>
    <message>
        <source>not assessable</source>
        <translation>not assessable</translation>
    </message>
    <message>
        <source>acceleration needed</source>
        <translation>acceleration needed</translation>
    </message>
    <message>
        <source>limited progress</source>
        <translation>limited progress</translation>
    </message>
    <message>
        <source>moving away</source>
        <translation>moving away</translation>
    </message>
    <message>
        <source>Projected (P50)</source>
        <translation>Projected (P50)</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trend test</source>
        <translation>Trend test</translation>
    </message>
    <message>
        <source>[set by the planner] %1</source>
        <translation>[set by the planner] %1</translation>
    </message>
    <message>
        <source>[announced with the plan, 2024-05-28] %1</source>
        <translation>[announced with the plan, 2024-05-28] %1</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::LeverTableModel</name>
    <message>
        <source>%1
Unit: %2; range %3 to %4; default %5</source>
        <translation>%1
Unit: %2; range %3 to %4; default %5</translation>
    </message>
    <message>
        <source>Default is an assumption: %1</source>
        <translation>Default is an assumption: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>Lever</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>"%1" is not a number.</source>
        <translation>"%1" is not a number.</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::ScenarioDocument</name>
    <message>
        <source>There is no lever %1.</source>
        <translation>There is no lever %1.</translation>
    </message>
    <message>
        <source>%1 is outside the range of %2 (%3 to %4).</source>
        <translation>%1 is outside the range of %2 (%3 to %4).</translation>
    </message>
</context>
</TS>