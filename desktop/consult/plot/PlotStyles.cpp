#include "PlotStyles.h"

#include "map/LayerStyles.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <qgsarrowsymbollayer.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgslinesymbol.h>
#include <qgslinesymbollayer.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgspallabeling.h>
#include <qgsproperty.h>
#include <qgsrulebasedlabeling.h>
#include <qgsrulebasedrenderer.h>
#include <qgstextbuffersettings.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

namespace onemap::PlotStyles {

namespace {

struct Mark
{
  const char *code;
  const char *shape;
  QRgb color;
};

// The command marks of the county's plotting practice; shapes told apart
// without colour (the wall may be seen in grey on the video recording).
const Mark kMarks[] = {
  {"command", "star", 0xd00000},
  {"assembly", "hexagon", 0x2e7d32},
  {"rescue", "cross_fill", 0x1565c0},
  {"shelter", "square", 0x00897b},
  {"danger", "triangle", 0xef6c00},
  {"checkpoint", "diamond", 0x6a1b9a},
};

const Mark *findMark(const QString &code)
{
  for (const Mark &m : kMarks)
    if (code == QLatin1String(m.code))
      return &m;
  return nullptr;
}

// Only #rgb / #rrggbb: named colours and "rgb(...)" are not needed and widen what hostile text can reach.
QColor parseColor(const QString &text)
{
  static const QRegularExpression hex(QStringLiteral("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"));
  if (!hex.match(text).hasMatch())
    return QColor();
  return QColor(text);
}

double parseNumber(const QString &text, double min, double max)
{
  bool ok = false;
  const double v = text.toDouble(&ok);
  return ok && v >= min && v <= max ? v : 0.0;
}

QgsRuleBasedRenderer::Rule *rule(QgsSymbol *symbol, const QString &filter, const QString &legend)
{
  return new QgsRuleBasedRenderer::Rule(symbol, 0, 0, filter, legend);
}

QgsPalLayerSettings labelSettings(QgsPalLayerSettings::Placement placement, double pointSize, bool bold, double haloMm)
{
  QgsPalLayerSettings s;
  s.fieldName = QStringLiteral("label");
  s.isExpression = false;
  s.placement = placement;
  s.setFormat(LayerStyles::haloText(pointSize, QColor(30, 30, 30), bold, haloMm));
  s.displayAll = true; // a plot's words are the point of it: never hidden by a collision
  s.autoWrapLength = 24; // long words wrap at spaces rather than cross the wall
  return s;
}

} // namespace

PlotStyle parse(const QString &style, const QString &kind)
{
  PlotStyle s;
  const QString text = style.left(kMaxStyleChars);
  for (const QString &pair : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
    const int eq = pair.indexOf(QLatin1Char('='));
    if (eq <= 0)
      continue;
    const QString key = pair.left(eq).trimmed().toLower();
    const QString value = pair.mid(eq + 1).trimmed();
    if (key == QLatin1String("mark") && kind == QLatin1String("mark") && findMark(value.toLower()))
      s.mark = value.toLower();
    else if (key == QLatin1String("color") || key == QLatin1String("colour"))
      s.color = parseColor(value);
    else if (key == QLatin1String("width"))
      s.width = parseNumber(value, 0.2, 10);
    else if (key == QLatin1String("size"))
      s.size = parseNumber(value, 6, 72);
  }
  if (kind == QLatin1String("mark") && s.mark.isEmpty())
    s.mark = QStringLiteral("command");
  if (!s.color.isValid())
    s.color = defaultColor(kind, s.mark);
  return s;
}

QString format(const PlotStyle &s)
{
  QStringList parts;
  if (!s.mark.isEmpty())
    parts << QStringLiteral("mark=") + s.mark;
  if (s.color.isValid())
    parts << QStringLiteral("color=") + s.color.name(QColor::HexRgb);
  if (s.width > 0)
    parts << QStringLiteral("width=") + QString::number(s.width);
  if (s.size > 0)
    parts << QStringLiteral("size=") + QString::number(s.size);
  return parts.join(QLatin1Char(';'));
}

const QStringList &markCodes()
{
  static const QStringList codes = [] {
    QStringList c;
    for (const Mark &m : kMarks)
      c << QString::fromLatin1(m.code);
    return c;
  }();
  return codes;
}

QString markTitle(const QString &code)
{
  if (code == QLatin1String("command"))
    return QCoreApplication::translate("onemap::PlotStyles", "Command post");
  if (code == QLatin1String("assembly"))
    return QCoreApplication::translate("onemap::PlotStyles", "Assembly point");
  if (code == QLatin1String("rescue"))
    return QCoreApplication::translate("onemap::PlotStyles", "Rescue force");
  if (code == QLatin1String("shelter"))
    return QCoreApplication::translate("onemap::PlotStyles", "Shelter");
  if (code == QLatin1String("danger"))
    return QCoreApplication::translate("onemap::PlotStyles", "Danger spot");
  if (code == QLatin1String("checkpoint"))
    return QCoreApplication::translate("onemap::PlotStyles", "Checkpoint / road block");
  return code;
}

QColor markColor(const QString &code)
{
  const Mark *m = findMark(code);
  return QColor(m ? m->color : kMarks[0].color);
}

QString markShape(const QString &code)
{
  const Mark *m = findMark(code);
  return QString::fromLatin1(m ? m->shape : kMarks[0].shape);
}

QColor defaultColor(const QString &kind, const QString &mark)
{
  if (kind == QLatin1String("mark"))
    return markColor(mark);
  if (kind == QLatin1String("area"))
    return QColor(0xef6c00);
  if (kind == QLatin1String("line"))
    return QColor(0x1565c0);
  if (kind == QLatin1String("text"))
    return QColor(0x202020);
  return QColor(0xd00000); // arrows, and anything unknown
}

double defaultWidth(const QString &kind)
{
  if (kind == QLatin1String("arrow"))
    return 2.5; // the tail of the arrow
  if (kind == QLatin1String("area"))
    return 0.8;
  return 1.0;
}

double defaultTextSize() { return 20; }

QVector<QColor> palette()
{
  return {QColor(0xd00000), QColor(0xef6c00), QColor(0xf9a825), QColor(0x2e7d32),
          QColor(0x1565c0), QColor(0x6a1b9a), QColor(0x202020)};
}

void applyPointStyle(QgsVectorLayer *layer)
{
  // Marks: the shape and colour come from the feature, on a white badge that
  // keeps them readable over any base map.
  // A white badge beneath: the marks must stand out from the board's own small point symbols.
  auto *badge = new QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase::Circle, 9.5);
  badge->setColor(QColor(255, 255, 255, 225));
  badge->setStrokeColor(QColor(90, 90, 90));
  badge->setStrokeWidth(0.3);
  badge->setDataDefinedProperty(QgsSymbolLayer::PropertyStrokeColor, QgsProperty::fromField(QStringLiteral("color")));
  auto *shape = new QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase::Circle, 7.0);
  shape->setStrokeWidth(0.5); // in the mark's colour: thin shapes (the rescue cross) read bolder
  shape->setDataDefinedProperty(QgsSymbolLayer::PropertyStrokeColor, QgsProperty::fromField(QStringLiteral("color")));
  shape->setDataDefinedProperty(QgsSymbolLayer::PropertyName, QgsProperty::fromField(QStringLiteral("shape")));
  shape->setDataDefinedProperty(QgsSymbolLayer::PropertyFillColor, QgsProperty::fromField(QStringLiteral("color")));
  // Text needs a symbol too, an invisible one: QGIS labels only features its renderer draws.
  auto *anchor = new QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase::Circle, 0.5);
  anchor->setColor(Qt::transparent);
  anchor->setStrokeStyle(Qt::NoPen);
  auto *root = new QgsRuleBasedRenderer::Rule(nullptr);
  root->appendChild(rule(new QgsMarkerSymbol(QgsSymbolLayerList() << badge << shape), QStringLiteral("\"kind\" = 'mark'"),
                          QCoreApplication::translate("onemap::PlotStyles", "Marks")));
  root->appendChild(rule(new QgsMarkerSymbol(QgsSymbolLayerList() << anchor), QStringLiteral("ELSE"), QCoreApplication::translate("onemap::PlotStyles", "Text")));
  layer->setRenderer(new QgsRuleBasedRenderer(root));

  QgsPalLayerSettings text = labelSettings(QgsPalLayerSettings::OverPoint, defaultTextSize(), true, 1.2);
  text.dataDefinedProperties().setProperty(QgsPalLayerSettings::Size, QgsProperty::fromField(QStringLiteral("size")));
  text.dataDefinedProperties().setProperty(QgsPalLayerSettings::Color, QgsProperty::fromField(QStringLiteral("color")));
  QgsPalLayerSettings mark = labelSettings(QgsPalLayerSettings::AroundPoint, 12, true, 0.8);
  mark.dist = 2.0;
  auto *labels = new QgsRuleBasedLabeling::Rule(nullptr);
  labels->appendChild(new QgsRuleBasedLabeling::Rule(new QgsPalLayerSettings(text), 0, 0, QStringLiteral("\"kind\" = 'text'")));
  labels->appendChild(new QgsRuleBasedLabeling::Rule(new QgsPalLayerSettings(mark), 0, 0, QStringLiteral("\"kind\" = 'mark'")));
  layer->setLabeling(new QgsRuleBasedLabeling(labels));
  layer->setLabelsEnabled(true);
}

