<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>onemap::SheetFiles</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the name must end in .%1</source>
        <translation>文件名须以 .%1 结尾</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>rename from %1 failed</source>
        <translation>从 %1 重命名失败</translation>
    </message>
    <message>
        <source>sheet %1, column %2</source>
        <translation>工作表 %1，列 %2</translation>
    </message>
    <message>
        <source>sheet %1, row %2</source>
        <translation>工作表 %1，第 %2 行</translation>
    </message>
    <message>
        <source>this GDAL has no XLSX driver</source>
        <translation>当前 GDAL 没有 XLSX 驱动</translation>
    </message>
</context>
<context>
    <name>onemap::ShelterBalanceReport</name>
    <message>
        <source>Shelter balance</source>
        <translation>避难场所容量平衡</translation>
    </message>
    <message>
        <source>Township code</source>
        <translation>乡镇代码</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>People to move</source>
        <translation>需转移人数</translation>
    </message>
    <message>
        <source>Shelters</source>
        <translation>避难场所数</translation>
    </message>
    <message>
        <source>Free capacity</source>
        <translation>剩余容量</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>缺口人数</translation>
    </message>
    <message>
        <source>People per place</source>
        <translation>人容比</translation>
    </message>
    <message>
        <source>County total</source>
        <translation>全县合计</translation>
    </message>
    <message>
        <source>cannot draw the map layers of %1</source>
        <translation>无法绘制 %1 的地图图层</translation>
    </message>
    <message>
        <source>Sample County</source>
        <translation>示范县</translation>
    </message>
    <message>
        <source>%1 shelter balance by township</source>
        <translation>%1各乡镇避难场所容量平衡表</translation>
    </message>
    <message>
        <source>To move: %1 people. Free room: %2 places in %3 shelters. Short: %4 people in %5 townships.</source>
        <translation>需转移 %1 人；%3 处避难场所剩余容量 %2 人；%5 个乡镇共缺口 %4 人。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>无容量</translation>
    </message>
    <message>
        <source>People to move against free shelter room</source>
        <translation>需转移人数与避难场所剩余容量对比</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
</context>
<context>
    <name>onemap::ShelterCoverageReport</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Shelter coverage</source>
        <translation>避难场所覆盖</translation>
    </message>
    <message>
        <source>Township code</source>
        <translation>乡镇代码</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village code</source>
        <translation>村代码</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Area (km2)</source>
        <translation>面积（平方公里）</translation>
    </message>
    <message>
        <source>Covered (km2)</source>
        <translation>覆盖面积（平方公里）</translation>
    </message>
    <message>
        <source>Covered share (%)</source>
        <translation>覆盖比例（%）</translation>
    </message>
    <message>
        <source>Covered population</source>
        <translation>覆盖人口</translation>
    </message>
    <message>
        <source>Own shelter</source>
        <translation>本村避难场所</translation>
    </message>
    <message>
        <source>Uncovered</source>
        <translation>未覆盖</translation>
    </message>
    <message>
        <source>County area km2</source>
        <translation>县域面积（km²）</translation>
    </message>
    <message>
        <source>Covered km2 (%)</source>
        <translation>覆盖面积km²（%）</translation>
    </message>
    <message>
        <source>Covered people (%)</source>
        <translation>覆盖人口（%）</translation>
    </message>
    <message>
        <source>Shelters</source>
        <translation>避难场所数</translation>
    </message>
    <message>
        <source>Uncovered villages</source>
        <translation>未覆盖村</translation>
    </message>
    <message>
        <source>No own shelter</source>
        <translation>无本村场所</translation>
    </message>
    <message>
        <source>cannot draw the map layers of %1</source>
        <translation>无法绘制 %1 的地图图层</translation>
    </message>
    <message>
        <source>Sample County</source>
        <translation>示范县</translation>
    </message>
    <message>
        <source>%1 shelter coverage</source>
        <translation>%1避难场所覆盖情况</translation>
    </message>
    <message>
        <source>Within a %1-minute walk (%2 km/h, along the roads) of an open shelter</source>
        <translation>开放避难场所沿道路步行 %1 分钟（%2 公里/小时）范围</translation>
    </message>
    <message>
        <source>Covered area</source>
        <translation>覆盖范围</translation>
    </message>
    <message>
        <source>Uncovered village (red hatching)</source>
        <translation>未覆盖村（红色斜线）</translation>
    </message>
    <message>
        <source>No shelter of its own (orange dashes)</source>
        <translation>无本村避难场所（橙色虚线）</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Area km2</source>
        <translation>面积km²</translation>
    </message>
    <message>
        <source>Covered %</source>
        <translation>覆盖%</translation>
    </message>
    <message>
        <source>Covered people</source>
        <translation>覆盖人口</translation>
    </message>
    <message>
        <source>Villages left uncovered</source>
        <translation>未覆盖的村（社区）</translation>
    </message>
    <message>
        <source>Villages without a shelter of their own</source>
        <translation>无本村避难场所的村（社区）</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
</context>
<context>
    <name>onemap::TransferLabels</name>
    <message>
        <source>No shelter reachable</source>
        <translation>无可达避难场所</translation>
    </message>
    <message>
        <source>Shelters full</source>
        <translation>避难场所容量不足</translation>
    </message>
    <message>
        <source>Hidden-danger point</source>
        <translation>隐患点</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
