<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>onemap::MapLayers</name>
    <message>
        <location filename="../map/TransferMapLayers.cpp" line="125" />
        <source>Transfer and shelter</source>
        <translation>转移避险</translation>
    </message>
</context>
<context>
    <name>onemap::ReassignCommand</name>
    <message>
        <location filename="ReassignCommand.cpp" line="31" />
        <source>Reassign %1 people of %2</source>
        <translation>将%2的 %1 人改派</translation>
    </message>
    <message>
        <location filename="ReassignCommand.cpp" line="59" />
        <source>transfer row %1 not found</source>
        <translation>找不到转移清单行 %1</translation>
    </message>
</context>
<context>
    <name>onemap::ReassignDialog</name>
    <message>
        <location filename="ReassignDialog.cpp" line="54" />
        <source>Reassign to another shelter</source>
        <translation>改派到其他避难场所</translation>
    </message>
    <message>
        <location filename="ReassignDialog.cpp" line="56" />
        <source>Group:</source>
        <translation>转移对象：</translation>
    </message>
    <message>
        <location filename="ReassignDialog.cpp" line="57" />
        <source>Now:</source>
        <translation>当前安置：</translation>
    </message>
    <message>
        <location filename="ReassignDialog.cpp" line="57" />
        <source>not placed</source>
        <translation>未安置</translation>
    </message>
    <message>
        <location filename="ReassignDialog.cpp" line="60" />
        <source>Shelter (nearest first):</source>
        <translation>避难场所（由近及远）：</translation>
    </message>
    <message>
        <location filename="ReassignDialog.cpp" line="62" />
        <source>People to move:</source>
        <translation>改派人数：</translation>
    </message>
    <message>
        <location filename="ReassignDialog.cpp" line="73" />
        <source>%1 (%2) - room for %3, %4 km</source>
        <translation>%1（%2）- 尚可容纳 %3 人，%4 公里</translation>
    </message>
    <message>
        <location filename="ReassignDialog.cpp" line="81" />
        <source>No open shelter has room left.</source>
        <translation>没有尚有余量的开放避难场所。</translation>
    </message>
    <message>
        <location filename="ReassignDialog.cpp" line="123" />
        <source>Room for %1 of the group's %2 people there; the rest stay where they are.</source>
        <translation>该场所可容纳本组 %2 人中的 %1 人，其余人员维持原安置。</translation>
    </message>
    <message>
        <location filename="ReassignDialog.cpp" line="124" />
        <source>All %1 people of the group fit.</source>
        <translation>本组 %1 人均可容纳。</translation>
    </message>
</context>
<context>
    <name>onemap::RoadCutCommand</name>
    <message>
        <location filename="RoadCutCommand.cpp" line="27" />
        <source>road %1</source>
        <translation>道路 %1</translation>
    </message>
    <message>
        <location filename="RoadCutCommand.cpp" line="28" />
        <source>Mark %1 cut</source>
        <translation>标记%1中断</translation>
    </message>
    <message>
        <location filename="RoadCutCommand.cpp" line="29" />
        <source>Mark %1 open</source>
        <translation>标记%1恢复通行</translation>
    </message>
</context>
<context>
    <name>onemap::TrackingModel</name>
    <message>
        <location filename="TrackingModel.cpp" line="59" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="TrackingModel.cpp" line="59" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="TrackingModel.cpp" line="62" />
        <source>never reported</source>
        <translation>尚未报告</translation>
    </message>
    <message>
        <location filename="TrackingModel.cpp" line="78" />
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="TrackingModel.cpp" line="79" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="TrackingModel.cpp" line="80" />
        <source>Planned</source>
        <translation>应转移</translation>
    </message>
    <message>
        <location filename="TrackingModel.cpp" line="81" />
        <source>Transferred</source>
        <translation>已转移</translation>
    </message>
    <message>
        <location filename="TrackingModel.cpp" line="82" />
        <source>Share</source>
        <translation>转移率</translation>
    </message>
    <message>
        <location filename="TrackingModel.cpp" line="83" />
        <source>At post / expected</source>
        <translation>到岗/应到岗</translation>
    </message>
    <message>
        <location filename="TrackingModel.cpp" line="84" />
        <source>Returned</source>
        <translation>已返回</translation>
    </message>
    <message>
        <location filename="TrackingModel.cpp" line="85" />
        <source>Returns assessed</source>
        <translation>返回前已评估</translation>
    </message>
    <message>
        <location filename="TrackingModel.cpp" line="86" />
        <source>Last report</source>
        <translation>最近报告</translation>
    </message>