void applyLineStyle(QgsVectorLayer *layer)
{
  // Arrows: a filled QGIS arrow; its tail width, head and colour from the feature.
  auto *arrow = new QgsArrowSymbolLayer();
  arrow->setArrowWidth(defaultWidth(QStringLiteral("arrow")));
  arrow->setArrowStartWidth(defaultWidth(QStringLiteral("arrow")));
  arrow->setHeadLength(6);
  arrow->setHeadThickness(4.5);
  arrow->setIsCurved(true);
  arrow->setDataDefinedProperty(QgsSymbolLayer::PropertyArrowWidth, QgsProperty::fromField(QStringLiteral("width")));
  arrow->setDataDefinedProperty(QgsSymbolLayer::PropertyArrowStartWidth, QgsProperty::fromField(QStringLiteral("width")));
  arrow->setDataDefinedProperty(QgsSymbolLayer::PropertyArrowHeadLength, QgsProperty::fromExpression(QStringLiteral("\"width\" * 2.4")));
  arrow->setDataDefinedProperty(QgsSymbolLayer::PropertyArrowHeadThickness, QgsProperty::fromExpression(QStringLiteral("\"width\" * 1.8")));
  auto *body = new QgsSimpleFillSymbolLayer(defaultColor(QStringLiteral("arrow")), Qt::SolidPattern, Qt::white, Qt::SolidLine, 0.3);
  body->setDataDefinedProperty(QgsSymbolLayer::PropertyFillColor, QgsProperty::fromField(QStringLiteral("color")));
  arrow->setSubSymbol(new QgsFillSymbol(QgsSymbolLayerList() << body));

  auto *line = new QgsSimpleLineSymbolLayer(defaultColor(QStringLiteral("line")), defaultWidth(QStringLiteral("line")));
  line->setPenCapStyle(Qt::RoundCap);
  line->setPenJoinStyle(Qt::RoundJoin);
  line->setDataDefinedProperty(QgsSymbolLayer::PropertyStrokeColor, QgsProperty::fromField(QStringLiteral("color")));
  line->setDataDefinedProperty(QgsSymbolLayer::PropertyStrokeWidth, QgsProperty::fromField(QStringLiteral("width")));

  auto *root = new QgsRuleBasedRenderer::Rule(nullptr);
  root->appendChild(rule(new QgsLineSymbol(QgsSymbolLayerList() << arrow), QStringLiteral("\"kind\" = 'arrow'"),
                          QCoreApplication::translate("onemap::PlotStyles", "Arrows")));
  root->appendChild(rule(new QgsLineSymbol(QgsSymbolLayerList() << line), QStringLiteral("ELSE"), QCoreApplication::translate("onemap::PlotStyles", "Lines")));
  layer->setRenderer(new QgsRuleBasedRenderer(root));

  QgsPalLayerSettings s = labelSettings(QgsPalLayerSettings::Line, 13, true, 1.0);
  layer->setLabeling(new QgsVectorLayerSimpleLabeling(s));
  layer->setLabelsEnabled(true);
}

