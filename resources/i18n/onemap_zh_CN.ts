<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>onemap::BoardCommand</name>
    <message>
        <location filename="../../desktop/cli/BoardCommand.cpp" line="34" />
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/BoardCommand.cpp" line="36" />
        <source>wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/BoardCommand.cpp" line="46" />
        <source>OneMap, the county emergency situation board.</source>
        <translation>OneMap 县级一张图应急态势板。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/BoardCommand.cpp" line="49" />
        <source>Situation store to open.</source>
        <translation>要打开的态势库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/BoardCommand.cpp" line="49" />
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/BoardCommand.cpp" line="50" />
        <source>Save a picture of the window once drawn, then quit.</source>
        <translation>地图绘制完成后保存窗口截图并退出。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/BoardCommand.cpp" line="50" />
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/BoardCommand.cpp" line="66" />
        <source>OneMap</source>
        <translation>OneMap 一张图</translation>
    </message>
</context>
<context>
    <name>onemap::ExportCommand</name>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="19" />
        <source>Export a map sheet of the county (PDF or PNG).</source>
        <translation>导出全县专题图（PDF 或 PNG）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="21" />
        <source>the verb</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="22" />
        <source>what to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="23" />
        <source>Situation store to draw.</source>
        <translation>要出图的态势库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="23" />
        <location filename="../../desktop/cli/ExportCommand.cpp" line="24" />
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="24" />
        <source>Output file, .pdf or .png.</source>
        <translation>输出文件，.pdf 或 .png。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="25" />
        <source>A4 (default) or A3.</source>
        <translation>A4（默认）或 A3。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="25" />
        <source>SIZE</source>
        <translation>幅面</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="26" />
        <source>landscape (default) or portrait.</source>
        <translation>landscape 横向（默认）或 portrait 纵向。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="26" />
        <source>O</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="27" />
        <source>Resolution (default 300).</source>
        <translation>分辨率（默认 300）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="27" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="28" />
        <source>Sheet title.</source>
        <translation>图名。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="28" />
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="36" />
        <source>unknown export %1 (try: onemap export map)</source>
        <translation>未知导出类型 %1（可用：onemap export map）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="45" />
        <source>--dpi must be an integer, not %1</source>
        <translation>--dpi 须为整数，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ExportCommand.cpp" line="56" />
        <source>wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
</context>
<context>
    <name>onemap::FeatureInfoPanel</name>
    <message>
        <location filename="../../desktop/ui/FeatureInfoPanel.cpp" line="14" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/FeatureInfoPanel.cpp" line="14" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/FeatureInfoPanel.cpp" line="23" />
        <source>Nothing here</source>
        <translation>此处无要素</translation>
    </message>
