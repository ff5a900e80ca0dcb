#include "LayerStyles.h"

#include "EscalatedDangers.h"
#include "FieldLabels.h"
#include "WarningLayer.h"
#include "hidden_dangers/HiddenDanger.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsfillsymbol.h>
#include <qgslinesymbol.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgsproperty.h>
#include <qgssymbollayerutils.h>
#include <qgspallabeling.h>
#include <qgsrulebasedrenderer.h>
#include <QCoreApplication>
#include <qgssinglesymbolrenderer.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

namespace onemap::LayerStyles {

namespace {

QString rgba(const QColor &c) { return QStringLiteral("%1,%2,%3,%4").arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alpha()); }

QgsMarkerSymbol *marker(const char *shape, const QColor &fill, double sizeMm, const QColor &outline = Qt::white)
{
  return QgsMarkerSymbol::createSimple({{QStringLiteral("name"), QString::fromLatin1(shape)},
                                        {QStringLiteral("color"), rgba(fill)},
                                        {QStringLiteral("size"), QString::number(sizeMm)},
                                        {QStringLiteral("outline_color"), rgba(outline)},
                                        {QStringLiteral("outline_width"), QStringLiteral("0.3")}});
}

QgsFillSymbol *fill(const QColor &colour, const QColor &outline, double outlineMm, const char *outlineStyle = "solid")
{
  return QgsFillSymbol::createSimple({{QStringLiteral("color"), rgba(colour)},
                                      {QStringLiteral("style"), colour.alpha() == 0 ? QStringLiteral("no") : QStringLiteral("solid")},
                                      {QStringLiteral("outline_color"), rgba(outline)},
                                      {QStringLiteral("outline_width"), QString::number(outlineMm)},
                                      {QStringLiteral("outline_style"), QString::fromLatin1(outlineStyle)}});
}

QgsLineSymbol *line(const QColor &colour, double widthMm)
{
  return QgsLineSymbol::createSimple({{QStringLiteral("line_color"), rgba(colour)},
                                      {QStringLiteral("line_width"), QString::number(widthMm)},
                                      {QStringLiteral("capstyle"), QStringLiteral("round")},
                                      {QStringLiteral("joinstyle"), QStringLiteral("round")}});
}

struct Category
{
  const char *code;
  QgsSymbol *symbol;
};

// Categories labelled through FieldLabels so the legend reads in the UI language.
void categorized(QgsVectorLayer *layer, const QString &table, const QString &column, const QVector<Category> &categories)
{
  QgsCategoryList list;
  for (const Category &c : categories) {
    const QString code = QString::fromLatin1(c.code);
    list << QgsRendererCategory(code, c.symbol, FieldLabels::value(table, column, code));
  }
  layer->setRenderer(new QgsCategorizedSymbolRenderer(column, list));
}

// Draws every layer of \a symbol in rendering pass \a pass, so marks of a
// later pass sit on top of all points of an earlier one.
QgsSymbol *inPass(QgsSymbol *symbol, int pass)
{
  for (int i = 0; i < symbol->symbolLayerCount(); ++i)
    symbol->symbolLayer(i)->setRenderingPass(pass);
  return symbol;
}

// A small red flag (挂牌督办): a pole (line marker) and a pennant (filled
// arrowhead, tip at its anchor, pointing right). On the map it stands at the
// upper right of the point so the hazard-type symbol stays readable; in the
// legend, where there is no feature ($id is NULL), it is centred in its row.
QgsMarkerSymbol *supervisionFlag()
{
  auto placed = [](QgsSimpleMarkerSymbolLayer *layer, const char *legend, const char *map) {
    layer->setOffset(QgsSymbolLayerUtils::decodePoint(QLatin1String(legend)));
    layer->setDataDefinedProperty(QgsSymbolLayer::PropertyOffset,
                                  QgsProperty::fromExpression(QStringLiteral("if($id IS NULL, '%1', '%2')").arg(QLatin1String(legend), QLatin1String(map))));
    return layer;
  };
  auto *pole = new QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase::Line, 3.6);
  pole->setStrokeColor(QColor(60, 60, 60));
  pole->setStrokeWidth(0.35);
  auto *pennant = new QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase::ArrowHeadFilled, 2.0, 0, DEFAULT_SCALE_METHOD, QColor(230, 0, 0), QColor(120, 0, 0));
  pennant->setStrokeWidth(0.15);
  return new QgsMarkerSymbol(QgsSymbolLayerList {placed(pole, "0,0", "2,-2.4"), placed(pennant, "1,-0.8", "3,-3.2")});
}

