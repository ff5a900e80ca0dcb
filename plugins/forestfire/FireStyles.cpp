#include "FireStyles.h"

#include "FireDanger.h"

#include <QCoreApplication>

namespace onemap::forestfire {

namespace {

QString option(const char *name, const QString &value)
{
  return QStringLiteral("<Option type=\"QString\" name=\"%1\" value=\"%2\"/>").arg(QLatin1String(name), value.toHtmlEscaped());
}

// One symbol layer; \a type is fill, line or marker.
QString symbol(const QString &name, const char *type, const char *layerClass, const QString &options, double alpha = 1.0)
{
  return QStringLiteral("<symbol type=\"%1\" name=\"%2\" alpha=\"%3\" clip_to_extent=\"1\" force_rhr=\"0\">"
                        "<layer class=\"%4\" enabled=\"1\" pass=\"0\" locked=\"0\"><Option type=\"Map\">%5</Option></layer></symbol>")
    .arg(QLatin1String(type), name)
    .arg(alpha)
    .arg(QLatin1String(layerClass), options);
}

QString document(const QString &renderer)
{
  // No DOCTYPE: the board reads XML without DTDs.
  return QStringLiteral("<qgis version=\"3.22.0\" styleCategories=\"Symbology\">%1</qgis>")
    .arg(renderer);
}

QString singleSymbol(const QString &sym)
{
  return document(QStringLiteral("<renderer-v2 type=\"singleSymbol\" symbollevels=\"0\" forceraster=\"0\" enableorderby=\"0\">"
                                 "<symbols>%1</symbols></renderer-v2>")
                    .arg(sym));
}

struct Category
{
  QString value, label, symbol;
};

QString categorized(const char *attribute, const QVector<Category> &cats)
{
  // A category names its symbol; the symbols are built named "0", "1", ... in order.
  QString categories, symbols;
  for (int i = 0; i < cats.size(); ++i) {
    categories += QStringLiteral("<category symbol=\"%1\" value=\"%2\" label=\"%3\" render=\"true\"/>")
                    .arg(QString::number(i), cats[i].value, cats[i].label.toHtmlEscaped());
    symbols += cats[i].symbol;
  }
  return document(QStringLiteral("<renderer-v2 type=\"categorizedSymbol\" attr=\"%1\" symbollevels=\"0\" forceraster=\"0\" "
                                 "enableorderby=\"0\"><categories>%2</categories><symbols>%3</symbols></renderer-v2>")
                    .arg(QLatin1String(attribute), categories, symbols));
}

QString fill(const QString &name, const char *rgb, const char *outline)
{
  return symbol(name, "fill", "SimpleFill",
                option("color", QLatin1String(rgb)) + option("style", QStringLiteral("solid")) +
                  option("outline_color", QLatin1String(outline)) + option("outline_style", QStringLiteral("solid")) +
                  option("outline_width", QStringLiteral("0.3")) + option("outline_width_unit", QStringLiteral("MM")),
                0.55);
}

QString marker(const QString &name, const char *shape, const char *rgb, double size)
{
  return symbol(name, "marker", "SimpleMarker",
                option("name", QLatin1String(shape)) + option("color", QLatin1String(rgb)) +
                  option("outline_color", QStringLiteral("255,255,255,255")) + option("outline_width", QStringLiteral("0.3")) +
                  option("size", QString::number(size)) + option("size_unit", QStringLiteral("MM")));
}
} // namespace

QVector<LayerStyle> fireLayerStyles()
{
  // Forests by 火险区 class: red (I), orange (II), yellow-green (III).
  const QString forests = categorized("danger_class", {
    {QStringLiteral("1"), areaClassName(1), fill(QStringLiteral("0"), "215,48,39,255", "120,30,20,255")},
    {QStringLiteral("2"), areaClassName(2), fill(QStringLiteral("1"), "252,141,89,255", "140,80,40,255")},
    {QStringLiteral("3"), areaClassName(3), fill(QStringLiteral("2"), "145,191,82,255", "60,110,40,255")},
  });
  const QString posts = singleSymbol(marker(QStringLiteral("0"), "triangle", "0,104,55,255", 3.2));
  const QString breaks = singleSymbol(symbol(QStringLiteral("0"), "line", "SimpleLine",
                                             option("line_color", QStringLiteral("230,120,0,255")) +
                                               option("line_style", QStringLiteral("dash")) + option("line_width", QStringLiteral("0.9")) +
                                               option("line_width_unit", QStringLiteral("MM")) +
                                               option("capstyle", QStringLiteral("square"))));
  const QString hotspots = categorized("status", {
    {QStringLiteral("pending"), QCoreApplication::translate("onemap::ForestfirePlugin", "Hotspot: to be checked"), marker(QStringLiteral("0"), "circle", "255,140,0,255", 2.8)},
    {QStringLiteral("verified"), QCoreApplication::translate("onemap::ForestfirePlugin", "Hotspot: fire confirmed"), marker(QStringLiteral("1"), "circle", "220,0,0,255", 3.2)},
    {QStringLiteral("false"), QCoreApplication::translate("onemap::ForestfirePlugin", "Hotspot: false alarm"), marker(QStringLiteral("2"), "circle", "150,150,150,255", 2.2)},
    {QStringLiteral("extinguished"), QCoreApplication::translate("onemap::ForestfirePlugin", "Hotspot: extinguished"), marker(QStringLiteral("3"), "circle", "60,60,60,255", 2.4)},
  });
  const QString events = singleSymbol(marker(QStringLiteral("0"), "star", "200,0,0,255", 4.5));
  return {
    LayerStyle {QStringLiteral("fire_forest_areas"), forests, QCoreApplication::translate("onemap::ForestfirePlugin", "Forest areas (fire-danger class)")},
    LayerStyle {QStringLiteral("fire_watch_posts"), posts, QCoreApplication::translate("onemap::ForestfirePlugin", "Fire watch posts")},
    LayerStyle {QStringLiteral("fire_firebreaks"), breaks, QCoreApplication::translate("onemap::ForestfirePlugin", "Firebreaks")},
    LayerStyle {QStringLiteral("fire_hotspots"), hotspots, QCoreApplication::translate("onemap::ForestfirePlugin", "Satellite hotspots")},
    LayerStyle {QStringLiteral("fire_events"), events, QCoreApplication::translate("onemap::ForestfirePlugin", "Fires (ignition points)")},
  };
}

} // namespace onemap::forestfire