</context>
<context>
    <name>onemap::FieldLabels</name>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="16" />
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="17" />
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="18" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="19" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="20" />
        <source>Parent unit code</source>
        <translation>上级区划代码</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="21" />
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="22" />
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="23" />
        <source>Area (km²)</source>
        <translation>面积（平方千米）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="24" />
        <source>Hazard</source>
        <translation>灾种</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="25" />
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="26" />
        <source>Exposed population</source>
        <translation>承灾人口</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="27" />
        <source>Exposed houses</source>
        <translation>承灾房屋</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="28" />
        <source>Census year</source>
        <translation>普查年份</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="29" />
        <source>Township code</source>
        <translation>乡镇代码</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="30" />
        <source>Village code</source>
        <translation>村代码</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="31" />
        <source>Hazard type</source>
        <translation>隐患类型</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="32" />
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="33" />
        <source>Threatened people</source>
        <translation>威胁人数</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="34" />
        <source>Threatened households</source>
        <translation>威胁户数</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="35" />
        <source>Threatened property (10,000 yuan)</source>
        <translation>威胁财产（万元）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="36" />
        <location filename="../../desktop/map/FieldLabels.cpp" line="137" />
        <source>Monitor</source>
        <translation>监测员</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="37" />
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="38" />
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="39" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="40" />
        <source>Measures</source>
        <translation>防治措施</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="41" />
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="42" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="43" />
        <source>Listed for supervision</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="44" />
        <source>Shelter class</source>
        <translation>场所类别</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="45" />
        <source>Capacity (people)</source>
        <translation>容纳人数</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="46" />
        <source>Usable area (m²)</source>
        <translation>有效面积（平方米）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="47" />
        <source>Supplies</source>
        <translation>物资配备</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="48" />
        <source>Manager</source>
        <translation>管理人</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="49" />
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="50" />
        <source>Current occupancy</source>
        <translation>当前安置人数</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="51" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="52" />
        <source>Specialties</source>
        <translation>专长</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="53" />
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="54" />
        <source>Equipment</source>
        <translation>装备</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="55" />
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="56" />
        <source>Base</source>
        <translation>驻地</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="57" />
        <source>Keeper</source>
        <translation>保管人</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="58" />
        <source>Depot</source>
        <translation>储备库</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="59" />
        <source>Item</source>
        <translation>物资</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="60" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="61" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="62" />
        <source>Latest reading</source>
        <translation>最新读数</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="63" />
        <source>Reading time</source>
        <translation>读数时间</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="64" />
        <source>Threshold</source>
        <translation>预警阈值</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="65" />
        <source>Channel ID</source>
        <translation>通道编号</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="66" />
        <source>Owner department</source>
        <translation>权属部门</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="67" />
        <source>Stream address</source>
        <translation>视频流地址</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="68" />
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="69" />
        <source>Administrative unit code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="70" />
        <source>Answers for (layer)</source>
        <translation>负责对象（图层）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="71" />
        <source>Answers for (object ID)</source>
        <translation>负责对象（编号）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="72" />
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="73" />
        <source>Sender</source>
        <translation>发送方</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="74" />
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="75" />
        <source>Message type</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="76" />
        <source>Issuer</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="77" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="78" />
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="79" />
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="80" />
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="81" />
        <source>Effective</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="82" />
        <source>Onset</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="83" />
        <source>Expires</source>
        <translation>失效时间</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="84" />
        <source>Road class</source>
        <translation>道路等级</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="85" />
        <source>Length (m)</source>
        <translation>长度（米）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="86" />
        <source>Cut off</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="87" />
        <source>River rank</source>
        <translation>河流等级</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="97" />
        <source>Landslide</source>
        <translation>滑坡</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="97" />
        <source>Collapse</source>
        <translation>崩塌</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="97" />
        <source>Debris flow</source>
        <translation>泥石流</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="98" />
        <source>Ground subsidence</source>
        <translation>地面塌陷</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="98" />
        <source>Unstable slope</source>
        <translation>不稳定斜坡</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="98" />
        <source>Flood-prone point</source>
        <translation>易涝易洪点</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="99" />
        <source>Waterlogging point</source>
        <translation>内涝点</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="99" />
        <location filename="../../desktop/map/FieldLabels.cpp" line="128" />
        <source>Hazardous chemicals</source>
        <translation>危险化学品</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="101" />
        <source>Identified</source>
        <translation>已排查</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="101" />
        <source>Assigned</source>
        <translation>已交办</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="101" />
        <source>Rectifying</source>
        <translation>整改中</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="101" />
        <source>Checked</source>
        <translation>已验收</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="102" />
        <source>Signed off</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="104" />
        <source>Small</source>
        <translation>小型</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="104" />
        <source>Medium</source>
        <translation>中型</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="104" />
        <source>Large</source>
        <translation>大型</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="104" />
        <source>Very large</source>
        <translation>特大型</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="106" />
        <source>Class I</source>
        <translation>Ⅰ类</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="106" />
        <source>Class II</source>
        <translation>Ⅱ类</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="106" />
        <source>Class III</source>
        <translation>Ⅲ类</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="106" />
        <source>Village shelter</source>
        <translation>村级避难场所</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="107" />
        <source>Temporary point</source>
        <translation>临时避险点</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="109" />
        <source>Comprehensive</source>
        <translation>综合性</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="109" />
        <source>Professional</source>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="109" />
        <source>Social / volunteer</source>
        <translation>社会应急力量</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="110" />
        <source>Militia</source>
        <translation>民兵</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="110" />
        <source>Enterprise</source>
        <translation>企业专职</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="112" />
        <source>Standby</source>
        <translation>待命</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="112" />
        <source>Deployed</source>
        <translation>已出动</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="114" />
        <location filename="../../desktop/map/FieldLabels.cpp" line="117" />
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="114" />
        <location filename="../../desktop/map/FieldLabels.cpp" line="117" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="114" />
        <location filename="../../desktop/map/FieldLabels.cpp" line="117" />
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="114" />
        <source>Social</source>
        <translation>社会</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="115" />
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="117" />
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="119" />
        <source>Automatic weather station</source>
        <translation>自动气象站</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="119" />
        <source>Rain gauge</source>
        <translation>雨量站</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="119" />
        <source>River level gauge</source>
        <translation>水位站</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="120" />
        <source>GNSS displacement</source>
        <translation>GNSS 位移监测</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="120" />
        <source>Tailings-pond sensor</source>
        <translation>尾矿库监测</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="122" />
        <source>Blue (IV)</source>
        <translation>蓝色（Ⅳ级）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="122" />
        <source>Yellow (III)</source>
        <translation>黄色（Ⅲ级）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="122" />
        <source>Orange (II)</source>
        <translation>橙色（Ⅱ级）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="122" />
        <source>Red (I)</source>
        <translation>红色（Ⅰ级）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="124" />
        <source>In force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="124" />
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="124" />
        <source>Cancelled</source>
        <translation>已解除</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="124" />
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="126" />
        <source>Geological hazard</source>
        <translation>地质灾害</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="126" />
        <source>Flood</source>
        <translation>洪水</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="126" />
        <source>Forest fire</source>
        <translation>森林火灾</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="127" />
        <source>Earthquake</source>
        <translation>地震</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="127" />
        <source>Drought</source>
        <translation>干旱</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="127" />
        <source>Snow and freeze</source>
        <translation>雪灾冰冻</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="128" />
        <source>Rainstorm</source>
        <translation>暴雨</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="130" />
        <source>Level 1 (high)</source>
        <translation>一级（高）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="130" />
        <source>Level 2 (fairly high)</source>
        <translation>二级（较高）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="130" />
        <source>Level 3 (medium)</source>
        <translation>三级（中）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="130" />
        <source>Level 4 (low)</source>
        <translation>四级（低）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="132" />
        <source>National road</source>
        <translation>国道</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="132" />
        <source>Provincial road</source>
        <translation>省道</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="132" />
        <source>County road</source>
        <translation>县道</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="133" />
        <source>Township road</source>
        <translation>乡道</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="133" />
        <source>Village road</source>
        <translation>村道</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="135" />
        <source>Disaster responsible person</source>
        <translation>灾害责任人</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="135" />
        <source>Grid member</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="136" />
        <source>Disaster information officer</source>
        <translation>灾害信息员</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="136" />
        <source>Village emergency manager</source>
        <translation>村级应急管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="139" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/map/FieldLabels.cpp" line="139" />
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>onemap::InitCommand</name>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="26" />
        <source>Create a situation store; --sample fills it with the built-in sample county.</source>
        <translation>创建态势库；加 --sample 时填入内置示范县数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="28" />
        <source>the verb</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="29" />
        <source>Store file to create.</source>
        <translation>要创建的态势库文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="29" />
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="30" />
        <source>Fill it with the sample county.</source>
        <translation>填入示范县数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="31" />
        <source>Random seed of the sample county (default 2024).</source>
        <translation>示范县随机种子（默认 2024）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="31" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="32" />
        <source>Multiply the point layers by K (default 1).</source>
        <translation>点图层数量乘以 K（默认 1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="32" />
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="33" />
        <source>Replace an existing store.</source>
        <translation>替换已有态势库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="45" />
        <source>--seed must be a non-negative integer, not %1</source>
        <translation>--seed 须为非负整数，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="47" />
        <source>--scale must be an integer from 1 to 10000, not %1</source>
        <translation>--scale 须为 1 到 10000 的整数，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="50" />
        <source>%1 already exists; use --force to replace it</source>
        <translation>%1 已存在；如需替换请加 --force</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="79" />
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/InitCommand.cpp" line="81" />
        <source>created %1</source>
        <translation>已创建 %1</translation>
    </message>
