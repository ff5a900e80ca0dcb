#include "DroughtLayerStyles.h"

#include "DrinkingWaterModel.h"

#include <QCoreApplication>

namespace onemap::drought {

namespace {

QString escaped(const QString &s) { return s.toHtmlEscaped(); }

QString option(const char *name, const QString &value)
{
  return QStringLiteral("<Option type=\"QString\" name=\"%1\" value=\"%2\"/>").arg(QLatin1String(name), escaped(value));
}

struct Category
{
  QString value, label, color;
  QString shape; //!< marker shape; empty for a fill
};

// A categorized renderer over \a attr with one symbol per category.
QString categorized(const QString &attr, const QVector<Category> &cats, bool fill)
{
  QString categories, symbols;
  for (int i = 0; i < cats.size(); ++i) {
    const Category &c = cats.at(i);
    categories += QStringLiteral("<category render=\"true\" symbol=\"%1\" value=\"%2\" label=\"%3\"/>")
                    .arg(i).arg(escaped(c.value), escaped(c.label));
    if (fill)
      symbols += QStringLiteral("<symbol type=\"fill\" name=\"%1\" alpha=\"0.55\" clip_to_extent=\"1\" force_rhr=\"0\">"
                                "<layer class=\"SimpleFill\" enabled=\"1\" pass=\"0\" locked=\"0\"><Option type=\"Map\">%2%3%4%5"
                                "</Option></layer></symbol>")
                   .arg(i)
                   .arg(option("color", c.color), option("outline_color", QStringLiteral("120,60,0,255")),
                        option("outline_width", QStringLiteral("0.3")), option("style", QStringLiteral("solid")));
    else
      symbols += QStringLiteral("<symbol type=\"marker\" name=\"%1\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">"
                                "<layer class=\"SimpleMarker\" enabled=\"1\" pass=\"0\" locked=\"0\"><Option type=\"Map\">%2%3%4%5"
                                "</Option></layer></symbol>")
                   .arg(i)
                   .arg(option("name", c.shape), option("color", c.color),
                        option("outline_color", QStringLiteral("255,255,255,255")), option("size", QStringLiteral("2.6")));
  }
  return QStringLiteral("<qgis version=\"3.22.0\" styleCategories=\"Symbology\">"
                        "<renderer-v2 type=\"categorizedSymbol\" attr=\"%1\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">"
                        "<categories>%2</categories><symbols>%3</symbols></renderer-v2></qgis>")
    .arg(attr, categories, symbols);
}

} // namespace

QVector<LayerStyle> droughtLayerStyles()
{
  // Blue for stored water, teal for groundwater and springs, by kind.
  const QVector<Category> sources {
    {QStringLiteral("reservoir"), QCoreApplication::translate("onemap::DroughtPlugin", "Reservoir"), QStringLiteral("31,120,180,255"), QStringLiteral("square")},
    {QStringLiteral("pond"), QCoreApplication::translate("onemap::DroughtPlugin", "Pond"), QStringLiteral("106,168,219,255"), QStringLiteral("circle")},
    {QStringLiteral("well"), QCoreApplication::translate("onemap::DroughtPlugin", "Well"), QStringLiteral("0,128,128,255"), QStringLiteral("triangle")},
    {QStringLiteral("spring"), QCoreApplication::translate("onemap::DroughtPlugin", "Spring"), QStringLiteral("64,190,160,255"), QStringLiteral("diamond")},
    {QStringLiteral("river_intake"), QCoreApplication::translate("onemap::DroughtPlugin", "River intake"), QStringLiteral("20,60,140,255"), QStringLiteral("pentagon")},
  };
  // Yellow to dark red, the order of 轻度 .. 特大.
  const QVector<Category> levels {
    {QStringLiteral("light"), levelName(DroughtLevel::Light), QStringLiteral("255,230,120,255"), {}},
    {QStringLiteral("moderate"), levelName(DroughtLevel::Moderate), QStringLiteral("253,174,97,255"), {}},
    {QStringLiteral("severe"), levelName(DroughtLevel::Severe), QStringLiteral("230,85,13,255"), {}},
    {QStringLiteral("extreme"), levelName(DroughtLevel::Extreme), QStringLiteral("153,0,13,255"), {}},
  };
  return {LayerStyle {QStringLiteral("drought_water_sources"), categorized(QStringLiteral("kind"), sources, false),
                      QCoreApplication::translate("onemap::DroughtPlugin", "Drinking-water sources")},
          LayerStyle {QStringLiteral("drought_levels"), categorized(QStringLiteral("level"), levels, true),
                      QCoreApplication::translate("onemap::DroughtPlugin", "Drought levels")}};
}

} // namespace onemap::drought
