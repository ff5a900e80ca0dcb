#include "TransferLayerStyles.h"

#include "LayerStyles.h"

#include <QCoreApplication>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgslinesymbol.h>
#include <qgslinesymbollayer.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgspallabeling.h>
#include <qgsrulebasedrenderer.h>
#include <qgssinglesymbolrenderer.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

namespace onemap::TransferLayerStyles {

namespace {

QgsFillSymbol *fill(const QColor &colour, const QColor &outline, double outlineMm, const QString &style = QStringLiteral("solid"))
{
  auto *layer = new QgsSimpleFillSymbolLayer(colour, style == QLatin1String("solid") ? Qt::SolidPattern
                                                      : style == QLatin1String("b_diagonal") ? Qt::BDiagPattern : Qt::NoBrush,
                                             outline, Qt::SolidLine, outlineMm);
  return new QgsFillSymbol(QgsSymbolLayerList() << layer);
}

QgsLineSymbol *line(const QColor &colour, double widthMm, Qt::PenStyle pen = Qt::SolidLine)
{
  auto *layer = new QgsSimpleLineSymbolLayer(colour, widthMm, pen);
  layer->setPenCapStyle(Qt::RoundCap);
  layer->setPenJoinStyle(Qt::RoundJoin);
  return new QgsLineSymbol(QgsSymbolLayerList() << layer);
}

QgsRuleBasedRenderer::Rule *rule(QgsSymbol *symbol, const QString &filter, const QString &label)
{
  return new QgsRuleBasedRenderer::Rule(symbol, 0, 0, filter, label);
}

void setRules(QgsVectorLayer *layer, const QList<QgsRuleBasedRenderer::Rule *> &rules)
{
  auto *root = new QgsRuleBasedRenderer::Rule(nullptr);
  for (QgsRuleBasedRenderer::Rule *r : rules)
    root->appendChild(r);
  layer->setRenderer(new QgsRuleBasedRenderer(root));
}

void labels(QgsVectorLayer *layer, const QString &expression, const QColor &colour, double pointSize)
{
  QgsPalLayerSettings s;
  s.fieldName = expression;
  s.isExpression = true;
  s.placement = QgsPalLayerSettings::OverPoint;
  QgsTextFormat format;
  format.setFont(QFont(LayerStyles::labelFontFamily()));
  format.setSize(pointSize);
  format.setColor(colour);
  QgsTextBufferSettings buffer;
  buffer.setEnabled(true);
  buffer.setSize(0.8);
  buffer.setColor(QColor(255, 255, 255, 220));
  format.setBuffer(buffer);
  s.setFormat(format);
  layer->setLabeling(new QgsVectorLayerSimpleLabeling(s));
  layer->setLabelsEnabled(true);
}

} // namespace

void routes(QgsVectorLayer *layer)
{
  setRules(layer, {rule(line(QColor(30, 90, 200), 0.8), QStringLiteral("\"manual\" = 1"),
                        QCoreApplication::translate("onemap::TransferLayerStyles", "Route (reassigned by hand)")),
                   rule(line(QColor(20, 120, 230), 0.6), QStringLiteral("ELSE"),
                        QCoreApplication::translate("onemap::TransferLayerStyles", "Transfer route"))});
  // The manual rule draws dashed, so the two read apart in black and white too.
  if (auto *r = dynamic_cast<QgsRuleBasedRenderer *>(layer->renderer()))
    if (auto *simple = dynamic_cast<QgsSimpleLineSymbolLayer *>(r->rootRule()->children().at(0)->symbol()->symbolLayer(0)))
      simple->setPenStyle(Qt::DashLine);
}

void cutRoads(QgsVectorLayer *layer)
{
  auto *dashed = new QgsSimpleLineSymbolLayer(QColor(220, 0, 0), 0.9, Qt::DashLine);
  auto *cross = QgsMarkerSymbol::createSimple({{QStringLiteral("name"), QStringLiteral("cross2")},
                                               {QStringLiteral("color"), QStringLiteral("220,0,0,255")},
                                               {QStringLiteral("outline_color"), QStringLiteral("220,0,0,255")},
                                               {QStringLiteral("outline_width"), QStringLiteral("0.5")},
                                               {QStringLiteral("size"), QStringLiteral("2.8")}});
  auto *crosses = new QgsMarkerLineSymbolLayer(true, 8);
  crosses->setPlacement(QgsTemplatedLineSymbolLayerBase::Interval);
  crosses->setSubSymbol(cross);
  layer->setRenderer(new QgsSingleSymbolRenderer(new QgsLineSymbol(QgsSymbolLayerList() << dashed << crosses)));
}

void balance(QgsVectorLayer *layer)
{
  const auto t = [](const char *text) { return QCoreApplication::translate("onemap::TransferLayerStyles", text); };
  setRules(layer, {rule(fill(QColor(60, 170, 90, 60), QColor(40, 130, 60), 0.4), QStringLiteral("\"shortfall\" = 0"), t("Enough shelter room")),
                   rule(fill(QColor(250, 220, 60, 120), QColor(200, 160, 0), 0.4), QStringLiteral("\"shortfall\" > 0 AND \"shortfall\" < 0.25 * \"people\""), t("Short by less than a quarter")),
                   rule(fill(QColor(250, 140, 40, 140), QColor(210, 90, 0), 0.4), QStringLiteral("\"shortfall\" >= 0.25 * \"people\" AND \"shortfall\" < 0.5 * \"people\""), t("Short by a quarter to a half")),
                   rule(fill(QColor(220, 30, 30, 150), QColor(160, 0, 0), 0.5), QStringLiteral("\"shortfall\" > 0 AND \"shortfall\" >= 0.5 * \"people\""), t("Short by half or more"))});
  labels(layer, QStringLiteral("CASE WHEN \"shortfall\" > 0 THEN \"name\" || ' -' || \"shortfall\" ELSE \"name\" END"), QColor(90, 0, 0), 8);
}

void tracking(QgsVectorLayer *layer)
{
  const auto t = [](const char *text) { return QCoreApplication::translate("onemap::TransferLayerStyles", text); };
  setRules(layer, {rule(fill(QColor(230, 20, 20, 150), QColor(150, 0, 0), 0.5), QStringLiteral("\"lagging\" = 1"), t("Lagging")),
                   rule(fill(QColor(60, 180, 90, 90), QColor(30, 120, 50), 0.3), QStringLiteral("ELSE"), t("Four 100% met"))});
  labels(layer, QStringLiteral("CASE WHEN \"lagging\" = 1 THEN \"name\" || ' ' || to_string(round(\"share\" * 100)) || '%' END"), QColor(120, 0, 0), 7);
}

void covered(QgsVectorLayer *layer)
{
  layer->setRenderer(new QgsSingleSymbolRenderer(fill(QColor(40, 170, 120, 70), QColor(20, 120, 80), 0.3)));
}

void uncovered(QgsVectorLayer *layer)
{
  layer->setRenderer(new QgsSingleSymbolRenderer(fill(QColor(200, 30, 30, 200), QColor(200, 30, 30), 0.5, QStringLiteral("b_diagonal"))));
}

} // namespace onemap::TransferLayerStyles
