<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Planner::Analysis::Wording</name>
    <message>
        <source>%1 draws, seed %2</source>
        <translation>%1次抽样，随机种子%2</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <source>[set by the planner] %1</source>
        <translation>［规划人员设定］%1</translation>
    </message>
    <message>
        <source>[announced with the plan, 2024-05-28] %1</source>
        <translation>［纲要发布时公布，2024-05-28］%1</translation>
    </message>
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
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>%1 (full coverage)</source>
        <translation>%1（全覆盖）</translation>
    </message>
    <message>
        <source>phased out (%1)</source>
        <translation>淘汰（%1）</translation>
    </message>
    <message>
        <source>phased out</source>
        <translation>淘汰</translation>
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
        <source>keeps falling</source>
        <translation>持续下降</translation>
    </message>
    <message>
        <source>keeps rising</source>
        <translation>持续上升</translation>
    </message>
    <message>
        <source>keeps improving</source>
        <translation>持续改善</translation>
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
        <source>%1 percentage points</source>
        <translation>%1个百分点</translation>
    </message>
    <message>
        <source>at the ceiling</source>
        <translation>恰为上限</translation>
    </message>
    <message>
        <source>%1 over the ceiling</source>
        <translation>超出上限%1</translation>
    </message>
    <message>
        <source>%1 below the ceiling</source>
        <translation>低于上限%1</translation>
    </message>
    <message>
        <source>within the tolerance</source>
        <translation>在允许范围内</translation>
    </message>
    <message>
        <source>%1 short of the target</source>
        <translation>距目标还差%1</translation>
    </message>
    <message>
        <source>%1 above the target</source>
        <translation>高于目标%1</translation>
    </message>
    <message>
        <source>at the floor</source>
        <translation>恰为下限</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>还差%1</translation>
    </message>
    <message>
        <source>%1 above the floor</source>
        <translation>已超出%1</translation>
    </message>
    <message>
        <source>peaks at %1 in %2 and declines after</source>
        <translation>%2年达到峰值%1，此后下降</translation>
    </message>
    <message>
        <source>peaks at %1 in %2 but does not decline after</source>
        <translation>%2年达到峰值%1，但此后未下降</translation>
    </message>
    <message>
        <source>growth slows below the threshold from %1</source>
        <translation>自%1年起增速低于阈值</translation>
    </message>
    <message>
        <source>still growing within the window</source>
        <translation>在时间窗口内仍在增长</translation>
    </message>
    <message>
        <source>a qualitative milestone: judged by its tasks and evidence, not by a number</source>
        <translation>定性目标：按任务进展和佐证材料判断，而非数值</translation>
    </message>
    <message>
        <source>the indicators that track this milestone have no data</source>
        <translation>跟踪该目标的指标没有数据</translation>
    </message>
    <message>
        <source>no data: the indicator has neither a baseline nor observed values</source>
        <translation>无数据：该指标既无基准值也无观测值</translation>
    </message>
    <message>
        <source>the projection ends in %1, before the target&apos;s year</source>
        <translation>预测止于%1年，早于目标年份</translation>
    </message>
    <message>
        <source>the target&apos;s year %1 is before the indicator&apos;s base year %2</source>
        <translation>目标年份%1早于该指标的基准年%2</translation>
    </message>
    <message>
        <source>no projection for this indicator</source>
        <translation>该指标没有预测</translation>
    </message>
    <message>
        <source>%1 (%2): the projection cannot judge this target; status: %3.</source>
        <translation>%1（%2）：预测无法评估该目标；状态：%3。</translation>
    </message>
    <message>
        <source>%1 (%2): the projection cannot judge this target (%3); status: %4.</source>
        <translation>%1（%2）：预测无法评估该目标（%3）；状态：%4。</translation>
    </message>
    <message>
        <source>Under this scenario, %1 is projected at %2 in %3</source>
        <translation>按当前情景，%3年%1预计为%2</translation>
    </message>
    <message>
        <source>, probability of meeting it %1</source>
        <translation>，达成概率%1</translation>
    </message>
    <message>
        <source>; %1 target %2</source>
        <translation>；%1目标%2</translation>
    </message>
    <message>
        <source>; %1 target %2: %3</source>
        <translation>；%1目标%2：%3</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>, above the %1 ceiling by %2</source>
        <translation>，超出%1上限%2</translation>
    </message>
    <message>
        <source>, within the %1 ceiling</source>
        <translation>，未超过%1上限</translation>
    </message>
    <message>
        <source>, within the tolerance of the %1 target</source>
        <translation>，在%1目标允许范围内</translation>
    </message>
    <message>
        <source>, below the %1 target by %2</source>
        <translation>，低于%1目标%2</translation>
    </message>
    <message>
        <source>, above the %1 target by %2</source>
        <translation>，高于%1目标%2</translation>
    </message>
    <message>
        <source>, meeting the %1 target</source>
        <translation>，达到%1目标</translation>
    </message>
    <message>
        <source>not reachable within the lever&apos;s range %1</source>
        <translation>在调控变量的取值范围%1内无法达到</translation>
    </message>
    <message>
        <source>not reachable within the lever&apos;s range %1 %2</source>
        <translation>在调控变量的取值范围%1%2内无法达到</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>无法达到</translation>
    </message>
    <message>
        <source>held at the latest value</source>
        <translation>保持最新值不变</translation>
    </message>
    <message>
        <source>a straight line, %1 a year</source>
        <translation>直线变化，每年%1</translation>
    </message>
    <message>
        <source>steady growth at a rate of %1 a year</source>
        <translation>按每年%1的速率稳定增长</translation>
    </message>
    <message>
        <source>an S-curve towards %1 (rate %2, midpoint %3)</source>
        <translation>S形曲线趋向%1（速率%2，中点%3）</translation>
    </message>
    <message>
        <source>an S-curve through the latest value towards %1 (rate %2)</source>
        <translation>经过最新值的S形曲线趋向%1（速率%2）</translation>
    </message>
    <message>
        <source>a straight line fitted to the last %1 observed years</source>
        <translation>按最近%1年观测值拟合的直线</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1年：%2</translation>
    </message>
    <message>
        <source>set values, held between them: %1</source>
        <translation>设定值，其间保持不变：%1</translation>
    </message>
    <message>
        <source>set values, joined by straight lines: %1</source>
        <translation>设定值，其间直线连接：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>a projection the planner chose</source>
        <translation>规划人员选定的预测方法</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>均匀分布</translation>
    </message>
    <message>
        <source>triangular</source>
        <translation>三角分布</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>正态分布</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Chapter %1 · %2</source>
        <translation>第%1章 · %2</translation>
    </message>
    <message>
        <source>outside the plan period</source>
        <translation>规划期外</translation>
    </message>
    <message>
        <source>Stage %1 (%2–%3)</source>
        <translation>第%1阶段（%2—%3年）</translation>
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
        <source>shipped with the application</source>
        <translation>程序自带</translation>
    </message>
    <message>
        <source>central path (no random draws)</source>
        <translation>中心路径（无随机抽样）</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2项</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>not assessable: its baseline was worked back from this target, so it cannot judge it; import a published figure</source>
        <translation>无法评估：其基准值是由该目标倒推得出的，不能用来评判该目标；请导入公开发布的数据</translation>
    </message>
    <message>
        <source>not assessable: no indicator that tracks this milestone has a published threshold</source>
        <translation>无法评估：跟踪该里程碑的指标均没有公开的判断阈值</translation>
    </message>
    <message>
        <source>%1 of %2 tracking indicators meet their thresholds at P50</source>
        <translation>%2项跟踪指标中有%1项在P50下达到阈值</translation>
    </message>
    <message>
        <source>working target (set by the planner)</source>
        <translation>工作目标（规划者设定）</translation>
    </message>
    <message>
        <source>plan target</source>
        <translation>规划目标</translation>
    </message>
    <message>
        <source> The trend observed since %1 is fast enough, but the scenario&apos;s settings slow it before %2.</source>
        <translation>%1年以来的观测趋势足够快，但本情景的设置使其在%2年前放缓。</translation>
    </message>
    <message>
        <source> The trend observed since %1 is too slow, but the scenario&apos;s settings speed it up before %2.</source>
        <translation>%1年以来的观测趋势偏慢，但本情景的设置使其在%2年前加快。</translation>
    </message>
    <message>
        <source>%1 (working target)</source>
        <translation>%1（工作目标）</translation>
    </message>
    <message>
        <source>too few observations</source>
        <translation>观测数据不足</translation>
    </message>
    <message>
        <source>the baseline of %1 (%2: %3)</source>
        <translation>%1基期值（%2年：%3）</translation>
    </message>
    <message>
        <source>the baseline of %1 (%2)</source>
        <translation>%1基期值（%2年）</translation>
    </message>
    <message>
        <source>the observed value of %1 (%2: %3)</source>
        <translation>%1观测值（%2年：%3）</translation>
    </message>
    <message>
        <source>the observed value of %1 (%2)</source>
        <translation>%1观测值（%2年）</translation>
    </message>
    <message>
        <source>the policy setting “%1”</source>
        <translation>政策设定“%1”</translation>
    </message>
    <message>
        <source>the fixed number “%1”</source>
        <translation>固定参数“%1”</translation>
    </message>
    <message>
        <source>set by the planner in this scenario</source>
        <translation>由规划人员在本情景中设定</translation>
    </message>
    <message>
        <source>imported by the planner into this scenario</source>
        <translation>由规划人员导入本情景</translation>
    </message>
    <message>
        <source>a published figure</source>
        <translation>已公布的数据</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>sourced</source>
        <translation>有出处</translation>
    </message>
    <message>
        <source>rests on assumptions</source>
        <translation>含假设</translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>a status resting on assumptions</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>This status rests on assumptions:</source>
        <translation>该状态依赖以下假设：</translation>
    </message>
    <message>
        <source>• %1 — %2</source>
        <translation>• %1 — %2</translation>
    </message>
    <message>
        <source>no value yet: the planner sets it</source>
        <translation>尚无数值：由规划人员设定</translation>
    </message>
    <message>
        <source>the target has no value to judge against: the plan gives none, and the planner has not set one in this scenario</source>
        <translation>该目标没有可供评判的数值：规划未给出，规划人员也尚未在本情景中设定</translation>
    </message>
    <message>
        <source>slope</source>
        <translation>斜率</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>ceiling</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>midpoint year</source>
        <translation>中点年份</translation>
    </message>
    <message>
        <source>set values</source>
        <translation>设定点</translation>
    </message>
    <message>
        <source>joining of the set values</source>
        <translation>设定点之间的连接方式</translation>
    </message>
    <message>
        <source>years fitted</source>
        <translation>拟合年数</translation>
    </message>
    <message>
        <source>There is no target %1.</source>
        <translation>没有编号为 %1 的目标。</translation>
    </message>
    <message>
        <source>There is no lever &quot;%1&quot;.</source>
        <translation>没有调控变量“%1”。</translation>
    </message>
    <message>
        <source>There is no indicator &quot;%1&quot;.</source>
        <translation>没有指标“%1”。</translation>
    </message>
    <message>
        <source>%1: the uncertainty&apos;s spread is not a finite number.</source>
        <translation>%1：不确定性幅度不是有限数值。</translation>
    </message>
    <message>
        <source>%1: the uncertainty&apos;s spread %2 is negative.</source>
        <translation>%1：不确定性幅度%2为负数。</translation>
    </message>
    <message>
        <source>%1 has no value for %2.</source>
        <translation>%1在%2年没有取值。</translation>
    </message>
    <message>
        <source>%1: the value for %2 is not a finite number.</source>
        <translation>%1：%2年的取值不是有限数值。</translation>
    </message>
    <message>
        <source>%1: the value %2 for %3 is outside its range, %4 to %5.</source>
        <translation>%1：%3年的取值%2超出其范围（%4至%5）。</translation>
    </message>
    <message>
        <source>The year %1 is outside the years of the run, %2 to %3.</source>
        <translation>%1年不在预测年份（%2—%3年）之内。</translation>
    </message>
    <message>
        <source>The number of draws must be positive, not %1.</source>
        <translation>抽样次数必须为正数，不能是%1。</translation>
    </message>
    <message>
        <source>Goal-seek needs at least 3 trial settings, not %1.</source>
        <translation>目标反推至少需要3个试算取值，不能是%1个。</translation>
    </message>
    <message>
        <source>%1 is a milestone without a value: goal-seek needs a target with a value.</source>
        <translation>%1是没有数值的里程碑目标：目标反推只适用于有数值的目标。</translation>
    </message>
    <message>
        <source>%1 does not act on %2: no model that computes it reads this lever.</source>
        <translation>%1不影响%2：计算该指标的模型均不使用这一调控变量。</translation>
    </message>
    <message>
        <source>%1 is missing from the run.</source>
        <translation>本次预测中缺少%1。</translation>
    </message>
    <message>
        <source>%1 has no value in %2 with %3 at %4.</source>
        <translation>%3取%4时，%1在%2年没有数值。</translation>
    </message>
    <message>
        <source>%1 in %2 does not move one way as %3 changes (%4 at %5, %6 at %7, %8 at %9), so no single setting can be sought.</source>
        <translation>%2年的%1并不随%3单向变化（取%5时为%4，取%7时为%6，取%9时为%8），因此无法反推出唯一取值。</translation>
    </message>
    <message>
        <source>Goal-seek was stopped after %1 runs of the model; nothing was changed.</source>
        <translation>目标反推已停止，模型已运行%1次；未作任何修改。</translation>
    </message>
    <message>
        <source>%1: there is no projection method &quot;%2&quot;.</source>
        <translation>%1：没有名为“%2”的预测方法。</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>一个数值</translation>
    </message>
    <message>
        <source>a list of year and value pairs</source>
        <translation>一组“年份—数值”设定点</translation>
    </message>
    <message>
        <source>a list of year and value pairs with whole years</source>
        <translation>一组年份为整数的“年份—数值”设定点</translation>
    </message>
    <message>
        <source>&quot;linear&quot; or &quot;step&quot;</source>
        <translation>“linear”（直线连接）或“step”（保持不变）</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>一个整数</translation>
    </message>
    <message>
        <source>%1: the projection needs its parameter &quot;%2&quot; as %3.</source>
        <translation>%1：该预测方法的参数“%2”应为%3。</translation>
    </message>
    <message>
        <source>%1: the projection parameter &quot;%2&quot; is not a finite number.</source>
        <translation>%1：预测参数“%2”不是有限数值。</translation>
    </message>
    <message>
        <source>%1: the growth rate must be above -1 (-100 % a year) and at most 1 (+100 % a year), not %2.</source>
        <translation>%1：增长率必须大于-1（每年-100%）且不超过1（每年+100%），不能是%2。</translation>
    </message>
    <message>
        <source>%1: the projection parameter &quot;%2&quot; must be positive, not %3.</source>
        <translation>%1：预测参数“%2”必须为正数，不能是%3。</translation>
    </message>
    <message>
        <source>%1: the ceiling must be above the latest value %2 (%3), not %4: the curve never reaches its ceiling, so it would fall at once.</source>
        <translation>%1：上限必须高于最新值%2（%3年），不能是%4：曲线永远达不到上限，设在最新值以下会使预测立即下降。</translation>
    </message>
    <message>
        <source>%1: the projection parameter &quot;%2&quot; must not be zero.</source>
        <translation>%1：预测参数“%2”不能为零。</translation>
    </message>
    <message>
        <source>%1: the ceiling must be above the latest value %2 (and that value above 0) for a curve through it.</source>
        <translation>%1：要让曲线经过最新值，上限必须高于最新值%2（且该值大于0）。</translation>
    </message>
    <message>
        <source>%1: a fitted trend needs at least 2 years, not %2.</source>
        <translation>%1：拟合趋势至少需要2年，不能是%2。</translation>
    </message>
    <message>
        <source>%1: a fitted trend needs at least two observed years, found %2.</source>
        <translation>%1：拟合趋势至少需要两年的观测值，现有%2年。</translation>
    </message>
    <message>
        <source>%1: the milestone year %2 is outside the years of the run, %3 to %4.</source>
        <translation>%1：设定点年份%2不在预测年份（%3—%4年）之内。</translation>
    </message>
    <message>
        <source>%1: the milestone value for %2 is not a finite number.</source>
        <translation>%1：%2年的设定值不是有限数值。</translation>
    </message>
    <message>
        <source>%1: two milestones for the year %2.</source>
        <translation>%1：%2年有两个设定值。</translation>
    </message>
    <message>
        <source>%1 is computed by its chapter&apos;s model from the levers, so a projection of its own would never be used; change the levers that drive it instead.</source>
        <translation>%1由本章模型根据调控变量计算，单独设定的预测方法不会被使用；请改为调整驱动它的调控变量。</translation>
    </message>
    <message>
        <source>Current trends</source>
        <translation>现状趋势情景</translation>
    </message>
    <message>
        <source>Plan pathway</source>
        <translation>规划路径情景</translation>
    </message>
    <message>
        <source>What happens if recent trends go on: every lever at its default, the pace observed in published data (with its years), or a stated assumption where nothing is published. Shipped, read-only; fork it to change it.</source>
        <translation>近年趋势延续时的结果：每个调控变量取默认值，即公开数据中观测到的速度（注明年份），未公布数据时为注明理由的假设。随软件提供，只读；如需修改，请先派生。</translation>
    </message>
    <message>
        <source>What happens if the plan is carried out as written: every lever set to what the plan and Jilin&apos;s published special plans commit to, each setting with its document; where no document gives a pace the lever keeps the current-trends value and says so. Shipped, read-only; fork it to change it.</source>
        <translation>按规划原文实施时的结果：每个调控变量按规划纲要和吉林省已公布的专项规划所承诺的水平设定，并注明所依据的文件；没有文件给出速度的调控变量沿用现状趋势值并予以说明。随软件提供，只读；如需修改，请先派生。</translation>
    </message>
    <message>
        <source>set by the planner</source>
        <translation>由规划人员设定</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>scenario details</source>
        <translation>情景信息</translation>
    </message>
    <message>
        <source>lever settings</source>
        <translation>调控变量设置</translation>
    </message>
    <message>
        <source>bases of lever settings</source>
        <translation>调控变量设置的依据</translation>
    </message>
    <message>
        <source>lever uncertainty</source>
        <translation>调控变量不确定性</translation>
    </message>
    <message>
        <source>baselines</source>
        <translation>基准值</translation>
    </message>
    <message>
        <source>baseline uncertainty</source>
        <translation>基准值不确定性</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>observed values</source>
        <translation>观测值</translation>
    </message>
    <message>
        <source>cities&apos; observed values</source>
        <translation>各市观测值</translation>
    </message>
    <message>
        <source>projection methods</source>
        <translation>预测方法</translation>
    </message>
    <message>
        <source>task progress</source>
        <translation>任务进展</translation>
    </message>
    <message>
        <source>city decomposition</source>
        <translation>分解到市</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>other scenario data</source>
        <translation>情景的其他数据</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标%1</translation>
    </message>
    <message>
        <source>the province&apos;s own record</source>
        <translation>全省记录</translation>
    </message>
    <message>
        <source>this scenario</source>
        <translation>本情景</translation>
    </message>
    <message>
        <source>comment %1</source>
        <translation>第%1条意见</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>（%1年）</translation>
    </message>
    <message>
        <source>%1% of the province&apos;s target</source>
        <translation>占全省目标的%1%</translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation>完成%1%</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>佐证：%1</translation>
    </message>
    <message>
        <source>%1, spread %2</source>
        <translation>%1，幅度%2</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>name “%1”</source>
        <translation>名称“%1”</translation>
    </message>
    <message>
        <source>notes: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>open to the cities</source>
        <translation>已向各市开放</translation>
    </message>
    <message>
        <source>closed to the cities</source>
        <translation>未向各市开放</translation>
    </message>
