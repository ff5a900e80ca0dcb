#include "DroughtChecklist.h"

namespace onemap::drought {

namespace {
// Each level adds to the one below it: the list for level II is what a
// township does at II, not a diff, so a duty officer reads one list.
// Drinking water for people comes before irrigation at every level.
const ChecklistItem kItems[] = {
  {ResponseTier::County, ResponseLevel::IV, "县防汛抗旱指挥部办公室加强值守，水务、气象、农业部门每日会商旱情，发布旱情通报"},
  {ResponseTier::County, ResponseLevel::IV, "逐一核查水库、山塘、机井、泉点、河道取水点的蓄水量和供水能力，建立因旱饮水困难村组台账"},
  {ResponseTier::County, ResponseLevel::IV, "坚持“先生活、后生产”，统筹调度水源，优先保障城乡居民饮水"},
  {ResponseTier::County, ResponseLevel::III, "启动县级抗旱应急响应，派出工作组和打井找水技术组到受旱乡镇"},
  {ResponseTier::County, ResponseLevel::III, "启用抗旱应急备用水源，组织临时提水、引水、调水工程，落实抗旱资金"},
  {ResponseTier::County, ResponseLevel::III, "实行错峰用水、限时分片供水，压减洗车、绿化等非必要用水"},
  {ResponseTier::County, ResponseLevel::II, "县指挥部集中办公，调度消防、应急、部队和社会车辆组织拉水送水，确保人均每日基本饮水"},
  {ResponseTier::County, ResponseLevel::II, "应急打井、清淤扩挖水源，调拨抗旱水泵、输水管、储水罐等物资到受旱乡镇"},
  {ResponseTier::County, ResponseLevel::II, "卫健部门加密水质检测，防止送水和应急水源引发饮水安全问题"},
  {ResponseTier::County, ResponseLevel::I, "县委县政府主要领导坐镇指挥，向市级请求抗旱物资、资金和送水力量支援"},
  {ResponseTier::County, ResponseLevel::I, "依法实行临时限制用水，暂停高耗水行业取水，跨区域应急调水"},
  {ResponseTier::County, ResponseLevel::I, "对严重缺水村组组织临时集中供水点或转移安置，确保不因旱发生群众饮水断供"},
  {ResponseTier::Township, ResponseLevel::IV, "乡镇领导带班值守，每日统计因旱饮水困难人数、送水量，按“七情”报县指挥部"},
  {ResponseTier::Township, ResponseLevel::IV, "巡查辖区水源和供水管网，及时修复漏损，清理山塘、水窖"},
  {ResponseTier::Township, ResponseLevel::III, "制定分片轮供、错峰用水方案，公布各村供水时段"},
  {ResponseTier::Township, ResponseLevel::III, "落实应急水源和送水车辆，建立缺水村组送水台账（户数、人数、送水量）"},
  {ResponseTier::Township, ResponseLevel::II, "组织乡镇应急队伍拉水送水到缺水村组，优先保障学校、卫生院、敬老院和五保户"},
  {ResponseTier::Township, ResponseLevel::II, "组织打井找水、架设临时管道引水，协调邻村水源互济"},
  {ResponseTier::Township, ResponseLevel::I, "乡镇全员下沉村组，分片包干保障人饮，每日向县指挥部报告供水和送水情况"},
  {ResponseTier::Township, ResponseLevel::I, "对仍无法保障饮水的村组设立集中供水点，必要时组织临时转移安置"},
  {ResponseTier::Village, ResponseLevel::IV, "村（网格）责任人接收旱情通报并回复叫应，宣传节约用水"},
  {ResponseTier::Village, ResponseLevel::IV, "管水员每日查看水池、水窖、泉点水位，发现断水立即上报乡镇"},
  {ResponseTier::Village, ResponseLevel::III, "按乡镇方案执行错峰用水、定时供水，劝阻浇灌庭院和洗车等用水"},
  {ResponseTier::Village, ResponseLevel::III, "逐户摸清缺水户、人数和老弱病残情况，登记送水需求"},
  {ResponseTier::Village, ResponseLevel::II, "组织接水、分水，确保送水到户到人，做好送水登记"},
  {ResponseTier::Village, ResponseLevel::II, "看护应急水源和储水设施，防止污染和抢水纠纷"},
  {ResponseTier::Village, ResponseLevel::I, "对独居老人、病残等特殊群体逐户送水上门，确保不漏一户"},
  {ResponseTier::Village, ResponseLevel::I, "配合乡镇做好集中供水点管理和临时转移安置，每日报告人饮保障情况"},
};
} // namespace

QStringList checklist(ResponseLevel level, ResponseTier tier)
{
  return checklistFor(kItems, level, tier);
}

} // namespace onemap::drought
