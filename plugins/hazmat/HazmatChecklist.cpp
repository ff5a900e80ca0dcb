#include "HazmatChecklist.h"

namespace onemap::hazmat {

namespace {
// Each level adds to the one below it, so a duty officer reads one list.
// 警戒区 / 疏散 / 监测 / 洗消 / 医疗救护 follow the county hazmat and tailings
// plans; distances come from the release's ERG zone on the board.
const ChecklistItem kItems[] = {
  {ResponseTier::County, ResponseLevel::IV, "县应急局接报后核实泄漏物质（UN编号、名称）、数量、容器、风向风速，30分钟内初报"},
  {ResponseTier::County, ResponseLevel::IV, "调阅企业重大危险源档案和应急预案，通知企业启动现场处置方案"},
  {ResponseTier::County, ResponseLevel::IV, "尾矿库监测超阈值：通知企业加密巡坝，核查库水位、干滩长度、浸润线埋深"},
  {ResponseTier::County, ResponseLevel::III, "启动县级危化品（尾矿库）事故应急响应，成立现场指挥部，设在上风向"},
  {ResponseTier::County, ResponseLevel::III, "按初始隔离距离划定警戒区，公安实施交通管制，无关人员和车辆禁止进入"},
  {ResponseTier::County, ResponseLevel::III, "生态环境部门在下风向布设大气和水体监测点，每小时报告浓度"},
  {ResponseTier::County, ResponseLevel::II, "按下风向防护距离组织疏散或就地避险，开放上风向避难场所"},
  {ResponseTier::County, ResponseLevel::II, "调集危化品处置专业队伍和消防救援力量堵漏、稀释、围堵，设置洗消站"},
  {ResponseTier::County, ResponseLevel::II, "卫健部门组织医疗救护，指定定点医院，准备中毒救治药品"},
  {ResponseTier::County, ResponseLevel::II, "尾矿库险情：组织下游影响范围内群众撤离，准备应急排洪和坝体抢护"},
  {ResponseTier::County, ResponseLevel::I, "县委县政府主要领导到场指挥，请求市、省专家和专业救援队伍支援"},
  {ResponseTier::County, ResponseLevel::I, "扩大疏散范围并实施区域停产停课，封控受污染水源，保障群众饮水"},
  {ResponseTier::County, ResponseLevel::I, "统一发布事故信息和防护提示，组织环境影响评估和善后处置"},
  {ResponseTier::Township, ResponseLevel::IV, "乡镇领导带班值守，接报后通知下风向、下游各村责任人"},
  {ResponseTier::Township, ResponseLevel::IV, "核查辖区重大危险源企业和尾矿库值班、监测设备运行情况"},
  {ResponseTier::Township, ResponseLevel::III, "配合设置警戒区和交通管制点，劝离警戒区内群众"},
  {ResponseTier::Township, ResponseLevel::III, "统计下风向、下游村组人数，重点掌握学校、卫生院、敬老院"},
  {ResponseTier::Township, ResponseLevel::II, "按县指挥部指令组织疏散，向上风向、侧风向转移，逐村登记人数"},
  {ResponseTier::Township, ResponseLevel::II, "开放乡镇避难场所，协助设置洗消点和医疗救护点"},
  {ResponseTier::Township, ResponseLevel::I, "全面转移防护距离内所有人员，严防群众返回取物"},
  {ResponseTier::Township, ResponseLevel::I, "每小时向县指挥部报告疏散安置、伤员和群众情绪"},
  {ResponseTier::Village, ResponseLevel::IV, "村（网格）责任人接收通知并回复，告知群众关闭门窗、不要围观"},
  {ResponseTier::Village, ResponseLevel::III, "组织警戒区内群众沿侧风向撤离，用湿毛巾捂住口鼻"},
  {ResponseTier::Village, ResponseLevel::III, "尾矿库下游：巡查沟道和坝脚渗水、裂缝，发现异常立即报告"},
  {ResponseTier::Village, ResponseLevel::II, "按预案路线组织转移到上风向集合点，清点人数，帮扶老弱病残孕"},
  {ResponseTier::Village, ResponseLevel::II, "引导出现不适的群众到洗消点和医疗救护点"},
  {ResponseTier::Village, ResponseLevel::I, "挨家挨户核查，确保防护距离内“不漏一户、不落一人”"},
  {ResponseTier::Village, ResponseLevel::I, "停止使用受污染的水源和农作物，等待监测结果后再恢复"},
};
} // namespace

QStringList checklist(ResponseLevel level, ResponseTier tier)
{
  return checklistFor(kItems, level, tier);
}

} // namespace onemap::hazmat
