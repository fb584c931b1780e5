<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Planner::Analysis::Findings</name>
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
        <source>%1 (%2): the projection cannot judge this target; status: %3.</source>
        <translation>%1 (%2): the projection cannot judge this target; status: %3.</translation>
    </message>
    <message>
        <source>Under this scenario, %1 is projected at %2 in %3</source>
        <translation>Under this scenario, %1 is projected at %2 in %3</translation>
    </message>
    <message>
        <source>, probability of meeting it %1%</source>
        <translation>, probability of meeting it %1%</translation>
    </message>
    <message>
        <source>; %1 target %2: %3</source>
        <translation>; %1 target %2: %3</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 percentage points</translation>
    </message>
    <message>
        <source>, above the %1 ceiling by %2</source>
        <translation>, above the %1 ceiling by %2</translation>
    </message>
    <message>
        <source>, within the %1 ceiling</source>
        <translation>, within the %1 ceiling</translation>
    </message>
    <message>
        <source>, within the tolerance of the %1 target</source>
        <translation>, within the tolerance of the %1 target</translation>
    </message>
    <message>
        <source>, below the %1 target by %2</source>
        <translation>, below the %1 target by %2</translation>
    </message>
    <message>
        <source>, above the %1 target by %2</source>
        <translation>, above the %1 target by %2</translation>
    </message>
    <message>
        <source>, meeting the %1 target</source>
        <translation>, meeting the %1 target</translation>
    </message>
</context>
<context>
    <name>Planner::Charts::ChartData</name>
    <message>
        <source>No projection</source>
        <translation>No projection</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scenario %1</translation>
    </message>
    <message>
        <source>Scenarios %1</source>
        <translation>Scenarios %1</translation>
    </message>
    <message>
        <source>%1 · deterministic run (draws pending)</source>
        <translation>%1 · deterministic run (draws pending)</translation>
    </message>
    <message>
        <source>%1 · %2 draws · seed %3</source>
        <translation>%1 · %2 draws · seed %3</translation>
    </message>
</context>
<context>
    <name>Planner::Charts::ChartRenderer</name>
    <message>
        <source>A chart image must be 100 to 20,000 pixels wide and high at 36 to 1,200 dpi.</source>
        <translation>A chart image must be 100 to 20,000 pixels wide and high at 36 to 1,200 dpi.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>Planner::Charts::ChartView</name>
    <message>
        <source>%1 — click to enlarge</source>
        <translation>%1 — click to enlarge</translation>
    </message>
</context>
<context>
    <name>Planner::Charts::IndicatorChart</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>Projection P50: %1</source>
        <translation>Projection P50: %1</translation>
    </message>
    <message>
        <source>Projection P50</source>
        <translation>Projection P50</translation>
    </message>
    <message>
        <source>P10–P90 range</source>
        <translation>P10–P90 range</translation>
    </message>
    <message>
        <source>Target trajectory</source>
        <translation>Target trajectory</translation>
    </message>
    <message>
        <source>Milestone targets</source>
        <translation>Milestone targets</translation>
    </message>
    <message>
        <source>P50: %1</source>
        <translation>P50: %1</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <source>Target path</source>
        <translation>Target path</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Floor: at least %1</source>
        <translation>Floor: at least %1</translation>
    </message>
    <message>
        <source>Ceiling: at most %1</source>
        <translation>Ceiling: at most %1</translation>
    </message>
    <message>
        <source>Peak before %1</source>
        <translation>Peak before %1</translation>
    </message>
