<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Planner::Cli</name>
    <message>
        <source>Wrong number of arguments.</source>
        <translation>参数个数不对。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>The application's catalog data is broken: %1</source>
        <translation>程序自带的目录数据有误：%1</translation>
    </message>
    <message>
        <source>Use the scenario database at &lt;path&gt; instead of the default one.</source>
        <translation>使用 &lt;path&gt; 处的情景数据库，而不是默认数据库。</translation>
    </message>
    <message>
        <source>Language of the interface and messages: zh_CN (default) or en.</source>
        <translation>界面和提示的语言：zh_CN（默认）或 en。</translation>
    </message>
    <message>
        <source>Unknown language "%1": use zh_CN or en.</source>
        <translation>未知语言“%1”：请用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db 需要一个文件路径。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>baseline %1: %2</source>
        <translation>基准 %1：%2</translation>
    </message>
    <message>
        <source> (assumption)</source>
        <translation>（假设）</translation>
    </message>
    <message>
        <source>Unknown command "%1". Run "jilin-planner --help" for the list of commands.</source>
        <translation>未知命令“%1”。运行 "jilin-planner --help" 查看命令列表。</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>forked from %1</source>
        <translation>派生自 %1</translation>
    </message>
    <message>
        <source>The word "scenario".</source>
        <translation>即 "scenario"。</translation>
    </message>
    <message>
        <source>create, fork, rename or delete.</source>
        <translation>create、fork、rename 或 delete。</translation>
    </message>
    <message>
        <source>The scenario's name (and the new name).</source>
        <translation>情景名称（及新名称）。</translation>
    </message>
    <message>
        <source>Author of the scenario.</source>
        <translation>情景作者。</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>Created scenario "%1".</source>
        <translation>已创建情景“%1”。</translation>
    </message>
    <message>
        <source>Author of the new scenario.</source>
        <translation>新情景的作者。</translation>
    </message>
    <message>
        <source>Forked "%1" from "%2".</source>
        <translation>已从“%2”派生“%1”。</translation>
    </message>
    <message>
        <source>Renamed "%1" to "%2".</source>
        <translation>已将“%1”重命名为“%2”。</translation>
    </message>
    <message>
        <source>Confirm the deletion (required).</source>
        <translation>确认删除（必需）。</translation>
    </message>
    <message>
        <source>Deleting a scenario cannot be undone: add --yes to confirm.</source>
        <translation>删除情景无法撤销：请加 --yes 确认。</translation>
    </message>
    <message>
        <source>Deleted scenario "%1".</source>
        <translation>已删除情景“%1”。</translation>
    </message>
    <message>
        <source>scenario needs an action: create, fork, rename or delete.</source>
        <translation>scenario 需要一个操作：create、fork、rename 或 delete。</translation>
    </message>
    <message>
        <source>Unknown scenario action "%1": use create, fork, rename or delete.</source>
        <translation>未知的情景操作“%1”：请用 create、fork、rename 或 delete。</translation>
    </message>
    <message>
        <source>%1 %4 (range %2 to %3)</source>
        <translation>%1 %4（范围 %2 至 %3）</translation>
    </message>
    <message>
        <source>The word "lever".</source>
        <translation>即 "lever"。</translation>
    </message>
    <message>
        <source>The action: set.</source>
        <translation>操作：set。</translation>
    </message>
    <message>
        <source>The lever's new value, in its unit.</source>
        <translation>调控变量的新取值（按其单位）。</translation>
    </message>
    <message>
        <source>The scenario to change.</source>
        <translation>要修改的情景。</translation>
    </message>
    <message>
        <source>The lever's id (see "levers").</source>
        <translation>调控变量编号（见 "levers"）。</translation>
    </message>
    <message>
        <source>Set the years of stage 1 (2024-2027), 2 (2028-2030) or 3 (2031-2035).</source>
        <translation>设置第一阶段（2024—2027）、第二阶段（2028—2030）或第三阶段（2031—2035）的各年。</translation>
    </message>
    <message>
        <source>Set one year (2024-2035).</source>
        <translation>设置某一年（2024—2035）。</translation>
    </message>
    <message>
        <source>Set every year 2024-2035.</source>
        <translation>设置2024—2035年的每一年。</translation>
    </message>
    <message>
        <source>Unknown lever action "%1": use set.</source>
        <translation>未知的调控变量操作“%1”：请用 set。</translation>
    </message>
    <message>
        <source>--%1 is required. Usage: %2</source>
        <translation>必须给出 --%1。用法：%2</translation>
    </message>
    <message>
        <source>Give exactly one of --stage, --year or --all-years.</source>
        <translation>--stage、--year、--all-years 三者须给出且只给出一个。</translation>
    </message>
    <message>
        <source>VALUE: "%1" is not a number.</source>
        <translation>VALUE：“%1”不是数字。</translation>
    </message>
    <message>
        <source>--stage: "%1" is not 1, 2 or 3.</source>
        <translation>--stage：“%1”不是 1、2 或 3。</translation>
    </message>
    <message>
        <source>--year: "%1" is not a year from %2 to %3.</source>
        <translation>--year：“%1”不是 %2 至 %3 之间的年份。</translation>
    </message>
    <message>
        <source>--lever: there is no lever "%1" (see "jilin-planner levers").</source>
        <translation>--lever：没有调控变量“%1”（见 "jilin-planner levers"）。</translation>
    </message>
    <message>
        <source>VALUE: %1 is outside the range of lever %2 (%3 to %4 %5). Nothing was changed.</source>
        <translation>VALUE：%1 超出调控变量 %2 的范围（%3 至 %4 %5）。未作任何修改。</translation>
    </message>
    <message>
        <source>Set %1 to %2 for %3-%4 in "%5" (revision %6).</source>
        <translation>已将“%5”中 %1 的 %3—%4 年取值设为 %2（版本 %6）。</translation>
    </message>
    <message>
        <source>The scenario to project.</source>
        <translation>要预测的情景。</translation>
    </message>
    <message>
        <source>Monte Carlo draws (default 1000).</source>
        <translation>蒙特卡洛抽样次数（默认 1000）。</translation>
    </message>
    <message>
        <source>Random seed (default 20240528).</source>
        <translation>随机种子（默认 20240528）。</translation>
    </message>
    <message>
        <source>Last year (2035 by default, at most 2040).</source>
        <translation>最后一年（默认 2035，最晚 2040）。</translation>
    </message>
    <message>
        <source>--draws: "%1" is not a whole number from 1 to 100000.</source>
        <translation>--draws：“%1”不是 1 至 100000 之间的整数。</translation>
    </message>
    <message>
        <source>--until: "%1" is not a year from %2 to %3.</source>
        <translation>--until：“%1”不是 %2 至 %3 之间的年份。</translation>
    </message>
    <message>
        <source>The scenario.</source>
        <translation>情景。</translation>
    </message>
    <message>
        <source>The target's id, e.g. S-02.</source>
        <translation>目标编号，如 S-02。</translation>
    </message>
    <message>
        <source>--target: there is no target "%1".</source>
        <translation>--target：没有目标“%1”。</translation>
    </message>
    <message>
        <source>%1 %2 every year</source>
        <translation>每年 %1 %2</translation>
    </message>
    <message>
        <source>not reachable within the lever's range (%1)</source>
        <translation>在调控变量范围内无法达到（%1）</translation>
    </message>
    <message>
        <source>%1 by lever %2 (scenario's setting %3 %4)</source>
        <translation>%1，调控变量 %2（情景当前取值 %3 %4）</translation>
    </message>
    <message>
        <source>The indicator's id.</source>
        <translation>指标编号。</translation>
    </message>
    <message>
        <source>The year.</source>
        <translation>年份。</translation>
    </message>
    <message>
        <source>--indicator: there is no indicator "%1".</source>
        <translation>--indicator：没有指标“%1”。</translation>
    </message>
    <message>
        <source>%1 in %2: %3 with the scenario's settings</source>
        <translation>%1（%2年）：按情景设置为 %3</translation>
    </message>
    <message>
        <source>swing %1</source>
        <translation>变幅 %1</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>上面列出的命令之一。</translation>
    </message>
    <message>
        <source>The word "projection".</source>
        <translation>即 "projection"。</translation>
    </message>
    <message>
        <source>hold, linear, growth, logistic, logistic_through_latest, milestones or fitted.</source>
        <translation>hold、linear、growth、logistic、logistic_through_latest、milestones 或 fitted。</translation>
    </message>
    <message>
        <source>The method's parameters as JSON, e.g. {"rate": 0.05} or {"points": [{"year": 2030, "value": 50}], "interpolation": "step"}.</source>
        <translation>方法参数（JSON），如 {"rate": 0.05} 或 {"points": [{"year": 2030, "value": 50}], "interpolation": "step"}。</translation>
    </message>
    <message>
        <source>Unknown projection action "%1": use set.</source>
        <translation>未知的外推操作“%1”：请用 set。</translation>
    </message>
    <message>
        <source>--parameters: not a JSON object (%1).</source>
        <translation>--parameters：不是 JSON 对象（%1）。</translation>
    </message>
    <message>
        <source>%1 is now projected by %2 in "%3" (revision %4).</source>
        <translation>“%3”中 %1 现按 %2 外推（版本 %4）。</translation>
    </message>
    <message>
        <source>--seed: "%1" is not a whole number from 0 to 9007199254740991.</source>
        <translation>--seed：“%1”不是 0 至 9007199254740991 之间的整数。</translation>
    </message>
    <message>
        <source>The application's task data is broken: %1</source>
        <translation>程序自带的任务数据有误：%1</translation>
    </message>
    <message>
        <source>Show this scenario's progress.</source>
        <translation>显示该情景的进展。</translation>
    </message>
    <message>
        <source>Only this chapter's tasks.</source>
        <translation>只列出该章节的任务。</translation>
    </message>
    <message>
        <source>The word "task".</source>
        <translation>即 "task"。</translation>
    </message>
    <message>
        <source>The task's id (see "tasks").</source>
        <translation>任务编号（见 "tasks"）。</translation>
    </message>
    <message>
        <source>not_started, in_progress or done.</source>
        <translation>not_started、in_progress 或 done。</translation>
    </message>
    <message>
        <source>Progress, 0 to 100 %.</source>
        <translation>进度，0 至 100%。</translation>
    </message>
    <message>
        <source>Where the progress is documented.</source>
        <translation>进展的佐证材料。</translation>
    </message>
    <message>
        <source>Unknown task action "%1": use set.</source>
        <translation>未知的任务操作“%1”：请用 set。</translation>
    </message>
    <message>
        <source>--progress: "%1" is not a number from 0 to 100.</source>
        <translation>--progress：“%1”不是 0 至 100 之间的数字。</translation>
    </message>
    <message>
        <source>--task: there is no task "%1" (see "jilin-planner tasks").</source>
        <translation>--task：没有任务“%1”（见 "jilin-planner tasks"）。</translation>
    </message>
    <message>
        <source>Task %1 in "%2": %3, %4 % (revision %5).</source>
        <translation>“%2”中的任务 %1：%3，%4%（版本 %5）。</translation>
    </message>
    <message>
        <source>A city's share of the province's target, in %; repeat for each city. Given: the shares are checked (they must add up to 100 %) and stored.</source>
        <translation>某市（州）占全省目标的比例（%），每个市（州）各写一次。给出后将检查（须合计100%）并保存。</translation>
    </message>
    <message>
        <source>--share: "%1" is not CITY=PERCENT.</source>
        <translation>--share：“%1”不是“城市=百分比”的形式。</translation>
    </message>
    <message>
        <source>--target: there is no target "%1" with a value to decompose.</source>
        <translation>--target：没有可分解数值的目标“%1”。</translation>
    </message>
    <message>
        <source>Target %1 has no decomposition in "%2" yet: give the cities' shares with --share.</source>
        <translation>“%2”中目标 %1 尚未分解：请用 --share 给出各市（州）的比例。</translation>
    </message>
    <message>
        <source>Overall index: %1</source>
        <translation>总体指数：%1</translation>
    </message>
    <message>
        <source>A file with one command a line; without it, or with -, standard input.</source>
        <translation>每行一条命令的文件；不给出或给出 - 时读标准输入。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Line %1 failed: the batch stopped there. The commands before it were carried out and saved; that line and the ones after it were not.</source>
        <translation>第 %1 行失败，批处理在此停止。此前的命令均已执行并保存；该行及其后的命令没有执行。</translation>
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
        <translation>《美丽吉林建设规划纲要(2024—2035年)》决策支持工具。
不带命令时打开窗口。

命令：
  catalog [--json]                      规划的指标、基准值和目标
  scenarios [--json]                    列出数据库中的情景
  scenario create NAME [--author A] [--notes N]
  scenario fork NAME NEW [--author A]   复制情景及其全部设置
  scenario rename NAME NEW
  scenario delete NAME --yes            （最后一个情景不会被删除）
  levers [--json]                       全部调控变量：单位、范围、默认值、影响的指标
  lever set --scenario NAME --lever ID (--stage 1|2|3 | --year Y | --all-years) VALUE
  projection set --scenario NAME --indicator ID --method M [--parameters JSON]
                                        无模型指标的外推方法
  project --scenario NAME [--draws N] [--seed S] [--until YEAR] [--json]
                                        预测至2035年的轨迹（P10/P50/P90）及每项目标的评估
  goalseek --scenario NAME --target ID --lever ID [--json]
                                        达到目标所需的调控变量取值（P50 和 90%）
  sensitivity --scenario NAME --indicator ID --year Y [--json]
                                        各调控变量取上下限时的影响，按幅度排序
  tasks [--scenario NAME] [--chapter ID] [--json]
                                        规划各项举措（任务）及进展
  task set --scenario NAME --task ID [--status S] [--progress P] [--evidence TEXT]
  decompose --scenario NAME --target ID [--share CITY=PERCENT ...] [--json]
                                        将目标分解到各市（州），比例之和须为100%
  index --scenario NAME [--draws N] [--json]
                                        分章节和总体的建设成效综合指数
  batch [FILE]                          一行一条命令，读自 FILE 或标准输入；
                                        每条单独保存，遇到第一条失败的命令即停止

退出状态：0 完成，1 命令无法执行，2 命令行有误。
运行 "jilin-planner COMMAND --help" 查看某个命令的选项。</translation>
    </message>
    <message>
        <source>--db and --lang go before "batch", not on one of its lines.</source>
        <translation>--db 和 --lang 应写在 "batch" 之前，不能写在其中某一行里。</translation>
    </message>
    <message>
        <source>A batch cannot run another batch.</source>
        <translation>批处理中不能再运行批处理。</translation>
    </message>
</context>
<context>
    <name>Planner::Governance::IndexTableModel</name>
    <message>
        <source>Overall index</source>
        <translation>总体指数</translation>
    </message>
    <message>
        <source>%1 (%2 targets)</source>
        <translation>%1（%2项目标）</translation>
    </message>
    <message>
        <source>%1 (%2 tasks)</source>
        <translation>%1（%2项任务）</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Targets' progress (0-100)</source>
        <translation>目标进展（0—100）</translation>
    </message>
    <message>
        <source>Tasks' progress (0-100)</source>
        <translation>任务进展（0—100）</translation>
    </message>
    <message>
        <source>Index (0.7 targets + 0.3 tasks)</source>
        <translation>指数（0.7×目标＋0.3×任务）</translation>
    </message>
</context>
<context>
    <name>Planner::Governance::TaskTableModel</name>
    <message>
        <source>Task not saved</source>
        <translation>任务未保存</translation>
    </message>
    <message>
        <source>Indicators and targets</source>
        <translation>指标与目标</translation>
    </message>
    <message>
        <source>The plan's measures as tasks (%1)</source>
        <translation>规划举措任务（%1项）</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>推进中</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>The plan gives no year: 2035 is the planner's default.</source>
        <translation>规划未给出年份：2035年为规划人员的默认设定。</translation>
    </message>
    <message>
        <source>The plan names no department (省负总责、市县抓落实): this is the planner's default.</source>
        <translation>规划未指明责任部门（省负总责、市县抓落实）：此为规划人员的默认设定。</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Measure (the plan's words)</source>
        <translation>举措（规划原文）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成年份</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Status (not_started / in_progress / done)</source>
        <translation>状态（not_started / in_progress / done）</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证</translation>
    </message>
    <message>
        <source>"%1" is not a number from 0 to 100.</source>
        <translation>“%1”不是 0 至 100 之间的数字。</translation>
    </message>
    <message>
        <source>Each target scores 0-100 by its progress from the value the run starts from to the target, at P50 in the target's year; tasks by their progress; a chapter's index is 0.7 x targets + 0.3 x tasks, the overall index the mean of the chapters (美丽中国建设成效考核 style). Weights: resources/catalog/governance_tasks.json.</source>
        <translation>每项目标按从起始值到目标值的进展（目标年份的P50）计0—100分；任务按其进度计分；章节指数＝0.7×目标得分＋0.3×任务得分，总体指数为各章节的平均（参照美丽中国建设成效考核）。权重见 resources/catalog/governance_tasks.json。</translation>
    </message>
    <message>
        <source>Assessment index (综合指数)</source>
        <translation>建设成效综合指数</translation>
    </message>
</context>
<context>
    <name>Planner::Shell::MainWindow</name>
    <message>
        <source>Cannot open scenario</source>
        <translation>无法打开情景</translation>
    </message>
    <message>
        <source>Beautiful Jilin planning desk — %1</source>
        <translation>美丽吉林规划决策台 — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>&amp;Scenario: </source>
        <translation>情景(&amp;S)：</translation>
    </message>
    <message>
        <source>The scenario every page shows</source>
        <translation>各页面显示的情景</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>The database file cannot be written: it is open for viewing only.</source>
        <translation>数据库文件不可写入：仅以查看方式打开。</translation>
    </message>
    <message>
        <source>Every change is saved to this file as it is made.</source>
        <translation>每次修改都会立即保存到此文件。</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Beautiful Jilin planning desk %1&lt;/h3&gt;&lt;p&gt;Decision support for 《美丽吉林建设规划纲要(2024—2035年)》.&lt;/p&gt;&lt;p&gt;Targets: the plan's published excerpt, and the 2027 stage targets announced with it (2024-05-28). Baselines: Jilin's ecological-environment bulletins and official press reports; values without a published source are marked as assumptions.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;美丽吉林规划决策台 %1&lt;/h3&gt;&lt;p&gt;《美丽吉林建设规划纲要(2024—2035年)》决策支持工具。&lt;/p&gt;&lt;p&gt;目标：规划纲要公开摘编，以及发布时（2024-05-28）公布的2027年阶段目标。基准值：吉林省生态环境状况公报和官方新闻报道；没有公开来源的数值均标为假设。&lt;/p&gt;&lt;p&gt;许可证：GPL-3.0-or-later。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>无法启动</translation>
    </message>
    <message>
        <source>The application's catalog data is broken: %1</source>
        <translation>程序自带的目录数据有误：%1</translation>
    </message>
    <message>
        <source>Cannot open the scenario database</source>
        <translation>无法打开情景数据库</translation>
    </message>
</context>
<context>
    <name>Planner::Storage</name>
    <message>
        <source>Writing the plan's catalog failed</source>
        <translation>写入规划目录失败</translation>
    </message>
    <message>
        <source>Reading the plan's catalog failed</source>
        <translation>读取规划目录失败</translation>
    </message>
    <message>
        <source>set by the planner in this scenario</source>
        <translation>由规划人员在本情景中设定</translation>
    </message>
    <message>
        <source>Upgrading the database failed</source>
        <translation>数据库升级失败</translation>
    </message>
    <message>
        <source>Reading the schema version failed</source>
        <translation>读取数据库结构版本失败</translation>
    </message>
    <message>
        <source>Writing the schema version failed</source>
        <translation>写入数据库结构版本失败</translation>
    </message>
    <message>
        <source>There is no scenario named "%1".</source>
        <translation>没有名为“%1”的情景。</translation>
    </message>
    <message>
        <source>A scenario name cannot be empty.</source>
        <translation>情景名称不能为空。</translation>
    </message>
    <message>
        <source>A scenario name cannot start or end with spaces: "%1".</source>
        <translation>情景名称首尾不能有空格：“%1”。</translation>
    </message>
    <message>
        <source>A scenario name can have at most %1 characters.</source>
        <translation>情景名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A scenario name cannot contain control characters.</source>
        <translation>情景名称不能包含控制字符。</translation>
    </message>
    <message>
        <source>Listing scenarios failed</source>
        <translation>列出情景失败</translation>
    </message>
    <message>
        <source>Reading scenario "%1" failed</source>
        <translation>读取情景“%1”失败</translation>
    </message>
    <message>
        <source>Reading a scenario failed</source>
        <translation>读取情景失败</translation>
    </message>
    <message>
        <source>The scenario no longer exists.</source>
        <translation>该情景已不存在。</translation>
    </message>
    <message>
        <source>Creating scenario "%1" failed</source>
        <translation>创建情景“%1”失败</translation>
    </message>
    <message>
        <source>A scenario named "%1" already exists.</source>
        <translation>名为“%1”的情景已存在。</translation>
    </message>
    <message>
        <source>Forking scenario "%1" failed</source>
        <translation>派生情景“%1”失败</translation>
    </message>
    <message>
        <source>Saving scenario "%1" failed</source>
        <translation>保存情景“%1”失败</translation>
    </message>
    <message>
        <source>Scenario "%1" was changed elsewhere (now revision %2, you edited revision %3). Reload it, or save your version as a fork.</source>
        <translation>情景“%1”已在别处被修改（当前版本 %2，您编辑的是版本 %3）。请重新载入，或将您的修改另存为派生情景。</translation>
    </message>
    <message>
        <source>Renaming scenario "%1" failed</source>
        <translation>重命名情景“%1”失败</translation>
    </message>
    <message>
        <source>Saving the notes of scenario "%1" failed</source>
        <translation>保存情景“%1”的备注失败</translation>
    </message>
    <message>
        <source>Deleting scenario "%1" failed</source>
        <translation>删除情景“%1”失败</translation>
    </message>
    <message>
        <source>"%1" is the only scenario; a database always keeps at least one.</source>
        <translation>“%1”是唯一的情景；数据库至少保留一个情景。</translation>
    </message>
    <message>
        <source>Saving the baseline of %1 failed</source>
        <translation>保存 %1 的基准值失败</translation>
    </message>
    <message>
        <source>%1: the baseline value must be a finite number.</source>
        <translation>%1：基准值必须是有限的数字。</translation>
    </message>
    <message>
        <source>Saving target %1 failed</source>
        <translation>保存目标 %1 失败</translation>
    </message>
    <message>
        <source>Creating the baseline scenario failed</source>
        <translation>创建基准情景失败</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a scenario database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 不是情景数据库（不是 SQLite 文件）。文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1: the database file is damaged (%2).</source>
        <translation>%1：数据库文件已损坏（%2）。</translation>
    </message>
    <message>
        <source>%1: the database is read-only.</source>
        <translation>%1：数据库为只读。</translation>
    </message>
    <message>
        <source>%1 is open read-only: changes cannot be saved.</source>
        <translation>%1 以只读方式打开：无法保存修改。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a scenario database.</source>
        <translation>%1 是文件夹，不是情景数据库。</translation>
    </message>
    <message>
        <source>%1 is empty and read-only: there is nothing to show.</source>
        <translation>%1 为空且只读：没有可显示的内容。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 does not exist.</source>
        <translation>无法创建数据库 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 is not writable.</source>
        <translation>无法创建数据库 %1：文件夹 %2 不可写入。</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动（libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema cannot be read. It was left unchanged.</source>
        <translation>%1 已损坏：无法读取其结构。文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the application (schema %2; this version reads up to %3). Update the application to open it. The file was left unchanged.</source>
        <translation>%1 由更新版本的程序写入（结构版本 %2；本版本最高可读 %3）。请升级程序后再打开。文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). It was left unchanged; restore it from a backup.</source>
        <translation>%1 已损坏，无法打开（%2）。文件未作任何改动；请从备份恢复。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a scenario database. It was left unchanged.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是情景数据库。文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is read-only and uses an older schema (%2) that this version must upgrade before it can show it. Make it writable and open it once.</source>
        <translation>%1 为只读，且使用旧的结构版本（%2），本版本须先升级才能显示。请将其设为可写并打开一次。</translation>
    </message>
    <message>
        <source>%1, %2: the value must be a finite number.</source>
        <translation>%1，%2年：数值必须是有限的数字。</translation>
    </message>
    <message>
        <source>%1: unknown uncertainty "%2" (none, uniform, triangular or normal).</source>
        <translation>%1：未知的不确定性类型“%2”（none、uniform、triangular 或 normal）。</translation>
    </message>
    <message>
        <source>%1: the uncertainty spread must be a finite number not below zero.</source>
        <translation>%1：不确定性幅度必须是不小于零的有限数字。</translation>
    </message>
    <message>
        <source>Reading the scenario's settings failed</source>
        <translation>读取情景设置失败</translation>
    </message>
    <message>
        <source>Saving lever %1 failed</source>
        <translation>保存调控变量 %1 失败</translation>
    </message>
    <message>
        <source>Saving the uncertainty of %1 failed</source>
        <translation>保存 %1 的不确定性失败</translation>
    </message>
    <message>
        <source>Saving observed values of %1 failed</source>
        <translation>保存 %1 的观测值失败</translation>
    </message>
    <message>
        <source>Saving the projection of %1 failed</source>
        <translation>保存 %1 的预测方法失败</translation>
    </message>
    <message>
        <source>%1: the target value must be a finite number.</source>
        <translation>%1：目标值必须是有限的数字。</translation>
    </message>
    <message>
        <source>Reading task progress failed</source>
        <translation>读取任务进展失败</translation>
    </message>
    <message>
        <source>%1: unknown status "%2" (not_started, in_progress or done).</source>
        <translation>%1：未知状态“%2”（not_started、in_progress 或 done）。</translation>
    </message>
    <message>
        <source>%1: progress must be a number from 0 to 100.</source>
        <translation>%1：进度必须是 0 至 100 之间的数字。</translation>
    </message>
    <message>
        <source>Saving task %1 failed</source>
        <translation>保存任务 %1 失败</translation>
    </message>
    <message>
        <source>Reading the decomposition of %1 failed</source>
        <translation>读取 %1 的分解失败</translation>
    </message>
    <message>
        <source>%1: the share must be a finite number.</source>
        <translation>%1：比例必须是有限的数字。</translation>
    </message>
    <message>
        <source>Saving the decomposition of %1 failed</source>
        <translation>保存 %1 的分解失败</translation>
    </message>
    <message>
        <source>%1: another program (a planning desk window, a script, a backup tool) holds the database locked and did not release it within %2 seconds. Nothing was changed. Wait until it has finished, or close it, then try again.</source>
        <translation>%1：另一个程序（规划决策台窗口、脚本或备份工具）锁定了数据库，%2 秒内没有释放。未作任何更改。请等它完成或将其关闭，然后重试。</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::ChapterPage</name>
    <message>
        <source>Overview: every target of the plan</source>
        <translation>总览：规划的全部目标</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>情景：%1</translation>
    </message>
    <message>
        <source>Select a row to see where its baseline comes from. Values in italics are assumptions: no published figure was found.</source>
        <translation>选中一行可查看其基准值的来源。斜体数值为假设：未找到公开发布的数据。</translation>
    </message>
    <message>
        <source>%1 — baseline %2 is an assumption: %3</source>
        <translation>%1 — %2年基准值为假设：%3</translation>
    </message>
    <message>
        <source>%1 — baseline %2 from %3</source>
        <translation>%1 — %2年基准值来源：%3</translation>
    </message>
    <message>
        <source>Setting not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>Levers by stage (double-click a value to change it; saved at once)</source>
        <translation>分阶段调控变量（双击数值即可修改，立即保存）</translation>
    </message>
    <message>
        <source>The projection could not run: %1</source>
        <translation>无法运行预测：%1</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::IndicatorTableModel</name>
    <message>
        <source>at least</source>
        <translation>不低于</translation>
    </message>
    <message>
        <source>about</source>
        <translation>左右</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>不高于</translation>
    </message>
    <message>
        <source>peak before</source>
        <translation>达峰</translation>
    </message>
    <message>
        <source>plateau within</source>
        <translation>进入平台期</translation>
    </message>
    <message>
        <source>phase out</source>
        <translation>基本淘汰</translation>
    </message>
    <message>
        <source>full coverage</source>
        <translation>全覆盖</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>方向性</translation>
    </message>
    <message>
        <source>peak by %1</source>
        <translation>%1年前达峰</translation>
    </message>
    <message>
        <source>plateau %1–%2</source>
        <translation>%1–%2年进入平台期</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>逐步下降</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>逐步提高</translation>
    </message>
    <message>
        <source>qualitative</source>
        <translation>定性目标</translation>
    </message>
    <message>
        <source>%1 (assumption)</source>
        <translation>%1（假设）</translation>
    </message>
    <message>
        <source>context</source>
        <translation>背景指标</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标编号</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基准值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>目标年份</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>In the plan's words</source>
        <translation>规划原文</translation>
    </message>
    <message>
        <source>Assumption (see note)</source>
        <translation>假设（见说明）</translation>
    </message>
    <message>
        <source>Qualitative: status and evidence</source>
        <translation>定性：以状态和证据跟踪</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>有望达成</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>存在风险</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>难以达成</translation>
    </message>
    <message>
        <source>not assessable</source>
        <translation>无法评估</translation>
    </message>
    <message>
        <source>acceleration needed</source>
        <translation>需加速</translation>
    </message>
    <message>
        <source>limited progress</source>
        <translation>进展有限</translation>
    </message>
    <message>
        <source>moving away</source>
        <translation>背离目标</translation>
    </message>
    <message>
        <source>Projected (P50)</source>
        <translation>预测值（P50）</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>达成概率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Trend test</source>
        <translation>趋势检验</translation>
    </message>
    <message>
        <source>[set by the planner] %1</source>
        <translation>［规划人员设定］%1</translation>
    </message>
    <message>
        <source>[announced with the plan, 2024-05-28] %1</source>
        <translation>［纲要发布时公布，2024-05-28］%1</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::LeverTableModel</name>
    <message>
        <source>%1
Unit: %2; range %3 to %4; default %5</source>
        <translation>%1
单位：%2；范围 %3 至 %4；默认 %5</translation>
    </message>
    <message>
        <source>Default is an assumption: %1</source>
        <translation>默认值为假设：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>调控变量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>"%1" is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::ScenarioDocument</name>
    <message>
        <source>There is no lever %1.</source>
        <translation>没有调控变量 %1。</translation>
    </message>
    <message>
        <source>%1 is outside the range of %2 (%3 to %4).</source>
        <translation>%1 超出 %2 的范围（%3 至 %4）。</translation>
    </message>
</context>
</TS>