#include "ForestfireChecklist.h"

namespace onemap::forestfire {

namespace {
// Drawn from the county plans (seeds 001 and 003: 森林防灭火 teams, 林火阻隔
// 系统, 卫星热点 and 视频 monitoring, high season Feb-May) and domain.md.
// Each level adds to the one below it, so a duty officer reads one list.
const ChecklistItem kItems[] = {
  {ResponseTier::County, ResponseLevel::IV, "县森林防灭火指挥部办公室24小时值班，领导带班，卫星热点接报后1小时内反馈核查结果"},
  {ResponseTier::County, ResponseLevel::IV, "发布森林火险预警，严格野外用火管控：禁止烧荒、烧田埂、野炊和林区吸烟"},
  {ResponseTier::County, ResponseLevel::IV, "瞭望塔和林区视频监控全时段值守，护林员上山巡护"},
  {ResponseTier::County, ResponseLevel::III, "启动县级森林火灾应急响应，设立扑火前线指挥部，明确总指挥和火场分区"},
  {ResponseTier::County, ResponseLevel::III, "调派县综合性消防救援大队和森林消防专业队伍赶赴火场，坚持打早、打小、打了"},
  {ResponseTier::County, ResponseLevel::III, "气象部门提供火场风向风速预报，按蔓延范围预判威胁村寨和重要设施"},
  {ResponseTier::County, ResponseLevel::II, "县委县政府主要领导到前指坐镇，统一调度专业、半专业扑火队伍和民兵"},
  {ResponseTier::County, ResponseLevel::II, "组织火线前方村寨群众转移，开放避难场所，保障转移群众食宿"},
  {ResponseTier::County, ResponseLevel::II, "利用防火隔离带和道路开设阻隔带，必要时实施以火攻火，严防扑火人员伤亡"},
  {ResponseTier::County, ResponseLevel::I, "请求市、省森林消防队伍和航空灭火直升机支援，做好取水点和起降点保障"},
  {ResponseTier::County, ResponseLevel::I, "对火场周边实施交通管制，保护输电线路、油气管线、学校和易燃易爆场所"},
  {ResponseTier::County, ResponseLevel::I, "统一发布火情信息，组织火场清理看守移交，明火扑灭后留足看守力量不少于24小时"},
  {ResponseTier::Township, ResponseLevel::IV, "乡镇领导带班值守，收到火险预警15分钟内叫应各村护林员和网格员"},
  {ResponseTier::Township, ResponseLevel::IV, "在进山路口设卡，登记入山人员，收缴火种，清明祭扫期间专人值守坟山"},
  {ResponseTier::Township, ResponseLevel::IV, "卫星热点和视频报警到场核查，拍照定位回传县指挥部"},
  {ResponseTier::Township, ResponseLevel::III, "乡镇半专业扑火队集结上山，携带风力灭火机、水泵和二号工具"},
  {ResponseTier::Township, ResponseLevel::III, "向县前指报告火场位置、过火面积、蔓延方向，每30分钟续报一次"},
  {ResponseTier::Township, ResponseLevel::II, "组织火线下风方向村组群众转移，逐户登记，老弱病残专人帮扶"},
  {ResponseTier::Township, ResponseLevel::II, "为扑火队伍引路，保障给养、饮水和照明，协调当地向导"},
  {ResponseTier::Township, ResponseLevel::I, "全员上岗配合上级队伍扑救，负责火场清理看守和余火巡查"},
  {ResponseTier::Township, ResponseLevel::I, "转移群众安置点每日清点人数，火场未清理验收前严禁返回"},
  {ResponseTier::Village, ResponseLevel::IV, "护林员、网格员接收预警并回复叫应，巡山护林，劝阻野外用火"},
  {ResponseTier::Village, ResponseLevel::IV, "村广播、铜锣宣传森林防火，重点盯住烧荒、祭祀用火和上山作业人员"},
  {ResponseTier::Village, ResponseLevel::III, "发现烟点火情立即报告乡镇，组织村扑火小队携带村级森林防灭火设施初期处置"},
  {ResponseTier::Village, ResponseLevel::III, "清理房前屋后和林缘可燃物，准备水源"},
  {ResponseTier::Village, ResponseLevel::II, "按转移路线组织群众避开火线下风方向，转移到安全地带，清点人数"},
  {ResponseTier::Village, ResponseLevel::II, "严禁群众、学生和老人上山扑火"},
  {ResponseTier::Village, ResponseLevel::I, "看守火场边缘和清理后的火烧迹地，发现复燃立即报告"},
  {ResponseTier::Village, ResponseLevel::I, "协助维护安置点秩序，发放救灾物资"},
};
} // namespace

QStringList checklist(ResponseLevel level, ResponseTier tier)
{
  return checklistFor(kItems, level, tier);
}

} // namespace onemap::forestfire
