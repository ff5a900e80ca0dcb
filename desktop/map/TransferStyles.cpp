#include "TransferStyles.h"

#include "LayerStyles.h"

#include <QCoreApplication>
#include <qgsexpression.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgslinesymbol.h>
#include <qgslinesymbollayer.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgspallabeling.h>
#include <qgsrulebasedrenderer.h>
#include <qgssinglesymbolrenderer.h>
#include <qgstextbuffersettings.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

namespace onemap::TransferStyles {

namespace {

QString rgba(const QColor &c) { return QStringLiteral("%1,%2,%3,%4").arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alpha()); }

QgsFillSymbol *fill(const QColor &colour, const QColor &outline, double outlineMm, const char *outlineStyle = "solid")
{
  return QgsFillSymbol::createSimple({{QStringLiteral("color"), rgba(colour)},
                                      {QStringLiteral("style"), colour.alpha() == 0 ? QStringLiteral("no") : QStringLiteral("solid")},
                                      {QStringLiteral("outline_color"), rgba(outline)},
                                      {QStringLiteral("outline_width"), QString::number(outlineMm)},
                                      {QStringLiteral("outline_style"), QString::fromLatin1(outlineStyle)}});
}

QgsMarkerSymbol *marker(const char *shape, const QColor &colour, double sizeMm, const QColor &outline, double outlineMm = 0.3)
{
  return QgsMarkerSymbol::createSimple({{QStringLiteral("name"), QString::fromLatin1(shape)},
                                        {QStringLiteral("color"), rgba(colour)},
                                        {QStringLiteral("size"), QString::number(sizeMm)},
                                        {QStringLiteral("outline_color"), rgba(outline)},
                                        {QStringLiteral("outline_width"), QString::number(outlineMm)}});
}

// Labels from an expression (or a field), in the board's label font with a white halo.
void labels(QgsVectorLayer *layer, const QString &expression, bool isExpression, double pointSize, const QColor &colour, bool bold,
            QgsPalLayerSettings::Placement placement)
{
  QgsPalLayerSettings s;
  s.fieldName = expression;
  s.isExpression = isExpression;
  s.placement = placement;
  s.setFormat(LayerStyles::haloText(pointSize, colour, bold));
  layer->setLabeling(new QgsVectorLayerSimpleLabeling(s));
  layer->setLabelsEnabled(true);
}

QgsRuleBasedRenderer::Rule *rule(QgsSymbol *symbol, const QString &filter, const QString &label)
{
  return new QgsRuleBasedRenderer::Rule(symbol, 0, 0, filter, label);
}

} // namespace

QColor routeColour() { return QColor(120, 0, 255); }

QVector<QPair<QString, QColor>> shortfallClasses()
{
  return {{QCoreApplication::translate("onemap::TransferStyles", "No one to move"), QColor(225, 225, 225)},
          {QCoreApplication::translate("onemap::TransferStyles", "Enough shelter room"), QColor(120, 200, 120)},
          {QCoreApplication::translate("onemap::TransferStyles", "Short by under 25%"), QColor(255, 215, 0)},
          {QCoreApplication::translate("onemap::TransferStyles", "Short by 25% to 50%"), QColor(255, 140, 0)},
          {QCoreApplication::translate("onemap::TransferStyles", "Short by half or more"), QColor(220, 20, 20)}};
}

void applyRouteStyle(QgsVectorLayer *routes)
{
  // A white casing first, so the route stays visible along the roads it follows.
  auto *casing = new QgsSimpleLineSymbolLayer(QColor(255, 255, 255, 230), 1.6);
  casing->setPenCapStyle(Qt::RoundCap);
  casing->setPenJoinStyle(Qt::RoundJoin);
  auto *core = new QgsSimpleLineSymbolLayer(routeColour(), 0.9);
  core->setPenCapStyle(Qt::RoundCap);
  core->setPenJoinStyle(Qt::RoundJoin);
  auto *symbol = new QgsLineSymbol(QgsSymbolLayerList() << casing << core);
  routes->setRenderer(new QgsSingleSymbolRenderer(symbol));
}

void applySourceStyle(QgsVectorLayer *sources)
{
  const QString placed = QgsExpression::quotedColumnRef(QLatin1String(kPlacedField));
  auto *root = new QgsRuleBasedRenderer::Rule(nullptr);
  root->appendChild(rule(marker("circle", QColor(255, 120, 0), 2.6, Qt::white), placed + QStringLiteral(" = 1"),
                         QCoreApplication::translate("onemap::TransferStyles", "People to move")));
  root->appendChild(rule(marker("cross_fill", QColor(220, 0, 0), 3.4, Qt::white), QStringLiteral("ELSE"),
                         QCoreApplication::translate("onemap::TransferStyles", "Not placed")));
  sources->setRenderer(new QgsRuleBasedRenderer(root));
  labels(sources, QStringLiteral("name"), false, 6.5, QColor(120, 50, 0), false, QgsPalLayerSettings::AroundPoint);
}

void applyPlanShelterStyle(QgsVectorLayer *shelters)
{
  shelters->setRenderer(new QgsSingleSymbolRenderer(marker("square", QColor(0, 140, 70), 3.2, Qt::white, 0.4)));
  labels(shelters, QStringLiteral("name"), false, 6.5, QColor(0, 90, 40), true, QgsPalLayerSettings::AroundPoint);
}

