#include "SnowfreezeChecklist.h"

namespace onemap::snowfreeze {

namespace {
// Each level adds to the one below it, so a duty officer reads one list.
// Drawn from the county practice in the seed papers: "七情" daily statistics
// for snow, 叫应 down to the village, "三断" communications, winter relief
// (冬春救助, 温暖过冬), transfer "应转、早转、尽转、快转，白天提前转、夜间不冒险".
const ChecklistItem kItems[] = {
  {ResponseTier::County, ResponseLevel::IV, "县防减救灾办24小时值班，领导带班；气象、交通、公路、供电、应急会商研判雨雪冰冻过程"},
  {ResponseTier::County, ResponseLevel::IV, "发布低温雨雪冰冻预警，逐级叫应到乡镇、村（网格）责任人"},
  {ResponseTier::County, ResponseLevel::IV, "公路部门除冰保畅：融雪剂、防滑料、铲雪机械前置到高海拔路段和易结冰桥梁、背阴路段"},
  {ResponseTier::County, ResponseLevel::III, "启动县级低温雨雪冰冻应急响应，每日汇总报送雪情“七情”统计"},
  {ResponseTier::County, ResponseLevel::III, "公安交管会同交通部门对结冰路段实施交通管制：限速、防滑链检查、重点路段设卡"},
  {ResponseTier::County, ResponseLevel::III, "供电公司对覆冰超设计线路开展观冰巡线和融冰，电力抢修队伍和发电机前置到重冰区乡镇"},
  {ResponseTier::County, ResponseLevel::II, "县指挥部集中办公，调度应急、交通、电力、通信抢修力量分片包干，保障主干道和生命线"},
  {ResponseTier::County, ResponseLevel::II, "向可能断路断电断网的乡镇前置卫星电话、发电机、棉被、棉衣、燃料和口粮"},
  {ResponseTier::County, ResponseLevel::II, "民政、应急部门摸排困难群众和独居老人，发放御寒物资，确保温暖过冬"},
  {ResponseTier::County, ResponseLevel::I, "县委县政府主要领导坐镇指挥，请求市级支援除冰、电力抢修和运输力量"},
  {ResponseTier::County, ResponseLevel::I, "封闭无法保通路段，开辟救灾物资和伤病员转运绿色通道，统一发布灾情和出行信息"},
  {ResponseTier::County, ResponseLevel::I, "组织被困群众和危房户转移安置，对孤立村寨空投或人力运送生活物资"},
  {ResponseTier::Township, ResponseLevel::IV, "乡镇领导带班值守，接到预警后叫应各村责任人和道路、线路巡查员"},
  {ResponseTier::Township, ResponseLevel::IV, "排查辖区高海拔村组、危旧房屋、蔬菜大棚和养殖圈舍，提醒群众加固防冻"},
  {ResponseTier::Township, ResponseLevel::III, "组织人员对乡村道路撒布防滑料，在易结冰路段设置警示标志"},
  {ResponseTier::Township, ResponseLevel::III, "每日向县指挥部报告道路阻断、停电户数、受困人数等雪情信息"},
  {ResponseTier::Township, ResponseLevel::II, "对可能被孤立的村逐一核实口粮、燃料、药品储备，缺口及时补送"},
  {ResponseTier::Township, ResponseLevel::II, "配合供电所排查倒杆断线，组织发电机保障卫生院、学校和集中供暖点"},
  {ResponseTier::Township, ResponseLevel::II, "开放乡镇避寒安置点，将困难群众、独居老人、危房户接入集中安置"},
  {ResponseTier::Township, ResponseLevel::I, "按照应转、早转、尽转、快转，白天提前转、夜间不冒险组织转移，逐户登记"},
  {ResponseTier::Township, ResponseLevel::I, "对断路村组组织人力背运物资，每日与孤立村通过卫星电话或对讲机联络"},
  {ResponseTier::Village, ResponseLevel::IV, "村（网格）责任人接收预警并回复叫应，通知群众减少出行、储备柴火和口粮"},
  {ResponseTier::Village, ResponseLevel::IV, "提醒群众防范煤炉一氧化碳中毒和用火用电安全"},
  {ResponseTier::Village, ResponseLevel::III, "组织村民清扫村道积雪、撒布防滑料，看护易结冰路段和桥梁"},
  {ResponseTier::Village, ResponseLevel::III, "登记五保户、低保户、独居老人和留守儿童，逐户送去御寒物资"},
  {ResponseTier::Village, ResponseLevel::II, "巡查危旧房屋和圈舍积雪，组织危房户投亲靠友或到安置点"},
  {ResponseTier::Village, ResponseLevel::II, "发现倒杆断线立即设置警戒、报告供电所，严禁群众靠近"},
  {ResponseTier::Village, ResponseLevel::I, "每日报告村内断路、停电、受困人数和缺粮缺药情况"},
  {ResponseTier::Village, ResponseLevel::I, "组织转移被困群众，挨家挨户核查，确保不漏一户一人"},
};
} // namespace

QStringList checklist(ResponseLevel level, ResponseTier tier)
{
  return checklistFor(kItems, level, tier);
}

} // namespace onemap::snowfreeze
