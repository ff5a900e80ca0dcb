#include "EarthquakeChecklist.h"

namespace onemap::earthquake {

namespace {
// Each level adds to the one below it, so a duty officer reads one list.
QStringList county(ResponseLevel level)
{
  QStringList l {QStringLiteral("启动地震应急响应，县抗震救灾指挥部成员单位到岗"),
                 QStringLiteral("震情灾情收集上报：30分钟内初报，逐乡镇核实人员伤亡和房屋损毁")};
  if (level <= ResponseLevel::III)
    l << QStringLiteral("派出现场工作组和房屋安全应急评估专家")
      << QStringLiteral("组织次生灾害隐患排查：滑坡崩塌、水库堤坝、危化企业、燃气管线");
  if (level <= ResponseLevel::II)
    l << QStringLiteral("调度综合性消防救援队伍开展人员搜救，调用救援物资和装备")
      << QStringLiteral("开放应急避难场所，组织群众安置，保障食品饮水和医疗")
      << QStringLiteral("抢通道路、电力、通信生命线");
  if (level == ResponseLevel::I)
    l << QStringLiteral("县委县政府主要领导坐镇指挥，请求市、省支援和救援力量")
      << QStringLiteral("实施交通管制，开辟救援绿色通道，统一发布震情灾情信息")
      << QStringLiteral("组织伤员转运救治和卫生防疫，稳定社会秩序");
  return l;
}

QStringList township(ResponseLevel level)
{
  QStringList l {QStringLiteral("乡镇领导带班到岗，收集各村震情灾情并向县指挥部报告"),
                 QStringLiteral("组织检查学校、卫生院、敬老院等人员密集场所")};
  if (level <= ResponseLevel::III)
    l << QStringLiteral("排查辖区次生灾害隐患点和危险房屋，设置警示标志")
      << QStringLiteral("开放乡镇避难场所，引导群众疏散到空旷地带");
  if (level <= ResponseLevel::II)
    l << QStringLiteral("组织乡镇应急队伍和民兵开展人员搜救")
      << QStringLiteral("集中安置无家可归群众，逐户登记安置人数");
  if (level == ResponseLevel::I)
    l << QStringLiteral("配合上级救援队伍开展搜救，引导队伍到受灾村组")
      << QStringLiteral("每小时报告伤亡、安置和次生灾害变化");
  return l;
}

QStringList village(ResponseLevel level)
{
  QStringList l {QStringLiteral("村（网格）责任人逐户查看，上报人员伤亡和房屋受损情况")};
  if (level <= ResponseLevel::III)
    l << QStringLiteral("组织群众撤离危险房屋，远离山体边坡和河道");
  if (level <= ResponseLevel::II)
    l << QStringLiteral("组织村民开展自救互救，标记被困人员位置")
      << QStringLiteral("引导群众到避难场所，照顾老弱病残孕");
  if (level == ResponseLevel::I)
    l << QStringLiteral("严防余震伤人，禁止群众返回危房取物")
      << QStringLiteral("协助发放救灾物资，维护安置点秩序");
  return l;
}
} // namespace

QStringList checklist(ResponseLevel level, ResponseTier tier)
{
  switch (tier) {
  case ResponseTier::County:
    return county(level);
  case ResponseTier::Township:
    return township(level);
  case ResponseTier::Village:
    return village(level);
  }
  return {};
}

} // namespace onemap::earthquake