</context>
<context>
    <name>onemap::TransferListFiles</name>
    <message>
        <source>Source type</source>
        <translation>转移对象类型</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>对象编码</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>转移对象</translation>
    </message>
    <message>
        <source>Village code</source>
        <translation>村代码</translation>
    </message>
    <message>
        <source>Risk type</source>
        <translation>风险类型</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>安置场所</translation>
    </message>
    <message>
        <source>Route (km)</source>
        <translation>路线（公里）</translation>
    </message>
    <message>
        <source>Route (minutes)</source>
        <translation>路线（分钟）</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Not placed because</source>
        <translation>未安置原因</translation>
    </message>
    <message>
        <source>Reassigned by hand</source>
        <translation>人工调整</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Transfer list</source>
        <translation>转移避险清单</translation>
    </message>
    <message>
        <source>Township code</source>
        <translation>乡镇代码</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>组数</translation>
    </message>
    <message>
        <source>People to move</source>
        <translation>需转移人数</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>已安置</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>未安置</translation>
    </message>
    <message>
        <source>County total</source>
        <translation>全县合计</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Township total</source>
        <translation>乡镇合计</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
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
        <source>Area</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>灾种</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>编制时间</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>编制人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>onemap::TransferListPdf</name>
    <message>
        <source>Sample County</source>
        <translation>示范县</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>范围：%1</translation>
    </message>
    <message>
        <source>Hazard: %1</source>
        <translation>灾种：%1</translation>
    </message>
    <message>
        <source>Made: %1 by %2</source>
        <translation>编制：%1 %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>组数</translation>
    </message>
    <message>
        <source>People to move</source>
        <translation>需转移人数</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>已安置</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>未安置</translation>
    </message>
    <message>
        <source>County total</source>
        <translation>全县合计</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>People to move by township</source>
        <translation>各乡镇转移人数汇总</translation>
    </message>
    <message>
        <source>Groups not placed</source>
        <translation>未安置人员</translation>
    </message>
    <message>
        <source>Everyone in the plan has a shelter.</source>
        <translation>方案内人员均已落实安置场所。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>转移对象</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Source (danger point / village)</source>
        <translation>转移对象（隐患点/村）</translation>
    </message>
    <message>
        <source>Risk type</source>
        <translation>风险类型</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>安置场所</translation>
    </message>
    <message>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Township total</source>
        <translation>乡镇合计</translation>
    </message>
    <message>
        <source>Violet: route.  Orange dot: people to move.  Red cross: not placed.  Green square: shelter.  Shaded rows: not placed.</source>
        <translation>紫线：转移路线　橙点：转移对象　红叉：未安置　绿方块：安置场所　底色行：未安置</translation>
    </message>
    <message>
        <source>To move: %1 people in %2 groups; placed %3; not placed %4.</source>
        <translation>需转移 %1 人（%2 组），已安置 %3 人，未安置 %4 人。</translation>
    </message>
    <message>
        <source>Transfer list of %1</source>
        <translation>%1转移避险人员清单</translation>
    </message>
    <message>
        <source>No one in this township is to be moved.</source>
        <translation>本乡镇无需转移人员。</translation>
    </message>
    <message>
        <source>%1 (continued) — %2</source>
        <translation>%1（续）— %2</translation>
    </message>
    <message>
        <source>cannot draw the map layers of %1</source>
        <translation>无法绘制 %1 的地图图层</translation>
    </message>
    <message>
        <source>%1 transfer list</source>
        <translation>%1转移避险清单</translation>
    </message>
    <message>
        <source>Plan: %1    Area: %2    Date: %3</source>
        <translation>方案：%1    范围：%2    日期：%3</translation>
    </message>
    <message>
        <source>transfer list %1 not written: cancelled</source>
        <translation>转移避险清单 %1 未写出：已取消</translation>
    </message>
</context>
<context>
    <name>onemap::TransferPdfPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
</context>
<context>
    <name>onemap::TransferStatusCsv</name>
    <message>
        <source>Transfer status</source>
        <translation>转移进展</translation>
    </message>
    <message>
        <source>Township code</source>
        <translation>乡镇代码</translation>
    </message>
    <message>
        <source>Village code</source>
        <translation>村代码</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划转移</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已转移</translation>
    </message>
    <message>
        <source>Transferred (%)</source>
        <translation>转移率（%）</translation>
    </message>
    <message>
        <source>Responsible persons at post</source>
        <translation>责任人在岗</translation>
    </message>
    <message>
        <source>Responsible persons expected</source>
        <translation>应在岗责任人</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已返回</translation>
    </message>
    <message>
        <source>Returns assessed</source>
        <translation>返回前已评估</translation>
    </message>
    <message>
        <source>Last report at</source>
        <translation>最近上报时间</translation>
    </message>
    <message>
        <source>Last report by</source>
        <translation>最近上报人</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>onemap::TransferStyles</name>
    <message>
        <source>No one to move</source>
        <translation>无需转移</translation>
    </message>
    <message>
        <source>Enough shelter room</source>
        <translation>容量充足</translation>
    </message>
    <message>
        <source>Short by under 25%</source>
        <translation>缺口低于25%</translation>
    </message>
    <message>
        <source>Short by 25% to 50%</source>
        <translation>缺口25%–50%</translation>
    </message>
    <message>
        <source>Short by half or more</source>
        <translation>缺口50%及以上</translation>
    </message>
    <message>
        <source>People to move</source>
        <translation>需转移人数</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>未安置</translation>
    </message>
    <message>
        <source>short %1</source>
        <comment>map label: people without shelter room</comment>
        <translation>缺口 %1</translation>
    </message>
</context>
</TS>
