<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>onemap::AffectedUnits</name>
    <message>
        <location filename="../../layers/warnings/AffectedUnits.cpp" line="50"/>
        <source>warning %1: cannot find the units its area covers: %2</source>
        <translation>预警 %1：无法查找其区域覆盖的行政区划：%2</translation>
    </message>
</context>
<context>
    <name>onemap::AgendaPanel</name>
    <message>
        <location filename="../../desktop/consult/agenda/AgendaPanel.cpp" line="34"/>
        <source>◀ Previous</source>
        <translation>◀ 上一环节</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/AgendaPanel.cpp" line="36"/>
        <source>Previous step (Page Up)</source>
        <translation>上一环节（Page Up）</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/AgendaPanel.cpp" line="37"/>
        <source>Next ▶</source>
        <translation>下一环节 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/AgendaPanel.cpp" line="39"/>
        <source>Next step (Page Down)</source>
        <translation>下一环节（Page Down）</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/AgendaPanel.cpp" line="49"/>
        <source>Speaker notes for this step</source>
        <translation>本环节讲解提示</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/AgendaPanel.cpp" line="51"/>
        <source>Save notes</source>
        <translation>保存讲解提示</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/AgendaPanel.cpp" line="60"/>
        <source>Save current view to this step</source>
        <translation>将当前视图保存到本环节</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/AgendaPanel.cpp" line="62"/>
        <source>Layers on, map extent, selected objects and the boards shown</source>
        <translation>包括已打开的图层、地图范围、选中的对象和显示的看板</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/AgendaPanel.cpp" line="64"/>
        <source>Boards on the wall</source>
        <translation>大屏看板</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/AgendaPanel.cpp" line="148"/>
        <source>Main map</source>
        <translation>主图</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/AgendaPanel.cpp" line="150"/>
        <source>Overview</source>
        <translation>鹰眼图</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/AgendaPanel.cpp" line="152"/>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/AgendaPanel.cpp" line="154"/>
        <source>Impact by township</source>
        <translation>分乡镇影响</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/AgendaPanel.cpp" line="156"/>
        <source>Forces and materials</source>
        <translation>力量与物资</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/AgendaPanel.cpp" line="158"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/AgendaPanel.cpp" line="211"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/AgendaPanel.cpp" line="250"/>
        <source>No view saved for this step yet</source>
        <translation>本环节尚未保存视图</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/AgendaPanel.cpp" line="252"/>
        <source>Step %1 of %2</source>
        <translation>第 %1/%2 环节</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/AgendaPanel.cpp" line="284"/>
        <source>Rename step</source>
        <translation>重命名环节</translation>
    </message>
</context>
<context>
    <name>onemap::AgendaTemplates</name>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="62"/>
        <source>Decisions and tasks</source>
        <translation>决策与任务分工</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="78"/>
        <source>Annual outlook</source>
        <translation>年度趋势会商</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="79"/>
        <source>Review of last year&apos;s events</source>
        <translation>上年灾情回顾</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="80"/>
        <source>Climate outlook for the year</source>
        <translation>年度气候趋势预测</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="81"/>
        <source>Risk zones and hidden dangers</source>
        <translation>风险区与隐患点</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="82"/>
        <source>Shelters and transfer plans</source>
        <translation>避难场所与转移方案</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="83"/>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="106"/>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="122"/>
        <source>Forces and materials</source>
        <translation>救援力量与物资</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="93"/>
        <source>Seasonal stage 1: pre-flood-season preparation</source>
        <translation>阶段会商一：汛前准备</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="93"/>
        <source>Checks of hidden dangers and shelters</source>
        <translation>隐患点与避难场所排查</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="94"/>
        <source>Seasonal stage 2: early flood season</source>
        <translation>阶段会商二：前汛期</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="94"/>
        <source>Rainstorms and small rivers</source>
        <translation>暴雨与中小河流</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="95"/>
        <source>Seasonal stage 3: main flood season</source>
        <translation>阶段会商三：主汛期</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="95"/>
        <source>Rivers, reservoirs and transfers</source>
        <translation>江河水库与转移避险</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="96"/>
        <source>Seasonal stage 4: late flood season and typhoons</source>
        <translation>阶段会商四：后汛期与台风</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="96"/>
        <source>Typhoon rain and geological hazards</source>
        <translation>台风降雨与地质灾害</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="97"/>
        <source>Seasonal stage 5: autumn and winter fire season</source>
        <translation>阶段会商五：秋冬森林防火期</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="97"/>
        <source>Forest fire danger and patrols</source>
        <translation>森林火险与巡护</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="98"/>
        <source>Seasonal stage 6: winter snow and freezing</source>
        <translation>阶段会商六：冬季雪灾凝冻</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="98"/>
        <source>Roads, power and supplies in the cold</source>
        <translation>低温下的道路、电力与保供</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="99"/>
        <source>Seasonal stage 7: spring drought and fire</source>
        <translation>阶段会商七：春季抗旱与防火</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="99"/>
        <source>Water supply and spring fire danger</source>
        <translation>供水保障与春季火险</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="104"/>
        <source>Outlook for the stage</source>
        <translation>本阶段趋势研判</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="118"/>
        <source>Weather and rainfall</source>
        <translation>天气与雨情</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="119"/>
        <source>Rivers and reservoirs</source>
        <translation>江河与水库</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="120"/>
        <source>Geological hazards</source>
        <translation>地质灾害</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="121"/>
        <source>Shelters and transfers</source>
        <translation>避难场所与转移</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="123"/>
        <source>Affected townships and objects</source>
        <translation>受影响乡镇与对象</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="125"/>
        <source>Rainstorm meeting</source>
        <translation>暴雨滚动会商</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="129"/>
        <source>Flood meeting</source>
        <translation>洪水滚动会商</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="132"/>
        <source>Forest fire meeting</source>
        <translation>森林火灾滚动会商</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="133"/>
        <source>Fire danger and weather</source>
        <translation>火险等级与气象</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="134"/>
        <source>Fire spots and threatened villages</source>
        <translation>火点与受威胁村庄</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="136"/>
        <source>Earthquake meeting</source>
        <translation>地震应急会商</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="137"/>
        <source>Quake parameters and intensity</source>
        <translation>地震参数与烈度</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="140"/>
        <source>Snow and freezing meeting</source>
        <translation>雪灾凝冻滚动会商</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="141"/>
        <source>Weather and temperature</source>
        <translation>天气与气温</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="142"/>
        <source>Roads and lifelines</source>
        <translation>道路与生命线</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="144"/>
        <source>Drought meeting</source>
        <translation>抗旱滚动会商</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="145"/>
        <source>Rainfall deficit and outlook</source>
        <translation>降水偏少与趋势</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="146"/>
        <source>Water sources and supply</source>
        <translation>水源与供水</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="148"/>
        <source>Hazardous materials meeting</source>
        <translation>危险化学品事故会商</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="149"/>
        <source>Incident site and spread</source>
        <translation>事故现场与扩散</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="150"/>
        <source>People and objects in the danger zone</source>
        <translation>危险区内人员与对象</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="184"/>
        <source>agenda template &quot;%1&quot;: no such built-in template</source>
        <translation>议程模板“%1”：没有这个内置模板</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="201"/>
        <source>agenda steps: the text is larger than %1 MB</source>
        <translation>议程步骤：文本超过 %1 MB</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="205"/>
        <source>agenda steps: not a JSON array of steps (%1)</source>
        <translation>议程步骤：不是步骤的 JSON 数组（%1）</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="208"/>
        <source>agenda steps: %1 steps, at most %2 are allowed</source>
        <translation>议程步骤：共 %1 步，最多允许 %2 步</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="215"/>
        <source>agenda step %1: a title is required</source>
        <translation>议程第 %1 步：须有标题</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="242"/>
        <source>agenda template &quot;%1&quot;: built-in templates cannot be changed; save a copy under a new name</source>
        <translation>议程模板“%1”：内置模板不可修改，请另存为新名称</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="244"/>
        <source>agenda template &quot;%1&quot;: it has no steps</source>
        <translation>议程模板“%1”：没有步骤</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="246"/>
        <source>agenda template: the name is longer than %1 characters</source>
        <translation>议程模板：名称超过 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="250"/>
        <location filename="../../layers/consultation/AgendaTemplates.cpp" line="268"/>
        <source>agenda template &quot;%1&quot;: %2</source>
        <translation>议程模板“%1”：%2</translation>
    </message>
</context>
<context>
    <name>onemap::AnswerDialog</name>
    <message>
        <location filename="../../desktop/warnings/AnswerDialog.cpp" line="15"/>
        <source>Record the answer</source>
        <translation>登记应答</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/AnswerDialog.cpp" line="17"/>
        <source>Call to %1, %2 of %3</source>
        <translation>叫应对象：%3 %2 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/AnswerDialog.cpp" line="23"/>
        <source>The person who answered: the responsible person, or who answered for them.</source>
        <translation>应答人：责任人本人，或代其应答的人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/AnswerDialog.cpp" line="24"/>
        <source>Answered by</source>
        <translation>应答人</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/AnswerDialog.cpp" line="27"/>
        <source>e.g. measures in place, transfer under way</source>
        <translation>如：措施已落实、群众正在转移</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/AnswerDialog.cpp" line="28"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>onemap::AtlasCommand</name>
    <message>
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="15"/>
        <source>Export an atlas: one map page per township or village.</source>
        <translation>导出图集：每个乡镇或村一页地图。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="17"/>
        <source>the verb</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="18"/>
        <source>what to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="19"/>
        <source>Situation store to draw.</source>
        <translation>要出图的态势库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="19"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="20"/>
        <source>Output: one .pdf, or a folder for one file per page.</source>
        <translation>输出：一个 .pdf 文件，或一个文件夹（每页一个文件）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="20"/>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="21"/>
        <source>township (default) or village.</source>
        <translation>township（乡镇，默认）或 village（村）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="21"/>
        <source>UNIT</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="22"/>
        <source>Only this township (its villages with --unit village).</source>
        <translation>仅此乡镇（配合 --unit village 时为其下各村）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="22"/>
        <source>CODE</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="23"/>
        <source>Sheet template (default A4-landscape).</source>
        <translation>图件模板（默认 A4-landscape）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="23"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="24"/>
        <source>pdf (default), png or svg.</source>
        <translation>pdf（默认）、png 或 svg。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="24"/>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="25"/>
        <source>Resolution (default 300).</source>
        <translation>分辨率（默认 300）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="25"/>
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="26"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="26"/>
        <source>Map images rendered at once (default 1; 0 = one per core).</source>
        <translation>同时渲染的地图图像数（默认 1；0 = 每个 CPU 核心一个）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="27"/>
        <source>One file per page in the --out folder.</source>
        <translation>在 --out 文件夹中每页输出一个文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="31"/>
        <source>unknown export %1</source>
        <translation>未知的导出类型 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="45"/>
        <source>--dpi must be an integer, not %1</source>
        <translation>--dpi 须为整数，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="47"/>
        <source>--jobs must be an integer, not %1</source>
        <translation>--jobs 须为整数，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="54"/>
        <source>page %1/%2</source>
        <translation>第 %1/%2 页</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli/AtlasCommand.cpp" line="65"/>
        <source>wrote %n atlas page(s)</source>
        <translation>
            <numerusform>已写入 %n 页图集</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onemap::AtlasUnits</name>
    <message>
        <location filename="../../desktop/export/atlas/AtlasUnits.cpp" line="20"/>
        <source>cannot count %1 in %2: %3</source>
        <translation>无法统计 %2 中的 %1：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/AtlasUnits.cpp" line="42"/>
        <source>cannot read the administrative units of %1: %2</source>
        <translation>无法读取 %1 的行政区划单元：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/AtlasUnits.cpp" line="45"/>
        <source>%1 has no administrative units of level %2</source>
        <translation>%1 没有级别为 %2 的行政区划单元</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/AtlasUnits.cpp" line="46"/>
        <source>%1 has no units of level %2 in township %3</source>
        <translation>%1 在乡镇 %3 中没有级别为 %2 的单元</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/AtlasUnits.cpp" line="52"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/AtlasUnits.cpp" line="52"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/AtlasUnits.cpp" line="81"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/AtlasUnits.cpp" line="82"/>
        <source>Hidden dangers</source>
        <translation>隐患点</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/AtlasUnits.cpp" line="83"/>
        <source>People threatened</source>
        <translation>威胁人数</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/AtlasUnits.cpp" line="84"/>
        <source>Shelters</source>
        <translation>避难场所</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/AtlasUnits.cpp" line="85"/>
        <source>Shelter capacity</source>
        <translation>避难场所容量</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/AtlasUnits.cpp" line="86"/>
        <source>Rescue teams</source>
        <translation>救援队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/AtlasUnits.cpp" line="87"/>
        <source>Rescue teams of the township</source>
        <translation>所属乡镇救援队伍</translation>
    </message>
</context>
<context>
    <name>onemap::BoardCommand</name>
    <message>
        <location filename="../../desktop/cli/BoardCommand.cpp" line="35"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/BoardCommand.cpp" line="37"/>
        <source>wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/BoardCommand.cpp" line="47"/>
        <source>OneMap, the county emergency situation board.</source>
        <translation>OneMap 县级一张图应急态势板。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/BoardCommand.cpp" line="50"/>
        <source>Situation store to open.</source>
        <translation>要打开的态势库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/BoardCommand.cpp" line="50"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/BoardCommand.cpp" line="51"/>
        <source>Save a picture of the window once drawn, then quit.</source>
        <translation>地图绘制完成后保存窗口截图并退出。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/BoardCommand.cpp" line="51"/>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/BoardCommand.cpp" line="52"/>
        <source>Open the replay of the last days&apos; warnings at start.</source>
        <translation>启动时打开近几日预警的回放。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/BoardCommand.cpp" line="65"/>
        <source>OneMap</source>
        <translation>OneMap 一张图</translation>
    </message>
</context>
<context>
    <name>onemap::BoardModules</name>
    <message>
        <location filename="../../desktop/modules/BoardModules.cpp" line="26"/>
        <source>%1 is not a OneMap board module</source>
        <translation>%1 不是 OneMap 态势板模块</translation>
    </message>
    <message>
        <location filename="../../desktop/modules/BoardModules.cpp" line="38"/>
        <source>%1: its metadata has no &quot;id&quot;</source>
        <translation>%1：其元数据中没有“id”</translation>
    </message>
    <message>
        <location filename="../../desktop/modules/BoardModules.cpp" line="42"/>
        <source>%1 was built for module API %2; this board has %3</source>
        <translation>%1 按模块接口版本 %2 构建，本态势板的接口版本为 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/modules/BoardModules.cpp" line="48"/>
        <source>%1 cannot be loaded: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/modules/BoardModules.cpp" line="50"/>
        <source>%1 says its id is &quot;%2&quot; but its metadata says &quot;%3&quot;</source>
        <translation>%1 自报编号为“%2”，但其元数据中为“%3”</translation>
    </message>
</context>
<context>
    <name>onemap::BoardPlugins</name>
    <message>
        <location filename="../../desktop/plugins/BoardPlugins.cpp" line="47"/>
        <source>Plugin tables not updated: %1</source>
        <translation>插件数据表未更新：%1</translation>
    </message>
</context>
<context>
    <name>onemap::CallList</name>
    <message>
        <location filename="../../layers/warnings/CallList.cpp" line="112"/>
        <source>no warning with id %1</source>
        <translation>没有编号为 %1 的预警</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallList.cpp" line="164"/>
        <source>warning %1: preparing the call list needs an actor</source>
        <translation>预警 %1：生成叫应名单须指定操作人</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallList.cpp" line="186"/>
        <source>warning %1: cannot prepare the call list: %2</source>
        <translation>预警 %1：无法生成叫应名单：%2</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallList.cpp" line="194"/>
        <source>no call with id %1</source>
        <translation>没有编号为 %1 的叫应记录</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallList.cpp" line="204"/>
        <source>warning %1 has no call list (no responsible person in the units it covers)</source>
        <translation>预警 %1 没有叫应名单（其覆盖的行政区划内未登记责任人）</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallList.cpp" line="211"/>
        <source>call: no call %1 in the call list of warning %2</source>
        <translation>call：预警 %2 的叫应名单中没有叫应记录 %1</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallList.cpp" line="216"/>
        <source>admin: no unit %1 in the call list of warning %2</source>
        <translation>admin：预警 %2 的叫应名单中没有行政区划 %1</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallList.cpp" line="222"/>
        <source>person: no %1 in the call list of warning %2</source>
        <translation>person：预警 %2 的叫应名单中没有 %1</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallList.cpp" line="251"/>
        <source>call %1: called by is required</source>
        <translation>叫应 %1：须填写叫应人</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallList.cpp" line="259"/>
        <source>call %1: already called at %2 by %3</source>
        <translation>叫应 %1：已于 %2 由 %3 叫应</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallList.cpp" line="261"/>
        <source>call %1: called at %2 is before the warning was sent at %3</source>
        <translation>叫应 %1：叫应时间 %2 早于预警发布时间 %3</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallList.cpp" line="263"/>
        <source>call %1: called at %2 is in the future (now %3)</source>
        <translation>叫应 %1：叫应时间 %2 晚于当前时间（现在是 %3）</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallList.cpp" line="274"/>
        <source>call %1: answered by is required (the person or who answered for them)</source>
        <translation>叫应 %1：须填写应答人（责任人本人或代其应答的人员）</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallList.cpp" line="276"/>
        <source>call %1: recorded by is required</source>
        <translation>叫应 %1：须填写记录人</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallList.cpp" line="284"/>
        <source>call %1: already answered at %2 by %3</source>
        <translation>叫应 %1：已于 %2 由 %3 应答</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallList.cpp" line="286"/>
        <source>call %1: answered at %2 is before the warning was sent at %3</source>
        <translation>叫应 %1：应答时间 %2 早于预警发布时间 %3</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallList.cpp" line="289"/>
        <source>call %1: answered at %2 is before the call at %3</source>
        <translation>叫应 %1：应答时间 %2 早于叫应时间 %3</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallList.cpp" line="291"/>
        <source>call %1: answered at %2 is in the future (now %3)</source>
        <translation>叫应 %1：应答时间 %2 晚于当前时间（现在是 %3）</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallList.cpp" line="308"/>
        <source>call %1: undo needs an actor</source>
        <translation>叫应 %1：撤销须指定操作人</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallList.cpp" line="326"/>
        <source>call %1: nothing to undo (not called yet)</source>
        <translation>叫应 %1：没有可撤销的内容（尚未叫应）</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallList.cpp" line="338"/>
        <source>minutes: %1 is not a number of minutes</source>
        <translation>minutes：%1 不是有效的分钟数</translation>
    </message>
</context>
<context>
    <name>onemap::CallPanel</name>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="81"/>
        <source>Answer within</source>
        <translation>应答时限</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="86"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="87"/>
        <source>A call still without answer this many minutes after the warning was sent (or after the call) is overdue.</source>
        <translation>预警发布（或叫应）后超过该分钟数仍未应答的，视为超时未应答。</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="90"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="93"/>
        <source>Who records the calls and answers; kept in the audit log.</source>
        <translation>登记叫应和应答情况的人员，记入操作日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="110"/>
        <source>Township / village</source>
        <translation>乡镇/村（社区）</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="110"/>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="110"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="110"/>
        <source>Called at</source>
        <translation>叫应时间</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="110"/>
        <source>Answered at</source>
        <translation>应答时间</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="111"/>
        <source>Answered by</source>
        <translation>应答人</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="111"/>
        <source>Waiting</source>
        <translation>等待时长</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="111"/>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="111"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="124"/>
        <source>Called</source>
        <translation>已叫应</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="126"/>
        <source>Record that the selected persons were called now.</source>
        <translation>登记所选人员已于此刻叫应。</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="127"/>
        <source>Answered…</source>
        <translation>已应答…</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="129"/>
        <source>Record that the current call was answered, and by whom.</source>
        <translation>登记当前叫应已应答及应答人。</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="130"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="132"/>
        <source>Clear an answer (or else a call) recorded by mistake.</source>
        <translation>清除误登记的应答（尚未应答的则清除叫应）。</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="133"/>
        <source>Call sheet…</source>
        <translation>叫应记录单…</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="135"/>
        <source>Write the call sheet as PDF or Excel.</source>
        <translation>将叫应记录单导出为 PDF 或 Excel 文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/warnings/CallPanel.cpp" line="206"/>
        <source>+%n min</source>
        <comment>minutes past the answer limit</comment>
        <translation>
            <numerusform>超时 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/warnings/CallPanel.cpp" line="208"/>
        <source>%n min</source>
        <comment>minutes since the call fell due</comment>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="209"/>
        <source>%1 (township)</source>
        <translation>%1（乡镇）</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="231"/>
        <source>Called %1 by %2</source>
        <translation>%2 于 %1 叫应</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="237"/>
        <source>No answer %1 minutes after the call fell due (limit %2 min)</source>
        <translation>自应叫应时起 %1 分钟仍未应答（时限 %2 分钟）</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="246"/>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="420"/>
        <source>No warning chosen.</source>
        <translation>未选择预警。</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="267"/>
        <source>%1 — %2, sent %3</source>
        <translation>%1——%2，%3 发布</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="270"/>
        <source>Called %1/%2, answered %3/%2, %4 without answer after %5 min.</source>
        <translation>已叫应 %1/%2，已应答 %3/%2，超过 %5 分钟未应答 %4 人。</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="279"/>
        <source>%1 — called %2/%3, answered %4/%3, %5 overdue</source>
        <translation>%1——已叫应 %2/%3，已应答 %4/%3，超时未应答 %5 人</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="357"/>
        <source>Select the calls made first.</source>
        <translation>请先选择已叫应的人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="377"/>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="389"/>
        <source>Select the call that was answered first.</source>
        <translation>请先选择已应答的人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="404"/>
        <source>Select the calls to undo first.</source>
        <translation>请先选择要撤销的叫应记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="434"/>
        <source>Save call sheet</source>
        <translation>保存叫应记录单</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="434"/>
        <source>call-sheet-%1.pdf</source>
        <translation>叫应记录单-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/CallPanel.cpp" line="435"/>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF 文件 (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>onemap::CallSheet</name>
    <message>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="17"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="33"/>
        <source>column %1</source>
        <translation>列“%1”</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="49"/>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="65"/>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="120"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="66"/>
        <source>Village (community)</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="67"/>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="68"/>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="69"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="70"/>
        <source>Called at</source>
        <translation>叫应时间</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="71"/>
        <source>Called by</source>
        <translation>叫应人</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="72"/>
        <source>Answered at</source>
        <translation>应答时间</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="73"/>
        <source>Answered by</source>
        <translation>应答人</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="74"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="75"/>
        <source>Minutes overdue</source>
        <translation>超时分钟数</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="76"/>
        <source>Call id</source>
        <translation>叫应编号</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="100"/>
        <source>%1: the call sheet is written as .xlsx or .pdf</source>
        <translation>%1：叫应记录单只能导出为 .xlsx 或 .pdf</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="102"/>
        <source>folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="106"/>
        <source>this GDAL has no XLSX driver</source>
        <translation>当前 GDAL 不含 XLSX 驱动</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="121"/>
        <source>Calls</source>
        <translation>应叫应</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="122"/>
        <source>Called</source>
        <translation>已叫应</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="123"/>
        <source>Answered</source>
        <translation>已应答</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="124"/>
        <source>Overdue</source>
        <translation>超时未应答</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="130"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CallSheetXlsx.cpp" line="142"/>
        <source>rename from %1 failed</source>
        <translation>从 %1 重命名失败</translation>
    </message>
</context>
<context>
    <name>onemap::CallSheetPdf</name>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="43"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="43"/>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="209"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="43"/>
        <source>Village (community)</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="43"/>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="43"/>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="43"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="44"/>
        <source>Called at</source>
        <translation>叫应时间</translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="44"/>
        <source>Answered at</source>
        <translation>应答时间</translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="44"/>
        <source>Answered by</source>
        <translation>应答人</translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="44"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="55"/>
        <source>No answer, +%n min</source>
        <comment>a call past its answer limit</comment>
        <translation>
            <numerusform>未应答，超时 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="70"/>
        <source>(township)</source>
        <translation>（乡镇本级）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="109"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="118"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="137"/>
        <source>Sample County</source>
        <translation>示范县</translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="141"/>
        <source>Call-and-answer record %1</source>
        <translation>预警叫应记录单 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="146"/>
        <source>%1 warning call-and-answer record</source>
        <translation>%1预警叫应记录单</translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="154"/>
        <source>Sent %1 by %2 · %3 · warning %4 (%5)</source>
        <translation>发布时间 %1 · 发布单位 %2 · %3 · 预警 %4（%5）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="159"/>
        <source>As of %1, answer limit %2 min: %3 calls, %4 called, %5 answered, %6 without answer past the limit.</source>
        <translation>截至 %1，应答时限 %2 分钟：应叫应 %3 人，已叫应 %4 人，已应答 %5 人，超时未应答 %6 人。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="182"/>
        <source>No responsible person is registered for the townships and villages this warning covers.</source>
        <translation>本预警覆盖的乡镇、村（社区）均未登记责任人。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="188"/>
        <source>%1 (continued) — %2</source>
        <translation>%1（续）——%2</translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="206"/>
        <source>Calls by township</source>
        <translation>分乡镇叫应情况</translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="209"/>
        <source>Calls</source>
        <translation>应叫应</translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="209"/>
        <source>Called</source>
        <translation>已叫应</translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="209"/>
        <source>Answered</source>
        <translation>已应答</translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="209"/>
        <source>No answer past %1 min</source>
        <translation>超 %1 分钟未应答</translation>
    </message>
    <message>
        <location filename="../../desktop/export/calls/CallSheetPdf.cpp" line="219"/>
        <source>Duty officer (signature): ______________    Checked by: ______________    Date: ______________</source>
        <translation>值班人员（签字）：______________    审核人：______________    日期：______________</translation>
    </message>
</context>
<context>
    <name>onemap::CapArea</name>
    <message>
        <location filename="../../layers/warnings/CapArea.cpp" line="89"/>
        <source>%1: &lt;polygon&gt; is not a closed ring of lat,lon pairs</source>
        <translation>%1：&lt;polygon&gt; 不是由“纬度,经度”组成的闭合环</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapArea.cpp" line="95"/>
        <source>%1: &lt;circle&gt; has no usable centre or radius</source>
        <translation>%1：&lt;circle&gt; 缺少可用的圆心或半径</translation>
    </message>
</context>
<context>
    <name>onemap::CapCallsCommand</name>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="26"/>
        <source>Warning %1 %2: %3 (%4), sent %5</source>
        <translation>预警 %1 %2：%3（%4），%5 发布</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="30"/>
        <source>As of %1, limit %2 min: %3 calls, %4 called, %5 answered, %6 without answer past the limit</source>
        <translation>截至 %1，时限 %2 分钟：应叫应 %3 人，已叫应 %4 人，已应答 %5 人，超时未应答 %6 人</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="37"/>
        <source>%1 %2: called %3/%4, answered %5/%4, %6 without answer past the limit</source>
        <translation>%1 %2：已叫应 %3/%4，已应答 %5/%4，超时未应答 %6 人</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="42"/>
        <source>(township)</source>
        <translation>（乡镇本级）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="44"/>
        <source>called %1 by %2</source>
        <translation>%2 于 %1 叫应</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="44"/>
        <source>not called</source>
        <translation>未叫应</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="46"/>
        <source>answered %1 by %2</source>
        <translation>%2 于 %1 应答</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="48"/>
        <source>OVERDUE: no answer after %1 min (%2 min over)</source>
        <translation>超时未应答：已等待 %1 分钟（超出 %2 分钟）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="50"/>
        <source>no answer yet</source>
        <translation>尚未应答</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="64"/>
        <source>--minutes must be a whole number of minutes, not %1</source>
        <translation>--minutes 须为整数分钟数，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="70"/>
        <source>--now must be an ISO date-time (2024-06-20T09:00 or with +08:00), not %1</source>
        <translation>--now 须为 ISO 日期时间（如 2024-06-20T09:00，或带 +08:00），而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="75"/>
        <source>--out %1: the call sheet is written as .pdf or .xlsx</source>
        <translation>--out %1：叫应记录单只能导出为 .pdf 或 .xlsx</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="85"/>
        <source>%n call(s) added to the call list of warning %1</source>
        <translation>
            <numerusform>预警 %1 的叫应名单新增 %n 条叫应记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="100"/>
        <source>wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="113"/>
        <source>--call must be a call id, not %1</source>
        <translation>--call 须为叫应编号，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="116"/>
        <source>cap ack needs --person, --call or --admin</source>
        <translation>cap ack 须指定 --person、--call 或 --admin</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="121"/>
        <source>--at must be an ISO date-time (2024-06-20T08:10 or with +08:00), not %1</source>
        <translation>--at 须为 ISO 日期时间（如 2024-06-20T08:10，或带 +08:00），而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="135"/>
        <source>%1: %2 calls of warning %3 match; name one with --call: %4</source>
        <translation>%1：预警 %3 有 %2 条叫应记录符合条件；请用 --call 指定其中一条：%4</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="144"/>
        <source>--note goes with --answered-by</source>
        <translation>--note 须与 --answered-by 一起使用</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="151"/>
        <source>call %1: %2 (%3) answered at %4 by %5</source>
        <translation>叫应 %1：%2（%3）已于 %4 由 %5 应答</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="155"/>
        <source>call %1: %2 (%3) called at %4 by %5</source>
        <translation>叫应 %1：%2（%3）已于 %4 由 %5 叫应</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="172"/>
        <source>Call-and-answer of a warning: the list of responsible persons to call in the townships and villages it covers, and who has answered.</source>
        <translation>预警叫应：列出预警覆盖的乡镇、村（社区）中须叫应的责任人名单，并登记应答情况。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="175"/>
        <source>the verb</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="176"/>
        <source>calls (print or write the call sheet) or ack (record a call or an answer)</source>
        <translation>calls（显示或导出叫应记录单）或 ack（登记叫应或应答）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="183"/>
        <source>Situation store.</source>
        <translation>态势库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="183"/>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="187"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="184"/>
        <source>Warning id (as `cap ingest` printed it).</source>
        <translation>预警编号（即 `cap ingest` 输出的编号）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="184"/>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="189"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="185"/>
        <source>calls: minutes a call may stay unanswered (default 30).</source>
        <translation>calls：应答时限，单位为分钟（默认 30）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="185"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="186"/>
        <source>calls: the time overdue is judged at (default now).</source>
        <translation>calls：判定是否超时的时间点（默认为当前时间）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="186"/>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="193"/>
        <source>ISO</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="187"/>
        <source>calls: write the call sheet to this .pdf or .xlsx instead of printing it.</source>
        <translation>calls：将叫应记录单写入该 .pdf 或 .xlsx 文件，而不在屏幕上显示。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="188"/>
        <source>ack: the responsible person&apos;s name in the call list.</source>
        <translation>ack：叫应名单中责任人的姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="188"/>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="192"/>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="195"/>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="189"/>
        <source>ack: the call id in the call list.</source>
        <translation>ack：叫应名单中的叫应编号。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="190"/>
        <source>ack: the township or village code (12 digits).</source>
        <translation>ack：乡镇或村（社区）代码（12 位）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="190"/>
        <source>CODE</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="191"/>
        <source>ack: record the call as made (the default without --answered-by).</source>
        <translation>ack：登记已叫应（未指定 --answered-by 时的默认操作）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="192"/>
        <source>ack: record the answer, given by this person (or a stand-in).</source>
        <translation>ack：登记应答，应答人为此人（或代为应答的人员）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="193"/>
        <source>ack: when (default now); without offset it is county time (UTC+8).</source>
        <translation>ack：时间（默认为当前时间）；未带时区偏移的按本县时间（UTC+8）计。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="194"/>
        <source>ack: a note with the answer.</source>
        <translation>ack：应答备注。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="194"/>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="195"/>
        <source>Who records (default the login name).</source>
        <translation>记录人（默认为登录用户名）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="200"/>
        <source>cap %1 needs --warning ID</source>
        <translation>cap %1 须指定 --warning 编号</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCallsCommand.cpp" line="204"/>
        <source>--warning must be a warning id, not %1</source>
        <translation>--warning 须为预警编号，而不是 %1</translation>
    </message>
</context>
<context>
    <name>onemap::CapCommand</name>
    <message>
        <location filename="../../layers/warnings/CapInbox.cpp" line="284"/>
        <source>%1: cannot put into quarantine %2</source>
        <translation>%1：无法移入隔离目录 %2</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapInbox.cpp" line="289"/>
        <source>%1: cannot write %2</source>
        <translation>%1：无法写入 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCommand.cpp" line="21"/>
        <source>the verb</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCommand.cpp" line="19"/>
        <source>Ingest CAP 1.1/1.2 warning messages (GB/T 35965.1 identifiers) into the store: named files (ingest), a drop folder (watch) or a CAP URL or Atom/RSS feed (poll).</source>
        <translation>将 CAP 1.1/1.2 预警消息（GB/T 35965.1 标识符）接入态势库：指定的文件（ingest）、监视文件夹（watch），或 CAP URL、Atom/RSS 订阅源（poll）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCommand.cpp" line="22"/>
        <source>ingest, watch, poll, calls or ack</source>
        <translation>ingest（接入）、watch（监视）、poll（轮询）、calls（叫应名单）或 ack（登记叫应）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCommand.cpp" line="23"/>
        <source>ingest: CAP files; watch: the folder; poll: the URL</source>
        <translation>ingest：CAP 文件；watch：监视文件夹；poll：URL</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCommand.cpp" line="24"/>
        <source>Situation store to write.</source>
        <translation>要写入的态势库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCommand.cpp" line="24"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCommand.cpp" line="25"/>
        <source>Folder for accepted messages as received (default: &lt;store&gt;.cap-archive).</source>
        <translation>按原样存档已接收消息的目录（默认：&lt;store&gt;.cap-archive）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCommand.cpp" line="25"/>
        <location filename="../../desktop/cli/CapCommand.cpp" line="26"/>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCommand.cpp" line="26"/>
        <source>Folder for rejected messages and their .reason files (default: &lt;store&gt;.cap-quarantine).</source>
        <translation>存放被拒消息及其 .reason 文件的目录（默认：&lt;store&gt;.cap-quarantine）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCommand.cpp" line="27"/>
        <source>watch: drain the folder and exit; poll: poll one round and exit.</source>
        <translation>watch：处理完文件夹中现有文件后退出；poll：轮询一轮后退出。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCommand.cpp" line="28"/>
        <source>poll: seconds between rounds.</source>
        <translation>poll：轮询间隔秒数。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCommand.cpp" line="28"/>
        <location filename="../../desktop/cli/CapCommand.cpp" line="29"/>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCommand.cpp" line="29"/>
        <source>poll: seconds to wait for an answer (default 30).</source>
        <translation>poll：等待响应的秒数（默认 30）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCommand.cpp" line="30"/>
        <source>poll: fetch alerts a feed links to when the link starts with this URL (repeatable); other links are never fetched.</source>
        <translation>poll：订阅源中的预警信息链接以该 URL 开头时才予获取（可重复指定）；其他链接一律不获取。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCommand.cpp" line="30"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCommand.cpp" line="41"/>
        <source>unknown cap action %1 (actions: ingest, watch, poll, calls, ack; try onemap cap --help)</source>
        <translation>未知的 cap 操作 %1（可用：ingest、watch、poll、calls、ack；详见 onemap cap --help）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapIngestCommand.cpp" line="15"/>
        <source>no CAP file given</source>
        <translation>未指定 CAP 文件</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapInbox.cpp" line="108"/>
        <source>cannot create %1 or %2</source>
        <translation>无法创建 %1 或 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCliSupport.cpp" line="76"/>
        <source>%1: rejected: %2</source>
        <translation>%1：已拒收：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCliSupport.cpp" line="72"/>
        <source>%1: already ingested as warning %2 (%3)</source>
        <translation>%1：已接入，为预警 %2（%3）</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapInbox.cpp" line="250"/>
        <source>%1: ingested but cannot archive to %2</source>
        <translation>%1：已接入，但无法存档到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCliSupport.cpp" line="51"/>
        <source>impact: %1 township(s), %2 village(s), %3 people; %4 hidden danger(s), %5 escalated; %6 shelter(s) for %7; %8 team(s)</source>
        <translation>影响：%1 个乡镇、%2 个村（社区）、%3 人；隐患点 %4 处，其中升级关注 %5 处；避难场所 %6 处，可容纳 %7 人；救援队伍 %8 支</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCliSupport.cpp" line="63"/>
        <source>%1: ingested %2 %3 as warning %4 (%5)</source>
        <translation>%1：已接入 %2 %3，为预警 %4（%5）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapCliSupport.cpp" line="80"/>
        <source>%1: not stored, left to try again: %2</source>
        <translation>%1：未入库，留待重试：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli/CapCliSupport.cpp" line="98"/>
        <source>%n warning(s) expired</source>
        <translation>
            <numerusform>%n 条预警已过期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapPollCommand.cpp" line="17"/>
        <source>cap poll takes one URL (onemap cap poll URL --store S --interval SECONDS)</source>
        <translation>cap poll 只接受一个 URL（onemap cap poll URL --store S --interval SECONDS）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapPollCommand.cpp" line="22"/>
        <source>%1 is not an http, https or file URL</source>
        <translation>%1 不是 http、https 或 file URL</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapPollCommand.cpp" line="27"/>
        <source>--interval SECONDS (1 or more) is needed unless --once</source>
        <translation>未指定 --once 时，须用 --interval 指定轮询间隔秒数（不小于 1）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapPollCommand.cpp" line="31"/>
        <source>--timeout takes whole seconds</source>
        <translation>--timeout 须为整数秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli/CapPollCommand.cpp" line="57"/>
        <source>%1: %n message(s) already ingested</source>
        <translation>
            <numerusform>%1：%n 条消息此前已接入</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapPollCommand.cpp" line="69"/>
        <source>polling %1 every %2 s; stop with Ctrl+C</source>
        <translation>正在每 %2 秒轮询 %1；按 Ctrl+C 停止</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapWatchCommand.cpp" line="17"/>
        <source>cap watch takes one folder (onemap cap watch DIR --store S)</source>
        <translation>cap watch 只接受一个文件夹（onemap cap watch DIR --store S）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapWatchCommand.cpp" line="20"/>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CapWatchCommand.cpp" line="37"/>
        <source>watching %1; stop with Ctrl+C</source>
        <translation>正在监视 %1；按 Ctrl+C 停止</translation>
    </message>
</context>
<context>
    <name>onemap::CapFeed</name>
    <message>
        <location filename="../../layers/warnings/CapFeed.cpp" line="66"/>
        <location filename="../../layers/warnings/CapFeed.cpp" line="221"/>
        <source>XML error at line %1, column %2: %3</source>
        <translation>XML 错误，第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapFeed.cpp" line="74"/>
        <source>%1 bytes is larger than the %2 MB a feed may have</source>
        <translation>%1 字节，超过订阅源允许的 %2 MB</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapFeed.cpp" line="76"/>
        <source>the feed is in UTF-16: feeds are read as UTF-8 only</source>
        <translation>订阅源为 UTF-16 编码：订阅源只能按 UTF-8 读取</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapFeed.cpp" line="89"/>
        <source>root element &lt;%1&gt; is neither a CAP &lt;alert&gt; nor an Atom or RSS feed</source>
        <translation>根元素 &lt;%1&gt; 既不是 CAP &lt;alert&gt;，也不是 Atom 或 RSS 订阅源</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapFeed.cpp" line="95"/>
        <source>the feed is in %1: feeds are read as UTF-8 only</source>
        <translation>订阅源为 %1 编码：订阅源只能按 UTF-8 读取</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapFeed.cpp" line="99"/>
        <source>the feed is not valid UTF-8</source>
        <translation>订阅源不是有效的 UTF-8 编码</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapFeed.cpp" line="122"/>
        <source>line %1: elements nested deeper than %2 levels</source>
        <translation>第 %1 行：元素嵌套超过 %2 层</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapFeed.cpp" line="199"/>
        <source>entry %1</source>
        <translation>条目 %1</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapFeed.cpp" line="214"/>
        <source>more than %1 entries</source>
        <translation>条目超过 %1 条</translation>
    </message>
</context>
<context>
    <name>onemap::CapFeedPoller</name>
    <message>
        <location filename="../../layers/warnings/CapFeedPoller.cpp" line="63"/>
        <source>allow prefix %1 is not an absolute http, https or file URL</source>
        <translation>允许前缀 %1 不是绝对的 http、https 或 file URL</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapFeedPoller.cpp" line="164"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapFeedPoller.cpp" line="167"/>
        <location filename="../../layers/warnings/CapFeedPoller.cpp" line="189"/>
        <source>%1: larger than %2 MB; not read</source>
        <translation>%1：超过 %2 MB，未读取</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapFeedPoller.cpp" line="170"/>
        <location filename="../../layers/warnings/CapFeedPoller.cpp" line="193"/>
        <source>%1: not modified</source>
        <translation>%1：无更新</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapFeedPoller.cpp" line="185"/>
        <source>%1: HTTP %2 redirect to %3 not followed (outside the URL&apos;s host or the allow prefixes)</source>
        <translation>%1：未跟随 HTTP %2 重定向至 %3（超出该 URL 的主机及允许前缀范围）</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapFeedPoller.cpp" line="195"/>
        <source>%1: HTTP %2 %3</source>
        <translation>%1：HTTP %2 %3</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapFeedPoller.cpp" line="197"/>
        <source>%1: no answer within %2 s</source>
        <translation>%1：%2 秒内无响应</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapFeedPoller.cpp" line="199"/>
        <location filename="../../layers/warnings/CapFeedPoller.cpp" line="230"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapFeedPoller.cpp" line="243"/>
        <source>%1: entry %2 has no inline alert and no link</source>
        <translation>%1：条目 %2 既无内嵌预警信息，也无链接</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapFeedPoller.cpp" line="249"/>
        <source>entry %1 links to %2; not fetched (no --allow-prefix covers it)</source>
        <translation>条目 %1 链接至 %2；未获取（不在任何 --allow-prefix 范围内）</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapFeedPoller.cpp" line="254"/>
        <source>entry %1 links to %2; left for the next round (%3 links per round)</source>
        <translation>条目 %1 链接至 %2；留待下一轮获取（每轮最多 %3 个链接）</translation>
    </message>
</context>
<context>
    <name>onemap::CapFolderWatcher</name>
    <message>
        <location filename="../../layers/warnings/CapFolderWatcher.cpp" line="37"/>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapFolderWatcher.cpp" line="72"/>
        <source>%1: the folder is gone</source>
        <translation>%1：文件夹已不存在</translation>
    </message>
</context>
<context>
    <name>onemap::CapInbox</name>
    <message>
        <location filename="../../layers/warnings/CapInbox.cpp" line="261"/>
        <source>%1: cannot remove the duplicate</source>
        <translation>%1：无法删除重复消息</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapInbox.cpp" line="270"/>
        <source>%1: cannot keep the duplicate in %2</source>
        <translation>%1：无法将重复消息保存到 %2</translation>
    </message>
</context>
<context>
    <name>onemap::CapIngest</name>
    <message>
        <location filename="../../layers/warnings/CapIngest.cpp" line="40"/>
        <source>alert %1: no &lt;info&gt; block, so no event, level or area to show</source>
        <translation>消息 %1：没有 &lt;info&gt;，无事件、级别或区域可显示</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapIngest.cpp" line="42"/>
        <source>alert %1: msgType %2 carries no warning for the board</source>
        <translation>消息 %1：msgType %2 不含可上图的预警</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapIngest.cpp" line="60"/>
        <source>reference &quot;%1&quot; is not sender,identifier,sent</source>
        <translation>引用“%1”不是 sender,identifier,sent 格式</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapIngest.cpp" line="67"/>
        <source>referenced message %1 (%2) is not in the store</source>
        <translation>引用的消息 %1（%2）不在态势库中</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapIngest.cpp" line="91"/>
        <source>geocode %1 is not an administrative unit in this store</source>
        <translation>地理编码 %1 不是本态势库中的行政区划</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapIngest.cpp" line="102"/>
        <source>alert %1: no area to place: geocodes %2 are not administrative units in this store</source>
        <translation>消息 %1：无法定位区域：地理编码 %2 不是本态势库中的行政区划</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapIngest.cpp" line="103"/>
        <source>alert %1: no &lt;polygon&gt;, &lt;circle&gt; or administrative &lt;geocode&gt; to place the warning</source>
        <translation>消息 %1：没有可用于定位预警的 &lt;polygon&gt;、&lt;circle&gt; 或行政区划 &lt;geocode&gt;</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapIngest.cpp" line="111"/>
        <location filename="../../layers/warnings/CapIngest.cpp" line="120"/>
        <source>alert %1: %2</source>
        <translation>消息 %1：%2</translation>
    </message>
</context>
<context>
    <name>onemap::CapParser</name>
    <message>
        <location filename="../../layers/warnings/CapParser.cpp" line="31"/>
        <location filename="../../layers/warnings/CapParser.cpp" line="40"/>
        <location filename="../../layers/warnings/CapParser.cpp" line="65"/>
        <source>%1: missing &lt;%2&gt;</source>
        <translation>%1：缺少 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapParser.cpp" line="33"/>
        <source>%1: &lt;%2&gt; &quot;%3&quot; is not one of %4</source>
        <translation>%1：&lt;%2&gt;“%3”不是 %4 之一</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapParser.cpp" line="42"/>
        <source>%1: &lt;%2&gt; &quot;%3&quot; is not a CAP date-time</source>
        <translation>%1：&lt;%2&gt;“%3”不是 CAP 日期时间</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapParser.cpp" line="79"/>
        <source>alert: %1 without &lt;references&gt; to the message it replaces</source>
        <translation>消息：%1 缺少指向被替代消息的 &lt;references&gt;</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapParser.cpp" line="81"/>
        <source>alert: no &lt;info&gt; block, so no event, level or area to show</source>
        <translation>消息：没有 &lt;info&gt;，无事件、级别或区域可显示</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapParser.cpp" line="85"/>
        <source>info %1</source>
        <translation>info %1</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapParser.cpp" line="87"/>
        <source>%1: missing &lt;category&gt;</source>
        <translation>%1：缺少 &lt;category&gt;</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapParser.cpp" line="92"/>
        <source>%1: missing &lt;event&gt;</source>
        <translation>%1：缺少 &lt;event&gt;</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapParser.cpp" line="105"/>
        <source>%1, area %2: missing &lt;areaDesc&gt;</source>
        <translation>%1，区域 %2：缺少 &lt;areaDesc&gt;</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapInbox.cpp" line="138"/>
        <location filename="../../layers/warnings/CapParser.cpp" line="146"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapInbox.cpp" line="141"/>
        <location filename="../../layers/warnings/CapParser.cpp" line="148"/>
        <source>%1: %2 bytes is larger than the %3 MB a CAP message may have</source>
        <translation>%1：%2 字节，超过 CAP 消息允许的 %3 MB</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapParser.cpp" line="169"/>
        <source>%1 bytes is larger than the %2 MB a CAP message may have</source>
        <translation>%1 字节，超过 CAP 消息允许的 %2 MB</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/XmlGuard.cpp" line="12"/>
        <source>line %1: a DTD (&lt;!DOCTYPE&gt;) is refused: CAP needs none and it could declare entities</source>
        <translation>第 %1 行：拒绝 DTD（&lt;!DOCTYPE&gt;）：CAP 不需要 DTD，且它可能声明实体</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/XmlGuard.cpp" line="14"/>
        <source>line %1: entity reference &amp;%2; is refused</source>
        <translation>第 %1 行：拒绝实体引用 &amp;%2;</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapParser.cpp" line="201"/>
        <source>line %1: elements nested deeper than %2 levels</source>
        <translation>第 %1 行：元素嵌套超过 %2 层</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapParser.cpp" line="218"/>
        <source>namespace &quot;%1&quot; is not CAP 1.1 or 1.2 (%2 or %3)</source>
        <translation>命名空间“%1”不是 CAP 1.1 或 1.2（%2 或 %3）</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapParser.cpp" line="219"/>
        <source>root element &lt;%1&gt; is not a CAP &lt;alert&gt;</source>
        <translation>根元素 &lt;%1&gt; 不是 CAP &lt;alert&gt;</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapParser.cpp" line="234"/>
        <source>line %1: &lt;%2&gt; does not belong inside &lt;%3&gt;</source>
        <translation>第 %1 行：&lt;%2&gt; 不应出现在 &lt;%3&gt; 内</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapParser.cpp" line="317"/>
        <source>line %1: &lt;circle&gt; &quot;%2&quot; is not &quot;lat,lon radius&quot;</source>
        <translation>第 %1 行：&lt;circle&gt;“%2”不是“纬度,经度 半径”格式</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapParser.cpp" line="328"/>
        <source>XML error at line %1, column %2: %3</source>
        <translation>XML 错误，第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/CapParser.cpp" line="330"/>
        <source>no &lt;alert&gt; element</source>
        <translation>没有 &lt;alert&gt; 元素</translation>
    </message>
</context>
<context>
    <name>onemap::ColumnMapping</name>
    <message>
        <location filename="../../layers/import/ColumnMapping.cpp" line="132"/>
        <source>%1: not a mapping file (%2)</source>
        <translation>%1：不是对应关系文件（%2）</translation>
    </message>
    <message>
        <location filename="../../layers/import/ColumnMapping.cpp" line="132"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../layers/import/ColumnMapping.cpp" line="141"/>
        <source>%1: name both &quot;lon&quot; and &quot;lat&quot; columns or neither</source>
        <translation>%1：“lon”和“lat”两列须同时指定或同时不指定</translation>
    </message>
    <message>
        <location filename="../../layers/import/ColumnMapping.cpp" line="144"/>
        <source>%1: layer &quot;%2&quot; cannot be imported (use one of %3)</source>
        <translation>%1：图层“%2”不能导入（请使用以下之一：%3）</translation>
    </message>
    <message>
        <location filename="../../layers/import/ColumnMapping.cpp" line="149"/>
        <source>%1: %2 has no field &quot;%3&quot;</source>
        <translation>%1：%2 没有字段“%3”</translation>
    </message>
    <message>
        <location filename="../../layers/import/ColumnMapping.cpp" line="162"/>
        <source>%1: field &quot;%2&quot; names neither a column nor a value</source>
        <translation>%1：字段“%2”既未指定列，也未指定值</translation>
    </message>
    <message>
        <location filename="../../layers/import/ColumnMapping.cpp" line="172"/>
        <source>cannot read mapping file %1</source>
        <translation>无法读取对应关系文件 %1</translation>
    </message>
    <message>
        <location filename="../../layers/import/ColumnMapping.cpp" line="180"/>
        <source>cannot write mapping file %1</source>
        <translation>无法写入对应关系文件 %1</translation>
    </message>
</context>
<context>
    <name>onemap::ConsultCommand</name>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="23"/>
        <source>Writes the one-sheet judgement of a consultation meeting as PDF: warnings in force, threatened objects by township, forces and materials, decisions and tasks, with a map.</source>
        <translation>将会商的研判一张单写成 PDF：生效预警、各乡镇受威胁对象、力量与物资、决策与任务，附地图。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="26"/>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="71"/>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="127"/>
        <source>the verb</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="27"/>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="72"/>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="128"/>
        <source>the action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="28"/>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="129"/>
        <source>Situation store to read.</source>
        <translation>要读取的态势库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="28"/>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="30"/>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="73"/>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="129"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="29"/>
        <source>Id of the consultation meeting.</source>
        <translation>会商编号。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="29"/>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="81"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="30"/>
        <source>The .pdf to write.</source>
        <translation>要写出的 .pdf 文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="31"/>
        <source>Day that decides warnings in force and overdue tasks, YYYY-MM-DD (default today).</source>
        <translation>判定生效预警与逾期任务的日期，YYYY-MM-DD（默认今天）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="32"/>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="77"/>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="36"/>
        <source>--consultation is required</source>
        <translation>须指定 --consultation</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="40"/>
        <source>--consultation must be a consultation id (a positive number), not %1</source>
        <translation>--consultation 须为会商编号（正整数），而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="43"/>
        <source>--out is required</source>
        <translation>须指定 --out</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="45"/>
        <source>--out must end in .pdf, not %1</source>
        <translation>--out 须以 .pdf 结尾，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="50"/>
        <source>--as-of must be YYYY-MM-DD, not %1</source>
        <translation>--as-of 须为 YYYY-MM-DD，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="61"/>
        <source>wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="69"/>
        <source>Makes a consultation meeting from an agenda template and prints its id.</source>
        <translation>按议程模板新建会商，并输出其编号。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="73"/>
        <source>Situation store to write.</source>
        <translation>要写入的态势库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="74"/>
        <source>Built-in template key: annual_outlook, seasonal_stage/&lt;stage&gt; or rolling_event/&lt;hazard&gt; (default rolling_event/rainstorm).</source>
        <translation>内置模板键：annual_outlook、seasonal_stage/&lt;阶段&gt; 或 rolling_event/&lt;灾种&gt;（默认为 rolling_event/rainstorm）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="75"/>
        <source>KEY</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="76"/>
        <source>Meeting title (default: the template&apos;s name and the date).</source>
        <translation>会商标题（默认为模板名称加日期）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="76"/>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="78"/>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="79"/>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="77"/>
        <source>Day held, YYYY-MM-DD (default today).</source>
        <translation>会商日期，YYYY-MM-DD（默认今天）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="78"/>
        <source>Where it is held.</source>
        <translation>会商地点。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="79"/>
        <source>Who chairs it.</source>
        <translation>主持人。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="80"/>
        <source>Attending units or people, separated by commas.</source>
        <translation>参会单位或人员，以逗号分隔。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="80"/>
        <source>LIST</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="81"/>
        <source>Id of the warning the meeting is about.</source>
        <translation>会商所针对预警的编号。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="82"/>
        <source>Who records it (default: the login name).</source>
        <translation>记录人（默认为登录用户名）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="82"/>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="93"/>
        <source>--date must be YYYY-MM-DD, not %1</source>
        <translation>--date 须为 YYYY-MM-DD 格式，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="108"/>
        <source>--warning must be a warning id (a positive number), not %1</source>
        <translation>--warning 须为预警编号（正整数），而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="125"/>
        <source>Lists the consultation meetings in the store, newest first.</source>
        <translation>列出态势库中的会商，最新的在前。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="142"/>
        <source>%1 overdue task(s)</source>
        <translation>逾期任务 %1 项</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="161"/>
        <source>the consultation module is not installed (consult.so in %1)</source>
        <translation>未安装会商模块（%1 中的 consult.so）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ConsultCommand.cpp" line="164"/>
        <source>consult needs an action: new, list, sheet or wall (onemap consult sheet --help)</source>
        <translation>consult 需要指定操作：new、list、sheet 或 wall（参见 onemap consult sheet --help）</translation>
    </message>
</context>
<context>
    <name>onemap::ConsultationDock</name>
    <message>
        <location filename="../../desktop/consult/agenda/ConsultationDock.cpp" line="32"/>
        <source>Consultation</source>
        <translation>会商</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/ConsultationDock.cpp" line="35"/>
        <source>Consultation meeting</source>
        <translation>会商</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/ConsultationDock.cpp" line="45"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/ConsultationDock.cpp" line="47"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/ConsultationDock.cpp" line="50"/>
        <source>Leave meeting</source>
        <translation>退出会商</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/ConsultationDock.cpp" line="51"/>
        <source>Take the meeting off the board; everything is saved</source>
        <translation>将会商从态势板上撤下；所有内容均已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/ConsultationDock.cpp" line="73"/>
        <source>Meetings</source>
        <translation>会商列表</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/ConsultationDock.cpp" line="74"/>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/ConsultationDock.cpp" line="84"/>
        <source>Next step</source>
        <translation>下一环节</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/ConsultationDock.cpp" line="88"/>
        <source>Previous step</source>
        <translation>上一环节</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/ConsultationDock.cpp" line="175"/>
        <source>No meeting on the board</source>
        <translation>态势板上没有会商</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/ConsultationDock.cpp" line="179"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/ConsultationDock.cpp" line="180"/>
        <source>%1 (closed, read only)</source>
        <translation>%1（已结束，只读）</translation>
    </message>
</context>
<context>
    <name>onemap::ConsultationMode</name>
    <message>
        <location filename="../../desktop/consult/ConsultationMode.cpp" line="48"/>
        <source>Decisions and tasks</source>
        <translation>决策与任务分工</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationMode.cpp" line="67"/>
        <source>Consu&amp;ltation</source>
        <translation>会商(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationMode.cpp" line="70"/>
        <source>Consultation</source>
        <translation>会商</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationMode.cpp" line="74"/>
        <source>New meeting...</source>
        <translation>新建会商…</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationMode.cpp" line="83"/>
        <source>Show on the video wall...</source>
        <translation>在大屏上显示…</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationMode.cpp" line="85"/>
        <source>Hold the wall (prepare the next view)</source>
        <translation>冻结大屏（准备下一视图）</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationMode.cpp" line="92"/>
        <source>Close the video wall</source>
        <translation>关闭大屏</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationMode.cpp" line="94"/>
        <source>Overdue tasks...</source>
        <translation>逾期任务…</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationMode.cpp" line="95"/>
        <source>Agenda templates...</source>
        <translation>议程模板…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/consult/ConsultationMode.cpp" line="148"/>
        <source>%n overdue task(s)</source>
        <translation>
            <numerusform>逾期任务 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onemap::ConsultationSession</name>
    <message>
        <location filename="../../desktop/consult/ConsultationSession.cpp" line="52"/>
        <source>arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationSession.cpp" line="54"/>
        <source>area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationSession.cpp" line="56"/>
        <source>line</source>
        <translation>线</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationSession.cpp" line="58"/>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationSession.cpp" line="60"/>
        <source>mark</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationSession.cpp" line="136"/>
        <location filename="../../desktop/consult/ConsultationSession.cpp" line="152"/>
        <location filename="../../desktop/consult/ConsultationSession.cpp" line="221"/>
        <source>No meeting is open.</source>
        <translation>没有打开的会商。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationSession.cpp" line="225"/>
        <source>The meeting &quot;%1&quot; is closed; reopen it to change it.</source>
        <translation>会商“%1”已结束；如需修改，请重新打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationSession.cpp" line="248"/>
        <source>Draw %1</source>
        <translation>绘制%1</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationSession.cpp" line="258"/>
        <source>Change plot</source>
        <translation>修改标绘</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationSession.cpp" line="270"/>
        <source>Delete plot</source>
        <translation>删除标绘</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationSession.cpp" line="277"/>
        <source>Edit speaker notes</source>
        <translation>编辑讲解提示</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationSession.cpp" line="284"/>
        <source>Save the step&apos;s view</source>
        <translation>保存环节视图</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationSession.cpp" line="293"/>
        <source>Add decision</source>
        <translation>添加决策事项</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationSession.cpp" line="305"/>
        <source>Change decision</source>
        <translation>修改决策事项</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationSession.cpp" line="312"/>
        <source>Delete decision</source>
        <translation>删除决策事项</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationSession.cpp" line="317"/>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationSession.cpp" line="329"/>
        <source>Change task</source>
        <translation>修改任务</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationSession.cpp" line="341"/>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationSession.cpp" line="348"/>
        <source>Mark task done</source>
        <translation>标记任务已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/ConsultationSession.cpp" line="349"/>
        <source>Open task again</source>
        <translation>重新打开任务</translation>
    </message>
</context>
<context>
    <name>onemap::Consultations</name>
    <message>
        <location filename="../../layers/consultation/Consultations.cpp" line="107"/>
        <source>consultation, %1: longer than %2 characters</source>
        <translation>会商，%1：超过 %2 个字符</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/Consultations.cpp" line="112"/>
        <source>consultation: %1 %2, at most %3 are allowed</source>
        <translation>会商：%1 %2，最多允许 %3</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/Consultations.cpp" line="227"/>
        <source>consultation, field warning_id: no warning with id %1</source>
        <translation>会商，字段 warning_id：没有编号为 %1 的预警</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/Consultations.cpp" line="251"/>
        <source>step %1 title</source>
        <translation>第 %1 步标题</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/Consultations.cpp" line="253"/>
        <source>step %1 notes or view</source>
        <translation>第 %1 步讲稿或视图</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/Consultations.cpp" line="255"/>
        <source>consultation, step %1: the snapshot is larger than %2 MB</source>
        <translation>会商第 %1 步：快照超过 %2 MB</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/Consultations.cpp" line="257"/>
        <source>consultation, step %1: %2</source>
        <translation>会商第 %1 步：%2</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/Consultations.cpp" line="259"/>
        <source>step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/Consultations.cpp" line="265"/>
        <source>plot %1: step %2 does not exist</source>
        <translation>标绘 %1：第 %2 步不存在</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/Consultations.cpp" line="267"/>
        <source>plot %1 label or style</source>
        <translation>标绘 %1 的文字或样式</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/Consultations.cpp" line="269"/>
        <source>plot %1 geometry</source>
        <translation>标绘 %1 的几何</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/Consultations.cpp" line="271"/>
        <source>plot %1: %2</source>
        <translation>标绘 %1：%2</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/Consultations.cpp" line="277"/>
        <source>plot %1 (%2): &quot;%3&quot; is not a valid %4</source>
        <translation>标绘 %1（%2）：“%3”不是有效的 %4</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/Consultations.cpp" line="285"/>
        <source>decision %1</source>
        <translation>决策 %1</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/Consultations.cpp" line="287"/>
        <source>decision %1: %2</source>
        <translation>决策 %1：%2</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/Consultations.cpp" line="294"/>
        <source>task %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/Consultations.cpp" line="296"/>
        <source>task %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/Consultations.cpp" line="298"/>
        <source>task %1: a done task needs the time it was done, an open one none</source>
        <translation>任务 %1：已完成的任务须有完成时间，未完成的不应有</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/Consultations.cpp" line="357"/>
        <source>consultation_steps, snapshot of step %1: %2</source>
        <translation>consultation_steps，第 %1 步快照：%2</translation>
    </message>
</context>
<context>
    <name>onemap::DailyReportPdf</name>
    <message>
        <location filename="../../desktop/export/statistics/DailyReportPdf.cpp" line="92"/>
        <source>%1 Daily Statistics of the Seven Situations (%2)</source>
        <translation>%1七情每日统计表（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/statistics/DailyReportPdf.cpp" line="98"/>
        <source>Report date: %1    Statistic set: %2    Townships reporting: %3 of %4    Values: %5</source>
        <translation>填报日期：%1    统计类别：%2    已报送乡镇：%3/%4    填报数值：%5 项</translation>
    </message>
    <message>
        <location filename="../../desktop/export/statistics/DailyReportPdf.cpp" line="103"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../desktop/export/statistics/DailyReportPdf.cpp" line="105"/>
        <source>County disaster prevention, mitigation and relief office · printed %1</source>
        <translation>县防灾减灾救灾委员会办公室 · 打印于 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/export/statistics/DailyReportPdf.cpp" line="144"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/export/statistics/DailyReportPdf.cpp" line="218"/>
        <location filename="../../desktop/export/statistics/DailyReportPdf.cpp" line="254"/>
        <location filename="../../desktop/export/statistics/DailyReportPdf.cpp" line="258"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/export/statistics/DailyReportPdf.cpp" line="233"/>
        <source>County total</source>
        <translation>全县合计</translation>
    </message>
    <message>
        <location filename="../../desktop/export/statistics/DailyReportPdf.cpp" line="244"/>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/export/statistics/DailyReportPdf.cpp" line="248"/>
        <source>Filled in by: ______________    Checked by: ______________    Signed off by: ______________</source>
        <translation>填表人：______________    审核人：______________    签发人：______________</translation>
    </message>
</context>
<context>
    <name>onemap::DailyStatsDock</name>
    <message>
        <location filename="../../desktop/statistics/DailyStatsDock.cpp" line="50"/>
        <location filename="../../desktop/statistics/DailyStatsDock.cpp" line="57"/>
        <source>Daily statistics (seven situations)</source>
        <translation>每日统计（七情）</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsDock.cpp" line="90"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsDock.cpp" line="103"/>
        <source>Copy yesterday</source>
        <translation>沿用昨日数据</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsDock.cpp" line="103"/>
        <source>Fill the empty cells with the day before&apos;s values; entered values stay.</source>
        <translation>用前一天的数值填充空白单元格；已填写的数值保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsDock.cpp" line="104"/>
        <source>Accept suggestions</source>
        <translation>采用建议值</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsDock.cpp" line="104"/>
        <source>Fill the empty cells with the values the store derives (grey); entered values stay.</source>
        <translation>用态势库推算的数值（灰色）填充空白单元格；已填写的数值保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsDock.cpp" line="105"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsDock.cpp" line="107"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsDock.cpp" line="116"/>
        <source>Export...</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsDock.cpp" line="116"/>
        <source>Write the day&apos;s report as PDF, CSV or Excel.</source>
        <translation>将当日报表导出为 PDF、CSV 或 Excel 文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsDock.cpp" line="134"/>
        <source>Use the suggested value</source>
        <translation>采用建议值</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsDock.cpp" line="136"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsDock.cpp" line="145"/>
        <source>Clear %1 values</source>
        <translation>清除 %1 个数值</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsDock.cpp" line="174"/>
        <source>%1 of %2 townships reported, %3 values; %4 suggestion(s) waiting (grey italics).</source>
        <translation>已报送乡镇 %1/%2 个，共 %3 个数值；另有 %4 个建议值待采用（灰色斜体）。</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsDock.cpp" line="191"/>
        <source>The store refused the change.</source>
        <translation>态势库拒绝了此次修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsDock.cpp" line="210"/>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsDock.cpp" line="218"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsDock.cpp" line="224"/>
        <source>Copy %1 values from the day before</source>
        <translation>从前一天复制 %1 个数值</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsDock.cpp" line="230"/>
        <source>Accept %1 suggested values</source>
        <translation>采用 %1 个建议值</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsDock.cpp" line="246"/>
        <source>Use %1 suggested values</source>
        <translation>采用 %1 个建议值</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsDock.cpp" line="273"/>
        <source>%1: the report is written as .pdf, .csv or .xlsx</source>
        <translation>%1：报表只能导出为 .pdf、.csv 或 .xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsDock.cpp" line="281"/>
        <source>Export daily statistics</source>
        <translation>导出每日统计</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsDock.cpp" line="282"/>
        <source>PDF report (*.pdf);;CSV table (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>PDF 报表 (*.pdf);;CSV 表格 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsModel.cpp" line="68"/>
        <source>Accepted from the store&apos;s suggestion.</source>
        <translation>采用自态势库的建议值。</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsModel.cpp" line="70"/>
        <source>Copied from the day before.</source>
        <translation>复制自前一天。</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsModel.cpp" line="72"/>
        <source>Suggested %1: %2</source>
        <translation>建议值 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsModel.cpp" line="74"/>
        <source>Not entered yet: type a value or accept the suggestions.</source>
        <translation>尚未填写：请输入数值或采用建议值。</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsModel.cpp" line="76"/>
        <source>County: the largest township value.</source>
        <translation>全县：取各乡镇的最大值。</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsModel.cpp" line="77"/>
        <source>County: the sum of the townships.</source>
        <translation>全县：各乡镇之和。</translation>
    </message>
    <message>
        <location filename="../../desktop/statistics/DailyStatsModel.cpp" line="93"/>
        <source>County total</source>
        <translation>全县合计</translation>
    </message>
</context>
<context>
    <name>onemap::DangerCommand</name>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="65"/>
        <source>--date must be a date like 2025-06-30, not %1</source>
        <translation>--date 须为形如 2025-06-30 的日期，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="78"/>
        <source>danger advance needs --code, --to and --actor</source>
        <translation>danger advance 需要 --code、--to 和 --actor</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="86"/>
        <source>%1: --deadline must be a date like 2025-09-30, not %2</source>
        <translation>%1：--deadline 须为形如 2025-09-30 的日期，而不是 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="91"/>
        <source>%1: --at must be a time like 2025-07-01T09:30:00, not %2</source>
        <translation>%1：--at 须为形如 2025-07-01T09:30:00 的时间，而不是 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="98"/>
        <source>%1: %2 at %3 by %4 (step %5 of its history)</source>
        <translation>%1：%4 于 %3 办理“%2”（该隐患第 %5 步）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="115"/>
        <source>--format must be table or csv, not %1</source>
        <translation>--format 须为 table 或 csv，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="136"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="136"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="136"/>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="171"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="136"/>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="171"/>
        <source>Hazard type</source>
        <translation>隐患类型</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="136"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="136"/>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="137"/>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="137"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="137"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="141"/>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="143"/>
        <source>supervised</source>
        <translation>督办</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli/DangerCommand.cpp" line="148"/>
        <source>%n hidden danger(s)</source>
        <translation>
            <numerusform>共 %n 处隐患</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="170"/>
        <source>Hidden-danger closed loop on %1</source>
        <translation>隐患闭环情况（截至 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="171"/>
        <source>Found</source>
        <translation>排查总数</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="171"/>
        <source>Not assigned</source>
        <translation>未交办</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="171"/>
        <source>In rectification</source>
        <translation>正在整改</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="172"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="172"/>
        <source>Signed off</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="172"/>
        <source>Supervised</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="174"/>
        <source>(no village code)</source>
        <translation>（无村代码）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="178"/>
        <source>subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="181"/>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="182"/>
        <source>County</source>
        <translation>全县</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="182"/>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="185"/>
        <source>found %1, signed off %2, in rectification %3 (overdue %4), not yet assigned %5, supervised %6</source>
        <translation>排查 %1 处，已销号 %2 处，正在整改 %3 处（逾期 %4 处），尚未交办 %5 处，挂牌督办 %6 处</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="196"/>
        <source>The hidden-danger closed loop: advance a danger one step, list the ledger, summarise per township.</source>
        <translation>隐患闭环管理：将隐患推进一步、列出台账、按乡镇汇总。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="198"/>
        <source>the verb</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="199"/>
        <source>advance, list or summary</source>
        <translation>advance（推进）、list（列表）或 summary（汇总）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="200"/>
        <source>Situation store.</source>
        <translation>态势库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="200"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="201"/>
        <source>advance: hidden-danger code.</source>
        <translation>advance：隐患编码。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="201"/>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="210"/>
        <source>CODE</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="202"/>
        <source>advance: step (identified, assigned, rectifying, checked, signed_off, reopened).</source>
        <translation>advance：步骤（identified 已排查、assigned 已交办、rectifying 整改中、checked 已验收、signed_off 已销号、reopened 重启整改）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="202"/>
        <source>STEP</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="203"/>
        <source>advance: who takes the step.</source>
        <translation>advance：经办人。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="203"/>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="204"/>
        <source>advance: note on the step.</source>
        <translation>advance：本步骤备注。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="204"/>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="205"/>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="206"/>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="207"/>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="205"/>
        <source>advance: responsible unit (assigned).</source>
        <translation>advance：责任单位（assigned 时填写）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="206"/>
        <source>advance: responsible person (assigned).</source>
        <translation>advance：责任人（assigned 时填写）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="207"/>
        <source>advance: rectification measure (assigned).</source>
        <translation>advance：整改措施（assigned 时填写）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="208"/>
        <source>advance: deadline (assigned; optional on reopened).</source>
        <translation>advance：整改期限（assigned 时填写；reopened 时可选）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="208"/>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="216"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="209"/>
        <source>advance: when (default now).</source>
        <translation>advance：办理时间（默认为当前时间）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="209"/>
        <source>ISO-TIME</source>
        <translation>ISO时间</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="210"/>
        <source>list: 12-digit township code.</source>
        <translation>list：12 位乡镇代码。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="211"/>
        <source>list: hazard type code.</source>
        <translation>list：隐患类型代码。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="211"/>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="212"/>
        <source>list: status code.</source>
        <translation>list：状态代码。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="212"/>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="213"/>
        <source>list: only overdue dangers.</source>
        <translation>list：仅列出逾期隐患。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="214"/>
        <source>list: only dangers listed for supervision.</source>
        <translation>list：仅列出挂牌督办的隐患。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="215"/>
        <source>list: table (default) or csv.</source>
        <translation>list：table 表格（默认）或 csv。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="215"/>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="216"/>
        <source>list, summary: judge overdue on this day (default today).</source>
        <translation>list、summary：以该日判定是否逾期（默认为今天）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="222"/>
        <source>danger needs an action: advance, list or summary</source>
        <translation>danger 命令需要指定操作：advance、list 或 summary</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/DangerCommand.cpp" line="225"/>
        <source>unknown danger action %1 (try: onemap danger advance|list|summary)</source>
        <translation>未知的 danger 操作 %1（可用：onemap danger advance|list|summary）</translation>
    </message>
</context>
<context>
    <name>onemap::DangerLoop</name>
    <message>
        <location filename="../../layers/danger_loop/DangerLoop.cpp" line="19"/>
        <source>(no history)</source>
        <translation>（无记录）</translation>
    </message>
    <message>
        <location filename="../../layers/danger_loop/DangerLoop.cpp" line="25"/>
        <source>no hidden danger with code %1</source>
        <translation>没有编码为 %1 的隐患</translation>
    </message>
    <message>
        <location filename="../../layers/danger_loop/DangerLoop.cpp" line="54"/>
        <source>%1: step assigned needs %2</source>
        <translation>%1：assigned（已交办）步骤须填写 %2</translation>
    </message>
    <message>
        <location filename="../../layers/danger_loop/DangerLoop.cpp" line="56"/>
        <source>%1: deadline %2 is before the assignment date %3</source>
        <translation>%1：整改期限 %2 早于交办日期 %3</translation>
    </message>
    <message>
        <location filename="../../layers/danger_loop/DangerLoop.cpp" line="82"/>
        <source>%1: cannot go from %2 to %3 (next: %4)</source>
        <translation>%1：不能从 %2 转到 %3（下一步可为：%4）</translation>
    </message>
    <message>
        <location filename="../../layers/danger_loop/DangerLoop.cpp" line="84"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../layers/danger_loop/DangerLoop.cpp" line="88"/>
        <source>%1: step %2 at %3 is before the last step at %4</source>
        <translation>%1：步骤 %2 的时间 %3 早于上一步骤的时间 %4</translation>
    </message>
    <message>
        <location filename="../../layers/danger_loop/DangerLoop.cpp" line="94"/>
        <source>%1: new deadline %2 is before the reopening date %3</source>
        <translation>%1：新的整改期限 %2 早于重启整改日期 %3</translation>
    </message>
    <message>
        <location filename="../../layers/danger_loop/DangerLoop.cpp" line="97"/>
        <source>%1: unit, person, measure and deadline go with step assigned or reopened, not %2</source>
        <translation>%1：责任单位、责任人、整改措施和整改期限只能在 assigned（已交办）或 reopened（重启整改）步骤填写，不能用于 %2</translation>
    </message>
    <message>
        <location filename="../../layers/danger_loop/DangerLoop.cpp" line="127"/>
        <source>%1: cannot record step %2: %3</source>
        <translation>%1：无法记录步骤 %2：%3</translation>
    </message>
    <message>
        <location filename="../../layers/danger_loop/DangerLoop.cpp" line="163"/>
        <source>a hidden-danger code is required</source>
        <translation>必须提供隐患编码</translation>
    </message>
    <message>
        <location filename="../../layers/danger_loop/DangerLoop.cpp" line="165"/>
        <source>%1: unknown step %2 (steps: %3)</source>
        <translation>%1：未知步骤 %2（可用步骤：%3）</translation>
    </message>
    <message>
        <location filename="../../layers/danger_loop/DangerLoop.cpp" line="167"/>
        <source>%1: step %2 needs an actor</source>
        <translation>%1：步骤 %2 须填写经办人</translation>
    </message>
    <message>
        <location filename="../../layers/danger_loop/DangerQueries.cpp" line="43"/>
        <source>township code %1 must have 12 digits ending in 000</source>
        <translation>乡镇代码 %1 须为以 000 结尾的 12 位数字</translation>
    </message>
    <message>
        <location filename="../../layers/danger_loop/DangerQueries.cpp" line="49"/>
        <source>unknown hazard type %1 (types: %2)</source>
        <translation>未知隐患类型 %1（可用类型：%2）</translation>
    </message>
    <message>
        <location filename="../../layers/danger_loop/DangerQueries.cpp" line="55"/>
        <source>unknown status %1 (statuses: %2)</source>
        <translation>未知状态 %1（可用状态：%2）</translation>
    </message>
    <message>
        <location filename="../../layers/danger_loop/DangerQueries.cpp" line="90"/>
        <source>cannot list hidden dangers in %1: %2</source>
        <translation>无法列出 %1 中的隐患：%2</translation>
    </message>
    <message>
        <location filename="../../layers/danger_loop/DangerQueries.cpp" line="135"/>
        <source>cannot summarise hidden dangers in %1: %2</source>
        <translation>无法汇总 %1 中的隐患：%2</translation>
    </message>
</context>
<context>
    <name>onemap::DangerStepDialog</name>
    <message>
        <location filename="../../desktop/ledger/DangerStepDialog.cpp" line="41"/>
        <source>Advance hidden danger %1</source>
        <translation>推进隐患 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerStepDialog.cpp" line="46"/>
        <source>no hidden danger with code %1</source>
        <translation>没有编码为 %1 的隐患</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerStepDialog.cpp" line="50"/>
        <source>%1: the closed loop has no further step</source>
        <translation>%1：闭环流程已无后续环节</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerStepDialog.cpp" line="63"/>
        <source>deadline %1</source>
        <translation>整改期限 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerStepDialog.cpp" line="65"/>
        <source>listed for supervision</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerStepDialog.cpp" line="68"/>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerStepDialog.cpp" line="75"/>
        <source>Next step *</source>
        <translation>下一环节 *</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerStepDialog.cpp" line="78"/>
        <source>who did it</source>
        <translation>经办人姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerStepDialog.cpp" line="79"/>
        <source>Actor *</source>
        <translation>经办人 *</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerStepDialog.cpp" line="82"/>
        <source>what was done or found</source>
        <translation>办理情况或发现的问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerStepDialog.cpp" line="85"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerStepDialog.cpp" line="87"/>
        <source>Responsibility</source>
        <translation>整改责任</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerStepDialog.cpp" line="104"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerStepDialog.cpp" line="118"/>
        <source>Record step</source>
        <translation>记录环节</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerStepDialog.cpp" line="151"/>
        <source>Responsibility (required)</source>
        <translation>整改责任（必填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerStepDialog.cpp" line="152"/>
        <source>Who rectifies it, how, and by when.</source>
        <translation>由谁整改、如何整改、何时完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerStepDialog.cpp" line="160"/>
        <source>Responsibility (optional)</source>
        <translation>整改责任（选填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerStepDialog.cpp" line="161"/>
        <source>Leave empty to keep the current unit, person and measure; a new deadline may be set.</source>
        <translation>留空则沿用当前的责任单位、责任人和整改措施；可重新设定整改期限。</translation>
    </message>
</context>
<context>
    <name>onemap::DangerStepsTable</name>
    <message>
        <location filename="../../desktop/ledger/LedgerHistoryDialog.cpp" line="81"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerHistoryDialog.cpp" line="81"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerHistoryDialog.cpp" line="82"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerHistoryDialog.cpp" line="82"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>onemap::DangerSummaryPanel</name>
    <message>
        <location filename="../../desktop/ledger/DangerSummaryPanel.cpp" line="30"/>
        <source>On</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerSummaryPanel.cpp" line="35"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerSummaryPanel.cpp" line="56"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerSummaryPanel.cpp" line="56"/>
        <source>Hazard type</source>
        <translation>隐患类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerSummaryPanel.cpp" line="56"/>
        <source>Found</source>
        <translation>排查总数</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerSummaryPanel.cpp" line="56"/>
        <source>Pending</source>
        <translation>未交办</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerSummaryPanel.cpp" line="56"/>
        <source>In rectification</source>
        <translation>正在整改</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerSummaryPanel.cpp" line="56"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerSummaryPanel.cpp" line="57"/>
        <source>Signed off</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerSummaryPanel.cpp" line="57"/>
        <source>Supervised</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerSummaryPanel.cpp" line="60"/>
        <source>Double-click a township to show its hidden dangers in the ledger (its overdue ones from the Overdue column).</source>
        <translation>双击乡镇可在台账中显示该乡镇的隐患（在“逾期”列双击则只显示逾期隐患）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerSummaryPanel.cpp" line="81"/>
        <source>%1 hidden dangers found, %2 signed off, %3 in rectification, %4 overdue, %5 listed for supervision</source>
        <translation>排查隐患 %1 处，已销号 %2 处，正在整改 %3 处，逾期 %4 处，挂牌督办 %5 处</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerSummaryPanel.cpp" line="126"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/DangerSummaryPanel.cpp" line="139"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>onemap::DecisionsModel</name>
    <message>
        <location filename="../../desktop/consult/record/DecisionsModel.cpp" line="42"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/DecisionsModel.cpp" line="66"/>
        <source>Decision %1: the text is empty; delete the decision instead.</source>
        <translation>决策事项 %1：内容为空；如不需要，请删除该决策事项。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/DecisionsModel.cpp" line="70"/>
        <source>Decision %1: longer than %2 characters.</source>
        <translation>决策事项 %1：超过 %2 个字符。</translation>
    </message>
</context>
<context>
    <name>onemap::DroughtPlugin</name>
    <message>
        <location filename="../../plugins/drought/DrinkingWaterModel.cpp" line="67"/>
        <source>light drought</source>
        <translation>轻度干旱</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DrinkingWaterModel.cpp" line="68"/>
        <source>moderate drought</source>
        <translation>中度干旱</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DrinkingWaterModel.cpp" line="69"/>
        <source>severe drought</source>
        <translation>严重干旱</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DrinkingWaterModel.cpp" line="70"/>
        <source>extreme drought</source>
        <translation>特大干旱</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DrinkingWaterModel.cpp" line="73"/>
        <source>no drought</source>
        <translation>无旱</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="38"/>
        <source>Drought level assessment</source>
        <translation>旱情等级评定</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="42"/>
        <source>Township code</source>
        <translation>乡镇代码</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="47"/>
        <location filename="../../plugins/drought/DroughtRule.cpp" line="99"/>
        <source>Drought level</source>
        <translation>旱情等级</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="55"/>
        <source>Assessed on</source>
        <translation>评定日期</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="60"/>
        <source>Basis</source>
        <translation>评定依据</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="63"/>
        <location filename="../../plugins/drought/DroughtPlugin.cpp" line="36"/>
        <source>People short of drinking water</source>
        <translation>因旱饮水困难人数</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="64"/>
        <source>Crops affected</source>
        <translation>农作物受旱</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="65"/>
        <source>Meteorological drought index</source>
        <translation>气象干旱指数</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="70"/>
        <source>Share affected</source>
        <translation>受影响比例</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="80"/>
        <source>Assessed by</source>
        <translation>评定单位</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="91"/>
        <source>admin_code: &quot;%1&quot; is not a 12-digit admin code</source>
        <translation>admin_code：“%1”不是 12 位行政区划代码</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="96"/>
        <source>admin_code: %1 is not a township of this county</source>
        <translation>admin_code：%1 不是本县的乡镇</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="100"/>
        <source>level: &quot;%1&quot; is not one of light, moderate, severe, extreme</source>
        <translation>level：“%1”不是 light、moderate、severe、extreme 之一</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="107"/>
        <source>assessed_on: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>assessed_on：“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="111"/>
        <source>basis: &quot;%1&quot; is not one of %2</source>
        <translation>basis：“%1”不是 %2 之一</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="119"/>
        <source>indicator: %1 is outside 0..100 %</source>
        <translation>indicator：%1 超出 0～100% 范围</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="124"/>
        <source>source: who assessed the level is required</source>
        <translation>source：必须填写旱情等级的评定单位</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="126"/>
        <source>source: longer than 200 characters</source>
        <translation>source：超过 200 个字符</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="137"/>
        <source>assessed_on: %1 already has a %2 assessment on %3</source>
        <translation>assessed_on：%1 在 %3 已有一条依据为 %2 的评定</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="153"/>
        <source>assessment %1 not found</source>
        <translation>未找到评定记录 %1</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="174"/>
        <source>Drinking water in %1</source>
        <translation>%1饮水情况</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="175"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="176"/>
        <location filename="../../plugins/drought/DroughtRule.cpp" line="98"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="177"/>
        <location filename="../../plugins/drought/DroughtRule.cpp" line="99"/>
        <source>People short</source>
        <translation>饮水困难人数</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="178"/>
        <source>L per person a day</source>
        <translation>人均日供水量（L）</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="179"/>
        <location filename="../../plugins/drought/DroughtRule.cpp" line="99"/>
        <source>Shortfall (m3/day)</source>
        <translation>日缺水量（m3）</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="197"/>
        <source>%1 of %2 people short of drinking water, %3 m3 a day short</source>
        <translation>%2 人中有 %1 人饮水困难，日缺水 %3 m3</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="203"/>
        <location filename="../../plugins/drought/DroughtRule.cpp" line="102"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtAssessments.cpp" line="206"/>
        <source>%1, %2 on %3: %4 of %5 people short of drinking water, %6 m3 a day short</source>
        <translation>%1，%3 评定为%2：%5 人中有 %4 人饮水困难，日缺水 %6 m3</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtLayerStyles.cpp" line="59"/>
        <source>Reservoir</source>
        <translation>水库</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtLayerStyles.cpp" line="60"/>
        <source>Pond</source>
        <translation>山塘</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtLayerStyles.cpp" line="61"/>
        <source>Well</source>
        <translation>水井</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtLayerStyles.cpp" line="62"/>
        <source>Spring</source>
        <translation>泉水</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtLayerStyles.cpp" line="63"/>
        <source>River intake</source>
        <translation>河道取水口</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtLayerStyles.cpp" line="73"/>
        <source>Drinking-water sources</source>
        <translation>饮用水水源</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtLayerStyles.cpp" line="75"/>
        <source>Drought levels</source>
        <translation>旱情等级</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtPlugin.cpp" line="37"/>
        <source>Large livestock short of drinking water</source>
        <translation>因旱饮水困难大牲畜</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtPlugin.cpp" line="38"/>
        <source>Crop area affected by drought (ha)</source>
        <translation>农作物受旱面积（ha）</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtPlugin.cpp" line="39"/>
        <source>Water delivered (m3)</source>
        <translation>送水量（m3）</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtPlugin.cpp" line="40"/>
        <source>Water delivery trips</source>
        <translation>送水车次</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtPlugin.cpp" line="41"/>
        <source>Emergency wells dug</source>
        <translation>新打应急水井</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtPlugin.cpp" line="42"/>
        <source>Emergency water sources opened</source>
        <translation>新启用应急水源</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtPlugin.cpp" line="43"/>
        <source>People given emergency water</source>
        <translation>应急供水受益人数</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtPlugin.cpp" line="54"/>
        <location filename="../../plugins/drought/DroughtPlugin.cpp" line="64"/>
        <source>kind: unknown event kind &quot;%1&quot;</source>
        <translation>kind：未知事件类型“%1”</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtRule.cpp" line="38"/>
        <source>%1 of %2 people short of drinking water: %3 L per person a day from %4 water source(s) against the %5 L norm, %6 m3 a day short</source>
        <translation>%2 人中有 %1 人饮水困难：%4 处水源人均日供水 %3 L，低于 %5 L 的标准，日缺水 %6 m3</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtRule.cpp" line="48"/>
        <source>; below even the %1 L hardship minimum</source>
        <translation>；甚至低于 %1 L 的最低生活保障标准</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtRule.cpp" line="97"/>
        <source>Drinking water in the drought</source>
        <translation>旱情饮水情况</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtRule.cpp" line="98"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtRule.cpp" line="98"/>
        <source>Villages</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtRule.cpp" line="98"/>
        <source>Villages short</source>
        <translation>饮水困难村（社区）</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtRule.cpp" line="99"/>
        <source>Share short (%)</source>
        <translation>饮水困难人口占比（%）</translation>
    </message>
    <message>
        <location filename="../../plugins/drought/DroughtRule.cpp" line="103"/>
        <source>%1 people in %2 villages short of drinking water (norm %3 L per person a day), %4 m3 a day to be delivered or drawn from emergency sources</source>
        <translation>%2 个村（社区）%1 人饮水困难（标准为人均日供水 %3 L），每日需送水或从应急水源取水 %4 m3</translation>
    </message>
</context>
<context>
    <name>onemap::EarthquakePlugin</name>
    <message>
        <location filename="../../plugins/earthquake/EarthquakePlugin.cpp" line="33"/>
        <source>Earthquake deaths</source>
        <translation>地震死亡人数</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakePlugin.cpp" line="34"/>
        <source>Earthquake injured</source>
        <translation>地震受伤人数</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakePlugin.cpp" line="35"/>
        <source>Houses damaged</source>
        <translation>房屋损坏数</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakePlugin.cpp" line="36"/>
        <source>People resettled</source>
        <translation>紧急安置人数</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakePlugin.cpp" line="55"/>
        <source>Earthquake epicentres</source>
        <translation>地震震中</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakeRule.cpp" line="37"/>
        <source>intensity %1 ring, %2 people</source>
        <translation>%1度烈度圈内，%2 人</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakeRule.cpp" line="63"/>
        <source>Earthquake intensity rings</source>
        <translation>地震烈度圈</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakeRule.cpp" line="64"/>
        <source>Intensity</source>
        <translation>烈度</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakeRule.cpp" line="65"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakeRule.cpp" line="66"/>
        <source>Villages</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakeRule.cpp" line="67"/>
        <source>People</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakeRule.cpp" line="68"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakeRule.cpp" line="76"/>
        <source>M%1 at %2: %3 people in %4 households in intensity VI or more</source>
        <translation>%2 发生 %1 级地震：Ⅵ度及以上区域内 %4 户、%3 人</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakeEvents.cpp" line="37"/>
        <location filename="../../plugins/earthquake/EarthquakeEvents.cpp" line="103"/>
        <source>a value is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakeEvents.cpp" line="43"/>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakeEvents.cpp" line="47"/>
        <source>%1 is outside %2..%3 %4</source>
        <translation>%1 超出 %2..%3 %4 的范围</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakeEvents.cpp" line="64"/>
        <source>Earthquake</source>
        <translation>地震</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakeEvents.cpp" line="65"/>
        <source>Epicentre longitude</source>
        <translation>震中经度</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakeEvents.cpp" line="66"/>
        <source>Epicentre latitude</source>
        <translation>震中纬度</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakeEvents.cpp" line="67"/>
        <source>Magnitude</source>
        <translation>震级</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakeEvents.cpp" line="68"/>
        <source>Focal depth</source>
        <translation>震源深度</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakeEvents.cpp" line="71"/>
        <source>Origin time</source>
        <translation>发震时刻</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakeEvents.cpp" line="76"/>
        <source>Place</source>
        <translation>参考地点</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakeEvents.cpp" line="91"/>
        <location filename="../../plugins/earthquake/EarthquakeEvents.cpp" line="123"/>
        <source>unknown event kind %1</source>
        <translation>未知事件类型 %1</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakeEvents.cpp" line="100"/>
        <source>%1 is not a date and time (YYYY-MM-DDTHH:MM)</source>
        <translation>%1 不是日期时间（YYYY-MM-DDTHH:MM）</translation>
    </message>
    <message>
        <location filename="../../plugins/earthquake/EarthquakeEvents.cpp" line="105"/>
        <source>longer than 200 characters</source>
        <translation>超过 200 个字符</translation>
    </message>
</context>
<context>
    <name>onemap::EarthquakeRings</name>
    <message>
        <location filename="../../plugins/earthquake/RingsByTownship.cpp" line="42"/>
        <source>cannot read the villages of admin_units: %1</source>
        <translation>无法读取 admin_units 中的村（社区）：%1</translation>
    </message>
</context>
<context>
    <name>onemap::EditHistory</name>
    <message>
        <location filename="../../layers/ledger/EditHistory.cpp" line="108"/>
        <source>%1: row %2 exists again; the delete was not undone</source>
        <translation>%1：编号为 %2 的记录已重新存在，删除操作未撤销</translation>
    </message>
    <message>
        <location filename="../../layers/ledger/EditHistory.cpp" line="119"/>
        <source>%1: row %2 changed since this edit; it was not undone</source>
        <translation>%1：编号为 %2 的记录在此次编辑后已被修改，未撤销</translation>
    </message>
    <message>
        <location filename="../../layers/ledger/EditHistory.cpp" line="128"/>
        <source>nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
</context>
<context>
    <name>onemap::EscalatedDangers</name>
    <message>
        <location filename="../../desktop/map/EscalatedDangers.cpp" line="90"/>
        <source>Escalated (not signed off, inside an orange or red warning)</source>
        <translation>升级关注（橙色、红色预警区域内未销号）</translation>
    </message>
</context>
<context>
    <name>onemap::EvacuationTable</name>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="42"/>
        <source>%1: cannot open the evacuation table: %2</source>
        <translation>%1：无法打开疏散距离表：%2</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="44"/>
        <source>%1: %2 bytes is too large for an evacuation table (at most %3)</source>
        <translation>%1：文件大小 %2 字节，超过疏散距离表的上限（最多 %3 字节）</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="47"/>
        <source>%1: too large for an evacuation table (at most %2 bytes)</source>
        <translation>%1：文件过大，不能作为疏散距离表（最多 %2 字节）</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="59"/>
        <source>%1, row %2, field %3</source>
        <translation>%1，第 %2 行，字段 %3</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="62"/>
        <source>%1: &apos;%2&apos; carries a unit; write the number only, in %3</source>
        <translation>%1：“%2”带有单位；请只填数字，单位为%3</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="62"/>
        <source>metres</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="62"/>
        <source>kilometres</source>
        <translation>千米</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="66"/>
        <source>%1: &apos;%2&apos; is not a distance</source>
        <translation>%1：“%2”不是距离</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="68"/>
        <source>%1: &apos;%2&apos; is a negative distance</source>
        <translation>%1：“%2”是负数距离</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="70"/>
        <source>%1: %2 m is outside %3..%4 m; is it in the wrong unit?</source>
        <translation>%1：%2 m 超出 %3～%4 m 范围；是否填错了单位？</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="72"/>
        <source>%1: %2 km is outside 0..%3 km; is it in the wrong unit?</source>
        <translation>%1：%2 km 超出 0～%3 km 范围；是否填错了单位？</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="85"/>
        <source>%1, row %2, field un: &apos;%3&apos; is not a four-digit UN number</source>
        <translation>%1，第 %2 行，字段 un：“%3”不是四位 UN 编号</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="110"/>
        <source>%1, row %2: column %3 must be &apos;%4&apos;</source>
        <translation>%1，第 %2 行：第 %3 列须为“%4”</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="115"/>
        <source>%1, row %2: expected %3 fields, found %4</source>
        <translation>%1，第 %2 行：应有 %3 个字段，实际为 %4 个</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="120"/>
        <source>%1: no header row (expected &apos;%2,...&apos;)</source>
        <translation>%1：缺少表头行（应为“%2,...”）</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="201"/>
        <source>%1, row %2, field name_zh: the substance needs a name</source>
        <translation>%1，第 %2 行，字段 name_zh：须填写物质名称</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="207"/>
        <source>%1, row %2, field large_isolation_m: &apos;table3&apos; must stand in all three large-spill fields or none</source>
        <translation>%1，第 %2 行，字段 large_isolation_m：“table3”须同时填在三个大量泄漏字段中，或都不填</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="216"/>
        <source>%1, row %2, field %3: an isolation radius has no &apos;+&apos;</source>
        <translation>%1，第 %2 行，字段 %3：初始隔离半径不能带“+”</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="222"/>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="318"/>
        <source>%1, row %2, field source: say which edition and page the distances come from</source>
        <translation>%1，第 %2 行，字段 source：请注明距离数据出自哪一版、哪一页</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="224"/>
        <source>%1, row %2, field un: UN%3 is listed twice</source>
        <translation>%1，第 %2 行，字段 un：UN%3 重复出现</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="275"/>
        <source>no evacuation distances for &apos;%1&apos; in the loaded table</source>
        <translation>已加载的表中没有“%1”的疏散距离</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="285"/>
        <source>UN%1 large spills: the guidebook refers to Table 3 (give the container and the wind speed)</source>
        <translation>UN%1 大量泄漏：《应急响应指南》(ERG) 规定查表 3（请指定容器和风速）</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="305"/>
        <source>%1, row %2, field container: &apos;%3&apos; is not a Table 3 container</source>
        <translation>%1，第 %2 行，字段 container：“%3”不是表 3 中的容器类型</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="311"/>
        <source>%1, row %2, field isolation_m: an isolation radius has no &apos;+&apos;</source>
        <translation>%1，第 %2 行，字段 isolation_m：初始隔离半径不能带“+”</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="321"/>
        <source>%1, row %2, field container: UN%3 %4 is listed twice</source>
        <translation>%1，第 %2 行，字段 container：UN%3 %4 重复出现</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="344"/>
        <source>container: UN%1 has no Table 3 row for &apos;%2&apos; (listed: %3)</source>
        <translation>container：表 3 中没有 UN%1 的“%2”行（已列：%3）</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="357"/>
        <source>people inside: the spill point and radius must be numbers (radius %1 m)</source>
        <translation>范围内人口：泄漏点和半径须为数字（半径 %1 米）</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="367"/>
        <source>people inside: cannot read the villages of admin_units: %1</source>
        <translation>范围内人口：无法读取 admin_units 中的村（社区）：%1</translation>
    </message>
</context>
<context>
    <name>onemap::EventCommand</name>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="31"/>
        <source>Records an event through a hazard plugin (or takes a stored one with --id) and shows its impact: the plugin&apos;s section, the objects threatened and the response checklists.</source>
        <translation>通过灾种插件记录一个事件（或用 --id 取已存事件），并给出其影响：插件的分析表、受威胁对象和响应工作清单。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="34"/>
        <source>the verb</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="35"/>
        <source>Situation store.</source>
        <translation>态势库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="35"/>
        <location filename="../../desktop/cli/EventCommand.cpp" line="41"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="36"/>
        <source>Id of the hazard plugin, e.g. earthquake.</source>
        <translation>灾种插件标识，例如 earthquake。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="36"/>
        <source>ID</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="37"/>
        <source>Kind of event the plugin models, e.g. quake.</source>
        <translation>插件所模拟的事件类型，例如 quake。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="37"/>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="38"/>
        <source>One field of the event, name=value (repeat for each field).</source>
        <translation>事件的一个字段，name=value（每个字段重复一次）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="38"/>
        <source>NAME=VALUE</source>
        <translation>名称=值</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="39"/>
        <source>Re-run the impact of stored event N instead of recording one.</source>
        <translation>重新计算已存事件 N 的影响，而不是记录新事件。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="39"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="40"/>
        <source>Response level of the checklists: I, II, III or IV (default IV).</source>
        <translation>工作清单的响应级别：I、II、III 或 IV（默认 IV）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="40"/>
        <source>LEVEL</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="41"/>
        <source>Write the impact to a .pdf report instead of printing it.</source>
        <translation>把影响分析写成 .pdf 报告，而不是打印输出。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="46"/>
        <source>--%1 is required</source>
        <translation>必须给出 --%1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="48"/>
        <source>give either --value name=value ... (record an event) or --id N (a stored one)</source>
        <translation>请给出 --value name=value ...（记录事件）或 --id N（已存事件）二者之一</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="51"/>
        <source>--level must be I, II, III or IV, not %1</source>
        <translation>--level 须为 I、II、III 或 IV，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="54"/>
        <source>--out must end in .pdf, not %1</source>
        <translation>--out 须以 .pdf 结尾，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="69"/>
        <source>no loaded hazard plugin %1 (loaded: %2)</source>
        <translation>没有已加载的灾种插件 %1（已加载：%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="69"/>
        <location filename="../../desktop/cli/EventCommand.cpp" line="80"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="80"/>
        <source>plugin %1 has no event kind %2 (kinds: %3)</source>
        <translation>插件 %1 没有事件类型 %2（可用类型：%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="89"/>
        <source>--id must be an event id (a positive number), not %1</source>
        <translation>--id 须为事件编号（正整数），而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="100"/>
        <source>--value %1: no field %2 in %3 (fields: %4)</source>
        <translation>--value %1：%3 中没有字段 %2（可用字段：%4）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="113"/>
        <source>event not recorded: %1</source>
        <translation>事件未记录：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="113"/>
        <source>the plugin gave no reason</source>
        <translation>插件未说明原因</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="115"/>
        <source>recorded %1 event %2</source>
        <translation>已记录%1事件 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="126"/>
        <source>wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/EventCommand.cpp" line="131"/>
        <source>Area (WKT, EPSG:4490): %1 characters</source>
        <translation>影响范围（WKT，EPSG:4490）：%1 个字符</translation>
    </message>
</context>
<context>
    <name>onemap::EventForm</name>
    <message>
        <location filename="../../desktop/plugins/EventForm.cpp" line="34"/>
        <source>Record event: %1 — %2</source>
        <translation>记录事件：%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/EventForm.cpp" line="110"/>
        <source>Pick on map</source>
        <translation>地图选点</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/EventForm.cpp" line="127"/>
        <source>Record and assess</source>
        <translation>记录并分析</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/EventForm.cpp" line="192"/>
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/EventForm.cpp" line="192"/>
        <source>the plugin gave no reason</source>
        <translation>插件未说明原因</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/EventForm.cpp" line="228"/>
        <source>Click the place of the event on the map</source>
        <translation>请在地图上点击事件发生地点</translation>
    </message>
</context>
<context>
    <name>onemap::EventImpactWindow</name>
    <message>
        <location filename="../../desktop/plugins/EventImpactWindow.cpp" line="20"/>
        <source>Event impact: %1 — %2 #%3</source>
        <translation>事件影响：%1 — %2 #%3</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/EventImpactWindow.cpp" line="24"/>
        <source>Response level:</source>
        <translation>响应级别：</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/EventImpactWindow.cpp" line="26"/>
        <source>I (red)</source>
        <translation>Ⅰ级（红色）</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/EventImpactWindow.cpp" line="26"/>
        <source>II (orange)</source>
        <translation>Ⅱ级（橙色）</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/EventImpactWindow.cpp" line="27"/>
        <source>III (yellow)</source>
        <translation>Ⅲ级（黄色）</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/EventImpactWindow.cpp" line="27"/>
        <source>IV (blue)</source>
        <translation>Ⅳ级（蓝色）</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/EventImpactWindow.cpp" line="37"/>
        <source>Export PDF...</source>
        <translation>导出 PDF...</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/EventImpactWindow.cpp" line="39"/>
        <source>Export event impact</source>
        <translation>导出事件影响分析</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/EventImpactWindow.cpp" line="39"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>onemap::EventLayer</name>
    <message>
        <location filename="../../desktop/plugins/EventLayer.cpp" line="24"/>
        <source>the event&apos;s area is not a polygon: %1</source>
        <translation>事件影响范围不是面：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/EventLayer.cpp" line="47"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>onemap::EventReport</name>
    <message>
        <location filename="../../desktop/export/impact/EventReport.cpp" line="20"/>
        <source>Sample County</source>
        <translation>示范县</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/EventReport.cpp" line="22"/>
        <location filename="../../desktop/export/impact/EventReport.cpp" line="49"/>
        <source>Event impact analysis</source>
        <translation>事件影响分析</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/EventReport.cpp" line="24"/>
        <source>%1 Emergency Management Bureau, %2</source>
        <translation>%1应急管理局，%2</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/EventReport.cpp" line="26"/>
        <source>Hazard plugin</source>
        <translation>灾种插件</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/EventReport.cpp" line="27"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/EventReport.cpp" line="30"/>
        <source>Response level of the checklists</source>
        <translation>工作清单响应级别</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/EventReport.cpp" line="36"/>
        <source>Shaded, dashed outline: the event&apos;s area as the plugin models it.</source>
        <translation>阴影、虚线范围：插件模拟的事件影响范围。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/EventReport.cpp" line="38"/>
        <source>The plugin gave no area for this event.</source>
        <translation>插件未给出该事件的影响范围。</translation>
    </message>
</context>
<context>
    <name>onemap::ExportCommand</name>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="33"/>
        <source>the verb</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="34"/>
        <source>what to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="35"/>
        <source>Situation store to draw.</source>
        <translation>要出图的态势库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="35"/>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="36"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="31"/>
        <source>Export a map sheet of the county (PDF, PNG or SVG).</source>
        <translation>导出全县图件（PDF、PNG 或 SVG）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="36"/>
        <source>Output file, .pdf, .png or .svg.</source>
        <translation>输出文件：.pdf、.png 或 .svg。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="37"/>
        <source>A4 (default) or A3.</source>
        <translation>A4（默认）或 A3。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="37"/>
        <source>SIZE</source>
        <translation>幅面</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="38"/>
        <source>landscape (default) or portrait.</source>
        <translation>landscape 横向（默认）或 portrait 纵向。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="38"/>
        <source>O</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="39"/>
        <source>Resolution (default 300).</source>
        <translation>分辨率（默认 300）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="39"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="40"/>
        <source>Sheet title.</source>
        <translation>图名。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="40"/>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="41"/>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="42"/>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="43"/>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="41"/>
        <source>Sheet subtitle.</source>
        <translation>图件副标题。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="42"/>
        <source>Issuing unit.</source>
        <translation>制图单位。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="43"/>
        <source>Data-source note.</source>
        <translation>数据来源说明。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="44"/>
        <source>Layout template: A4-landscape, A4-portrait, A3-landscape, A3-portrait, a name in the user&apos;s template folder or a .qpt file (default: from --paper and --orientation).</source>
        <translation>版式模板：A4-landscape、A4-portrait、A3-landscape、A3-portrait、用户模板文件夹中的模板名称或 .qpt 文件（默认：由 --paper 和 --orientation 决定）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="44"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="45"/>
        <source>Write a georeferenced PDF (a GeoPDF with the map&apos;s layers where GDAL can make one).</source>
        <translation>写出带地理参考的 PDF（GDAL 支持时生成含地图图层的 GeoPDF）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="50"/>
        <source>unknown export %1 (try: onemap export map, series, atlas, project or ledger)</source>
        <translation>未知的导出类型 %1（可用：onemap export map、series、atlas、project 或 ledger）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="59"/>
        <source>--dpi must be an integer, not %1</source>
        <translation>--dpi 须为整数，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="75"/>
        <source>wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
</context>
<context>
    <name>onemap::ExportDialog</name>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="84"/>
        <source>Export map…</source>
        <translation>导出地图…</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="95"/>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="174"/>
        <source>Export map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="116"/>
        <source>Current map sheet</source>
        <translation>当前图件</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="117"/>
        <source>Thematic series</source>
        <translation>专题图集</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="118"/>
        <source>Township atlas</source>
        <translation>分乡镇图集</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="119"/>
        <source>QGIS project (.qgz)</source>
        <translation>QGIS 工程 (.qgz)</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="125"/>
        <source>Not available in this build yet</source>
        <translation>此版本尚不可用</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="127"/>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="191"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="133"/>
        <source>%1 portrait</source>
        <translation>%1 纵向</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="134"/>
        <source>%1 landscape</source>
        <translation>%1 横向</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="138"/>
        <source>Template and paper</source>
        <translation>模板和纸张</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="141"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="142"/>
        <source>Georeferenced PDF</source>
        <translation>带地理参考的 PDF (GeoPDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="143"/>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="144"/>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="148"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="152"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="159"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="160"/>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="161"/>
        <source>Issued by</source>
        <translation>制图单位</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="162"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="163"/>
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="166"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="170"/>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="173"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="338"/>
        <source>A QGIS project has no page: it opens in QGIS Desktop with the board&apos;s layers and styles.</source>
        <translation>QGIS 工程没有页面：它将在 QGIS Desktop 中打开，并带有态势板的图层和样式。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="372"/>
        <source>Export of %1 canceled</source>
        <translation>%1 的导出已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="398"/>
        <source>Choose the file to write first.</source>
        <translation>请先选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="400"/>
        <source>%1: the file name must end in .%2 for this format</source>
        <translation>%1：此格式的文件名须以 .%2 结尾</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="403"/>
        <source>cannot write %1: folder missing or not writable</source>
        <translation>无法写入 %1：文件夹不存在或不可写</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="407"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="407"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="434"/>
        <source>This export is not available in this build yet.</source>
        <translation>此版本尚不支持该导出。</translation>
    </message>
</context>
<context>
    <name>onemap::ExportKinds</name>
    <message>
        <location filename="../../desktop/export/dialog/ExportKinds.cpp" line="39"/>
        <source>The board has no situation store open.</source>
        <translation>态势板未打开态势库。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/export/dialog/ExportKinds.cpp" line="74"/>
        <source>Cancelled; %n complete sheet(s) kept.</source>
        <translation>
            <numerusform>已取消；已保留 %n 幅完整图件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onemap::FeatureInfoPanel</name>
    <message>
        <location filename="../../desktop/ui/FeatureInfoPanel.cpp" line="14"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/FeatureInfoPanel.cpp" line="14"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/FeatureInfoPanel.cpp" line="23"/>
        <source>Nothing here</source>
        <translation>此处无要素</translation>
    </message>
</context>
<context>
    <name>onemap::FieldLabels</name>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="16"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="17"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="18"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="19"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="20"/>
        <source>Parent unit code</source>
        <translation>上级区划代码</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="21"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="22"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="23"/>
        <source>Area (km²)</source>
        <translation>面积（平方千米）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="24"/>
        <source>Hazard</source>
        <translation>灾种</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="25"/>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="26"/>
        <source>Exposed population</source>
        <translation>承灾人口</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="27"/>
        <source>Exposed houses</source>
        <translation>承灾房屋</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="28"/>
        <source>Census year</source>
        <translation>普查年份</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="29"/>
        <source>Township code</source>
        <translation>乡镇代码</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="30"/>
        <source>Village code</source>
        <translation>村代码</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="31"/>
        <source>Hazard type</source>
        <translation>隐患类型</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="32"/>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="33"/>
        <source>Threatened people</source>
        <translation>威胁人数</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="34"/>
        <source>Threatened households</source>
        <translation>威胁户数</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="35"/>
        <source>Threatened property (10,000 yuan)</source>
        <translation>威胁财产（万元）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="36"/>
        <location filename="../../desktop/map/FieldLabels.cpp" line="154"/>
        <source>Monitor</source>
        <translation>监测员</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="37"/>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="38"/>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="39"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="40"/>
        <source>Measures</source>
        <translation>防治措施</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="41"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="42"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="43"/>
        <source>Listed for supervision</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="44"/>
        <source>Shelter class</source>
        <translation>场所类别</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="45"/>
        <source>Capacity (people)</source>
        <translation>容纳人数</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="46"/>
        <source>Usable area (m²)</source>
        <translation>有效面积（平方米）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="47"/>
        <source>Supplies</source>
        <translation>物资配备</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="48"/>
        <source>Manager</source>
        <translation>管理人</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="49"/>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="50"/>
        <source>Current occupancy</source>
        <translation>当前安置人数</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="51"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="52"/>
        <source>Specialties</source>
        <translation>专长</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="53"/>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="54"/>
        <source>Equipment</source>
        <translation>装备</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="55"/>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="56"/>
        <source>Base</source>
        <translation>驻地</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="57"/>
        <source>Keeper</source>
        <translation>保管人</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="58"/>
        <source>Depot</source>
        <translation>储备库</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="59"/>
        <source>Item</source>
        <translation>物资</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="60"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="61"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="62"/>
        <source>Latest reading</source>
        <translation>最新读数</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="63"/>
        <source>Reading time</source>
        <translation>读数时间</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="64"/>
        <source>Threshold</source>
        <translation>预警阈值</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="65"/>
        <source>Channel ID</source>
        <translation>通道编号</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="66"/>
        <source>Owner department</source>
        <translation>权属部门</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="67"/>
        <source>Stream address</source>
        <translation>视频流地址</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="68"/>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="69"/>
        <source>Administrative unit code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="70"/>
        <source>Answers for (layer)</source>
        <translation>负责对象（图层）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="71"/>
        <source>Answers for (object ID)</source>
        <translation>负责对象（编号）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="72"/>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="73"/>
        <source>Sender</source>
        <translation>发送方</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="74"/>
        <source>Sent</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="75"/>
        <source>Message type</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="76"/>
        <source>Issuer</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="77"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="78"/>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="79"/>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="80"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="81"/>
        <source>Effective</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="82"/>
        <source>Onset</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="83"/>
        <source>Expires</source>
        <translation>失效时间</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="84"/>
        <source>Road class</source>
        <translation>道路等级</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="85"/>
        <source>Length (m)</source>
        <translation>长度（米）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="86"/>
        <source>Cut off</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="87"/>
        <source>River rank</source>
        <translation>河流等级</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="97"/>
        <source>Landslide</source>
        <translation>滑坡</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="97"/>
        <source>Collapse</source>
        <translation>崩塌</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="97"/>
        <source>Debris flow</source>
        <translation>泥石流</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="98"/>
        <source>Ground subsidence</source>
        <translation>地面塌陷</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="98"/>
        <source>Unstable slope</source>
        <translation>不稳定斜坡</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="98"/>
        <source>Flood-prone point</source>
        <translation>易涝易洪点</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="99"/>
        <source>Waterlogging point</source>
        <translation>内涝点</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="99"/>
        <location filename="../../desktop/map/FieldLabels.cpp" line="144"/>
        <source>Hazardous chemicals</source>
        <translation>危险化学品</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="101"/>
        <source>Identified</source>
        <translation>已排查</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="101"/>
        <source>Assigned</source>
        <translation>已交办</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="101"/>
        <source>Rectifying</source>
        <translation>整改中</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="101"/>
        <source>Checked</source>
        <translation>已验收</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="102"/>
        <source>Signed off</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="104"/>
        <source>Reopened</source>
        <translation>重启整改</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="106"/>
        <source>Small</source>
        <translation>小型</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="106"/>
        <source>Medium</source>
        <translation>中型</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="106"/>
        <source>Large</source>
        <translation>大型</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="106"/>
        <source>Very large</source>
        <translation>特大型</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="108"/>
        <source>Class I</source>
        <translation>Ⅰ类</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="108"/>
        <source>Class II</source>
        <translation>Ⅱ类</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="108"/>
        <source>Class III</source>
        <translation>Ⅲ类</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="108"/>
        <source>Village shelter</source>
        <translation>村级避难场所</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="109"/>
        <source>Temporary point</source>
        <translation>临时避险点</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="111"/>
        <source>Comprehensive</source>
        <translation>综合性</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="111"/>
        <source>Professional</source>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="111"/>
        <source>Social / volunteer</source>
        <translation>社会应急力量</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="112"/>
        <source>Militia</source>
        <translation>民兵</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="112"/>
        <source>Enterprise</source>
        <translation>企业专职</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="114"/>
        <source>Forest firefighting</source>
        <translation>森林火灾扑救</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="114"/>
        <source>Water rescue</source>
        <translation>水域救援</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="115"/>
        <source>Mountain rescue</source>
        <translation>山地救援</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="115"/>
        <source>Collapsed-structure rescue</source>
        <translation>建筑倒塌救援</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="116"/>
        <source>Hazardous-chemical response</source>
        <translation>危化品处置</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="118"/>
        <source>Standby</source>
        <translation>待命</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="118"/>
        <source>Deployed</source>
        <translation>已出动</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="120"/>
        <location filename="../../desktop/map/FieldLabels.cpp" line="123"/>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="120"/>
        <location filename="../../desktop/map/FieldLabels.cpp" line="123"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="120"/>
        <location filename="../../desktop/map/FieldLabels.cpp" line="123"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="120"/>
        <source>Social</source>
        <translation>社会</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="121"/>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="123"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="125"/>
        <source>Automatic weather station</source>
        <translation>自动气象站</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="125"/>
        <source>Rain gauge</source>
        <translation>雨量站</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="125"/>
        <source>River level gauge</source>
        <translation>水位站</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="126"/>
        <source>GNSS displacement</source>
        <translation>GNSS 位移监测</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="126"/>
        <source>Tailings-pond sensor</source>
        <translation>尾矿库监测</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="128"/>
        <source>Annual outlook</source>
        <translation>年度趋势会商</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="128"/>
        <source>Seasonal stage</source>
        <translation>阶段会商</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="129"/>
        <source>Rolling event meeting</source>
        <translation>滚动会商</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="131"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="131"/>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="133"/>
        <source>Blue (IV)</source>
        <translation>蓝色（Ⅳ级）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="133"/>
        <source>Yellow (III)</source>
        <translation>黄色（Ⅲ级）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="133"/>
        <source>Orange (II)</source>
        <translation>橙色（Ⅱ级）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="133"/>
        <source>Red (I)</source>
        <translation>红色（Ⅰ级）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="135"/>
        <source>In force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="135"/>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="135"/>
        <source>Cancelled</source>
        <translation>已解除</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="135"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="137"/>
        <source>72 hours</source>
        <translation>72小时</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="137"/>
        <source>24 hours</source>
        <translation>24小时</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="137"/>
        <source>6 hours</source>
        <translation>6小时</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="138"/>
        <source>2 hours</source>
        <translation>2小时</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="138"/>
        <source>Live</source>
        <translation>实况</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="140"/>
        <source>Issued</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="140"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="140"/>
        <source>Cancellation</source>
        <translation>解除</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="142"/>
        <source>Geological hazard</source>
        <translation>地质灾害</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="142"/>
        <source>Flood</source>
        <translation>洪水</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="142"/>
        <source>Forest fire</source>
        <translation>森林火灾</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="143"/>
        <source>Earthquake</source>
        <translation>地震</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="143"/>
        <source>Drought</source>
        <translation>干旱</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="143"/>
        <source>Snow and freeze</source>
        <translation>雪灾冰冻</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="144"/>
        <source>Rainstorm</source>
        <translation>暴雨</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="145"/>
        <source>Other hazard</source>
        <translation>其他灾种</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="147"/>
        <source>Level 1 (high)</source>
        <translation>一级（高）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="147"/>
        <source>Level 2 (fairly high)</source>
        <translation>二级（较高）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="147"/>
        <source>Level 3 (medium)</source>
        <translation>三级（中）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="147"/>
        <source>Level 4 (low)</source>
        <translation>四级（低）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="149"/>
        <source>National road</source>
        <translation>国道</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="149"/>
        <source>Provincial road</source>
        <translation>省道</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="149"/>
        <source>County road</source>
        <translation>县道</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="150"/>
        <source>Township road</source>
        <translation>乡道</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="150"/>
        <source>Village road</source>
        <translation>村道</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="152"/>
        <source>Disaster responsible person</source>
        <translation>灾害责任人</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="152"/>
        <source>Grid member</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="153"/>
        <source>Disaster information officer</source>
        <translation>灾害信息员</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="153"/>
        <source>Emergency manager</source>
        <translation>应急管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="156"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="156"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="168"/>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="170"/>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="172"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="174"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
</context>
<context>
    <name>onemap::FireSpread</name>
    <message>
        <location filename="../../plugins/forestfire/FireSpread.cpp" line="60"/>
        <source>fire spread: field %1 must be a number of zero or more, got %2</source>
        <translation>林火蔓延：字段 %1 须为不小于零的数，实际为 %2</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireSpread.cpp" line="62"/>
        <source>fire spread: field wind_from_deg must be a number, got %1</source>
        <translation>林火蔓延：字段 wind_from_deg 须为数字，实际为 %1</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireSpread.cpp" line="117"/>
        <source>fire spread: cannot find the places in the burnt area: %1</source>
        <translation>林火蔓延：无法查找过火区内的地点：%1</translation>
    </message>
</context>
<context>
    <name>onemap::FloodPlugin</name>
    <message>
        <location filename="../../plugins/flood/FloodPlugin.cpp" line="30"/>
        <source>Largest point rainfall (mm)</source>
        <translation>最大单点降雨量（mm）</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodPlugin.cpp" line="31"/>
        <source>Rivers over warning level</source>
        <translation>超警戒水位河流</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodPlugin.cpp" line="32"/>
        <location filename="../../plugins/flood/FloodRule.cpp" line="82"/>
        <source>Reservoirs over flood-limit level</source>
        <translation>超汛限水位水库</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodPlugin.cpp" line="33"/>
        <source>Torrent gullies alerted</source>
        <translation>已预警山洪沟</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodPlugin.cpp" line="34"/>
        <source>People transferred from flood zones</source>
        <translation>洪水风险区转移人数</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodPlugin.cpp" line="35"/>
        <source>People in shelters</source>
        <translation>避难场所安置人数</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodRule.cpp" line="19"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodRule.cpp" line="19"/>
        <source>no, short of %1</source>
        <translation>否，缺口 %1 人</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodRule.cpp" line="29"/>
        <source>river flood</source>
        <translation>河道洪水</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodRule.cpp" line="30"/>
        <source>torrent</source>
        <translation>山洪</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodRule.cpp" line="31"/>
        <source>below a reservoir</source>
        <translation>水库下游</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodRule.cpp" line="32"/>
        <source>%1 %2-year</source>
        <translation>%1 %2 年一遇</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodRule.cpp" line="50"/>
        <source>%4 zone: about %1 of %2 people (%3% of the village area)</source>
        <translation>风险区（%4）：全村 %2 人中约 %1 人（占村域面积 %3%）</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodRule.cpp" line="63"/>
        <source>torrent gully, catchment %1 km2: %2 people in %3 villages at risk</source>
        <translation>山洪沟，集水面积 %1 km2：%3 个村（社区）%2 人受威胁</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodRule.cpp" line="79"/>
        <source>Flood zones, shelters, gauges and reservoirs</source>
        <translation>洪水风险区、避难场所、水文站点和水库</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodRule.cpp" line="80"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodRule.cpp" line="80"/>
        <source>Villages in flood zones</source>
        <translation>洪水风险区内村（社区）</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodRule.cpp" line="80"/>
        <source>People in flood zones</source>
        <translation>洪水风险区内人数</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodRule.cpp" line="80"/>
        <location filename="../../plugins/flood/FloodStyles.cpp" line="73"/>
        <source>Torrent gullies</source>
        <translation>山洪沟</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodRule.cpp" line="81"/>
        <source>Shelters within 2 km</source>
        <translation>2 km 内避难场所</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodRule.cpp" line="81"/>
        <source>Shelter places</source>
        <translation>避难场所容量</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodRule.cpp" line="81"/>
        <source>Places cover the people</source>
        <translation>容量是否满足</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodRule.cpp" line="82"/>
        <source>Gauges over warning level</source>
        <translation>超警戒水位站点</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodRule.cpp" line="85"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodRule.cpp" line="87"/>
        <source>%1 people in the flood zones of %2 villages; %3 shelters within 2 km hold %4 (%5); %6 torrent gullies, %7 gauges over warning level, %8 reservoirs over flood-limit level</source>
        <translation>%2 个村（社区）的洪水风险区内有 %1 人；2 km 内避难场所 %3 处，可容纳 %4 人（%5）；山洪沟 %6 条，超警戒水位站点 %7 个，超汛限水位水库 %8 座</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodRule.cpp" line="93"/>
        <source>enough</source>
        <translation>容量充足</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodRule.cpp" line="93"/>
        <source>not enough</source>
        <translation>容量不足</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodStyles.cpp" line="36"/>
        <source>River flood zone</source>
        <translation>河道洪水风险区</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodStyles.cpp" line="37"/>
        <source>Torrent zone</source>
        <translation>山洪风险区</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodStyles.cpp" line="38"/>
        <source>Below a reservoir</source>
        <translation>水库下游风险区</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodStyles.cpp" line="71"/>
        <source>Flood zones</source>
        <translation>洪水风险区</translation>
    </message>
    <message>
        <location filename="../../plugins/flood/FloodStyles.cpp" line="75"/>
        <source>Reservoirs</source>
        <translation>水库</translation>
    </message>
</context>
<context>
    <name>onemap::ForcesBoard</name>
    <message>
        <location filename="../../desktop/consult/wall/ForcesBoard.cpp" line="22"/>
        <source>Forces and materials at hand</source>
        <translation>现有救援力量与物资</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/ForcesBoard.cpp" line="23"/>
        <source>No teams or materials recorded.</source>
        <translation>尚未登记救援队伍或物资。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/ForcesBoard.cpp" line="39"/>
        <source>Rescue teams: %1 teams, %2 people</source>
        <translation>救援队伍：%1 支，%2 人</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/ForcesBoard.cpp" line="41"/>
        <source>%1 teams, %2 people</source>
        <translation>%1 支，%2 人</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/ForcesBoard.cpp" line="49"/>
        <source>Materials at hand</source>
        <translation>现有物资</translation>
    </message>
</context>
<context>
    <name>onemap::ForestfirePlugin</name>
    <message>
        <location filename="../../plugins/forestfire/FireDanger.cpp" line="38"/>
        <source>level 1 (low)</source>
        <translation>一级（低火险）</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireDanger.cpp" line="39"/>
        <source>level 2 (fairly low)</source>
        <translation>二级（较低火险）</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireDanger.cpp" line="40"/>
        <source>level 3 (fairly high)</source>
        <translation>三级（较高火险）</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireDanger.cpp" line="41"/>
        <source>level 4 (high)</source>
        <translation>四级（高火险）</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireDanger.cpp" line="42"/>
        <source>level 5 (extreme)</source>
        <translation>五级（极高火险）</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireDanger.cpp" line="52"/>
        <source>class I fire-danger area</source>
        <translation>Ⅰ级火险区</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireDanger.cpp" line="53"/>
        <source>class II fire-danger area</source>
        <translation>Ⅱ级火险区</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireDanger.cpp" line="54"/>
        <source>class III fire-danger area</source>
        <translation>Ⅲ级火险区</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="26"/>
        <source>Flat-lying needles (Ks 0.8)</source>
        <translation>平铺针叶（Ks 0.8）</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="27"/>
        <source>Dead branches and leaf litter (Ks 1.2)</source>
        <translation>枯枝落叶（Ks 1.2）</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="28"/>
        <source>Grass and weeds (Ks 1.6)</source>
        <translation>茅草杂草（Ks 1.6）</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="29"/>
        <source>Pasture grassland (Ks 2.0)</source>
        <translation>牧场草原（Ks 2.0）</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="58"/>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="350"/>
        <source>Forest fire spread</source>
        <translation>林火蔓延</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="62"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="65"/>
        <source>Fire</source>
        <translation>火灾</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="68"/>
        <source>Ignition longitude</source>
        <translation>起火点经度</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="71"/>
        <source>Ignition latitude</source>
        <translation>起火点纬度</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="78"/>
        <source>Time of ignition</source>
        <translation>起火时间</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="84"/>
        <source>Wind speed</source>
        <translation>风速</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="85"/>
        <source>Wind direction (from)</source>
        <translation>风向（来向）</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="86"/>
        <source>Spread time</source>
        <translation>蔓延时长</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="90"/>
        <source>Fuel</source>
        <translation>可燃物</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="97"/>
        <source>Initial spread rate R0 (no wind, flat)</source>
        <translation>初始蔓延速度 R0（无风、平地）</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="119"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="123"/>
        <source>%1 is outside %2..%3 %4</source>
        <translation>%1 超出 %2..%3 %4 的范围</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="131"/>
        <source>&apos;%1&apos; is not a date and time (ISO 8601, e.g. 2024-03-15T13:40:00+08:00)</source>
        <translation>“%1”不是日期时间（ISO 8601 格式，如 2024-03-15T13:40:00+08:00）</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="143"/>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="148"/>
        <source>longer than 100 characters</source>
        <translation>超过 100 个字符</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="168"/>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="176"/>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="207"/>
        <source>fire_events: %1</source>
        <translation>fire_events：%1</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="228"/>
        <source>fire_events: no fire with id %1</source>
        <translation>fire_events：没有编号为 %1 的火场</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="311"/>
        <source>the fire reaches its land within %1 h; %2 people</source>
        <translation>火场将在 %1 h 内蔓延至村域；%2 人</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="315"/>
        <source>hidden danger inside the spread area; %1 people threatened</source>
        <translation>隐患点位于蔓延范围内；威胁 %1 人</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="319"/>
        <source>shelter inside the spread area: do not send people there</source>
        <translation>避难场所位于蔓延范围内：不得向此处转移群众</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="323"/>
        <source>watch post inside the spread area: withdraw the lookout</source>
        <translation>瞭望塔位于蔓延范围内：撤离瞭望人员</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="327"/>
        <source>the fire reaches this %1 m firebreak: hold the line here</source>
        <translation>火场将蔓延至这条宽 %1 m 的防火隔离带：在此组织阻隔</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="331"/>
        <source>reserve depot inside the spread area: move the stock out</source>
        <translation>物资储备库位于蔓延范围内：转移库存物资</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="367"/>
        <source>%1: in %2 h the head runs %3 m towards %4°, about %5 ha; it reaches %6 villages (%7 people), %8 watch posts and %9 firebreaks</source>
        <translation>%1：%2 h 内火头向 %4° 方向蔓延 %3 m，过火面积约 %5 ha；波及 %6 个村（社区）（%7 人）、%8 座瞭望塔和 %9 条防火隔离带</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="382"/>
        <source>; it started in a %1, fire danger %2 that day</source>
        <translation>；起火点位于%1，当日森林火险等级为%2</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/ForestfirePlugin.cpp" line="35"/>
        <source>Hotspots verified</source>
        <translation>核实为火情的热点</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/ForestfirePlugin.cpp" line="36"/>
        <source>Hotspots found false</source>
        <translation>核查为误报的热点</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/ForestfirePlugin.cpp" line="37"/>
        <source>Forest fires</source>
        <translation>森林火灾起数</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/ForestfirePlugin.cpp" line="38"/>
        <source>Area burned (ha)</source>
        <translation>过火面积（ha）</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/ForestfirePlugin.cpp" line="39"/>
        <source>Firefighters deployed</source>
        <translation>出动扑火人员</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/ForestfirePlugin.cpp" line="40"/>
        <source>People evacuated from fire areas</source>
        <translation>火灾区域疏散人数</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/ForestfirePlugin.cpp" line="41"/>
        <source>Outdoor fire uses stopped</source>
        <translation>制止野外用火</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/ForestfirePlugin.cpp" line="52"/>
        <location filename="../../plugins/forestfire/ForestfirePlugin.cpp" line="62"/>
        <source>kind: &apos;%1&apos; is not an event of this plugin (fire)</source>
        <translation>kind：“%1”不是本插件的事件类型（fire）</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/ForestfireRule.cpp" line="89"/>
        <source>%1 people; forest on its land inside the warning area (%2); fire danger %3</source>
        <translation>%1 人；村域内有林地位于预警区域内（%2）；森林火险等级为%3</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/ForestfireRule.cpp" line="109"/>
        <source>watch post in the warning area: 24-hour lookout over %1 km; fire danger %2</source>
        <translation>瞭望塔位于预警区域内：24 小时瞭望，观测半径 %1 km；森林火险等级为%2</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/ForestfireRule.cpp" line="155"/>
        <source>Forest fire danger</source>
        <translation>森林火险</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="351"/>
        <location filename="../../plugins/forestfire/ForestfireRule.cpp" line="156"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/ForestfireRule.cpp" line="156"/>
        <source>Forest areas</source>
        <translation>林区</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/ForestfireRule.cpp" line="156"/>
        <source>Forest in the area (ha)</source>
        <translation>区内林地面积（ha）</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/ForestfireRule.cpp" line="156"/>
        <source>Highest fire danger</source>
        <translation>最高火险等级</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/ForestfireRule.cpp" line="157"/>
        <source>Villages</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="351"/>
        <location filename="../../plugins/forestfire/ForestfireRule.cpp" line="157"/>
        <source>People</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="351"/>
        <location filename="../../plugins/forestfire/ForestfireRule.cpp" line="157"/>
        <source>Watch posts</source>
        <translation>瞭望塔</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="351"/>
        <source>Villages reached</source>
        <translation>波及村（社区）</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="351"/>
        <source>Firebreaks crossed</source>
        <translation>波及防火隔离带</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="352"/>
        <source>Hidden dangers</source>
        <translation>隐患点</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="352"/>
        <source>Reserve depots</source>
        <translation>物资储备库</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="352"/>
        <source>Shelters</source>
        <translation>避难场所</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="355"/>
        <source>outside the county</source>
        <translation>县外</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireEvents.cpp" line="362"/>
        <location filename="../../plugins/forestfire/ForestfireRule.cpp" line="171"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/ForestfireRule.cpp" line="173"/>
        <source>%1 ha of forest in the warning area, fire danger up to %2; %3 villages (%4 people) border it, %5 watch posts on duty</source>
        <translation>预警区域内有林地 %1 ha，森林火险等级最高为%2；毗邻 %3 个村（社区）（%4 人），%5 座瞭望塔在岗值守</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireStyles.cpp" line="92"/>
        <source>Hotspot: to be checked</source>
        <translation>热点：待核查</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireStyles.cpp" line="93"/>
        <source>Hotspot: fire confirmed</source>
        <translation>热点：确认为火情</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireStyles.cpp" line="94"/>
        <source>Hotspot: false alarm</source>
        <translation>热点：误报</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireStyles.cpp" line="95"/>
        <source>Hotspot: extinguished</source>
        <translation>热点：已扑灭</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireStyles.cpp" line="99"/>
        <source>Forest areas (fire-danger class)</source>
        <translation>林区（火险区划等级）</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireStyles.cpp" line="100"/>
        <source>Fire watch posts</source>
        <translation>森林防火瞭望塔</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireStyles.cpp" line="101"/>
        <source>Firebreaks</source>
        <translation>防火隔离带</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireStyles.cpp" line="102"/>
        <source>Satellite hotspots</source>
        <translation>卫星热点</translation>
    </message>
    <message>
        <location filename="../../plugins/forestfire/FireStyles.cpp" line="103"/>
        <source>Fires (ignition points)</source>
        <translation>火场（起火点）</translation>
    </message>
</context>
<context>
    <name>onemap::GeohazardPlugin</name>
    <message>
        <location filename="../../plugins/geohazard/GeohazardPlugin.cpp" line="32"/>
        <source>Geohazard points threatened</source>
        <translation>受威胁地质灾害隐患点</translation>
    </message>
    <message>
        <location filename="../../plugins/geohazard/GeohazardPlugin.cpp" line="33"/>
        <source>People moved out of geohazard areas</source>
        <translation>地灾危险区转移人数</translation>
    </message>
    <message>
        <location filename="../../plugins/geohazard/GeohazardPlugin.cpp" line="34"/>
        <source>Monitors over threshold</source>
        <translation>超阈值监测点</translation>
    </message>
    <message>
        <location filename="../../plugins/geohazard/GeohazardPlugin.cpp" line="49"/>
        <source>Geohazard monitors</source>
        <translation>地质灾害监测设备</translation>
    </message>
    <message>
        <location filename="../../plugins/geohazard/GeohazardRule.cpp" line="21"/>
        <source>landslide</source>
        <translation>滑坡</translation>
    </message>
    <message>
        <location filename="../../plugins/geohazard/GeohazardRule.cpp" line="22"/>
        <source>collapse</source>
        <translation>崩塌</translation>
    </message>
    <message>
        <location filename="../../plugins/geohazard/GeohazardRule.cpp" line="23"/>
        <source>debris flow</source>
        <translation>泥石流</translation>
    </message>
    <message>
        <location filename="../../plugins/geohazard/GeohazardRule.cpp" line="24"/>
        <source>unstable slope</source>
        <translation>不稳定斜坡</translation>
    </message>
    <message>
        <location filename="../../plugins/geohazard/GeohazardRule.cpp" line="25"/>
        <source>ground subsidence</source>
        <translation>地面塌陷</translation>
    </message>
    <message>
        <location filename="../../plugins/geohazard/GeohazardRule.cpp" line="77"/>
        <source>%1 point inside the warning area, %2 people threatened</source>
        <translation>%1隐患点，位于预警区内，威胁 %2 人</translation>
    </message>
    <message>
        <location filename="../../plugins/geohazard/GeohazardRule.cpp" line="92"/>
        <source>Geological hazard points</source>
        <translation>地质灾害隐患点</translation>
    </message>
    <message>
        <location filename="../../plugins/geohazard/GeohazardRule.cpp" line="93"/>
        <source>Point</source>
        <translation>隐患点</translation>
    </message>
    <message>
        <location filename="../../plugins/geohazard/GeohazardRule.cpp" line="94"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../plugins/geohazard/GeohazardRule.cpp" line="95"/>
        <source>People threatened</source>
        <translation>威胁人数</translation>
    </message>
    <message>
        <location filename="../../plugins/geohazard/GeohazardRule.cpp" line="96"/>
        <source>Monitors</source>
        <translation>监测设备</translation>
    </message>
    <message>
        <location filename="../../plugins/geohazard/GeohazardRule.cpp" line="103"/>
        <source>%1 geological hazard points in the area, %2 people threatened</source>
        <translation>区内地质灾害隐患点 %1 处，威胁 %2 人</translation>
    </message>
</context>
<context>
    <name>onemap::HazmatPlugin</name>
    <message>
        <location filename="../../plugins/hazmat/ErgData.cpp" line="30"/>
        <source>UN%1 is not in the evacuation table</source>
        <translation>UN%1 不在疏散距离表中</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="182"/>
        <source>Rail tank car</source>
        <translation>铁路罐车</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="183"/>
        <source>Highway tank truck or trailer</source>
        <translation>公路罐车或拖车</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="184"/>
        <source>Agricultural nurse tank</source>
        <translation>农用供液罐</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="185"/>
        <source>Multiple ton cylinders</source>
        <translation>多个吨级钢瓶</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/EvacuationTable.cpp" line="186"/>
        <source>Multiple small cylinders (or a single ton cylinder)</source>
        <translation>多个小钢瓶（或单个吨级钢瓶）</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="73"/>
        <source>Hazardous chemical release</source>
        <translation>危险化学品泄漏</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="74"/>
        <source>Major hazard source (id; or give the point)</source>
        <translation>重大危险源（编号；或给出泄漏点位置）</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="77"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="86"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="92"/>
        <source>Time of release</source>
        <translation>泄漏时间</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="96"/>
        <source>Substance (UN number)</source>
        <translation>物质（UN 编号）</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="97"/>
        <source>Spill size</source>
        <translation>泄漏量</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="98"/>
        <source>Small (less than 208 L)</source>
        <translation>少量泄漏（小于 208 L）</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="98"/>
        <source>Large (more than 208 L)</source>
        <translation>大量泄漏（大于 208 L）</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="100"/>
        <source>Day or night</source>
        <translation>白天/夜间</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="101"/>
        <source>Day (sunrise to sunset)</source>
        <translation>白天（日出至日落）</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="101"/>
        <source>Night</source>
        <translation>夜间</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="102"/>
        <source>Container (large spills of Table 3 gases)</source>
        <translation>容器（表 3 所列气体大量泄漏时填写）</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="103"/>
        <source>Wind from</source>
        <translation>风向（来向）</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="104"/>
        <source>Wind speed</source>
        <translation>风速</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="120"/>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="234"/>
        <source>kind: &apos;%1&apos; is not an event of this plugin (release)</source>
        <translation>kind：“%1”不是本插件的事件类型（release）</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="127"/>
        <source>%1: not a parameter of a release</source>
        <translation>%1：不是泄漏事件的参数</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="133"/>
        <source>%1: required</source>
        <translation>%1：必填</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="144"/>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="146"/>
        <source>%1: %2 is outside %3..%4 %5</source>
        <translation>%1：%2 超出 %3～%4 %5 范围</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="148"/>
        <source>%1: %2 is not a whole number</source>
        <translation>%1：%2 不是整数</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="155"/>
        <source>%1: &apos;%2&apos; is not one of %3</source>
        <translation>%1：“%2”不是 %3 之一</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="162"/>
        <source>%1: &apos;%2&apos; is not an ISO 8601 date and time</source>
        <translation>%1：“%2”不是 ISO 8601 日期时间</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="176"/>
        <source>source_id: give a source or a point, not both</source>
        <translation>source_id：请指定危险源或泄漏点位置，不能同时指定</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="178"/>
        <source>latitude: required with longitude</source>
        <translation>latitude：填写 longitude 时须同时填写</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="178"/>
        <source>longitude: required with latitude</source>
        <translation>longitude：填写 latitude 时须同时填写</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="179"/>
        <source>source_id: give a source or the longitude and latitude of the release</source>
        <translation>source_id：请指定危险源，或填写泄漏点的经度和纬度</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="185"/>
        <source>source_id: no major hazard source %1</source>
        <translation>source_id：没有编号为 %1 的重大危险源</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="195"/>
        <source>container: a large spill of UN%1 needs the container (ERG 2024 Table 3: %2)</source>
        <translation>container：UN%1 大量泄漏须指定容器（ERG 2024 表 3：%2）</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="198"/>
        <source>container: ERG 2024 Table 3 has no &apos;%1&apos; row for UN%2 (listed: %3)</source>
        <translation>container：ERG 2024 表 3 中没有 UN%2 的“%1”行（已列：%3）</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="201"/>
        <source>container: only large spills of the Table 3 gases take a container</source>
        <translation>container：只有表 3 所列气体大量泄漏时才须指定容器</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="241"/>
        <source>no release %1</source>
        <translation>没有编号为 %1 的泄漏事件</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="279"/>
        <source>%1 % of the village in the isolation or protective action zone: about %2 of %3 people</source>
        <translation>村域 %1% 位于初始隔离区或防护行动区内：全村 %3 人中约 %2 人</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="291"/>
        <source>inside the release area</source>
        <translation>位于泄漏影响区内</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="295"/>
        <source>isolate %1 m in all directions, protect %2%3 km downwind (%4)</source>
        <translation>四周初始隔离 %1 m，下风向防护行动距离 %2%3 km（%4）</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="298"/>
        <source>Release of %1</source>
        <translation>%1泄漏</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="299"/>
        <location filename="../../plugins/hazmat/HazmatRule.cpp" line="221"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="299"/>
        <source>Villages</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="299"/>
        <location filename="../../plugins/hazmat/HazmatRule.cpp" line="221"/>
        <source>People</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="299"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="303"/>
        <location filename="../../plugins/hazmat/HazmatRule.cpp" line="245"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatEvents.cpp" line="305"/>
        <source>%1%2: %3; about %4 people in %5 households live in the zone (wind from %6°)</source>
        <translation>%1%2：%3；区域内约有 %5 户 %4 人（风向 %6°）</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatRule.cpp" line="103"/>
        <source>major hazard source grade %1, %2 t of %3; villages within %4%5 km (the largest ERG 2024 protective action distance for it)</source>
        <translation>%1 级重大危险源，%3 %2 t；%4%5 km 范围内的村（社区）（按 ERG 2024 中该物质的最大防护行动距离）</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatRule.cpp" line="126"/>
        <source>tailings pond grade %1 (dam %2 m, %3 x 10^4 m3); villages downstream within %4 km</source>
        <translation>%1 等尾矿库（坝高 %2 m，库容 %3 万 m3）；下游 %4 km 范围内的村（社区）</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatRule.cpp" line="185"/>
        <source>sensor over threshold: %1 %3 (threshold %2 %3)</source>
        <translation>传感器超阈值：%1 %3（阈值 %2 %3）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../plugins/hazmat/HazmatRule.cpp" line="194"/>
        <source>%1: %n village(s), %2 people</source>
        <translation>
            <numerusform>%1：%n 个村（社区），%2 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatRule.cpp" line="204"/>
        <source>%1 people within the protective distance of %2</source>
        <translation>%1 人位于%2的防护距离内</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatRule.cpp" line="220"/>
        <source>Hazardous chemicals and tailings ponds</source>
        <translation>危险化学品与尾矿库</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatRule.cpp" line="221"/>
        <source>Hazard sources</source>
        <translation>重大危险源</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatPlugin.cpp" line="52"/>
        <source>Major hazard sources inspected</source>
        <translation>重大危险源检查数</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatPlugin.cpp" line="53"/>
        <source>Hazmat and tailings sensors over threshold</source>
        <translation>危化品及尾矿库监测超限数</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatPlugin.cpp" line="54"/>
        <source>Hazardous chemical releases</source>
        <translation>危化品泄漏事件数</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatPlugin.cpp" line="55"/>
        <source>People evacuated from release zones</source>
        <translation>泄漏区转移人数</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatPlugin.cpp" line="56"/>
        <source>Tailings ponds patrolled</source>
        <translation>尾矿库巡查数</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatPlugin.cpp" line="62"/>
        <source>Major hazard sources</source>
        <translation>重大危险源</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatPlugin.cpp" line="63"/>
        <location filename="../../plugins/hazmat/HazmatRule.cpp" line="221"/>
        <source>Tailings ponds</source>
        <translation>尾矿库</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatPlugin.cpp" line="64"/>
        <source>Hazard source sensors</source>
        <translation>危险源监测设备</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatPlugin.cpp" line="65"/>
        <source>Chemical releases</source>
        <translation>危化品泄漏点</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatRule.cpp" line="221"/>
        <source>Villages threatened</source>
        <translation>受威胁村（社区）</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatRule.cpp" line="239"/>
        <source>(outside the villages)</source>
        <translation>（不在任何村（社区）范围内）</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/HazmatRule.cpp" line="247"/>
        <source>%1 hazard sources and %2 tailings ponds in the warning area, %3 sensors over threshold; %4 people in %5 villages within their protective distances</source>
        <translation>预警区域内有重大危险源 %1 处、尾矿库 %2 座，超阈值传感器 %3 个；其防护距离内有 %5 个村（社区）%4 人</translation>
    </message>
</context>
<context>
    <name>onemap::ImpactBoard</name>
    <message>
        <location filename="../../desktop/consult/wall/ImpactBoard.cpp" line="20"/>
        <source>Threatened objects by township</source>
        <translation>各乡镇受威胁对象</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/ImpactBoard.cpp" line="23"/>
        <source>No warning to judge the impact of.</source>
        <translation>没有可研判影响的预警。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/consult/wall/ImpactBoard.cpp" line="31"/>
        <source>(%n more warnings in force)</source>
        <translation>
            <numerusform>（另有 %n 条生效预警）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/ImpactBoard.cpp" line="57"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/consult/wall/ImpactBoard.cpp" line="57"/>
        <source>%n objects threatened</source>
        <translation>
            <numerusform>受威胁对象 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onemap::ImpactCommand</name>
    <message>
        <location filename="../../desktop/cli/ImpactCommand.cpp" line="62"/>
        <source>… and %1 more (write them all with --out X.csv)</source>
        <translation>……另有 %1 条（可用 --out X.csv 全部导出）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImpactCommand.cpp" line="102"/>
        <source>The impact of a warning: townships and villages it covers, and the hidden dangers, shelters and teams inside its area, summed by township. Hidden dangers not signed off inside an orange or red area are escalated and listed first.</source>
        <translation>预警影响分析：统计预警覆盖的乡镇、村（社区）及其区域内的隐患点、避难场所和救援队伍，按乡镇汇总。橙色、红色预警区域内未销号的隐患点列为升级关注，排在最前。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImpactCommand.cpp" line="105"/>
        <source>the verb</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImpactCommand.cpp" line="106"/>
        <source>Id of the warning (the warnings table&apos;s id).</source>
        <translation>预警编号（warnings 表的 id）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImpactCommand.cpp" line="106"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImpactCommand.cpp" line="107"/>
        <source>Situation store to read.</source>
        <translation>要读取的态势库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImpactCommand.cpp" line="107"/>
        <location filename="../../desktop/cli/ImpactCommand.cpp" line="108"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImpactCommand.cpp" line="108"/>
        <source>Write the impact to a .csv table or a .pdf report instead of printing a summary.</source>
        <translation>将影响分析写入 .csv 表格或 .pdf 报告，而不在屏幕上显示摘要。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImpactCommand.cpp" line="109"/>
        <source>Day that decides what is overdue, YYYY-MM-DD (default today).</source>
        <translation>判定是否逾期的日期，YYYY-MM-DD（默认为今天）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImpactCommand.cpp" line="109"/>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImpactCommand.cpp" line="113"/>
        <source>--warning is required</source>
        <translation>必须指定 --warning</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImpactCommand.cpp" line="117"/>
        <source>--warning must be a warning id (a positive number), not %1</source>
        <translation>--warning 须为预警编号（正整数），而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImpactCommand.cpp" line="122"/>
        <source>--as-of must be YYYY-MM-DD, not %1</source>
        <translation>--as-of 须为 YYYY-MM-DD 格式的日期，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImpactCommand.cpp" line="127"/>
        <source>--out must end in .csv or .pdf, not %1</source>
        <translation>--out 须以 .csv 或 .pdf 结尾，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImpactCommand.cpp" line="147"/>
        <source>wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImpactCommand.cpp" line="159"/>
        <source>No escalated hidden dangers.</source>
        <translation>无升级关注隐患点。</translation>
    </message>
</context>
<context>
    <name>onemap::ImpactCsv</name>
    <message>
        <location filename="../../desktop/export/impact/ImpactCsv.cpp" line="51"/>
        <source>Impact of warning</source>
        <translation>预警影响分析</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactCsv.cpp" line="52"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactCsv.cpp" line="52"/>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactCsv.cpp" line="75"/>
        <location filename="../../desktop/export/impact/ImpactCsv.cpp" line="79"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactCsv.cpp" line="85"/>
        <source>cannot write %1: rename from %2 failed</source>
        <translation>无法写入 %1：从 %2 重命名失败</translation>
    </message>
</context>
<context>
    <name>onemap::ImpactPanel</name>
    <message>
        <location filename="../../desktop/warnings/ImpactPanel.cpp" line="48"/>
        <location filename="../../desktop/warnings/ImpactPanel.cpp" line="49"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/ImpactPanel.cpp" line="48"/>
        <source>Villages</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/ImpactPanel.cpp" line="48"/>
        <source>People</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/ImpactPanel.cpp" line="48"/>
        <source>Hidden dangers</source>
        <translation>隐患点</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/ImpactPanel.cpp" line="48"/>
        <source>Escalated</source>
        <translation>升级关注</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/ImpactPanel.cpp" line="48"/>
        <source>Shelters (capacity)</source>
        <translation>避难场所（容量）</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/ImpactPanel.cpp" line="48"/>
        <source>Teams (members)</source>
        <translation>救援队伍（人数）</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/ImpactPanel.cpp" line="49"/>
        <source>Escalated hidden danger</source>
        <translation>升级关注隐患点</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/ImpactPanel.cpp" line="49"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/ImpactPanel.cpp" line="50"/>
        <location filename="../../desktop/warnings/ImpactPanel.cpp" line="114"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/ImpactPanel.cpp" line="71"/>
        <source>Select a warning to see the townships, hidden dangers, shelters and teams in its area.</source>
        <translation>选择一条预警，查看其范围内的乡镇、隐患点、避难场所和救援队伍。</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/ImpactPanel.cpp" line="88"/>
        <source>%1 townships and %2 villages (%L3 people); %4 hidden dangers, %5 escalated (%6 overdue), %L7 people threatened; %8 shelters for %L9 people; %10 teams with %L11 members.</source>
        <translation>涉及 %1 个乡镇、%2 个村（社区）（%L3 人）；隐患点 %4 处，其中升级关注 %5 处（逾期 %6 处），威胁 %L7 人；避难场所 %8 处，可容纳 %L9 人；救援队伍 %10 支，共 %L11 人。</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/ImpactPanel.cpp" line="95"/>
        <source> (part)</source>
        <translation>（部分）</translation>
    </message>
</context>
<context>
    <name>onemap::ImpactReport</name>
    <message>
        <location filename="../../desktop/export/impact/ImpactReport.cpp" line="88"/>
        <source>Sample County</source>
        <translation>示范县</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactReport.cpp" line="91"/>
        <location filename="../../desktop/export/impact/ImpactReport.cpp" line="182"/>
        <source>Warning impact analysis</source>
        <translation>预警影响分析</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactReport.cpp" line="93"/>
        <source>%1 Emergency Management Bureau, as of %2</source>
        <translation>%1应急管理局&#x3000;截至 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactReport.cpp" line="106"/>
        <source>The area covers %1 township(s) and %2 village(s) with %3 people in %4 households. Inside it lie %5 hidden danger(s) threatening %6 people, %7 of them escalated and %8 overdue; %9 shelter(s) for %10 people and %11 rescue team(s) with %12 members.</source>
        <translation>预警区域覆盖 %1 个乡镇、%2 个村（社区），共 %4 户 %3 人。区域内有隐患点 %5 处，威胁 %6 人，其中升级关注 %7 处、逾期 %8 处；避难场所 %9 处，可容纳 %10 人；救援队伍 %11 支，共 %12 人。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactReport.cpp" line="116"/>
        <source>Shaded: the warning&apos;s area. Red and orange double halo: escalated hidden danger. Red ring: overdue.</source>
        <translation>阴影：预警区域；红橙双圈：升级关注隐患点；红圈：逾期。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactReport.cpp" line="132"/>
        <source>None: every hidden danger inside the area is signed off.</source>
        <translation>无：区域内隐患点均已销号。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactReport.cpp" line="133"/>
        <source>None: the warning is below orange, so nothing is escalated.</source>
        <translation>无：预警级别低于橙色，不作升级关注。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactReport.cpp" line="142"/>
        <source>Overdue points first (in red), then by people threatened.</source>
        <translation>逾期隐患点排在前面（红色显示），其余按威胁人数排序。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactReport.cpp" line="145"/>
        <source>… and %1 more escalated (the CSV export lists them all).</source>
        <translation>……另有升级关注隐患点 %1 处（CSV 导出文件中全部列出）。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactReport.cpp" line="150"/>
        <source>Other hidden dangers inside the area</source>
        <translation>区域内其他隐患点</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactReport.cpp" line="153"/>
        <location filename="../../desktop/export/impact/ImpactReport.cpp" line="162"/>
        <location filename="../../desktop/export/impact/ImpactReport.cpp" line="167"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactReport.cpp" line="157"/>
        <source>… and %1 more, by people threatened (the CSV export lists them all).</source>
        <translation>……另有 %1 处，按威胁人数排序（CSV 导出文件中全部列出）。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactReport.cpp" line="164"/>
        <location filename="../../desktop/export/impact/ImpactReport.cpp" line="169"/>
        <source>… and %1 more (the CSV export lists them all).</source>
        <translation>……另有 %1 条（CSV 导出文件中全部列出）。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactReport.cpp" line="225"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactReport.cpp" line="231"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactReport.cpp" line="236"/>
        <source>cannot write %1: rename from %2 failed</source>
        <translation>无法写入 %1：从 %2 重命名失败</translation>
    </message>
</context>
<context>
    <name>onemap::ImpactTables</name>
    <message>
        <location filename="../../desktop/export/impact/ImpactReport.cpp" line="99"/>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="37"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="36"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="38"/>
        <source>Hazard</source>
        <translation>灾种</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="39"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="40"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="41"/>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="42"/>
        <source>Sent</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="43"/>
        <source>Expires</source>
        <translation>失效时间</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="44"/>
        <source>Overdue judged as of</source>
        <translation>逾期判定日期</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="52"/>
        <source>Townships affected</source>
        <translation>受影响乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="53"/>
        <source>Township code</source>
        <translation>乡镇代码</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="54"/>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="94"/>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="117"/>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="132"/>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="149"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="55"/>
        <source>Township population</source>
        <translation>乡镇人口</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="56"/>
        <source>Township households</source>
        <translation>乡镇户数</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="57"/>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="147"/>
        <source>Villages affected</source>
        <translation>受影响村（社区）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="58"/>
        <source>Their population</source>
        <translation>受影响村人口</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="59"/>
        <source>Their households</source>
        <translation>受影响村户数</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="60"/>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="150"/>
        <source>Hidden dangers</source>
        <translation>隐患点</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="61"/>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="97"/>
        <source>Escalated</source>
        <translation>升级关注</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="62"/>
        <source>Shelters</source>
        <translation>避难场所</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="63"/>
        <source>Shelter capacity</source>
        <translation>避难场所容量</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="64"/>
        <source>Teams</source>
        <translation>救援队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="65"/>
        <source>Team members</source>
        <translation>队伍人数</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="75"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="86"/>
        <source>Escalated hidden dangers (not signed off in an orange or red area)</source>
        <translation>升级关注隐患点（橙色、红色预警区域内未销号）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="87"/>
        <source>Hidden dangers inside the area</source>
        <translation>区域内隐患点</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="93"/>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="148"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="96"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="114"/>
        <source>Shelters inside the area</source>
        <translation>区域内避难场所</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="129"/>
        <source>Rescue teams inside the area</source>
        <translation>区域内救援队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="148"/>
        <source>Village code</source>
        <translation>村代码</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="149"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/ImpactTables.cpp" line="150"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
</context>
<context>
    <name>onemap::ImportCommand</name>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="21"/>
        <source>Import a CSV, XLSX, Shapefile, GeoJSON, GeoPackage or KML file into a ledger. Rows whose code is already in the store update that object.</source>
        <translation>将 CSV、XLSX、Shapefile、GeoJSON、GeoPackage 或 KML 文件导入台账。编码已存在于态势库中的行将更新对应对象。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="24"/>
        <source>the verb</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="25"/>
        <source>the file to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="26"/>
        <source>Store file (default: the user&apos;s store).</source>
        <translation>态势库文件（默认为当前用户的态势库）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="26"/>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="28"/>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="29"/>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="34"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="27"/>
        <source>Ledger to import into: %1.</source>
        <translation>导入到的台账：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="27"/>
        <source>LAYER</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="28"/>
        <source>Column mapping file (JSON) to use instead of the suggested one.</source>
        <translation>使用该字段对应关系文件（JSON），代替自动建议的对应关系。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="29"/>
        <source>Write the mapping used to this file, for next time.</source>
        <translation>将本次使用的字段对应关系写入该文件，供下次使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="30"/>
        <source>all-or-nothing (default): one bad row stores nothing; keep-good: store the good rows.</source>
        <translation>all-or-nothing（全部有效才入库，默认）：只要有一行出错就全部不入库；keep-good（保留有效行，跳过错误行）：有效的行入库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="30"/>
        <source>MODE</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="31"/>
        <source>CRS of the coordinates, e.g. EPSG:4545 (default: the file&apos;s own, else EPSG:4490).</source>
        <translation>坐标所用的坐标系，如 EPSG:4545（默认：文件自带的坐标系，若无则为 EPSG:4490）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="31"/>
        <source>CRS</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="32"/>
        <source>Text encoding of a CSV: utf-8, gbk or gb18030 (default: detected).</source>
        <translation>CSV 文件的文本编码：utf-8、gbk 或 gb18030（默认自动识别）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="32"/>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="35"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="33"/>
        <source>Import only the rows matching this OGR SQL condition, e.g. &quot;countryname = &apos;China&apos;&quot;.</source>
        <translation>仅导入符合该 OGR SQL 条件的行，如 &quot;countryname = &apos;China&apos;&quot;。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="33"/>
        <source>CONDITION</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="34"/>
        <source>Write the row-by-row report (file, row, field, value, reason) to this CSV.</source>
        <translation>将逐行报告（文件、行号、字段、值、原因）写入该 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="35"/>
        <source>Name recorded in the audit log (default: the user name).</source>
        <translation>记入操作记录的经办人姓名（默认为当前用户名）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="36"/>
        <source>Print a progress line every N rows (default 10000).</source>
        <translation>每读取 N 行输出一行进度（默认 10000）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="36"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="42"/>
        <source>import takes exactly one FILE (see onemap import --help)</source>
        <translation>import 只能指定一个 FILE（参见 onemap import --help）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="46"/>
        <source>name the ledger with --layer (%1)</source>
        <translation>请用 --layer 指定台账（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="53"/>
        <source>--mode must be all-or-nothing or keep-good, not %1</source>
        <translation>--mode 须为 all-or-nothing 或 keep-good，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="57"/>
        <source>--progress-every must be a positive integer</source>
        <translation>--progress-every 须为正整数</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="71"/>
        <source>%1 of about %2 rows read</source>
        <translation>已读取 %1 行（共约 %2 行）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="73"/>
        <source>%1 rows read</source>
        <translation>已读取 %1 行</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="89"/>
        <source>note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="91"/>
        <source>columns not imported: %1</source>
        <translation>不导入的列：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="97"/>
        <source>... and more problems%1</source>
        <translation>……还有更多问题%1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="97"/>
        <source> (use --report to see all)</source>
        <translation>（使用 --report 查看全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="97"/>
        <source> (see %1)</source>
        <translation>（见 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="98"/>
        <source>read %1, inserted %2, updated %3, rejected %4 (encoding %5, CRS %6)</source>
        <translation>读取 %1 行，新增 %2 行，更新 %3 行，拒收 %4 行（编码 %5，坐标系 %6）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="102"/>
        <source>import cancelled: nothing stored</source>
        <translation>导入已取消：未写入任何数据</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ImportCommand.cpp" line="104"/>
        <source>%1 row(s) rejected in all-or-nothing mode: nothing stored</source>
        <translation>全部有效才入库模式下有 %1 行未通过：未写入任何数据</translation>
    </message>
</context>
<context>
    <name>onemap::ImportReport</name>
    <message>
        <location filename="../../layers/import/ImportReport.cpp" line="20"/>
        <location filename="../../layers/import/ImportReport.cpp" line="36"/>
        <source>cannot write report %1</source>
        <translation>无法写入报告 %1</translation>
    </message>
</context>
<context>
    <name>onemap::ImportWizard</name>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="38"/>
        <source>Hidden-danger points</source>
        <translation>隐患点</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="39"/>
        <source>Shelters</source>
        <translation>避难场所</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="40"/>
        <source>Rescue teams</source>
        <translation>救援队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="41"/>
        <source>Material reserves</source>
        <translation>物资储备库</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="42"/>
        <source>Monitoring stations</source>
        <translation>监测站点</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="43"/>
        <source>Video cameras</source>
        <translation>视频监控</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="44"/>
        <source>Responsible persons</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="54"/>
        <source>Import into a ledger</source>
        <translation>导入到台账</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="66"/>
        <source>Ledger and file</source>
        <translation>台账与文件</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="67"/>
        <source>CSV, Excel (XLSX), Shapefile, GeoJSON, GeoPackage or KML. Check that the Chinese text reads correctly.</source>
        <translation>支持 CSV、Excel（XLSX）、Shapefile、GeoJSON、GeoPackage 或 KML 文件。请在预览中检查中文是否显示正常。</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="72"/>
        <source>Browse...</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="74"/>
        <source>File to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="75"/>
        <source>Tables and GIS files (*.csv *.txt *.xlsx *.shp *.geojson *.json *.gpkg *.kml);;All files (*)</source>
        <translation>表格和 GIS 文件 (*.csv *.txt *.xlsx *.shp *.geojson *.json *.gpkg *.kml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="83"/>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="92"/>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="93"/>
        <location filename="../../desktop/import/ImportWizard.cpp" line="249"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="94"/>
        <source>Text encoding</source>
        <translation>文本编码</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="119"/>
        <source>%1, encoding %2, about %3 rows, CRS %4</source>
        <translation>%1，编码 %2，约 %3 行，坐标系 %4</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="119"/>
        <source>not given</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="133"/>
        <source>Columns to fields</source>
        <translation>字段对应</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="134"/>
        <source>Suggested from the column names (Chinese or English). Save the mapping to reuse it for the next file.</source>
        <translation>已根据列名（中文或英文）自动建议字段对应关系。保存对应关系后，下一个文件可直接沿用。</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="136"/>
        <location filename="../../desktop/import/ImportWizard.cpp" line="249"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="136"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="139"/>
        <source>Load mapping...</source>
        <translation>载入对应关系…</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="140"/>
        <source>Save mapping...</source>
        <translation>保存对应关系…</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="142"/>
        <location filename="../../desktop/import/ImportWizard.cpp" line="152"/>
        <source>Mapping file</source>
        <translation>对应关系文件</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="142"/>
        <location filename="../../desktop/import/ImportWizard.cpp" line="152"/>
        <source>Mapping (*.json)</source>
        <translation>对应关系文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="176"/>
        <source>Longitude / X</source>
        <translation>经度 / X</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="176"/>
        <source>Latitude / Y</source>
        <translation>纬度 / Y</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="179"/>
        <source>Township name</source>
        <translation>乡镇名称</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="179"/>
        <source>Village name</source>
        <translation>村（社区）名称</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="187"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="222"/>
        <source>How to store</source>
        <translation>入库方式</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="223"/>
        <source>Rows whose code is already in the ledger update that object; the change is recorded in the audit log.</source>
        <translation>编码已存在于台账中的行将更新对应对象，修改内容记入操作记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="224"/>
        <source>All or nothing: if any row is wrong, store nothing and show the report</source>
        <translation>全部有效才入库：任一行有误则全部不入库，并显示逐行报告</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="225"/>
        <source>Keep the good rows: store the correct rows, report the wrong ones</source>
        <translation>保留有效行（跳过错误行）：正确的行入库，错误的行列入报告</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="228"/>
        <source>from the file, else EPSG:4490 (e.g. EPSG:4545 for Gauss-Kruger X/Y)</source>
        <translation>取自文件，若无则为 EPSG:4490（高斯-克吕格 X/Y 坐标可填 EPSG:4545 等）</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="233"/>
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="237"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="244"/>
        <source>Result</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="249"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="249"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="249"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="253"/>
        <source>Save report...</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="257"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="257"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="280"/>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="321"/>
        <source>Importing %1...</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="321"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="329"/>
        <source>Importing %1: %2 rows read</source>
        <translation>正在导入 %1：已读取 %2 行</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="343"/>
        <source>Cancelled: nothing was stored.</source>
        <translation>已取消：未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="344"/>
        <source>Stored: %1 new, %2 updated.</source>
        <translation>已入库：新增 %1 行，更新 %2 行。</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="345"/>
        <source>Nothing was stored: %1 row(s) are wrong (all-or-nothing).</source>
        <translation>未入库：有 %1 行有误（全部有效才入库）。</translation>
    </message>
    <message>
        <location filename="../../desktop/import/ImportWizard.cpp" line="347"/>
        <source>%1 rows read, %2 rejected. Encoding %3, CRS %4.</source>
        <translation>读取 %1 行，拒收 %2 行。编码 %3，坐标系 %4。</translation>
    </message>
</context>
<context>
    <name>onemap::Importer</name>
    <message>
        <location filename="../../layers/import/Importer.cpp" line="29"/>
        <source>layer &quot;%1&quot; cannot be imported (use one of %2)</source>
        <translation>图层“%1”不能导入（请使用以下之一：%2）</translation>
    </message>
    <message>
        <location filename="../../layers/import/Importer.cpp" line="31"/>
        <source>the mapping is for layer %1, not %2</source>
        <translation>该对应关系适用于图层 %1，而不是 %2</translation>
    </message>
    <message>
        <location filename="../../layers/import/Importer.cpp" line="56"/>
        <source>the store has no county outline: points are only checked to be valid longitude/latitude</source>
        <translation>态势库中没有县界：只检查点是否为有效的经纬度</translation>
    </message>
    <message>
        <location filename="../../layers/import/Importer.cpp" line="64"/>
        <source>the store has no townships or villages: township and village names are not resolved</source>
        <translation>态势库中没有乡镇和村（社区）：不解析乡镇和村名称</translation>
    </message>
    <message>
        <location filename="../../layers/import/Importer.cpp" line="113"/>
        <source>the same key is already in row %1 of this file</source>
        <translation>本文件第 %1 行已有相同的编码</translation>
    </message>
    <message>
        <location filename="../../layers/import/Importer.cpp" line="143"/>
        <source>%1: no rows to import</source>
        <translation>%1：没有可导入的行</translation>
    </message>
</context>
<context>
    <name>onemap::InitCommand</name>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="27"/>
        <source>Create a situation store; --sample fills it with the built-in sample county.</source>
        <translation>创建态势库；加 --sample 时填入内置示范县数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="29"/>
        <source>the verb</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="30"/>
        <source>Store file to create.</source>
        <translation>要创建的态势库文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="30"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="31"/>
        <source>Fill it with the sample county.</source>
        <translation>填入示范县数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="32"/>
        <source>Random seed of the sample county (default 2024).</source>
        <translation>示范县随机种子（默认 2024）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="32"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="33"/>
        <source>Multiply the point layers by K (default 1).</source>
        <translation>点图层数量乘以 K（默认 1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="33"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="34"/>
        <source>Day the sample register is as of (default today): histories end and deadlines fall around it.</source>
        <translation>示范台账的截止日期（默认今天）：历史记录止于该日，整改期限围绕该日分布。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="34"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="35"/>
        <source>Replace an existing store.</source>
        <translation>替换已有态势库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="44"/>
        <source>--seed must be a non-negative integer, not %1</source>
        <translation>--seed 须为非负整数，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="46"/>
        <source>--scale must be an integer from 1 to 10000, not %1</source>
        <translation>--scale 须为 1 到 10000 的整数，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="52"/>
        <source>--as-of must be a date YYYY-MM-DD, not %1</source>
        <translation>--as-of 须为 YYYY-MM-DD 格式的日期，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="56"/>
        <source>%1 already exists; use --force to replace it</source>
        <translation>%1 已存在；如需替换请加 --force</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="89"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="91"/>
        <source>created %1</source>
        <translation>已创建 %1</translation>
    </message>
</context>
<context>
    <name>onemap::JudgementSheet</name>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="54"/>
        <source>standby</source>
        <translation>待命</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="56"/>
        <source>deployed</source>
        <translation>已出动</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="63"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="65"/>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementData.cpp" line="66"/>
        <source>Sample County</source>
        <translation>示范县</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="81"/>
        <source>One-sheet judgement</source>
        <translation>研判一张单</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="84"/>
        <source>%1 one-sheet judgement</source>
        <translation>%1研判一张单</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="86"/>
        <source>Held on %1 at %2. Chair: %3. Attendees: %4.</source>
        <translation>会商时间：%1；地点：%2；主持：%3；参会：%4。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="91"/>
        <source>1. Situation: warnings in force</source>
        <translation>一、态势：生效预警</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="93"/>
        <source>No warning in force on %1.</source>
        <translation>%1 无生效预警。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="99"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="99"/>
        <source>Hazard</source>
        <translation>灾种</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="100"/>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="100"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="101"/>
        <source>Expires</source>
        <translation>失效时间</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="107"/>
        <source>2. Threatened objects by township</source>
        <translation>二、各乡镇受威胁对象</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="119"/>
        <source>Nothing inside the warning&apos;s area.</source>
        <translation>预警区域内无受威胁对象。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="125"/>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="165"/>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="176"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="138"/>
        <source>3. Forces and materials at hand</source>
        <translation>三、现有救援力量与物资</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="147"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="148"/>
        <source>Rescue teams</source>
        <translation>救援队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="148"/>
        <source>Teams</source>
        <translation>队伍数</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="149"/>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="156"/>
        <source>No reserve materials recorded.</source>
        <translation>未登记储备物资。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="157"/>
        <source>Material</source>
        <translation>物资</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="157"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="158"/>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="188"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="158"/>
        <source>Depots</source>
        <translation>库点数</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="163"/>
        <source>4. Decisions</source>
        <translation>四、会商决策</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="174"/>
        <source>5. Tasks</source>
        <translation>五、任务分工</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="185"/>
        <source>overdue %1 day(s)</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="187"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="187"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="188"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="189"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../desktop/export/consultation/JudgementSheet.cpp" line="189"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>onemap::LayerStyles</name>
    <message>
        <location filename="../../desktop/map/LayerStyles.cpp" line="129"/>
        <source>Overdue (deadline passed, not signed off)</source>
        <translation>逾期（已过整改期限未销号）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/LayerStyles.cpp" line="131"/>
        <source>Listed for supervision</source>
        <translation>挂牌督办</translation>
    </message>
</context>
<context>
    <name>onemap::LedgerDock</name>
    <message>
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="70"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="72"/>
        <location filename="../../desktop/ui/ViewMenu.cpp" line="12"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="75"/>
        <source>Hidden-danger summary</source>
        <translation>隐患汇总</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="88"/>
        <source>Ledgers</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="133"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="134"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="135"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="136"/>
        <source>History</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="137"/>
        <source>Depot items</source>
        <translation>库内物资</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="138"/>
        <source>Advance step...</source>
        <translation>推进环节…</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="139"/>
        <source>Record the next closed-loop step of the selected hidden danger</source>
        <translation>为所选隐患记录闭环流程的下一环节</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="140"/>
        <source>Supervision sheet...</source>
        <translation>整改督办单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="141"/>
        <source>Write the rectification-supervision sheet (PDF) of the selected hidden danger</source>
        <translation>为选中的隐患生成整改督办单（PDF）</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="143"/>
        <source>Export...</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="144"/>
        <source>Undo ledger edit</source>
        <translation>撤销台账编辑</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="190"/>
        <source>Delete %n row(s) from %1? Undo can bring them back.</source>
        <translation>
            <numerusform>确定从“%1”中删除 %n 条记录吗？删除后可通过撤销恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="256"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="413"/>
        <source>Deleted %n row(s)</source>
        <translation>
            <numerusform>已删除 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="420"/>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="427"/>
        <source>Undone: %1 #%2</source>
        <translation>已撤销：%1 #%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="441"/>
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 条记录到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="447"/>
        <source>Export ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="448"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="479"/>
        <source>Added %1 #%2</source>
        <translation>已新增 %1 #%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="480"/>
        <source>Saved %1 #%2</source>
        <translation>已保存 %1 #%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerDock.cpp" line="509"/>
        <source>Recorded the next step of %1</source>
        <translation>已记录 %1 的下一环节</translation>
    </message>
</context>
<context>
    <name>onemap::LedgerExport</name>
    <message>
        <location filename="../../layers/ledger/LedgerExport.cpp" line="40"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../layers/ledger/LedgerExport.cpp" line="40"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../layers/ledger/LedgerExport.cpp" line="74"/>
        <source>cannot write %1: rename from %2 failed</source>
        <translation>无法写入 %1：从 %2 重命名失败</translation>
    </message>
    <message>
        <location filename="../../layers/ledger/LedgerExport.cpp" line="84"/>
        <location filename="../../layers/ledger/LedgerExport.cpp" line="97"/>
        <location filename="../../layers/ledger/LedgerExport.cpp" line="134"/>
        <location filename="../../layers/ledger/LedgerExport.cpp" line="138"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../layers/ledger/LedgerExport.cpp" line="130"/>
        <source>cannot write %1: this GDAL has no XLSX driver</source>
        <translation>无法写入 %1：当前 GDAL 不含 XLSX 驱动</translation>
    </message>
    <message>
        <location filename="../../layers/ledger/LedgerExport.cpp" line="146"/>
        <source>cannot write %1: column %2</source>
        <translation>无法写入 %1：列 %2</translation>
    </message>
    <message>
        <location filename="../../layers/ledger/LedgerExport.cpp" line="165"/>
        <source>cannot write %1: row %2</source>
        <translation>无法写入 %1：第 %2 行</translation>
    </message>
    <message>
        <location filename="../../layers/ledger/LedgerExport.cpp" line="170"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../layers/ledger/LedgerExport.cpp" line="216"/>
        <source>%1: the ledger is exported as .csv or .xlsx</source>
        <translation>%1：台账只能导出为 .csv 或 .xlsx</translation>
    </message>
</context>
<context>
    <name>onemap::LedgerExportCommand</name>
    <message>
        <location filename="../../desktop/cli/LedgerExportCommand.cpp" line="51"/>
        <source>Export a ledger, filtered, to CSV (UTF-8 with BOM) or XLSX.</source>
        <translation>按条件筛选导出台账为 CSV（带 BOM 的 UTF-8）或 XLSX。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/LedgerExportCommand.cpp" line="53"/>
        <source>the verb</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/LedgerExportCommand.cpp" line="54"/>
        <source>what to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/LedgerExportCommand.cpp" line="55"/>
        <source>Situation store to read.</source>
        <translation>要读取的态势库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/LedgerExportCommand.cpp" line="55"/>
        <location filename="../../desktop/cli/LedgerExportCommand.cpp" line="57"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/LedgerExportCommand.cpp" line="56"/>
        <source>Ledger table: %1.</source>
        <translation>台账表：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/LedgerExportCommand.cpp" line="56"/>
        <source>TABLE</source>
        <translation>表名</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/LedgerExportCommand.cpp" line="57"/>
        <source>Output file, .csv or .xlsx.</source>
        <translation>输出文件，.csv 或 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/LedgerExportCommand.cpp" line="58"/>
        <source>Only this township (code or name).</source>
        <translation>仅限该乡镇（代码或名称）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/LedgerExportCommand.cpp" line="58"/>
        <source>CODE</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/LedgerExportCommand.cpp" line="59"/>
        <source>Only this type, kind or class (code or label).</source>
        <translation>仅限该类型、类别或等级（代码或名称）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/LedgerExportCommand.cpp" line="59"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/LedgerExportCommand.cpp" line="60"/>
        <source>Only this status (code or label; overdue, supervised for hidden dangers).</source>
        <translation>仅限该状态（代码或名称；隐患点还可用 overdue 逾期、supervised 挂牌督办）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/LedgerExportCommand.cpp" line="60"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/LedgerExportCommand.cpp" line="61"/>
        <source>Only rows whose text fields contain this.</source>
        <translation>仅限文本字段包含该内容的记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/LedgerExportCommand.cpp" line="61"/>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/LedgerExportCommand.cpp" line="71"/>
        <source>unknown ledger &quot;%1&quot; (use --layer with one of: %2)</source>
        <translation>未知台账“%1”（--layer 请使用以下之一：%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/LedgerExportCommand.cpp" line="74"/>
        <source>--out is required (a .csv or .xlsx file)</source>
        <translation>必须指定 --out（.csv 或 .xlsx 文件）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/LedgerExportCommand.cpp" line="86"/>
        <source>no township &quot;%1&quot; in %2</source>
        <translation>%2 中没有乡镇“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/LedgerExportCommand.cpp" line="90"/>
        <source>ledger %1 has no type to filter by</source>
        <translation>台账 %1 没有可供筛选的类型</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/LedgerExportCommand.cpp" line="100"/>
        <source>ledger %1 has no status to filter by</source>
        <translation>台账 %1 没有可供筛选的状态</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/LedgerExportCommand.cpp" line="113"/>
        <source>wrote %1 (%2 rows)</source>
        <translation>已写出 %1（%2 条记录）</translation>
    </message>
</context>
<context>
    <name>onemap::LedgerFilterBar</name>
    <message>
        <location filename="../../desktop/ledger/LedgerFilterBar.cpp" line="26"/>
        <source>Search name, person, phone...</source>
        <translation>搜索名称、人员、电话…</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerFilterBar.cpp" line="44"/>
        <source>All townships</source>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerFilterBar.cpp" line="58"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerFilterBar.cpp" line="65"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerFilterBar.cpp" line="72"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerFilterBar.cpp" line="74"/>
        <source>Listed for supervision</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerFilterBar.cpp" line="79"/>
        <source>All depots</source>
        <translation>全部储备库</translation>
    </message>
</context>
<context>
    <name>onemap::LedgerForm</name>
    <message>
        <location filename="../../desktop/ledger/LedgerForm.cpp" line="43"/>
        <source>Edit %1 #%2</source>
        <translation>编辑 %1 #%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerForm.cpp" line="43"/>
        <source>Add to %1</source>
        <translation>新增 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerForm.cpp" line="75"/>
        <source>Lon</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerForm.cpp" line="77"/>
        <source>Lat</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerForm.cpp" line="83"/>
        <source>Location (CGCS2000) *</source>
        <translation>位置（CGCS2000） *</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerForm.cpp" line="126"/>
        <source>The status follows the closed loop: use &quot;Advance step...&quot; in the ledger.</source>
        <translation>状态随闭环流程变化：请在台账中使用“推进环节…”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerForm.cpp" line="155"/>
        <location filename="../../desktop/ledger/LedgerForm.cpp" line="161"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerForm.cpp" line="169"/>
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerForm.cpp" line="169"/>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ledger/LedgerForm.cpp" line="296"/>
        <source>Please correct the %n marked field(s).</source>
        <translation>
            <numerusform>请修改标出的 %n 个字段。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onemap::LedgerHistoryDialog</name>
    <message>
        <location filename="../../desktop/ledger/LedgerHistoryDialog.cpp" line="27"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerHistoryDialog.cpp" line="29"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerHistoryDialog.cpp" line="31"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerHistoryDialog.cpp" line="55"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerHistoryDialog.cpp" line="111"/>
        <source>History of %1 #%2</source>
        <translation>%1 #%2 的操作记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerHistoryDialog.cpp" line="112"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerHistoryDialog.cpp" line="112"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerHistoryDialog.cpp" line="112"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerHistoryDialog.cpp" line="112"/>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerHistoryDialog.cpp" line="133"/>
        <source>Closed-loop steps (%1)</source>
        <translation>闭环办理过程（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerHistoryDialog.cpp" line="134"/>
        <source>Edits (%1)</source>
        <translation>编辑记录（%1）</translation>
    </message>
</context>
<context>
    <name>onemap::LedgerLabels</name>
    <message>
        <location filename="../../desktop/ledger/LedgerLabels.cpp" line="14"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerLabels.cpp" line="16"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerLabels.cpp" line="26"/>
        <source>Hidden-danger points</source>
        <translation>隐患点</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerLabels.cpp" line="27"/>
        <source>Shelters</source>
        <translation>避难场所</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerLabels.cpp" line="28"/>
        <source>Rescue teams</source>
        <translation>救援队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerLabels.cpp" line="29"/>
        <source>Material depots</source>
        <translation>物资储备库</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerLabels.cpp" line="30"/>
        <source>Reserve items</source>
        <translation>储备物资</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerLabels.cpp" line="31"/>
        <source>Monitoring stations</source>
        <translation>监测站点</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerLabels.cpp" line="32"/>
        <source>Video channels</source>
        <translation>视频监控</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerLabels.cpp" line="33"/>
        <source>Responsible persons</source>
        <translation>责任人</translation>
    </message>
</context>
<context>
    <name>onemap::LedgerModel</name>
    <message>
        <location filename="../../desktop/ledger/LedgerModel.cpp" line="130"/>
        <source>Overdue: the rectification deadline has passed</source>
        <translation>逾期：已超过整改期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ledger/LedgerModel.cpp" line="132"/>
        <source>Listed for supervision</source>
        <translation>挂牌督办</translation>
    </message>
</context>
<context>
    <name>onemap::LedgerValidator</name>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="386"/>
        <location filename="../../layers/ledger/LedgerValidator.cpp" line="57"/>
        <source>%1, field %2: &quot;%3&quot; is not an administrative unit code in admin_units</source>
        <translation>%1，字段 %2：“%3”不是 admin_units 中的行政区划代码</translation>
    </message>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="388"/>
        <location filename="../../layers/ledger/LedgerValidator.cpp" line="59"/>
        <source>%1, field %2: &quot;%3&quot; is a %4, not a %5</source>
        <translation>%1，字段 %2：“%3”属于 %4 级，而不是 %5 级</translation>
    </message>
    <message>
        <location filename="../../layers/ledger/LedgerValidator.cpp" line="66"/>
        <source>%1, field %2: there is no row %3 in %4</source>
        <translation>%1，字段 %2：%4 中没有编号为 %3 的记录</translation>
    </message>
    <message>
        <location filename="../../layers/ledger/LedgerValidator.cpp" line="69"/>
        <source>%1, field %2: &quot;%3&quot; is not a table of the store</source>
        <translation>%1，字段 %2：“%3”不是态势库中的表</translation>
    </message>
    <message>
        <location filename="../../layers/ledger/LedgerValidator.cpp" line="75"/>
        <source>%1, field %2: &quot;%3&quot; is already used by row %4</source>
        <translation>%1，字段 %2：“%3”已被编号为 %4 的记录使用</translation>
    </message>
    <message>
        <location filename="../../layers/ledger/LedgerValidator.cpp" line="86"/>
        <source>%1, field geom: &quot;%2&quot; is not a point</source>
        <translation>%1，字段 geom：“%2”不是点</translation>
    </message>
    <message>
        <location filename="../../layers/ledger/LedgerValidator.cpp" line="88"/>
        <source>%1, field geom: %2, %3 is not a longitude/latitude</source>
        <translation>%1，字段 geom：%2, %3 不是有效的经纬度</translation>
    </message>
    <message>
        <location filename="../../layers/ledger/LedgerValidator.cpp" line="90"/>
        <source>%1, field geom: the point %2, %3 lies outside the county</source>
        <translation>%1，字段 geom：点 %2, %3 位于县界之外</translation>
    </message>
    <message>
        <location filename="../../layers/ledger/LedgerValidator.cpp" line="121"/>
        <source>%1, field geom: a geometry is required</source>
        <translation>%1，字段 geom：必须有几何图形</translation>
    </message>
</context>
<context>
    <name>onemap::MainWindow</name>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="43"/>
        <source>%1 Emergency Situation Board (OneMap)</source>
        <translation>%1一张图应急态势板（OneMap）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="43"/>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="84"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="90"/>
        <source>Feature information</source>
        <translation>要素信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="99"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="119"/>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="120"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="121"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="122"/>
        <source>Identify</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="123"/>
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="141"/>
        <source>Zoomed to %1</source>
        <translation>已定位到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="144"/>
        <source>No township or village named or coded &quot;%1&quot;</source>
        <translation>没有名称或代码为“%1”的乡镇或村</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="77"/>
        <location filename="../../desktop/ui/MainWindow.cpp" line="147"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="148"/>
        <source>Import into a ledger...</source>
        <translation>导入到台账…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="170"/>
        <source>Scale 1:%L1</source>
        <translation>比例尺 1:%L1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="181"/>
        <source>CGCS2000  lon %1°  lat %2°</source>
        <translation>CGCS2000  经度 %1°  纬度 %2°</translation>
    </message>
</context>
<context>
    <name>onemap::MapLayers</name>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="14"/>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="15"/>
        <source>Hidden dangers and risk</source>
        <translation>隐患与风险</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="16"/>
        <source>Emergency resources</source>
        <translation>应急资源</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="17"/>
        <source>Monitoring</source>
        <translation>监测感知</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="18"/>
        <source>Base map</source>
        <translation>基础地理</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="19"/>
        <source>Ledgers</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="21"/>
        <source>Warnings in force</source>
        <translation>生效预警</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="22"/>
        <source>Hidden-danger points</source>
        <translation>隐患点</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="23"/>
        <source>Geological hazard risk zones</source>
        <translation>地质灾害风险区</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="24"/>
        <source>Flood risk zones</source>
        <translation>洪水风险区</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="25"/>
        <source>Forest-fire risk zones</source>
        <translation>森林火险区</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="26"/>
        <source>Shelters</source>
        <translation>避难场所</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="27"/>
        <source>Temporary shelter points</source>
        <translation>临时避险点</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="28"/>
        <source>Rescue teams</source>
        <translation>救援队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="29"/>
        <source>Material depots</source>
        <translation>物资储备库</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="30"/>
        <source>Monitoring stations</source>
        <translation>监测站点</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="31"/>
        <source>Video channels</source>
        <translation>视频监控</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="32"/>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="33"/>
        <source>Rivers</source>
        <translation>河流</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="34"/>
        <source>County boundary</source>
        <translation>县界</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="35"/>
        <source>Townships</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="36"/>
        <source>Villages</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="37"/>
        <source>Reserve items</source>
        <translation>储备物资</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="38"/>
        <source>Responsible persons</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop/map/TransferMapLayers.cpp" line="124"/>
        <source>Transfer and shelter</source>
        <translation>转移避险</translation>
    </message>
</context>
<context>
    <name>onemap::MapSheet</name>
    <message>
        <location filename="../../desktop/export/MapSheet.cpp" line="40"/>
        <source>Map sheet</source>
        <translation>专题图</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheet.cpp" line="18"/>
        <source>Sample County</source>
        <translation>示范县</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheet.cpp" line="20"/>
        <source>%1 emergency situation map</source>
        <translation>%1应急态势图</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheet.cpp" line="22"/>
        <source>%1 Emergency Management Bureau</source>
        <translation>%1应急管理局</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheet.cpp" line="30"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheet.cpp" line="29"/>
        <source>Coordinate system: CGCS2000 (%1)</source>
        <translation>坐标系：CGCS2000（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheet.cpp" line="27"/>
        <source>Data source: %1 situation store; administrative boundaries are schematic.  %2</source>
        <translation>数据来源：%1应急态势库；行政界线为示意。  %2</translation>
    </message>
    <message>
        <location filename="../../desktop/export/dialog/ExportDialog.cpp" line="290"/>
        <location filename="../../desktop/export/MapSheet.cpp" line="24"/>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
</context>
<context>
    <name>onemap::MapSheetOptions</name>
    <message>
        <location filename="../../desktop/export/MapSheetOptions.cpp" line="21"/>
        <source>unknown paper size %1 (use A4 or A3)</source>
        <translation>未知纸张幅面 %1（请用 A4 或 A3）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheetOptions.cpp" line="23"/>
        <source>unknown orientation %1 (use landscape or portrait)</source>
        <translation>未知方向 %1（请用 landscape 或 portrait）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheetOptions.cpp" line="25"/>
        <source>dpi %1 is out of range (50-1200)</source>
        <translation>dpi %1 超出范围（50-1200）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheetOptions.cpp" line="27"/>
        <source>no output file given (--out)</source>
        <translation>未指定输出文件（--out）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheetOptions.cpp" line="29"/>
        <source>cannot write %1: the output must end in .pdf, .png or .svg</source>
        <translation>无法写入 %1：输出文件须以 .pdf、.png 或 .svg 结尾</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheetOptions.cpp" line="33"/>
        <source>cannot write %1: folder missing or not writable</source>
        <translation>无法写入 %1：文件夹不存在或不可写</translation>
    </message>
</context>
<context>
    <name>onemap::MeetingDialog</name>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingDialog.cpp" line="23"/>
        <source>New consultation meeting</source>
        <translation>新建会商</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingDialog.cpp" line="34"/>
        <source>%1 (own template)</source>
        <translation>%1（自定义模板）</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingDialog.cpp" line="44"/>
        <location filename="../../desktop/consult/agenda/MeetingDialog.cpp" line="183"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingDialog.cpp" line="57"/>
        <source>One a line, or separated by 、 or commas</source>
        <translation>每行一个，或以“、”或逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingDialog.cpp" line="67"/>
        <source>Agenda template</source>
        <translation>议程模板</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingDialog.cpp" line="68"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingDialog.cpp" line="69"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingDialog.cpp" line="70"/>
        <source>Hazard</source>
        <translation>灾种</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingDialog.cpp" line="71"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingDialog.cpp" line="72"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingDialog.cpp" line="73"/>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingDialog.cpp" line="74"/>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingDialog.cpp" line="75"/>
        <source>Warning in force</source>
        <translation>生效预警</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingDialog.cpp" line="77"/>
        <source>Start meeting</source>
        <translation>开始会商</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingDialog.cpp" line="140"/>
        <source>Choose an agenda template with steps.</source>
        <translation>请选择一个含有环节的议程模板。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingDialog.cpp" line="145"/>
        <source>The meeting needs a title.</source>
        <translation>会商须有标题。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingDialog.cpp" line="173"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingDialog.cpp" line="193"/>
        <source>%1 %2 warning, %3</source>
        <translation>%1%2预警，%3</translation>
    </message>
</context>
<context>
    <name>onemap::MeetingList</name>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingList.cpp" line="31"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingList.cpp" line="31"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingList.cpp" line="31"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingList.cpp" line="31"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingList.cpp" line="37"/>
        <source>New meeting…</source>
        <translation>新建会商…</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingList.cpp" line="39"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingList.cpp" line="41"/>
        <source>Close meeting</source>
        <translation>结束会商</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingList.cpp" line="43"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingList.cpp" line="45"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingList.cpp" line="47"/>
        <source>Judgement sheet (PDF)…</source>
        <translation>研判一张单（PDF）…</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingList.cpp" line="88"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingList.cpp" line="128"/>
        <location filename="../../desktop/consult/agenda/MeetingList.cpp" line="137"/>
        <location filename="../../desktop/consult/agenda/MeetingList.cpp" line="150"/>
        <source>Choose a meeting in the list first.</source>
        <translation>请先在列表中选择一个会商。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingList.cpp" line="183"/>
        <source>Delete meeting</source>
        <translation>删除会商</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingList.cpp" line="184"/>
        <source>Delete the meeting &quot;%1&quot; with its steps, plots, decisions and tasks? This cannot be undone.</source>
        <translation>确定删除会商“%1”及其环节、标绘、决策事项和任务吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingList.cpp" line="196"/>
        <source>Judgement %1 %2</source>
        <translation>研判一张单 %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingList.cpp" line="198"/>
        <source>Save the one-sheet judgement</source>
        <translation>保存研判一张单</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingList.cpp" line="199"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/agenda/MeetingList.cpp" line="205"/>
        <source>Judgement sheet written to %1</source>
        <translation>研判一张单已写出到 %1</translation>
    </message>
</context>
<context>
    <name>onemap::NoticeActions</name>
    <message>
        <location filename="../../desktop/export/notices/NoticeActions.cpp" line="24"/>
        <location filename="../../desktop/export/notices/NoticeActions.cpp" line="35"/>
        <location filename="../../desktop/export/notices/NoticeActions.cpp" line="37"/>
        <source>Notices</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/NoticeActions.cpp" line="24"/>
        <source>No situation store is open.</source>
        <translation>未打开态势库。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/NoticeActions.cpp" line="35"/>
        <source>Wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/NoticeActions.cpp" line="59"/>
        <source>&amp;Notices</source>
        <translation>文书(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/NoticeActions.cpp" line="60"/>
        <source>Rectification supervision notice for a hidden danger…</source>
        <translation>隐患整改督办单…</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/NoticeActions.cpp" line="62"/>
        <source>Risk reminder notice for a township…</source>
        <translation>乡镇风险提示单…</translation>
    </message>
</context>
<context>
    <name>onemap::NoticeCommand</name>
    <message>
        <location filename="../../desktop/cli/NoticeCommand.cpp" line="16"/>
        <source>Write a notice as a one-page PDF: the rectification-supervision sheet of a hidden danger, or the risk-reminder sheet of a township.</source>
        <translation>将文书输出为单页 PDF：隐患的整改督办单，或乡镇的风险提示单。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/NoticeCommand.cpp" line="19"/>
        <source>the verb</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/NoticeCommand.cpp" line="20"/>
        <source>danger or township</source>
        <translation>danger（隐患）或 township（乡镇）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/NoticeCommand.cpp" line="21"/>
        <source>Situation store to read.</source>
        <translation>要读取的态势库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/NoticeCommand.cpp" line="21"/>
        <location filename="../../desktop/cli/NoticeCommand.cpp" line="23"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/NoticeCommand.cpp" line="22"/>
        <source>Hidden-danger code, or township code or name.</source>
        <translation>隐患编码，或乡镇代码或名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/NoticeCommand.cpp" line="22"/>
        <source>CODE</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/NoticeCommand.cpp" line="23"/>
        <source>Output file (.pdf).</source>
        <translation>输出文件（.pdf）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/NoticeCommand.cpp" line="24"/>
        <source>Date of issue, YYYY-MM-DD (default today); decides what is overdue.</source>
        <translation>签发日期，YYYY-MM-DD（默认为今天）；据此判定是否逾期。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/NoticeCommand.cpp" line="24"/>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/NoticeCommand.cpp" line="29"/>
        <source>unknown notice %1 (try: onemap notice danger, onemap notice township)</source>
        <translation>未知文书类型 %1（可用：onemap notice danger、onemap notice township）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/NoticeCommand.cpp" line="31"/>
        <source>--code is required</source>
        <translation>必须指定 --code</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/NoticeCommand.cpp" line="33"/>
        <source>--out is required</source>
        <translation>必须指定 --out</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/NoticeCommand.cpp" line="42"/>
        <source>--date must be YYYY-MM-DD, not %1</source>
        <translation>--date 须为 YYYY-MM-DD 格式，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/NoticeCommand.cpp" line="47"/>
        <source>wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
</context>
<context>
    <name>onemap::NoticeData</name>
    <message>
        <location filename="../../desktop/export/notices/NoticeData.cpp" line="67"/>
        <source>no hidden danger with code %1 in %2</source>
        <translation>%2 中没有编码为 %1 的隐患</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/NoticeData.cpp" line="87"/>
        <source>no township with code %1 in %2</source>
        <translation>%2 中没有代码或名称为 %1 的乡镇</translation>
    </message>
</context>
<context>
    <name>onemap::NoticeDialog</name>
    <message>
        <location filename="../../desktop/export/notices/NoticeDialog.cpp" line="23"/>
        <source>Rectification supervision notice</source>
        <translation>隐患整改督办单</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/NoticeDialog.cpp" line="23"/>
        <source>Risk reminder notice</source>
        <translation>风险提示单</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/NoticeDialog.cpp" line="45"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/NoticeDialog.cpp" line="52"/>
        <source>Write PDF</source>
        <translation>生成 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/NoticeDialog.cpp" line="60"/>
        <source>Hidden danger</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/NoticeDialog.cpp" line="60"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/NoticeDialog.cpp" line="61"/>
        <source>Date of issue</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/NoticeDialog.cpp" line="62"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/NoticeDialog.cpp" line="96"/>
        <source>Save notice</source>
        <translation>保存文书</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/NoticeDialog.cpp" line="96"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>onemap::NoticeLayout</name>
    <message>
        <location filename="../../desktop/export/notices/NoticeLayout.cpp" line="230"/>
        <source>notice output %1 must be a .pdf file</source>
        <translation>文书输出文件 %1 须为 .pdf 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/NoticeLayout.cpp" line="232"/>
        <source>cannot write %1: folder %2 does not exist</source>
        <translation>无法写入 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/NoticeLayout.cpp" line="252"/>
        <source>cannot write %1 (QGIS export error %2)</source>
        <translation>无法写入 %1（QGIS 导出错误 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/NoticeLayout.cpp" line="257"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>onemap::OverdueTasksDialog</name>
    <message>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="23"/>
        <source>Overdue tasks</source>
        <translation>逾期任务</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="26"/>
        <source>As of:</source>
        <translation>截至：</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="36"/>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="189"/>
        <source>Meeting</source>
        <translation>会商</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="36"/>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="189"/>
        <source>Held on</source>
        <translation>会商日期</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="36"/>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="189"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="36"/>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="189"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="36"/>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="189"/>
        <source>Unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="36"/>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="189"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="36"/>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="189"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="53"/>
        <source>Mark done</source>
        <translation>标记已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="54"/>
        <source>Record the selected tasks as done now (kept in the audit log).</source>
        <translation>将所选任务登记为现已完成（记入操作记录）。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="55"/>
        <source>Export CSV...</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="56"/>
        <source>Save the list as a CSV file for Excel.</source>
        <translation>将列表保存为 CSV 文件，供 Excel 使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="118"/>
        <source>%1 overdue tasks, oldest deadline first.</source>
        <translation>逾期任务 %1 项，按完成时限从早到晚排列。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="144"/>
        <source>Task %1 could not be marked done.</source>
        <translation>无法将任务 %1 标记为已完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="188"/>
        <source>Overdue tasks as of %1</source>
        <translation>截至 %1 的逾期任务</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="198"/>
        <source>overdue-tasks-%1.csv</source>
        <translation>逾期任务-%1.csv</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="199"/>
        <source>Export overdue tasks</source>
        <translation>导出逾期任务</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/OverdueTasksDialog.cpp" line="199"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>onemap::PlaceSearch</name>
    <message>
        <location filename="../../desktop/ui/PlaceSearch.cpp" line="22"/>
        <source>Find township or village (name or code)</source>
        <translation>查找乡镇或村（名称或代码）</translation>
    </message>
</context>
<context>
    <name>onemap::PlotLayers</name>
    <message>
        <location filename="../../desktop/consult/plot/PlotLayers.cpp" line="42"/>
        <source>Plotted marks and text</source>
        <translation>标绘标记与文字</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotLayers.cpp" line="43"/>
        <source>Plotted arrows and lines</source>
        <translation>标绘箭头与线</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotLayers.cpp" line="44"/>
        <source>Plotted areas</source>
        <translation>标绘区域</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotLayers.cpp" line="90"/>
        <source>Consultation plots</source>
        <translation>会商标绘</translation>
    </message>
</context>
<context>
    <name>onemap::PlotStyles</name>
    <message>
        <location filename="../../desktop/consult/plot/PlotStyles.cpp" line="142"/>
        <source>Command post</source>
        <translation>指挥部</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotStyles.cpp" line="144"/>
        <source>Assembly point</source>
        <translation>集结点</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotStyles.cpp" line="146"/>
        <source>Rescue force</source>
        <translation>救援力量</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotStyles.cpp" line="148"/>
        <source>Shelter</source>
        <translation>安置点</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotStyles.cpp" line="150"/>
        <source>Danger spot</source>
        <translation>险情点</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotStyles.cpp" line="152"/>
        <source>Checkpoint / road block</source>
        <translation>封控点/路障</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotStyles.cpp" line="219"/>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotStyles.cpp" line="220"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotStyles.cpp" line="260"/>
        <source>Arrows</source>
        <translation>箭头</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotStyles.cpp" line="261"/>
        <source>Lines</source>
        <translation>线</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotStyles.cpp" line="278"/>
        <source>Areas</source>
        <translation>区域</translation>
    </message>
</context>
<context>
    <name>onemap::PlotTool</name>
    <message>
        <location filename="../../desktop/consult/plot/PlotTools.cpp" line="52"/>
        <source>Text on the map</source>
        <translation>地图文字</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotTools.cpp" line="52"/>
        <source>Words to show on the map:</source>
        <translation>要在地图上显示的文字：</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotTools.cpp" line="86"/>
        <source>No meeting is open: start or open a consultation to plot on the map.</source>
        <translation>没有打开的会商：请新建或打开一个会商后再在地图上标绘。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotTools.cpp" line="90"/>
        <source>The meeting &quot;%1&quot; is closed; reopen it to plot on the map.</source>
        <translation>会商“%1”已结束；如需在地图上标绘，请重新打开。</translation>
    </message>
</context>
<context>
    <name>onemap::PlotToolbar</name>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="47"/>
        <source>Plotting</source>
        <translation>标绘</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="65"/>
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="65"/>
        <source>Draw an arrow: click its points from tail to head; right-click or double-click ends it, Esc drops it.</source>
        <translation>绘制箭头：从箭尾到箭头依次单击各点；右键单击或双击结束，按 Esc 放弃。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="66"/>
        <source>Line</source>
        <translation>线</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="66"/>
        <source>Draw a line: click its points; right-click or double-click ends it, Esc drops it.</source>
        <translation>绘制线：依次单击各点；右键单击或双击结束，按 Esc 放弃。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="67"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="67"/>
        <source>Draw an area: click its corners; right-click or double-click closes it, Esc drops it.</source>
        <translation>绘制区域：依次单击各顶点；右键单击或双击闭合，按 Esc 放弃。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="68"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="68"/>
        <source>Write on the map: click where the words go.</source>
        <translation>在地图上写字：单击文字要放置的位置。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="69"/>
        <source>Mark</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="69"/>
        <source>Put down the chosen mark where you click.</source>
        <translation>在单击处放置所选标记。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="70"/>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="70"/>
        <source>Click a plot to remove it.</source>
        <translation>单击某个标绘将其删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="92"/>
        <source>The mark the Mark tool puts down</source>
        <translation>“标记”工具放置的标记</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="110"/>
        <source>Colour of what is drawn next</source>
        <translation>接下来绘制内容的颜色</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="113"/>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="205"/>
        <source>Standard colours</source>
        <translation>标准颜色</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="114"/>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="114"/>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="114"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="114"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="114"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="114"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="114"/>
        <source>Black</source>
        <translation>黑色</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="125"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/plot/PlotToolbar.cpp" line="126"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>onemap::PluginActions</name>
    <message>
        <location filename="../../desktop/plugins/PluginActions.cpp" line="43"/>
        <location filename="../../desktop/plugins/PluginActions.cpp" line="87"/>
        <source>Record event</source>
        <translation>记录事件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/plugins/PluginActions.cpp" line="83"/>
        <source>%n hazard plugin problem(s), see Plugins &gt; Plugin manager</source>
        <translation>
            <numerusform>%n 个灾种插件存在问题，请查看“插件 &gt; 插件管理”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/PluginActions.cpp" line="96"/>
        <source>Plugin %1: its event kinds failed</source>
        <translation>插件 %1：读取事件类型失败</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/BoardPlugins.cpp" line="69"/>
        <location filename="../../desktop/plugins/PluginActions.cpp" line="85"/>
        <source>&amp;Plugins</source>
        <translation>插件(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/PluginActions.cpp" line="109"/>
        <source>Plugin manager...</source>
        <translation>插件管理...</translation>
    </message>
</context>
<context>
    <name>onemap::PluginImpact</name>
    <message>
        <location filename="../../desktop/plugins/PluginImpact.cpp" line="15"/>
        <source>Plugin %1: %2</source>
        <translation>插件 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/PluginImpact.cpp" line="28"/>
        <source>unexpected failure</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/PluginImpact.cpp" line="60"/>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/PluginImpact.cpp" line="61"/>
        <source>Township</source>
        <translation>乡镇级</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/PluginImpact.cpp" line="64"/>
        <source>Village (grid)</source>
        <translation>村（网格）级</translation>
    </message>
</context>
<context>
    <name>onemap::PluginImpactTables</name>
    <message>
        <location filename="../../desktop/export/impact/PluginImpactTables.cpp" line="44"/>
        <source>… and %1 more.</source>
        <translation>……另有 %1 项。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/PluginImpactTables.cpp" line="70"/>
        <source>%1 — objects threatened (%2), most urgent first</source>
        <translation>%1 — 受威胁对象（%2），按紧迫程度排列</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/PluginImpactTables.cpp" line="71"/>
        <location filename="../../desktop/export/impact/PluginImpactTables.cpp" line="89"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/PluginImpactTables.cpp" line="71"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/PluginImpactTables.cpp" line="71"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/PluginImpactTables.cpp" line="71"/>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/PluginImpactTables.cpp" line="71"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/PluginImpactTables.cpp" line="81"/>
        <source>%1 — level %2 response checklist, %3</source>
        <translation>%1 — %2级响应工作清单（%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/PluginImpactTables.cpp" line="89"/>
        <source>Action</source>
        <translation>工作事项</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/PluginImpactTables.cpp" line="101"/>
        <source>Hazard plugin: %1</source>
        <translation>灾种插件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/PluginImpactTables.cpp" line="112"/>
        <source>No section for this area.</source>
        <translation>该区域无相关分析。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/impact/PluginImpactTables.cpp" line="116"/>
        <location filename="../../desktop/export/impact/PluginImpactTables.cpp" line="124"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
</context>
<context>
    <name>onemap::PluginImpactView</name>
    <message>
        <location filename="../../desktop/plugins/PluginImpactView.cpp" line="18"/>
        <source>Hazard plugins; checklist for:</source>
        <translation>灾种插件；工作清单层级：</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/PluginImpactView.cpp" line="41"/>
        <source>No hazard plugin covers this hazard.</source>
        <translation>没有灾种插件覆盖该灾种。</translation>
    </message>
</context>
<context>
    <name>onemap::PluginManagerDialog</name>
    <message>
        <location filename="../../desktop/plugins/PluginManagerDialog.cpp" line="19"/>
        <source>Hazard plugins</source>
        <translation>灾种插件</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/PluginManagerDialog.cpp" line="25"/>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/PluginManagerDialog.cpp" line="25"/>
        <source>Plugin</source>
        <translation>插件</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/PluginManagerDialog.cpp" line="25"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/PluginManagerDialog.cpp" line="25"/>
        <source>Hazard codes</source>
        <translation>灾种代码</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/PluginManagerDialog.cpp" line="25"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/PluginManagerDialog.cpp" line="25"/>
        <source>Contributes / reason</source>
        <translation>提供内容 / 原因</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/PluginManagerDialog.cpp" line="70"/>
        <source>No hazard plugins found. The board works without them.</source>
        <translation>未找到灾种插件。没有插件时态势板照常工作。</translation>
    </message>
    <message>
        <location filename="../../desktop/plugins/PluginManagerDialog.cpp" line="71"/>
        <source>Enabling or disabling a plugin takes effect at the next start. Plugin folders: %1</source>
        <translation>启用或停用插件在下次启动时生效。插件目录：%1</translation>
    </message>
</context>
<context>
    <name>onemap::PluginMapLayers</name>
    <message>
        <location filename="../../desktop/map/PluginMapLayers.cpp" line="31"/>
        <source>style resource %1 not found</source>
        <translation>找不到样式资源 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/map/PluginMapLayers.cpp" line="39"/>
        <source>style QML does not parse (line %1, column %2: %3)</source>
        <translation>样式 QML 无法解析（第 %1 行，第 %2 列：%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/PluginMapLayers.cpp" line="43"/>
        <source>style QML is not a QGIS style (root element &lt;%1&gt;)</source>
        <translation>样式 QML 不是 QGIS 样式（根元素 &lt;%1&gt;）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/PluginMapLayers.cpp" line="66"/>
        <source>table %1 does not exist</source>
        <translation>数据表 %1 不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/map/PluginMapLayers.cpp" line="80"/>
        <source>table %1 cannot be read as a layer %2</source>
        <translation>数据表 %1 无法作为图层读取 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/map/PluginMapLayers.cpp" line="85"/>
        <source>style of %1 not applied: %2</source>
        <translation>%1 的样式未应用：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/map/PluginMapLayers.cpp" line="114"/>
        <source>Plugin %1: its layer styles failed</source>
        <translation>插件 %1：读取图层样式失败</translation>
    </message>
    <message>
        <location filename="../../desktop/map/PluginMapLayers.cpp" line="123"/>
        <source>Plugin %1: layer %2 skipped: %3</source>
        <translation>插件 %1：已跳过图层 %2：%3</translation>
    </message>
</context>
<context>
    <name>onemap::PluginMigrations</name>
    <message>
        <location filename="../../layers/store/PluginMigrations.cpp" line="21"/>
        <source>Store %1 has schema %2 of plugin %3, newer than the plugin&apos;s %4</source>
        <translation>态势库 %1 中插件 %3 的数据结构版本为 %2，比插件自身的 %4 更新</translation>
    </message>
    <message>
        <location filename="../../layers/store/PluginMigrations.cpp" line="30"/>
        <source>Plugin %1, schema step %2: %3</source>
        <translation>插件 %1，数据结构第 %2 步：%3</translation>
    </message>
</context>
<context>
    <name>onemap::PluginRegistry</name>
    <message>
        <location filename="../../layers/plugins/PluginRegistry.cpp" line="26"/>
        <source>own tables (schema %1)</source>
        <translation>自有数据表（结构版本 %1）</translation>
    </message>
    <message>
        <location filename="../../layers/plugins/PluginRegistry.cpp" line="28"/>
        <source>layer styles</source>
        <translation>图层样式</translation>
    </message>
    <message>
        <location filename="../../layers/plugins/PluginRegistry.cpp" line="29"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="236"/>
        <source>warning rule</source>
        <translation>预警规则</translation>
    </message>
    <message>
        <location filename="../../layers/plugins/PluginRegistry.cpp" line="29"/>
        <source>impact section</source>
        <translation>影响分析章节</translation>
    </message>
    <message>
        <location filename="../../layers/plugins/PluginRegistry.cpp" line="31"/>
        <source>response checklists</source>
        <translation>响应任务清单</translation>
    </message>
    <message>
        <location filename="../../layers/plugins/PluginRegistry.cpp" line="33"/>
        <source>daily statistics fields</source>
        <translation>每日统计字段</translation>
    </message>
    <message>
        <location filename="../../layers/plugins/PluginRegistry.cpp" line="38"/>
        <source>events: %1</source>
        <translation>事件：%1</translation>
    </message>
    <message>
        <location filename="../../layers/plugins/PluginRegistry.cpp" line="102"/>
        <source>%1 is not a OneMap plugin: %2</source>
        <translation>%1 不是 OneMap 插件：%2</translation>
    </message>
    <message>
        <location filename="../../layers/plugins/PluginRegistry.cpp" line="104"/>
        <source>%1 is a Qt plugin of another kind (%2)</source>
        <translation>%1 是其他类型的 Qt 插件（%2）</translation>
    </message>
    <message>
        <location filename="../../layers/plugins/PluginRegistry.cpp" line="119"/>
        <source>%1: its metadata has no &quot;id&quot;</source>
        <translation>%1：元数据中没有“id”</translation>
    </message>
    <message>
        <location filename="../../layers/plugins/PluginRegistry.cpp" line="122"/>
        <source>%1: plugin id &quot;%2&quot; is already provided by %3</source>
        <translation>%1：插件 id“%2”已由 %3 提供</translation>
    </message>
    <message>
        <location filename="../../layers/plugins/PluginRegistry.cpp" line="124"/>
        <source>%1: built for plugin API %2, this board has API %3</source>
        <translation>%1：按插件接口版本 %2 构建，本态势板的接口版本为 %3</translation>
    </message>
    <message>
        <location filename="../../layers/plugins/PluginRegistry.cpp" line="126"/>
        <source>%1: needs store schema %2, this board writes schema %3</source>
        <translation>%1：需要态势库结构版本 %2，本态势板写入的是版本 %3</translation>
    </message>
    <message>
        <location filename="../../layers/plugins/PluginRegistry.cpp" line="135"/>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 无法加载：%2</translation>
    </message>
    <message>
        <location filename="../../layers/plugins/PluginRegistry.cpp" line="139"/>
        <source>%1 does not implement the hazard plugin interface</source>
        <translation>%1 未实现灾种插件接口</translation>
    </message>
    <message>
        <location filename="../../layers/plugins/PluginRegistry.cpp" line="143"/>
        <source>%1: its code says id &quot;%2&quot; but its metadata says &quot;%3&quot;</source>
        <translation>%1：代码中的 id 为“%2”，元数据中却为“%3”</translation>
    </message>
    <message>
        <location filename="../../layers/plugins/PluginRegistry.cpp" line="200"/>
        <source>Plugin %1, sample data: %2</source>
        <translation>插件 %1，示例数据：%2</translation>
    </message>
    <message>
        <location filename="../../layers/plugins/PluginRegistry.cpp" line="212"/>
        <source>loaded</source>
        <translation>已加载</translation>
    </message>
    <message>
        <location filename="../../layers/plugins/PluginRegistry.cpp" line="214"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../layers/plugins/PluginRegistry.cpp" line="218"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>onemap::PluginsCommand</name>
    <message>
        <location filename="../../desktop/cli/PluginsCommand.cpp" line="16"/>
        <source>Lists the hazard plugins found and, with --warning, what each one&apos;s warning rule says the warning threatens.</source>
        <translation>列出找到的灾种插件；带 --warning 时，列出各插件预警规则判定该预警威胁的对象。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/PluginsCommand.cpp" line="18"/>
        <source>the verb</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/PluginsCommand.cpp" line="19"/>
        <source>Id of the warning (the warnings table&apos;s id).</source>
        <translation>预警编号（warnings 表的 id）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/PluginsCommand.cpp" line="19"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/PluginsCommand.cpp" line="20"/>
        <source>Situation store to read.</source>
        <translation>要读取的态势库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/PluginsCommand.cpp" line="20"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/PluginsCommand.cpp" line="27"/>
        <source>no hazard plugins in %1</source>
        <translation>%1 中没有灾种插件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/PluginsCommand.cpp" line="39"/>
        <source>--warning must be a warning id (a positive number), not %1</source>
        <translation>--warning 须为预警编号（正整数），而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/PluginsCommand.cpp" line="49"/>
        <source>plugin %1: %2</source>
        <translation>插件 %1：%2</translation>
    </message>
</context>
<context>
    <name>onemap::ProjectCommand</name>
    <message>
        <location filename="../../desktop/cli/ProjectCommand.cpp" line="39"/>
        <source>Write the county map as a QGIS project (.qgz or .qgs) for QGIS Desktop.</source>
        <translation>将全县地图写为 QGIS 工程（.qgz 或 .qgs），供 QGIS Desktop 使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ProjectCommand.cpp" line="41"/>
        <source>the verb</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ProjectCommand.cpp" line="42"/>
        <source>what to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ProjectCommand.cpp" line="43"/>
        <source>Situation store to draw.</source>
        <translation>要出图的态势库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ProjectCommand.cpp" line="43"/>
        <location filename="../../desktop/cli/ProjectCommand.cpp" line="44"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ProjectCommand.cpp" line="44"/>
        <source>Output file, .qgz or .qgs.</source>
        <translation>输出文件：.qgz 或 .qgs。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ProjectCommand.cpp" line="45"/>
        <source>First view, in the map&apos;s projection (default: the county).</source>
        <translation>初始视图范围，采用地图的投影坐标（默认：全县）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ProjectCommand.cpp" line="45"/>
        <source>XMIN,YMIN,XMAX,YMAX</source>
        <translation>XMIN,YMIN,XMAX,YMAX</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ProjectCommand.cpp" line="50"/>
        <source>unknown export %1 (try: onemap export project)</source>
        <translation>未知的导出类型 %1（可用：onemap export project）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ProjectCommand.cpp" line="59"/>
        <source>--extent must be xmin,ymin,xmax,ymax with xmin &lt; xmax and ymin &lt; ymax, not %1</source>
        <translation>--extent 须为 xmin,ymin,xmax,ymax 且 xmin &lt; xmax、ymin &lt; ymax，而不是 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli/ProjectCommand.cpp" line="69"/>
        <source>wrote %1 (%n layers)</source>
        <translation>
            <numerusform>已写入 %1（%n 个图层）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ProjectCommand.cpp" line="71"/>
        <source>wrote %1 (%2)</source>
        <translation>已写入 %1（%2）</translation>
    </message>
</context>
<context>
    <name>onemap::ProjectExport</name>
    <message>
        <location filename="../../desktop/export/project/ProjectExport.cpp" line="151"/>
        <source>no output file given (--out)</source>
        <translation>未指定输出文件（--out）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/project/ProjectExport.cpp" line="153"/>
        <source>cannot write %1: a QGIS project ends in .qgz or .qgs</source>
        <translation>无法写入 %1：QGIS 工程须以 .qgz 或 .qgs 结尾</translation>
    </message>
    <message>
        <location filename="../../desktop/export/project/ProjectExport.cpp" line="158"/>
        <source>cannot write %1: folder missing or not writable</source>
        <translation>无法写入 %1：文件夹不存在或不可写</translation>
    </message>
    <message>
        <location filename="../../desktop/export/project/ProjectExport.cpp" line="182"/>
        <source>export of %1 canceled</source>
        <translation>%1 的导出已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/export/project/ProjectExport.cpp" line="192"/>
        <location filename="../../desktop/export/project/ProjectExport.cpp" line="195"/>
        <source>cannot copy the map&apos;s layers for %1: %2</source>
        <translation>无法为 %1 复制地图图层：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/export/project/ProjectExport.cpp" line="200"/>
        <source>cannot copy the map&apos;s layers for %1: %2 of %3 layers copied</source>
        <translation>无法为 %1 复制地图图层：%3 个图层中仅复制了 %2 个</translation>
    </message>
    <message>
        <location filename="../../desktop/export/project/ProjectExport.cpp" line="242"/>
        <source>cannot write layer %1 to %2: %3</source>
        <translation>无法将图层 %1 写入 %2：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/export/project/ProjectExport.cpp" line="285"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/export/project/ProjectExport.cpp" line="293"/>
        <location filename="../../desktop/export/project/ProjectExport.cpp" line="300"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>onemap::ReassignCommand</name>
    <message>
        <location filename="../../desktop/transfer/ReassignCommand.cpp" line="28"/>
        <source>Reassign %1 people of %2</source>
        <translation>改派 %2 的 %1 人</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/ReassignCommand.cpp" line="56"/>
        <source>transfer row %1 not found</source>
        <translation>转移记录 %1 不存在</translation>
    </message>
</context>
<context>
    <name>onemap::ReassignDialog</name>
    <message>
        <location filename="../../desktop/transfer/ReassignDialog.cpp" line="55"/>
        <source>Reassign to another shelter</source>
        <translation>改派至其他避难场所</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/ReassignDialog.cpp" line="57"/>
        <source>Group:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/ReassignDialog.cpp" line="58"/>
        <source>Now:</source>
        <translation>当前：</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/ReassignDialog.cpp" line="58"/>
        <source>not placed</source>
        <translation>未安置</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/ReassignDialog.cpp" line="61"/>
        <source>Shelter (fastest by road first):</source>
        <translation>避难场所（按道路用时由近及远）：</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/ReassignDialog.cpp" line="75"/>
        <source>%1 (%2) - room for %3, %4 km, %5 min by road</source>
        <translation>%1（%2）— 剩余容量 %3 人，道路 %4 km，约 %5 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/ReassignDialog.cpp" line="76"/>
        <source>%1 (%2) - room for %3, %4 km straight, no open road</source>
        <translation>%1（%2）— 剩余容量 %3 人，直线 %4 km，无可通行道路</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/ReassignDialog.cpp" line="63"/>
        <source>People to move:</source>
        <translation>转移人数：</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/ReassignDialog.cpp" line="84"/>
        <source>No open shelter has room left.</source>
        <translation>所有开放的避难场所均无剩余容量。</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/ReassignDialog.cpp" line="142"/>
        <source>Room for %1 of the group&apos;s %2 people there; the rest stay where they are.</source>
        <translation>该处只能容纳本组 %2 人中的 %1 人，其余人员保持原安排。</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/ReassignDialog.cpp" line="143"/>
        <source>All %1 people of the group fit.</source>
        <translation>本组 %1 人均可容纳。</translation>
    </message>
</context>
<context>
    <name>onemap::RecordPanel</name>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="76"/>
        <source>This meeting is closed: the record is shown as kept. Reopen the meeting to change it.</source>
        <translation>本次会商已结束：以下为存档记录。如需修改，请重新打开会商。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="85"/>
        <source>Decisions</source>
        <translation>决策事项</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="96"/>
        <source>Type a decision and press Enter</source>
        <translation>输入决策事项后按回车</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="98"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="98"/>
        <source>Add the decision typed on the left.</source>
        <translation>添加左侧输入的决策事项。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="102"/>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="133"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="102"/>
        <source>Delete the selected decision (Undo brings it back).</source>
        <translation>删除所选决策事项（可通过撤销恢复）。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="103"/>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="135"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="103"/>
        <source>Move the selected decision up.</source>
        <translation>将所选决策事项上移。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="104"/>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="136"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="104"/>
        <source>Move the selected decision down.</source>
        <translation>将所选决策事项下移。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="112"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="131"/>
        <source>Add...</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="131"/>
        <source>Add a task with its owner and deadline.</source>
        <translation>添加任务，并指定责任人和完成时限。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="132"/>
        <source>Edit...</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="132"/>
        <source>Change the selected task.</source>
        <translation>修改所选任务。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="133"/>
        <source>Delete the selected task (Undo brings it back).</source>
        <translation>删除所选任务（可通过撤销恢复）。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="134"/>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="411"/>
        <source>Mark done</source>
        <translation>标记已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="134"/>
        <source>Mark the selected task done, or open it again.</source>
        <translation>将所选任务标记为已完成，或重新打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="135"/>
        <source>Move the selected task up.</source>
        <translation>将所选任务上移。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="136"/>
        <source>Move the selected task down.</source>
        <translation>将所选任务下移。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="233"/>
        <source>The change was not made.</source>
        <translation>未能完成修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="250"/>
        <source>Decision: type the text first.</source>
        <translation>决策事项：请先输入内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="254"/>
        <source>Decision: longer than %1 characters.</source>
        <translation>决策事项：超过 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="277"/>
        <source>Move decision</source>
        <translation>移动决策事项</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="334"/>
        <source>Move task</source>
        <translation>移动任务</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="411"/>
        <source>Open again</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/RecordPanel.cpp" line="425"/>
        <source>%1 tasks: %2 open, %3 overdue</source>
        <translation>任务 %1 项：未完成 %2 项，逾期 %3 项</translation>
    </message>
</context>
<context>
    <name>onemap::RectificationNotice</name>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="33"/>
        <source>Reopened</source>
        <translation>重启整改</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="53"/>
        <source>Location</source>
        <translation>所在位置</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="54"/>
        <source>Longitude, latitude</source>
        <translation>经纬度</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="139"/>
        <source>cannot draw the map layers of %1</source>
        <translation>无法绘制 %1 的地图图层</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="140"/>
        <source>Sample County</source>
        <translation>示范县</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="141"/>
        <source>Rectification supervision notice %1</source>
        <translation>隐患整改督办单 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="145"/>
        <source>%1 hidden-danger rectification supervision notice</source>
        <translation>%1隐患整改督办单</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="149"/>
        <source>[%1] No. %2</source>
        <translation>〔%1〕%2号</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="154"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="157"/>
        <source>The hidden danger below, for which your unit is responsible, has been signed off. This sheet records its facts and steps.</source>
        <translation>你单位负责的下列隐患已销号。本单记录该隐患的基本情况和办理过程。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="159"/>
        <source>The hidden danger below, for which your unit is responsible, has not yet been rectified and signed off.</source>
        <translation>你单位负责的下列隐患尚未完成整改销号。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="161"/>
        <source> It is listed for supervision by this bureau.</source>
        <translation>该隐患已由我局挂牌督办。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="162"/>
        <source> Carry out the rectification measures, finish by the deadline and report the result to this bureau in writing; keep monitoring and warning in place until it is signed off.</source>
        <translation>请认真落实整改措施，于整改期限前完成整改，并将整改情况书面报送我局；销号前须持续落实监测预警措施。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="178"/>
        <source>Rectification measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="183"/>
        <source>Deadline for rectification: %1</source>
        <translation>整改期限：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="185"/>
        <source>(overdue by %n day(s))</source>
        <translation>
            <numerusform>（已逾期 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="191"/>
        <source>Steps so far</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="193"/>
        <source>(latest %1; %2 earlier steps not shown)</source>
        <translation>（显示最近 %1 步，另有 %2 步较早记录未显示）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="197"/>
        <source>No steps recorded yet.</source>
        <translation>暂无办理记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="199"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="199"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="199"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="199"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="203"/>
        <source>Received by: ____________</source>
        <translation>签收人：____________</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="204"/>
        <source>Date received: ____________</source>
        <translation>签收日期：____________</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="205"/>
        <source>%1 Emergency Management Bureau</source>
        <translation>%1应急管理局</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="207"/>
        <source>(seal)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="208"/>
        <source>yyyy-MM-dd</source>
        <comment>date of issue</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="212"/>
        <source>Copy to: %1 People&apos;s Government.</source>
        <translation>抄送：%1人民政府。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/RectificationNotice.cpp" line="213"/>
        <source>Generated from the %1 situation store.</source>
        <translation>本单由%1应急态势库生成。</translation>
    </message>
</context>
<context>
    <name>onemap::ReleaseZone</name>
    <message>
        <location filename="../../plugins/hazmat/ReleaseZone.cpp" line="80"/>
        <source>release zone: the point and both distances must be positive numbers</source>
        <translation>泄漏影响区：泄漏点坐标和两个距离均须为正数</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/ReleaseZone.cpp" line="85"/>
        <source>release zone: cannot build the area: %1</source>
        <translation>泄漏影响区：无法生成区域：%1</translation>
    </message>
    <message>
        <location filename="../../plugins/hazmat/ReleaseZone.cpp" line="116"/>
        <source>cannot read the villages of admin_units: %1</source>
        <translation>无法读取 admin_units 中的村（社区）：%1</translation>
    </message>
</context>
<context>
    <name>onemap::RoadCutCommand</name>
    <message>
        <location filename="../../desktop/transfer/RoadCutCommand.cpp" line="27"/>
        <source>road %1</source>
        <translation>道路 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/RoadCutCommand.cpp" line="28"/>
        <source>Mark %1 cut</source>
        <translation>将 %1 标记为中断</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/RoadCutCommand.cpp" line="29"/>
        <source>Mark %1 open</source>
        <translation>将 %1 标记为畅通</translation>
    </message>
</context>
<context>
    <name>onemap::RoadCuts</name>
    <message>
        <location filename="../../layers/transfer/RoadCuts.cpp" line="40"/>
        <source>roads: %1</source>
        <translation>道路：%1</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/RoadCuts.cpp" line="47"/>
        <source>&quot;%1&quot; is not an ISO date-time</source>
        <translation>“%1” 不是 ISO 日期时间</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/RoadCuts.cpp" line="63"/>
        <source>warning %1: cannot find the roads in its area: %2</source>
        <translation>预警 %1：无法查找其范围内的道路：%2</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/RoadCuts.cpp" line="74"/>
        <source>no risk zone with code &quot;%1&quot;</source>
        <translation>代码为 “%1” 的风险区不存在</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/RoadCuts.cpp" line="80"/>
        <source>risk zone %1: cannot find the roads in it: %2</source>
        <translation>风险区 %1：无法查找区内道路：%2</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/RoadCuts.cpp" line="91"/>
        <source>no road with id %1</source>
        <translation>编号为 %1 的道路不存在</translation>
    </message>
</context>
<context>
    <name>onemap::RoadNetwork</name>
    <message>
        <location filename="../../desktop/routing/RoadNetwork.cpp" line="157"/>
        <location filename="../../desktop/routing/RoadNetwork.cpp" line="257"/>
        <source>Building the road network was cancelled.</source>
        <translation>已取消构建路网。</translation>
    </message>
    <message>
        <location filename="../../desktop/routing/RoadNetwork.cpp" line="225"/>
        <source>Could not make the road network layer.</source>
        <translation>无法创建路网图层。</translation>
    </message>
    <message>
        <location filename="../../desktop/routing/RoadNetwork.cpp" line="233"/>
        <source>Could not read the roads into the road network.</source>
        <translation>无法将道路读入路网。</translation>
    </message>
    <message>
        <location filename="../../desktop/routing/RoadNetwork.cpp" line="242"/>
        <source>The road layer is not valid.</source>
        <translation>道路图层无效。</translation>
    </message>
    <message>
        <location filename="../../desktop/routing/RoadNetwork.cpp" line="244"/>
        <source>The road layer %1 is not in longitude/latitude.</source>
        <translation>道路图层 %1 不是经纬度坐标。</translation>
    </message>
    <message>
        <location filename="../../desktop/routing/RoadNetwork.cpp" line="248"/>
        <source>The road layer %1 has no field %2.</source>
        <translation>道路图层 %1 缺少字段 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/routing/RoadNetwork.cpp" line="263"/>
        <source>Could not copy the road layer %1.</source>
        <translation>无法复制道路图层 %1。</translation>
    </message>
</context>
<context>
    <name>onemap::RowConverter</name>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="102"/>
        <location filename="../../layers/import/RowConverter.cpp" line="124"/>
        <source>%1: column &quot;%2&quot; (for field %3) is missing; the file has: %4</source>
        <translation>%1：缺少列“%2”（对应字段 %3）；文件中的列有：%4</translation>
    </message>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="108"/>
        <source>%1: no column for the required field %2 (looked for: %3)</source>
        <translation>%1：必填字段 %2 没有对应的列（已查找：%3）</translation>
    </message>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="145"/>
        <source>%1: coordinate column &quot;%2&quot; is missing; the file has: %3</source>
        <translation>%1：缺少坐标列“%2”；文件中的列有：%3</translation>
    </message>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="148"/>
        <source>%1: no location: the file has no geometry and no longitude/latitude columns (looked for: %2 / %3)</source>
        <translation>%1：没有位置信息：文件既无几何图形，也无经纬度列（已查找：%2 / %3）</translation>
    </message>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="167"/>
        <source>%1: cannot transform from %2 to EPSG:4490</source>
        <translation>%1：无法从 %2 转换到 EPSG:4490</translation>
    </message>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="234"/>
        <location filename="../../layers/import/RowConverter.cpp" line="486"/>
        <location filename="../../layers/import/RowConverter.cpp" line="490"/>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="240"/>
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="248"/>
        <source>not yes/no (是/否, 1/0)</source>
        <translation>不是“是/否”值（可填 是/否 或 1/0）</translation>
    </message>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="254"/>
        <source>not a date (yyyy-mm-dd)</source>
        <translation>不是日期（yyyy-mm-dd）</translation>
    </message>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="264"/>
        <source>not a date and time (yyyy-mm-ddThh:mm:ss)</source>
        <translation>不是日期时间（yyyy-mm-ddThh:mm:ss）</translation>
    </message>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="306"/>
        <location filename="../../layers/import/RowConverter.cpp" line="396"/>
        <location filename="../../layers/import/RowConverter.cpp" line="478"/>
        <source>the bytes are not valid %1 text (wrong encoding?)</source>
        <translation>内容不是有效的 %1 文本（编码是否有误？）</translation>
    </message>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="317"/>
        <source>a value is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="358"/>
        <source>no village named %1 in %2</source>
        <translation>%2没有名为%1的村（社区）</translation>
    </message>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="359"/>
        <source>no village named %1 in the county</source>
        <translation>本县没有名为%1的村（社区）</translation>
    </message>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="360"/>
        <source>no township named %1 in the county</source>
        <translation>本县没有名为%1的乡镇</translation>
    </message>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="362"/>
        <source>%1 places are named %2 (%3): give the township as well</source>
        <translation>有 %1 处地名为%2（%3）：请同时填写所属乡镇</translation>
    </message>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="441"/>
        <location filename="../../layers/import/RowConverter.cpp" line="448"/>
        <source>the point (%1) lies in %2, not in %3: check the coordinates or the name (row rejected)</source>
        <translation>坐标点（%1）位于%2，而不在%3：请核对坐标或名称（该行未入库）</translation>
    </message>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="482"/>
        <source>a coordinate is required</source>
        <translation>必须填写坐标</translation>
    </message>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="496"/>
        <source>the row has no geometry</source>
        <translation>该行没有几何图形</translation>
    </message>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="505"/>
        <source>not a point</source>
        <translation>不是点</translation>
    </message>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="537"/>
        <location filename="../../layers/import/RowConverter.cpp" line="546"/>
        <source>longitude and latitude are swapped</source>
        <translation>经纬度颠倒</translation>
    </message>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="540"/>
        <source>outside the county %1</source>
        <translation>超出%1范围</translation>
    </message>
    <message>
        <location filename="../../layers/import/RowConverter.cpp" line="541"/>
        <location filename="../../layers/import/RowConverter.cpp" line="547"/>
        <source>not a longitude/latitude in EPSG:4490; name the source CRS (for example --crs EPSG:4545)</source>
        <translation>不是 EPSG:4490 下的经纬度；请指定源坐标系（例如 --crs EPSG:4545）</translation>
    </message>
</context>
<context>
    <name>onemap::SampleCounty</name>
    <message>
        <location filename="../../layers/sample/SampleCounty.cpp" line="97"/>
        <source>drawing the county, townships and villages</source>
        <translation>正在绘制县、乡镇和村</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleCounty.cpp" line="103"/>
        <source>laying out roads and rivers</source>
        <translation>正在布设道路和河流</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleCounty.cpp" line="107"/>
        <source>zoning risks</source>
        <translation>正在划定风险区</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleCounty.cpp" line="109"/>
        <source>placing hidden-danger points</source>
        <translation>正在布设隐患点</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleCounty.cpp" line="118"/>
        <source>placing shelters, teams and reserves</source>
        <translation>正在布设避难场所、救援队伍和物资储备库</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleCounty.cpp" line="123"/>
        <source>placing stations and cameras</source>
        <translation>正在布设监测站点和视频监控</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleCounty.cpp" line="136"/>
        <source>%1 already holds data (%2 rows in %3): the sample county is only generated into an empty store</source>
        <translation>%1 中已有数据（%3 中有 %2 行）：示范县数据只能生成到空的态势库中</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleCounty.cpp" line="186"/>
        <source>writing administrative units</source>
        <translation>正在写入行政区划</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleCounty.cpp" line="188"/>
        <source>writing rivers</source>
        <translation>正在写入河流</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleCounty.cpp" line="190"/>
        <source>writing roads</source>
        <translation>正在写入道路</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleCounty.cpp" line="192"/>
        <source>writing risk zones</source>
        <translation>正在写入风险区</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleCounty.cpp" line="194"/>
        <source>writing hidden-danger points</source>
        <translation>正在写入隐患点</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleCounty.cpp" line="202"/>
        <source>writing hidden-danger histories</source>
        <translation>正在写入隐患办理记录</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleCounty.cpp" line="204"/>
        <source>writing shelters</source>
        <translation>正在写入避难场所</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleCounty.cpp" line="206"/>
        <source>writing rescue teams</source>
        <translation>正在写入救援队伍</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleCounty.cpp" line="208"/>
        <source>writing material reserves</source>
        <translation>正在写入物资储备库</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleCounty.cpp" line="213"/>
        <source>writing reserve items</source>
        <translation>正在写入储备物资</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleCounty.cpp" line="215"/>
        <source>writing monitoring stations</source>
        <translation>正在写入监测站点</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleCounty.cpp" line="217"/>
        <source>writing video channels</source>
        <translation>正在写入视频监控</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleCounty.cpp" line="219"/>
        <source>writing responsible persons</source>
        <translation>正在写入责任人</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleCounty.cpp" line="221"/>
        <source>writing warnings</source>
        <translation>正在写入预警</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleCounty.cpp" line="243"/>
        <source>sample scale %1 is out of range (1 to %2)</source>
        <translation>示范县规模倍数 %1 超出范围（1 到 %2）</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleCounty.cpp" line="251"/>
        <source>cannot generate the sample county in %1: %2</source>
        <translation>无法在 %1 中生成示范县：%2</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleCounty.cpp" line="256"/>
        <source>sample county ready</source>
        <translation>示范县数据已生成</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleFrame.cpp" line="97"/>
        <source>sample county: could not cut cell %1 of %2 (geometry engine)</source>
        <translation>示范县：几何引擎无法切分第 %1 个单元（共 %2 个）</translation>
    </message>
    <message>
        <location filename="../../layers/sample/SampleFrame.cpp" line="172"/>
        <source>sample county: the county outline is not a valid polygon</source>
        <translation>示范县：县界轮廓不是有效的多边形</translation>
    </message>
</context>
<context>
    <name>onemap::SeriesCommand</name>
    <message>
        <location filename="../../desktop/cli/SeriesCommand.cpp" line="14"/>
        <source>Export the thematic map series of the county report.</source>
        <translation>导出全县报告的专题图集。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/SeriesCommand.cpp" line="16"/>
        <source>the verb</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/SeriesCommand.cpp" line="17"/>
        <source>what to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/SeriesCommand.cpp" line="18"/>
        <source>Situation store to draw.</source>
        <translation>要出图的态势库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/SeriesCommand.cpp" line="18"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/SeriesCommand.cpp" line="19"/>
        <source>Output folder (one file per theme) or a .pdf file (one page per theme).</source>
        <translation>输出文件夹（每个专题一个文件）或 .pdf 文件（每个专题一页）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/SeriesCommand.cpp" line="19"/>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/SeriesCommand.cpp" line="20"/>
        <source>Sheet template (default A4-landscape).</source>
        <translation>图件模板（默认 A4-landscape）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/SeriesCommand.cpp" line="20"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/SeriesCommand.cpp" line="21"/>
        <source>pdf (default), png or svg, for the files in a folder.</source>
        <translation>pdf（默认）、png 或 svg，用于输出到文件夹的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/SeriesCommand.cpp" line="21"/>
        <source>F</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/SeriesCommand.cpp" line="22"/>
        <source>Resolution (default 300).</source>
        <translation>分辨率（默认 300）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/SeriesCommand.cpp" line="22"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/SeriesCommand.cpp" line="23"/>
        <source>Comma-separated themes (default all: %1).</source>
        <translation>以逗号分隔的专题（默认全部：%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/SeriesCommand.cpp" line="23"/>
        <source>LIST</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/SeriesCommand.cpp" line="24"/>
        <source>Date printed on the sheets (default today).</source>
        <translation>印在图件上的日期（默认今天）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/SeriesCommand.cpp" line="24"/>
        <location filename="../../desktop/cli/SeriesCommand.cpp" line="25"/>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/SeriesCommand.cpp" line="25"/>
        <source>Issuing unit printed on the sheets.</source>
        <translation>印在图件上的制图单位。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/SeriesCommand.cpp" line="30"/>
        <source>usage: onemap export series --store FILE --out FOLDER|FILE.pdf</source>
        <translation>用法：onemap export series --store 文件 --out 文件夹|文件.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/SeriesCommand.cpp" line="42"/>
        <source>--format must be pdf, png or svg, not %1</source>
        <translation>--format 须为 pdf、png 或 svg，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/SeriesCommand.cpp" line="44"/>
        <source>--out %1 is one PDF file; give a folder for %2 files</source>
        <translation>--out %1 是单个 PDF 文件；输出 %2 文件请指定文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/SeriesCommand.cpp" line="48"/>
        <source>--dpi must be an integer, not %1</source>
        <translation>--dpi 须为整数，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/SeriesCommand.cpp" line="58"/>
        <source>sheet %1 of %2</source>
        <translation>第 %1 幅，共 %2 幅</translation>
    </message>
</context>
<context>
    <name>onemap::SheetFiles</name>
    <message>
        <location filename="../../layers/export/SheetFiles.cpp" line="17"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../layers/export/SheetFiles.cpp" line="23"/>
        <source>the name must end in .%1</source>
        <translation>文件名须以 .%1 结尾</translation>
    </message>
    <message>
        <location filename="../../layers/export/SheetFiles.cpp" line="25"/>
        <source>folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <location filename="../../layers/export/SheetFiles.cpp" line="34"/>
        <source>rename from %1 failed</source>
        <translation>从 %1 重命名失败</translation>
    </message>
    <message>
        <location filename="../../layers/export/SheetFiles.cpp" line="58"/>
        <source>sheet %1, column %2</source>
        <translation>工作表 %1，列 %2</translation>
    </message>
    <message>
        <location filename="../../layers/export/SheetFiles.cpp" line="75"/>
        <source>sheet %1, row %2</source>
        <translation>工作表 %1，第 %2 行</translation>
    </message>
    <message>
        <location filename="../../layers/export/SheetFiles.cpp" line="145"/>
        <source>this GDAL has no XLSX driver</source>
        <translation>当前 GDAL 没有 XLSX 驱动</translation>
    </message>
</context>
<context>
    <name>onemap::SheetTemplates</name>
    <message>
        <location filename="../../desktop/export/layout/SheetTemplates.cpp" line="46"/>
        <source>cannot write %1: the output must end in .pdf, .png or .svg</source>
        <translation>无法写入 %1：输出文件须以 .pdf、.png 或 .svg 结尾</translation>
    </message>
    <message>
        <location filename="../../desktop/export/layout/SheetTemplates.cpp" line="89"/>
        <location filename="../../desktop/export/MapSheet.cpp" line="23"/>
        <source>yyyy-MM-dd</source>
        <comment>date format on map sheets</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../../desktop/export/layout/SheetTemplates.cpp" line="289"/>
        <source>cannot read layout template %1</source>
        <translation>无法读取版式模板 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/export/layout/SheetTemplates.cpp" line="294"/>
        <source>layout template %1 is not valid XML (line %2: %3)</source>
        <translation>版式模板 %1 不是有效的 XML（第 %2 行：%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/layout/SheetTemplates.cpp" line="296"/>
        <location filename="../../desktop/export/layout/SheetTemplates.cpp" line="304"/>
        <source>%1 is not a QGIS layout template</source>
        <translation>%1 不是 QGIS 版式模板</translation>
    </message>
    <message>
        <location filename="../../desktop/export/layout/SheetTemplates.cpp" line="306"/>
        <source>layout template %1 has no page</source>
        <translation>版式模板 %1 没有页面</translation>
    </message>
    <message>
        <location filename="../../desktop/export/layout/SheetTemplates.cpp" line="309"/>
        <source>layout template %1 has no item &quot;%2&quot;</source>
        <translation>版式模板 %1 中没有项“%2”</translation>
    </message>
    <message>
        <location filename="../../desktop/export/layout/SheetTemplates.cpp" line="311"/>
        <source>layout template %1: item &quot;%2&quot; is not a map</source>
        <translation>版式模板 %1：项“%2”不是地图</translation>
    </message>
    <message>
        <location filename="../../desktop/export/layout/SheetTemplates.cpp" line="381"/>
        <source>cannot write %1: its suffix does not match the format asked for</source>
        <translation>无法写入 %1：其扩展名与所要求的格式不符</translation>
    </message>
    <message>
        <location filename="../../desktop/export/layout/SheetTemplates.cpp" line="385"/>
        <location filename="../../desktop/export/layout/SheetTemplates.cpp" line="393"/>
        <source>cannot write %1: folder missing or not writable</source>
        <translation>无法写入 %1：文件夹不存在或不可写</translation>
    </message>
    <message>
        <location filename="../../desktop/export/layout/SheetTemplates.cpp" line="387"/>
        <source>cannot write %1: the layout has no page</source>
        <translation>无法写入 %1：版式没有页面</translation>
    </message>
    <message>
        <location filename="../../desktop/export/layout/SheetTemplates.cpp" line="432"/>
        <source>cannot write %1 (QGIS export error %2)</source>
        <translation>无法写入 %1（QGIS 导出错误 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/layout/SheetTemplates.cpp" line="442"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>onemap::ShelterBalance</name>
    <message>
        <location filename="../../layers/transfer/ShelterBalance.cpp" line="34"/>
        <source>no transfer plan with id %1</source>
        <translation>编号为 %1 的转移避险方案不存在</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/ShelterBalance.cpp" line="48"/>
        <source>hidden dangers: %1</source>
        <translation>隐患点：%1</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/ShelterBalance.cpp" line="59"/>
        <source>shelters: %1</source>
        <translation>避难场所：%1</translation>
    </message>
</context>
<context>
    <name>onemap::ShelterBalanceReport</name>
    <message>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="51"/>
        <source>Shelter balance</source>
        <translation>避难场所容量平衡</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="52"/>
        <source>Township code</source>
        <translation>乡镇代码</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="53"/>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="118"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="54"/>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="119"/>
        <source>People to move</source>
        <translation>需转移人数</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="55"/>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="120"/>
        <source>Shelters</source>
        <translation>避难场所数</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="56"/>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="121"/>
        <source>Free capacity</source>
        <translation>剩余容量</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="57"/>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="122"/>
        <source>Shortfall</source>
        <translation>缺口人数</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="58"/>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="123"/>
        <source>People per place</source>
        <translation>人容比</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="66"/>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="137"/>
        <source>County total</source>
        <translation>全县合计</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="84"/>
        <source>cannot draw the map layers of %1</source>
        <translation>无法绘制 %1 的地图图层</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="90"/>
        <source>Sample County</source>
        <translation>示范县</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="92"/>
        <source>%1 shelter balance by township</source>
        <translation>%1各乡镇避难场所容量平衡表</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="103"/>
        <source>To move: %1 people. Free room: %2 places in %3 shelters. Short: %4 people in %5 townships.</source>
        <translation>需转移 %1 人；%3 处避难场所剩余容量 %2 人；%5 个乡镇共缺口 %4 人。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="117"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="133"/>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="139"/>
        <source>no room</source>
        <translation>无容量</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="140"/>
        <source>People to move against free shelter room</source>
        <translation>需转移人数与避难场所剩余容量对比</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterBalanceReport.cpp" line="141"/>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
</context>
<context>
    <name>onemap::ShelterCommand</name>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="25"/>
        <source>the verb</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="26"/>
        <source>the action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="27"/>
        <source>Situation store.</source>
        <translation>态势库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="27"/>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="28"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="28"/>
        <source>Write the result to a .csv or .pdf instead of printing it.</source>
        <translation>将结果写入 .csv 或 .pdf 文件，而不是打印输出。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="45"/>
        <source>Shelter coverage: the area and people within a walk of an open shelter along the roads (cut roads avoided), the villages left uncovered and those without a shelter of their own.</source>
        <translation>避难场所覆盖：开放避难场所沿道路步行可达范围内的面积和人口（避开中断道路），以及未覆盖的村（社区）和无本村避难场所的村（社区）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="48"/>
        <source>Walking time in minutes (default 5).</source>
        <translation>步行时间，单位分钟（默认 5）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="48"/>
        <source>N</source>
        <translation>分钟数</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="49"/>
        <source>Walking speed in km/h (default 5).</source>
        <translation>步行速度，单位 km/h（默认 5）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="49"/>
        <source>KMH</source>
        <translation>时速</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="50"/>
        <source>Longest straight walk off the roads in metres at either end (default 100; 0: no limit, plain disks around the shelters).</source>
        <translation>起点和终点离开道路直线步行的最大距离，单位米（默认 100；0 表示不限，按避难场所周围的圆形范围计算）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="50"/>
        <source>M</source>
        <translation>米数</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="51"/>
        <source>Shelter classes counted, comma separated (default all).</source>
        <translation>计入的避难场所等级，以逗号分隔（默认全部）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="51"/>
        <source>LIST</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="52"/>
        <source>Also avoid roads inside active red and orange warning areas.</source>
        <translation>同时避开生效中的红色、橙色预警区域内的道路。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="56"/>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="118"/>
        <source>--out must end in .csv or .pdf, not %1</source>
        <translation>--out 必须以 .csv 或 .pdf 结尾，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="61"/>
        <source>--minutes must be between 0 and 120, not &quot;%1&quot;</source>
        <translation>--minutes 必须在 0 到 120 之间，而不是 “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="64"/>
        <source>--walk-kmh must be a speed between 0.5 and 20, not &quot;%1&quot;</source>
        <translation>--walk-kmh 须为 0.5 到 20 之间的速度，而不是 “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="67"/>
        <source>--off-road must be metres between 0 and 5000, not &quot;%1&quot;</source>
        <translation>--off-road 须为 0 到 5000 之间的米数，而不是 “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="70"/>
        <source>--classes: &quot;%1&quot; is not a shelter class (%2)</source>
        <translation>--classes：“%1” 不是避难场所等级（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="90"/>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="135"/>
        <source>wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="93"/>
        <source>%1 shelters; within a %2-minute walk at %3 km/h: %4 of %5 km² (%6%), %7 of %8 people (%9%)</source>
        <translation>避难场所 %1 处；以 %3 km/h 步行 %2 分钟范围内：覆盖面积 %4 km²（共 %5 km²，%6%），覆盖人口 %7 人（共 %8 人，%9%）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="111"/>
        <source>Shelter balance per township: people to move (a plan&apos;s, or the threatened people of open hidden-danger points) against the room left in open shelters; the shortfall.</source>
        <translation>各乡镇避难场所供需平衡：需转移人数（某一方案的转移人数，或未销号隐患点的受威胁人数）与开放避难场所剩余容量的对比，以及缺口。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="114"/>
        <source>Transfer plan whose people are counted.</source>
        <translation>计入其人数的转移避险方案。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="114"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="124"/>
        <source>--plan must be a plan id, not &quot;%1&quot;</source>
        <translation>--plan 须为方案编号，而不是 “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterCommand.cpp" line="151"/>
        <source>shelter needs an action: coverage or balance (onemap shelter coverage --help)</source>
        <translation>shelter 命令需要指定操作：coverage 或 balance（参见 onemap shelter coverage --help）</translation>
    </message>
</context>
<context>
    <name>onemap::ShelterCoverage</name>
    <message>
        <location filename="../../desktop/routing/ShelterCoverage.cpp" line="179"/>
        <location filename="../../desktop/routing/ShelterCoverage.cpp" line="208"/>
        <source>Shelter coverage was cancelled.</source>
        <translation>已取消避难场所覆盖计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/routing/ShelterCoverage.cpp" line="185"/>
        <source>Could not set up the local projection for shelter coverage.</source>
        <translation>无法为避难场所覆盖计算建立局部投影。</translation>
    </message>
    <message>
        <location filename="../../desktop/routing/ShelterCoverage.cpp" line="233"/>
        <source>Shelter coverage: a coordinate transform failed (%1).</source>
        <translation>避难场所覆盖：坐标转换失败（%1）。</translation>
    </message>
</context>
<context>
    <name>onemap::ShelterCoverageReport</name>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="29"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="29"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="51"/>
        <source>Shelter coverage</source>
        <translation>避难场所覆盖</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="52"/>
        <source>Township code</source>
        <translation>乡镇代码</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="53"/>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="160"/>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="166"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="54"/>
        <source>Village code</source>
        <translation>村代码</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="55"/>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="161"/>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="167"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="56"/>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="80"/>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="161"/>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="167"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="57"/>
        <source>Area (km2)</source>
        <translation>面积（平方公里）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="58"/>
        <source>Covered (km2)</source>
        <translation>覆盖面积（平方公里）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="59"/>
        <source>Covered share (%)</source>
        <translation>覆盖比例（%）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="60"/>
        <source>Covered population</source>
        <translation>覆盖人口</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="61"/>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="162"/>
        <source>Own shelter</source>
        <translation>本村避难场所</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="62"/>
        <source>Uncovered</source>
        <translation>未覆盖</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="78"/>
        <source>County area km2</source>
        <translation>县域面积（km²）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="79"/>
        <source>Covered km2 (%)</source>
        <translation>覆盖面积km²（%）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="81"/>
        <source>Covered people (%)</source>
        <translation>覆盖人口（%）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="82"/>
        <source>Shelters</source>
        <translation>避难场所数</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="83"/>
        <source>Uncovered villages</source>
        <translation>未覆盖村</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="84"/>
        <source>No own shelter</source>
        <translation>无本村场所</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="110"/>
        <source>cannot draw the map layers of %1</source>
        <translation>无法绘制 %1 的地图图层</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="117"/>
        <source>Sample County</source>
        <translation>示范县</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="127"/>
        <source>%1 shelter coverage</source>
        <translation>%1避难场所覆盖情况</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="130"/>
        <source>Within a %1-minute walk (%2 km/h, along the roads) of an open shelter</source>
        <translation>开放避难场所沿道路步行 %1 分钟（%2 公里/小时）范围</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="152"/>
        <source>Covered area</source>
        <translation>覆盖范围</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="153"/>
        <source>Uncovered village (red hatching)</source>
        <translation>未覆盖村（红色斜线）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="154"/>
        <source>No shelter of its own (orange dashes)</source>
        <translation>无本村避难场所（橙色虚线）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="158"/>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="160"/>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="166"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="162"/>
        <source>Area km2</source>
        <translation>面积km²</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="168"/>
        <source>Covered %</source>
        <translation>覆盖%</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="168"/>
        <source>Covered people</source>
        <translation>覆盖人口</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="181"/>
        <source>Villages left uncovered</source>
        <translation>未覆盖的村（社区）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="182"/>
        <source>Villages without a shelter of their own</source>
        <translation>无本村避难场所的村（社区）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/ShelterCoverageReport.cpp" line="192"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
</context>
<context>
    <name>onemap::ShelterFiles</name>
    <message>
        <location filename="../../desktop/cli/ShelterFiles.cpp" line="15"/>
        <source>Villages uncovered or without a shelter of their own</source>
        <translation>未覆盖或无本村避难场所的村（社区）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterFiles.cpp" line="16"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterFiles.cpp" line="16"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterFiles.cpp" line="17"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterFiles.cpp" line="17"/>
        <source>Covered %</source>
        <translation>覆盖率（%）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterFiles.cpp" line="18"/>
        <source>Covered people</source>
        <translation>覆盖人口</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterFiles.cpp" line="18"/>
        <source>Own shelter</source>
        <translation>本村避难场所</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterFiles.cpp" line="30"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ShelterFiles.cpp" line="30"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferExports.cpp" line="40"/>
        <source>People to move: threatened people of hidden-danger points not signed off</source>
        <translation>需转移人数：未销号隐患点的受威胁人数</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferExports.cpp" line="45"/>
        <source>People to move: transfer plan %1 (%2)</source>
        <translation>需转移人数：转移避险方案 %1（%2）</translation>
    </message>
</context>
<context>
    <name>onemap::ShelterSites</name>
    <message>
        <location filename="../../layers/transfer/ShelterSites.cpp" line="89"/>
        <source>inside %1 zone %2</source>
        <translation>位于%1风险区 %2 内</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/ShelterSites.cpp" line="92"/>
        <source>inside the plan&apos;s zone %1</source>
        <translation>位于本方案范围 %1 内</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/ShelterSites.cpp" line="97"/>
        <source>shelters: %1</source>
        <translation>避难场所：%1</translation>
    </message>
</context>
<context>
    <name>onemap::SnowfreezePlugin</name>
    <message>
        <location filename="../../plugins/snowfreeze/SnowAssessment.cpp" line="81"/>
        <source>warning %1, field level: &quot;%2&quot; is not blue, yellow, orange or red</source>
        <translation>预警 %1，字段 level：“%2”不是蓝色、黄色、橙色或红色</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowAssessment.cpp" line="115"/>
        <source>cannot read roads: %1</source>
        <translation>无法读取道路：%1</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowAssessment.cpp" line="140"/>
        <source>cannot read villages: %1</source>
        <translation>无法读取村（社区）：%1</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowAssessment.cpp" line="173"/>
        <source>no township seat on the roads network</source>
        <translation>路网上找不到乡镇驻地</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowAssessment.cpp" line="193"/>
        <source>snow_village_altitude is empty: no altitude to place the freezing line</source>
        <translation>snow_village_altitude 为空：没有海拔数据，无法确定冻结线</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowAssessment.cpp" line="258"/>
        <source>cannot read snow_power_lines: %1</source>
        <translation>无法读取 snow_power_lines：%1</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezePlugin.cpp" line="34"/>
        <source>Road segments closed by snow or ice</source>
        <translation>因雪因冰封闭路段</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezePlugin.cpp" line="35"/>
        <source>Road closed (km)</source>
        <translation>封闭道路（千米）</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezePlugin.cpp" line="36"/>
        <location filename="../../plugins/snowfreeze/SnowfreezeRule.cpp" line="106"/>
        <source>Villages cut off</source>
        <translation>交通中断村（社区）</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezePlugin.cpp" line="37"/>
        <source>People in cut-off villages</source>
        <translation>交通中断村人口</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezePlugin.cpp" line="38"/>
        <source>Households without power</source>
        <translation>停电户数</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezePlugin.cpp" line="39"/>
        <source>Power lines iced or broken</source>
        <translation>覆冰或断线线路</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezePlugin.cpp" line="40"/>
        <source>Needy people given cold-protection aid</source>
        <translation>困难群众御寒救助人数</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezePlugin.cpp" line="41"/>
        <source>People relocated</source>
        <translation>转移安置人数</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezeRule.cpp" line="13"/>
        <source>bridge</source>
        <translation>桥梁</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezeRule.cpp" line="15"/>
        <source>shaded slope</source>
        <translation>背阴坡</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezeRule.cpp" line="17"/>
        <source>pass</source>
        <translation>垭口</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezeRule.cpp" line="19"/>
        <source>tunnel mouth</source>
        <translation>隧道口</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezeRule.cpp" line="42"/>
        <source>cut off from the county seat %1 by closed roads (still reaches its township seat); %2 people, %3 m</source>
        <translation>因道路封闭与县城%1中断联系（仍可到达乡镇驻地）；%2 人，海拔 %3 米</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezeRule.cpp" line="43"/>
        <source>cut off from the county seat %1 and its township seat by closed roads; %2 people, %3 m</source>
        <translation>因道路封闭与县城%1及乡镇驻地均中断联系；%2 人，海拔 %3 米</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezeRule.cpp" line="54"/>
        <source>highest point %1 m</source>
        <translation>最高点 %1 米</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezeRule.cpp" line="56"/>
        <source>icing-prone %1</source>
        <translation>易结冰%1</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezeRule.cpp" line="57"/>
        <source>snow and ice above the freezing line %1 m (%2): close to traffic</source>
        <translation>高于冻结线 %1 米（%2）有冰雪：实施交通管制</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezeRule.cpp" line="58"/>
        <source>snow and ice above the freezing line %1 m (%2): keep open by de-icing</source>
        <translation>高于冻结线 %1 米（%2）有冰雪：除冰保畅</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezeRule.cpp" line="69"/>
        <source>%1 kV line designed for %2 mm of ice, %3 mm expected at %4 m; %5 households supplied</source>
        <translation>%1 kV 线路设计覆冰 %2 mm，海拔 %4 米处预计覆冰 %3 mm；供电 %5 户</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezeRule.cpp" line="105"/>
        <source>Snow and freezing: roads and villages cut off</source>
        <translation>雪灾凝冻：道路封闭与交通中断村</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezeRule.cpp" line="106"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezeRule.cpp" line="106"/>
        <source>Roads closed (km)</source>
        <translation>封闭道路（千米）</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezeRule.cpp" line="106"/>
        <source>People cut off</source>
        <translation>受阻人数</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezeRule.cpp" line="107"/>
        <source>Households cut off</source>
        <translation>受阻户数</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezeRule.cpp" line="107"/>
        <source>Power lines at risk</source>
        <translation>受威胁电力线路</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezeRule.cpp" line="113"/>
        <source>(outside the townships)</source>
        <translation>（乡镇范围外）</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezeRule.cpp" line="114"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowfreezeRule.cpp" line="115"/>
        <source>Freezing line at %1 m (%2 warning, county seat %3 m): %4 km of road closed, %5 villages with %6 people cut off, %7 power lines at risk supplying up to %8 households</source>
        <translation>冻结线海拔 %1 米（%2预警，县城海拔 %3 米）：封闭道路 %4 千米，%5 个村（社区）%6 人交通中断，%7 条电力线路受威胁，涉及最多 %8 户</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowStyles.cpp" line="63"/>
        <source>Power lines (design ice)</source>
        <translation>电力线路（设计覆冰）</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowStyles.cpp" line="64"/>
        <source>Icing-prone road spots</source>
        <translation>易结冰路段</translation>
    </message>
    <message>
        <location filename="../../plugins/snowfreeze/SnowStyles.cpp" line="65"/>
        <source>Village altitude</source>
        <translation>村（社区）海拔</translation>
    </message>
</context>
<context>
    <name>onemap::SourceReader</name>
    <message>
        <location filename="../../layers/import/SourceReader.cpp" line="69"/>
        <source>%1: file not found</source>
        <translation>%1：找不到文件</translation>
    </message>
    <message>
        <location filename="../../layers/import/SourceReader.cpp" line="71"/>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <location filename="../../layers/import/SourceReader.cpp" line="89"/>
        <source> (for example --encoding gbk)</source>
        <translation>（例如 --encoding gbk）</translation>
    </message>
    <message>
        <location filename="../../layers/import/SourceReader.cpp" line="114"/>
        <source>%1: not a readable table or GIS file%2</source>
        <translation>%1：不是可读取的表格或 GIS 文件%2</translation>
    </message>
    <message>
        <location filename="../../layers/import/SourceReader.cpp" line="122"/>
        <source>%1: the file holds no table</source>
        <translation>%1：文件中没有数据表</translation>
    </message>
    <message>
        <location filename="../../layers/import/SourceReader.cpp" line="137"/>
        <source>%1: the header is not valid %2 text; name the right encoding (for example --encoding gbk)</source>
        <translation>%1：表头不是有效的 %2 文本；请指定正确的编码（例如 --encoding gbk）</translation>
    </message>
    <message>
        <location filename="../../layers/import/SourceReader.cpp" line="143"/>
        <source>%1: the file has no columns</source>
        <translation>%1：文件中没有列</translation>
    </message>
    <message>
        <location filename="../../layers/import/SourceReader.cpp" line="154"/>
        <source>%1: cannot filter rows by &quot;%2&quot;: %3</source>
        <translation>%1：无法按“%2”筛选行：%3</translation>
    </message>
    <message>
        <location filename="../../layers/import/SourceReader.cpp" line="171"/>
        <source>%1: reading stopped after row %2: %3</source>
        <translation>%1：读取在第 %2 行之后中断：%3</translation>
    </message>
</context>
<context>
    <name>onemap::Statistics</name>
    <message>
        <location filename="../../layers/statistics/DailyReport.cpp" line="43"/>
        <source>%1 daily statistics report (%2), %3</source>
        <translation>%1每日统计报表（%2），%3</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/DailyReport.cpp" line="49"/>
        <location filename="../../layers/statistics/DailyReportFiles.cpp" line="9"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/DailyReportFiles.cpp" line="9"/>
        <source>Township code</source>
        <translation>乡镇代码</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/DailyReportFiles.cpp" line="12"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/DailyReportFiles.cpp" line="26"/>
        <source>County total</source>
        <translation>全县合计</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/DailyStatistics.cpp" line="63"/>
        <source>set: &quot;%1&quot; is not one of %2</source>
        <translation>set：“%1”不是 %2 之一</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/DailyStatistics.cpp" line="69"/>
        <source>field: &quot;%1&quot; is not a field of the %2 set (fields: %3)</source>
        <translation>field：“%1”不是 %2 类别的字段（可用字段：%3）</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/DailyStatistics.cpp" line="73"/>
        <source>%1 (%2), township %3, %4</source>
        <translation>%1（%2），乡镇 %3，%4</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/DailyStatistics.cpp" line="76"/>
        <source>%1: report_date is not a valid date</source>
        <translation>%1：report_date 不是有效日期</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/DailyStatistics.cpp" line="79"/>
        <source>%1: report_date %2 is in the future (today is %3)</source>
        <translation>%1：report_date %2 晚于今天（今天是 %3）</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/DailyStatistics.cpp" line="81"/>
        <source>%1: township_code &quot;%2&quot; is not a township of this county</source>
        <translation>%1：township_code“%2”不是本县的乡镇</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/DailyStatistics.cpp" line="85"/>
        <source>%1: value is not a number</source>
        <translation>%1：数值不是有效数字</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/DailyStatistics.cpp" line="87"/>
        <source>%1: value %2 is below 0</source>
        <translation>%1：数值 %2 小于 0</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/DailyStatistics.cpp" line="89"/>
        <source>%1: value %2 is not a whole number (it is a count)</source>
        <translation>%1：数值 %2 不是整数（该项为计数）</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/DailyStatistics.cpp" line="92"/>
        <source>%1: source &quot;%2&quot; is not one of %3</source>
        <translation>%1：source“%2”不是 %3 之一</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/DailyStatistics.cpp" line="127"/>
        <location filename="../../layers/statistics/DailyStatistics.cpp" line="131"/>
        <source>value %1: %2</source>
        <translation>第 %1 个数值：%2</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/DailyStatistics.cpp" line="172"/>
        <source>County</source>
        <translation>本县</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="29"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="50"/>
        <source>Max 24 h rainfall (mm)</source>
        <translation>24 小时最大降雨量（mm）</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="30"/>
        <source>Rain stations over threshold</source>
        <translation>超阈值雨量站</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="31"/>
        <source>River gauges over warning level</source>
        <translation>超警戒水位河道站</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="32"/>
        <source>Reservoirs over flood-limit level</source>
        <translation>超汛限水位水库</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="33"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="100"/>
        <source>Hidden dangers newly reported</source>
        <translation>新上报隐患</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="34"/>
        <source>Hidden dangers reopened</source>
        <translation>重启整改隐患</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="35"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="87"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="101"/>
        <source>People affected</source>
        <translation>受灾人数</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="36"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="102"/>
        <source>Dead or missing</source>
        <translation>死亡失踪人数</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="37"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="88"/>
        <source>Houses collapsed</source>
        <translation>倒塌房屋</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="38"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="57"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="72"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="89"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="103"/>
        <source>Direct loss (10k yuan)</source>
        <translation>直接经济损失（万元）</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="39"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="58"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="73"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="90"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="104"/>
        <source>Warning calls answered</source>
        <translation>预警叫应已应答</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="40"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="106"/>
        <source>People transferred</source>
        <translation>转移人数</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="41"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="105"/>
        <source>Rescuers deployed</source>
        <translation>出动救援人员</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="42"/>
        <source>People in shelters</source>
        <translation>避难场所安置人数</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="43"/>
        <source>Road sections cut</source>
        <translation>中断道路</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="44"/>
        <source>Villages without power or signal</source>
        <translation>断电断信村（社区）</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="45"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="62"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="78"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="95"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="107"/>
        <source>Public-opinion items</source>
        <translation>舆情条数</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="46"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="63"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="79"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="96"/>
        <source>Items responded to</source>
        <translation>已回应舆情</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="49"/>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="66"/>
        <source>Days without effective rain</source>
        <translation>无有效降雨日数</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="51"/>
        <source>Reservoirs at dead storage</source>
        <translation>降至死水位水库</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="52"/>
        <source>Water sources dried up</source>
        <translation>干涸水源</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="53"/>
        <source>People short of drinking water</source>
        <translation>因旱饮水困难人数</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="54"/>
        <source>Livestock short of water</source>
        <translation>因旱饮水困难牲畜</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="55"/>
        <source>Crops affected (ha)</source>
        <translation>农作物受旱面积（ha）</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="56"/>
        <source>Crops failed (ha)</source>
        <translation>农作物绝收面积（ha）</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="59"/>
        <source>Drinking water delivered (t)</source>
        <translation>送水量（t）</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="60"/>
        <source>Pumps deployed</source>
        <translation>投入水泵</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="61"/>
        <source>People given emergency water</source>
        <translation>应急供水受益人数</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="67"/>
        <source>Fire water points usable</source>
        <translation>可用消防取水点</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="68"/>
        <source>Satellite hotspots</source>
        <translation>卫星热点</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="69"/>
        <source>Fires started</source>
        <translation>火灾起数</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="70"/>
        <source>Area burned (ha)</source>
        <translation>过火面积（ha）</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="71"/>
        <source>Dead or injured</source>
        <translation>伤亡人数</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="74"/>
        <source>Firefighters deployed</source>
        <translation>出动扑火人员</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="75"/>
        <source>Patrol person-times</source>
        <translation>巡护人次</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="76"/>
        <source>People evacuated</source>
        <translation>疏散人数</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="77"/>
        <source>Illegal fire uses stopped</source>
        <translation>制止违规野外用火</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="82"/>
        <source>Max snow depth (cm)</source>
        <translation>最大积雪深度（cm）</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="83"/>
        <source>Max ice on wires (mm)</source>
        <translation>电线最大覆冰厚度（mm）</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="84"/>
        <source>Water supplies frozen</source>
        <translation>冰冻供水设施</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="85"/>
        <source>Road sections iced or closed</source>
        <translation>结冰或封闭路段</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="86"/>
        <source>Power lines down</source>
        <translation>倒断电力线路</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="91"/>
        <source>De-icing crew deployed</source>
        <translation>出动除冰人员</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="92"/>
        <source>De-icing salt spread (t)</source>
        <translation>撒布融雪剂（t）</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="93"/>
        <source>People stranded</source>
        <translation>滞留人数</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="94"/>
        <source>People given cold relief</source>
        <translation>御寒救助人数</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="99"/>
        <source>Incidents reported</source>
        <translation>突发事件报告起数</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="122"/>
        <source>Rain</source>
        <translation>降雨</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="124"/>
        <source>Drought</source>
        <translation>干旱</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="126"/>
        <source>Fire</source>
        <translation>火灾</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="128"/>
        <source>Snow</source>
        <translation>雪灾冰冻</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="130"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="145"/>
        <source>Rain situation</source>
        <translation>雨情</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="147"/>
        <source>Water situation</source>
        <translation>水情</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="149"/>
        <source>Danger situation</source>
        <translation>险情</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="151"/>
        <source>Disaster situation</source>
        <translation>灾情</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="153"/>
        <source>Work situation</source>
        <translation>工情</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="155"/>
        <source>Social situation</source>
        <translation>社情</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="157"/>
        <source>Public opinion</source>
        <translation>舆情</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="209"/>
        <source>plugin %1: daily statistics field &quot;%2&quot; is not &quot;name:label&quot; with a lower-case name</source>
        <translation>插件 %1：每日统计字段“%2”不符合“name:label”格式（name 须为小写）</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticFields.cpp" line="215"/>
        <source>plugin %1: daily statistics field %2 is already a field of the %3 set</source>
        <translation>插件 %1：每日统计字段 %2 已是 %3 类别中的字段</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticSuggestions.cpp" line="111"/>
        <source>%1 of %2 rain and weather stations reporting on %3 are at or over their threshold</source>
        <translation>%3 报送数据的雨量站和气象站 %2 个，其中 %1 个达到或超过阈值</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticSuggestions.cpp" line="118"/>
        <source>largest 24 h reading of %1 rain gauge(s) reporting on %2</source>
        <translation>%2 报送数据的 %1 个雨量站中 24 小时最大读数</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticSuggestions.cpp" line="125"/>
        <source>%1 of %2 river gauges reporting on %3 are at or over their warning level</source>
        <translation>%3 报送数据的河道水位站 %2 个，其中 %1 个达到或超过警戒水位</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticSuggestions.cpp" line="134"/>
        <source>%1 hidden danger(s) recorded as identified on %2</source>
        <translation>%2 登记发现隐患 %1 处</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticSuggestions.cpp" line="135"/>
        <source>%1 hidden danger(s) reopened on %2</source>
        <translation>%2 重启整改隐患 %1 处</translation>
    </message>
    <message>
        <location filename="../../layers/statistics/StatisticSuggestions.cpp" line="140"/>
        <source>%1 warning call(s) answered on %2 for warnings of this set&apos;s hazards</source>
        <translation>%2 本类灾种预警的叫应已应答 %1 次</translation>
    </message>
</context>
<context>
    <name>onemap::StatsCommand</name>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="43"/>
        <source>(nothing reported)</source>
        <translation>（未报送数据）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="47"/>
        <source>County total</source>
        <translation>全县合计</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="57"/>
        <source>suggested: %1 %2 %3 = %4 (%5)%6</source>
        <translation>建议值：%1 %2 %3 = %4（%5）%6</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="59"/>
        <source>; entered %1 is kept</source>
        <translation>；保留已填写的 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="69"/>
        <source>The daily statistics of the seven situations (rain, water, danger, disaster, work, social, public opinion) by township during a response: record values, then print or export the day&apos;s report.</source>
        <translation>应急响应期间按乡镇统计的七情（雨情、水情、险情、灾情、工情、社情、舆情）每日统计：登记数值，然后打印或导出当日报表。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="72"/>
        <source>the verb</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="73"/>
        <source>the daily report</source>
        <translation>每日报表</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="80"/>
        <source>Situation store.</source>
        <translation>态势库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="80"/>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="90"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="81"/>
        <source>Report date (county time), not in the future.</source>
        <translation>填报日期（本县时间），不得晚于今天。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="81"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="82"/>
        <source>Statistic set: rain (default), drought, fire, snow or other.</source>
        <translation>统计类别：rain（降雨，默认）、drought（干旱）、fire（火灾）、snow（雪灾冰冻）或 other（其他）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="82"/>
        <source>SET</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="84"/>
        <source>Record a value, TOWNSHIP:FIELD=VALUE (township code or name; an empty VALUE clears it). Repeatable.</source>
        <translation>登记一个数值，格式为 TOWNSHIP:FIELD=VALUE（TOWNSHIP 为乡镇代码或名称；VALUE 留空则清除该值）。可重复指定。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="85"/>
        <source>T:F=V</source>
        <translation>T:F=V</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="86"/>
        <source>A note on a value given with --set-value, TOWNSHIP:FIELD=TEXT. Repeatable.</source>
        <translation>为 --set-value 登记的数值添加备注，格式为 TOWNSHIP:FIELD=TEXT。可重复指定。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="86"/>
        <source>T:F=TEXT</source>
        <translation>T:F=TEXT</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="87"/>
        <source>Fill the cells still empty with the day before&apos;s values.</source>
        <translation>用前一天的数值填充仍为空白的单元格。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="88"/>
        <source>Fill the cells still empty with the values the store derives.</source>
        <translation>用态势库推算的数值填充仍为空白的单元格。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="89"/>
        <source>Who records (default the login name).</source>
        <translation>记录人（默认为登录用户名）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="89"/>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="90"/>
        <source>Write the report to a .pdf, .csv or .xlsx instead of printing it.</source>
        <translation>将报表写入 .pdf、.csv 或 .xlsx 文件，而不在屏幕上显示。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="94"/>
        <source>stats needs an action: stats daily --date YYYY-MM-DD [--set SET] [--set-value T:F=V ...] [--out FILE]</source>
        <translation>stats 须指定操作：stats daily --date YYYY-MM-DD [--set SET] [--set-value T:F=V ...] [--out FILE]</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="97"/>
        <source>--date must be a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--date 须为 YYYY-MM-DD 格式的日期，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="100"/>
        <source>--set must be one of %1, not &quot;%2&quot;</source>
        <translation>--set 须为 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="104"/>
        <source>--out %1: the report is written as .pdf, .csv or .xlsx</source>
        <translation>--out %1：报表只能导出为 .pdf、.csv 或 .xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="120"/>
        <source>--note &quot;%1&quot;: write TOWNSHIP:FIELD=TEXT</source>
        <translation>--note “%1”：请按 TOWNSHIP:FIELD=TEXT 格式填写</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="127"/>
        <source>--set-value &quot;%1&quot;: write TOWNSHIP:FIELD=VALUE, e.g. 539901001000:people_transferred=120</source>
        <translation>--set-value “%1”：请按 TOWNSHIP:FIELD=VALUE 格式填写，如 539901001000:people_transferred=120</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="138"/>
        <source>%1, township %2: value &quot;%3&quot; is not a number</source>
        <translation>%1，乡镇 %2：值“%3”不是数字</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli/StatsCommand.cpp" line="166"/>
        <source>%n value(s) recorded</source>
        <translation>
            <numerusform>已记录 %n 个数值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli/StatsCommand.cpp" line="168"/>
        <source>%n value(s) copied from %1</source>
        <translation>
            <numerusform>已从 %1 复制 %n 个数值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cli/StatsCommand.cpp" line="170"/>
        <source>%n suggested value(s) accepted</source>
        <translation>
            <numerusform>已采用 %n 个建议值</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cli/StatsCommand.cpp" line="186"/>
        <source>wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
</context>
<context>
    <name>onemap::StepView</name>
    <message>
        <location filename="../../layers/consultation/ConsultationRecords.cpp" line="43"/>
        <source>step view: not a JSON object (%1)</source>
        <translation>步骤视图：不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <location filename="../../layers/consultation/ConsultationRecords.cpp" line="59"/>
        <source>step view: the extent is empty or inverted</source>
        <translation>步骤视图：范围为空或上下颠倒</translation>
    </message>
</context>
<context>
    <name>onemap::Store</name>
    <message>
        <location filename="../../layers/store/Store.cpp" line="33"/>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="35"/>
        <source>cannot read store %1: permission denied</source>
        <translation>无法读取态势库 %1：没有权限</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="37"/>
        <source>%1 is not a OneMap store (the file is empty)</source>
        <translation>%1 不是 OneMap 态势库（文件为空）</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="43"/>
        <source>cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="50"/>
        <source>%1 is not a OneMap store (not an SQLite database)</source>
        <translation>%1 不是 OneMap 态势库（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="58"/>
        <source>%1 is not a OneMap store (it is an SQLite database of another program)</source>
        <translation>%1 不是 OneMap 态势库（它是其他程序的 SQLite 数据库）</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="60"/>
        <source>%1 has schema version %2, newer than this OneMap understands (%3); update OneMap</source>
        <translation>%1 的数据结构版本为 %2，高于本程序支持的版本（%3）；请升级 OneMap</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="90"/>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="97"/>
        <source>no store path given</source>
        <translation>未指定态势库路径</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="103"/>
        <source>store not found: %1</source>
        <translation>找不到态势库：%1</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="106"/>
        <source>cannot create store %1: folder missing or not writable</source>
        <translation>无法创建态势库 %1：文件夹不存在或不可写</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="108"/>
        <source>cannot write store %1: permission denied</source>
        <translation>无法写入态势库 %1：没有权限</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="117"/>
        <location filename="../../layers/store/Store.cpp" line="126"/>
        <source>cannot open store %1: %2</source>
        <translation>无法打开态势库 %1：%2</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="154"/>
        <source>cannot migrate store %1 to schema %2: %3</source>
        <translation>无法将态势库 %1 升级到版本 %2：%3</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="168"/>
        <source>cannot start a transaction on %1: %2</source>
        <translation>无法在 %1 上开始事务：%2</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="178"/>
        <source>cannot commit to %1: %2</source>
        <translation>无法提交到 %1：%2</translation>
    </message>
</context>
<context>
    <name>onemap::StoreMapLayers</name>
    <message>
        <location filename="../../desktop/map/StoreMapLayers.cpp" line="59"/>
        <source>cannot build map layer %1 from %2 (table %3) %4</source>
        <translation>无法从 %2（表 %3）生成图层 %1 %4</translation>
    </message>
</context>
<context>
    <name>onemap::Table</name>
    <message>
        <location filename="../../layers/store/Table.cpp" line="61"/>
        <location filename="../../layers/store/Table.cpp" line="117"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../layers/store/Table.cpp" line="77"/>
        <location filename="../../layers/store/Table.cpp" line="103"/>
        <location filename="../../layers/store/Table.cpp" line="136"/>
        <source>%1, field geom: &quot;%2&quot; is not a valid %3</source>
        <translation>%1，字段 geom：“%2”不是有效的 %3</translation>
    </message>
    <message>
        <location filename="../../layers/store/Table.cpp" line="92"/>
        <location filename="../../layers/store/Table.cpp" line="113"/>
        <location filename="../../layers/store/Table.cpp" line="182"/>
        <source>%1: no row with id %2</source>
        <translation>%1：没有编号为 %2 的记录</translation>
    </message>
    <message>
        <location filename="../../layers/store/Table.cpp" line="125"/>
        <source>%1: cannot restore a row without an id</source>
        <translation>%1：无法恢复没有编号的记录</translation>
    </message>
    <message>
        <location filename="../../layers/store/Table.cpp" line="130"/>
        <source>%1: row %2 already exists</source>
        <translation>%1：编号为 %2 的记录已存在</translation>
    </message>
    <message>
        <location filename="../../layers/store/Table.cpp" line="145"/>
        <location filename="../../layers/store/Table.cpp" line="152"/>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../layers/store/Table.cpp" line="163"/>
        <source>row %1: %2, field geom: not a valid %3</source>
        <translation>第 %1 行：%2，字段 geom：不是有效的 %3</translation>
    </message>
</context>
<context>
    <name>onemap::TableSpec</name>
    <message>
        <location filename="../../layers/store/TableSpec.cpp" line="112"/>
        <source>%1: unknown field %2</source>
        <translation>%1：未知字段 %2</translation>
    </message>
    <message>
        <location filename="../../layers/store/TableSpec.cpp" line="73"/>
        <source>%1, field %2: a value is required</source>
        <translation>%1，字段 %2：必须填写</translation>
    </message>
    <message>
        <location filename="../../layers/store/TableSpec.cpp" line="98"/>
        <source>%1, field %2: &quot;%3&quot; is not a valid value</source>
        <translation>%1，字段 %2：“%3”不是有效值</translation>
    </message>
    <message>
        <location filename="../../layers/store/TableSpec.cpp" line="100"/>
        <source>%1, field %2: %3 is below the minimum %4</source>
        <translation>%1，字段 %2：%3 低于最小值 %4</translation>
    </message>
    <message>
        <location filename="../../layers/store/TableSpec.cpp" line="102"/>
        <source>%1, field %2: %3 is above the maximum %4</source>
        <translation>%1，字段 %2：%3 超过最大值 %4</translation>
    </message>
    <message>
        <location filename="../../layers/store/TableSpec.cpp" line="104"/>
        <source>%1, field %2: &quot;%3&quot; is not one of %4</source>
        <translation>%1，字段 %2：“%3”不在 %4 之中</translation>
    </message>
    <message>
        <location filename="../../layers/store/TableSpec.cpp" line="118"/>
        <source>%1, field geom: a geometry is required</source>
        <translation>%1，字段 geom：必须有几何图形</translation>
    </message>
</context>
<context>
    <name>onemap::TaskCheck</name>
    <message>
        <location filename="../../desktop/consult/record/TaskCheck.cpp" line="12"/>
        <source>Task: enter what is to be done.</source>
        <translation>任务：请填写要做的事项。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TaskCheck.cpp" line="14"/>
        <source>Task: longer than %1 characters.</source>
        <translation>任务：超过 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TaskCheck.cpp" line="16"/>
        <source>Owner: enter who is responsible.</source>
        <translation>责任人：请填写负责人。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TaskCheck.cpp" line="18"/>
        <source>Owner: longer than %1 characters.</source>
        <translation>责任人：超过 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TaskCheck.cpp" line="20"/>
        <source>Unit: longer than %1 characters.</source>
        <translation>责任单位：超过 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TaskCheck.cpp" line="23"/>
        <source>Deadline: choose a date.</source>
        <translation>完成时限：请选择日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TaskCheck.cpp" line="25"/>
        <source>Deadline: &quot;%1&quot; is not a date.</source>
        <translation>完成时限：“%1”不是日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TaskCheck.cpp" line="28"/>
        <source>Deadline: %1 is before the meeting (%2).</source>
        <translation>完成时限：%1 早于会商日期（%2）。</translation>
    </message>
</context>
<context>
    <name>onemap::TaskDialog</name>
    <message>
        <location filename="../../desktop/consult/record/TaskDialog.cpp" line="21"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TaskDialog.cpp" line="26"/>
        <source>What is to be done</source>
        <translation>要做的事项</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TaskDialog.cpp" line="28"/>
        <source>&amp;Task:</source>
        <translation>任务(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TaskDialog.cpp" line="30"/>
        <source>Who is responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TaskDialog.cpp" line="31"/>
        <source>&amp;Owner:</source>
        <translation>责任人(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TaskDialog.cpp" line="33"/>
        <source>Department or township</source>
        <translation>部门或乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TaskDialog.cpp" line="34"/>
        <source>&amp;Unit:</source>
        <translation>责任单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TaskDialog.cpp" line="41"/>
        <source>Choose a date</source>
        <translation>选择日期</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TaskDialog.cpp" line="43"/>
        <source>&amp;Deadline:</source>
        <translation>完成时限(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TaskDialog.cpp" line="45"/>
        <source>Meeting held on %1; the deadline cannot be earlier.</source>
        <translation>会商日期为 %1；完成时限不能早于该日。</translation>
    </message>
</context>
<context>
    <name>onemap::TasksBoard</name>
    <message>
        <location filename="../../desktop/consult/wall/TasksBoard.cpp" line="15"/>
        <source>Decisions and tasks</source>
        <translation>决策与任务分工</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/consult/wall/TasksBoard.cpp" line="16"/>
        <source>%n tasks overdue</source>
        <translation>
            <numerusform>逾期任务 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/TasksBoard.cpp" line="18"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/TasksBoard.cpp" line="18"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/TasksBoard.cpp" line="18"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/TasksBoard.cpp" line="18"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/TasksBoard.cpp" line="24"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/TasksBoard.cpp" line="24"/>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/consult/wall/TasksBoard.cpp" line="26"/>
        <source>%n days overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onemap::TasksModel</name>
    <message>
        <location filename="../../desktop/consult/record/TasksModel.cpp" line="99"/>
        <source>Done at %1</source>
        <translation>完成于 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TasksModel.cpp" line="119"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/consult/record/TasksModel.cpp" line="121"/>
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TasksModel.cpp" line="122"/>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TasksModel.cpp" line="137"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TasksModel.cpp" line="139"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TasksModel.cpp" line="141"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TasksModel.cpp" line="143"/>
        <source>Unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TasksModel.cpp" line="145"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TasksModel.cpp" line="147"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>onemap::TemplateEditorDialog</name>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="68"/>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="689"/>
        <source>Agenda templates</source>
        <translation>议程模板</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="81"/>
        <source>Built-in (read-only)</source>
        <translation>内置（只读）</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="82"/>
        <source>My templates</source>
        <translation>我的模板</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="91"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="91"/>
        <source>Start a new template of your own.</source>
        <translation>新建一个自定义模板。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="92"/>
        <source>Copy to edit</source>
        <translation>复制后编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="92"/>
        <source>Make an editable copy of the selected template.</source>
        <translation>为所选模板制作一个可编辑的副本。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="93"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="93"/>
        <source>Delete the selected template of your own.</source>
        <translation>删除所选的自定义模板。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="108"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="112"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="114"/>
        <source>(any)</source>
        <translation>（不限）</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="117"/>
        <source>&amp;Hazard:</source>
        <translation>灾种(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="120"/>
        <source>Steps</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="126"/>
        <source>Add step</source>
        <translation>添加环节</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="126"/>
        <source>Add a step after the selected one.</source>
        <translation>在所选环节之后添加一个环节。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="127"/>
        <source>Remove step</source>
        <translation>移除环节</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="127"/>
        <source>Remove the selected step.</source>
        <translation>移除所选环节。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="128"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="128"/>
        <source>Move the selected step up.</source>
        <translation>将所选环节上移。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="129"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="129"/>
        <source>Move the selected step down.</source>
        <translation>将所选环节下移。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="136"/>
        <source>Selected step</source>
        <translation>所选环节</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="139"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="143"/>
        <source>Main map</source>
        <translation>主图</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="143"/>
        <source>Overview</source>
        <translation>鹰眼图</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="143"/>
        <source>Warnings board</source>
        <translation>预警看板</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="143"/>
        <source>Impact by township</source>
        <translation>分乡镇影响</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="143"/>
        <source>Forces and materials</source>
        <translation>力量与物资</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="143"/>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="404"/>
        <source>Decisions and tasks</source>
        <translation>决策与任务分工</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="151"/>
        <source>Boards:</source>
        <translation>看板：</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="169"/>
        <source>Layer groups:</source>
        <translation>图层组：</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="173"/>
        <source>Speaker &amp;notes:</source>
        <translation>讲解提示(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="249"/>
        <source>Administrative units</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="250"/>
        <source>Risk zones</source>
        <translation>风险区</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="251"/>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="252"/>
        <source>Rivers</source>
        <translation>河流</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="253"/>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="254"/>
        <source>Monitoring stations</source>
        <translation>监测站点</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="255"/>
        <source>Video channels</source>
        <translation>视频监控</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="256"/>
        <source>Material depots</source>
        <translation>物资储备库</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="257"/>
        <source>Rescue teams</source>
        <translation>救援队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="258"/>
        <source>Shelters</source>
        <translation>避难场所</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="259"/>
        <source>Hidden-danger points</source>
        <translation>隐患点</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="260"/>
        <source>Reserve items</source>
        <translation>储备物资</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="261"/>
        <source>Responsible persons</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="262"/>
        <source>Transfer plans</source>
        <translation>转移避险方案</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="287"/>
        <source>Name: enter a name for the template.</source>
        <translation>名称：请为模板填写名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="289"/>
        <source>Name: %1 characters, at most %2 are allowed.</source>
        <translation>名称：共 %1 个字符，最多允许 %2 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="292"/>
        <source>Name: a template called &quot;%1&quot; exists already; choose another name.</source>
        <translation>名称：已有名为“%1”的模板；请另选一个名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="294"/>
        <source>Kind: choose the kind of meeting.</source>
        <translation>类型：请选择会商类型。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="296"/>
        <source>Hazard: &quot;%1&quot; is not a hazard a rolling meeting is held for.</source>
        <translation>灾种：“%1”不是可召开滚动会商的灾种。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="298"/>
        <source>Steps: add at least one step.</source>
        <translation>环节：请至少添加一个环节。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="300"/>
        <source>Steps: %1 steps, at most %2 are allowed.</source>
        <translation>环节：共 %1 个环节，最多允许 %2 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="304"/>
        <source>Step %1, title: enter a title.</source>
        <translation>第 %1 环节，标题：请填写标题。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="306"/>
        <source>Step %1, title: %2 characters, at most %3 are allowed.</source>
        <translation>第 %1 环节，标题：共 %2 个字符，最多允许 %3 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="309"/>
        <source>Step %1 &quot;%2&quot;, boards: choose at least one board.</source>
        <translation>第 %1 环节“%2”，看板：请至少选择一个看板。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="311"/>
        <source>Step %1 &quot;%2&quot;, boards: the list is not a list of boards.</source>
        <translation>第 %1 环节“%2”，看板：该列表不是有效的看板列表。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="314"/>
        <source>Step %1 &quot;%2&quot;, layer groups: the list is not a list of layer groups.</source>
        <translation>第 %1 环节“%2”，图层组：该列表不是有效的图层组列表。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="316"/>
        <source>Step %1 &quot;%2&quot;, notes: %3 characters, at most %4 are allowed.</source>
        <translation>第 %1 环节“%2”，讲解提示：共 %3 个字符，最多允许 %4 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="333"/>
        <source>%1, %2 steps</source>
        <translation>%1，共 %2 个环节</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="401"/>
        <source>New agenda</source>
        <translation>新议程</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="403"/>
        <source>Situation</source>
        <translation>当前态势</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="418"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="421"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="451"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="539"/>
        <source>New step</source>
        <translation>新环节</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="588"/>
        <source>Choose or start a template first.</source>
        <translation>请先选择或新建一个模板。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="592"/>
        <source>&quot;%1&quot; is built in and cannot be changed; use &quot;Copy to edit&quot; and save the copy.</source>
        <translation>“%1”为内置模板，不可修改；请使用“复制后编辑”，并保存副本。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="646"/>
        <source>Template %1: not one of your templates; built-in templates cannot be deleted.</source>
        <translation>模板 %1：不是您的自定义模板；内置模板不可删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="678"/>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="679"/>
        <source>Delete the template &quot;%1&quot;? Meetings already held from it keep their agenda.</source>
        <translation>确定删除模板“%1”吗？已按该模板召开的会商将保留其议程。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="689"/>
        <source>The template &quot;%1&quot; has changes that are not saved.</source>
        <translation>模板“%1”有尚未保存的修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="711"/>
        <source>Choose a template on the left, or start a new one.</source>
        <translation>请在左侧选择一个模板，或新建一个模板。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="713"/>
        <source>Built-in template: shown read-only. Use &quot;Copy to edit&quot; to make your own version.</source>
        <translation>内置模板：以只读方式显示。请使用“复制后编辑”制作您自己的版本。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="715"/>
        <source>New template: not saved yet.</source>
        <translation>新模板：尚未保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="717"/>
        <source>Your template: changes not saved yet.</source>
        <translation>自定义模板：修改尚未保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/record/TemplateEditorDialog.cpp" line="719"/>
        <source>Your template: saved.</source>
        <translation>自定义模板：已保存。</translation>
    </message>
</context>
<context>
    <name>onemap::TextDecoder</name>
    <message>
        <location filename="../../layers/import/TextDecoder.cpp" line="56"/>
        <source>unknown text encoding &quot;%1&quot; (use utf-8, gbk or gb18030)</source>
        <translation>未知文本编码“%1”（请使用 utf-8、gbk 或 gb18030）</translation>
    </message>
    <message>
        <location filename="../../layers/import/TextDecoder.cpp" line="95"/>
        <source>UTF-16 text is not supported; save the file as UTF-8 or GBK</source>
        <translation>不支持 UTF-16 文本；请将文件另存为 UTF-8 或 GBK 编码</translation>
    </message>
    <message>
        <location filename="../../layers/import/TextDecoder.cpp" line="107"/>
        <source>the text is neither UTF-8 nor GBK/GB18030 (invalid bytes at offset %1); name the encoding</source>
        <translation>文本既不是 UTF-8，也不是 GBK/GB18030（偏移量 %1 处有无效字节）；请指定编码</translation>
    </message>
    <message>
        <location filename="../../layers/import/TextDecoder.cpp" line="115"/>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
</context>
<context>
    <name>onemap::ThematicSeries</name>
    <message>
        <location filename="../../desktop/export/series/ThematicSeries.cpp" line="110"/>
        <location filename="../../desktop/export/series/ThematicSeries.cpp" line="112"/>
        <location filename="../../desktop/export/series/ThematicSeries.cpp" line="123"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThematicSeries.cpp" line="153"/>
        <source>unknown theme %1 (themes: %2)</source>
        <translation>未知的专题 %1（可用专题：%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThematicSeries.cpp" line="155"/>
        <source>unknown template %1 (templates: %2)</source>
        <translation>未知的模板 %1（可用模板：%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThematicSeries.cpp" line="157"/>
        <source>resolution %1 dpi is outside 72..1200</source>
        <translation>分辨率 %1 dpi 超出 72..1200 范围</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThematicSeries.cpp" line="159"/>
        <source>no output folder or PDF file given</source>
        <translation>未指定输出文件夹或 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThematicSeries.cpp" line="163"/>
        <source>cannot write %1: it is a folder</source>
        <translation>无法写入 %1：它是文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThematicSeries.cpp" line="166"/>
        <source>cannot write %1: folder %2 is missing or read-only</source>
        <translation>无法写入 %1：文件夹 %2 不存在或为只读</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThematicSeries.cpp" line="170"/>
        <source>cannot write the series into %1: it is a file (give a folder, or a .pdf for one file)</source>
        <translation>无法将专题图集写入 %1：它是文件（请指定文件夹，或指定 .pdf 以输出单个文件）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThematicSeries.cpp" line="172"/>
        <source>cannot write the series to %1: one file is a .pdf, else give a folder</source>
        <translation>无法将专题图集写入 %1：单个文件须为 .pdf，否则请指定文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThematicSeries.cpp" line="175"/>
        <source>cannot write the series into %1: folder %2 is missing or read-only</source>
        <translation>无法将专题图集写入 %1：文件夹 %2 不存在或为只读</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThematicSeries.cpp" line="205"/>
        <source>sheet %1: %2</source>
        <translation>图件 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThematicSeries.cpp" line="208"/>
        <source>sheet %1: cannot build the coverage layer</source>
        <translation>图件 %1：无法生成覆盖范围图层</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThematicSeries.cpp" line="209"/>
        <source>Within a %1-minute walk of a shelter</source>
        <translation>避难场所步行 %1 分钟覆盖范围</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThematicSeries.cpp" line="259"/>
        <source>%1 Emergency Management Bureau</source>
        <translation>%1应急管理局</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThematicSeries.cpp" line="260"/>
        <source>Data source: %1 situation store (%2)</source>
        <translation>数据来源：%1态势库（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThematicSeries.cpp" line="290"/>
        <source>cannot create folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>onemap::ThemeCatalog</name>
    <message>
        <location filename="../../desktop/export/series/ThemeCatalog.cpp" line="21"/>
        <source>%1 natural-disaster risk census zoning map</source>
        <translation>%1自然灾害风险普查区划图</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeCatalog.cpp" line="22"/>
        <source>Risk zones by hazard and risk level; zones by township</source>
        <translation>按灾种和风险等级显示风险区；分乡镇统计风险区</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeCatalog.cpp" line="27"/>
        <source>%1 hidden-danger distribution map</source>
        <translation>%1隐患点分布图</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeCatalog.cpp" line="28"/>
        <source>Hidden-danger points by type and status; points by township</source>
        <translation>按类型和状态显示隐患点；分乡镇统计隐患点</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeCatalog.cpp" line="32"/>
        <source>%1 emergency shelter distribution and coverage map</source>
        <translation>%1应急避难场所分布及覆盖图</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeCatalog.cpp" line="33"/>
        <source>Shelters by class with their 5-minute walking coverage; shelters and capacity by township</source>
        <translation>按类别显示避难场所及其步行 5 分钟覆盖范围；分乡镇统计避难场所及容量</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeCatalog.cpp" line="37"/>
        <source>%1 rescue teams and material reserves map</source>
        <translation>%1救援队伍和物资储备图</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeCatalog.cpp" line="38"/>
        <source>Rescue teams and material depots; teams, members and depots by township</source>
        <translation>救援队伍和物资储备库；分乡镇统计队伍、人员和储备库</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeCatalog.cpp" line="42"/>
        <source>%1 warnings in force map</source>
        <translation>%1生效预警图</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeCatalog.cpp" line="43"/>
        <source>Warnings in force by level; warnings and area covered by township</source>
        <translation>按级别显示生效预警；分乡镇统计预警及覆盖面积</translation>
    </message>
</context>
<context>
    <name>onemap::ThemeTables</name>
    <message>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="61"/>
        <source>No township</source>
        <translation>未归属乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="62"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="80"/>
        <source>cannot count %1 by township: %2</source>
        <translation>无法分乡镇统计%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="83"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="93"/>
        <source>Zones</source>
        <translation>区划数</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="96"/>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="106"/>
        <source>risk zones</source>
        <translation>风险区</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="119"/>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="131"/>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="145"/>
        <source>hidden dangers</source>
        <translation>隐患点</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="125"/>
        <source>Not signed off</source>
        <translation>未销号</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="127"/>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="157"/>
        <source>Shelters</source>
        <translation>避难场所</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="161"/>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="174"/>
        <source>shelters</source>
        <translation>避难场所</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="182"/>
        <source>Teams</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="183"/>
        <source>Depots</source>
        <translation>储备库</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="183"/>
        <source>Item lines</source>
        <translation>物资品目数</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="186"/>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="193"/>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="201"/>
        <source>teams and reserves</source>
        <translation>队伍和物资储备</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="211"/>
        <source>Warnings in force</source>
        <translation>生效预警</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="212"/>
        <source>Highest level</source>
        <translation>最高级别</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="212"/>
        <source>Area covered (km²)</source>
        <translation>覆盖面积（km²）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="215"/>
        <location filename="../../desktop/export/series/ThemeTables.cpp" line="216"/>
        <source>warnings in force</source>
        <translation>生效预警</translation>
    </message>
</context>
<context>
    <name>onemap::TownshipAtlas</name>
    <message>
        <location filename="../../desktop/export/atlas/TownshipAtlas.cpp" line="107"/>
        <source>unknown atlas unit %1 (township or village)</source>
        <translation>未知的图集单元 %1（应为 township 或 village）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/TownshipAtlas.cpp" line="109"/>
        <source>unknown atlas format %1 (pdf, png or svg)</source>
        <translation>未知的图集格式 %1（应为 pdf、png 或 svg）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/TownshipAtlas.cpp" line="111"/>
        <source>atlas resolution %1 dpi is outside 50..1200</source>
        <translation>图集分辨率 %1 dpi 超出 50..1200 范围</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/TownshipAtlas.cpp" line="113"/>
        <source>atlas jobs %1 is outside 1..64</source>
        <translation>图集并行数 %1 超出 1..64 范围</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/TownshipAtlas.cpp" line="115"/>
        <source>no atlas output given</source>
        <translation>未指定图集输出</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/TownshipAtlas.cpp" line="118"/>
        <source>atlas file %1 must end in .pdf (or use separate pages)</source>
        <translation>图集文件 %1 须以 .pdf 结尾（或改为分页输出）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/TownshipAtlas.cpp" line="120"/>
        <location filename="../../desktop/export/atlas/TownshipAtlas.cpp" line="283"/>
        <source>cannot write the atlas into %1</source>
        <translation>无法将图集写入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/TownshipAtlas.cpp" line="192"/>
        <source>cannot read the unit boundaries of %1</source>
        <translation>无法读取 %1 的单元边界</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/TownshipAtlas.cpp" line="198"/>
        <source>Atlas</source>
        <translation>图集</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/TownshipAtlas.cpp" line="201"/>
        <source>layout %1 has no item %2</source>
        <translation>版式 %1 中没有项 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/TownshipAtlas.cpp" line="224"/>
        <source>unit %1 %2 has no boundary in %3</source>
        <translation>单元 %1 %2 在 %3 中没有边界</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/TownshipAtlas.cpp" line="249"/>
        <source>the atlas has no page %1</source>
        <translation>图集没有第 %1 页</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/TownshipAtlas.cpp" line="254"/>
        <source>%1 emergency map (village)</source>
        <translation>%1应急图（村）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/TownshipAtlas.cpp" line="255"/>
        <source>%1 emergency map</source>
        <translation>%1应急图</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/TownshipAtlas.cpp" line="256"/>
        <source>Atlas page %1 of %2 · code %3</source>
        <translation>图集第 %1 页，共 %2 页 · 编码 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/TownshipAtlas.cpp" line="429"/>
        <source>atlas %1 cancelled; nothing written</source>
        <translation>图集 %1 已取消；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/TownshipAtlas.cpp" line="433"/>
        <source>cannot write atlas %1 (QGIS export error %2) %3</source>
        <translation>无法写入图集 %1（QGIS 导出错误 %2）%3</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/TownshipAtlas.cpp" line="439"/>
        <source>cannot write atlas %1</source>
        <translation>无法写入图集 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/export/atlas/TownshipAtlas.cpp" line="449"/>
        <source>cannot write atlas page %1</source>
        <translation>无法写入图集第 %1 页</translation>
    </message>
</context>
<context>
    <name>onemap::TownshipRiskNotice</name>
    <message>
        <location filename="../../desktop/export/notices/TownshipRiskNotice.cpp" line="40"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/TownshipRiskNotice.cpp" line="44"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/TownshipRiskNotice.cpp" line="45"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/TownshipRiskNotice.cpp" line="59"/>
        <source>supervised</source>
        <comment>short, in a table cell</comment>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/TownshipRiskNotice.cpp" line="105"/>
        <source>Red ring: overdue.  Red dashed line: township boundary.</source>
        <translation>红圈：逾期；红色虚线：乡镇界。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/TownshipRiskNotice.cpp" line="114"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/TownshipRiskNotice.cpp" line="137"/>
        <source>cannot draw the map layers of %1</source>
        <translation>无法绘制 %1 的地图图层</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/TownshipRiskNotice.cpp" line="138"/>
        <source>Sample County</source>
        <translation>示范县</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/TownshipRiskNotice.cpp" line="139"/>
        <source>Risk reminder notice %1</source>
        <translation>风险提示单 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/TownshipRiskNotice.cpp" line="142"/>
        <source>%1 risk reminder notice</source>
        <translation>%1风险提示单</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/TownshipRiskNotice.cpp" line="145"/>
        <source>[%1] Risk reminder No. %2</source>
        <translation>风险提示〔%1〕%2号</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/TownshipRiskNotice.cpp" line="146"/>
        <source>%1 Emergency Management Bureau</source>
        <translation>%1应急管理局</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/TownshipRiskNotice.cpp" line="149"/>
        <source>yyyy-MM-dd</source>
        <comment>date of issue</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/TownshipRiskNotice.cpp" line="153"/>
        <source>%1 People&apos;s Government:</source>
        <translation>%1人民政府：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/export/notices/TownshipRiskNotice.cpp" line="155"/>
        <source>As of %1, %n hidden danger(s) in your township are not yet signed off; %2 are past their deadline, %3 are listed for supervision and %4 people are threatened. Check each item below, press on with the rectification, keep monitoring and patrols in place and report progress to this bureau.</source>
        <translation>
            <numerusform>截至%1，你乡镇尚有 %n 处隐患未销号，其中 %2 处已超过整改期限，%3 处挂牌督办，威胁群众 %4 人。请逐项核查下列隐患，加快推进整改，落实监测巡查措施，并及时向我局报告整改进展。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/TownshipRiskNotice.cpp" line="169"/>
        <source>Open items</source>
        <translation>未销号隐患</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/TownshipRiskNotice.cpp" line="169"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/TownshipRiskNotice.cpp" line="169"/>
        <source>Listed for supervision</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/TownshipRiskNotice.cpp" line="169"/>
        <source>Threatened people</source>
        <translation>威胁人数</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/TownshipRiskNotice.cpp" line="175"/>
        <source>Open hidden dangers, overdue first, then by people threatened</source>
        <translation>未销号隐患清单（逾期在前，其余按威胁人数排序）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/TownshipRiskNotice.cpp" line="179"/>
        <source>No open hidden dangers.</source>
        <translation>无未销号隐患。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/notices/TownshipRiskNotice.cpp" line="189"/>
        <source>%1 (continued) — %2</source>
        <translation>%1（续）——%2</translation>
    </message>
</context>
<context>
    <name>onemap::TrackingModel</name>
    <message>
        <location filename="../../desktop/transfer/TrackingModel.cpp" line="59"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TrackingModel.cpp" line="59"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TrackingModel.cpp" line="62"/>
        <source>never reported</source>
        <translation>从未报送</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TrackingModel.cpp" line="78"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TrackingModel.cpp" line="79"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TrackingModel.cpp" line="80"/>
        <source>Planned</source>
        <translation>计划转移</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TrackingModel.cpp" line="81"/>
        <source>Transferred</source>
        <translation>已转移</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TrackingModel.cpp" line="82"/>
        <source>Share</source>
        <translation>转移率</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TrackingModel.cpp" line="83"/>
        <source>At post / expected</source>
        <translation>在岗/应在岗</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TrackingModel.cpp" line="84"/>
        <source>Returned</source>
        <translation>已返回</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TrackingModel.cpp" line="85"/>
        <source>Returns assessed</source>
        <translation>返回前已评估</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TrackingModel.cpp" line="86"/>
        <source>Last report</source>
        <translation>最近报送</translation>
    </message>
</context>
<context>
    <name>onemap::TrackingPanel</name>
    <message>
        <location filename="../../desktop/transfer/TrackingPanel.cpp" line="26"/>
        <source>Report...</source>
        <translation>报送...</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TrackingPanel.cpp" line="27"/>
        <source>Enter the selected village&apos;s report: people moved, persons at post, returns.</source>
        <translation>录入所选村（社区）的报送：已转移人数、在岗责任人数、返回情况。</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TrackingPanel.cpp" line="58"/>
        <source>No plan chosen.</source>
        <translation>未选择方案。</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TrackingPanel.cpp" line="66"/>
        <source>%1 villages, %2 lagging (red); %3 of %4 people transferred.</source>
        <translation>%1 个村（社区），%2 个滞后（红色）；计划 %4 人中已转移 %3 人。</translation>
    </message>
</context>
<context>
    <name>onemap::TransferArea</name>
    <message>
        <location filename="../../layers/transfer/TransferArea.cpp" line="44"/>
        <source>area &quot;%1&quot;: expected warning:ID, zone:CODE, township:CODE or NAME, or county</source>
        <translation>范围 “%1”：应为 warning:ID、zone:CODE、township:CODE（或 NAME）或 county</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferArea.cpp" line="48"/>
        <source>area &quot;%1&quot;: the %2 is missing after the colon</source>
        <translation>范围 “%1”：冒号后缺少 %2 的取值</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferArea.cpp" line="62"/>
        <source>warning &quot;%1&quot;: not a warning id (a number)</source>
        <translation>预警 “%1”：不是预警编号（应为数字）</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferArea.cpp" line="66"/>
        <source>no warning with id %1</source>
        <translation>编号为 %1 的预警不存在</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferArea.cpp" line="71"/>
        <source>%1 %2 %3 warning #%4</source>
        <translation>%1 %2 %3预警 #%4</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferArea.cpp" line="72"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferArea.cpp" line="75"/>
        <source>warning %1 has no area on the map</source>
        <translation>预警 %1 在地图上没有范围</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferArea.cpp" line="82"/>
        <source>no risk zone with code &quot;%1&quot;</source>
        <translation>代码为 “%1” 的风险区不存在</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferArea.cpp" line="88"/>
        <source>risk zone &quot;%1&quot; has no outline</source>
        <translation>风险区 “%1” 没有边界</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferArea.cpp" line="97"/>
        <source>no township with code or name &quot;%1&quot;</source>
        <translation>代码或名称为 “%1” 的乡镇不存在</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferArea.cpp" line="102"/>
        <source>more than one township is named &quot;%1&quot;: give its code</source>
        <translation>名为 “%1” 的乡镇不止一个：请指定乡镇代码</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferArea.cpp" line="104"/>
        <source>township &quot;%1&quot; has no outline</source>
        <translation>乡镇 “%1” 没有边界</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferArea.cpp" line="112"/>
        <source>the store has no county outline</source>
        <translation>数据库中没有县界</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferArea.cpp" line="113"/>
        <source>no county with code &quot;%1&quot;</source>
        <translation>代码为 “%1” 的县不存在</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferArea.cpp" line="118"/>
        <source>county &quot;%1&quot; has no outline</source>
        <translation>县 “%1” 没有边界</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferSql.cpp" line="15"/>
        <source>the area &quot;%1&quot; is not a valid polygon</source>
        <translation>范围 “%1” 不是有效的多边形</translation>
    </message>
</context>
<context>
    <name>onemap::TransferCommand</name>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="29"/>
        <source>the verb</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="30"/>
        <source>the action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="31"/>
        <source>Situation store.</source>
        <translation>态势库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="31"/>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="93"/>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="172"/>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="299"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="32"/>
        <source>Who does it (default the login name).</source>
        <translation>操作人（默认为登录用户名）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="32"/>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="46"/>
        <source>--%1 must be a positive id, not &quot;%2&quot;</source>
        <translation>--%1 须为正整数编号，而不是 “%2”</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="56"/>
        <source>Transfer plan %1 by township</source>
        <translation>转移避险方案 %1 各乡镇汇总</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="57"/>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="61"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="57"/>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="61"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="57"/>
        <source>Placed</source>
        <translation>已安置</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="57"/>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="60"/>
        <source>Not placed</source>
        <translation>未安置</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="61"/>
        <source>Source</source>
        <translation>转移对象</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="61"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="77"/>
        <source>Plans the transfer of everyone threatened in an area: each hidden-danger point and village to the nearest shelter by road with room left (no shelter over capacity, none standing in the hazard itself), routes avoiding cut roads. The plan is stored unless --dry-run.</source>
        <translation>为某一范围内所有受威胁人员编制转移避险方案：每个隐患点和村（社区）沿道路就近转移到有剩余容量的避难场所（不超出容量，不使用位于该灾种影响范围内的避难场所），路线避开中断道路。除非指定 --dry-run，方案将保存到数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="81"/>
        <source>Area: warning:ID, zone:CODE, township:CODE|NAME or county.</source>
        <translation>范围：warning:ID、zone:CODE、township:CODE|NAME 或 county。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="81"/>
        <source>AREA</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="82"/>
        <source>walk (default) or drive.</source>
        <translation>walk（步行，默认）或 drive（车行）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="82"/>
        <source>MODE</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="83"/>
        <source>Walking speed in km/h (default 5).</source>
        <translation>步行速度，单位 km/h（默认 5）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="83"/>
        <source>KMH</source>
        <translation>时速</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="84"/>
        <source>Driving speed of a road class, CLASS=KMH (national 60, provincial 50, county 40, township 30, village 20 by default). Repeatable.</source>
        <translation>某一道路等级的车行速度，CLASS=KMH（默认 national 国道 60、provincial 省道 50、county 县道 40、township 乡道 30、village 村道 20）。可重复。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="84"/>
        <source>CLASS=KMH</source>
        <translation>等级=时速</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="85"/>
        <source>Shelter classes allowed, comma separated (I,II,III,village,temporary; default all).</source>
        <translation>允许使用的避难场所等级，以逗号分隔（I,II,III,village,temporary；默认全部）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="85"/>
        <source>LIST</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="86"/>
        <source>Also avoid roads inside active red and orange warning areas.</source>
        <translation>同时避开生效中的红色、橙色预警区域内的道路。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="87"/>
        <source>Also avoid roads crossing this risk zone (code). Repeatable.</source>
        <translation>同时避开穿过该风险区（代码）的道路。可重复指定。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="87"/>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="249"/>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="88"/>
        <source>Route over roads marked cut in the ledger too.</source>
        <translation>路线也可经过台账中已标记中断的道路。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="89"/>
        <source>Hazard deciding shelter suitability (default the area&apos;s).</source>
        <translation>用于判断避难场所是否适用的灾种（默认取范围对应的灾种）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="89"/>
        <source>HAZARD</source>
        <translation>灾种</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="90"/>
        <source>Name of the plan.</source>
        <translation>方案名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="90"/>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="91"/>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="254"/>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="91"/>
        <source>Note stored with the plan.</source>
        <translation>随方案保存的备注。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="92"/>
        <source>Plan and print, store nothing.</source>
        <translation>仅编制并打印方案，不保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="93"/>
        <source>Also write the transfer list to a .pdf, .xlsx or .csv.</source>
        <translation>同时将转移避险清单写入 .pdf、.xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="97"/>
        <source>--area is required (warning:ID, zone:CODE, township:CODE|NAME or county)</source>
        <translation>必须指定 --area（warning:ID、zone:CODE、township:CODE|NAME 或 county）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="100"/>
        <source>--mode must be walk or drive, not &quot;%1&quot;</source>
        <translation>--mode 须为 walk 或 drive，而不是 “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="104"/>
        <source>--walk-kmh must be a speed between 0.5 and 20, not &quot;%1&quot;</source>
        <translation>--walk-kmh 须为 0.5 到 20 之间的速度，而不是 “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="109"/>
        <source>--drive-kmh must be CLASS=KMH with a road class (%1) and a speed from 1 to 150, not &quot;%2&quot;</source>
        <translation>--drive-kmh 须为 等级=时速，道路等级为 %1 之一，时速 1 到 150，而不是“%2”</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="115"/>
        <source>--classes: &quot;%1&quot; is not a shelter class (%2)</source>
        <translation>--classes：“%1” 不是避难场所等级（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="120"/>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="197"/>
        <source>--out must end in .pdf, .xlsx or .csv, not %1</source>
        <translation>--out 必须以 .pdf、.xlsx 或 .csv 结尾，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="142"/>
        <source>planning… %1%</source>
        <translation>正在编制方案… %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="150"/>
        <source>%1: %2 people from %3 points and villages; %4 placed, %5 not placed; %6 shelters usable, %7 unsuitable; %8 roads avoided</source>
        <translation>%1：来自 %3 个隐患点和村（社区）的 %2 人；已安置 %4 人，未安置 %5 人；可用避难场所 %6 处，不适用 %7 处；避开道路 %8 条</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="156"/>
        <source>stored as plan %1</source>
        <translation>已保存为方案 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="161"/>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="200"/>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="314"/>
        <source>wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="169"/>
        <source>Lists the stored transfer plans, or prints one plan by township and writes its transfer list.</source>
        <translation>列出已保存的转移避险方案，或按乡镇打印某一方案并写出其转移避险清单。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="171"/>
        <source>Plan id (without it: all plans).</source>
        <translation>方案编号（不指定则列出全部方案）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="171"/>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="212"/>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="213"/>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="248"/>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="298"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="172"/>
        <source>Write the plan&apos;s transfer list to a .pdf, .xlsx or .csv.</source>
        <translation>将该方案的转移避险清单写入 .pdf、.xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="181"/>
        <source>Transfer plans</source>
        <translation>转移避险方案</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="182"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="182"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="182"/>
        <source>Area</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="182"/>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="182"/>
        <source>Made</source>
        <translation>编制时间</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="182"/>
        <source>By</source>
        <translation>编制人</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="210"/>
        <source>Sends a plan row&apos;s people (or some of them) to another shelter by hand; refused when the shelter would be over capacity. Audited.</source>
        <translation>手动将方案中某一行的人员（或其中一部分）改派至其他避难场所；超出该避难场所容量时拒绝。操作记入审计。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="212"/>
        <source>Id of the plan row (transfer_assignments).</source>
        <translation>方案行编号（transfer_assignments）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="213"/>
        <source>Id of the shelter to send them to.</source>
        <translation>改派目标避难场所的编号。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="214"/>
        <source>How many of the row&apos;s people move (default all).</source>
        <translation>该行中改派的人数（默认全部）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="214"/>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="250"/>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="251"/>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="252"/>
        <source>N</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="234"/>
        <source>--people must be between 1 and %1, not &quot;%2&quot;</source>
        <translation>--people 必须在 1 到 %1 之间，而不是 “%2”</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="238"/>
        <source>row %1: %2 people now go to shelter %3</source>
        <translation>方案行 %1：%2 人改为前往避难场所 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="245"/>
        <source>Records a village&apos;s transfer report in a response: people moved, responsible persons at post, people returned and whether returns were assessed.</source>
        <translation>记录某村（社区）在应急响应中的转移报送：已转移人数、在岗责任人数、已返回人数，以及返回前是否已评估。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="248"/>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="298"/>
        <source>Plan id.</source>
        <translation>方案编号。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="249"/>
        <source>Village admin code.</source>
        <translation>村（社区）行政区划代码。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="250"/>
        <source>People moved so far.</source>
        <translation>截至目前已转移人数。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="251"/>
        <source>Responsible persons at their post.</source>
        <translation>在岗责任人数。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="252"/>
        <source>People gone back home.</source>
        <translation>已返回家中人数。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="253"/>
        <source>Homes were checked safe before anyone returned.</source>
        <translation>人员返回前已对住房进行安全评估。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="254"/>
        <source>Note.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="255"/>
        <source>When reported, ISO date-time (default now).</source>
        <translation>报送时间，ISO 日期时间（默认当前时间）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="255"/>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="264"/>
        <source>--village is required</source>
        <translation>必须指定 --village</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="271"/>
        <source>--transferred must be a count of people, not &quot;%1&quot;</source>
        <translation>--transferred 须为人数，而不是 “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="273"/>
        <source>--at-post must be a count, not &quot;%1&quot;</source>
        <translation>--at-post 须为数量，而不是 “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="275"/>
        <source>--returned must be a count, not &quot;%1&quot;</source>
        <translation>--returned 须为数量，而不是 “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="281"/>
        <source>--at must be an ISO date-time, not &quot;%1&quot;</source>
        <translation>--at 须为 ISO 日期时间，而不是 “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="289"/>
        <source>report %1 recorded</source>
        <translation>已记录报送 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="296"/>
        <source>Per village of a plan: people planned and moved, responsible persons at post, returns; what lags first.</source>
        <translation>按村（社区）列出方案的计划转移人数和已转移人数、在岗责任人数、返回情况；滞后的排在前面。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="299"/>
        <source>Write the table to a .csv instead of printing it.</source>
        <translation>将表格写入 .csv 文件，而不是打印输出。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/TransferCommand.cpp" line="336"/>
        <source>transfer needs an action: plan, list, reassign, report or status (onemap transfer plan --help)</source>
        <translation>transfer 命令需要指定操作：plan、list、reassign、report 或 status（参见 onemap transfer plan --help）</translation>
    </message>
</context>
<context>
    <name>onemap::TransferDemands</name>
    <message>
        <location filename="../../layers/transfer/TransferDemands.cpp" line="70"/>
        <source>%1: cannot read the hidden-danger points in it: %2</source>
        <translation>%1：无法读取其范围内的隐患点：%2</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferDemands.cpp" line="113"/>
        <source>%1: cannot read the villages it covers: %2</source>
        <translation>%1：无法读取其覆盖的村（社区）：%2</translation>
    </message>
</context>
<context>
    <name>onemap::TransferDock</name>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="80"/>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="109"/>
        <source>Transfer and shelter</source>
        <translation>转移避险与避难场所</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="88"/>
        <source>T&amp;ransfer</source>
        <translation>转移(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="90"/>
        <source>Make transfer plan</source>
        <translation>编制转移避险方案</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="96"/>
        <source>Shelter coverage (5-minute walk)</source>
        <translation>避难场所覆盖（步行5分钟）</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="101"/>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="257"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="102"/>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="258"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="159"/>
        <source>Make plan</source>
        <translation>编制方案</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="160"/>
        <source>Plan who moves where for the chosen area: nearest shelter by road first, never over capacity.</source>
        <translation>为所选范围编制人员转移去向：沿道路就近安排避难场所，不超出容量。</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="161"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="175"/>
        <source>Plans (newest first):</source>
        <translation>方案（最新的在前）：</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="187"/>
        <source>Transfer list</source>
        <translation>转移避险清单</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="192"/>
        <source>Tracking</source>
        <translation>进度跟踪</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="193"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="205"/>
        <source>Reassign...</source>
        <translation>改派...</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="206"/>
        <source>Send the selected group (or part of it) to another shelter with room left.</source>
        <translation>将所选分组（或其中一部分）改派至其他有剩余容量的避难场所。</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="210"/>
        <source>Mark road cut</source>
        <translation>标记道路中断</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="212"/>
        <source>Click a road on the map to mark it cut (click again to open it).</source>
        <translation>在地图上点击道路，将其标记为中断（再次点击恢复畅通）。</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="221"/>
        <source>No road there.</source>
        <translation>此处没有道路。</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="237"/>
        <source>Coverage</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="238"/>
        <source>Area and people within a 5-minute walk of a shelter; uncovered villages on the map.</source>
        <translation>避难场所步行5分钟范围内的面积和人口；在地图上显示未覆盖的村（社区）。</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="243"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="246"/>
        <source>Transfer list (PDF, a map per township)...</source>
        <translation>转移避险清单（PDF，每个乡镇一幅图）...</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="247"/>
        <source>Transfer list (Excel)...</source>
        <translation>转移避险清单（Excel）...</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="248"/>
        <source>Transfer list (CSV)...</source>
        <translation>转移避险清单（CSV）...</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="250"/>
        <source>Shelter balance (PDF)...</source>
        <translation>避难场所供需平衡（PDF）...</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="251"/>
        <source>Shelter balance (CSV)...</source>
        <translation>避难场所供需平衡（CSV）...</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="252"/>
        <source>Shelter coverage (PDF)...</source>
        <translation>避难场所覆盖（PDF）...</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="253"/>
        <source>Shelter coverage (CSV)...</source>
        <translation>避难场所覆盖（CSV）...</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="335"/>
        <source>No plan chosen.</source>
        <translation>未选择方案。</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="339"/>
        <source>%1 groups, %2 people: %3 placed, %4 not placed</source>
        <translation>%1 组，%2 人：已安置 %3 人，未安置 %4 人</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="341"/>
        <source> (%1 rows in red)</source>
        <translation> （%1 行标红）</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="398"/>
        <source>%1: not placed (%2).</source>
        <translation>%1：未安置（%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="389"/>
        <source>%1 -&gt; %2: %3 people, %4 km, %5 min.</source>
        <translation>%1 -&gt; %2：%3 人，%4 km，%5 分钟。</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="400"/>
        <source>%1 -&gt; %2: %3 people, reassigned by hand (no route).</source>
        <translation>%1 → %2：%3 人，人工改派（无路线）。</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="406"/>
        <source>A plan is being made already.</source>
        <translation>已有方案正在编制中。</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="406"/>
        <source>Choose an area first.</source>
        <translation>请先选择范围。</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="418"/>
        <source>Planning the transfer for %1...</source>
        <translation>正在为 %1 编制转移避险方案...</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="439"/>
        <source>Plan made: %1 people, %2 placed, %3 not placed; %4 shelters usable, %5 roads avoided.</source>
        <translation>方案已编制：%1 人，已安置 %2 人，未安置 %3 人；可用避难场所 %4 处，避开道路 %5 条。</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="445"/>
        <source>Planning cancelled; nothing was saved.</source>
        <translation>已取消编制，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="468"/>
        <source>The reassignment was refused.</source>
        <translation>改派被拒绝。</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="489"/>
        <source>The road could not be marked.</source>
        <translation>无法标记该道路。</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="507"/>
        <source>Computing the shelter coverage...</source>
        <translation>正在计算避难场所覆盖...</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferDock.cpp" line="526"/>
        <source>Within a 5-minute walk of %1 shelters: %2 of %3 km², %4 of %5 people; %6 villages not covered.</source>
        <translation>%1 处避难场所步行5分钟范围内：面积 %2 km²（共 %3 km²），人口 %4 人（共 %5 人）；%6 个村（社区）未覆盖。</translation>
    </message>
</context>
<context>
    <name>onemap::TransferExports</name>
    <message>
        <location filename="../../desktop/transfer/TransferExports.cpp" line="28"/>
        <location filename="../../desktop/transfer/TransferExports.cpp" line="68"/>
        <source>Choose a plan to export first.</source>
        <translation>请先选择要导出的方案。</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferExports.cpp" line="60"/>
        <source>%1: cannot write this export as .%2</source>
        <translation>%1：无法导出为 .%2 格式</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferExports.cpp" line="66"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferExports.cpp" line="71"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferExports.cpp" line="72"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferExports.cpp" line="73"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferExports.cpp" line="82"/>
        <source>Writing %1…</source>
        <translation>正在写出 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferExports.cpp" line="83"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferExports.cpp" line="99"/>
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>onemap::TransferLabels</name>
    <message>
        <location filename="../../desktop/export/transfer/TransferLabels.cpp" line="13"/>
        <source>No shelter reachable</source>
        <translation>无可达避难场所</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferLabels.cpp" line="15"/>
        <source>Shelters full</source>
        <translation>避难场所容量不足</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferLabels.cpp" line="31"/>
        <source>Hidden-danger point</source>
        <translation>隐患点</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferLabels.cpp" line="33"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
</context>
<context>
    <name>onemap::TransferLayerStyles</name>
    <message>
        <location filename="../../desktop/map/TransferStyles.cpp" line="168"/>
        <source>Lagging</source>
        <translation>滞后</translation>
    </message>
    <message>
        <location filename="../../desktop/map/TransferStyles.cpp" line="170"/>
        <source>Four 100% met</source>
        <translation>四项均达100%</translation>
    </message>
</context>
<context>
    <name>onemap::TransferListFiles</name>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="13"/>
        <source>Source type</source>
        <translation>转移对象类型</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="14"/>
        <source>Source code</source>
        <translation>对象编码</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="15"/>
        <source>Source</source>
        <translation>转移对象</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="16"/>
        <source>Village code</source>
        <translation>村代码</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="17"/>
        <source>Risk type</source>
        <translation>风险类型</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="18"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="19"/>
        <source>Shelter</source>
        <translation>安置场所</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="20"/>
        <source>Route (km)</source>
        <translation>路线（公里）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="21"/>
        <source>Route (minutes)</source>
        <translation>路线（分钟）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="22"/>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="23"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="24"/>
        <source>Not placed because</source>
        <translation>未安置原因</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="25"/>
        <source>Reassigned by hand</source>
        <translation>人工调整</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="49"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="68"/>
        <source>Transfer list</source>
        <translation>转移避险清单</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="69"/>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="83"/>
        <source>Township code</source>
        <translation>乡镇代码</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="70"/>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="84"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="82"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="85"/>
        <source>Groups</source>
        <translation>组数</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="86"/>
        <source>People to move</source>
        <translation>需转移人数</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="87"/>
        <source>Placed</source>
        <translation>已安置</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="88"/>
        <source>Not placed</source>
        <translation>未安置</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="99"/>
        <source>County total</source>
        <translation>全县合计</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="108"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="116"/>
        <source>Township total</source>
        <translation>乡镇合计</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="136"/>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="138"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="137"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="137"/>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="139"/>
        <source>Area</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="140"/>
        <source>Hazard</source>
        <translation>灾种</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="141"/>
        <source>Made at</source>
        <translation>编制时间</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="142"/>
        <source>Made by</source>
        <translation>编制人</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListFiles.cpp" line="143"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>onemap::TransferListPdf</name>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="40"/>
        <source>Sample County</source>
        <translation>示范县</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="63"/>
        <source>Area: %1</source>
        <translation>范围：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="65"/>
        <source>Hazard: %1</source>
        <translation>灾种：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="66"/>
        <source>Made: %1 by %2</source>
        <translation>编制：%1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="72"/>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="114"/>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="132"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="72"/>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="114"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="73"/>
        <source>Groups</source>
        <translation>组数</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="73"/>
        <source>People to move</source>
        <translation>需转移人数</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="74"/>
        <source>Placed</source>
        <translation>已安置</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="74"/>
        <source>Not placed</source>
        <translation>未安置</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="95"/>
        <source>County total</source>
        <translation>全县合计</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="97"/>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="98"/>
        <source>People to move by township</source>
        <translation>各乡镇转移人数汇总</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="107"/>
        <source>Groups not placed</source>
        <translation>未安置人员</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="109"/>
        <source>Everyone in the plan has a shelter.</source>
        <translation>方案内人员均已落实安置场所。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="115"/>
        <source>Source</source>
        <translation>转移对象</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="115"/>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="134"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="116"/>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="136"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="116"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="133"/>
        <source>Source (danger point / village)</source>
        <translation>转移对象（隐患点/村）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="135"/>
        <source>Risk type</source>
        <translation>风险类型</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="137"/>
        <source>Shelter</source>
        <translation>安置场所</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="138"/>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="139"/>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="140"/>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="141"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="167"/>
        <source>Township total</source>
        <translation>乡镇合计</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="199"/>
        <source>Violet: route.  Orange dot: people to move.  Red cross: not placed.  Green square: shelter.  Shaded rows: not placed.</source>
        <translation>紫线：转移路线&#x3000;橙点：转移对象&#x3000;红叉：未安置&#x3000;绿方块：安置场所&#x3000;底色行：未安置</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="217"/>
        <source>To move: %1 people in %2 groups; placed %3; not placed %4.</source>
        <translation>需转移 %1 人（%2 组），已安置 %3 人，未安置 %4 人。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="222"/>
        <source>Transfer list of %1</source>
        <translation>%1转移避险人员清单</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="224"/>
        <source>No one in this township is to be moved.</source>
        <translation>本乡镇无需转移人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="228"/>
        <source>%1 (continued) — %2</source>
        <translation>%1（续）— %2</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="239"/>
        <source>cannot draw the map layers of %1</source>
        <translation>无法绘制 %1 的地图图层</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="247"/>
        <source>%1 transfer list</source>
        <translation>%1转移避险清单</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="248"/>
        <source>Plan: %1    Area: %2    Date: %3</source>
        <translation>方案：%1    范围：%2    日期：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferListPdf.cpp" line="255"/>
        <source>transfer list %1 not written: cancelled</source>
        <translation>转移避险清单 %1 未写出：已取消</translation>
    </message>
</context>
<context>
    <name>onemap::TransferMapLayers</name>
    <message>
        <location filename="../../desktop/map/TransferMapLayers.cpp" line="44"/>
        <source>Transfer routes</source>
        <translation>转移路线</translation>
    </message>
    <message>
        <location filename="../../desktop/map/TransferMapLayers.cpp" line="45"/>
        <source>Cut roads</source>
        <translation>中断道路</translation>
    </message>
    <message>
        <location filename="../../desktop/map/TransferMapLayers.cpp" line="46"/>
        <source>Shelter balance by township</source>
        <translation>各乡镇避难场所供需平衡</translation>
    </message>
    <message>
        <location filename="../../desktop/map/TransferMapLayers.cpp" line="47"/>
        <source>Transfer tracking</source>
        <translation>转移进度</translation>
    </message>
    <message>
        <location filename="../../desktop/map/TransferMapLayers.cpp" line="48"/>
        <source>Shelter coverage (walk)</source>
        <translation>避难场所覆盖（步行）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/TransferMapLayers.cpp" line="49"/>
        <source>Villages not covered</source>
        <translation>未覆盖的村（社区）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/TransferMapLayers.cpp" line="50"/>
        <source>Villages without a shelter of their own</source>
        <translation>无本村避难场所的村</translation>
    </message>
    <message>
        <location filename="../../desktop/map/TransferMapLayers.cpp" line="116"/>
        <source>cannot fill map layer %1</source>
        <translation>无法填充图层 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/map/TransferMapLayers.cpp" line="155"/>
        <source>cannot build map layer %1 from %2 (table %3)</source>
        <translation>无法从 %2（表 %3）生成图层 %1</translation>
    </message>
</context>
<context>
    <name>onemap::TransferPdfPages</name>
    <message>
        <location filename="../../desktop/export/transfer/TransferPdfPages.cpp" line="30"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
</context>
<context>
    <name>onemap::TransferPlanForm</name>
    <message>
        <location filename="../../desktop/transfer/TransferPlanForm.cpp" line="41"/>
        <source>Warning in force</source>
        <translation>生效预警</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferPlanForm.cpp" line="42"/>
        <source>Risk zone</source>
        <translation>风险区</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferPlanForm.cpp" line="43"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferPlanForm.cpp" line="44"/>
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferPlanForm.cpp" line="45"/>
        <source>Area:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferPlanForm.cpp" line="51"/>
        <source>On foot</source>
        <translation>步行</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferPlanForm.cpp" line="52"/>
        <source>By vehicle</source>
        <translation>车行</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferPlanForm.cpp" line="53"/>
        <source>Transfer:</source>
        <translation>转移方式：</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferPlanForm.cpp" line="58"/>
        <source> km/h</source>
        <translation> km/h</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferPlanForm.cpp" line="59"/>
        <source>Walking speed:</source>
        <translation>步行速度：</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferPlanForm.cpp" line="65"/>
        <source>Shelter classes:</source>
        <translation>避难场所等级：</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferPlanForm.cpp" line="66"/>
        <source>Roads marked cut</source>
        <translation>已标记中断的道路</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferPlanForm.cpp" line="68"/>
        <source>Roads inside red/orange warnings</source>
        <translation>红色/橙色预警区内的道路</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferPlanForm.cpp" line="69"/>
        <source>Avoid:</source>
        <translation>避开：</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferPlanForm.cpp" line="72"/>
        <source>Roads inside the ticked risk zones are avoided too.</source>
        <translation>同时避开所勾选风险区内的道路。</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferPlanForm.cpp" line="73"/>
        <source>and zones:</source>
        <translation>及风险区：</translation>
    </message>
</context>
<context>
    <name>onemap::TransferPlanner</name>
    <message>
        <location filename="../../desktop/transfer/TransferPlanner.cpp" line="65"/>
        <source>transfer plan cancelled</source>
        <translation>已取消转移避险方案编制</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferPlanner.cpp" line="173"/>
        <source>%1 transfer plan %2</source>
        <translation>%1 转移避险方案 %2</translation>
    </message>
</context>
<context>
    <name>onemap::TransferPlans</name>
    <message>
        <location filename="../../layers/transfer/TransferPlans.cpp" line="60"/>
        <source>%1: a group not placed needs the reason</source>
        <translation>%1：未安置的分组必须注明原因</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferPlans.cpp" line="61"/>
        <source>%1: a placed group cannot have an unplaced reason</source>
        <translation>%1：已安置的分组不能有未安置原因</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferPlans.cpp" line="79"/>
        <location filename="../../layers/transfer/TransferPlans.cpp" line="288"/>
        <source>transfer_assignments, %1: %2</source>
        <translation>transfer_assignments，%1：%2</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferPlans.cpp" line="90"/>
        <source>%1: the route &quot;%2&quot; is not a valid LINESTRING</source>
        <translation>%1：路线 “%2” 不是有效的 LINESTRING</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferPlans.cpp" line="123"/>
        <location filename="../../layers/transfer/TransferPlans.cpp" line="140"/>
        <location filename="../../layers/transfer/TransferPlans.cpp" line="145"/>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferPlans.cpp" line="162"/>
        <location filename="../../layers/transfer/TransferPlans.cpp" line="325"/>
        <source>no transfer plan with id %1</source>
        <translation>编号为 %1 的转移避险方案不存在</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferPlans.cpp" line="209"/>
        <source>no transfer row with id %1</source>
        <translation>编号为 %1 的转移记录不存在</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferPlans.cpp" line="212"/>
        <source>%1: can move 1 to %2 people, not %3</source>
        <translation>%1：可改派 1 到 %2 人，而不是 %3 人</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferPlans.cpp" line="216"/>
        <source>no shelter with id %1</source>
        <translation>编号为 %1 的避难场所不存在</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferPlans.cpp" line="219"/>
        <source>shelter %1 is closed</source>
        <translation>避难场所 %1 已关闭</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferPlans.cpp" line="221"/>
        <source>%1 already goes to shelter %2</source>
        <translation>%1 已安排至避难场所 %2</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferPlans.cpp" line="223"/>
        <source>%1: route length and time cannot be negative</source>
        <translation>%1：路线长度和用时不能为负数</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferPlans.cpp" line="228"/>
        <source>shelter %1 has room for %2 more people, not %3</source>
        <translation>避难场所 %1 只能再容纳 %2 人，而不是 %3 人</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferPlans.cpp" line="339"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>onemap::TransferReportDialog</name>
    <message>
        <location filename="../../desktop/transfer/TransferReportDialog.cpp" line="16"/>
        <source>Transfer report: %1</source>
        <translation>转移报送：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferReportDialog.cpp" line="24"/>
        <source>People planned:</source>
        <translation>计划转移人数：</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferReportDialog.cpp" line="26"/>
        <source>People transferred so far:</source>
        <translation>已转移人数：</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferReportDialog.cpp" line="28"/>
        <source>Responsible persons at post:</source>
        <translation>在岗责任人数：</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferReportDialog.cpp" line="30"/>
        <source>Responsible persons expected:</source>
        <translation>应在岗责任人数：</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferReportDialog.cpp" line="32"/>
        <source>People returned home:</source>
        <translation>已返回人数：</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferReportDialog.cpp" line="33"/>
        <source>Homes assessed safe before the return</source>
        <translation>返回前已对住房进行安全评估</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferReportDialog.cpp" line="37"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>onemap::TransferRowsModel</name>
    <message>
        <location filename="../../desktop/transfer/TransferRowsModel.cpp" line="68"/>
        <source>No shelter reachable</source>
        <translation>无可达避难场所</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferRowsModel.cpp" line="70"/>
        <source>Shelter capacity exhausted</source>
        <translation>避难场所容量已满</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferRowsModel.cpp" line="87"/>
        <location filename="../../desktop/transfer/TransferRowsModel.cpp" line="109"/>
        <source>Reassigned by hand</source>
        <translation>手动改派</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferRowsModel.cpp" line="94"/>
        <source>Danger point</source>
        <translation>隐患点</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferRowsModel.cpp" line="94"/>
        <location filename="../../desktop/transfer/TransferRowsModel.cpp" line="122"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferRowsModel.cpp" line="121"/>
        <source>Source</source>
        <translation>转移对象</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferRowsModel.cpp" line="123"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferRowsModel.cpp" line="124"/>
        <source>Risk type</source>
        <translation>风险类型</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferRowsModel.cpp" line="125"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferRowsModel.cpp" line="126"/>
        <source>Shelter</source>
        <translation>避难场所</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferRowsModel.cpp" line="127"/>
        <source>Route km</source>
        <translation>路线里程（km）</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferRowsModel.cpp" line="128"/>
        <source>Route min</source>
        <translation>路线用时（分钟）</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferRowsModel.cpp" line="129"/>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferRowsModel.cpp" line="130"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop/transfer/TransferRowsModel.cpp" line="131"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>onemap::TransferStatusCsv</name>
    <message>
        <location filename="../../desktop/export/transfer/TransferStatusCsv.cpp" line="12"/>
        <source>Transfer status</source>
        <translation>转移进展</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferStatusCsv.cpp" line="13"/>
        <source>Township code</source>
        <translation>乡镇代码</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferStatusCsv.cpp" line="14"/>
        <source>Village code</source>
        <translation>村代码</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferStatusCsv.cpp" line="15"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferStatusCsv.cpp" line="16"/>
        <source>Planned</source>
        <translation>计划转移</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferStatusCsv.cpp" line="17"/>
        <source>Transferred</source>
        <translation>已转移</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferStatusCsv.cpp" line="18"/>
        <source>Transferred (%)</source>
        <translation>转移率（%）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferStatusCsv.cpp" line="19"/>
        <source>Responsible persons at post</source>
        <translation>责任人在岗</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferStatusCsv.cpp" line="20"/>
        <source>Responsible persons expected</source>
        <translation>应在岗责任人</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferStatusCsv.cpp" line="21"/>
        <source>Returned</source>
        <translation>已返回</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferStatusCsv.cpp" line="22"/>
        <source>Returns assessed</source>
        <translation>返回前已评估</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferStatusCsv.cpp" line="23"/>
        <source>Last report at</source>
        <translation>最近上报时间</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferStatusCsv.cpp" line="24"/>
        <source>Last report by</source>
        <translation>最近上报人</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferStatusCsv.cpp" line="27"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/export/transfer/TransferStatusCsv.cpp" line="28"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>onemap::TransferStyles</name>
    <message>
        <location filename="../../desktop/map/TransferStyles.cpp" line="69"/>
        <source>No one to move</source>
        <translation>无需转移</translation>
    </message>
    <message>
        <location filename="../../desktop/map/TransferStyles.cpp" line="70"/>
        <source>Enough shelter room</source>
        <translation>容量充足</translation>
    </message>
    <message>
        <location filename="../../desktop/map/TransferStyles.cpp" line="71"/>
        <source>Short by under 25%</source>
        <translation>缺口低于25%</translation>
    </message>
    <message>
        <location filename="../../desktop/map/TransferStyles.cpp" line="72"/>
        <source>Short by 25% to 50%</source>
        <translation>缺口25%–50%</translation>
    </message>
    <message>
        <location filename="../../desktop/map/TransferStyles.cpp" line="73"/>
        <source>Short by half or more</source>
        <translation>缺口50%及以上</translation>
    </message>
    <message>
        <location filename="../../desktop/map/TransferStyles.cpp" line="94"/>
        <source>People to move</source>
        <translation>需转移人数</translation>
    </message>
    <message>
        <location filename="../../desktop/map/TransferStyles.cpp" line="96"/>
        <source>Not placed</source>
        <translation>未安置</translation>
    </message>
    <message>
        <location filename="../../desktop/map/TransferStyles.cpp" line="125"/>
        <source>short %1</source>
        <comment>map label: people without shelter room</comment>
        <translation>缺口 %1</translation>
    </message>
</context>
<context>
    <name>onemap::TransferTracking</name>
    <message>
        <location filename="../../layers/transfer/TransferTracking.cpp" line="51"/>
        <source>no transfer plan with id %1</source>
        <translation>编号为 %1 的转移避险方案不存在</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferTracking.cpp" line="55"/>
        <source>village &quot;%1&quot; is not in transfer plan %2</source>
        <translation>村 “%1” 不在转移避险方案 %2 中</translation>
    </message>
    <message>
        <location filename="../../layers/transfer/TransferTracking.cpp" line="62"/>
        <source>village %1: %2 cannot be negative (%3)</source>
        <translation>村 %1：%2 不能为负数（%3）</translation>
    </message>
</context>
<context>
    <name>onemap::WallBoard</name>
    <message numerus="yes">
        <location filename="../../desktop/consult/wall/WallBoard.cpp" line="84"/>
        <source>+%n more not shown</source>
        <translation>
            <numerusform>另有 %n 条未显示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onemap::WallScreensDialog</name>
    <message>
        <location filename="../../desktop/consult/wall/WallScreensDialog.cpp" line="17"/>
        <source>Video wall screens</source>
        <translation>大屏显示器</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreensDialog.cpp" line="19"/>
        <source>Show the wall on these screens:</source>
        <translation>在以下显示器上显示大屏：</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreensDialog.cpp" line="22"/>
        <source>%1  (%2 x %3 at %4, %5)</source>
        <translation>%1（%2 x %3，位于 %4, %5）</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreensDialog.cpp" line="31"/>
        <source>Show the wall</source>
        <translation>显示大屏</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreensDialog.cpp" line="51"/>
        <source>Choose at least one screen.</source>
        <translation>请至少选择一个显示器。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreensDialog.cpp" line="55"/>
        <source>The wall: %1 x %2 pixels.</source>
        <translation>大屏：%1 x %2 像素。</translation>
    </message>
</context>
<context>
    <name>onemap::WallScreenshot</name>
    <message>
        <location filename="../../desktop/consult/wall/WallScreenshot.cpp" line="20"/>
        <source>Save a picture of the video wall for a consultation meeting.</source>
        <translation>保存会商大屏的截图。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreenshot.cpp" line="22"/>
        <source>Situation store to open.</source>
        <translation>要打开的态势库。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreenshot.cpp" line="23"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreenshot.cpp" line="24"/>
        <source>Meeting to show (default: the newest).</source>
        <translation>要显示的会商（默认为最新的会商）。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreenshot.cpp" line="25"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreenshot.cpp" line="26"/>
        <source>Agenda step to show, from 1.</source>
        <translation>要显示的议程环节，从 1 开始。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreenshot.cpp" line="27"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreenshot.cpp" line="28"/>
        <source>Wall size in pixels.</source>
        <translation>大屏尺寸（像素）。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreenshot.cpp" line="29"/>
        <source>WxH</source>
        <translation>宽x高</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreenshot.cpp" line="30"/>
        <source>Date-time the wall shows and judges by (ISO; default now).</source>
        <translation>大屏显示及研判所依据的日期时间（ISO 格式；默认为当前时间）。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreenshot.cpp" line="31"/>
        <source>ISO</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreenshot.cpp" line="32"/>
        <source>PNG file to write.</source>
        <translation>要写出的 PNG 文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreenshot.cpp" line="33"/>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreenshot.cpp" line="38"/>
        <source>--out PNG is required</source>
        <translation>须指定 --out PNG</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreenshot.cpp" line="42"/>
        <source>--size must look like 5760x2160, not &quot;%1&quot;</source>
        <translation>--size 须形如 5760x2160，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreenshot.cpp" line="48"/>
        <source>--now must be an ISO date-time, not &quot;%1&quot;</source>
        <translation>--now 须为 ISO 日期时间，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreenshot.cpp" line="64"/>
        <source>--consultation must be a meeting id, not &quot;%1&quot;</source>
        <translation>--consultation 须为会商编号，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreenshot.cpp" line="77"/>
        <source>--step must be between 1 and %1</source>
        <translation>--step 须在 1 到 %1 之间</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreenshot.cpp" line="89"/>
        <source>the map was still drawing after two minutes; saving what is drawn</source>
        <translation>地图两分钟后仍未绘制完成；保存已绘制的部分</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreenshot.cpp" line="91"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallScreenshot.cpp" line="93"/>
        <source>wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
</context>
<context>
    <name>onemap::WallWindow</name>
    <message>
        <location filename="../../desktop/consult/wall/WallWindow.cpp" line="76"/>
        <source>OneMap video wall</source>
        <translation>OneMap 会商大屏</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WallWindow.cpp" line="327"/>
        <source>No meeting open</source>
        <translation>没有打开的会商</translation>
    </message>
</context>
<context>
    <name>onemap::WarningImpact</name>
    <message>
        <location filename="../../layers/warnings/WarningImpact.cpp" line="19"/>
        <source>warning %1: cannot read the %2 inside its area: %3</source>
        <translation>预警 %1：无法读取其区域内的%2：%3</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/WarningImpact.cpp" line="36"/>
        <source>(outside any township)</source>
        <translation>（不属任何乡镇）</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/WarningImpact.cpp" line="68"/>
        <source>cannot read the townships of %1: %2</source>
        <translation>无法读取 %1 中的乡镇：%2</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/WarningImpact.cpp" line="94"/>
        <source>unknown hazard type %1 (types: %2)</source>
        <translation>未知隐患类型 %1（可用类型：%2）</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/WarningImpact.cpp" line="102"/>
        <source>cannot read warning %1: %2</source>
        <translation>无法读取预警 %1：%2</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/WarningImpact.cpp" line="103"/>
        <source>no warning with id %1 in %2</source>
        <translation>%2 中没有编号为 %1 的预警</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/WarningImpact.cpp" line="186"/>
        <location filename="../../layers/warnings/WarningImpact.cpp" line="264"/>
        <source>hidden dangers</source>
        <translation>隐患点</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/WarningImpact.cpp" line="211"/>
        <source>shelters</source>
        <translation>避难场所</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/WarningImpact.cpp" line="235"/>
        <source>teams</source>
        <translation>救援队伍</translation>
    </message>
    <message>
        <location filename="../../layers/warnings/WarningImpact.cpp" line="255"/>
        <source>cannot find the escalated hidden dangers in %1: %2</source>
        <translation>无法查找 %1 中的升级关注隐患点：%2</translation>
    </message>
</context>
<context>
    <name>onemap::WarningLayer</name>
    <message>
        <location filename="../../desktop/map/WarningLayer.cpp" line="109"/>
        <source>History (expired, updated, cancelled)</source>
        <translation>历史（已过期、已更新、已解除）</translation>
    </message>
</context>
<context>
    <name>onemap::WarningReplay</name>
    <message>
        <location filename="../../desktop/warnings/WarningReplay.cpp" line="26"/>
        <source>Replay warnings</source>
        <translation>预警回放</translation>
    </message>
</context>
<context>
    <name>onemap::WarningsBoard</name>
    <message>
        <location filename="../../desktop/consult/wall/WarningsBoard.cpp" line="14"/>
        <source>Warnings in force (%1)</source>
        <translation>生效预警（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WarningsBoard.cpp" line="15"/>
        <source>No warning in force on %1.</source>
        <translation>%1 无生效预警。</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WarningsBoard.cpp" line="16"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WarningsBoard.cpp" line="16"/>
        <source>Hazard</source>
        <translation>灾种</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WarningsBoard.cpp" line="16"/>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WarningsBoard.cpp" line="16"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/consult/wall/WarningsBoard.cpp" line="16"/>
        <source>Expires</source>
        <translation>失效时间</translation>
    </message>
</context>
<context>
    <name>onemap::WarningsDock</name>
    <message>
        <location filename="../../desktop/warnings/WarningsDock.cpp" line="82"/>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/WarningsDock.cpp" line="141"/>
        <source>In force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/WarningsDock.cpp" line="142"/>
        <source>All, with history (expired, updated, cancelled)</source>
        <translation>全部，含历史（已过期、已更新、已解除）</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/WarningsDock.cpp" line="166"/>
        <source>Select a warning to read it; double-click to open its details here.</source>
        <translation>选择一条预警查看；双击在此打开详情。</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/WarningsDock.cpp" line="167"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/WarningsDock.cpp" line="171"/>
        <source>Impact</source>
        <translation>影响分析</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/WarningsDock.cpp" line="173"/>
        <source>Call-and-answer</source>
        <translation>叫应</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/WarningsDock.cpp" line="184"/>
        <source>Show warning history</source>
        <translation>显示预警历史</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/WarningsDock.cpp" line="186"/>
        <source>Replay warnings...</source>
        <translation>预警回放...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/warnings/WarningsDock.cpp" line="194"/>
        <location filename="../../desktop/warnings/WarningsDock.cpp" line="196"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条预警</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/WarningsDock.cpp" line="345"/>
        <source>Warning lifted: %1</source>
        <translation>预警解除：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/warnings/WarningsDock.cpp" line="360"/>
        <source>New warning: %1</source>
        <translation>新预警：%1</translation>
    </message>
</context>
<context>
    <name>onemap::cli</name>
    <message>
        <location filename="../../desktop/cli/CliCommon.cpp" line="54"/>
        <source>Interface language: zh (default) or en.</source>
        <translation>界面语言：zh（默认）或 en。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/Cli.cpp" line="104"/>
        <source>unknown command %1 (commands: init, export, import, danger, notice, cap, impact, plugins, event, stats, transfer, shelter, consult; none opens the board)</source>
        <translation>未知命令 %1（可用命令：init、export、import、danger、notice、cap、impact、plugins、event、stats、transfer、shelter、consult；不带命令则打开态势板）</translation>
    </message>
</context>
</TS>