void applyAreaStyle(QgsVectorLayer *layer)
{
  // A see-through fill so the board beneath stays readable, and a dashed outline.
  auto *fill = new QgsSimpleFillSymbolLayer(defaultColor(QStringLiteral("area")), Qt::SolidPattern, defaultColor(QStringLiteral("area")),
                                            Qt::DashLine, defaultWidth(QStringLiteral("area")));
  fill->setDataDefinedProperty(QgsSymbolLayer::PropertyFillColor, QgsProperty::fromField(QStringLiteral("fill")));
  fill->setDataDefinedProperty(QgsSymbolLayer::PropertyStrokeColor, QgsProperty::fromField(QStringLiteral("color")));
  fill->setDataDefinedProperty(QgsSymbolLayer::PropertyStrokeWidth, QgsProperty::fromField(QStringLiteral("width")));
  auto *root = new QgsRuleBasedRenderer::Rule(nullptr);
  root->appendChild(rule(new QgsFillSymbol(QgsSymbolLayerList() << fill), QString(), QCoreApplication::translate("onemap::PlotStyles", "Areas")));
  layer->setRenderer(new QgsRuleBasedRenderer(root));

  QgsPalLayerSettings s = labelSettings(QgsPalLayerSettings::OverPoint, 14, true, 1.0);
  layer->setLabeling(new QgsVectorLayerSimpleLabeling(s));
  layer->setLabelsEnabled(true);
}

} // namespace onemap::PlotStyles