</context>
<context>
    <name>onemap::MainWindow</name>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="30" />
        <source>%1 Emergency Situation Board (OneMap)</source>
        <translation>%1一张图应急态势板（OneMap）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="30" />
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="59" />
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="65" />
        <source>Feature information</source>
        <translation>要素信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="74" />
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="94" />
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="95" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="96" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="97" />
        <source>Identify</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="98" />
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="116" />
        <source>Zoomed to %1</source>
        <translation>已定位到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="119" />
        <source>No township or village named or coded "%1"</source>
        <translation>没有名称或代码为“%1”的乡镇或村</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="132" />
        <source>Scale 1:%L1</source>
        <translation>比例尺 1:%L1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/MainWindow.cpp" line="143" />
        <source>CGCS2000  lon %1°  lat %2°</source>
        <translation>CGCS2000  经度 %1°  纬度 %2°</translation>
    </message>
</context>
<context>
    <name>onemap::MapLayers</name>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="12" />
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="13" />
        <source>Hidden dangers and risk</source>
        <translation>隐患与风险</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="14" />
        <source>Emergency resources</source>
        <translation>应急资源</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="15" />
        <source>Monitoring</source>
        <translation>监测感知</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="16" />
        <source>Base map</source>
        <translation>基础地理</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="17" />
        <source>Ledgers</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="19" />
        <source>Warnings in force</source>
        <translation>生效预警</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="20" />
        <source>Hidden-danger points</source>
        <translation>隐患点</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="21" />
        <source>Geological hazard risk zones</source>
        <translation>地质灾害风险区</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="22" />
        <source>Flood risk zones</source>
        <translation>洪水风险区</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="23" />
        <source>Forest-fire risk zones</source>
        <translation>森林火险区</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="24" />
        <source>Shelters</source>
        <translation>避难场所</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="25" />
        <source>Temporary shelter points</source>
        <translation>临时避险点</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="26" />
        <source>Rescue teams</source>
        <translation>救援队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="27" />
        <source>Material depots</source>
        <translation>物资储备库</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="28" />
        <source>Monitoring stations</source>
        <translation>监测站点</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="29" />
        <source>Video channels</source>
        <translation>视频监控</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="30" />
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="31" />
        <source>Rivers</source>
        <translation>河流</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="32" />
        <source>County boundary</source>
        <translation>县界</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="33" />
        <source>Townships</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="34" />
        <source>Villages</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="35" />
        <source>Reserve items</source>
        <translation>储备物资</translation>
    </message>
    <message>
        <location filename="../../desktop/map/MapLayerSpec.cpp" line="36" />
        <source>Responsible persons</source>
        <translation>责任人</translation>
    </message>