</context>
<context>
    <name>onemap::TrackingPanel</name>
    <message>
        <location filename="TrackingPanel.cpp" line="26" />
        <source>Report...</source>
        <translation>报告...</translation>
    </message>
    <message>
        <location filename="TrackingPanel.cpp" line="27" />
        <source>Enter the selected village's report: people moved, persons at post, returns.</source>
        <translation>填报所选村的情况：已转移人数、责任人到岗、返回情况。</translation>
    </message>
    <message>
        <location filename="TrackingPanel.cpp" line="58" />
        <source>No plan chosen.</source>
        <translation>未选择转移计划。</translation>
    </message>
    <message>
        <location filename="TrackingPanel.cpp" line="66" />
        <source>%1 villages, %2 lagging (red); %3 of %4 people transferred.</source>
        <translation>%1 个村，%2 个滞后（红色）；已转移 %3 / %4 人。</translation>
    </message>
</context>
<context>
    <name>onemap::TransferDock</name>
    <message>
        <location filename="TransferDock.cpp" line="91" />
        <location filename="TransferDock.cpp" line="120" />
        <source>Transfer and shelter</source>
        <translation>转移避险</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="99" />
        <source>T&amp;ransfer</source>
        <translation>转移避险(&amp;R)</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="101" />
        <source>Make transfer plan</source>
        <translation>编制转移计划</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="107" />
        <source>Shelter coverage (5-minute walk)</source>
        <translation>避难场所覆盖（步行5分钟）</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="112" />
        <location filename="TransferDock.cpp" line="268" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="113" />
        <location filename="TransferDock.cpp" line="269" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="170" />
        <source>Make plan</source>
        <translation>编制计划</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="171" />
        <source>Plan who moves where for the chosen area: nearest shelter by road first, never over capacity.</source>
        <translation>为所选区域编制转移计划：按道路就近安置，不超过场所容量。</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="172" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="186" />
        <source>Plans (newest first):</source>
        <translation>转移计划（最新在前）：</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="198" />
        <source>Transfer list</source>
        <translation>转移清单</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="203" />
        <source>Tracking</source>
        <translation>转移跟踪</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="204" />
        <source>History</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="216" />
        <source>Reassign...</source>
        <translation>改派...</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="217" />
        <source>Send the selected group (or part of it) to another shelter with room left.</source>
        <translation>将所选对象（或其中部分人员）改派到尚有余量的其他避难场所。</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="221" />
        <source>Mark road cut</source>
        <translation>标记道路中断</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="223" />
        <source>Click a road on the map to mark it cut (click again to open it).</source>
        <translation>在地图上点击道路标记为中断（再次点击恢复通行）。</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="232" />
        <source>No road there.</source>
        <translation>该处没有道路。</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="248" />
        <source>Coverage</source>
        <translation>覆盖分析</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="249" />
        <source>Area and people within a 5-minute walk of a shelter; uncovered villages on the map.</source>
        <translation>避难场所步行5分钟范围内的面积和人口；未覆盖的村在地图上标出。</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="254" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="257" />
        <source>Transfer list (PDF, a map per township)...</source>
        <translation>转移清单（PDF，每乡镇一图）...</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="258" />
        <source>Transfer list (Excel)...</source>
        <translation>转移清单（Excel）...</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="259" />
        <source>Transfer list (CSV)...</source>
        <translation>转移清单（CSV）...</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="261" />
        <source>Shelter balance (PDF)...</source>
        <translation>避难场所容量平衡（PDF）...</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="262" />
        <source>Shelter balance (CSV)...</source>
        <translation>避难场所容量平衡（CSV）...</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="263" />
        <source>Shelter coverage (PDF)...</source>
        <translation>避难场所覆盖（PDF）...</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="264" />
        <source>Shelter coverage (CSV)...</source>
        <translation>避难场所覆盖（CSV）...</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="344" />
        <source>No plan chosen.</source>
        <translation>未选择转移计划。</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="348" />
        <source>%1 groups, %2 people: %3 placed, %4 not placed</source>
        <translation>%1 组，共 %2 人：已安置 %3 人，未安置 %4 人</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="350" />
        <source> (%1 rows in red)</source>
        <translation>（%1 行红色标出）</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="407" />
        <source>%1: not placed (%2).</source>
        <translation>%1：未安置（%2）。</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="398" />
        <source>%1 -&gt; %2: %3 people, %4 km, %5 min.</source>
        <translation>%1 → %2：%3 人，%4 公里，%5 分钟。</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="409" />
        <source>%1 -&gt; %2: %3 people, reassigned by hand (no route).</source>
        <translation>%1 → %2：%3 人，人工改派（无路线）。</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="415" />
        <source>A plan is being made already.</source>
        <translation>正在编制转移计划。</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="415" />
        <source>Choose an area first.</source>
        <translation>请先选择区域。</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="427" />
        <source>Planning the transfer for %1...</source>
        <translation>正在为%1编制转移计划...</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="448" />
        <source>Plan made: %1 people, %2 placed, %3 not placed; %4 shelters usable, %5 roads avoided.</source>
        <translation>计划已编制：共 %1 人，已安置 %2 人，未安置 %3 人；可用避难场所 %4 处，避开道路 %5 条。</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="454" />
        <source>Planning cancelled; nothing was saved.</source>
        <translation>已取消编制，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="477" />
        <source>The reassignment was refused.</source>
        <translation>改派未被接受。</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="498" />
        <source>The road could not be marked.</source>
        <translation>无法标记该道路。</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="516" />
        <source>Computing the shelter coverage...</source>
        <translation>正在计算避难场所覆盖...</translation>
    </message>
    <message>
        <location filename="TransferDock.cpp" line="535" />
        <source>Within a 5-minute walk of %1 shelters: %2 of %3 km², %4 of %5 people; %6 villages not covered.</source>
        <translation>%1 处避难场所步行5分钟范围：面积 %2 / %3 平方公里，人口 %4 / %5 人；%6 个村未覆盖。</translation>
    </message>