// Open points by hazard type; signed-off points muted; overdue ones ringed in
// red and supervised ones (挂牌督办) flagged with a red flag, both drawn on top.
void hiddenDangers(QgsVectorLayer *layer)
{
  auto *root = new QgsRuleBasedRenderer::Rule(nullptr);
  const QString open = QStringLiteral(" AND \"status\" <> 'signed_off'");
  const QPair<const char *, QgsSymbol *> types[] = {
    {"landslide", marker("triangle", QColor(160, 82, 45), 3.0)},
    {"collapse", marker("diamond", QColor(205, 92, 0), 3.0)},
    {"debris_flow", marker("pentagon", QColor(128, 64, 0), 3.0)},
    {"subsidence", marker("circle", QColor(120, 120, 120), 2.6)},
    {"unstable_slope", marker("triangle", QColor(220, 160, 60), 2.6)},
    {"flood_prone", marker("square", QColor(0, 110, 200), 2.6)},
    {"waterlogging", marker("circle", QColor(0, 160, 220), 2.6)},
    {"hazmat", marker("hexagon", QColor(150, 0, 150), 3.0)},
  };
  for (const auto &t : types) {
    const QString code = QString::fromLatin1(t.first);
    root->appendChild(new QgsRuleBasedRenderer::Rule(inPass(t.second, 1), 0, 0, QStringLiteral("\"hazard_type\" = '%1'").arg(code) + open,
                                                     FieldLabels::value(QStringLiteral("hidden_dangers"), QStringLiteral("hazard_type"), code)));
  }
  root->appendChild(new QgsRuleBasedRenderer::Rule(inPass(marker("circle", QColor(175, 175, 175, 200), 1.8, QColor(255, 255, 255, 200)), 0), 0, 0,
                                                   QStringLiteral("\"status\" = 'signed_off'"),
                                                   FieldLabels::value(QStringLiteral("hidden_dangers"), QStringLiteral("status"), QStringLiteral("signed_off"))));
  root->appendChild(new QgsRuleBasedRenderer::Rule(EscalatedDangers::symbol(), 0, 0, EscalatedDangers::expression(), EscalatedDangers::label()));
  QgsMarkerSymbol *ring = marker("circle", QColor(0, 0, 0, 0), 4.6, QColor(230, 0, 0));
  static_cast<QgsSimpleMarkerSymbolLayer *>(ring->symbolLayer(0))->setStrokeWidth(0.7);
  root->appendChild(new QgsRuleBasedRenderer::Rule(inPass(ring, 2), 0, 0, overdueExpression(),
                                                   QCoreApplication::translate("onemap::LayerStyles", "Overdue (deadline passed, not signed off)")));
  root->appendChild(new QgsRuleBasedRenderer::Rule(inPass(supervisionFlag(), 3), 0, 0, QStringLiteral("\"supervised\" = 1"),
                                                   QCoreApplication::translate("onemap::LayerStyles", "Listed for supervision")));
  auto *renderer = new QgsRuleBasedRenderer(root);
  renderer->setUsingSymbolLevels(true);
  layer->setRenderer(renderer);
}

void single(QgsVectorLayer *layer, QgsSymbol *symbol) { layer->setRenderer(new QgsSingleSymbolRenderer(symbol)); }

// minScale: most zoomed-out scale denominator at which labels still show (0 = always).
void labels(QgsVectorLayer *layer, double pointSize, const QColor &colour, double minScale, bool bold = false,
            QgsPalLayerSettings::Placement placement = QgsPalLayerSettings::AroundPoint)
{
  QgsPalLayerSettings s;
  s.fieldName = QStringLiteral("name");
  s.placement = placement;
  s.setFormat(haloText(pointSize, colour, bold));
  if (minScale > 0) {
    s.scaleVisibility = true;
    s.minimumScale = minScale;
    s.maximumScale = 0;
  }
  layer->setLabeling(new QgsVectorLayerSimpleLabeling(s));
  layer->setLabelsEnabled(true);
}

} // namespace

QgsTextFormat haloText(double pointSize, const QColor &colour, bool bold, double haloMm)
{
  QgsTextFormat format;
  QFont font(labelFontFamily());
  font.setBold(bold);
  format.setFont(font);
  format.setSize(pointSize);
  format.setSizeUnit(QgsUnitTypes::RenderPoints);
  format.setColor(colour);
  QgsTextBufferSettings buffer;
  buffer.setEnabled(true);
  buffer.setSize(haloMm);
  buffer.setSizeUnit(QgsUnitTypes::RenderMillimeters);
  buffer.setColor(QColor(255, 255, 255, 220));
  format.setBuffer(buffer);
  return format;
}

QString labelFontFamily() { return QStringLiteral("Noto Sans CJK SC"); }

QString overdueExpression()
{
  // HiddenDanger's one overdue rule with today's date, or the pinned day.
  const QString today = QStringLiteral("coalesce(@%1, format_date(now(), 'yyyy-MM-dd'))").arg(QLatin1String(kTodayVariable));
  return HiddenDanger::overdueSql().replace(QLatin1Char('?'), today);
}