</context>
<context>
    <name>onemap::MapSheet</name>
    <message>
        <location filename="../../desktop/export/MapSheet.cpp" line="88" />
        <source>Map sheet</source>
        <translation>专题图</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheet.cpp" line="100" />
        <source>Sample County</source>
        <translation>示范县</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheet.cpp" line="101" />
        <source>%1 emergency situation map</source>
        <translation>%1应急态势图</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheet.cpp" line="102" />
        <source>%1 Emergency Management Bureau</source>
        <translation>%1应急管理局</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheet.cpp" line="105" />
        <source>%1 · compiled %2</source>
        <translation>%1 · %2 编制</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheet.cpp" line="127" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheet.cpp" line="148" />
        <source>km</source>
        <translation>千米</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheet.cpp" line="164" />
        <source>Coordinate system: CGCS2000 (%1)</source>
        <translation>坐标系：CGCS2000（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheet.cpp" line="166" />
        <source>Data source: %1 situation store; administrative boundaries are schematic.  %2</source>
        <translation>数据来源：%1应急态势库；行政界线为示意。  %2</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheet.cpp" line="168" />
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheet.cpp" line="198" />
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheet.cpp" line="203" />
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>onemap::MapSheetOptions</name>
    <message>
        <location filename="../../desktop/export/MapSheetOptions.cpp" line="16" />
        <source>unknown paper size %1 (use A4 or A3)</source>
        <translation>未知纸张幅面 %1（请用 A4 或 A3）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheetOptions.cpp" line="18" />
        <source>unknown orientation %1 (use landscape or portrait)</source>
        <translation>未知方向 %1（请用 landscape 或 portrait）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheetOptions.cpp" line="20" />
        <source>dpi %1 is out of range (50-1200)</source>
        <translation>dpi %1 超出范围（50-1200）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheetOptions.cpp" line="22" />
        <source>no output file given (--out)</source>
        <translation>未指定输出文件（--out）</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheetOptions.cpp" line="24" />
        <source>cannot write %1: the output must end in .pdf or .png</source>
        <translation>无法写入 %1：输出文件须以 .pdf 或 .png 结尾</translation>
    </message>
    <message>
        <location filename="../../desktop/export/MapSheetOptions.cpp" line="28" />
        <source>cannot write %1: folder missing or not writable</source>
        <translation>无法写入 %1：文件夹不存在或不可写</translation>
    </message>