void applyShortfallStyle(QgsVectorLayer *townships)
{
  const QString people = QgsExpression::quotedColumnRef(QLatin1String(kPeopleField));
  const QString shortfall = QgsExpression::quotedColumnRef(QLatin1String(kShortfallField));
  const QVector<QPair<QString, QColor>> classes = shortfallClasses();
  // Exclusive filters, so each township falls in exactly one class (and the legend reads in order).
  const QStringList filters {people + QStringLiteral(" = 0"),
                             people + QStringLiteral(" > 0 AND ") + shortfall + QStringLiteral(" = 0"),
                             shortfall + QStringLiteral(" > 0 AND ") + shortfall + QStringLiteral(" < 0.25 * ") + people,
                             shortfall + QStringLiteral(" >= 0.25 * ") + people + QStringLiteral(" AND ") + shortfall + QStringLiteral(" < 0.5 * ") + people,
                             people + QStringLiteral(" > 0 AND ") + shortfall + QStringLiteral(" >= 0.5 * ") + people};
  auto *root = new QgsRuleBasedRenderer::Rule(nullptr);
  for (int i = 0; i < classes.size(); ++i) {
    QColor colour = classes[i].second;
    colour.setAlpha(200);
    root->appendChild(rule(fill(colour, QColor(90, 90, 90), 0.3), filters[i], classes[i].first));
  }
  townships->setRenderer(new QgsRuleBasedRenderer(root));
  const QString shortWord = QgsExpression::quotedString(QCoreApplication::translate("onemap::TransferStyles", "short %1", "map label: people without shelter room"));
  const QString expression = QStringLiteral("\"name\" || CASE WHEN ") + shortfall + QStringLiteral(" > 0 THEN '\\n' || replace(") + shortWord
                             + QStringLiteral(", '%1', to_string(") + shortfall + QStringLiteral(")) ELSE '' END");
  labels(townships, expression, true, 8, QColor(30, 30, 30), true, QgsPalLayerSettings::OverPoint);
}

void applyCoverageStyle(QgsVectorLayer *covered)
{
  covered->setRenderer(new QgsSingleSymbolRenderer(fill(QColor(0, 170, 90, 110), QColor(0, 120, 60), 0.25)));
}

void applyUncoveredStyle(QgsVectorLayer *villages)
{
  auto *hatch = new QgsLinePatternFillSymbolLayer();
  hatch->setLineAngle(45);
  hatch->setDistance(1.4);
  hatch->setLineWidth(0.25);
  hatch->setColor(QColor(220, 0, 0));
  auto *outline = new QgsSimpleLineSymbolLayer(QColor(220, 0, 0), 0.45);
  auto *symbol = new QgsFillSymbol(QgsSymbolLayerList() << hatch << outline);
  villages->setRenderer(new QgsSingleSymbolRenderer(symbol));
  labels(villages, QStringLiteral("name"), false, 6.5, QColor(170, 0, 0), false, QgsPalLayerSettings::OverPoint);
}

void applyNoOwnShelterStyle(QgsVectorLayer *villages)
{
  villages->setRenderer(new QgsSingleSymbolRenderer(fill(QColor(0, 0, 0, 0), QColor(255, 130, 0), 0.5, "dash")));
}

void applyCutRoadStyle(QgsVectorLayer *roads)
{
  // Red, dashed and crossed: a cut road reads as closed even in grey print.
  auto *dashed = new QgsSimpleLineSymbolLayer(QColor(220, 0, 0), 0.9, Qt::DashLine);
  auto *crosses = new QgsMarkerLineSymbolLayer(true, 8);
  crosses->setPlacement(QgsTemplatedLineSymbolLayerBase::Interval);
  crosses->setSubSymbol(marker("cross2", QColor(220, 0, 0), 2.8, QColor(220, 0, 0), 0.5));
  roads->setRenderer(new QgsSingleSymbolRenderer(new QgsLineSymbol(QgsSymbolLayerList() << dashed << crosses)));
}

void applyTrackingStyle(QgsVectorLayer *villages)
{
  auto *root = new QgsRuleBasedRenderer::Rule(nullptr);
  root->appendChild(rule(fill(QColor(230, 20, 20, 150), QColor(150, 0, 0), 0.5), QStringLiteral("\"lagging\" = 1"),
                         QCoreApplication::translate("onemap::TransferLayerStyles", "Lagging")));
  root->appendChild(rule(fill(QColor(60, 180, 90, 90), QColor(30, 120, 50), 0.3), QStringLiteral("ELSE"),
                         QCoreApplication::translate("onemap::TransferLayerStyles", "Four 100% met")));
  villages->setRenderer(new QgsRuleBasedRenderer(root));
  labels(villages, QStringLiteral("CASE WHEN \"lagging\" = 1 THEN \"name\" || ' ' || to_string(round(\"share\" * 100)) || '%' END"), true, 7,
         QColor(120, 0, 0), false, QgsPalLayerSettings::OverPoint);
}

} // namespace onemap::TransferStyles