QColor warningColour(const QString &level)
{
  if (level == QLatin1String("red"))
    return QColor(230, 0, 0);
  if (level == QLatin1String("orange"))
    return QColor(255, 128, 0);
  if (level == QLatin1String("yellow"))
    return QColor(255, 204, 0);
  return QColor(0, 102, 255);
}

QColor riskColour(int level)
{
  static const char *codes[] = {"red", "orange", "yellow", "blue"};
  return warningColour(QString::fromLatin1(codes[qBound(1, level, 4) - 1]));
}

void apply(QgsVectorLayer *layer, BoardStyle style)
{
  const QColor darkText(40, 40, 40);
  switch (style) {
  case BoardStyle::County:
    single(layer, fill(QColor(0, 0, 0, 0), QColor(120, 30, 120), 1.0));
    break;
  case BoardStyle::Township:
    single(layer, fill(QColor(0, 0, 0, 0), QColor(110, 110, 110), 0.5, "dash"));
    labels(layer, 11, QColor(30, 30, 30), 0, true, QgsPalLayerSettings::OverPoint);
    break;
  case BoardStyle::Village:
    single(layer, fill(QColor(245, 242, 232), QColor(200, 195, 185), 0.15));
    labels(layer, 8, QColor(90, 90, 90), 120000, false, QgsPalLayerSettings::OverPoint);
    break;
  case BoardStyle::RiskZone: {
    QVector<Category> cats;
    const char *levels[] = {"1", "2", "3", "4"};
    for (int i = 0; i < 4; ++i) {
      QColor c = riskColour(i + 1);
      QColor outline = c;
      c.setAlpha(70);
      cats << Category {levels[i], fill(c, outline, 0.2)};
    }
    categorized(layer, QStringLiteral("risk_zones"), QStringLiteral("risk_level"), cats);
    break;
  }
  case BoardStyle::Warning:
    WarningLayer::style(layer);
    break;
  case BoardStyle::River:
    categorized(layer, QStringLiteral("rivers"), QStringLiteral("river_rank"),
                {{"1", line(QColor(60, 140, 220), 1.2)}, {"2", line(QColor(80, 160, 230), 0.8)}, {"3", line(QColor(110, 180, 240), 0.5)}});
    layer->renderer()->setLegendSymbolItem(QString(), nullptr);
    break;
  case BoardStyle::Road:
    categorized(layer, QStringLiteral("roads"), QStringLiteral("road_class"),
                {{"national", line(QColor(210, 60, 40), 1.0)},
                 {"provincial", line(QColor(240, 130, 40), 0.8)},
                 {"county", line(QColor(200, 160, 40), 0.6)},
                 {"township", line(QColor(150, 140, 120), 0.4)},
                 {"village", line(QColor(170, 170, 170), 0.25)}});
    break;
  case BoardStyle::HiddenDanger:
    hiddenDangers(layer);
    labels(layer, 7, darkText, 25000);
    break;
  case BoardStyle::Shelter:
    categorized(layer, QStringLiteral("shelters"), QStringLiteral("shelter_class"),
                {{"I", marker("square", QColor(0, 130, 60), 4.2)},
                 {"II", marker("square", QColor(20, 160, 80), 3.4)},
                 {"III", marker("square", QColor(60, 190, 110), 2.8)},
                 {"village", marker("square", QColor(110, 210, 140), 2.2)},
                 {"temporary", marker("circle", QColor(120, 200, 120), 1.6)}});
    labels(layer, 7, QColor(0, 100, 40), 50000);
    break;
  case BoardStyle::Team:
    single(layer, marker("star", QColor(220, 30, 30), 4.0));
    labels(layer, 7, QColor(160, 0, 0), 80000);
    break;
  case BoardStyle::Reserve:
    single(layer, marker("square", QColor(30, 80, 200), 3.4, QColor(255, 230, 0)));
    labels(layer, 7, QColor(20, 50, 150), 80000);
    break;
  case BoardStyle::Station:
    categorized(layer, QStringLiteral("stations"), QStringLiteral("kind"),
                {{"weather", marker("circle", QColor(0, 170, 190), 1.8)},
                 {"rain_gauge", marker("circle", QColor(0, 120, 230), 2.0)},
                 {"river_level", marker("triangle", QColor(0, 80, 200), 2.4)},
                 {"gnss", marker("cross_fill", QColor(200, 0, 120), 2.6)},
                 {"tailings", marker("diamond", QColor(120, 60, 20), 2.4)}});
    break;
  case BoardStyle::Camera:
    single(layer, marker("triangle", QColor(110, 60, 170), 1.8));
    break;
  case BoardStyle::Table:
    break;
  }
}

} // namespace onemap::LayerStyles
