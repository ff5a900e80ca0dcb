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

void tracking(QgsVectorLayer *layer)
{
  setRules(layer, {rule(fill(QColor(230, 20, 20, 150), QColor(150, 0, 0), 0.5), QStringLiteral("\"lagging\" = 1"),
                        QCoreApplication::translate("onemap::TransferLayerStyles", "Lagging")),
                   rule(fill(QColor(60, 180, 90, 90), QColor(30, 120, 50), 0.3), QStringLiteral("ELSE"),
                        QCoreApplication::translate("onemap::TransferLayerStyles", "Four 100% met"))});
  labels(layer, QStringLiteral("CASE WHEN \"lagging\" = 1 THEN \"name\" || ' ' || to_string(round(\"share\" * 100)) || '%' END"), QColor(120, 0, 0), 7);
}

} // namespace onemap::TransferLayerStyles
