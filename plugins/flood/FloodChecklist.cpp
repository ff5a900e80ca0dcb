#include "FloodChecklist.h"

namespace onemap::flood {

namespace {
// Each level adds to the one below it, so the list for level II is all a
// tier does at II. Sources: the "四个100%" and "应转、早转、尽转、快转，白天
// 提前转、夜间不冒险" of the county replies, "31620" / 24h-6h-2h progressive
// warning, 预警叫应, 熔断管控 and 24-hour duty (/work/shared/domain.md).
const ChecklistItem kItems[] = {
  {ResponseTier::County, ResponseLevel::IV, "县防汛抗旱指挥部办公室24小时值班值守，领导带班，每日会商雨情水情"},
  {ResponseTier::County, ResponseLevel::IV, "按“24h—6h—2h—实况”递进发布暴雨、山洪预警，逐级叫应乡镇、村防汛责任人"},
  {ResponseTier::County, ResponseLevel::IV, "水文、气象站点加密报汛，超警戒水位、超汛限水位即时报告"},
  {ResponseTier::County, ResponseLevel::III, "启动县级防汛Ⅲ级应急响应，防汛责任人100%到岗履职"},
  {ResponseTier::County, ResponseLevel::III, "水利部门督导水库24小时值守，超汛限水位水库按调度方案泄洪，提前通知下游"},
  {ResponseTier::County, ResponseLevel::III, "防汛抢险、水域救援队伍和冲锋舟、抽水泵等物资前置到重点乡镇"},
  {ResponseTier::County, ResponseLevel::II, "县防指集中办公，党政主要领导坐镇指挥，派工作组分片督导山洪沟、洪水风险区转移"},
  {ResponseTier::County, ResponseLevel::II, "对涉水路段、漫水桥、山洪沟沿线道路实施熔断管控，停止户外作业和涉水旅游"},
  {ResponseTier::County, ResponseLevel::II, "督促危险区域人员100%撤离、危旧房屋和户外施工人员100%转移"},
  {ResponseTier::County, ResponseLevel::I, "启动县级防汛Ⅰ级应急响应，全面停课停工停业停运，请求市级和驻地部队支援"},
  {ResponseTier::County, ResponseLevel::I, "病险水库空库运行，超标准洪水按预案组织分洪和堤防抢险"},
  {ResponseTier::County, ResponseLevel::I, "转移人员回流前100%评估，未经评估不得返回"},
  {ResponseTier::Township, ResponseLevel::IV, "乡镇领导带班值守，接到预警后15分钟内叫应各村防汛责任人"},
  {ResponseTier::Township, ResponseLevel::IV, "核实辖区山洪沟、洪水风险区、小型水库名单和转移责任人"},
  {ResponseTier::Township, ResponseLevel::III, "组织巡堤查险和山洪沟巡查，小型水库落实24小时值守和巡坝"},
  {ResponseTier::Township, ResponseLevel::III, "开放避险场所，明确每个村的转移路线、安置点和责任人"},
  {ResponseTier::Township, ResponseLevel::III, "山洪沟下游、河道沿线群众“应转、早转、尽转、快转”，白天提前转、夜间不冒险"},
  {ResponseTier::Township, ResponseLevel::II, "洪水风险区内人员应转尽转，逐户登记转移和安置人数，每2小时上报"},
  {ResponseTier::Township, ResponseLevel::II, "在涉水路段、漫水桥设卡熔断，严禁人员车辆通行"},
  {ResponseTier::Township, ResponseLevel::I, "全面转移风险区所有人员，设立警戒，严禁人员返回"},
  {ResponseTier::Township, ResponseLevel::I, "乡镇应急队伍、民兵驻守堤段和水库坝体，险情出现即抢护并上报"},
  {ResponseTier::Village, ResponseLevel::IV, "村（网格）防汛责任人接收预警并回复叫应，检查预警广播、铜锣等设施"},
  {ResponseTier::Village, ResponseLevel::IV, "山洪沟、河道监测员到岗，观察水位、水色、沟内异响"},
  {ResponseTier::Village, ResponseLevel::III, "通知风险区住户做好转移准备，落实老弱病残“一对一”帮扶人"},
  {ResponseTier::Village, ResponseLevel::III, "巡查塘坝、堤段和山洪沟，发现险情立即鸣锣示警并上报乡镇"},
  {ResponseTier::Village, ResponseLevel::II, "按转移清单组织风险区群众转移到避险场所，清点人数，做到应转尽转"},
  {ResponseTier::Village, ResponseLevel::II, "在山洪沟口、涉水路段设置警戒和警示标志，劝返过往人员"},
  {ResponseTier::Village, ResponseLevel::I, "挨家挨户核查，确保风险区“不漏一户、不落一人”"},
  {ResponseTier::Village, ResponseLevel::I, "安置点24小时值守，防止群众擅自返回"},
};
} // namespace

QStringList checklist(ResponseLevel level, ResponseTier tier)
{
  return checklistFor(kItems, level, tier);
}

} // namespace onemap::flood