</context>
<context>
    <name>onemap::PlaceSearch</name>
    <message>
        <location filename="../../desktop/ui/PlaceSearch.cpp" line="22" />
        <source>Find township or village (name or code)</source>
        <translation>查找乡镇或村（名称或代码）</translation>
    </message>
</context>
<context>
    <name>onemap::Store</name>
    <message>
        <location filename="../../layers/store/Store.cpp" line="33" />
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="35" />
        <source>cannot read store %1: permission denied</source>
        <translation>无法读取态势库 %1：没有权限</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="37" />
        <source>%1 is not a OneMap store (the file is empty)</source>
        <translation>%1 不是 OneMap 态势库（文件为空）</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="43" />
        <source>cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="50" />
        <source>%1 is not a OneMap store (not an SQLite database)</source>
        <translation>%1 不是 OneMap 态势库（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="58" />
        <source>%1 is not a OneMap store (it is an SQLite database of another program)</source>
        <translation>%1 不是 OneMap 态势库（它是其他程序的 SQLite 数据库）</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="60" />
        <source>%1 has schema version %2, newer than this OneMap understands (%3); update OneMap</source>
        <translation>%1 的数据结构版本为 %2，高于本程序支持的版本（%3）；请升级 OneMap</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="90" />
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="97" />
        <source>no store path given</source>
        <translation>未指定态势库路径</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="103" />
        <source>store not found: %1</source>
        <translation>找不到态势库：%1</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="106" />
        <source>cannot create store %1: folder missing or not writable</source>
        <translation>无法创建态势库 %1：文件夹不存在或不可写</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="108" />
        <source>cannot write store %1: permission denied</source>
        <translation>无法写入态势库 %1：没有权限</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="117" />
        <location filename="../../layers/store/Store.cpp" line="126" />
        <source>cannot open store %1: %2</source>
        <translation>无法打开态势库 %1：%2</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="154" />
        <source>cannot migrate store %1 to schema %2: %3</source>
        <translation>无法将态势库 %1 升级到版本 %2：%3</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="168" />
        <source>cannot start a transaction on %1: %2</source>
        <translation>无法在 %1 上开始事务：%2</translation>
    </message>
    <message>
        <location filename="../../layers/store/Store.cpp" line="178" />
        <source>cannot commit to %1: %2</source>
        <translation>无法提交到 %1：%2</translation>
    </message>