</context>
<context>
    <name>onemap::TransferExports</name>
    <message>
        <location filename="TransferExports.cpp" line="26" />
        <location filename="TransferExports.cpp" line="60" />
        <source>Choose a plan to export first.</source>
        <translation>请先选择要导出的转移计划。</translation>
    </message>
    <message>
        <location filename="TransferExports.cpp" line="52" />
        <source>%1: cannot write this export as .%2</source>
        <translation>%1：不能导出为 .%2 格式</translation>
    </message>
    <message>
        <location filename="TransferExports.cpp" line="58" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="TransferExports.cpp" line="63" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="TransferExports.cpp" line="64" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="TransferExports.cpp" line="65" />
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="TransferExports.cpp" line="78" />
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>onemap::TransferLayerStyles</name>
    <message>
        <location filename="../map/TransferLayerStyles.cpp" line="83" />
        <source>Lagging</source>
        <translation>滞后</translation>
    </message>
    <message>
        <location filename="../map/TransferLayerStyles.cpp" line="85" />
        <source>Four 100% met</source>
        <translation>四个100%已落实</translation>
    </message>
</context>
<context>
    <name>onemap::TransferMapLayers</name>
    <message>
        <location filename="../map/TransferMapLayers.cpp" line="45" />
        <source>Transfer routes</source>
        <translation>转移路线</translation>
    </message>
    <message>
        <location filename="../map/TransferMapLayers.cpp" line="46" />
        <source>Cut roads</source>
        <translation>中断道路</translation>
    </message>
    <message>
        <location filename="../map/TransferMapLayers.cpp" line="47" />
        <source>Shelter balance by township</source>
        <translation>乡镇避难场所容量平衡</translation>
    </message>
    <message>
        <location filename="../map/TransferMapLayers.cpp" line="48" />
        <source>Transfer tracking</source>
        <translation>转移跟踪</translation>
    </message>
    <message>
        <location filename="../map/TransferMapLayers.cpp" line="49" />
        <source>Shelter coverage (walk)</source>
        <translation>避难场所步行覆盖</translation>
    </message>
    <message>
        <location filename="../map/TransferMapLayers.cpp" line="50" />
        <source>Villages not covered</source>
        <translation>未覆盖的村</translation>
    </message>
    <message>
        <location filename="../map/TransferMapLayers.cpp" line="51" />
        <source>Villages without a shelter of their own</source>
        <translation>无本村避难场所的村</translation>
    </message>
    <message>
        <location filename="../map/TransferMapLayers.cpp" line="117" />
        <source>cannot fill map layer %1</source>
        <translation>无法填充地图图层 %1</translation>
    </message>
    <message>
        <location filename="../map/TransferMapLayers.cpp" line="156" />
        <source>cannot build map layer %1 from %2 (table %3)</source>
        <translation>无法从 %2（表 %3）生成地图图层 %1</translation>
    </message>
