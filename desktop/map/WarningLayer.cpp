#include "WarningLayer.h"

#include "FieldLabels.h"
#include "LayerStyles.h"
#include "warnings/Warning.h"
#include "warnings/WarningStage.h"

#include <QCoreApplication>
#include <qgsexpression.h>
#include <qgsexpressionfunction.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgspallabeling.h>
#include <qgsproperty.h>
#include <qgsrulebasedrenderer.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>
#include <qgsvectorlayertemporalproperties.h>

namespace onemap::WarningLayer {

namespace {

// onemap_warning_stage(stage, onset, effective, now): WarningStage::at, so the
// map and the dock share the one rule. Pure, so safe in render threads.
class StageFunction : public QgsExpressionFunction
{
public:
  StageFunction()
    : QgsExpressionFunction(QString::fromLatin1(kStageFunction), 4, QStringLiteral("OneMap"),
                            QStringLiteral("Progressive warning stage (72h, 24h, 6h, 2h, live) of a warning at a time."), false, true)
  {
  }
  QVariant func(const QVariantList &values, const QgsExpressionContext *, QgsExpression *, const QgsExpressionNodeFunction *) override
  {
    auto text = [](const QVariant &v) { return v.isNull() ? QString() : v.toString(); };
    const QVariant &now = values.value(3);
    QDateTime at = now.userType() == QMetaType::QDateTime ? now.toDateTime() : QDateTime::fromString(text(now), Qt::ISODate);
    if (!at.isValid())
      at = QDateTime::currentDateTimeUtc();
    const QString stage = WarningStage::at(text(values.value(0)), text(values.value(1)), text(values.value(2)), at);
    return stage.isEmpty() ? QVariant() : QVariant(stage);
  }
};

// onemap_local_datetime(iso): the instant as this machine's wall clock.
// QGIS compares date-times by their wall-clock fields, ignoring offsets, and
// the temporal controller's frames are local times; store times carry the
// sender's offset (+08:00), so they are brought onto the same clock first.
class LocalTimeFunction : public QgsExpressionFunction
{
public:
  LocalTimeFunction()
    : QgsExpressionFunction(QString::fromLatin1(kLocalTimeFunction), 1, QStringLiteral("OneMap"),
                            QStringLiteral("An ISO 8601 date-time with offset as this computer's local time."))
  {
  }
  QVariant func(const QVariantList &values, const QgsExpressionContext *, QgsExpression *, const QgsExpressionNodeFunction *) override
  {
    const QDateTime t = QDateTime::fromString(values.value(0).toString(), Qt::ISODate);
    return t.isValid() ? QVariant(t.toLocalTime()) : QVariant();
  }
};

// The label of the code \a expression yields, from FieldLabels (the code itself if unknown).
QString labelled(const QString &expression, const QVector<QPair<QString, QString>> &codes)
{
  QStringList pairs;
  for (const auto &c : codes)
    pairs << QgsExpression::quotedString(c.first) << QgsExpression::quotedString(c.second);
  return QStringLiteral("coalesce(map_get(map(%1), %2), %2)").arg(pairs.join(QStringLiteral(", ")), expression);
}

QVector<QPair<QString, QString>> colourNames()
{
  QVector<QPair<QString, QString>> out;
  for (const QString &level : Warning::levels())
    out << qMakePair(level, FieldLabels::warningColourName(level));
  return out;
}

QgsFillSymbol *area(const QColor &colour, int fillAlpha, double outlineMm, Qt::PenStyle outlineStyle, int pass)
{
  QColor fill = colour;
  fill.setAlpha(fillAlpha);
  auto *layer = new QgsSimpleFillSymbolLayer(fill, fillAlpha == 0 ? Qt::NoBrush : Qt::SolidPattern, colour, outlineStyle, outlineMm);
  layer->setRenderingPass(pass);
  return new QgsFillSymbol(QgsSymbolLayerList {layer});
}

void renderer(QgsVectorLayer *layer)
{
  const QString table = QStringLiteral("warnings");
  auto *root = new QgsRuleBasedRenderer::Rule(nullptr);
  // History underneath: one legend entry, dashed and hardly filled, its
  // outline in the level's colour (muted) on the map.
  QgsFillSymbol *muted = area(QColor(130, 130, 130, 150), 18, 0.5, Qt::DashLine, 0);
  QString stroke = QStringLiteral("CASE");
  QString fill = QStringLiteral("CASE");
  for (const QString &level : Warning::levels()) {
    const QColor c = LayerStyles::warningColour(level);
    stroke += QStringLiteral(" WHEN \"level\" = '%1' THEN '%2,%3,%4,150'").arg(level).arg(c.red()).arg(c.green()).arg(c.blue());
    fill += QStringLiteral(" WHEN \"level\" = '%1' THEN '%2,%3,%4,18'").arg(level).arg(c.red()).arg(c.green()).arg(c.blue());
  }
  muted->symbolLayer(0)->setDataDefinedProperty(QgsSymbolLayer::PropertyStrokeColor, QgsProperty::fromExpression(stroke + QStringLiteral(" END")));
  muted->symbolLayer(0)->setDataDefinedProperty(QgsSymbolLayer::PropertyFillColor, QgsProperty::fromExpression(fill + QStringLiteral(" END")));
  auto *history = new QgsRuleBasedRenderer::Rule(muted, 0, 0, QStringLiteral("\"status\" <> 'active'"),
                                                 QCoreApplication::translate("onemap::WarningLayer", "History (expired, updated, cancelled)"));
  // In force: blue, yellow, orange, red in rising passes, so the most severe
  // outline is never hidden under a milder one where areas overlap.
  const QStringList severestFirst {QStringLiteral("red"), QStringLiteral("orange"), QStringLiteral("yellow"), QStringLiteral("blue")};
  for (const QString &level : severestFirst) {
    const int pass = 1 + Warning::levels().indexOf(level);
    root->appendChild(new QgsRuleBasedRenderer::Rule(area(LayerStyles::warningColour(level), 60, 0.9, Qt::SolidLine, pass), 0, 0,
                                                     QStringLiteral("\"status\" = 'active' AND \"level\" = '%1'").arg(level),
                                                     FieldLabels::value(table, QStringLiteral("level"), level)));
  }
  root->appendChild(history);
  auto *r = new QgsRuleBasedRenderer(root);
  r->setUsingSymbolLevels(true);
  layer->setRenderer(r);
}

void labels(QgsVectorLayer *layer)
{
  QgsPalLayerSettings s;
  s.isExpression = true;
  s.fieldName = labelExpression();
  // Under the township name that sits on the same centroid.
  s.placement = QgsPalLayerSettings::OverPoint;
  s.quadOffset = QgsPalLayerSettings::QuadrantBelow;
  s.yOffset = 1.5;
  s.priority = 8;
  s.setFormat(LayerStyles::haloText(9, QColor(40, 40, 40), true, 1.0));
  // Text in the level's colour, darkened so yellow stays readable.
  QString colour = QStringLiteral("CASE \"level\"");
  for (const QString &level : Warning::levels())
    colour += QStringLiteral(" WHEN '%1' THEN '%2'").arg(level, LayerStyles::warningColour(level).darker(level == QLatin1String("yellow") ? 170 : 130).name());
  colour += QStringLiteral(" END");
  s.dataDefinedProperties().setProperty(QgsPalLayerSettings::Color, QgsProperty::fromExpression(colour));
  layer->setLabeling(new QgsVectorLayerSimpleLabeling(s));
  layer->setLabelsEnabled(true);
}

void temporal(QgsVectorLayer *layer)
{
  auto *t = qobject_cast<QgsVectorLayerTemporalProperties *>(layer->temporalProperties());
  if (!t)
    return;
  t->setMode(Qgis::VectorTemporalMode::FeatureDateTimeStartAndEndFromExpressions);
  t->setStartExpression(startExpression());
  t->setEndExpression(endExpression());
  t->setLimitMode(Qgis::VectorTemporalLimitMode::IncludeBeginExcludeEnd);
  t->setIsActive(true);
}

} // namespace

QString inForceSubset() { return QStringLiteral("status = 'active'"); }

void registerFunctions()
{
  static const bool registered = QgsExpression::registerFunction(new StageFunction, true)
                                 && QgsExpression::registerFunction(new LocalTimeFunction, true);
  Q_UNUSED(registered)
}

QString stageExpression()
{
  // A replay frame's start is "now" while the temporal controller runs.
  return QStringLiteral("%1(\"stage\", \"onset\", \"effective\", coalesce(@%2, @map_start_time, now()))")
    .arg(QLatin1String(kStageFunction), QLatin1String(kNowVariable));
}

QString labelExpression()
{
  const QString table = QStringLiteral("warnings");
  const QString hazard = labelled(QStringLiteral("\"hazard\""), FieldLabels::values(table, QStringLiteral("hazard")));
  const QString level = labelled(QStringLiteral("\"level\""), colourNames());
  const QString stage = labelled(stageExpression(), FieldLabels::values(table, QStringLiteral("stage")));
  const QString status = labelled(QStringLiteral("\"status\""), FieldLabels::values(table, QStringLiteral("status")));
  return QStringLiteral("CASE WHEN \"status\" = 'active' THEN concat(%1, ' ', %2, ' ', %3) ELSE concat(%2, ' ', %3, ' (', %4, ')') END")
    .arg(stage, hazard, level, status);
}

QString startExpression() { return QStringLiteral("%1(coalesce(\"effective\", \"sent\"))").arg(QLatin1String(kLocalTimeFunction)); }
QString endExpression() { return QStringLiteral("%1(\"expires\")").arg(QLatin1String(kLocalTimeFunction)); }

void style(QgsVectorLayer *layer)
{
  registerFunctions();
  renderer(layer);
  labels(layer);
  temporal(layer);
}

void setHistory(QgsVectorLayer *layer, bool history)
{
  if (!layer || showsHistory(layer) == history)
    return;
  layer->setSubsetString(history ? QString() : inForceSubset());
  layer->triggerRepaint();
}

bool showsHistory(const QgsVectorLayer *layer) { return layer && layer->subsetString().isEmpty(); }

} // namespace onemap::WarningLayer
