#include "PointDrawing.h"

#include <qgsmaptopixel.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgsrendercontext.h>
#include <qgssymbollayer.h>

#include <QMap>
#include <QPainter>
#include <QPaintDevice>
#include <unordered_set>

namespace onemap {

namespace {

bool opaqueOrClear(const QColor &c) { return !c.isValid() || c.alpha() == 0 || c.alpha() == 255; }

// A symbol painted twice on the same spot looks like it painted once only
// when nothing in it is translucent and nothing varies by feature.
bool thinnable(const QgsSymbol *symbol)
{
  if (!symbol || symbol->hasDataDefinedProperties() || symbol->opacity() < 1.0)
    return false;
  for (int j = 0; j < symbol->symbolLayerCount(); ++j) {
    const QgsSymbolLayer *layer = symbol->symbolLayer(j);
    if (!opaqueOrClear(layer->color()) || !opaqueOrClear(layer->strokeColor()) || !opaqueOrClear(layer->fillColor()))
      return false;
    if (layer->paintEffect())
      return false;
  }
  return true;
}

// Keeps, of the items sharing a key, only the last one: it paints over the rest.
class Thinner
{
public:
  explicit Thinner(int expected) { mSeen.reserve(static_cast<size_t>(expected)); }
  //! Call from the last item to the first; true when the item is still visible.
  bool keep(quint64 group, const QPointF &device, double ratio)
  {
    const qint64 x = static_cast<qint64>(std::floor(device.x() * ratio));
    const qint64 y = static_cast<qint64>(std::floor(device.y() * ratio));
    const quint64 key = (group << 40) ^ (static_cast<quint64>(y & 0xFFFFF) << 20) ^ static_cast<quint64>(x & 0xFFFFF);
    return mSeen.insert(key).second;
  }

private:
  std::unordered_set<quint64> mSeen;
};

} // namespace

QVector<int> PointDrawing::rowsInExtent(const PointSnapshot &snapshot, const QgsRenderContext &context)
{
  const QgsRectangle extent = context.extent();
  QVector<int> rows;
  rows.reserve(snapshot.count());
  for (int i = 0; i < snapshot.count(); ++i) {
    const QgsPointXY &p = snapshot.points[i];
    if (snapshot.symbolSet[i] >= 0 && extent.contains(p))
      rows << i;
  }
  return rows;
}

QVector<QPointF> PointDrawing::devicePoints(const PointSnapshot &snapshot, const QVector<int> &rows, const QgsRenderContext &context)
{
  const auto projected = snapshot.projected(context.coordinateTransform());
  const QgsMapToPixel &mapToPixel = context.mapToPixel();
  QVector<QPointF> device(rows.size());
  for (int k = 0; k < rows.size(); ++k) {
    const QPointF &p = projected->at(rows[k]);
    device[k] = mapToPixel.transform(p.x(), p.y()).toQPointF();
  }
  return device;
}

PointDrawing::Stats PointDrawing::draw(const PointSnapshot &snapshot, const QgsSymbolList &symbols, Order order,
                                       QgsRenderContext &context, const QgsFeatureIds &selected)
{
  Stats stats;
  const QVector<int> rows = rowsInExtent(snapshot, context);
  stats.inExtent = rows.size();
  if (rows.isEmpty())
    return stats;

  const QVector<QPointF> device = devicePoints(snapshot, rows, context);
  const double ratio = context.painter() && context.painter()->device() ? context.painter()->device()->devicePixelRatioF() : 1.0;
  const bool showSelection = context.showSelection() && !selected.isEmpty();
  QVector<bool> isSelected(rows.size(), false);
  if (showSelection)
    for (int k = 0; k < rows.size(); ++k)
      isSelected[k] = selected.contains(snapshot.ids[rows[k]]);

  QVector<QgsMarkerSymbol *> markers(symbols.size(), nullptr);
  QVector<bool> canThin(symbols.size(), false), needsFeature(symbols.size(), false);
  for (int i = 0; i < symbols.size(); ++i) {
    markers[i] = dynamic_cast<QgsMarkerSymbol *>(symbols[i]);
    canThin[i] = thinnable(symbols[i]);
    needsFeature[i] = symbols[i] && symbols[i]->hasDataDefinedProperties();
  }

  // The feature a data-defined symbol evaluates against, as the layer renderer sets it.
  QgsFeature feature;
  auto featureFor = [&](int k, int i) -> const QgsFeature * {
    if (!needsFeature[i])
      return nullptr;
    feature = snapshot.feature(rows[k]);
    context.expressionContext().setFeature(feature);
    return &feature;
  };
  auto paint = [&](int k, int i, int layer) {
    if (!markers[i])
      return;
    markers[i]->renderPoint(device[k], featureFor(k, i), context, layer, isSelected[k]);
    ++stats.drawn;
  };

  if (order == Order::ByFeature) {
    // A feature is painted over when a later one has the same symbols at the same pixel.
    QVector<bool> setThins(snapshot.symbolSets.size(), true);
    for (int s = 0; s < snapshot.symbolSets.size(); ++s)
      for (int i : snapshot.symbolSets[s])
        setThins[s] = setThins[s] && i < canThin.size() && canThin[i];
    QVector<bool> keep(rows.size(), true);
    Thinner thinner(rows.size());
    for (int k = rows.size() - 1; k >= 0; --k) {
      const int set = snapshot.symbolSet[rows[k]];
      if (setThins[set])
        keep[k] = thinner.keep(static_cast<quint64>(set) * 2 + isSelected[k], device[k], ratio);
    }
    for (int k = 0; k < rows.size(); ++k) {
      if (context.renderingStopped())
        break;
      const QVector<int> &set = snapshot.symbolSets[snapshot.symbolSet[rows[k]]];
      if (!keep[k]) {
        stats.thinned += set.size();
        continue;
      }
      for (int i : set)
        if (i < symbols.size())
          paint(k, i, -1);
    }
    return stats;
  }

  // Symbol levels: thin per symbol, then paint pass by pass.
  QVector<QVector<bool>> keep(symbols.size());
  QVector<QVector<int>> rowsOf(symbols.size());
  for (int k = 0; k < rows.size(); ++k)
    for (int i : snapshot.symbolSets[snapshot.symbolSet[rows[k]]])
      if (i < symbols.size())
        rowsOf[i] << k;
  for (int i = 0; i < symbols.size(); ++i) {
    keep[i] = QVector<bool>(rows.size(), true);
    if (!canThin[i])
      continue;
    Thinner thinner(rowsOf[i].size());
    for (int n = rowsOf[i].size() - 1; n >= 0; --n) {
      const int k = rowsOf[i][n];
      keep[i][k] = thinner.keep(static_cast<quint64>(i) * 2 + isSelected[k], device[k], ratio);
    }
  }

  QMap<int, QVector<QPair<int, int>>> passes; // pass -> (symbol, symbol layer), in symbol order
  for (int i = 0; i < symbols.size(); ++i)
    for (int j = 0; symbols[i] && j < symbols[i]->symbolLayerCount(); ++j) {
      const int pass = symbols[i]->symbolLayer(j)->renderingPass();
      if (pass >= 0 && pass < 1000)
        passes[pass] << qMakePair(i, j);
    }

  for (auto level = passes.cbegin(); level != passes.cend(); ++level) {
    if (context.renderingStopped())
      break;
    if (order == Order::LevelsBySymbol) {
      for (const auto &item : level.value())
        for (int k : rowsOf[item.first]) {
          if (keep[item.first][k])
            paint(k, item.first, item.second);
          else
            ++stats.thinned;
        }
      continue;
    }
    // LevelsByFeature: each feature's symbols in turn, only their layers of this pass.
    QVector<QVector<int>> layersOf(symbols.size());
    for (const auto &item : level.value())
      layersOf[item.first] << item.second;
    for (int k = 0; k < rows.size(); ++k)
      for (int i : snapshot.symbolSets[snapshot.symbolSet[rows[k]]]) {
        if (i >= symbols.size() || layersOf[i].isEmpty())
          continue;
        if (!keep[i][k]) {
          stats.thinned += layersOf[i].size();
          continue;
        }
        for (int j : layersOf[i])
          paint(k, i, j);
      }
  }
  return stats;
}

} // namespace onemap