</context>
<context>
    <name>onemap::TransferPlanForm</name>
    <message>
        <location filename="TransferPlanForm.cpp" line="41" />
        <source>Warning in force</source>
        <translation>生效预警</translation>
    </message>
    <message>
        <location filename="TransferPlanForm.cpp" line="42" />
        <source>Risk zone</source>
        <translation>风险区</translation>
    </message>
    <message>
        <location filename="TransferPlanForm.cpp" line="43" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="TransferPlanForm.cpp" line="44" />
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <location filename="TransferPlanForm.cpp" line="45" />
        <source>Area:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <location filename="TransferPlanForm.cpp" line="51" />
        <source>On foot</source>
        <translation>步行</translation>
    </message>
    <message>
        <location filename="TransferPlanForm.cpp" line="52" />
        <source>By vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="TransferPlanForm.cpp" line="53" />
        <source>Transfer:</source>
        <translation>转移方式：</translation>
    </message>
    <message>
        <location filename="TransferPlanForm.cpp" line="58" />
        <source> km/h</source>
        <translation> 公里/小时</translation>
    </message>
    <message>
        <location filename="TransferPlanForm.cpp" line="59" />
        <source>Walking speed:</source>
        <translation>步行速度：</translation>
    </message>
    <message>
        <location filename="TransferPlanForm.cpp" line="65" />
        <source>Shelter classes:</source>
        <translation>避难场所类别：</translation>
    </message>
    <message>
        <location filename="TransferPlanForm.cpp" line="66" />
        <source>Roads marked cut</source>
        <translation>已标记中断的道路</translation>
    </message>
    <message>
        <location filename="TransferPlanForm.cpp" line="68" />
        <source>Roads inside red/orange warnings</source>
        <translation>红色/橙色预警区内的道路</translation>
    </message>
    <message>
        <location filename="TransferPlanForm.cpp" line="69" />
        <source>Avoid:</source>
        <translation>避开：</translation>
    </message>
    <message>
        <location filename="TransferPlanForm.cpp" line="72" />
        <source>Roads inside the ticked risk zones are avoided too.</source>
        <translation>勾选的风险区内的道路也将避开。</translation>
    </message>
    <message>
        <location filename="TransferPlanForm.cpp" line="73" />
        <source>and zones:</source>
        <translation>及风险区：</translation>
    </message>
</context>
<context>
    <name>onemap::TransferReportDialog</name>
    <message>
        <location filename="TransferReportDialog.cpp" line="16" />
        <source>Transfer report: %1</source>
        <translation>转移情况报告：%1</translation>
    </message>
    <message>
        <location filename="TransferReportDialog.cpp" line="24" />
        <source>People planned:</source>
        <translation>应转移人数：</translation>
    </message>
    <message>
        <location filename="TransferReportDialog.cpp" line="26" />
        <source>People transferred so far:</source>
        <translation>已转移人数：</translation>
    </message>
    <message>
        <location filename="TransferReportDialog.cpp" line="28" />
        <source>Responsible persons at post:</source>
        <translation>责任人到岗数：</translation>
    </message>
    <message>
        <location filename="TransferReportDialog.cpp" line="30" />
        <source>Responsible persons expected:</source>
        <translation>应到岗责任人数：</translation>
    </message>
    <message>
        <location filename="TransferReportDialog.cpp" line="32" />
        <source>People returned home:</source>
        <translation>已返回人数：</translation>
    </message>
    <message>
        <location filename="TransferReportDialog.cpp" line="33" />
        <source>Homes assessed safe before the return</source>
        <translation>返回前已对住房安全进行评估</translation>
    </message>
    <message>
        <location filename="TransferReportDialog.cpp" line="37" />
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>onemap::TransferRowsModel</name>
    <message>
        <location filename="TransferRowsModel.cpp" line="68" />
        <source>No shelter reachable</source>
        <translation>无可达避难场所</translation>
    </message>
    <message>
        <location filename="TransferRowsModel.cpp" line="70" />
        <source>Shelter capacity exhausted</source>
        <translation>避难场所容量不足</translation>
    </message>
    <message>
        <location filename="TransferRowsModel.cpp" line="87" />
        <location filename="TransferRowsModel.cpp" line="109" />
        <source>Reassigned by hand</source>
        <translation>人工改派</translation>
    </message>
    <message>
        <location filename="TransferRowsModel.cpp" line="94" />
        <source>Danger point</source>
        <translation>隐患点</translation>
    </message>
    <message>
        <location filename="TransferRowsModel.cpp" line="94" />
        <location filename="TransferRowsModel.cpp" line="122" />
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="TransferRowsModel.cpp" line="121" />
        <source>Source</source>
        <translation>转移对象</translation>
    </message>
    <message>
        <location filename="TransferRowsModel.cpp" line="123" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="TransferRowsModel.cpp" line="124" />
        <source>Risk type</source>
        <translation>风险类型</translation>
    </message>
    <message>
        <location filename="TransferRowsModel.cpp" line="125" />
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="TransferRowsModel.cpp" line="126" />
        <source>Shelter</source>
        <translation>避难场所</translation>
    </message>
    <message>
        <location filename="TransferRowsModel.cpp" line="127" />
        <source>Route km</source>
        <translation>路线(公里)</translation>
    </message>
    <message>
        <location filename="TransferRowsModel.cpp" line="128" />
        <source>Route min</source>
        <translation>用时(分钟)</translation>
    </message>
    <message>
        <location filename="TransferRowsModel.cpp" line="129" />
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="TransferRowsModel.cpp" line="130" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="TransferRowsModel.cpp" line="131" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
</TS>