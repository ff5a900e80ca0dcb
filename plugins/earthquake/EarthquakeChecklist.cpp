#include "EarthquakeChecklist.h"

namespace onemap::earthquake {

namespace {
// Each level adds to the one below it, so a duty officer reads one list.
const ChecklistItem kItems[] = {
  {ResponseTier::County, ResponseLevel::IV, "启动地震应急响应，县抗震救灾指挥部成员单位到岗"},
  {ResponseTier::County, ResponseLevel::IV, "震情灾情收集上报：30分钟内初报，逐乡镇核实人员伤亡和房屋损毁"},
  {ResponseTier::County, ResponseLevel::III, "派出现场工作组和房屋安全应急评估专家"},
  {ResponseTier::County, ResponseLevel::III, "组织次生灾害隐患排查：滑坡崩塌、水库堤坝、危化企业、燃气管线"},
  {ResponseTier::County, ResponseLevel::II, "调度综合性消防救援队伍开展人员搜救，调用救援物资和装备"},
  {ResponseTier::County, ResponseLevel::II, "开放应急避难场所，组织群众安置，保障食品饮水和医疗"},
  {ResponseTier::County, ResponseLevel::II, "抢通道路、电力、通信生命线"},
  {ResponseTier::County, ResponseLevel::I, "县委县政府主要领导坐镇指挥，请求市、省支援和救援力量"},
  {ResponseTier::County, ResponseLevel::I, "实施交通管制，开辟救援绿色通道，统一发布震情灾情信息"},
  {ResponseTier::County, ResponseLevel::I, "组织伤员转运救治和卫生防疫，稳定社会秩序"},
  {ResponseTier::Township, ResponseLevel::IV, "乡镇领导带班到岗，收集各村震情灾情并向县指挥部报告"},
  {ResponseTier::Township, ResponseLevel::IV, "组织检查学校、卫生院、敬老院等人员密集场所"},
  {ResponseTier::Township, ResponseLevel::III, "排查辖区次生灾害隐患点和危险房屋，设置警示标志"},
  {ResponseTier::Township, ResponseLevel::III, "开放乡镇避难场所，引导群众疏散到空旷地带"},
  {ResponseTier::Township, ResponseLevel::II, "组织乡镇应急队伍和民兵开展人员搜救"},
  {ResponseTier::Township, ResponseLevel::II, "集中安置无家可归群众，逐户登记安置人数"},
  {ResponseTier::Township, ResponseLevel::I, "配合上级救援队伍开展搜救，引导队伍到受灾村组"},
  {ResponseTier::Township, ResponseLevel::I, "每小时报告伤亡、安置和次生灾害变化"},
  {ResponseTier::Village, ResponseLevel::IV, "村（网格）责任人逐户查看，上报人员伤亡和房屋受损情况"},
  {ResponseTier::Village, ResponseLevel::III, "组织群众撤离危险房屋，远离山体边坡和河道"},
  {ResponseTier::Village, ResponseLevel::II, "组织村民开展自救互救，标记被困人员位置"},
  {ResponseTier::Village, ResponseLevel::II, "引导群众到避难场所，照顾老弱病残孕"},
  {ResponseTier::Village, ResponseLevel::I, "严防余震伤人，禁止群众返回危房取物"},
  {ResponseTier::Village, ResponseLevel::I, "协助发放救灾物资，维护安置点秩序"},
};
} // namespace

QStringList checklist(ResponseLevel level, ResponseTier tier)
{
  return checklistFor(kItems, level, tier);
}

} // namespace onemap::earthquake
