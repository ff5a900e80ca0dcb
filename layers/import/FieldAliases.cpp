#include "FieldAliases.h"

#include <QHash>
#include <QRegularExpression>

namespace onemap::FieldAliases {

namespace {
QStringList split(const char *utf8) { return QString::fromUtf8(utf8).split(QLatin1Char('|')); }

// field -> headers, shared by every ledger; "table.field" entries win.
const QHash<QString, QStringList> &headerTable()
{
  static const QHash<QString, QStringList> t {
    {QStringLiteral("lon"), split("经度|东经|lon|lng|long|longitude|x|x坐标|经度(°)")},
    {QStringLiteral("lat"), split("纬度|北纬|lat|latitude|y|y坐标|纬度(°)")},
    {QStringLiteral("code"), split("编号|代码|编码|统一编号|隐患点编号|点位编号|野外编号|场所编号|队伍编号|仓库编号|站点编号|站号")},
    {QStringLiteral("name"), split("名称|隐患点名称|点位名称|地名|场所名称|队伍名称|仓库名称|站点名称|站名|姓名")},
    {QStringLiteral("hazard_type"), split("灾种|灾害类型|隐患类型|灾害种类|类型")},
    {QStringLiteral("scale"), split("规模|规模等级")},
    {QStringLiteral("threatened_people"), split("威胁人数|威胁人口|受威胁人数|威胁人员")},
    {QStringLiteral("threatened_households"), split("威胁户数|受威胁户数")},
    {QStringLiteral("threatened_property"), split("威胁财产|威胁财产万元|潜在经济损失|潜在经济损失万元")},
    {QStringLiteral("village_code"), split("行政村代码|村代码|村编码|所属村代码|所属行政村代码")},
    {QStringLiteral("township_code"), split("乡镇代码|所属乡镇代码|乡镇编码")},
    {QStringLiteral("monitor_person"), split("监测人|群测群防员|监测员")},
    {QStringLiteral("responsible_unit"), split("责任单位")},
    {QStringLiteral("responsible_person"), split("责任人")},
    {QStringLiteral("phone"), split("联系电话|电话|手机|联系方式|手机号")},
    {QStringLiteral("measures"), split("防治措施|整改措施|措施")},
    {QStringLiteral("deadline"), split("整改期限|完成时限|期限")},
    {QStringLiteral("status"), split("状态|整改状态")},
    {QStringLiteral("supervised"), split("挂牌督办|是否挂牌督办|督办")},
    {QStringLiteral("shelter_class"), split("场所类别|类别|等级")},
    {QStringLiteral("capacity"), split("容纳人数|可容纳人数|容量")},
    {QStringLiteral("usable_area_m2"), split("有效面积|可用面积|有效避难面积")},
    {QStringLiteral("supplies"), split("物资|配套物资")},
    {QStringLiteral("manager"), split("管理人|负责人")},
    {QStringLiteral("is_open"), split("是否开放|开放")},
    {QStringLiteral("occupancy"), split("当前人数|已安置人数")},
    {QStringLiteral("kind"), split("类型|种类|队伍类型|站点类型")},
    {QStringLiteral("specialties"), split("专业|专长|救援专长")},
    {QStringLiteral("members"), split("人数|队员人数|队伍人数")},
    {QStringLiteral("equipment"), split("装备|主要装备")},
    {QStringLiteral("leader"), split("队长|负责人")},
    {QStringLiteral("base"), split("驻地|驻扎地")},
    {QStringLiteral("level"), split("级别|储备级别")},
    {QStringLiteral("keeper"), split("保管人|管理人")},
    {QStringLiteral("latest_value"), split("最新值|最新读数")},
    {QStringLiteral("latest_time"), split("观测时间|读数时间")},
    {QStringLiteral("threshold"), split("阈值|预警阈值")},
    {QStringLiteral("unit"), split("单位|计量单位|所在单位|工作单位")},
    {QStringLiteral("channel_id"), split("通道编号|通道号|国标编号|设备编号")},
    {QStringLiteral("owner_department"), split("所属部门|权属单位")},
    {QStringLiteral("stream_url"), split("视频地址|流地址|播放地址")},
    {QStringLiteral("role"), split("角色|职责|身份")},
    {QStringLiteral("admin_code"), split("行政区划代码|区划代码")},
    // Pseudo-fields: names resolved against admin_units into the code fields.
    {QStringLiteral("township_name"), split("所属乡镇|乡镇|乡镇名称|所属乡镇名称|乡镇(街道)|所属乡镇(街道)|乡(镇)|镇(乡)|乡镇街道|所在乡镇|township|town|township name|town name")},
    {QStringLiteral("village_name"), split("所属村|村名|村(社区)|行政村|村名称|行政村名称|所属行政村|所属村(社区)|所在村|村社区|村(居)|村居|社区|village|village name|community")},
  };
  return t;
}

const QHash<QString, QString> &valueTable()
{
  static const QHash<QString, QString> t = [] {
    QHash<QString, QString> m;
    auto add = [&m](const char *field, const char *code, const char *values) {
      for (const QString &v : split(values))
        m.insert(QString::fromLatin1(field) + QLatin1Char('|') + v, QString::fromLatin1(code));
    };
    add("hazard_type", "landslide", "滑坡");
    add("hazard_type", "collapse", "崩塌|危岩|危岩体");
    add("hazard_type", "debris_flow", "泥石流");
    add("hazard_type", "subsidence", "地面塌陷|塌陷");
    add("hazard_type", "unstable_slope", "不稳定斜坡|斜坡");
    add("hazard_type", "flood_prone", "易涝点|洪涝|山洪");
    add("hazard_type", "waterlogging", "内涝|内涝点|积水点");
    add("hazard_type", "hazmat", "危化品|危险化学品");
    add("scale", "small", "小型|小");
    add("scale", "medium", "中型|中");
    add("scale", "large", "大型|大");
    add("scale", "huge", "特大型|巨型|特大");
    add("status", "identified", "已排查|排查|已发现|待处置");
    add("status", "assigned", "已交办|交办");
    add("status", "rectifying", "整改中|正在整改");
    add("status", "checked", "已复核|复核|已验收");
    add("status", "signed_off", "已销号|销号");
    add("shelter_class", "I", "Ⅰ类|一类|I类");
    add("shelter_class", "II", "Ⅱ类|二类|II类");
    add("shelter_class", "III", "Ⅲ类|三类|III类");
    add("shelter_class", "village", "村级|村级避难场所");
    add("shelter_class", "temporary", "临时|临时避难点");
    add("level", "county", "县级");
    add("level", "township", "乡镇级|乡级");
    add("level", "village", "村级");
    add("level", "social", "社会");
    add("level", "household", "家庭|户");
    add("kind", "comprehensive", "综合|综合性");
    add("kind", "professional", "专业");
    add("kind", "social", "社会|志愿者");
    add("kind", "militia", "民兵");
    add("kind", "enterprise", "企业");
    add("kind", "weather", "气象站|自动气象站");
    add("kind", "rain_gauge", "雨量站");
    add("kind", "river_level", "水位站");
    add("kind", "gnss", "GNSS|位移监测");
    add("kind", "tailings", "尾矿库");
    add("role", "disaster_responsible", "灾害责任人|防灾责任人|责任人");
    add("role", "grid_member", "网格员");
    add("role", "info_officer", "灾害信息员|信息员");
    add("role", "emergency_manager", "应急管理员|村应急管理员");
    add("role", "monitor", "监测员|群测群防员");
    add("status", "standby", "待命");
    add("status", "deployed", "出动|已出动");
    return m;
  }();
  return t;
}
} // namespace

QString normalizedHeader(const QString &header)
{
  static const QRegularExpression noise(QStringLiteral("[\\s_\\-]|[（(][^）)]*[）)]"));
  QString h = header.trimmed().toLower();
  if (h.startsWith(QChar(0xFEFF)))
    h.remove(0, 1);
  return h.remove(noise);
}

QStringList headers(const QString &table, const QString &field)
{
  QStringList out {field};
  const QHash<QString, QStringList> &t = headerTable();
  // A bare "类型" or "负责人" means different fields in different ledgers.
  if (field == QLatin1String("name") && table != QLatin1String("responsible_persons"))
    out << t.value(field).mid(0, t.value(field).size() - 1);
  else if (field == QLatin1String("kind") && table == QLatin1String("stations"))
    out << QStringList {QString::fromUtf8("站点类型"), QString::fromUtf8("类型")};
  else if (field == QLatin1String("unit") && table == QLatin1String("stations"))
    out << QString::fromUtf8("计量单位") << QString::fromUtf8("单位");
  else if (field == QLatin1String("unit"))
    out << QString::fromUtf8("所在单位") << QString::fromUtf8("工作单位") << QString::fromUtf8("单位");
  else
    out << t.value(field);
  if (table == QLatin1String("responsible_persons") && field == QLatin1String("name"))
    out.prepend(QString::fromUtf8("姓名"));
  return out;
}

QString code(const QString &field, const QString &value)
{
  return valueTable().value(field + QLatin1Char('|') + value.trimmed());
}

} // namespace onemap::FieldAliases