</context>
<context>
    <name>onemap::StoreMapLayers</name>
    <message>
        <location filename="../../desktop/map/StoreMapLayers.cpp" line="55" />
        <source>cannot build map layer %1 from %2 (table %3) %4</source>
        <translation>无法从 %2（表 %3）生成图层 %1 %4</translation>
    </message>
</context>
<context>
    <name>onemap::Table</name>
    <message>
        <location filename="../../layers/store/Table.cpp" line="56" />
        <location filename="../../layers/store/Table.cpp" line="112" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../layers/store/Table.cpp" line="72" />
        <location filename="../../layers/store/Table.cpp" line="98" />
        <source>%1, field geom: "%2" is not a valid %3</source>
        <translation>%1，字段 geom：“%2”不是有效的 %3</translation>
    </message>
    <message>
        <location filename="../../layers/store/Table.cpp" line="87" />
        <location filename="../../layers/store/Table.cpp" line="108" />
        <location filename="../../layers/store/Table.cpp" line="158" />
        <source>%1: no row with id %2</source>
        <translation>%1：没有编号为 %2 的记录</translation>
    </message>
    <message>
        <location filename="../../layers/store/Table.cpp" line="121" />
        <location filename="../../layers/store/Table.cpp" line="128" />
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../layers/store/Table.cpp" line="139" />
        <source>row %1: %2, field geom: not a valid %3</source>
        <translation>第 %1 行：%2，字段 geom：不是有效的 %3</translation>
    </message>
</context>
<context>
    <name>onemap::TableSpec</name>
    <message>
        <location filename="../../layers/store/TableSpec.cpp" line="64" />
        <source>%1: unknown field %2</source>
        <translation>%1：未知字段 %2</translation>
    </message>
    <message>
        <location filename="../../layers/store/TableSpec.cpp" line="70" />
        <source>%1, field %2: a value is required</source>
        <translation>%1，字段 %2：必须填写</translation>
    </message>
    <message>
        <location filename="../../layers/store/TableSpec.cpp" line="95" />
        <source>%1, field %2: "%3" is not a valid value</source>
        <translation>%1，字段 %2：“%3”不是有效值</translation>
    </message>
    <message>
        <location filename="../../layers/store/TableSpec.cpp" line="97" />
        <source>%1, field %2: %3 is below the minimum %4</source>
        <translation>%1，字段 %2：%3 低于最小值 %4</translation>
    </message>
    <message>
        <location filename="../../layers/store/TableSpec.cpp" line="99" />
        <source>%1, field %2: %3 is above the maximum %4</source>
        <translation>%1，字段 %2：%3 超过最大值 %4</translation>
    </message>
    <message>
        <location filename="../../layers/store/TableSpec.cpp" line="101" />
        <source>%1, field %2: "%3" is not one of %4</source>
        <translation>%1，字段 %2：“%3”不在 %4 之中</translation>
    </message>
    <message>
        <location filename="../../layers/store/TableSpec.cpp" line="104" />
        <source>%1, field geom: a geometry is required</source>
        <translation>%1，字段 geom：必须有几何图形</translation>
    </message>
</context>
<context>
    <name>onemap::cli</name>
    <message>
        <location filename="../../desktop/cli/Cli.cpp" line="51" />
        <source>unknown command %1 (commands: init, export; none opens the board)</source>
        <translation>未知命令 %1（可用命令：init、export；不带命令则打开态势板）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/CliCommon.cpp" line="42" />
        <source>Interface language: zh (default) or en.</source>
        <translation>界面语言：zh（默认）或 en。</translation>
    </message>
</context>
</TS>