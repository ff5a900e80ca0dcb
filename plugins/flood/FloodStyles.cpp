#include "FloodStyles.h"

#include <QCoreApplication>

namespace onemap::flood {

namespace {
QString fillSymbol(int name, const char *fill, const char *outline)
{
  return QStringLiteral("<symbol type=\"fill\" name=\"%1\" alpha=\"0.45\" clip_to_extent=\"1\" force_rhr=\"0\">"
                        "<layer class=\"SimpleFill\" enabled=\"1\" locked=\"0\" pass=\"0\"><Option type=\"Map\">"
                        "<Option type=\"QString\" name=\"color\" value=\"%2\"/>"
                        "<Option type=\"QString\" name=\"outline_color\" value=\"%3\"/>"
                        "<Option type=\"QString\" name=\"outline_style\" value=\"solid\"/>"
                        "<Option type=\"QString\" name=\"outline_width\" value=\"0.2\"/>"
                        "<Option type=\"QString\" name=\"style\" value=\"solid\"/>"
                        "</Option></layer></symbol>")
    .arg(name)
    .arg(QLatin1String(fill), QLatin1String(outline));
}

QString category(int symbol, const char *value, const QString &label)
{
  return QStringLiteral("<category symbol=\"%1\" value=\"%2\" label=\"%3\" render=\"true\"/>")
    .arg(symbol)
    .arg(QLatin1String(value), label.toHtmlEscaped());
}

QString zonesQml()
{
  // Blue for river floods, ochre for torrents, violet below reservoirs: the
  // three call for different actions (巡堤, 山洪沟转移, 水库调度).
  return QStringLiteral("<qgis version=\"3.22\" styleCategories=\"Symbology\">"
                        "<renderer-v2 type=\"categorizedSymbol\" attr=\"kind\" forceraster=\"0\" symbollevels=\"0\" enableorderby=\"0\">"
                        "<categories>")
         + category(0, "river_flood", QCoreApplication::translate("onemap::FloodPlugin", "River flood zone"))
         + category(1, "torrent", QCoreApplication::translate("onemap::FloodPlugin", "Torrent zone"))
         + category(2, "reservoir_downstream", QCoreApplication::translate("onemap::FloodPlugin", "Below a reservoir"))
         + QStringLiteral("</categories><symbols>") + fillSymbol(0, "49,130,189,255", "8,81,156,255")
         + fillSymbol(1, "217,142,4,255", "153,52,4,255") + fillSymbol(2, "136,86,167,255", "84,39,143,255")
         + QStringLiteral("</symbols></renderer-v2></qgis>");
}

const char *kGulliesQml =
  "<qgis version=\"3.22\" styleCategories=\"Symbology\">"
  "<renderer-v2 type=\"singleSymbol\" forceraster=\"0\" symbollevels=\"0\" enableorderby=\"0\"><symbols>"
  "<symbol type=\"line\" name=\"0\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">"
  "<layer class=\"SimpleLine\" enabled=\"1\" locked=\"0\" pass=\"0\"><Option type=\"Map\">"
  "<Option type=\"QString\" name=\"line_color\" value=\"140,81,10,255\"/>"
  "<Option type=\"QString\" name=\"line_style\" value=\"dash\"/>"
  "<Option type=\"QString\" name=\"line_width\" value=\"0.8\"/>"
  "<Option type=\"QString\" name=\"capstyle\" value=\"round\"/>"
  "<Option type=\"QString\" name=\"joinstyle\" value=\"round\"/>"
  "</Option></layer></symbol></symbols></renderer-v2></qgis>";

const char *kReservoirsQml =
  "<qgis version=\"3.22\" styleCategories=\"Symbology\">"
  "<renderer-v2 type=\"singleSymbol\" forceraster=\"0\" symbollevels=\"0\" enableorderby=\"0\"><symbols>"
  "<symbol type=\"marker\" name=\"0\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">"
  "<layer class=\"SimpleMarker\" enabled=\"1\" locked=\"0\" pass=\"0\"><Option type=\"Map\">"
  "<Option type=\"QString\" name=\"name\" value=\"square\"/>"
  "<Option type=\"QString\" name=\"color\" value=\"33,102,172,255\"/>"
  "<Option type=\"QString\" name=\"outline_color\" value=\"255,255,255,255\"/>"
  "<Option type=\"QString\" name=\"outline_width\" value=\"0.4\"/>"
  "<Option type=\"QString\" name=\"size\" value=\"3.2\"/>"
  "</Option></layer></symbol></symbols></renderer-v2></qgis>";
} // namespace

QVector<LayerStyle> layerStyles()
{
  return {LayerStyle {QStringLiteral("flood_zones"), zonesQml(), QCoreApplication::translate("onemap::FloodPlugin", "Flood zones")},
          LayerStyle {QStringLiteral("flood_gullies"), QString::fromUtf8(kGulliesQml),
                      QCoreApplication::translate("onemap::FloodPlugin", "Torrent gullies")},
          LayerStyle {QStringLiteral("flood_reservoirs"), QString::fromUtf8(kReservoirsQml),
                      QCoreApplication::translate("onemap::FloodPlugin", "Reservoirs")}};
}

} // namespace onemap::flood