</context>
<context>
    <name>Planner::Charts::ChartData</name>
    <message>
        <source>No projection</source>
        <translation>无预测</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>情景：%1</translation>
    </message>
    <message>
        <source>Scenarios %1</source>
        <translation>情景：%1</translation>
    </message>
    <message>
        <source>%1 · deterministic run (draws pending)</source>
        <translation>%1 · 确定性计算（抽样计算中）</translation>
    </message>
    <message>
        <source>%1 · %2 draws · seed %3</source>
        <translation>%1 · %2次抽样 · 随机种子 %3</translation>
    </message>
    <message>
        <source>Scenario %1 · %2 in %3: %4 with every lever as set; each bar moves one lever to its minimum and maximum in every year (central runs)</source>
        <translation>情景 %1 · 各调控变量按设定时%3年%2为%4；每根条形将一个调控变量在各年取其最小值和最大值（中心路径计算）</translation>
    </message>
</context>
<context>
    <name>Planner::Charts::ChartRenderer</name>
    <message>
        <source>A chart image must be 100 to 20,000 pixels wide and high at 36 to 1,200 dpi.</source>
        <translation>图表图片的宽和高须为100至20000像素，分辨率为36至1200 dpi。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Planner::Charts::ChartView</name>
    <message>
        <source>%1 — click to enlarge</source>
        <translation>%1 — 点击放大</translation>
    </message>
</context>
<context>
    <name>Planner::Charts::IndicatorChart</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Projection P50: %1</source>
        <translation>预测中位数（P50）：%1</translation>
    </message>
    <message>
        <source>Projection P50</source>
        <translation>预测中位数（P50）</translation>
    </message>
    <message>
        <source>P10–P90 range</source>
        <translation>P10–P90区间</translation>
    </message>
    <message>
        <source>Target trajectory</source>
        <translation>目标路径</translation>
    </message>
    <message>
        <source>Milestone targets</source>
        <translation>阶段目标</translation>
    </message>
    <message>
        <source>P50: %1</source>
        <translation>P50：%1</translation>
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
        <translation>目标路径</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>阶段目标</translation>
    </message>
    <message>
        <source>Floor: at least %1</source>
        <translation>下限：不低于%1</translation>
    </message>
    <message>
        <source>Ceiling: at most %1</source>
        <translation>上限：不高于%1</translation>
    </message>
    <message>
        <source>Peak before %1</source>
        <translation>%1年前达峰</translation>
    </message>
</context>
<context>
    <name>Planner::Charts::TornadoChart</name>
    <message>
        <source>%1, %2: what each lever can move</source>
        <translation>%1（%2年）：各调控变量的影响范围</translation>
    </message>
    <message>
        <source>lever at its minimum</source>
        <translation>调控变量取最小值</translation>
    </message>
    <message>
        <source>lever at its maximum</source>
        <translation>调控变量取最大值</translation>
    </message>
    <message>
        <source>Change from the scenario&apos;s value in %1</source>
        <translation>相对本情景%1年值的变化</translation>
    </message>
    <message>
        <source>Change from the scenario&apos;s value in %1 (%2)</source>
        <translation>相对本情景%1年值的变化（%2）</translation>
    </message>
</context>
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
        <source>The application&apos;s catalog data is broken: %1</source>
        <translation>程序自带的目录数据有误：%1</translation>
    </message>
    <message>
        <source>Language of the interface and messages: zh_CN (default) or en.</source>
        <translation>界面和提示的语言：zh_CN（默认）或 en。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use zh_CN or en.</source>
        <translation>未知语言“%1”：请用 zh_CN 或 en。</translation>
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
        <source>Unknown command &quot;%1&quot;. Run &quot;jilin-planner --help&quot; for the list of commands.</source>
        <translation>未知命令“%1”。运行 &quot;jilin-planner --help&quot; 查看命令列表。</translation>
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
        <source>The word &quot;scenario&quot;.</source>
        <translation>即 &quot;scenario&quot;。</translation>
    </message>
    <message>
        <source>The scenario&apos;s name (and the new name).</source>
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
        <source>Created scenario &quot;%1&quot;.</source>
        <translation>已创建情景“%1”。</translation>
    </message>
    <message>
        <source>Author of the new scenario.</source>
        <translation>新情景的作者。</translation>
    </message>
    <message>
        <source>Forked &quot;%1&quot; from &quot;%2&quot;.</source>
        <translation>已从“%2”派生“%1”。</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
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
        <source>Deleted scenario &quot;%1&quot;.</source>
        <translation>已删除情景“%1”。</translation>
    </message>
    <message>
        <source>%1 %4 (range %2 to %3)</source>
        <translation>%1 %4（范围 %2 至 %3）</translation>
    </message>
    <message>
        <source>The word &quot;lever&quot;.</source>
        <translation>即 &quot;lever&quot;。</translation>
    </message>
    <message>
        <source>The action: set.</source>
        <translation>操作：set。</translation>
    </message>
    <message>
        <source>The lever&apos;s new value, in its unit.</source>
        <translation>调控变量的新取值（按其单位）。</translation>
    </message>
    <message>
        <source>The scenario to change.</source>
        <translation>要修改的情景。</translation>
    </message>
    <message>
        <source>The lever&apos;s id (see &quot;levers&quot;).</source>
        <translation>调控变量编号（见 &quot;levers&quot;）。</translation>
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
        <source>Unknown lever action &quot;%1&quot;: use set.</source>
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
        <source>VALUE: &quot;%1&quot; is not a number.</source>
        <translation>VALUE：“%1”不是数字。</translation>
    </message>
    <message>
        <source>--stage: &quot;%1&quot; is not 1, 2 or 3.</source>
        <translation>--stage：“%1”不是 1、2 或 3。</translation>
    </message>
    <message>
        <source>--year: &quot;%1&quot; is not a year from %2 to %3.</source>
        <translation>--year：“%1”不是 %2 至 %3 之间的年份。</translation>
    </message>
    <message>
        <source>--lever: there is no lever &quot;%1&quot; (see &quot;jilin-planner levers&quot;).</source>
        <translation>--lever：没有调控变量“%1”（见 &quot;jilin-planner levers&quot;）。</translation>
    </message>
    <message>
        <source>VALUE: %1 is outside the range of lever %2 (%3 to %4 %5). Nothing was changed.</source>
        <translation>VALUE：%1 超出调控变量 %2 的范围（%3 至 %4 %5）。未作任何修改。</translation>
    </message>
    <message>
        <source>Set %1 to %2 for %3-%4 in &quot;%5&quot; (revision %6).</source>
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
        <source>--draws: &quot;%1&quot; is not a whole number from 1 to 100000.</source>
        <translation>--draws：“%1”不是 1 至 100000 之间的整数。</translation>
    </message>
    <message>
        <source>--until: &quot;%1&quot; is not a year from %2 to %3.</source>
        <translation>--until：“%1”不是 %2 至 %3 之间的年份。</translation>
    </message>
    <message>
        <source>The scenario.</source>
        <translation>情景。</translation>
    </message>
    <message>
        <source>The target&apos;s id, e.g. S-02.</source>
        <translation>目标编号，如 S-02。</translation>
    </message>
    <message>
        <source>--target: there is no target &quot;%1&quot;.</source>
        <translation>--target：没有目标“%1”。</translation>
    </message>
    <message>
        <source>The indicator&apos;s id.</source>
        <translation>指标编号。</translation>
    </message>
    <message>
        <source>The year.</source>
        <translation>年份。</translation>
    </message>
    <message>
        <source>--indicator: there is no indicator &quot;%1&quot;.</source>
        <translation>--indicator：没有指标“%1”。</translation>
    </message>
    <message>
        <source>%1 in %2: %3 with the scenario&apos;s settings</source>
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
        <source>The word &quot;projection&quot;.</source>
        <translation>即 &quot;projection&quot;。</translation>
    </message>
    <message>
        <source>hold, linear, growth, logistic, logistic_through_latest, milestones or fitted.</source>
        <translation>hold、linear、growth、logistic、logistic_through_latest、milestones 或 fitted。</translation>
    </message>
    <message>
        <source>The method&apos;s parameters as JSON, e.g. {&quot;rate&quot;: 0.05} or {&quot;points&quot;: [{&quot;year&quot;: 2030, &quot;value&quot;: 50}], &quot;interpolation&quot;: &quot;step&quot;}.</source>
        <translation>方法参数（JSON），如 {&quot;rate&quot;: 0.05} 或 {&quot;points&quot;: [{&quot;year&quot;: 2030, &quot;value&quot;: 50}], &quot;interpolation&quot;: &quot;step&quot;}。</translation>
    </message>
    <message>
        <source>Unknown projection action &quot;%1&quot;: use set.</source>
        <translation>未知的外推操作“%1”：请用 set。</translation>
    </message>
    <message>
        <source>--parameters: not a JSON object (%1).</source>
        <translation>--parameters：不是 JSON 对象（%1）。</translation>
    </message>
    <message>
        <source>%1 is now projected by %2 in &quot;%3&quot; (revision %4).</source>
        <translation>“%3”中 %1 现按 %2 外推（版本 %4）。</translation>
    </message>
    <message>
        <source>--seed: &quot;%1&quot; is not a whole number from 0 to 9007199254740991.</source>
        <translation>--seed：“%1”不是 0 至 9007199254740991 之间的整数。</translation>
    </message>
    <message>
        <source>The application&apos;s task data is broken: %1</source>
        <translation>程序自带的任务数据有误：%1</translation>
    </message>
    <message>
        <source>Show this scenario&apos;s progress.</source>
        <translation>显示该情景的进展。</translation>
    </message>
    <message>
        <source>Only this chapter&apos;s tasks.</source>
        <translation>只列出该章节的任务。</translation>
    </message>
    <message>
        <source>The word &quot;task&quot;.</source>
        <translation>即 &quot;task&quot;。</translation>
    </message>
    <message>
        <source>The task&apos;s id (see &quot;tasks&quot;).</source>
        <translation>任务编号（见 &quot;tasks&quot;）。</translation>
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
        <source>Unknown task action &quot;%1&quot;: use set.</source>
        <translation>未知的任务操作“%1”：请用 set。</translation>
    </message>
    <message>
        <source>--progress: &quot;%1&quot; is not a number from 0 to 100.</source>
        <translation>--progress：“%1”不是 0 至 100 之间的数字。</translation>
    </message>
    <message>
        <source>--task: there is no task &quot;%1&quot; (see &quot;jilin-planner tasks&quot;).</source>
        <translation>--task：没有任务“%1”（见 &quot;jilin-planner tasks&quot;）。</translation>
    </message>
    <message>
        <source>Task %1 in &quot;%2&quot;: %3, %4 % (revision %5).</source>
        <translation>“%2”中的任务 %1：%3，%4%（版本 %5）。</translation>
    </message>
    <message>
        <source>A city&apos;s share of the province&apos;s target, in %; repeat for each city. Given: the shares are checked (they must add up to 100 %) and stored.</source>
        <translation>某市（州）占全省目标的比例（%），每个市（州）各写一次。给出后将检查（须合计100%）并保存。</translation>
    </message>
    <message>
        <source>--share: &quot;%1&quot; is not CITY=PERCENT.</source>
        <translation>--share：“%1”不是“城市=百分比”的形式。</translation>
    </message>
    <message>
        <source>--target: there is no target &quot;%1&quot; with a value to decompose.</source>
        <translation>--target：没有可分解数值的目标“%1”。</translation>
    </message>
    <message>
        <source>Target %1 has no decomposition in &quot;%2&quot; yet: give the cities&apos; shares with --share.</source>
        <translation>“%2”中目标 %1 尚未分解：请用 --share 给出各市（州）的比例。</translation>
    </message>
    <message>
        <source>Overall index: %1</source>
        <translation>总体指数：%1</translation>
    </message>
    <message>
        <source>The scenario to export.</source>
        <translation>要导出的情景。</translation>
    </message>
    <message>
        <source>Every scenario in one table (csv or xlsx).</source>
        <translation>全部情景合为一张表（csv 或 xlsx）。</translation>
    </message>
    <message>
        <source>json: the scenario file (default); csv or xlsx: its projections and assessments as tables. Without it, a .csv or .xlsx file name decides.</source>
        <translation>json：情景文件（默认）；csv 或 xlsx：预测和评估表格。未指定时由 .csv 或 .xlsx 文件扩展名决定。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>输出文件已存在时替换它。</translation>
    </message>
    <message>
        <source>Give exactly one of --scenario or --all-scenarios. Usage: %1</source>
        <translation>--scenario 与 --all-scenarios 须且只能给出一个。用法：%1</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not json, csv or xlsx.</source>
        <translation>--format：“%1”不是 json、csv 或 xlsx。</translation>
    </message>
    <message>
        <source>A scenario file holds one scenario: use --scenario, or --format csv|xlsx with --all-scenarios.</source>
        <translation>一个情景文件只含一个情景：请使用 --scenario，或将 --all-scenarios 与 --format csv|xlsx 一起使用。</translation>
    </message>
    <message>
        <source>Wrote scenario &quot;%1&quot; to %2.</source>
        <translation>已将情景“%1”写入 %2。</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>已写入 %1 和 %2。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>A scenario file (.json) or a table of observed values (.csv, .xlsx).</source>
        <translation>情景文件（.json）或监测值表格（.csv、.xlsx）。</translation>
    </message>
    <message>
        <source>For a table: the scenario that receives the observed values.</source>
        <translation>用于表格：接收监测值的情景。</translation>
    </message>
    <message>
        <source>Show what would change; write nothing.</source>
        <translation>只显示将发生的变化，不写入。</translation>
    </message>
    <message>
        <source>%1 is a scenario file, which becomes a new scenario: --scenario is for tables of observed values.</source>
        <translation>%1 是情景文件，将导入为新情景：--scenario 仅用于监测值表格。</translation>
    </message>
    <message>
        <source>Dry run: %1 would become scenario &quot;%2&quot;. Nothing was written.</source>
        <translation>试运行：%1 将成为情景“%2”。未写入任何内容。</translation>
    </message>
    <message>
        <source>Imported %1 as scenario &quot;%2&quot; (&quot;%3&quot; exists already).</source>
        <translation>已将 %1 导入为情景“%2”（“%3”已存在）。</translation>
    </message>
    <message>
        <source>Imported %1 as scenario &quot;%2&quot;.</source>
        <translation>已将 %1 导入为情景“%2”。</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1：%2 未导入任何内容。</translation>
    </message>
    <message>
        <source>Observed values from %1 for scenario &quot;%2&quot;:</source>
        <translation>来自 %1、写入情景“%2”的监测值：</translation>
    </message>
    <message>
        <source>  new        row %1: %2 = %3</source>
        <translation>  新增       第 %1 行：%2 = %3</translation>
    </message>
    <message>
        <source>  changed    row %1: %2: %3 -&gt; %4</source>
        <translation>  修改       第 %1 行：%2：%3 -&gt; %4</translation>
    </message>
    <message>
        <source>  unchanged  row %1: %2 = %3</source>
        <translation>  不变       第 %1 行：%2 = %3</translation>
    </message>
    <message>
        <source>  rejected   row %1: %2</source>
        <translation>  拒绝       第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged, %4 rejected.</source>
        <translation>新增 %1，修改 %2，不变 %3，拒绝 %4。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation>没有需要写入的内容。</translation>
    </message>
    <message>
        <source>Wrote %1 values to scenario &quot;%2&quot; (revision %3).</source>
        <translation>已向情景“%2”写入 %1 个值（版本 %3）。</translation>
    </message>
    <message>
        <source>The scenario to report on; give it again to compare scenarios.</source>
        <translation>要生成报告的情景；重复给出可比较多个情景。</translation>
    </message>
    <message>
        <source>A chapter id for a chapter report, or all (default) for the whole plan.</source>
        <translation>分章报告的章节 id，或 all（默认）生成全规划报告。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>-o: &quot;%1&quot; does not end in .pdf.</source>
        <translation>-o：“%1”的扩展名不是 .pdf。</translation>
    </message>
    <message>
        <source>The report command needs the graphical part of Qt, which this program did not start.</source>
        <translation>report 命令需要 Qt 的图形部分，但本程序未启动它。</translation>
    </message>
    <message>
        <source>--scenario: each scenario may be given once.</source>
        <translation>--scenario：每个情景只能给出一次。</translation>
    </message>
    <message>
        <source>--scenario: there is no scenario &quot;%1&quot;.</source>
        <translation>--scenario：没有情景“%1”。</translation>
    </message>
    <message>
        <source>--scenario: %1</source>
        <translation>--scenario：%1</translation>
    </message>
    <message>
        <source>--chapter: %1</source>
        <translation>--chapter：%1</translation>
    </message>
    <message>
        <source>Wrote %1 (scenario %2, revision %3, fingerprint %4).</source>
        <translation>已写入 %1（情景 %2，修订 %3，指纹 %4）。</translation>
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
        <source>--db and --lang go before &quot;batch&quot;, not on one of its lines.</source>
        <translation>--db 和 --lang 应写在 &quot;batch&quot; 之前，不能写在其中某一行里。</translation>
    </message>
    <message>
        <source>A batch cannot run another batch.</source>
        <translation>批处理中不能再运行批处理。</translation>
    </message>
    <message>
        <source>%1 every year</source>
        <translation>每年%1</translation>
    </message>
    <message>
        <source>%1 by lever %2 (scenario&apos;s setting %3)</source>
        <translation>%1，调控变量：%2（情景当前取值%3）</translation>
    </message>
    <message>
        <source>The central path only: no random draw (every lever at its schedule).</source>
        <translation>只算中心路径：不做随机抽样（各调控参数按其设定）。</translation>
    </message>
    <message>
        <source>--deterministic runs no draw: leave out --draws and --seed.</source>
        <translation>--deterministic 不做抽样：请去掉 --draws 和 --seed。</translation>
    </message>
    <message>
        <source>a double quote inside a word at column %1; put the whole word in double quotes and write a quote in it as two (&quot;say &quot;&quot;hi&quot;&quot;&quot;).</source>
        <translation>第 %1 列：词中间出现双引号；请把整个词放在双引号里，词中的引号写两次（&quot;say &quot;&quot;hi&quot;&quot;&quot;）。</translation>
    </message>
    <message>
        <source>text right after a closing double quote at column %1; leave a space after it.</source>
        <translation>第 %1 列：右双引号后紧跟文字；请在右引号后留一个空格。</translation>
    </message>
    <message>
        <source>a double quote is opened and never closed.</source>
        <translation>双引号只有开头，没有结尾。</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text. The batch stopped there; the commands before it were carried out and saved.</source>
        <translation>第 %1 行不是 UTF-8 文本。批处理在此停止；此前的命令已执行并保存。</translation>
    </message>
    <message>
        <source>Line %1: %2 The batch stopped there; the commands before it were carried out and saved.</source>
        <translation>第 %1 行：%2 批处理在此停止；此前的命令已执行并保存。</translation>
    </message>
    <message>
        <source>Arguments:
  A negative number is a value, not an option: lever set ... --all-years -5.
  A name that starts with &quot;-&quot; goes after &quot;--&quot;, which ends the options:
    jilin-planner scenario create -- -draft
  Numbers are written with a dot and no thousands separators: 1234.5.