</context>
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
        <source>The scenario to export.</source>
        <translation>The scenario to export.</translation>
    </message>
    <message>
        <source>Every scenario in one table (csv or xlsx).</source>
        <translation>Every scenario in one table (csv or xlsx).</translation>
    </message>
    <message>
        <source>json: the scenario file (default); csv or xlsx: its projections and assessments as tables. Without it, a .csv or .xlsx file name decides.</source>
        <translation>json: the scenario file (default); csv or xlsx: its projections and assessments as tables. Without it, a .csv or .xlsx file name decides.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Replace the output file if it exists.</translation>
    </message>
    <message>
        <source>Give exactly one of --scenario or --all-scenarios. Usage: %1</source>
        <translation>Give exactly one of --scenario or --all-scenarios. Usage: %1</translation>
    </message>
    <message>
        <source>--format: "%1" is not json, csv or xlsx.</source>
        <translation>--format: "%1" is not json, csv or xlsx.</translation>
    </message>
    <message>
        <source>A scenario file holds one scenario: use --scenario, or --format csv|xlsx with --all-scenarios.</source>
        <translation>A scenario file holds one scenario: use --scenario, or --format csv|xlsx with --all-scenarios.</translation>
    </message>
    <message>
        <source>Wrote scenario "%1" to %2.</source>
        <translation>Wrote scenario "%1" to %2.</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>Wrote %1 and %2.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>A scenario file (.json) or a table of observed values (.csv, .xlsx).</source>
        <translation>A scenario file (.json) or a table of observed values (.csv, .xlsx).</translation>
    </message>
    <message>
        <source>For a table: the scenario that receives the observed values.</source>
        <translation>For a table: the scenario that receives the observed values.</translation>
    </message>
    <message>
        <source>Show what would change; write nothing.</source>
        <translation>Show what would change; write nothing.</translation>
    </message>
    <message>
        <source>%1 is a scenario file, which becomes a new scenario: --scenario is for tables of observed values.</source>
        <translation>%1 is a scenario file, which becomes a new scenario: --scenario is for tables of observed values.</translation>
    </message>
    <message>
        <source>Dry run: %1 would become scenario "%2". Nothing was written.</source>
        <translation>Dry run: %1 would become scenario "%2". Nothing was written.</translation>
    </message>
    <message>
        <source>Imported %1 as scenario "%2" ("%3" exists already).</source>
        <translation>Imported %1 as scenario "%2" ("%3" exists already).</translation>
    </message>
    <message>
        <source>Imported %1 as scenario "%2".</source>
        <translation>Imported %1 as scenario "%2".</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Nothing was imported.</translation>
    </message>
    <message>
        <source>Observed values from %1 for scenario "%2":</source>
        <translation>Observed values from %1 for scenario "%2":</translation>
    </message>
    <message>
        <source>  new        row %1: %2 = %3</source>
        <translation>  new        row %1: %2 = %3</translation>
    </message>
    <message>
        <source>  changed    row %1: %2: %3 -&gt; %4</source>
        <translation>  changed    row %1: %2: %3 -&gt; %4</translation>
    </message>
    <message>
        <source>  unchanged  row %1: %2 = %3</source>
        <translation>  unchanged  row %1: %2 = %3</translation>
    </message>
    <message>
        <source>  rejected   row %1: %2</source>
        <translation>  rejected   row %1: %2</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged, %4 rejected.</source>
        <translation>%1 new, %2 changed, %3 unchanged, %4 rejected.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation>Nothing to write.</translation>
    </message>
    <message>
        <source>Wrote %1 values to scenario "%2" (revision %3).</source>
        <translation>Wrote %1 values to scenario "%2" (revision %3).</translation>
    </message>
    <message>
        <source>The scenario to report on; give it again to compare scenarios.</source>
        <translation>The scenario to report on; give it again to compare scenarios.</translation>
    </message>
    <message>
        <source>A chapter id for a chapter report, or all (default) for the whole plan.</source>
        <translation>A chapter id for a chapter report, or all (default) for the whole plan.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>-o: "%1" does not end in .pdf.</source>
        <translation>-o: "%1" does not end in .pdf.</translation>
    </message>
    <message>
        <source>%1 exists already: give --force to replace it. Nothing was written.</source>
        <translation>%1 exists already: give --force to replace it. Nothing was written.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Cannot write %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>The report command needs the graphical part of Qt, which this program did not start.</source>
        <translation>The report command needs the graphical part of Qt, which this program did not start.</translation>
    </message>
    <message>
        <source>--scenario: each scenario may be given once.</source>
        <translation>--scenario: each scenario may be given once.</translation>
    </message>
    <message>
        <source>--scenario: there is no scenario "%1".</source>
        <translation>--scenario: there is no scenario "%1".</translation>
    </message>
    <message>
        <source>--scenario: %1</source>
        <translation>--scenario: %1</translation>
    </message>
    <message>
        <source>--chapter: %1</source>
        <translation>--chapter: %1</translation>
    </message>
    <message>
        <source> Nothing was written.</source>
        <translation> Nothing was written.</translation>
    </message>
    <message>
        <source>Wrote %1 (scenario %2, revision %3, fingerprint %4).</source>
        <translation>Wrote %1 (scenario %2, revision %3, fingerprint %4).</translation>
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
  export --scenario NAME -o FILE.json [--force]
                                        the scenario as a file for another desk
  export (--scenario NAME | --all-scenarios) --format csv|xlsx -o FILE [--force]
                                        projections and assessments as tables
  import FILE.json [--dry-run]          a scenario file as a new scenario
  import FILE.csv|FILE.xlsx --scenario NAME [--dry-run]
                                        observed values, previewed before they are written
  report --scenario NAME [--scenario OTHER] [--chapter ID|all] [--lang zh_CN|en] -o FILE.pdf [--force]
                                        a chapter or full-plan report as PDF (no display needed)
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
  export --scenario NAME -o FILE.json [--force]
                                        the scenario as a file for another desk
  export (--scenario NAME | --all-scenarios) --format csv|xlsx -o FILE [--force]
                                        projections and assessments as tables
  import FILE.json [--dry-run]          a scenario file as a new scenario
  import FILE.csv|FILE.xlsx --scenario NAME [--dry-run]
                                        observed values, previewed before they are written
  report --scenario NAME [--scenario OTHER] [--chapter ID|all] [--lang zh_CN|en] -o FILE.pdf [--force]
                                        a chapter or full-plan report as PDF (no display needed)
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
    <name>Planner::Exchange</name>
    <message>
        <source>Line %1: text after a closing quote.</source>
        <translation>Line %1: text after a closing quote.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>Line %1: a quoted field is not closed before the end of the file.</translation>
    </message>
    <message>
        <source>There is no file "%1".</source>
        <translation>There is no file "%1".</translation>
    </message>
    <message>
        <source>"%1" is not a file.</source>
        <translation>"%1" is not a file.</translation>
    </message>
    <message>
        <source>"%1" is %2 MB; files over %3 MB are not read.</source>
        <translation>"%1" is %2 MB; files over %3 MB are not read.</translation>
    </message>
    <message>
        <source>Cannot read "%1": %2</source>
        <translation>Cannot read "%1": %2</translation>
    </message>
    <message>
        <source>"%1" is larger than %2 MB and is not read.</source>
        <translation>"%1" is larger than %2 MB and is not read.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (perhaps GBK or GB18030). Save it as UTF-8 ("CSV UTF-8" in Excel or WPS) and try again.</source>
        <translation>The file is not UTF-8 text (perhaps GBK or GB18030). Save it as UTF-8 ("CSV UTF-8" in Excel or WPS) and try again.</translation>
    </message>
    <message>
        <source>The file's UTF-16 text is damaged.</source>
        <translation>The file's UTF-16 text is damaged.</translation>
    </message>
    <message>
        <source>The file holds binary data, not text.</source>
        <translation>The file holds binary data, not text.</translation>
    </message>
    <message>
        <source>The table is empty.</source>
        <translation>The table is empty.</translation>
    </message>
    <message>
        <source>Row %1 is not a header this import knows. It needs the columns indicator (or 指标), year (or 年份) and value (or 数值), and may have source (来源) and unit (单位).</source>
        <translation>Row %1 is not a header this import knows. It needs the columns indicator (or 指标), year (or 年份) and value (or 数值), and may have source (来源) and unit (单位).</translation>
    </message>
    <message>
        <source>unknown indicator "%1"</source>
        <translation>unknown indicator "%1"</translation>
    </message>
    <message>
        <source>year "%1" is not a year from %2 to %3</source>
        <translation>year "%1" is not a year from %2 to %3</translation>
    </message>
    <message>
        <source>value "%1" is not a number</source>
        <translation>value "%1" is not a number</translation>
    </message>
    <message>
        <source>unit "%1" does not match the indicator's unit "%2"</source>
        <translation>unit "%1" does not match the indicator's unit "%2"</translation>
    </message>
    <message>
        <source>duplicate of row %1 (%2, %3)</source>
        <translation>duplicate of row %1 (%2, %3)</translation>
    </message>
    <message>
        <source>No output file is given.</source>
        <translation>No output file is given.</translation>
    </message>
    <message>
        <source>"%1" is a folder; give a file name.</source>
        <translation>"%1" is a folder; give a file name.</translation>
    </message>
    <message>
        <source>"%1" exists; nothing was written. Use --force to replace it.</source>
        <translation>"%1" exists; nothing was written. Use --force to replace it.</translation>
    </message>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation>Cannot write "%1": %2</translation>
    </message>
    <message>
        <source>No free name for scenario "%1".</source>
        <translation>No free name for scenario "%1".</translation>
    </message>
    <message>
        <source>The scenario file refers to what this application's catalog does not have: %1. Nothing was imported.</source>
        <translation>The scenario file refers to what this application's catalog does not have: %1. Nothing was imported.</translation>
    </message>
    <message>
        <source>The scenario file sets lever %1 to %2 in %3, outside its range (%4 to %5). Nothing was imported.</source>
        <translation>The scenario file sets lever %1 to %2 in %3, outside its range (%4 to %5). Nothing was imported.</translation>
    </message>
    <message>
        <source>The scenario file holds a setting the engine refuses: %1. Nothing was imported.</source>
        <translation>The scenario file holds a setting the engine refuses: %1. Nothing was imported.</translation>
    </message>
    <message>
        <source>The scenario file is not valid: %1: %2</source>
        <translation>The scenario file is not valid: %1: %2</translation>
    </message>
    <message>
        <source>an object is expected</source>
        <translation>an object is expected</translation>
    </message>
    <message>
        <source>a list is expected</source>
        <translation>a list is expected</translation>
    </message>
    <message>
        <source>text is expected</source>
        <translation>text is expected</translation>
    </message>
    <message>
        <source>a number is expected</source>
        <translation>a number is expected</translation>
    </message>
    <message>
        <source>a year from 1900 to 2100 is expected</source>
        <translation>a year from 1900 to 2100 is expected</translation>
    </message>
    <message>
        <source>"%1" is not a year from 1900 to 2100</source>
        <translation>"%1" is not a year from 1900 to 2100</translation>
    </message>
    <message>
        <source>a list of ids is expected</source>
        <translation>a list of ids is expected</translation>
    </message>
    <message>
        <source>The file's JSON is nested too deeply to be a scenario file.</source>
        <translation>The file's JSON is nested too deeply to be a scenario file.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1: %2); it may be truncated or damaged.</source>
        <translation>The file is not valid JSON (at byte %1: %2); it may be truncated or damaged.</translation>
    </message>
    <message>
        <source>The file is JSON but not a jilin-planner scenario file.</source>
        <translation>The file is JSON but not a jilin-planner scenario file.</translation>
    </message>
    <message>
        <source>The file is JSON but not a jilin-planner scenario file (its "format" is not "%1").</source>
        <translation>The file is JSON but not a jilin-planner scenario file (its "format" is not "%1").</translation>
    </message>
    <message>
        <source>The scenario file has no valid "schemaVersion".</source>
        <translation>The scenario file has no valid "schemaVersion".</translation>
    </message>
    <message>
        <source>The scenario file was written by a newer version of jilin-planner (schema version %1; this version reads up to %2). Update the application to read it.</source>
        <translation>The scenario file was written by a newer version of jilin-planner (schema version %1; this version reads up to %2). Update the application to read it.</translation>
    </message>
    <message>
        <source>year %1 appears twice</source>
        <translation>year %1 appears twice</translation>
    </message>
    <message>
        <source>city "%1" appears twice</source>
        <translation>city "%1" appears twice</translation>
    </message>
    <message>
        <source>The scenario file is not valid: its "catalog" list does not name %1.</source>
        <translation>The scenario file is not valid: its "catalog" list does not name %1.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
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
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Target value (in the unit)</source>
        <translation>Target value (in the unit)</translation>
    </message>
    <message>
        <source>Projected P50 (in the unit)</source>
        <translation>Projected P50 (in the unit)</translation>
    </message>
    <message>
        <source>Gap (in the unit)</source>
        <translation>Gap (in the unit)</translation>
    </message>
    <message>
        <source>Probability (0-1)</source>
        <translation>Probability (0-1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trend ratio R</source>
        <translation>Trend ratio R</translation>
    </message>
    <message>
        <source>Trend class</source>
        <translation>Trend class</translation>
    </message>
    <message>
        <source>Indicator id</source>
        <translation>Indicator id</translation>
    </message>
    <message>
        <source>Indicator (unit)</source>
        <translation>Indicator (unit)</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>observed</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <source>Cannot create the workbook.</source>
        <translation>Cannot create the workbook.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Trajectories</source>
        <translation>Trajectories</translation>
    </message>
    <message>
        <source>Writing the workbook failed: %1</source>
        <translation>Writing the workbook failed: %1</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 cannot be opened.</source>
        <translation>The workbook is damaged: its part %1 cannot be opened.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 cannot be read.</source>
        <translation>The workbook is damaged: its part %1 cannot be read.</translation>
    </message>
    <message>
        <source>The workbook's part %1 unpacks to more than %2 MB; it is not read.</source>
        <translation>The workbook's part %1 unpacks to more than %2 MB; it is not read.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 fails its checksum.</source>
        <translation>The workbook is damaged: its part %1 fails its checksum.</translation>
    </message>
    <message>
        <source>The workbook is damaged: %1, line %2: %3</source>
        <translation>The workbook is damaged: %1, line %2: %3</translation>
    </message>
    <message>
        <source>The file is not an XLSX workbook (it cannot be opened as a zip archive).</source>
        <translation>The file is not an XLSX workbook (it cannot be opened as a zip archive).</translation>
    </message>
    <message>
        <source>The workbook has no worksheet %1.</source>
        <translation>The workbook has no worksheet %1.</translation>
    </message>
    <message>
        <source>The file is not an XLSX workbook: it has no worksheet.</source>
        <translation>The file is not an XLSX workbook: it has no worksheet.</translation>
    </message>
    <message>
        <source>The workbook is damaged: row %1 has a cell with a wrong reference.</source>
        <translation>The workbook is damaged: row %1 has a cell with a wrong reference.</translation>
    </message>
    <message>
        <source>The workbook is damaged: row %1 has too many columns.</source>
        <translation>The workbook is damaged: row %1 has too many columns.</translation>
    </message>
    <message>
        <source>The workbook is damaged: row %1 refers to a shared string that is not there.</source>
        <translation>The workbook is damaged: row %1 refers to a shared string that is not there.</translation>
    </message>
    <message>
        <source>The worksheet has more than %1 cells; it is not read.</source>
        <translation>The worksheet has more than %1 cells; it is not read.</translation>
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
        <source>Assessment index (综合指数)</source>
        <translation>Assessment index (综合指数)</translation>
    </message>
    <message>
        <source>Method: each target with a level scores 0 to 100 by the progress its median (P50) projection makes in the target&apos;s year from the value the run starts from to the target (reached or passed: 100; no progress or moving away: 0). Each task counts with its progress, 0 to 100 %. A chapter&apos;s index is 0.7 × the mean target score + 0.3 × the mean task progress (a chapter without targets or without tasks takes the other part alone), and the overall index is the mean of the chapters, each weighted equally. The weights are the planner&apos;s, after the equal-weight aggregation of the national Beautiful China assessment (美丽中国建设成效考核); the plan itself sets none.</source>
        <translation>Method: each target with a level scores 0 to 100 by the progress its median (P50) projection makes in the target&apos;s year from the value the run starts from to the target (reached or passed: 100; no progress or moving away: 0). Each task counts with its progress, 0 to 100 %. A chapter&apos;s index is 0.7 × the mean target score + 0.3 × the mean task progress (a chapter without targets or without tasks takes the other part alone), and the overall index is the mean of the chapters, each weighted equally. The weights are the planner&apos;s, after the equal-weight aggregation of the national Beautiful China assessment (美丽中国建设成效考核); the plan itself sets none.</translation>
    </message>
    <message>
        <source>Assessment index by chapter (0–100), scenario %1</source>
        <translation>Assessment index by chapter (0–100), scenario %1</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Set the status of %1 to %2</source>
        <translation>Set the status of %1 to %2</translation>
    </message>
    <message>
        <source>Set the progress of %1 to %2 %</source>
        <translation>Set the progress of %1 to %2 %</translation>
    </message>
    <message>
        <source>Edit the evidence of %1</source>
        <translation>Edit the evidence of %1</translation>
    </message>
</context>
<context>
    <name>Planner::Reports::PageLayout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>Planner::Reports::Report</name>
    <message>
        <source>Chapter %1 %2</source>
        <translation>Chapter %1 %2</translation>
    </message>
    <message>
        <source>full coverage</source>
        <translation>full coverage</translation>
    </message>
    <message>
        <source>phased out</source>
        <translation>phased out</translation>
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
        <source>keeps improving</source>
        <translation>keeps improving</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>milestone</translation>
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
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Projected P50</source>
        <translation>Projected P50</translation>
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
        <source>Outline of the Beautiful Jilin construction plan (2024–2035)</source>
        <translation>Outline of the Beautiful Jilin construction plan (2024–2035)</translation>
    </message>
    <message>
        <source>Scenario report: %1</source>
        <translation>Scenario report: %1</translation>
    </message>
    <message>
        <source>Scenario report: the whole plan</source>
        <translation>Scenario report: the whole plan</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Compared with</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Fingerprint of its inputs</source>
        <translation>Fingerprint of its inputs</translation>
    </message>
    <message>
        <source>Forked from</source>
        <translation>Forked from</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>%1 Monte Carlo draws, seed %2; P50 is the median of the draws</source>
        <translation>%1 Monte Carlo draws, seed %2; P50 is the median of the draws</translation>
    </message>
    <message>
        <source>1. Summary of the chapter's targets</source>
        <translation>1. Summary of the chapter's targets</translation>
    </message>
    <message>
        <source>2. Indicators: projection and findings</source>
        <translation>2. Indicators: projection and findings</translation>
    </message>
    <message>
        <source>No target of the plan for this indicator; the projection is shown for context.</source>
        <translation>No target of the plan for this indicator; the projection is shown for context.</translation>
    </message>
    <message>
        <source>3. Levers and their settings by stage</source>
        <translation>3. Levers and their settings by stage</translation>
    </message>
    <message>
        <source>No model of this chapter has levers: its indicators are carried forward by the projection chosen for each.</source>
        <translation>No model of this chapter has levers: its indicators are carried forward by the projection chosen for each.</translation>
    </message>
    <message>
        <source>Stages: 1 = 2024–2027, 2 = 2028–2030, 3 = 2031–2035; a range means the setting changes within the stage.</source>
        <translation>Stages: 1 = 2024–2027, 2 = 2028–2030, 3 = 2031–2035; a range means the setting changes within the stage.</translation>
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
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Stage 1</source>
        <translation>Stage 1</translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation>Stage 2</translation>
    </message>
    <message>
        <source>Stage 3</source>
        <translation>Stage 3</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>Lever %1, stages 1 / 2 / 3</source>
        <translation>Lever %1, stages 1 / 2 / 3</translation>
    </message>
    <message>
        <source>Uncertainty of lever %1</source>
        <translation>Uncertainty of lever %1</translation>
    </message>
    <message>
        <source>Uncertainty of the start value of %1</source>
        <translation>Uncertainty of the start value of %1</translation>
    </message>
    <message>
        <source>Observed values added for %1</source>
        <translation>Observed values added for %1</translation>
    </message>
    <message>
        <source>Projection of %1 (when no model publishes it)</source>
        <translation>Projection of %1 (when no model publishes it)</translation>
    </message>
    <message>
        <source>Baseline of %1</source>
        <translation>Baseline of %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <source>%1, spread %2</source>
        <translation>%1, spread %2</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Assumption</translation>
    </message>
    <message>
        <source>This scenario</source>
        <translation>This scenario</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>No difference in this chapter.</source>
        <translation>No difference in this chapter.</translation>
    </message>
    <message>
        <source>4. Differences from the scenario it was forked from</source>
        <translation>4. Differences from the scenario it was forked from</translation>
    </message>
    <message>
        <source>This scenario was not forked from another.</source>
        <translation>This scenario was not forked from another.</translation>
    </message>
    <message>
        <source>The scenario it was forked from no longer exists.</source>
        <translation>The scenario it was forked from no longer exists.</translation>
    </message>
    <message>
        <source>Compared with %1 (revision %2) as it is stored now.</source>
        <translation>Compared with %1 (revision %2) as it is stored now.</translation>
    </message>
    <message>
        <source>5. Differences from the defaults</source>
        <translation>5. Differences from the defaults</translation>
    </message>
    <message>
        <source>Lever settings against the levers' defaults, baselines and targets against the plan's catalog, observed values added, projection choices and uncertainty.</source>
        <translation>Lever settings against the levers' defaults, baselines and targets against the plan's catalog, observed values added, projection choices and uncertainty.</translation>
    </message>
    <message>
        <source>6. What would meet the missed targets</source>
        <translation>6. What would meet the missed targets</translation>
    </message>
    <message>
        <source>For each target at risk or off track: the constant setting, every year, of the lever that drives its indicator most directly (of the levers that move it, the one that moves the fewest indicators), nearest to the scenario's own, that meets the target at P50 and with 90 % probability, the other levers as set (jilin-planner goalseek).</source>
        <translation>For each target at risk or off track: the constant setting, every year, of the lever that drives its indicator most directly (of the levers that move it, the one that moves the fewest indicators), nearest to the scenario's own, that meets the target at P50 and with 90 % probability, the other levers as set (jilin-planner goalseek).</translation>
    </message>
    <message>
        <source>Scenario's setting</source>
        <translation>Scenario's setting</translation>
    </message>
    <message>
        <source>Meets it at P50</source>
        <translation>Meets it at P50</translation>
    </message>
    <message>
        <source>Meets it with 90 %</source>
        <translation>Meets it with 90 %</translation>
    </message>
    <message>
        <source>none: no lever of the models moves this indicator</source>
        <translation>none: no lever of the models moves this indicator</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>no answer: the indicator does not follow this lever steadily</source>
        <translation>no answer: the indicator does not follow this lever steadily</translation>
    </message>
    <message>
        <source>not reachable within %1 – %2</source>
        <translation>not reachable within %1 – %2</translation>
    </message>
    <message>
        <source>No target of this chapter is at risk or off track.</source>
        <translation>No target of this chapter is at risk or off track.</translation>
    </message>
    <message>
        <source>7. Sources and assumptions</source>
        <translation>7. Sources and assumptions</translation>
    </message>
    <message>
        <source>Baselines as the scenario uses them. "Assumption": no published figure stands behind the value; it is the planner's and can be changed in the scenario.</source>
        <translation>Baselines as the scenario uses them. "Assumption": no published figure stands behind the value; it is the planner's and can be changed in the scenario.</translation>
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
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>assumption</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>Source of the default</source>
        <translation>Source of the default</translation>
    </message>
    <message>
        <source>Method: %1 Monte Carlo draws with seed %2; every uncertain lever is drawn once per draw and held in every year. A target is achieved when observed data meet it, on track at a probability of 90 % or more, at risk from 50 %, off track below. The fingerprint in the footer is the first 16 hex digits of the SHA-256 of the scenario's inputs written in a canonical form (README, "Reports").</source>
        <translation>Method: %1 Monte Carlo draws with seed %2; every uncertain lever is drawn once per draw and held in every year. A target is achieved when observed data meet it, on track at a probability of 90 % or more, at risk from 50 %, off track below. The fingerprint in the footer is the first 16 hex digits of the SHA-256 of the scenario's inputs written in a canonical form (README, "Reports").</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Overview: every target of the plan</source>
        <translation>Overview: every target of the plan</translation>
    </message>
    <message>
        <source>Appendix: comparison of scenarios</source>
        <translation>Appendix: comparison of scenarios</translation>
    </message>
    <message>
        <source>Appendix: comparison of scenarios %1</source>
        <translation>Appendix: comparison of scenarios %1</translation>
    </message>
    <message>
        <source>Targets whose status differs</source>
        <translation>Targets whose status differs</translation>
    </message>
    <message>
        <source>Every target has the same status in these scenarios.</source>
        <translation>Every target has the same status in these scenarios.</translation>
    </message>
    <message>
        <source>Lever settings that differ (stages 1 / 2 / 3)</source>
        <translation>Lever settings that differ (stages 1 / 2 / 3)</translation>
    </message>
    <message>
        <source>The scenarios set every lever alike.</source>
        <translation>The scenarios set every lever alike.</translation>
    </message>
    <message>
        <source>No scenario given.</source>
        <translation>No scenario given.</translation>
    </message>
    <message>
        <source>There is no chapter "%1": use all or one of %2.</source>
        <translation>There is no chapter "%1": use all or one of %2.</translation>
    </message>
    <message>
        <source>Scenario %1 · revision %2 · fingerprint %3</source>
        <translation>Scenario %1 · revision %2 · fingerprint %3</translation>
    </message>
    <message>
        <source>Scenario report %1: %2</source>
        <translation>Scenario report %1: %2</translation>
    </message>
    <message>
        <source>Scenario report, whole plan: %1</source>
        <translation>Scenario report, whole plan: %1</translation>
    </message>
    <message>
        <source>%1 exists already: give --force to replace it.</source>
        <translation>%1 exists already: give --force to replace it.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 is a folder.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>Cannot write %1: the PDF could not be started.</translation>
    </message>
</context>
<context>
    <name>Planner::Shell::AboutDialog</name>
    <message>
        <source>Beautiful Jilin planning desk</source>
        <translation>Beautiful Jilin planning desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Decision support for %1: the plan's indicators, scenarios of its levers, projections to 2035 and every target judged.</source>
        <translation>Decision support for %1: the plan's indicators, scenarios of its levers, projections to 2035 and every target judged.</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Data sources</translation>
    </message>
    <message>
        <source>Targets: the plan's published text, and the 2027 stage targets announced with it (2024-05-28).</source>
        <translation>Targets: the plan's published text, and the 2027 stage targets announced with it (2024-05-28).</translation>
    </message>
    <message>
        <source>Baselines: the Jilin Province ecological and environmental status bulletins (2020–2024); the State Council's approval of the Jilin territorial spatial plan (国函〔2023〕147号); the 14th Five-Year plan for Jilin's natural resources; National Bureau of Statistics grain figures; the China Association of Automobile Manufacturers; reports of the provincial agriculture department.</source>
        <translation>Baselines: the Jilin Province ecological and environmental status bulletins (2020–2024); the State Council's approval of the Jilin territorial spatial plan (国函〔2023〕147号); the 14th Five-Year plan for Jilin's natural resources; National Bureau of Statistics grain figures; the China Association of Automobile Manufacturers; reports of the provincial agriculture department.</translation>
    </message>
    <message>
        <source>A value without a published source is an assumption: the catalog and every page mark it so, with the reason for the value chosen.</source>
        <translation>A value without a published source is an assumption: the catalog and every page mark it so, with the reason for the value chosen.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>GPL-3.0-or-later: free software; you may redistribute and change it under the terms of the GNU General Public License, version 3 or later. There is NO WARRANTY, to the extent permitted by law.</source>
        <translation>GPL-3.0-or-later: free software; you may redistribute and change it under the terms of the GNU General Public License, version 3 or later. There is NO WARRANTY, to the extent permitted by law.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Built with Qt %1.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>Planner::Shell::ExchangeActions</name>
    <message>
        <source>Import &amp;observed data…</source>
        <translation>Import &amp;observed data…</translation>
    </message>
    <message>
        <source>E&amp;xport scenario…</source>
        <translation>E&amp;xport scenario…</translation>
    </message>
    <message>
        <source>I&amp;mport scenario…</source>
        <translation>I&amp;mport scenario…</translation>
    </message>
    <message>
        <source>Export &amp;tables…</source>
        <translation>Export &amp;tables…</translation>
    </message>
    <message>
        <source>Import observed data</source>
        <translation>Import observed data</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tables (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Export scenario</source>
        <translation>Export scenario</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>Scenario files (*.json)</translation>
    </message>
    <message>
        <source>Import scenario</source>
        <translation>Import scenario</translation>
    </message>
    <message>
        <source>Imported as scenario "%1".</source>
        <translation>Imported as scenario "%1".</translation>
    </message>
    <message>
        <source>Export tables</source>
        <translation>Export tables</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 exists. Replace it?</translation>
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
    <message>
        <source>Saved elsewhere first</source>
        <translation>Saved elsewhere first</translation>
    </message>
    <message>
        <source>Somebody else saved this scenario in the meantime, so the step was not undone or redone: %1

Reload their version now?</source>
        <translation>Somebody else saved this scenario in the meantime, so the step was not undone or redone: %1

Reload their version now?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Edit &amp;history</source>
        <translation>Edit &amp;history</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Edit history</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Presentation</translation>
    </message>
    <message>
        <source>Full screen, one chart per screen, for meetings (F5; Esc leaves)</source>
        <translation>Full screen, one chart per screen, for meetings (F5; Esc leaves)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Dark theme</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>Saved · revision %1</source>
        <translation>Saved · revision %1</translation>
    </message>
    <message>
        <source> · drawing…</source>
        <translation> · drawing…</translation>
    </message>
    <message>
        <source>Every edit is written to the database as it is made; the revision rises with each.</source>
        <translation>Every edit is written to the database as it is made; the revision rises with each.</translation>
    </message>
</context>
<context>
    <name>Planner::Shell::ObservedImportDialog</name>
    <message>
        <source>Import observed data</source>
        <translation>Import observed data</translation>
    </message>
    <message>
        <source>%1 into scenario "%2": %3 new, %4 changed, %5 unchanged, %6 rejected. Nothing is written until you choose Import.</source>
        <translation>%1 into scenario "%2": %3 new, %4 changed, %5 unchanged, %6 rejected. Nothing is written until you choose Import.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
</context>
<context>
    <name>Planner::Shell::ObservedPreviewModel</name>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>Stored value</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Planner::Shell::ReportDialog</name>
    <message>
        <source>&amp;Print report…</source>
        <translation>&amp;Print report…</translation>
    </message>
    <message>
        <source>&amp;Export report as PDF…</source>
        <translation>&amp;Export report as PDF…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Export report as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Print report</translation>
    </message>
    <message>
        <source>The whole plan (overview and every chapter)</source>
        <translation>The whole plan (overview and every chapter)</translation>
    </message>
    <message>
        <source>&amp;Chapter:</source>
        <translation>&amp;Chapter:</translation>
    </message>
    <message>
        <source>&amp;Scenarios (the first is reported on, the others compared):</source>
        <translation>&amp;Scenarios (the first is reported on, the others compared):</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Language of the report:</translation>
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
        <source>Saving the author of scenario "%1" failed</source>
        <translation>Saving the author of scenario "%1" failed</translation>
    </message>
    <message>
        <source>%1: the value must be a finite number.</source>
        <translation>%1: the value must be a finite number.</translation>
    </message>
    <message>
        <source>Saving observed values failed</source>
        <translation>Saving observed values failed</translation>
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
        <source>The projection could not run: %1</source>
        <translation>The projection could not run: %1</translation>
    </message>
    <message>
        <source>A qualitative target: there is no series to draw; its status is recorded with evidence.</source>
        <translation>A qualitative target: there is no series to draw; its status is recorded with evidence.</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::ChartDialog</name>
    <message>
        <source>%1 — chart</source>
        <translation>%1 — chart</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Image size</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Width in pixels</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Height in pixels</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Width:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Height:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Export chart as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Chart not exported</source>
        <translation>Chart not exported</translation>
    </message>
    <message>
        <source>Export chart as SVG</source>
        <translation>Export chart as SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Export &amp;PNG…</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Export &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image at a size and resolution you choose (Ctrl+E)</source>
        <translation>Save the chart as a PNG image at a size and resolution you choose (Ctrl+E)</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing for slides</source>
        <translation>Save the chart as an SVG drawing for slides</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image (Ctrl+C)</source>
        <translation>Copy the chart to the clipboard as an image (Ctrl+C)</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::ComparisonModel</name>
    <message>
        <source>%1 to %2 (varies by year)</source>
        <translation>%1 to %2 (varies by year)</translation>
    </message>
    <message>
        <source>The scenarios differ in this row</source>
        <translation>The scenarios differ in this row</translation>
    </message>
    <message>
        <source>The same in every scenario</source>
        <translation>The same in every scenario</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>Lever</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>%1: status</source>
        <translation>%1: status</translation>
    </message>
    <message>
        <source>%1: P50</source>
        <translation>%1: P50</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::ComparisonView</name>
    <message>
        <source>%1 cannot be projected: %2</source>
        <translation>%1 cannot be projected: %2</translation>
    </message>
    <message>
        <source>Computing the projections (%1 draws per scenario)…</source>
        <translation>Computing the projections (%1 draws per scenario)…</translation>
    </message>
    <message>
        <source>Check two or more scenarios to compare them.</source>
        <translation>Check two or more scenarios to compare them.</translation>
    </message>
    <message>
        <source>%1 scenarios: %2 of %3 targets and %4 of %5 lever settings differ.</source>
        <translation>%1 scenarios: %2 of %3 targets and %4 of %5 lever settings differ.</translation>
    </message>
    <message>
        <source>Chart of %1 in the compared scenarios</source>
        <translation>Chart of %1 in the compared scenarios</translation>
    </message>
    <message>
        <source>Compare scenarios</source>
        <translation>Compare scenarios</translation>
    </message>
    <message>
        <source>&amp;Scenarios to compare:</source>
        <translation>&amp;Scenarios to compare:</translation>
    </message>
    <message>
        <source>Scenarios to compare</source>
        <translation>Scenarios to compare</translation>
    </message>
    <message>
        <source>Check two or more; the first checked one is drawn with its P10–P90 band</source>
        <translation>Check two or more; the first checked one is drawn with its P10–P90 band</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the scenarios again and re-run those changed since (F5)</source>
        <translation>Read the scenarios again and re-run those changed since (F5)</translation>
    </message>
    <message>
        <source>&amp;Indicator on the chart:</source>
        <translation>&amp;Indicator on the chart:</translation>
    </message>
    <message>
        <source>Indicator on the chart</source>
        <translation>Indicator on the chart</translation>
    </message>
    <message>
        <source>The indicator whose projections are overlaid</source>
        <translation>The indicator whose projections are overlaid</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Computing</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>&amp;Targets</translation>
    </message>
    <message>
        <source>&amp;Levers</source>
        <translation>&amp;Levers</translation>
    </message>
    <message>
        <source>Only targets whose status or P50 &amp;differ</source>
        <translation>Only targets whose status or P50 &amp;differ</translation>
    </message>
    <message>
        <source>Only levers whose settings di&amp;ffer</source>
        <translation>Only levers whose settings di&amp;ffer</translation>
    </message>
    <message>
        <source>Targets by scenario</source>
        <translation>Targets by scenario</translation>
    </message>
    <message>
        <source>Lever settings by scenario and stage</source>
        <translation>Lever settings by scenario and stage</translation>
    </message>
    <message>
        <source>Cancelled. Refresh (F5) or check a scenario to compute again.</source>
        <translation>Cancelled. Refresh (F5) or check a scenario to compute again.</translation>
    </message>
    <message>
        <source>%v of %m scenarios</source>
        <translation>%v of %m scenarios</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Stop computing; the scenarios already in stay</source>
        <translation>Stop computing; the scenarios already in stay</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::DashboardModel</name>
    <message>
        <source>%1 targets: %2</source>
        <translation>%1 targets: %2</translation>
    </message>
    <message>
        <source>Observed (solid), projected P50 (dashed) and the target (diamond) of %1</source>
        <translation>Observed (solid), projected P50 (dashed) and the target (diamond) of %1</translation>
    </message>
    <message>
        <source>Target minus projected P50, in the indicator's unit</source>
        <translation>Target minus projected P50, in the indicator's unit</translation>
    </message>
    <message>
        <source>Trend of %1: projected %2 in %3, target %4</source>
        <translation>Trend of %1: projected %2 in %3, target %4</translation>
    </message>
    <message>
        <source>Achieved, on track, at risk, off track or not assessable, with its light</source>
        <translation>Achieved, on track, at risk, off track or not assessable, with its light</translation>
    </message>
    <message>
        <source>The projection's median (P50) in the target year</source>
        <translation>The projection's median (P50) in the target year</translation>
    </message>
    <message>
        <source>Share of the Monte Carlo draws that meet the target</source>
        <translation>Share of the Monte Carlo draws that meet the target</translation>
    </message>
    <message>
        <source>Observed (solid), projected P50 (dashed) and the target (diamond)</source>
        <translation>Observed (solid), projected P50 (dashed) and the target (diamond)</translation>
    </message>
    <message>
        <source>Chapter / indicator</source>
        <translation>Chapter / indicator</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Projected (P50)</source>
        <translation>Projected (P50)</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
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
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::DashboardPage</name>
    <message>
        <source>All chapters</source>
        <translation>All chapters</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Scenario %1 · %2 targets: %3</source>
        <translation>Scenario %1 · %2 targets: %3</translation>
    </message>
    <message>
        <source>The projection could not run: %1</source>
        <translation>The projection could not run: %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 targets</source>
        <translation>Showing %1 of %2 targets</translation>
    </message>
    <message>
        <source>Select a target to read its finding. Double-click it or press Enter to open its chapter and chart.</source>
        <translation>Select a target to read its finding. Double-click it or press Enter to open its chapter and chart.</translation>
    </message>
    <message>
        <source>No projection for this target.</source>
        <translation>No projection for this target.</translation>
    </message>
    <message>
        <source>Overview: every target of the plan</source>
        <translation>Overview: every target of the plan</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>S&amp;earch:</translation>
    </message>
    <message>
        <source>Indicator, target id or the plan's words</source>
        <translation>Indicator, target id or the plan's words</translation>
    </message>
    <message>
        <source>Search targets</source>
        <translation>Search targets</translation>
    </message>
    <message>
        <source>Shows the targets whose indicator, id or text contains this (Ctrl+F)</source>
        <translation>Shows the targets whose indicator, id or text contains this (Ctrl+F)</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation>C&amp;hapter:</translation>
    </message>
    <message>
        <source>Chapter filter</source>
        <translation>Chapter filter</translation>
    </message>
    <message>
        <source>Only the targets of one chapter</source>
        <translation>Only the targets of one chapter</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>S&amp;tage:</translation>
    </message>
    <message>
        <source>Plan stage filter</source>
        <translation>Plan stage filter</translation>
    </message>
    <message>
        <source>Only the targets whose year falls in this stage of the plan</source>
        <translation>Only the targets whose year falls in this stage of the plan</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>Only the targets with this status</source>
        <translation>Only the targets with this status</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Show &amp;all</translation>
    </message>
    <message>
        <source>Clears the search and every filter</source>
        <translation>Clears the search and every filter</translation>
    </message>
    <message>
        <source>Targets by chapter</source>
        <translation>Targets by chapter</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::EditConflict</name>
    <message>
        <source>Saved elsewhere first</source>
        <translation>Saved elsewhere first</translation>
    </message>
    <message>
        <source>Somebody else saved scenario “%1” after this window read it (another window or program on the same database). Your change was not saved.</source>
        <translation>Somebody else saved scenario “%1” after this window read it (another window or program on the same database). Your change was not saved.</translation>
    </message>
    <message>
        <source>Reload shows their version and drops your change. Save as new scenario keeps their version and puts your change into a copy of it.</source>
        <translation>Reload shows their version and drops your change. Save as new scenario keeps their version and puts your change into a copy of it.</translation>
    </message>
    <message>
        <source>&amp;Reload their version</source>
        <translation>&amp;Reload their version</translation>
    </message>
    <message>
        <source>&amp;Save as new scenario…</source>
        <translation>&amp;Save as new scenario…</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>Cannot reload</translation>
    </message>
    <message>
        <source>Save as new scenario</source>
        <translation>Save as new scenario</translation>
    </message>
    <message>
        <source>Name of the new scenario:</source>
        <translation>Name of the new scenario:</translation>
    </message>
    <message>
        <source>%1 (my changes)</source>
        <translation>%1 (my changes)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Setting not saved</source>
        <translation>Setting not saved</translation>
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
    <name>Planner::Workbench::LeverPanel</name>
    <message>
        <source>Goal-seek</source>
        <translation>Goal-seek</translation>
    </message>
    <message>
        <source>%1 %2 (P50 then %3, probability %4%)</source>
        <translation>%1 %2 (P50 then %3, probability %4%)</translation>
    </message>
    <message>
        <source>not reachable within the lever's range: %1</source>
        <translation>not reachable within the lever's range: %1</translation>
    </message>
    <message>
        <source>Goal-seek: %1</source>
        <translation>Goal-seek: %1</translation>
    </message>
    <message>
        <source>To reach %1 (%2 %3 by %4) with %5, set it in every year from 2024 to 2035 to:</source>
        <translation>To reach %1 (%2 %3 by %4) with %5, set it in every year from 2024 to 2035 to:</translation>
    </message>
    <message>
        <source>• for the median (P50): %1
• for a 90% probability: %2

Now: %3 %4.</source>
        <translation>• for the median (P50): %1
• for a 90% probability: %2

Now: %3 %4.</translation>
    </message>
    <message>
        <source>Set for the &amp;median</source>
        <translation>Set for the &amp;median</translation>
    </message>
    <message>
        <source>Set for &amp;90%</source>
        <translation>Set for &amp;90%</translation>
    </message>
    <message>
        <source>Goal-seek %1: set %2 to %3</source>
        <translation>Goal-seek %1: set %2 to %3</translation>
    </message>
    <message>
        <source>Levers by plan stage. A change is saved and projected at once; Ctrl+Z undoes it.</source>
        <translation>Levers by plan stage. A change is saved and projected at once; Ctrl+Z undoes it.</translation>
    </message>
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
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Reach…</source>
        <translation>Reach…</translation>
    </message>
    <message>
        <source>No target with a level depends on this lever</source>
        <translation>No target with a level depends on this lever</translation>
    </message>
    <message>
        <source>Goal-seek: set %1 to reach a target (%2)</source>
        <translation>Goal-seek: set %1 to reach a target (%2)</translation>
    </message>
    <message>
        <source>Goal-seek for %1</source>
        <translation>Goal-seek for %1</translation>
    </message>
    <message>
        <source>Reach %1: %2 %3 by %4</source>
        <translation>Reach %1: %2 %3 by %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The years of this stage differ:
%1
A value typed here replaces all of them.</source>
        <translation>The years of this stage differ:
%1
A value typed here replaces all of them.</translation>
    </message>
    <message>
        <source>Overwrite every year?</source>
        <translation>Overwrite every year?</translation>
    </message>
    <message>
        <source>The years of %1, %2, have different values:
%3

Set every year of the stage to %4?</source>
        <translation>The years of %1, %2, have different values:
%3

Set every year of the stage to %4?</translation>
    </message>
    <message>
        <source>Searching the setting of %1 that reaches %2 (a few hundred runs of the model)…</source>
        <translation>Searching the setting of %1 that reaches %2 (a few hundred runs of the model)…</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::NotesEditCommand</name>
    <message>
        <source>Edit the scenario notes</source>
        <translation>Edit the scenario notes</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::PresentationView</name>
    <message>
        <source>No indicator has a target.</source>
        <translation>No indicator has a target.</translation>
    </message>
    <message>
        <source>%1 / %2 · scenario %3 · ←/→ or PageUp/PageDown to step, Ctrl+←/→ chapter, Esc to leave</source>
        <translation>%1 / %2 · scenario %3 · ←/→ or PageUp/PageDown to step, Ctrl+←/→ chapter, Esc to leave</translation>
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
    <message>
        <source>Set %1, %2, to %3</source>
        <translation>Set %1, %2, to %3</translation>
    </message>
    <message>
        <source>There is no plan stage %1.</source>
        <translation>There is no plan stage %1.</translation>
    </message>
    <message>
        <source>Apply the refused edit to %1</source>
        <translation>Apply the refused edit to %1</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::ScenarioManagerDialog</name>
    <message>
        <source>No scenario selected</source>
        <translation>No scenario selected</translation>
    </message>
    <message>
        <source>Scenario "%1" (open in the window)</source>
        <translation>Scenario "%1" (open in the window)</translation>
    </message>
    <message>
        <source>Scenario "%1"</source>
        <translation>Scenario "%1"</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>New scenario</translation>
    </message>
    <message>
        <source>Name of the new scenario</source>
        <translation>Name of the new scenario</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Start from the &amp;defaults (every lever at its default, no overrides)</source>
        <translation>Start from the &amp;defaults (every lever at its default, no overrides)</translation>
    </message>
    <message>
        <source>&amp;Copy "%1" with all its settings</source>
        <translation>&amp;Copy "%1" with all its settings</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <source>A copy keeps the notes of the scenario it copies unless you write new ones</source>
        <translation>A copy keeps the notes of the scenario it copies unless you write new ones</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Scenario not created</source>
        <translation>Scenario not created</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Rename scenario</translation>
    </message>
    <message>
        <source>New name of "%1":</source>
        <translation>New name of "%1":</translation>
    </message>
    <message>
        <source>Scenario not renamed</source>
        <translation>Scenario not renamed</translation>
    </message>
    <message>
        <source>Scenario not deleted</source>
        <translation>Scenario not deleted</translation>
    </message>
    <message>
        <source>"%1" is open in the window. Open another scenario first, then delete this one.</source>
        <translation>"%1" is open in the window. Open another scenario first, then delete this one.</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Delete scenario</translation>
    </message>
    <message>
        <source>Delete scenario "%1" with all its lever settings, overrides, data and notes? This cannot be undone.</source>
        <translation>Delete scenario "%1" with all its lever settings, overrides, data and notes? This cannot be undone.</translation>
    </message>
    <message>
        <source>Details not saved</source>
        <translation>Details not saved</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Scenarios in this database</source>
        <translation>Scenarios in this database</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>A new scenario at the defaults or as a copy (Ctrl+N)</source>
        <translation>A new scenario at the defaults or as a copy (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Fork…</source>
        <translation>&amp;Fork…</translation>
    </message>
    <message>
        <source>A copy of the selected scenario with all its settings, remembering where it came from</source>
        <translation>A copy of the selected scenario with all its settings, remembering where it came from</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>Rename the selected scenario (F2)</source>
        <translation>Rename the selected scenario (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the selected scenario after asking (Del)</source>
        <translation>Delete the selected scenario after asking (Del)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Show the selected scenario in the window (Enter)</source>
        <translation>Show the selected scenario in the window (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Who is responsible for this scenario</source>
        <translation>Who is responsible for this scenario</translation>
    </message>
    <message>
        <source>What the scenario assumes and why</source>
        <translation>What the scenario assumes and why</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>&amp;Save details</translation>
    </message>
    <message>
        <source>Write author and notes to the database now (Ctrl+S)</source>
        <translation>Write author and notes to the database now (Ctrl+S)</translation>
    </message>
    <message>
        <source>The database is open read-only: scenarios can be viewed and opened, not changed.</source>
        <translation>The database is open read-only: scenarios can be viewed and opened, not changed.</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::ScenarioMenu</name>
    <message>
        <source>S&amp;cenario</source>
        <translation>S&amp;cenario</translation>
    </message>
    <message>
        <source>&amp;Manage scenarios…</source>
        <translation>&amp;Manage scenarios…</translation>
    </message>
    <message>
        <source>Create, copy, rename and delete scenarios; edit their author and notes</source>
        <translation>Create, copy, rename and delete scenarios; edit their author and notes</translation>
    </message>
    <message>
        <source>&amp;Compare scenarios…</source>
        <translation>&amp;Compare scenarios…</translation>
    </message>
    <message>
        <source>Two or more scenarios side by side: charts and differences</source>
        <translation>Two or more scenarios side by side: charts and differences</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::ScenarioTableModel</name>
    <message>
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <source>Rises with every saved change</source>
        <translation>Rises with every saved change</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Forked from</source>
        <translation>Forked from</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ScenarioTableModel</name>
    <message>
        <source>Select a scenario first.</source>
        <translation>Select a scenario first.</translation>
    </message>
</context>
</TS>