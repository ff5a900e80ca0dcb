#include "GeohazardChecklist.h"

namespace onemap::geohazard {

namespace {
// Each level adds to the one below it: the list for level II is what a
// township does at II, not a diff, so a duty officer reads one list.
const ChecklistItem kItems[] = {
  {ResponseTier::County, ResponseLevel::IV, "县应急局、自然资源局24小时值班值守，领导带班"},
  {ResponseTier::County, ResponseLevel::IV, "向乡镇发布地质灾害气象风险预警，逐级叫应到村组责任人"},
  {ResponseTier::County, ResponseLevel::III, "启动县级地质灾害应急响应，派出技术专家组驻守重点乡镇"},
  {ResponseTier::County, ResponseLevel::III, "专业监测站加密至每小时回传，超阈值即时会商"},
  {ResponseTier::County, ResponseLevel::II, "县指挥部集中办公，调度抢险救援队伍和物资前置到重点区域"},
  {ResponseTier::County, ResponseLevel::II, "组织受威胁群众提前转移避险，落实“三避让”"},
  {ResponseTier::County, ResponseLevel::I, "县委县政府主要领导坐镇指挥，请求市级支援"},
  {ResponseTier::County, ResponseLevel::I, "对危险区实施交通管制，停工停课停业，全员转移不漏一户一人"},
  {ResponseTier::Township, ResponseLevel::IV, "乡镇领导带班值守，接到预警后15分钟内叫应各村责任人"},
  {ResponseTier::Township, ResponseLevel::IV, "组织对隐患点开展雨前排查、雨中巡查、雨后核查"},
  {ResponseTier::Township, ResponseLevel::III, "隐患点监测加密，监测员每2小时报告一次"},
  {ResponseTier::Township, ResponseLevel::III, "检查避险场所开放条件，明确转移路线和责任人"},
  {ResponseTier::Township, ResponseLevel::II, "组织威胁区群众转移避险，逐户登记转移人数"},
  {ResponseTier::Township, ResponseLevel::II, "乡镇应急队伍集结待命，准备抢险机具"},
  {ResponseTier::Township, ResponseLevel::I, "全面转移危险区内所有人员，设立警戒，严禁人员返回"},
  {ResponseTier::Township, ResponseLevel::I, "每小时向县指挥部报告转移安置和险情变化"},
  {ResponseTier::Village, ResponseLevel::IV, "村（网格）责任人接收预警并回复叫应"},
  {ResponseTier::Village, ResponseLevel::IV, "群测群防监测员到岗，观察裂缝、渗水、异响等前兆"},
  {ResponseTier::Village, ResponseLevel::III, "监测员加密巡查，发现险情立即鸣锣示警并上报"},
  {ResponseTier::Village, ResponseLevel::III, "通知受威胁户做好转移准备，确认老弱病残转移帮扶人"},
  {ResponseTier::Village, ResponseLevel::II, "按预案路线组织受威胁户转移到避险场所，清点人数"},
  {ResponseTier::Village, ResponseLevel::II, "在隐患点设置警戒线和警示标志，劝阻人员靠近"},
  {ResponseTier::Village, ResponseLevel::I, "挨家挨户核查，确保危险区“不漏一户、不落一人”"},
  {ResponseTier::Village, ResponseLevel::I, "安置点24小时值守，严防群众擅自返回"},
};
} // namespace

QStringList checklist(ResponseLevel level, ResponseTier tier)
{
  return checklistFor(kItems, level, tier);
}

} // namespace onemap::geohazard