Batch lines are split into words at spaces; a word with spaces goes in double quotes,
and a double quote inside it is written twice: --notes &quot;say &quot;&quot;hi&quot;&quot;&quot;. A quote left
open or inside an unquoted word stops the batch at that line (exit status 2).</source>
        <translation>参数：
  负数是取值，不是选项：lever set ... --all-years -5。
  以“-”开头的名称放在“--”之后（“--”表示选项到此为止）：
    jilin-planner scenario create -- -draft
  数字用小数点，不用千位分隔符：1234.5。
批处理的每行按空格分词；含空格的词放在双引号里，
词中的双引号写两次：--notes &quot;say &quot;&quot;hi&quot;&quot;&quot;。引号未闭合
或出现在未加引号的词中间时，批处理在该行停止（退出状态 2）。</translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8 text; nothing was done.</source>
        <translation>第 %1 个参数不是有效的 UTF-8 文本；未执行任何操作。</translation>
    </message>
    <message>
        <source>The word &quot;target&quot;.</source>
        <translation>单词“target”。</translation>
    </message>
    <message>
        <source>The target&apos;s id (see &quot;catalog&quot;).</source>
        <translation>目标编号（见“catalog”）。</translation>
    </message>
    <message>
        <source>The target&apos;s value, in its indicator&apos;s unit.</source>
        <translation>目标数值，采用其指标的单位。</translation>
    </message>
    <message>
        <source>The target&apos;s year (default: the catalog&apos;s).</source>
        <translation>目标年份（默认取目录中的年份）。</translation>
    </message>
    <message>
        <source>Unknown target action &quot;%1&quot;: use set.</source>
        <translation>未知的目标操作“%1”：请使用 set。</translation>
    </message>
    <message>
        <source>--value: &quot;%1&quot; is not a number.</source>
        <translation>--value：“%1”不是数字。</translation>
    </message>
    <message>
        <source>--target: there is no target &quot;%1&quot; (see &quot;jilin-planner catalog&quot;).</source>
        <translation>--target：没有目标“%1”（见“jilin-planner catalog”）。</translation>
    </message>
    <message>
        <source>Set target %1 to %2 for %3 in &quot;%4&quot; (revision %5).</source>
        <translation>已在“%4”中将目标%1设为%2（%3年）（版本 %5）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>To change it, fork it first: jilin-planner scenario fork %1 NEW_NAME, and change NEW_NAME.</source>
        <translation>如需修改，请先派生：jilin-planner scenario fork %1 NEW_NAME，然后修改 NEW_NAME。</translation>
    </message>
    <message>
        <source>The issuing office printed on the cover (default: the one set in the window&apos;s report dialog; none: no such line).</source>
        <translation>封面上的编制单位（默认取窗口报告对话框中设定的单位；未设定则封面不印此行）。</translation>
    </message>
    <message>
        <source>Print the presentation&apos;s slides as a meeting handout, two to a page.</source>
        <translation>将演示幻灯片打印为会议讲义，每页两张。</translation>
    </message>
    <message>
        <source>--handout: the handout shows one scenario; give --scenario once.</source>
        <translation>--handout：讲义只显示一个情景，--scenario 只能给一次。</translation>
    </message>
    <message>
        <source>--db needs a file path or a server location.</source>
        <translation>--db 需要一个文件路径或服务器地址。</translation>
    </message>
    <message>
        <source>Use the scenario database at &lt;path&gt; instead of the default one: a file, or a team server as postgresql://USER@HOST:PORT/DATABASE (the password from PGPASSWORD or the user&apos;s .pgpass file, never on the command line).</source>
        <translation>使用 &lt;path&gt; 处的情景数据库而非默认数据库：可以是文件，也可以是团队服务器，写作 postgresql://用户@主机:端口/数据库（密码取自 PGPASSWORD 或用户的 .pgpass 文件，绝不写在命令行上）。</translation>
    </message>
    <message>
        <source>The team server to publish to (postgresql://…).</source>
        <translation>发布到的团队服务器（postgresql://…）。</translation>
    </message>
    <message>
        <source>The team server to take the scenario from (postgresql://…).</source>
        <translation>取出情景的团队服务器（postgresql://…）。</translation>
    </message>
    <message>
        <source>The name of the copy (default: the scenario&apos;s own).</source>
        <translation>副本的名称（默认沿用情景自己的名称）。</translation>
    </message>
    <message>
        <source>Published &quot;%1&quot; to %2 as &quot;%3&quot; (fingerprint %4, the same on both sides).</source>
        <translation>已将“%1”发布到 %2，名为“%3”（指纹 %4，两边相同）。</translation>
    </message>
    <message>
        <source>Checked out &quot;%1&quot; from %2 as &quot;%3&quot; (fingerprint %4, the same on both sides).</source>
        <translation>已从 %2 取出“%1”，名为“%3”（指纹 %4，两边相同）。</translation>
    </message>
    <message>
        <source>Decision support for the Beautiful Jilin construction plan (2024-2035).
Without a command, opens the window.

Commands:
  catalog [--json]                      the plan&apos;s indicators, baselines and targets
  scenarios [--json]                    list the scenarios in the database
  scenario create NAME [--author A] [--notes N]
  scenario fork NAME NEW [--author A]   copy a scenario with all its settings
  scenario rename NAME NEW
  scenario delete NAME --yes            (the last scenario is never deleted)
  scenario publish NAME --to postgresql://USER@HOST:PORT/DATABASE [--as NEW]
                                        copy a scenario from --db to a team server, exactly
  scenario checkout NAME --from postgresql://USER@HOST:PORT/DATABASE [--as NEW]
                                        copy a scenario from a team server into --db, exactly
  levers [--json]                       every lever: unit, range, default, what it moves
  lever set --scenario NAME --lever ID (--stage 1|2|3 | --year Y | --all-years) VALUE
  projection set --scenario NAME --indicator ID --method M [--parameters JSON]
                                        how an indicator without a model is carried forward
  target set --scenario NAME --target ID --value V [--year Y]
                                        a target&apos;s value in a scenario (the planner&apos;s working
                                        targets ship without one)
  project --scenario NAME [--draws N] [--seed S] [--until YEAR] [--deterministic] [--json]
                                        trajectories to 2035 with P10/P50/P90 and every target judged
  goalseek --scenario NAME --target ID --lever ID [--json]
                                        the lever setting that meets a target (P50 and 90 %)
  sensitivity --scenario NAME --indicator ID --year Y [--json]
                                        each lever at its bounds, sorted by swing
  tasks [--scenario NAME] [--chapter ID] [--json]
                                        the plan&apos;s measures as tasks, with progress
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
  report --scenario NAME [--scenario OTHER] [--chapter ID|all] [--issuer NAME] [--lang zh_CN|en] -o FILE.pdf [--force]
                                        a chapter or full-plan report as PDF (no display needed)
  report --handout --scenario NAME [--chapter ID|all] [--lang zh_CN|en] -o FILE.pdf [--force]
                                        the presentation&apos;s slides, two to a page, for a meeting
  scenario open-to-cities NAME [--close]
                                        on a team server: lets the cities&apos; planners edit their parts
  scenario restore NAME NEW --revision R
                                        on a team server: a fork with the values of an earlier revision
  audit --scenario NAME [--since DATE] [--json]
                                        on a team server: who changed what, when, in which revision
  comment add --scenario NAME [--target ID] TEXT
  comments --scenario NAME [--json]     reviewers&apos; and planners&apos; comments on a scenario
  server init                           set up a team server (--db postgresql://...): schema, roles,
                                        row-level security, audit trail (run again after an upgrade)
  server add-user NAME --role provincial_planner|city_planner|reviewer [--city CITY]
                                        a server login with its role
  batch [FILE]                          many commands, one a line, from FILE or standard input;
                                        each saved on its own, stops at the first that fails

Exit status: 0 done, 1 the command could not be carried out, 2 wrong command line.
Run &quot;jilin-planner COMMAND --help&quot; for the options of one command.</source>
        <translation>《美丽吉林建设规划纲要(2024—2035年)》决策支持工具。
不带命令时打开窗口。

命令：
  catalog [--json]                      规划的指标、基准值和目标
  scenarios [--json]                    列出数据库中的情景
  scenario create NAME [--author A] [--notes N]
  scenario fork NAME NEW [--author A]   复制情景及其全部设置
  scenario rename NAME NEW
  scenario delete NAME --yes            （最后一个情景不会被删除）
  scenario publish NAME --to postgresql://USER@HOST:PORT/DATABASE [--as NEW]
                                        把 --db 中的情景原样复制到团队服务器
  scenario checkout NAME --from postgresql://USER@HOST:PORT/DATABASE [--as NEW]
                                        把团队服务器上的情景原样复制到 --db
  levers [--json]                       全部调控变量：单位、范围、默认值、影响的指标
  lever set --scenario NAME --lever ID (--stage 1|2|3 | --year Y | --all-years) VALUE
  projection set --scenario NAME --indicator ID --method M [--parameters JSON]
                                        无模型指标的外推方法
  target set --scenario NAME --target ID --value V [--year Y]
                                        设定情景中某项目标的数值（规划人员的工作目标
                                        出厂时不带数值）
  project --scenario NAME [--draws N] [--seed S] [--until YEAR] [--deterministic] [--json]
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
  export --scenario NAME -o FILE.json [--force]
                                        将情景导出为文件，供其他用户使用
  export (--scenario NAME | --all-scenarios) --format csv|xlsx -o FILE [--force]
                                        将预测和评估导出为表格
  import FILE.json [--dry-run]          将情景文件导入为新情景
  import FILE.csv|FILE.xlsx --scenario NAME [--dry-run]
                                        导入监测值（写入前先预览）
  report --scenario NAME [--scenario OTHER] [--chapter ID|all] [--issuer NAME] [--lang zh_CN|en] -o FILE.pdf [--force]
                                        生成分章或全规划评估报告（PDF，无需显示器）
  report --handout --scenario NAME [--chapter ID|all] [--lang zh_CN|en] -o FILE.pdf [--force]
                                        会议讲义：演示幻灯片，每页两张
  scenario open-to-cities NAME [--close]
                                        团队服务器：允许各市规划人员编辑本市部分
  scenario restore NAME NEW --revision R
                                        团队服务器：以某一修订版的数值派生新情景
  audit --scenario NAME [--since DATE] [--json]
                                        团队服务器：谁在何时、哪一修订版改了什么
  comment add --scenario NAME [--target ID] TEXT
  comments --scenario NAME [--json]     审阅人员和规划人员对情景的意见
  server init                           建立团队服务器（--db postgresql://...）：数据库结构、角色、
                                        行级安全、审计记录（升级后再运行一次）
  server add-user NAME --role provincial_planner|city_planner|reviewer [--city CITY]
                                        服务器登录用户及其角色
  batch [FILE]                          一行一条命令，读自 FILE 或标准输入；
                                        每条单独保存，遇到第一条失败的命令即停止

退出状态：0 完成，1 命令无法执行，2 命令行有误。
运行 &quot;jilin-planner COMMAND --help&quot; 查看某个命令的选项。</translation>
    </message>
    <message>
        <source>create, fork, rename, delete, publish, checkout, open-to-cities or restore.</source>
        <translation>create、fork、rename、delete、publish、checkout、open-to-cities 或 restore。</translation>
    </message>
    <message>
        <source>scenario needs an action: create, fork, rename, delete, publish, checkout, open-to-cities or restore.</source>
        <translation>scenario 需要一个操作：create、fork、rename、delete、publish、checkout、open-to-cities 或 restore。</translation>
    </message>
    <message>
        <source>Unknown scenario action &quot;%1&quot;: use create, fork, rename, delete, publish, checkout, open-to-cities or restore.</source>
        <translation>未知的情景操作“%1”：请用 create、fork、rename、delete、publish、checkout、open-to-cities 或 restore。</translation>
    </message>
    <message>
        <source>The team server is set up: schema version %1, the roles provincial_planner, city_planner and reviewer, their row-level security and the audit trail.</source>
        <translation>团队服务器已建立：数据库结构版本%1，角色 provincial_planner、city_planner 和 reviewer 及其行级安全策略，以及审计记录。</translation>
    </message>
    <message>
        <source>The user&apos;s role.</source>
        <translation>用户的角色。</translation>
    </message>
    <message>
        <source>A city planner&apos;s city.</source>
        <translation>市级规划人员所属的市。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use provincial_planner, city_planner or reviewer.</source>
        <translation>未知角色“%1”：请使用 provincial_planner、city_planner 或 reviewer。</translation>
    </message>
    <message>
        <source>A city planner needs --city with one of: %1.</source>
        <translation>市级规划人员需要 --city，取值为以下之一：%1。</translation>
    </message>
    <message>
        <source>--city is only for a city planner.</source>
        <translation>--city 仅用于市级规划人员。</translation>
    </message>
    <message>
        <source>%1 is now a %2 on the team server.</source>
        <translation>%1 现为团队服务器上的 %2。</translation>
    </message>
    <message>
        <source>%1 is now a %2 for %3 on the team server.</source>
        <translation>%1 现为团队服务器上%3的 %2。</translation>
    </message>
    <message>
        <source>server needs an action: init or add-user.</source>
        <translation>server 需要一个操作：init 或 add-user。</translation>
    </message>
    <message>
        <source>Unknown server action &quot;%1&quot;: use init or add-user.</source>
        <translation>未知的 server 操作“%1”：请使用 init 或 add-user。</translation>
    </message>
    <message>
        <source>Only changes from this date (YYYY-MM-DD) or time (ISO 8601) on.</source>
        <translation>只列出此日期（YYYY-MM-DD）或时间（ISO 8601）以后的修改。</translation>
    </message>
    <message>
        <source>--since takes a date (2026-03-01) or a date and time (2026-03-01T09:30:00).</source>
        <translation>--since 接受日期（2026-03-01）或日期加时间（2026-03-01T09:30:00）。</translation>
    </message>
    <message>
        <source>The target the comment is on.</source>
        <translation>意见针对的目标。</translation>
    </message>
    <message>
        <source>Comment %1 added by %2.</source>
        <translation>已添加%2的第%1条意见。</translation>
    </message>
    <message>
        <source>Close the scenario to the cities again.</source>
        <translation>重新对各市关闭该情景。</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; is open to the cities&apos; planners.</source>
        <translation>情景“%1”已向各市规划人员开放。</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; is closed to the cities&apos; planners.</source>
        <translation>情景“%1”已对各市规划人员关闭。</translation>
    </message>
    <message>
        <source>The revision to restore.</source>
        <translation>要恢复的修订版。</translation>
    </message>
    <message>
        <source>--revision takes a revision number (1, 2, …).</source>
        <translation>--revision 接受修订版编号（1、2……）。</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; with the values &quot;%2&quot; had at revision %3.</source>
        <translation>已创建“%1”，其数值为“%2”在第%3版时的数值。</translation>
    </message>
    <message>
        <source>--city: &quot;%1&quot; is not a city of the province; use one of: %2 (Chinese or English name).</source>
        <translation>--city：“%1”不是本省的市（州）；请用以下之一：%2（中文或英文名称）。</translation>
    </message>
    <message>
        <source>This city&apos;s record of the tasks instead of the province&apos;s (Chinese or English name).</source>
        <translation>显示该市（州）自己的任务记录，而非全省的记录（中文或英文名称）。</translation>
    </message>
    <message>
        <source>%1: its own record of %2 of these tasks, %3 done (see --city).</source>
        <translation>%1：本列表中有 %2 项任务的自有记录，其中 %3 项已完成（见 --city）。</translation>
    </message>
    <message>
        <source>Record this city&apos;s progress of the task instead of the province&apos;s (Chinese or English name).</source>
        <translation>记录该市（州）自己的任务进展，而非全省的记录（中文或英文名称）。</translation>
    </message>
    <message>
        <source>Task %1 of %2 in &quot;%3&quot;: %4, %5 % (revision %6).</source>
        <translation>“%3”中%2的任务 %1：%4，%5%（版本 %6）。</translation>
    </message>
    <message>
        <source>With --share PERCENT: change this one city&apos;s share and leave the others as they are (a city planner&apos;s own share).</source>
        <translation>与 --share 百分比 一起使用：只修改该市（州）的份额，其余不变（市级规划人员修改本市份额）。</translation>
    </message>
    <message>
        <source>--city needs one --share PERCENT, a number from 0 to 100.</source>
        <translation>--city 需要一个 --share 百分比，取 0 至 100 之间的数字。</translation>
    </message>
    <message>
        <source>The shares add up to %1 %, not 100 %: the province splits the target again.</source>
        <translation>各份额合计 %1%，不是 100%：由省里重新分解该目标。</translation>
    </message>
</context>
<context>
    <name>Planner::Exchange</name>
    <message>
        <source>Line %1: text after a closing quote.</source>
        <translation>第 %1 行：右引号后还有文字。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>第 %1 行：带引号的字段直到文件结尾仍未闭合。</translation>
    </message>
    <message>
        <source>There is no file &quot;%1&quot;.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>“%1”不是文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 MB; files over %3 MB are not read.</source>
        <translation>“%1”大小为 %2 MB；超过 %3 MB 的文件不予读取。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MB and is not read.</source>
        <translation>“%1”大于 %2 MB，不予读取。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (perhaps GBK or GB18030). Save it as UTF-8 (&quot;CSV UTF-8&quot; in Excel or WPS) and try again.</source>
        <translation>该文件不是 UTF-8 文本（可能是 GBK 或 GB18030 编码）。请另存为 UTF-8（Excel 或 WPS 中的“CSV UTF-8”）后重试。</translation>
    </message>
    <message>
        <source>The file&apos;s UTF-16 text is damaged.</source>
        <translation>该文件的 UTF-16 文本已损坏。</translation>
    </message>
    <message>
        <source>The file holds binary data, not text.</source>
        <translation>该文件包含二进制数据，不是文本。</translation>
    </message>
    <message>
        <source>The table is empty.</source>
        <translation>表格为空。</translation>
    </message>
    <message>
        <source>unknown indicator &quot;%1&quot;</source>
        <translation>未知指标“%1”</translation>
    </message>
    <message>
        <source>year &quot;%1&quot; is not a year from %2 to %3</source>
        <translation>年份“%1”不在 %2 至 %3 年之间</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; does not match the indicator&apos;s unit &quot;%2&quot;</source>
        <translation>单位“%1”与指标单位“%2”不符</translation>
    </message>
    <message>
        <source>duplicate of row %1 (%2, %3)</source>
        <translation>与第 %1 行重复（%2，%3）</translation>
    </message>
    <message>
        <source>No output file is given.</source>
        <translation>未给出输出文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give a file name.</source>
        <translation>“%1”是文件夹，请给出文件名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists; nothing was written. Use --force to replace it.</source>
        <translation>“%1”已存在，未写入任何内容。如需替换请使用 --force。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>No free name for scenario &quot;%1&quot;.</source>
        <translation>找不到情景“%1”的可用名称。</translation>
    </message>
    <message>
        <source>The scenario file refers to what this application&apos;s catalog does not have: %1. Nothing was imported.</source>
        <translation>情景文件引用了本程序目录中没有的项：%1。未导入任何内容。</translation>
    </message>
    <message>
        <source>The scenario file sets lever %1 to %2 in %3, outside its range (%4 to %5). Nothing was imported.</source>
        <translation>情景文件将调控变量 %1 在 %3 年设为 %2，超出其范围（%4 至 %5）。未导入任何内容。</translation>
    </message>
    <message>
        <source>The scenario file is not valid: %1: %2</source>
        <translation>情景文件无效：%1：%2</translation>
    </message>
    <message>
        <source>an object is expected</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>a list is expected</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>text is expected</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>a number is expected</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>a year from 1900 to 2100 is expected</source>
        <translation>应为 1900 至 2100 之间的年份</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year from 1900 to 2100</source>
        <translation>“%1”不是 1900 至 2100 之间的年份</translation>
    </message>
    <message>
        <source>a list of ids is expected</source>
        <translation>应为编号列表</translation>
    </message>
    <message>
        <source>The file&apos;s JSON is nested too deeply to be a scenario file.</source>
        <translation>该文件的 JSON 嵌套过深，不可能是情景文件。</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1: %2); it may be truncated or damaged.</source>
        <translation>该文件不是有效的 JSON（第 %1 字节：%2），可能已被截断或损坏。</translation>
    </message>
    <message>
        <source>The file is JSON but not a jilin-planner scenario file.</source>
        <translation>该文件是 JSON，但不是 jilin-planner 情景文件。</translation>
    </message>
    <message>
        <source>The file is JSON but not a jilin-planner scenario file (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>该文件是 JSON，但不是 jilin-planner 情景文件（其“format”不是“%1”）。</translation>
    </message>
    <message>
        <source>The scenario file has no valid &quot;schemaVersion&quot;.</source>
        <translation>情景文件没有有效的“schemaVersion”。</translation>
    </message>
    <message>
        <source>The scenario file was written by a newer version of jilin-planner (schema version %1; this version reads up to %2). Update the application to read it.</source>
        <translation>该情景文件由更新版本的 jilin-planner 写入（格式版本 %1；本版本最高读取 %2）。请更新程序后再读取。</translation>
    </message>
    <message>
        <source>year %1 appears twice</source>
        <translation>年份 %1 出现两次</translation>
    </message>
    <message>
        <source>city &quot;%1&quot; appears twice</source>
        <translation>城市“%1”出现两次</translation>
    </message>
    <message>
        <source>The scenario file is not valid: its &quot;catalog&quot; list does not name %1.</source>
        <translation>情景文件无效：其“catalog”列表未列出 %1。</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
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
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Target value (in the unit)</source>
        <translation>目标值（按单位）</translation>
    </message>
    <message>
        <source>Projected P50 (in the unit)</source>
        <translation>预测值 P50（按单位）</translation>
    </message>
    <message>
        <source>Probability (0-1)</source>
        <translation>实现概率（0-1）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Trend ratio R</source>
        <translation>趋势比 R</translation>
    </message>
    <message>
        <source>Indicator id</source>
        <translation>指标代码</translation>
    </message>
    <message>
        <source>Indicator (unit)</source>
        <translation>指标（单位）</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>监测值</translation>
    </message>
    <message>
        <source>Cannot create the workbook.</source>
        <translation>无法创建工作簿。</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估汇总</translation>
    </message>
    <message>
        <source>Trajectories</source>
        <translation>轨迹</translation>
    </message>
    <message>
        <source>Writing the workbook failed: %1</source>
        <translation>写入工作簿失败：%1</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 cannot be opened.</source>
        <translation>工作簿已损坏：无法打开其部件 %1。</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 cannot be read.</source>
        <translation>工作簿已损坏：无法读取其部件 %1。</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 unpacks to more than %2 MB; it is not read.</source>
        <translation>工作簿部件 %1 解压后超过 %2 MB，不予读取。</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 fails its checksum.</source>
        <translation>工作簿已损坏：部件 %1 校验失败。</translation>
    </message>
    <message>
        <source>The workbook is damaged: %1, line %2: %3</source>
        <translation>工作簿已损坏：%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>The file is not an XLSX workbook (it cannot be opened as a zip archive).</source>
        <translation>该文件不是 XLSX 工作簿（无法作为 zip 压缩包打开）。</translation>
    </message>
    <message>
        <source>The workbook has no worksheet %1.</source>
        <translation>工作簿中没有第 %1 个工作表。</translation>
    </message>
    <message>
        <source>The file is not an XLSX workbook: it has no worksheet.</source>
        <translation>该文件不是 XLSX 工作簿：其中没有工作表。</translation>
    </message>
    <message>
        <source>The workbook is damaged: row %1 has a cell with a wrong reference.</source>
        <translation>工作簿已损坏：第 %1 行有单元格引用错误。</translation>
    </message>
    <message>
        <source>The workbook is damaged: row %1 has too many columns.</source>
        <translation>工作簿已损坏：第 %1 行列数过多。</translation>
    </message>
    <message>
        <source>The workbook is damaged: row %1 refers to a shared string that is not there.</source>
        <translation>工作簿已损坏：第 %1 行引用了不存在的共享字符串。</translation>
    </message>
    <message>
        <source>The worksheet has more than %1 cells; it is not read.</source>
        <translation>工作表超过 %1 个单元格，不予读取。</translation>
    </message>
    <message>
        <source>Target minus P50 (in the unit)</source>
        <translation>目标值减P50（按单位）</translation>
    </message>
    <message>
        <source>value &quot;%1&quot; is not a number in the import&apos;s format (a dot for decimals, no thousands separators: 1234.5)</source>
        <translation>数值“%1”不符合导入的数字格式（用小数点，不用千位分隔符：1234.5）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link; nothing was written. A link is never followed or replaced: give the path of an ordinary file.</source>
        <translation>“%1”是符号链接；未写入任何内容。程序从不跟随或替换链接：请给出普通文件的路径。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ordinary file (a device, pipe or socket); nothing was written. Only an ordinary file is ever replaced, also with --force.</source>
        <translation>“%1”不是普通文件（而是设备、管道或套接字）；未写入任何内容。即使加 --force，也只会替换普通文件。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: the folder %2 does not exist.</source>
        <translation>无法写入“%1”：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2. Nothing was changed.</source>
        <translation>无法写入“%1”：%2。未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: it was not opened.</source>
        <translation>无法写入“%1”：文件未能打开。</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; would make a file of %2 MB; an import reads at most %3 MB, so nothing was written. Shorten its notes or evidence texts and export again.</source>
        <translation>情景“%1”导出的文件将有 %2 MB；导入最多读取 %3 MB，因此未写入任何内容。请缩短其备注或佐证文字后再导出。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice in one object (the second time at byte %2): which value is meant cannot be told, so nothing was imported.</source>
        <translation>键“%1”在同一对象中出现两次（第二次在第 %2 字节）：无法判断应取哪个值，因此未导入任何内容。</translation>
    </message>
    <message>
        <source>Whose target</source>
        <translation>目标来源</translation>
    </message>
    <message>
        <source>A workbook of one scenario holds one scenario.</source>
        <translation>单情景工作簿只能包含一个情景。</translation>
    </message>
    <message>
        <source>Observed trend so far</source>
        <translation>至今的观测趋势</translation>
    </message>
    <message>
        <source>The file has a byte-order mark (an invisible U+FEFF character) inside its text, where no name or note can carry one; it may have been pasted together from several files. Nothing was imported.</source>
        <translation>文件正文中含有字节顺序标记（不可见的U+FEFF字符），名称和说明中不应出现该字符；文件可能由多个文件拼接而成。未导入任何内容。</translation>
    </message>
    <message>
        <source>The scenario file holds a setting the engine refuses: %1 Nothing was imported.</source>
        <translation>情景文件包含计算引擎不接受的设置：%1未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 has a scenario named &quot;%2&quot; already; it was left unchanged. Give the copy another name with --as.</source>
        <translation>%1 中已有名为“%2”的情景，未作更改。请用 --as 为副本另取名称。</translation>
    </message>
    <message>
        <source>The copy of &quot;%1&quot; differs from the original (fingerprint %2, the original&apos;s %3), so it was removed again.</source>
        <translation>“%1”的副本与原情景不一致（指纹 %2，原情景为 %3），副本已删除。</translation>
    </message>
    <message>
        <source>Row %1 is not a header this import knows. It needs the columns indicator (or 指标), year (or 年份) and value (or 数值), and may have source (来源), unit (单位) and city (城市).</source>
        <translation>第 %1 行不是可识别的表头。表头须包含“指标”（indicator）、“年份”（year）和“数值”（value）列，可另有“来源”（source）、“单位”（unit）和“城市”（city）列。</translation>
    </message>
    <message>
        <source>unknown city &quot;%1&quot; (the nine prefecture-level cities of Jilin, 长白山管委会, 梅河口市 or 公主岭市)</source>
        <translation>未知城市“%1”（应为吉林省九个市（州）或长白山管委会、梅河口市、公主岭市）</translation>
    </message>
    <message>
        <source>duplicate of row %1 (%2, %3, %4)</source>
        <translation>与第 %1 行重复（%2，%3，%4）</translation>
    </message>
    <message>
        <source>city &quot;%1&quot; in %2 appears twice</source>
        <translation>城市“%1”的 %2 年数据出现两次</translation>
    </message>
    <message>
        <source>The scenario file records task progress of &quot;%1&quot;, which is not a city of the province. Nothing was imported.</source>
        <translation>情景文件记录了“%1”的任务进展，但它不是本省的市（州）。未导入任何内容。</translation>
    </message>
    <message>
        <source>the province&apos;s record appears twice</source>
        <translation>全省的记录出现两次</translation>
    </message>
</context>
<context>
    <name>Planner::Implementation::CityMap</name>
    <message>
        <source>No city boundaries loaded. A map needs boundaries from an approved source: load the office&apos;s GeoJSON file with File → Load boundary file…</source>
        <translation>尚未载入城市边界。地图须使用经审批来源的边界：请通过“文件 → 载入边界文件…”载入本单位的 GeoJSON 文件。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>无数值</translation>
    </message>
    <message>
        <source>Source: not stated in the file</source>
        <translation>来源：文件未注明</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Map approval number (审图号): not stated in the file</source>
        <translation>审图号：文件未注明</translation>
    </message>
    <message>
        <source>Map approval number (审图号): %1</source>
        <translation>审图号：%1</translation>
    </message>
    <message>
        <source>Albers equal-area conic projection, standard parallels 42° N and 45° N, central meridian 126° E</source>
        <translation>阿尔伯斯等积圆锥投影，标准纬线北纬42°和45°，中央经线东经126°</translation>
    </message>
    <message>
        <source>no observed value</source>
        <translation>无观测值</translation>
    </message>
</context>
<context>
    <name>Planner::Implementation::CityPage</name>
    <message>
        <source>Decomposition not saved</source>
        <translation>分解未保存</translation>
    </message>
    <message>
        <source>Load boundary file</source>
        <translation>载入边界文件</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON 文件 (*.geojson *.json)</translation>
    </message>
    <message>
        <source>Boundary file not loaded</source>
        <translation>边界文件未载入</translation>
    </message>
    <message>
        <source>%1 (decomposed)</source>
        <translation>%1（已分解）</translation>
    </message>
    <message>
        <source>The city&apos;s share of the province&apos;s target, in per cent; leave empty for a city that carries none</source>
        <translation>该市承担全省目标的份额（%）；不承担的城市留空</translation>
    </message>
    <message>
        <source>No decomposition yet: type each city&apos;s share in per cent; together they must make 100 %.</source>
        <translation>尚未分解：请填写各市份额（%），合计须为100%。</translation>
    </message>
    <message>
        <source>Each share is a number from 0 to 100.</source>
        <translation>每个份额须为0到100之间的数。</translation>
    </message>
    <message>
        <source>The shares add up to %1 %.</source>
        <translation>份额合计%1%。</translation>
    </message>
    <message>
        <source>The shares add up to %1 %: %2 points short of 100 %.</source>
        <translation>份额合计%1%：距100%还差%2个百分点。</translation>
    </message>
    <message>
        <source>The shares add up to %1 %: %2 points over 100 %.</source>
        <translation>份额合计%1%：超出100%共%2个百分点。</translation>
    </message>
    <message>
        <source>%1: the share must be a number from 0 to 100.</source>
        <translation>%1：份额须为0到100之间的数。</translation>
    </message>
    <message>
        <source>The shares add up to %1 %, not 100 %: the decomposition is saved only when they make 100 % (within 0.01 point).</source>
        <translation>份额合计%1%，不是100%：合计为100%（误差不超过0.01个百分点）时才保存分解。</translation>
    </message>
    <message>
        <source>The decomposition is not valid: each city once, each share from 0 to 100, together 100 %.</source>
        <translation>分解无效：每个城市只出现一次，每个份额在0到100之间，合计100%。</translation>
    </message>
    <message>
        <source>Decompose %1 to the cities</source>
        <translation>将%1分解到各市</translation>
    </message>
    <message>
        <source>Share of %1 by city (%)</source>
        <translation>%1各市份额（%）</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Share of the province&apos;s target (%)</source>
        <translation>占全省目标的份额（%）</translation>
    </message>
    <message>
        <source>%1: each city&apos;s part</source>
        <translation>%1：各市承担值</translation>
    </message>
    <message>
        <source>The boundary file cannot be read: %1</source>
        <translation>无法读取边界文件：%1</translation>
    </message>
    <message>
        <source>The file is not JSON: %1</source>
        <translation>该文件不是 JSON：%1</translation>
    </message>
    <message>
        <source>The file is not a GeoJSON FeatureCollection of city areas.</source>
        <translation>该文件不是由城市区域组成的 GeoJSON 要素集合（FeatureCollection）。</translation>
    </message>
    <message>
        <source>Feature %1 has a polygon with fewer than three corners or no rings.</source>
        <translation>第%1个要素的多边形少于三个顶点或没有边界环。</translation>
    </message>
    <message>
        <source>Feature %1 has a position that is not a longitude and latitude in degrees.</source>
        <translation>第%1个要素含有不是经纬度（度）的坐标。</translation>
    </message>
    <message>
        <source>The file has no city areas (polygons).</source>
        <translation>该文件没有城市区域（多边形）。</translation>
    </message>
    <message>
        <source>No property of the file names our cities (长春市 … 延边朝鲜族自治州).</source>
        <translation>文件中没有哪个属性能对应到各市名称（长春市……延边朝鲜族自治州）。</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>各市分解</translation>
    </message>
    <message>
        <source>The province carries each target and the cities carry it out (省负总责、市县抓落实): choose a target and give each city&apos;s share of it.</source>
        <translation>省负总责、市县抓落实：选择一个目标，填写各市承担的份额。</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>份额（%）</translation>
    </message>
    <message>
        <source>The city&apos;s part</source>
        <translation>该市承担值</translation>
    </message>
    <message>
        <source>Save decomposition</source>
        <translation>保存分解</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Load &amp;boundary file…</source>
        <translation>载入边界文件(&amp;B)…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: each city&apos;s status on its own observed values</source>
        <translation>%1：各市按自身观测值的评估状态</translation>
    </message>
    <message>
        <source>Observed (latest)</source>
        <translation>观测值（最新）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The city&apos;s own observed values against its part: achieved when the latest value meets it, else the observed trend so far (the same trend test as the province&apos;s targets)</source>
        <translation>该市自身观测值对照其承担值：最新值已满足即为已达成，否则按迄今观测趋势判断（与全省目标相同的趋势检验）</translation>
    </message>
    <message>
        <source>The city&apos;s part of the target</source>
        <translation>各市承担值</translation>
    </message>
    <message>
        <source>The city&apos;s status on its observed values</source>
        <translation>各市按观测值的评估状态</translation>
    </message>
    <message>
        <source>Shade the map by:</source>
        <translation>地图着色依据：</translation>
    </message>
    <message>
        <source>Only your city&apos;s share changes; the province splits the target again.</source>
        <translation>只修改本市的份额；由省里重新分解该目标。</translation>
    </message>
</context>
<context>
    <name>Planner::Implementation::IndexTableModel</name>
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
        <source>Targets&apos; progress (0-100)</source>
        <translation>目标进展（0—100）</translation>
    </message>
    <message>
        <source>Tasks&apos; progress (0-100)</source>
        <translation>任务进展（0—100）</translation>
    </message>
    <message>
        <source>Index (0.7 targets + 0.3 tasks)</source>
        <translation>指数（0.7×目标＋0.3×任务）</translation>
    </message>
</context>
<context>
    <name>Planner::Implementation::TaskTableModel</name>
    <message>
        <source>Method: each target with a level scores 0 to 100 by the progress its median (P50) projection makes in the target&apos;s year from the value the run starts from to the target (reached or passed: 100; no progress or moving away: 0). Each task counts with its progress, 0 to 100 %. A chapter&apos;s index is 0.7 × the mean target score + 0.3 × the mean task progress (a chapter without targets or without tasks takes the other part alone), and the overall index is the mean of the chapters, each weighted equally. The weights are the planner&apos;s, after the equal-weight aggregation of the national Beautiful China assessment (美丽中国建设成效考核); the plan itself sets none.</source>
        <translation>方法：每个有数值的目标按其中位数（P50）预测在目标年份从起算值向目标值推进的程度计0–100分（达到或超过计100分；未推进或背离计0分）。每项任务按其进度（0–100%）计分。章节指数 = 0.7 × 目标平均得分 + 0.3 × 任务平均进度（没有目标或没有任务的章节只取另一部分），总指数为各章节指数的等权平均。权重由规划人员参照国家美丽中国建设成效考核的等权汇总设定；规划纲要本身未规定权重。</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>对比情景：</translation>
    </message>
    <message>
        <source>no other scenario</source>
        <translation>不对比</translation>
    </message>
    <message>
        <source>Computing the index of %1…</source>
        <translation>正在计算%1的综合指数…</translation>
    </message>
    <message>
        <source>Assessment index by chapter (0–100): %1 compared with %2 (the difference after each name)</source>
        <translation>分章节综合评估指数（0—100）：%1与%2对比（名称后为差值）</translation>
    </message>
    <message>
        <source>Assessment index by chapter (0–100), scenario %1</source>
        <translation>分章节综合指数（0–100），情景 %1</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总指数</translation>
    </message>
    <message>
        <source>Task not saved</source>
        <translation>任务未保存</translation>
    </message>
    <message>
        <source>Indicators and targets</source>
        <translation>指标与目标</translation>
    </message>
    <message>
        <source>The plan&apos;s measures as tasks (%1)</source>
        <translation>规划举措任务（%1项）</translation>
    </message>
    <message>
        <source>Composite assessment index</source>
        <translation>综合评估指数</translation>
    </message>
    <message>
        <source>In the plan&apos;s words: “%1”</source>
        <translation>规划原文：“%1”</translation>
    </message>
    <message>
        <source>The plan gives no year: 2035 is the planner&apos;s default.</source>
        <translation>规划未给出年份：2035年为规划人员的默认设定。</translation>
    </message>
    <message>
        <source>The plan names no department (it says “省负总责、市县抓落实”: the province answers for the whole, cities and counties carry it out): this is the planner&apos;s default.</source>
        <translation>规划未指明责任部门（原文为“省负总责、市县抓落实”）：此处为规划人员的默认设定。</translation>
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
        <source>Measure (the plan&apos;s words)</source>
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
        <source>Status</source>
        <translation>状态</translation>
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
        <source>Choose the status from the list: %1.</source>
        <translation>请从列表中选择状态：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number from 0 to 100.</source>
        <translation>“%1”不是 0 至 100 之间的数字。</translation>
    </message>
    <message>
        <source>Set the status of %1 to %2</source>
        <translation>将 %1 的状态设为%2</translation>
    </message>
    <message>
        <source>Set the progress of %1 to %2 %</source>
        <translation>将 %1 的进度设为 %2%</translation>
    </message>
    <message>
        <source>Edit the evidence of %1</source>
        <translation>编辑 %1 的佐证材料</translation>
    </message>
    <message>
        <source>&amp;Record of:</source>
        <translation>记录方(&amp;R)：</translation>
    </message>
    <message>
        <source>the province</source>
        <translation>全省</translation>
    </message>
    <message>
        <source>The province keeps its own record of each task, and each city its own; the composite index counts the province&apos;s.</source>
        <translation>全省和各市（州）各自记录每项任务的进展；综合指数按全省的记录计算。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>Planner::Reports::AssumptionSection</name>
    <message>
        <source>8. Assumptions that matter</source>
        <translation>八、影响结论的关键假设</translation>
    </message>
    <message>
        <source>For each target whose status is a verdict on the projection (on track, at risk or off track) and rests on assumed numbers: those numbers, the policy settings first, ranked by how far each moves the indicator in the target&apos;s year between its lowest and highest setting (the swing, every other setting as the scenario has it), then the assumed baselines and fixed numbers, for which no swing is computed. An observed value imported for the indicator replaces the baseline it covers.</source>
        <translation>对状态为预测结论（有望达成、存在风险或难以达成）且依赖假设数值的每项目标，列出这些数值：先列政策设定，按其在目标年份取最低与最高设定时指标相差多少（影响幅度，其余设定保持本情景取值）排序；再列假设的基期值和固定参数，这些不计算影响幅度。为指标导入的观测值将取代其所覆盖的基期值。</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assumed number</source>
        <translation>假设数值</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>影响幅度</translation>
    </message>
    <message>
        <source>Why it is assumed</source>
        <translation>假设理由</translation>
    </message>
    <message>
        <source>%1 (swing %2)</source>
        <translation>%1（影响幅度%2）</translation>
    </message>
    <message>
        <source>%1 (%2): rests most on %3</source>
        <translation>%1（%2）：主要依赖%3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>No status of this chapter rests on an assumed number.</source>
        <translation>本章没有依赖假设数值的状态。</translation>
    </message>
    <message>
        <source>%1, %2: what each policy setting can move</source>
        <translation>%1（%2年）：各政策设定的影响范围</translation>
    </message>
    <message>
        <source>and one more assumed number of less weight</source>
        <translation>另有1个影响较小的假设数值</translation>
    </message>
    <message>
        <source>and %1 more assumed numbers of less weight</source>
        <translation>另有%1个影响较小的假设数值</translation>
    </message>
</context>
<context>
    <name>Planner::Reports::ImplementationSection</name>
    <message>
        <source>Target</source>
        <translation>目标编号</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>The city&apos;s part</source>
        <translation>该市承担值</translation>
    </message>
    <message>
        <source>Observed (latest)</source>
        <translation>观测值（最新）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>no observed value</source>
        <translation>无观测值</translation>
    </message>
    <message>
        <source>The targets&apos; decomposition to the cities</source>
        <translation>目标分解到各市</translation>
    </message>
    <message>
        <source>Each city&apos;s part is its share of the province&apos;s target (share ÷ 100 × the target&apos;s value). Its status judges the city&apos;s own observed values against its part the way the province&apos;s observed trend is judged: achieved when the latest value meets the part, otherwise by the compound annual rate observed since the base year against the rate the part requires.</source>
        <translation>各市承担值为其在全省目标中的份额（份额 ÷ 100 × 目标值）。评估状态以该市自身观测值对照其承担值，判断方法与全省目标的观测趋势相同：最新值已满足承担值即为已达成，否则以基准年以来观测到的年均复合增长率对照实现承担值所需的增长率判断。</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>规划实施</translation>
    </message>
    <message>
        <source>Implementation: the plan&apos;s tasks and the composite index</source>
        <translation>规划实施：任务进展与综合评估指数</translation>
    </message>
    <message>
        <source>The plan&apos;s tasks by status</source>
        <translation>规划任务的状态</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>推进中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>Mean progress</source>
        <translation>平均进度</translation>
    </message>
    <message>
        <source>The composite assessment index</source>
        <translation>综合评估指数</translation>
    </message>
    <message>
        <source>The index cannot be computed: %1</source>
        <translation>无法计算综合评估指数：%1</translation>
    </message>
    <message>
        <source>Method, in the manner of the national assessment of the Beautiful China construction: each target with a value scores the progress its projected median (P50) in the target&apos;s year makes from the value the projection starts from toward the target, 100 × (projected − start) ÷ (target − start), held between 0 and 100 (a target reached or passed scores 100). Each task counts with its progress, 0 to 100 %. A chapter&apos;s index is %1 × the mean of its target scores + %2 × the mean of its tasks&apos; progress (one part alone where the chapter has no target or no task); the overall index is the weighted mean of the chapter indices (weights equal unless the planner set them). Every index runs from 0 (no progress) to 100 (every target met, every task done).</source>
        <translation>方法（参照美丽中国建设成效考核）：每个有目标值的目标，按其目标年份预测中位数（P50）从预测起点值向目标值推进的程度计分，即 100 ×（预测值 − 起点值）÷（目标值 − 起点值），限定在 0 至 100 之间（已达到或超过目标计 100 分）。每项任务按其进度（0 至 100%）计分。各章指数 = %1 × 该章目标得分均值 + %2 × 该章任务进度均值（某章无目标或无任务时只取另一部分）；总指数为各章指数的加权平均（规划人员未设定权重时各章等权）。各指数取值 0（无进展）至 100（目标全部实现、任务全部完成）。</translation>
    </message>
    <message>
        <source>Targets scored</source>
        <translation>计分目标数</translation>
    </message>
    <message>
        <source>Target part</source>
        <translation>目标部分</translation>
    </message>
    <message>
        <source>Task part</source>
        <translation>任务部分</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>规划整体</translation>
    </message>
    <message>
        <source>The shares of %1 add up to %2 %, not 100 %: a city changed its own share, and the province splits the target again.</source>
        <translation>%1 的各市份额合计 %2%，不是 100%：有城市修改了本市份额，由省里重新分解该目标。</translation>
    </message>
    <message>
        <source>The cities&apos; own records of the tasks</source>
        <translation>各市自己的任务记录</translation>
    </message>
    <message>
        <source>Each city keeps its own record of the tasks it carries out, beside the province&apos;s; the table above and the composite index count the province&apos;s record.</source>
        <translation>各市（州）在全省记录之外，各自记录其承担任务的进展；上表和综合指数按全省的记录计算。</translation>
    </message>
</context>
<context>
    <name>Planner::Reports::PageLayout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>Chapter or section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
</context>
<context>
    <name>Planner::Reports::Report</name>
    <message>
        <source>Target</source>
        <translation>目标编号</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Projected P50</source>
        <translation>预测值 P50</translation>
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
        <source>Outline of the Beautiful Jilin construction plan (2024–2035)</source>
        <translation>美丽吉林建设规划纲要(2024—2035年)</translation>
    </message>
    <message>
        <source>Scenario report: %1</source>
        <translation>情景评估报告：%1</translation>
    </message>
    <message>
        <source>Scenario report: the whole plan</source>
        <translation>情景评估报告：规划全文</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>比较情景</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订号</translation>
    </message>
    <message>
        <source>Fingerprint of its inputs</source>
        <translation>输入指纹</translation>
    </message>
    <message>
        <source>Forked from</source>
        <translation>派生自</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>预测方法</translation>
    </message>
    <message>
        <source>%1 Monte Carlo draws, seed %2; P50 is the median of the draws</source>
        <translation>蒙特卡洛抽样%1次，随机种子%2；P50为各次抽样的中位数</translation>
    </message>
    <message>
        <source>1. Summary of the chapter&apos;s targets</source>
        <translation>一、本章目标汇总</translation>
    </message>
    <message>
        <source>2. Indicators: projection and findings</source>
        <translation>二、指标预测与研判</translation>
    </message>
    <message>
        <source>No target of the plan for this indicator; the projection is shown for context.</source>
        <translation>规划未对该指标设定目标，预测仅供参考。</translation>
    </message>
    <message>
        <source>3. Levers and their settings by stage</source>
        <translation>三、调控变量及分阶段设置</translation>
    </message>
    <message>
        <source>No model of this chapter has levers: its indicators are carried forward by the projection chosen for each.</source>
        <translation>本章模型没有调控变量：各指标按所选外推方法预测。</translation>
    </message>
    <message>
        <source>Stages: 1 = 2024–2027, 2 = 2028–2030, 3 = 2031–2035; a range means the setting changes within the stage.</source>
        <translation>阶段：1 = 2024—2027年，2 = 2028—2030年，3 = 2031—2035年；给出区间表示该阶段内取值有变化。</translation>
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
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Stage 1</source>
        <translation>第一阶段</translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation>第二阶段</translation>
    </message>
    <message>
        <source>Stage 3</source>
        <translation>第三阶段</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Lever %1, stages 1 / 2 / 3</source>
        <translation>调控变量 %1（第一/二/三阶段）</translation>
    </message>
    <message>
        <source>Uncertainty of lever %1</source>
        <translation>调控变量 %1 的不确定性</translation>
    </message>
    <message>
        <source>Uncertainty of the start value of %1</source>
        <translation>%1 起始值的不确定性</translation>
    </message>
    <message>
        <source>Observed values added for %1</source>
        <translation>%1 补充的实测值</translation>
    </message>
    <message>
        <source>Projection of %1 (when no model publishes it)</source>
        <translation>%1 的外推方法（无模型时）</translation>
    </message>
    <message>
        <source>Baseline of %1</source>
        <translation>%1 的基准值</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>%1, spread %2</source>
        <translation>%1，幅度 %2</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>假设项</translation>
    </message>
    <message>
        <source>This scenario</source>
        <translation>本情景</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>No difference in this chapter.</source>
        <translation>本章没有差异。</translation>
    </message>
    <message>
        <source>4. Differences from the scenario it was forked from</source>
        <translation>四、与来源情景的差异</translation>
    </message>
    <message>
        <source>This scenario was not forked from another.</source>
        <translation>本情景不是由其他情景派生的。</translation>
    </message>
    <message>
        <source>The scenario it was forked from no longer exists.</source>
        <translation>本情景的来源情景已不存在。</translation>
    </message>
    <message>
        <source>Compared with %1 (revision %2) as it is stored now.</source>
        <translation>与当前保存的 %1（修订 %2）比较。</translation>
    </message>
    <message>
        <source>5. Differences from the defaults</source>
        <translation>五、与默认值的差异</translation>
    </message>
    <message>
        <source>Lever settings against the levers&apos; defaults, baselines and targets against the plan&apos;s catalog, observed values added, projection choices and uncertainty.</source>
        <translation>调控变量设置与其默认值比较，基准值和目标与规划目录比较，另列补充的实测值、外推方法和不确定性。</translation>
    </message>
    <message>
        <source>6. What would meet the missed targets</source>
        <translation>六、未达目标的调控变量求解</translation>
    </message>
    <message>
        <source>Scenario&apos;s setting</source>
        <translation>本情景设置</translation>
    </message>
    <message>
        <source>Meets it at P50</source>
        <translation>P50达成所需</translation>
    </message>
    <message>
        <source>Meets it with 90 %</source>
        <translation>90%概率达成所需</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无解</translation>
    </message>
    <message>
        <source>no answer: the indicator does not follow this lever steadily</source>
        <translation>无解：该指标不随此调控变量单调变化</translation>
    </message>
    <message>
        <source>No target of this chapter is at risk or off track.</source>
        <translation>本章没有有风险或偏离的目标。</translation>
    </message>
    <message>
        <source>7. Sources and assumptions</source>
        <translation>七、数据来源与假设说明</translation>
    </message>
    <message>
        <source>Baselines as the scenario uses them. &quot;Assumption&quot;: no published figure stands behind the value; it is the planner&apos;s and can be changed in the scenario.</source>
        <translation>本情景所用的基准值。“假设”表示该数值没有公开数据支撑，由规划人员设定，可在情景中修改。</translation>
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
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>published</source>
        <translation>公开数据</translation>
    </message>
    <message>
        <source>Source of the default</source>
        <translation>默认值来源</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Overview: every target of the plan</source>
        <translation>总览：规划的全部目标</translation>
    </message>
    <message>
        <source>Appendix: comparison of scenarios</source>
        <translation>附录：情景比较</translation>
    </message>
    <message>
        <source>Appendix: comparison of scenarios %1</source>
        <translation>附录：情景比较 %1</translation>
    </message>
    <message>
        <source>Targets whose status differs</source>
        <translation>状态不同的目标</translation>
    </message>
    <message>
        <source>Every target has the same status in these scenarios.</source>
        <translation>各情景中所有目标的状态相同。</translation>
    </message>
    <message>
        <source>Lever settings that differ (stages 1 / 2 / 3)</source>
        <translation>设置不同的调控变量（第一/二/三阶段）</translation>
    </message>
    <message>
        <source>The scenarios set every lever alike.</source>
        <translation>各情景的调控变量设置相同。</translation>
    </message>
    <message>
        <source>No scenario given.</source>
        <translation>没有给出情景。</translation>
    </message>
    <message>
        <source>There is no chapter &quot;%1&quot;: use all or one of %2.</source>
        <translation>没有章节“%1”：请使用 all 或以下之一：%2。</translation>
    </message>
    <message>
        <source>Scenario %1 · revision %2 · fingerprint %3</source>
        <translation>情景 %1 · 修订 %2 · 指纹 %3</translation>
    </message>
    <message>
        <source>Scenario report %1: %2</source>
        <translation>情景评估报告 %1：%2</translation>
    </message>
    <message>
        <source>Scenario report, whole plan: %1</source>
        <translation>情景评估报告（规划全文）：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>无法写入 %1：无法开始生成 PDF。</translation>
    </message>
    <message>
        <source>For each target at risk or off track: the constant setting, every year, of the lever that drives its indicator most directly (of the levers that move it, the one that moves the fewest indicators), nearest to the scenario&apos;s own, that meets the target at P50 and with 90 % probability, the other levers as set.</source>
        <translation>对每个存在风险或难以达成的目标：最直接影响其指标的调控变量（在影响该指标的调控变量中，影响指标最少的那个）每年保持不变、且最接近本情景设置的取值，使目标在P50下达到以及以90%概率达到，其余调控变量保持现有设置。</translation>
    </message>
    <message>
        <source>Method: %1 Monte Carlo draws with seed %2; every uncertain lever is drawn once per draw and held in every year. A target is achieved when observed data meet it, on track at a probability of 90 % or more, at risk from 50 %, off track below. The fingerprint in the footer is the first 16 hex digits of the SHA-256 of the scenario&apos;s inputs written in a canonical form.</source>
        <translation>方法：%1次蒙特卡洛抽样，随机种子%2；每个不确定的调控变量每次抽样取值一次，并在各年保持不变。观测数据已达到目标的为已达成，达成概率90%及以上为有望达成，50%及以上为存在风险，低于50%为难以达成。页脚的指纹为按规范格式写出的情景输入的SHA-256值的前16位十六进制数字。</translation>
    </message>
    <message>
        <source>%1 of the report&apos;s %2 target statuses rest on one or more assumed inputs; the section &quot;Assumptions that matter&quot; lists them.</source>
        <translation>本报告%2项目标状态中，有%1项依赖一项或多项假设输入；“影响结论的关键假设”一节逐项列出。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>情景说明</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>编制单位：%1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Scenario %1.</source>
        <translation>情景：%1。</translation>
    </message>
    <message>
        <source>Scenario %1: %2</source>
        <translation>情景“%1”：%2</translation>
    </message>
    <message>
        <source>no target of the plan</source>
        <translation>无规划目标</translation>
    </message>
    <message>
        <source>The planner&apos;s working targets, counted apart</source>
        <translation>规划者设定的工作目标（单独计数）</translation>
    </message>
    <message>
        <source>none in this scenario</source>
        <translation>本情景中没有</translation>
    </message>
    <message>
        <source>Targets by status</source>
        <translation>各章目标状态</translation>
    </message>
    <message>
        <source>Plan targets off track or at risk, the least likely first</source>
        <translation>难以达成和存在风险的规划目标（按达成概率由低到高排列）</translation>
    </message>
    <message>
        <source>No target of the plan is off track or at risk in this scenario.</source>
        <translation>本情景中没有难以达成或存在风险的规划目标。</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>研判</translation>
    </message>
    <message>
        <source>Yearly setting that meets it at 90 %</source>
        <translation>以90%概率达标所需的年度设置</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2项</translation>
    </message>
    <message>
        <source>no single lever reaches it</source>
        <translation>单个调控变量均无法达到</translation>
    </message>
    <message>
        <source>%1: %2 (inside its range %3–%4)</source>
        <translation>%1：%2（在取值范围%3–%4内）</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Meeting handout: scenario %1</source>
        <translation>会议讲义：情景%1</translation>
    </message>
    <message>
        <source>Slide %1 / %2 · %3 · %4</source>
        <translation>第%1张/共%2张 · %3 · %4</translation>
    </message>
    <message>
        <source>This chapter has no slide: none of its indicators has a target.</source>
        <translation>本章没有幻灯片：其指标均无目标。</translation>
    </message>
    <message>
        <source>Meeting handout %1: %2</source>
        <translation>会议讲义 %1：%2</translation>
    </message>
    <message>
        <source>Meeting handout, whole plan: %1</source>
        <translation>会议讲义，规划全文：%1</translation>
    </message>
    <message>
        <source>a milestone, judged by its tracking indicators: no single setting is sought</source>
        <translation>里程碑目标，依据其跟踪指标判断，不求单一调控变量的设定</translation>
    </message>
    <message>
        <source>no lever of the models moves it</source>
        <translation>模型中没有调控变量作用于该指标</translation>
    </message>
    <message>
        <source>none: a milestone, judged by its tracking indicators</source>
        <translation>无：里程碑目标，依据其跟踪指标判断</translation>
    </message>
    <message>
        <source>none: no lever of the models moves this indicator</source>
        <translation>无：模型中没有调控变量影响该指标</translation>
    </message>
</context>
<context>
    <name>Planner::Shell::AboutDialog</name>
    <message>
        <source>Beautiful Jilin planning desk</source>
        <translation>美丽吉林规划工作台</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Decision support for %1: the plan&apos;s indicators, scenarios of its levers, projections to 2035 and every target judged.</source>
        <translation>%1决策支持工具：纲要指标、调控措施情景、到2035年的预测以及每项目标的评估。</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Targets: the plan&apos;s published text, and the 2027 stage targets announced with it (2024-05-28).</source>
        <translation>目标：规划纲要公开文本，以及纲要发布时（2024-05-28）公布的2027年阶段目标。</translation>
    </message>
    <message>
        <source>Baselines: the Jilin Province ecological and environmental status bulletins (2020–2024); the State Council&apos;s approval of the Jilin territorial spatial plan (国函〔2023〕147号); the 14th Five-Year plan for Jilin&apos;s natural resources; National Bureau of Statistics grain figures; the China Association of Automobile Manufacturers; reports of the provincial agriculture department.</source>
        <translation>基准值：吉林省生态环境状况公报（2020—2024年）；国务院关于《吉林省国土空间规划》的批复（国函〔2023〕147号）；吉林省自然资源保护和利用“十四五”规划；国家统计局粮食产量公告；中国汽车工业协会；省农业农村厅发布的情况。</translation>
    </message>
    <message>
        <source>A value without a published source is an assumption: the catalog and every page mark it so, with the reason for the value chosen.</source>
        <translation>没有公开来源的数值均为假设：指标目录和各页面都会如此标注，并说明取值理由。</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>GPL-3.0-or-later: free software; you may redistribute and change it under the terms of the GNU General Public License, version 3 or later. There is NO WARRANTY, to the extent permitted by law.</source>
        <translation>GPL-3.0-or-later：自由软件；您可以依照 GNU 通用公共许可证第3版或（由您选择）任何更新版本的条款再发布和修改本程序。在法律允许的范围内，本程序不提供任何担保。</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>基于 Qt %1 构建。</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>Planner::Shell::ExchangeActions</name>
    <message>
        <source>Import &amp;observed data…</source>
        <translation>导入监测数据(&amp;O)…</translation>
    </message>
    <message>
        <source>E&amp;xport scenario…</source>
        <translation>导出情景(&amp;X)…</translation>
    </message>
    <message>
        <source>I&amp;mport scenario…</source>
        <translation>导入情景(&amp;M)…</translation>
    </message>
    <message>
        <source>Export &amp;tables…</source>
        <translation>导出表格(&amp;T)…</translation>
    </message>
    <message>
        <source>Import observed data</source>
        <translation>导入监测数据</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Export scenario</source>
        <translation>导出情景</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>情景文件 (*.json)</translation>
    </message>
    <message>
        <source>Import scenario</source>
        <translation>导入情景</translation>
    </message>
    <message>
        <source>Imported as scenario &quot;%1&quot;.</source>
        <translation>已导入为情景“%1”。</translation>
    </message>
    <message>
        <source>Export tables</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
</context>
<context>
    <name>Planner::Shell::HelpDialog</name>
    <message>
        <source>How to use</source>
        <translation>使用说明</translation>
    </message>
    <message>
        <source>Each target of the plan gets one of five statuses: %1 (the published data already meet it), %2 (nine in ten or more of the simulated futures meet it), %3 (between half and nine in ten), %4 (fewer than half) and %5 (no data, or a qualitative goal followed by its tasks). A coloured light goes with each word, so the status also reads in black and white.</source>
        <translation>规划的每个目标有五种状态之一：%1（公开数据已达到目标）、%2（九成及以上的模拟结果达到目标）、%3（五成至九成）、%4（不足五成）和%5（没有数据，或按任务跟踪的定性目标）。每个状态配有颜色灯和文字，黑白打印也能看清。</translation>
    </message>
    <message>
        <source>How to use the planning desk</source>
        <translation>规划决策台使用说明</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>目标状态</translation>
    </message>
    <message>
        <source>P10, P50 and P90</source>
        <translation>P10、P50和P90</translation>
    </message>
    <message>
        <source>Every projection is run a thousand times with the uncertain settings drawn at random. P50 is the middle of those runs: half end above it, half below. The shaded band runs from P10 to P90: eight in ten runs end inside it. The probability next to a target is the share of runs that meet it.</source>
        <translation>每次预测都把不确定的设置随机抽取，运行一千次。P50是这些结果的中位数：一半高于它，一半低于它。阴影带从P10到P90：八成结果落在其中。目标旁的达成概率就是达到目标的结果所占比例。</translation>
    </message>
    <message>
        <source>The gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>The gap says how far the P50 is from the target and on which side, in the indicator&apos;s unit: &quot;2.3 percentage points short&quot; for a floor not yet reached, &quot;236 above the floor&quot; when it is met with room to spare, &quot;19 over the ceiling&quot; for a limit that is exceeded.</source>
        <translation>差距说明P50距目标有多远、在哪一侧，按指标单位表示：未达到下限时为“还差2.3个百分点”，已达到且有余量时为“已超出236万亩”，超过上限时为“超出上限19台”。</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>实施阶段</translation>
    </message>
    <message>
        <source>The plan has three stages: %1, %2 and %3. Each setting (lever) can be set for each stage; the overview can show only the targets due in one stage.</source>
        <translation>规划分三个阶段：%1、%2和%3。每个调控变量可以分阶段设置；总览可以只显示某一阶段到期的目标。</translation>
    </message>
    <message>
        <source>Reaching a target</source>
        <translation>反推达标设置</translation>
    </message>
    <message>
        <source>Next to a setting, &quot;Reach…&quot; looks for the value, held in every year, that meets a chosen target: once for the P50 and once for a 90% probability. It changes nothing until you choose one of the two answers, and Ctrl+Z takes it back.</source>
        <translation>调控变量旁的“达标…”会寻找各年保持不变、能达到所选目标的取值：一个按P50，一个按90%概率。在选定其中一个答案之前不会改变任何设置，按Ctrl+Z可撤销。</translation>
    </message>
    <message>
        <source>Where the numbers come from</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Each starting value names its publication (bulletin, approval, plan or press report) and its year. Where none was found, the value is the planner&apos;s assumption: it is shown in italics, with one sentence on what was assumed and why, and can be changed in the scenario. Targets say whose they are: the plan&apos;s, announced with the plan, or set by the planner where the plan gives no number or no year.</source>
        <translation>每个起点值都注明出处（公报、批复、规划或新闻报道）及年份。找不到公开数据的，为规划人员的假设：以斜体显示，并用一句话说明假设了什么、为什么，可以在情景中修改。每个目标注明归属：规划原文、规划发布时公布，或在规划未给出数值或年份时由规划人员设定。</translation>
    </message>
    <message>
        <source>To begin, open a chapter on the left, change a setting by stage, and watch the targets below the charts; F1 explains the words.</source>
        <translation>开始使用：在左侧打开一个章节，分阶段修改调控变量，查看图表下方的目标；按F1查看说明。</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>P50 (middle)</source>
        <translation>P50（中位数）</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <source>published data</source>
        <translation>公开数据</translation>
    </message>
    <message>
        <source>Open a chapter on the left to begin; F1 explains the words.</source>
        <translation>在左侧打开一个章节即可开始；按F1查看说明。</translation>
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
        <source>Cannot start</source>
        <translation>无法启动</translation>
    </message>
    <message>
        <source>The application&apos;s catalog data is broken: %1</source>
        <translation>程序自带的目录数据有误：%1</translation>
    </message>
    <message>
        <source>Cannot open the scenario database</source>
        <translation>无法打开情景数据库</translation>
    </message>
    <message>
        <source>Saved elsewhere first</source>
        <translation>已被他处先行保存</translation>
    </message>
    <message>
        <source>Somebody else saved this scenario in the meantime, so the step was not undone or redone: %1

Reload their version now?</source>
        <translation>其间已有他人保存了该情景，因此此步未能撤销或重做：%1

现在重新载入对方的版本吗？</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Edit &amp;history</source>
        <translation>编辑历史(&amp;H)</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>编辑历史</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, one chart per screen, for meetings (F5; Esc leaves)</source>
        <translation>全屏、每屏一张图表，供会议使用（F5；按 Esc 退出）</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Saved · revision %1</source>
        <translation>已保存 · 第%1版</translation>
    </message>
    <message>
        <source> · drawing…</source>
        <translation> · 抽样计算中…</translation>
    </message>
    <message>
        <source>Every edit is written to the database as it is made; the revision rises with each.</source>
        <translation>每次修改都会立即写入数据库，版本号随之增加。</translation>
    </message>
    <message>
        <source>&amp;How to use</source>
        <translation>使用说明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Sources and assumptions…</source>
        <translation>来源与假设(&amp;S)…</translation>
    </message>
    <message>
        <source>Every number the statuses rest on: assumptions with their reason, sourced numbers with their publication, and the targets each affects (Ctrl+I)</source>
        <translation>各状态所依据的全部数值：假设及其理由、有出处的数值及其出版来源，以及各自影响的目标（Ctrl+I）</translation>
    </message>
    <message>
        <source>Connect to &amp;team server…</source>
        <translation>连接团队服务器(&amp;T)…</translation>
    </message>
    <message>
        <source>Cannot connect to the team server</source>
        <translation>无法连接团队服务器</translation>
    </message>
    <message>
        <source>%1 changed this scenario (revision %2); it was reloaded.</source>
        <translation>%1 修改了本情景（第%2版），已重新载入。</translation>
    </message>
    <message>
        <source>%1 changed %2 in this scenario (revision %3); it was reloaded.</source>
        <translation>%1 修改了本情景的%2（第%3版），已重新载入。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Import the cities&apos; observed values</source>
        <translation>导入各市观测值</translation>
    </message>
</context>
<context>
    <name>Planner::Shell::ObservedImportDialog</name>
    <message>
        <source>Import observed data</source>
        <translation>导入监测数据</translation>
    </message>
    <message>
        <source>%1 into scenario &quot;%2&quot;: %3 new, %4 changed, %5 unchanged, %6 rejected. Nothing is written until you choose Import.</source>
        <translation>%1 导入情景“%2”：新增 %3，修改 %4，不变 %5，拒绝 %6。选择“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>Planner::Shell::ObservedPreviewModel</name>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>已存值</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>province</source>
        <translation>全省</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>范围</translation>
    </message>
</context>
<context>
    <name>Planner::Shell::ReportDialog</name>
    <message>
        <source>&amp;Print report…</source>
        <translation>打印报告(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export report as PDF…</source>
        <translation>导出报告为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>导出报告为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>The whole plan (overview and every chapter)</source>
        <translation>规划全文（总览及各章）</translation>
    </message>
    <message>
        <source>&amp;Chapter:</source>
        <translation>章节(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Scenarios (the first is reported on, the others compared):</source>
        <translation>情景(&amp;S)（第一个为报告对象，其余用于比较）：</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>报告语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Print &amp;handout…</source>
        <translation>打印讲义(&amp;H)…</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>打印讲义</translation>
    </message>
    <message>
        <source>Every slide (the whole plan)</source>
        <translation>全部幻灯片（规划全文）</translation>
    </message>
    <message>
        <source>&amp;Language of the handout:</source>
        <translation>讲义语言(&amp;L)：</translation>
    </message>
    <message>
        <source>left out of the cover when empty</source>
        <translation>留空则封面不印此行</translation>
    </message>
    <message>
        <source>&amp;Issuing office:</source>
        <translation>编制单位(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>Planner::Shell::TeamServerDialog</name>
    <message>
        <source>Connect to team server</source>
        <translation>连接团队服务器</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>The password is not asked for here and never stored: the PostgreSQL client library reads it from the PGPASSWORD environment variable or from the user&apos;s .pgpass file. The window opens the scenarios on the server; the desktop file stays as it is.</source>
        <translation>此处不询问密码，也从不保存密码：PostgreSQL 客户端库从 PGPASSWORD 环境变量或用户的 .pgpass 文件读取密码。窗口将打开服务器上的情景，本机文件保持不变。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Fill in the host, the database and the user.</source>
        <translation>请填写主机、数据库和用户。</translation>
    </message>
    <message>
        <source>A host name, the folder of a Unix socket, or a whole location postgresql://USER@HOST:PORT/DATABASE (without a password).</source>
        <translation>主机名、Unix 套接字所在文件夹，或完整的位置 postgresql://用户@主机:端口/数据库（不含密码）。</translation>
    </message>
</context>
<context>
    <name>Planner::Storage</name>
    <message>
        <source>Writing the plan&apos;s catalog failed</source>
        <translation>写入规划目录失败</translation>
    </message>
    <message>
        <source>Reading the plan&apos;s catalog failed</source>
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
        <source>There is no scenario named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的情景。</translation>
    </message>
    <message>
        <source>A scenario name cannot be empty.</source>
        <translation>情景名称不能为空。</translation>
    </message>
    <message>
        <source>A scenario name cannot start or end with spaces: &quot;%1&quot;.</source>
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
        <source>Reading scenario &quot;%1&quot; failed</source>
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
        <source>Creating scenario &quot;%1&quot; failed</source>
        <translation>创建情景“%1”失败</translation>
    </message>
    <message>
        <source>A scenario named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的情景已存在。</translation>
    </message>
    <message>
        <source>Forking scenario &quot;%1&quot; failed</source>
        <translation>派生情景“%1”失败</translation>
    </message>
    <message>
        <source>Saving scenario &quot;%1&quot; failed</source>
        <translation>保存情景“%1”失败</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; was changed elsewhere (now revision %2, you edited revision %3). Reload it, or save your version as a fork.</source>
        <translation>情景“%1”已在别处被修改（当前版本 %2，您编辑的是版本 %3）。请重新载入，或将您的修改另存为派生情景。</translation>
    </message>
    <message>
        <source>Renaming scenario &quot;%1&quot; failed</source>
        <translation>重命名情景“%1”失败</translation>
    </message>
    <message>
        <source>Saving the notes of scenario &quot;%1&quot; failed</source>
        <translation>保存情景“%1”的备注失败</translation>
    </message>
    <message>
        <source>Deleting scenario &quot;%1&quot; failed</source>
        <translation>删除情景“%1”失败</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the only scenario; a database always keeps at least one.</source>
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
        <source>%1: unknown uncertainty &quot;%2&quot; (none, uniform, triangular or normal).</source>
        <translation>%1：未知的不确定性类型“%2”（none、uniform、triangular 或 normal）。</translation>
    </message>
    <message>
        <source>%1: the uncertainty spread must be a finite number not below zero.</source>
        <translation>%1：不确定性幅度必须是不小于零的有限数字。</translation>
    </message>
    <message>
        <source>Reading the scenario&apos;s settings failed</source>
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
        <source>%1: unknown status &quot;%2&quot; (not_started, in_progress or done).</source>
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
        <source>Saving the author of scenario &quot;%1&quot; failed</source>
        <translation>保存情景“%1”的作者失败</translation>
    </message>
    <message>
        <source>%1: the value must be a finite number.</source>
        <translation>%1：数值必须是有限数。</translation>
    </message>
    <message>
        <source>Saving observed values failed</source>
        <translation>保存监测值失败</translation>
    </message>
    <message>
        <source>%1: another program (a planning desk window, a script, a backup tool) holds the database locked and did not release it within %2 seconds. Nothing was changed. Wait until it has finished, or close it, then try again.</source>
        <translation>%1：另一个程序（规划决策台窗口、脚本或备份工具）锁定了数据库，%2 秒内没有释放。未作任何更改。请等它完成或将其关闭，然后重试。</translation>
    </message>
    <message>
        <source>A scenario name must be valid UTF-8 text (it holds bytes that are not, or U+FFFD).</source>
        <translation>情景名称必须是有效的 UTF-8 文本（其中含有非 UTF-8 字节或 U+FFFD）。</translation>
    </message>
    <message>
        <source>Cannot open %1: SQLite says &quot;%2&quot; (code %3). The file was left unchanged and is not known to be damaged. Check that you may read the file and its folder, and the files beside it ending in -wal and -shm; a -wal file deleted while a program was using the database holds saved changes, so do not delete or restore anything before that program has closed.</source>
        <translation>无法打开 %1：SQLite 报告“%2”（代码 %3）。文件未作任何改动，且没有迹象表明它已损坏。请检查您能否读取该文件及其所在文件夹，以及旁边以 -wal 和 -shm 结尾的文件；程序使用数据库期间被删除的 -wal 文件含有已保存的修改，因此在该程序关闭之前，请勿删除或从备份恢复任何文件。</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a device, pipe or socket), so it cannot be a scenario database. Nothing was created or changed.</source>
        <translation>%1 不是普通文件（而是设备、管道或套接字），不能作为情景数据库。未创建或修改任何内容。</translation>
    </message>
    <message>
        <source>Reading the decompositions failed</source>
        <translation>读取目标分解失败</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a shipped scenario and stays as shipped (read-only); a fork of it can be changed.</source>
        <translation>“%1”是随软件提供的情景，保持原样（只读）；其派生情景可以修改。</translation>
    </message>
    <message>
        <source>Adding the shipped scenarios failed</source>
        <translation>添加随软件提供的情景失败</translation>
    </message>
    <message>
        <source>The shipped scenarios cannot be read: %1</source>
        <translation>无法读取随软件提供的情景：%1</translation>
    </message>
    <message>
        <source>%1: the connection to the team server was lost (%2). The change was not saved; nothing was half-written. Try again when the server can be reached.</source>
        <translation>%1：与团队服务器的连接已断开（%2）。本次修改未保存，也没有写入一半的数据。服务器可以连接后请重试。</translation>
    </message>
    <message>
        <source>%1 is not a server location: write postgresql://USER@HOST:PORT/DATABASE (%2).</source>
        <translation>%1 不是服务器地址：请写作 postgresql://用户@主机:端口/数据库（%2）。</translation>
    </message>
    <message>
        <source>The server location %1 contains a password. A password is never given on the command line or kept in settings: put it in ~/.pgpass or in the PGPASSWORD environment variable, and leave it out of the location.</source>
        <translation>服务器地址 %1 含有密码。密码绝不写在命令行上，也不保存在设置中：请把它写入 ~/.pgpass 或 PGPASSWORD 环境变量，并从地址中删去。</translation>
    </message>
    <message>
        <source>%1: the value of &quot;%2&quot; is not valid.</source>
        <translation>%1：“%2”的值无效。</translation>
    </message>
    <message>
        <source>%1: unknown parameter &quot;%2&quot; (known: host, port, user, sslmode, connect_timeout).</source>
        <translation>%1：未知参数“%2”（可用：host、port、user、sslmode、connect_timeout）。</translation>
    </message>
    <message>
        <source>%1: the port must be a number from 1 to 65535.</source>
        <translation>%1：端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>%1 names no database: write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 未指明数据库：请写作 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot connect to the team server %1: %2</source>
        <translation>无法连接团队服务器 %1：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the application (schema %2; this version reads up to %3). Update the application to open it. The database was left unchanged.</source>
        <translation>%1 由更新版本的应用程序写入（结构版本 %2；本版本最高可读 %3）。请更新应用程序后再打开。数据库未作任何更改。</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not a scenario database. It was left unchanged.</source>
        <translation>%1 中是另一程序的数据表，不是情景数据库。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2) that this version must upgrade before it can show it. Open it once for writing.</source>
        <translation>%1 使用较旧的结构版本（%2），本版本须先升级才能显示。请以可写方式打开一次。</translation>
    </message>
    <message>
        <source>%1: another program or user held the team server&apos;s write lock and did not release it within %2 seconds. Nothing was changed. Wait until it has finished, then try again.</source>
        <translation>%1：另一程序或用户占用团队服务器的写入锁，且未在 %2 秒内释放。未作任何更改。请等它完成后重试。</translation>
    </message>
    <message>
        <source>%1: the connection to the team server was lost while the change was being saved, so it is not known whether it was. Reload the scenario to see.</source>
        <translation>%1：保存修改时与团队服务器的连接断开，无法确定是否已保存。请重新载入情景查看。</translation>
    </message>
    <message>
        <source>A comment is 1 to %1 characters of text.</source>
        <translation>意见为1至%1个字符的文字。</translation>
    </message>
    <message>
        <source>Adding a comment to scenario &quot;%1&quot; failed</source>
        <translation>为情景“%1”添加意见失败</translation>
    </message>
    <message>
        <source>There is no target &quot;%1&quot;.</source>
        <translation>没有目标“%1”。</translation>
    </message>
    <message>
        <source>Reading the comments of scenario &quot;%1&quot; failed</source>
        <translation>读取情景“%1”的意见失败</translation>
    </message>
    <message>
        <source>This needs the team server: give the store as --db postgresql://USER@HOST:PORT/DBNAME. A scenario file on this computer has no users, roles or audit trail.</source>
        <translation>此操作需要团队服务器：请以 --db postgresql://USER@HOST:PORT/DBNAME 指定数据库。本机的情景文件没有用户、角色和审计记录。</translation>
    </message>
    <message>
        <source>Setting up the team server failed</source>
        <translation>建立团队服务器失败</translation>
    </message>
    <message>
        <source>Adding the user &quot;%1&quot; failed</source>
        <translation>添加用户“%1”失败</translation>
    </message>
    <message>
        <source>A user name is 1 to 63 characters without spaces at either end.</source>
        <translation>用户名为1至63个字符，首尾不能有空格。</translation>
    </message>
    <message>
        <source>A city planner needs a city (--city).</source>
        <translation>市级规划人员需要指定所属的市（--city）。</translation>
    </message>
    <message>
        <source>Opening scenario &quot;%1&quot; to the cities failed</source>
        <translation>向各市开放情景“%1”失败</translation>
    </message>
    <message>
        <source>Reading the scenario failed</source>
        <translation>读取情景失败</translation>
    </message>
    <message>
        <source>Reading your role on the team server failed</source>
        <translation>读取您在团队服务器上的角色失败</translation>
    </message>
    <message>
        <source>Reading the history of scenario &quot;%1&quot; failed</source>
        <translation>读取情景“%1”的修改历史失败</translation>
    </message>
    <message>
        <source>Reading the history failed</source>
        <translation>读取修改历史失败</translation>
    </message>
    <message>
        <source>Restoring scenario &quot;%1&quot; failed</source>
        <translation>恢复情景“%1”失败</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; can be restored to revisions %2 to %3 (the history on the server begins there), not to %4.</source>
        <translation>情景“%1”可恢复到第%2至第%3版（服务器上的修改历史从此开始），不能恢复到第%4版。</translation>
    </message>
    <message>
        <source>Reading the cities&apos; observed values failed</source>
        <translation>读取各市观测值失败</translation>
    </message>
    <message>
        <source>Saving the cities&apos; observed values failed</source>
        <translation>保存各市观测值失败</translation>
    </message>
    <message>
        <source>%1: the team server does not let your role make this change. A city planner changes only its own city&apos;s shares, task records and observed values, and only in scenarios the province has opened to the cities; a reviewer adds comments only. Nothing was changed.</source>
        <translation>%1：团队服务器不允许您的角色进行此修改。市级规划人员只能修改本市的分解份额、任务记录和观测值，且仅限省里已向各市开放的情景；审阅人员只能添加意见。未做任何更改。</translation>
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
        <source>The projection could not run: %1</source>
        <translation>无法运行预测：%1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>A qualitative target: there is no series to draw; its status is recorded with evidence.</source>
        <translation>定性目标：没有可绘制的数据序列，其状态以佐证材料记录。</translation>
    </message>
    <message>
        <source>&amp;Enlarge</source>
        <translation>放大(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Sensitivity (tornado)…</source>
        <translation>敏感性分析（龙卷风图）(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::ChartDialog</name>
    <message>
        <source>%1 — chart</source>
        <translation>%1 — 图表</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>图片尺寸</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>宽度（像素）</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>高度（像素）</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Chart not exported</source>
        <translation>图表未导出</translation>
    </message>
    <message>
        <source>Export chart as SVG</source>
        <translation>将图表导出为 SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>导出 &amp;PNG…</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>导出 &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image at a size and resolution you choose (Ctrl+E)</source>
        <translation>按所选尺寸和分辨率将图表保存为 PNG 图片（Ctrl+E）</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing for slides</source>
        <translation>将图表保存为 SVG 矢量图，用于幻灯片</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image (Ctrl+C)</source>
        <translation>将图表作为图片复制到剪贴板（Ctrl+C）</translation>
    </message>
    <message>
        <source>&amp;Sensitivity (tornado)…</source>
        <translation>敏感性分析（龙卷风图）(&amp;S)…</translation>
    </message>
    <message>
        <source>Sensitivity cancelled.</source>
        <translation>敏感性分析已取消。</translation>
    </message>
    <message>
        <source>Computing what each lever can move…</source>
        <translation>正在计算各调控变量的影响范围…</translation>
    </message>
    <message>
        <source>No lever of the models moves this indicator: it is carried forward by its projection alone.</source>
        <translation>模型中没有调控变量影响该指标：该指标仅按其预测方法外推。</translation>
    </message>
    <message>
        <source>&amp;Sensitivity in</source>
        <translation>敏感性分析(&amp;S)，年份</translation>
    </message>
    <message>
        <source>What each lever can move: the indicator in the chosen year with one lever at its minimum and at its maximum, the others as the scenario sets them</source>
        <translation>各调控变量的影响范围：所选年份中，一个调控变量分别取最小值和最大值、其余按本情景设定时的指标值</translation>
    </message>
    <message>
        <source>Year of the sensitivity</source>
        <translation>敏感性分析年份</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::ComparisonModel</name>
    <message>
        <source>%1 to %2 (varies by year)</source>
        <translation>%1至%2（逐年不同）</translation>
    </message>
    <message>
        <source>The scenarios differ in this row</source>
        <translation>各情景在此行不同</translation>
    </message>
    <message>
        <source>The same in every scenario</source>
        <translation>各情景相同</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标编号</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>调控变量</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>%1: status</source>
        <translation>%1：状态</translation>
    </message>
    <message>
        <source>%1: P50</source>
        <translation>%1：P50</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::ComparisonView</name>
    <message>
        <source>%1 cannot be projected: %2</source>
        <translation>%1无法预测：%2</translation>
    </message>
    <message>
        <source>Computing the projections (%1 draws per scenario)…</source>
        <translation>正在计算预测（每个情景%1次抽样）…</translation>
    </message>
    <message>
        <source>Check two or more scenarios to compare them.</source>
        <translation>勾选两个或更多情景进行比较。</translation>
    </message>
    <message>
        <source>%1 scenarios: %2 of %3 targets and %4 of %5 lever settings differ.</source>
        <translation>%1个情景：%3项目标中有%2项不同，%5项调控变量设置中有%4项不同。</translation>
    </message>
    <message>
        <source>Chart of %1 in the compared scenarios</source>
        <translation>所比较情景的%1图表</translation>
    </message>
    <message>
        <source>Compare scenarios</source>
        <translation>情景比较</translation>
    </message>
    <message>
        <source>&amp;Scenarios to compare:</source>
        <translation>比较的情景(&amp;S)：</translation>
    </message>
    <message>
        <source>Scenarios to compare</source>
        <translation>比较的情景</translation>
    </message>
    <message>
        <source>Check two or more; the first checked one is drawn with its P10–P90 band</source>
        <translation>勾选两个或更多；第一个勾选的情景绘出P10–P90区间</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the scenarios again and re-run those changed since (F5)</source>
        <translation>重新读取情景，并重新运行此后有改动的情景（F5）</translation>
    </message>
    <message>
        <source>&amp;Indicator on the chart:</source>
        <translation>图表指标(&amp;I)：</translation>
    </message>
    <message>
        <source>Indicator on the chart</source>
        <translation>图表指标</translation>
    </message>
    <message>
        <source>The indicator whose projections are overlaid</source>
        <translation>叠加显示其预测的指标</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>正在计算</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>目标(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Levers</source>
        <translation>调控变量(&amp;L)</translation>
    </message>
    <message>
        <source>Only targets whose status or P50 &amp;differ</source>
        <translation>只显示状态或P50不同的目标(&amp;D)</translation>
    </message>
    <message>
        <source>Only levers whose settings di&amp;ffer</source>
        <translation>只显示设置不同的调控变量(&amp;F)</translation>
    </message>
    <message>
        <source>Targets by scenario</source>
        <translation>各情景的目标</translation>
    </message>
    <message>
        <source>Lever settings by scenario and stage</source>
        <translation>各情景分阶段的调控变量设置</translation>
    </message>
    <message>
        <source>Cancelled. Refresh (F5) or check a scenario to compute again.</source>
        <translation>已取消。刷新（F5）或勾选情景即可重新计算。</translation>
    </message>
    <message>
        <source>%v of %m scenarios</source>
        <translation>%v / %m 个情景</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop computing; the scenarios already in stay</source>
        <translation>停止计算；已完成的情景保留</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::DashboardModel</name>
    <message>
        <source>%1 targets: %2</source>
        <translation>%1项目标：%2</translation>
    </message>
    <message>
        <source>Observed (solid), projected P50 (dashed) and the target (diamond) of %1</source>
        <translation>%1的观测值（实线）、预测P50（虚线）和目标（菱形）</translation>
    </message>
    <message>
        <source>Trend of %1: projected %2 in %3, target %4</source>
        <translation>%1趋势：%3年预测%2，目标%4</translation>
    </message>
    <message>
        <source>The projection&apos;s median (P50) in the target year</source>
        <translation>目标年份的预测中位数（P50）</translation>
    </message>
    <message>
        <source>Share of the Monte Carlo draws that meet the target</source>
        <translation>蒙特卡洛抽样中达到目标的比例</translation>
    </message>
    <message>
        <source>Observed (solid), projected P50 (dashed) and the target (diamond)</source>
        <translation>观测值（实线）、预测P50（虚线）和目标（菱形）</translation>
    </message>
    <message>
        <source>Chapter / indicator</source>
        <translation>章节／指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Projected (P50)</source>
        <translation>预测值（P50）</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
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
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>How far the projected P50 is from the target, and on which side</source>
        <translation>预测P50距目标有多远、在哪一侧</translation>
    </message>
    <message>
        <source>Achieved, on track, at risk, off track or not assessable, with its light; a status marked * rests on assumed inputs (its tool tip lists them)</source>
        <translation>已达成、有望达成、存在风险、难以达成或无法评估，附状态灯；标有 * 的状态依赖假设输入（提示中列出）</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::DashboardPage</name>
    <message>
        <source>All chapters</source>
        <translation>全部章节</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>The projection could not run: %1</source>
        <translation>无法运行预测：%1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 targets</source>
        <translation>显示%1项，共%2项目标</translation>
    </message>
    <message>
        <source>Select a target to read its finding. Double-click it or press Enter to open its chapter and chart.</source>
        <translation>选择一项目标可查看结论。双击或按回车键打开其章节和图表。</translation>
    </message>
    <message>
        <source>No projection for this target.</source>
        <translation>该目标没有预测。</translation>
    </message>
    <message>
        <source>Overview: every target of the plan</source>
        <translation>总览：规划的全部目标</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>搜索(&amp;E)：</translation>
    </message>
    <message>
        <source>Indicator, target id or the plan&apos;s words</source>
        <translation>指标、目标编号或规划原文</translation>
    </message>
    <message>
        <source>Search targets</source>
        <translation>搜索目标</translation>
    </message>
    <message>
        <source>Shows the targets whose indicator, id or text contains this (Ctrl+F)</source>
        <translation>显示指标、编号或原文包含此内容的目标（Ctrl+F）</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation>章节(&amp;H)：</translation>
    </message>
    <message>
        <source>Chapter filter</source>
        <translation>章节筛选</translation>
    </message>
    <message>
        <source>Only the targets of one chapter</source>
        <translation>只显示一个章节的目标</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>阶段(&amp;T)：</translation>
    </message>
    <message>
        <source>Plan stage filter</source>
        <translation>规划阶段筛选</translation>
    </message>
    <message>
        <source>Only the targets whose year falls in this stage of the plan</source>
        <translation>只显示目标年份属于规划该阶段的目标</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Only the targets with this status</source>
        <translation>只显示该状态的目标</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>显示全部(&amp;A)</translation>
    </message>
    <message>
        <source>Clears the search and every filter</source>
        <translation>清除搜索和全部筛选条件</translation>
    </message>
    <message>
        <source>Targets by chapter</source>
        <translation>按章节列出的目标</translation>
    </message>
    <message>
        <source>Scenario %1 · %2 targets</source>
        <translation>情景 %1 · 共%2项目标</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::EditConflict</name>
    <message>
        <source>Saved elsewhere first</source>
        <translation>已被他处先行保存</translation>
    </message>
    <message>
        <source>Somebody else saved scenario “%1” after this window read it (another window or program on the same database). Your change was not saved.</source>
        <translation>本窗口读取情景“%1”之后，已有他人（同一数据库上的另一窗口或程序）保存了它。您的修改未保存。</translation>
    </message>
    <message>
        <source>Reload shows their version and drops your change. Save as new scenario keeps their version and puts your change into a copy of it.</source>
        <translation>“重新载入”显示对方的版本并放弃您的修改；“另存为新情景”保留对方的版本，并把您的修改放入其副本。</translation>
    </message>
    <message>
        <source>&amp;Reload their version</source>
        <translation>重新载入对方版本(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save as new scenario…</source>
        <translation>另存为新情景(&amp;S)…</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>无法重新载入</translation>
    </message>
    <message>
        <source>Save as new scenario</source>
        <translation>另存为新情景</translation>
    </message>
    <message>
        <source>Name of the new scenario:</source>
        <translation>新情景名称：</translation>
    </message>
    <message>
        <source>%1 (my changes)</source>
        <translation>%1（我的修改）</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Setting not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>%1 (my version)</source>
        <translation>%1（我的版本）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Fork the shipped scenario first</source>
        <translation>请先派生随软件提供的情景</translation>
    </message>
    <message>
        <source>“%1” is a shipped scenario and stays as it is shipped. Your change goes into a copy of it (a fork) that is yours; it opens in the window.

Name of the fork:</source>
        <translation>“%1”是随软件提供的情景，保持原样。您的修改将放入它的一个副本（派生情景），该副本属于您，并在窗口中打开。

派生情景名称：</translation>
    </message>
    <message>
        <source>&amp;Fork and apply the change</source>
        <translation>派生并应用修改(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Apply the refused edit to %1</source>
        <translation>将被拒绝的修改应用到%1</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::HistoryDialog</name>
    <message>
        <source>&amp;Restore this revision as a new scenario…</source>
        <translation>将此修订版恢复为新情景(&amp;R)…</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1的修改历史</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Chapter:</source>
        <translation>章节(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止(&amp;T)：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订号</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>全部章节</translation>
    </message>
    <message>
        <source>%1 of %2 changes shown.</source>
        <translation>显示%2项修改中的%1项。</translation>
    </message>
    <message>
        <source>Restore revision %1</source>
        <translation>恢复第%1版</translation>
    </message>
    <message>
        <source>Name of the new scenario with the values of revision %1:</source>
        <translation>采用第%1版数值的新情景名称：</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1（第%2版）</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::IndicatorTableModel</name>
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
        <source>In the plan&apos;s words</source>
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
        <source>Observed trend so far</source>
        <translation>至今的观测趋势</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::LeverPanel</name>
    <message>
        <source>Goal-seek</source>
        <translation>目标反推</translation>
    </message>
    <message>
        <source>Goal-seek: %1</source>
        <translation>目标反推：%1</translation>
    </message>
    <message>
        <source>To reach %1 (%2 %3 by %4) with %5, set it in every year from 2024 to 2035 to:</source>
        <translation>要通过%5实现%1（%4年%2达到%3），应将其在2024至2035年每年设为：</translation>
    </message>
    <message>
        <source>Set for the &amp;median</source>
        <translation>按中位数设置(&amp;M)</translation>
    </message>
    <message>
        <source>Set for &amp;90%</source>
        <translation>按90%设置(&amp;9)</translation>
    </message>
    <message>
        <source>Goal-seek %1: set %2 to %3</source>
        <translation>目标反推%1：将%2设为%3</translation>
    </message>
    <message>
        <source>Levers by plan stage. A change is saved and projected at once; Ctrl+Z undoes it.</source>
        <translation>按规划阶段设置的调控变量。修改即时保存并重新预测；Ctrl+Z 可撤销。</translation>
    </message>
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
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Reach…</source>
        <translation>达标…</translation>
    </message>
    <message>
        <source>No target with a level depends on this lever</source>
        <translation>没有带数值的目标受此调控变量影响</translation>
    </message>
    <message>
        <source>Goal-seek: set %1 to reach a target (%2)</source>
        <translation>目标反推：设置%1以实现目标（%2）</translation>
    </message>
    <message>
        <source>Goal-seek for %1</source>
        <translation>%1的目标反推</translation>
    </message>
    <message>
        <source>Reach %1: %2 %3 by %4</source>
        <translation>实现%1：%4年%2达到%3</translation>
    </message>
    <message>
        <source>%1 (P50 then %2, probability %3)</source>
        <translation>%1（届时P50为%2，达成概率%3）</translation>
    </message>
    <message>
        <source>• for the median (P50): %1
• for a 90% probability: %2

Now: %3.</source>
        <translation>• 按中位数（P50）：%1
• 按90%达成概率：%2

当前：%3。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The years of this stage differ:
%1
A value typed here replaces all of them.</source>
        <translation>本阶段各年数值不同：
%1
在此输入的数值将替换所有年份。</translation>
    </message>
    <message>
        <source>Overwrite every year?</source>
        <translation>覆盖所有年份？</translation>
    </message>
    <message>
        <source>The years of %1, %2, have different values:
%3

Set every year of the stage to %4?</source>
        <translation>%1（%2）各年的数值不同：
%3

将该阶段每一年都设为 %4？</translation>
    </message>
    <message>
        <source>Searching the setting of %1 that reaches %2 (a few hundred runs of the model)…</source>
        <translation>正在寻找使 %2 达标的%1取值（模型将运行数百次）…</translation>
    </message>
    <message>
        <source>In this scenario: %1</source>
        <translation>本情景中：%1</translation>
    </message>
    <message>
        <source>Stopping the search…</source>
        <translation>正在停止搜索…</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::NotesEditCommand</name>
    <message>
        <source>Edit the scenario notes</source>
        <translation>编辑情景备注</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::PresentationView</name>
    <message>
        <source>No indicator has a target.</source>
        <translation>没有带目标的指标。</translation>
    </message>
    <message>
        <source>• %1 — %2</source>
        <translation>• %1 — %2</translation>
    </message>
    <message>
        <source>Press I to list the assumptions</source>
        <translation>按 I 键列出假设</translation>
    </message>
    <message>
        <source>This slide rests on assumptions:</source>
        <translation>本页结论依赖以下假设：</translation>
    </message>
    <message>
        <source>%1 / %2 · scenario %3 · ←/→ or PageUp/PageDown to step, Ctrl+←/→ chapter, I assumptions, Esc to leave</source>
        <translation>%1 / %2 · 情景 %3 · ←/→ 或 PageUp/PageDown 翻页，Ctrl+←/→ 切换章节，I 显示假设，Esc 退出</translation>
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
    <message>
        <source>Set %1, %2, to %3</source>
        <translation>将%1（%2）设为%3</translation>
    </message>
    <message>
        <source>There is no plan stage %1.</source>
        <translation>没有第%1规划阶段。</translation>
    </message>
    <message>
        <source>Apply the refused edit to %1</source>
        <translation>将被拒绝的修改应用到%1</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::ScenarioManagerDialog</name>
    <message>
        <source>No scenario selected</source>
        <translation>未选择情景</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; (open in the window)</source>
        <translation>情景“%1”（已在窗口中打开）</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;</source>
        <translation>情景“%1”</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>新建情景</translation>
    </message>
    <message>
        <source>Name of the new scenario</source>
        <translation>新情景的名称</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Start from the &amp;defaults (every lever at its default, no overrides)</source>
        <translation>从默认值开始(&amp;D)（所有调控变量取默认值，无覆盖）</translation>
    </message>
    <message>
        <source>&amp;Copy &quot;%1&quot; with all its settings</source>
        <translation>复制“%1”及其全部设置(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>创建(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Scenario not created</source>
        <translation>情景未创建</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>重命名情景</translation>
    </message>
    <message>
        <source>New name of &quot;%1&quot;:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <source>Scenario not renamed</source>
        <translation>情景未重命名</translation>
    </message>
    <message>
        <source>Scenario not deleted</source>
        <translation>情景未删除</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is open in the window. Open another scenario first, then delete this one.</source>
        <translation>“%1”正在窗口中打开。请先打开另一个情景，再删除此情景。</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>删除情景</translation>
    </message>
    <message>
        <source>Delete scenario &quot;%1&quot; with all its lever settings, overrides, data and notes? This cannot be undone.</source>
        <translation>删除情景“%1”及其全部调控变量设置、覆盖值、数据和备注？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Details not saved</source>
        <translation>详细信息未保存</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Scenarios in this database</source>
        <translation>本数据库中的情景</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>A new scenario at the defaults or as a copy (Ctrl+N)</source>
        <translation>以默认值或副本新建情景（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Fork…</source>
        <translation>派生(&amp;F)…</translation>
    </message>
    <message>
        <source>A copy of the selected scenario with all its settings, remembering where it came from</source>
        <translation>复制所选情景及其全部设置，并记录来源</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Rename the selected scenario (F2)</source>
        <translation>重命名所选情景（F2）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected scenario after asking (Del)</source>
        <translation>确认后删除所选情景（Del）</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Show the selected scenario in the window (Enter)</source>
        <translation>在窗口中显示所选情景（回车）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Who is responsible for this scenario</source>
        <translation>此情景的负责人</translation>
    </message>
    <message>
        <source>What the scenario assumes and why</source>
        <translation>此情景的假设及理由</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>保存详细信息(&amp;S)</translation>
    </message>
    <message>
        <source>Write author and notes to the database now (Ctrl+S)</source>
        <translation>立即将作者和备注写入数据库（Ctrl+S）</translation>
    </message>
    <message>
        <source>The database is open read-only: scenarios can be viewed and opened, not changed.</source>
        <translation>数据库以只读方式打开：情景可以查看和打开，但不能修改。</translation>
    </message>
    <message>
        <source>A copy starts without notes: write what this scenario is for</source>
        <translation>副本的备注为空：请写明此情景的用途</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::ScenarioMenu</name>
    <message>
        <source>S&amp;cenario</source>
        <translation>情景(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Manage scenarios…</source>
        <translation>管理情景(&amp;M)…</translation>
    </message>
    <message>
        <source>Create, copy, rename and delete scenarios; edit their author and notes</source>
        <translation>创建、复制、重命名和删除情景；编辑作者和备注</translation>
    </message>
    <message>
        <source>&amp;Compare scenarios…</source>
        <translation>比较情景(&amp;C)…</translation>
    </message>
    <message>
        <source>Two or more scenarios side by side: charts and differences</source>
        <translation>并列比较两个或更多情景：图表和差异</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>修改历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Who changed what in this scenario, and when; restore an earlier revision as a new scenario (kept by a team server only)</source>
        <translation>谁在何时修改了本情景的哪些内容；可将早先的修订版恢复为新情景（仅团队服务器保存修改历史）</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::ScenarioTableModel</name>
    <message>
        <source>Created %1</source>
        <translation>创建于%1</translation>
    </message>
    <message>
        <source>Rises with every saved change</source>
        <translation>每保存一次修改即增加</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Forked from</source>
        <translation>派生自</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订号</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Planner::Workbench::SourcesView</name>
    <message>
        <source>Sources and assumptions — %1</source>
        <translation>来源与假设 — %1</translation>
    </message>
    <message>
        <source>Every chapter</source>
        <translation>全部章节</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Assumptions only</source>
        <translation>仅显示假设</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>Reason or publication</source>
        <translation>理由或出处</translation>
    </message>
    <message>
        <source>Targets it affects</source>
        <translation>影响的目标</translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>a target whose status rests on this assumption</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1 numbers, %2 of them assumptions. A target marked * has a status that rests on that assumption; %3 of the scenario&apos;s statuses rest on one or more.</source>
        <translation>共%1个数值，其中%2个为假设。标有 * 的目标，其状态依赖该假设；本情景共有%3个状态依赖一个或多个假设。</translation>
    </message>
    <message>
        <source>none at present</source>
        <translation>目前没有</translation>
    </message>
</context>
<context>
    <name>ScenarioTableModel</name>
    <message>
        <source>Select a scenario first.</source>
        <translation>请先选择一个情景。</translation>
    </message>
</context>
</TS>
