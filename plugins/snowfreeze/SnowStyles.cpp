#include "SnowStyles.h"

#include <QCoreApplication>

namespace onemap::snowfreeze {

namespace {
QString option(const char *name, const QString &value)
{
  return QStringLiteral("<Option type=\"QString\" name=\"%1\" value=\"%2\"/>").arg(QLatin1String(name), value);
}

QString lineSymbol(int index, const QString &color, double width, const QString &style)
{
  return QStringLiteral("<symbol type=\"line\" name=\"%1\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">"
                        "<layer class=\"SimpleLine\" enabled=\"1\" pass=\"0\" locked=\"0\"><Option type=\"Map\">%2</Option></layer></symbol>")
    .arg(index)
    .arg(option("line_color", color) + option("line_width", QString::number(width)) + option("line_width_unit", QStringLiteral("MM"))
         + option("line_style", style) + option("capstyle", QStringLiteral("round")));
}

QString markerSymbol(int index, const QString &shape, const QString &color, double size)
{
  return QStringLiteral("<symbol type=\"marker\" name=\"%1\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">"
                        "<layer class=\"SimpleMarker\" enabled=\"1\" pass=\"0\" locked=\"0\"><Option type=\"Map\">%2</Option></layer></symbol>")
    .arg(index)
    .arg(option("name", shape) + option("color", color) + option("outline_color", QStringLiteral("255,255,255,255"))
         + option("size", QString::number(size)));
}

QString document(const QString &renderer) { return QStringLiteral("<qgis version=\"3.22.0\" styleCategories=\"Symbology\">") + renderer + QStringLiteral("</qgis>"); }
} // namespace

QVector<LayerStyle> snowLayerStyles()
{
  // Power lines by voltage: transmission purple and thick, distribution grey dashed.
  const QString lines = document(QStringLiteral(
    "<renderer-v2 type=\"categorizedSymbol\" attr=\"voltage_kv\" forceraster=\"0\" symbollevels=\"0\" enableorderby=\"0\">"
    "<categories>"
    "<category render=\"true\" symbol=\"0\" value=\"110\" label=\"110 kV\"/>"
    "<category render=\"true\" symbol=\"1\" value=\"35\" label=\"35 kV\"/>"
    "<category render=\"true\" symbol=\"2\" value=\"10\" label=\"10 kV\"/>"
    "</categories><symbols>%1%2%3</symbols></renderer-v2>")
    .arg(lineSymbol(0, QStringLiteral("123,50,148,255"), 0.9, QStringLiteral("solid")),
         lineSymbol(1, QStringLiteral("194,165,207,255"), 0.6, QStringLiteral("solid")),
         lineSymbol(2, QStringLiteral("120,120,120,255"), 0.4, QStringLiteral("dash"))));
  // Icing-prone spots (易结冰路段) as ice-blue diamonds.
  const QString spots = document(QStringLiteral("<renderer-v2 type=\"singleSymbol\" forceraster=\"0\" symbollevels=\"0\" enableorderby=\"0\"><symbols>%1</symbols></renderer-v2>")
                                   .arg(markerSymbol(0, QStringLiteral("diamond"), QStringLiteral("0,150,220,255"), 3.0)));
  // Village altitude in four bands: the higher, the darker blue.
  const QString villages = document(QStringLiteral(
    "<renderer-v2 type=\"graduatedSymbol\" attr=\"altitude_m\" graduatedMethod=\"GraduatedColor\" forceraster=\"0\" symbollevels=\"0\" enableorderby=\"0\">"
    "<ranges>"
    "<range render=\"true\" symbol=\"0\" lower=\"-500\" upper=\"1500\" label=\"&lt; 1500 m\"/>"
    "<range render=\"true\" symbol=\"1\" lower=\"1500\" upper=\"2000\" label=\"1500 - 2000 m\"/>"
    "<range render=\"true\" symbol=\"2\" lower=\"2000\" upper=\"2500\" label=\"2000 - 2500 m\"/>"
    "<range render=\"true\" symbol=\"3\" lower=\"2500\" upper=\"9000\" label=\"&gt;= 2500 m\"/>"
    "</ranges><symbols>%1%2%3%4</symbols></renderer-v2>")
    .arg(markerSymbol(0, QStringLiteral("circle"), QStringLiteral("239,243,255,255"), 2.2),
         markerSymbol(1, QStringLiteral("circle"), QStringLiteral("189,215,231,255"), 2.4),
         markerSymbol(2, QStringLiteral("circle"), QStringLiteral("107,174,214,255"), 2.6),
         markerSymbol(3, QStringLiteral("circle"), QStringLiteral("33,113,181,255"), 2.8)));
  return {LayerStyle {QStringLiteral("snow_power_lines"), lines, QCoreApplication::translate("onemap::SnowfreezePlugin", "Power lines (design ice)")},
          LayerStyle {QStringLiteral("snow_road_segments"), spots, QCoreApplication::translate("onemap::SnowfreezePlugin", "Icing-prone road spots")},
          LayerStyle {QStringLiteral("snow_village_altitude"), villages, QCoreApplication::translate("onemap::SnowfreezePlugin", "Village altitude")}};
}

} // namespace onemap::snowfreeze
