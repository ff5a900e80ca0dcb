#include "EscalatedDangers.h"

#include "store/Store.h"
#include "warnings/WarningImpact.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QStringList>
#include <qgsexpression.h>
#include <qgsexpressionfunction.h>
#include <qgsexpressioncontextutils.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgsvectorlayer.h>
#include <algorithm>

namespace onemap::EscalatedDangers {

namespace {

// onemap_id_in(ids_text, id): true when id is one of the comma-separated ids.
// The text is parsed once and kept while it stays the same, so a repaint of
// 100,000 points does 100,000 hash lookups. Renders run in worker threads.
class IdInFunction : public QgsExpressionFunction
{
public:
  IdInFunction()
    : QgsExpressionFunction(QStringLiteral("onemap_id_in"), 2, QStringLiteral("OneMap"),
                            QStringLiteral("True when the second argument is one of the comma-separated ids of the first."), false, true)
  {
  }

  QVariant func(const QVariantList &values, const QgsExpressionContext *, QgsExpression *, const QgsExpressionNodeFunction *) override
  {
    if (values.value(0).isNull() || values.value(1).isNull())
      return false;
    const QString text = values.value(0).toString();
    const qint64 id = values.value(1).toLongLong();
    QMutexLocker lock(&mMutex);
    if (text != mText) {
      mText = text;
      mIds.clear();
      for (const QStringRef &part : text.splitRef(QLatin1Char(','), Qt::SkipEmptyParts))
        mIds.insert(part.toLongLong());
    }
    return mIds.contains(id);
  }

private:
  QMutex mMutex;
  QString mText;
  QSet<qint64> mIds;
};

void registerFunction()
{
  static const bool registered = [] {
    if (!QgsExpression::isFunctionName(QStringLiteral("onemap_id_in")))
      QgsExpression::registerFunction(new IdInFunction, true);
    return true;
  }();
  Q_UNUSED(registered)
}

} // namespace

QString expression()
{
  registerFunction();
  return QStringLiteral("onemap_id_in(@%1, \"id\")").arg(QLatin1String(kVariable));
}

QgsSymbol *symbol()
{
  auto circle = [](double sizeMm, const QColor &fill, const QColor &stroke, double strokeMm) {
    auto *layer = new QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase::Circle, sizeMm, 0, DEFAULT_SCALE_METHOD, fill, stroke);
    layer->setStrokeWidth(strokeMm);
    layer->setStrokeStyle(strokeMm > 0 ? Qt::SolidLine : Qt::NoPen);
    layer->setRenderingPass(0); // beneath the hazard symbols (pass 1)
    return layer;
  };
  return new QgsMarkerSymbol(QgsSymbolLayerList {circle(8.4, QColor(230, 0, 0, 60), QColor(0, 0, 0, 0), 0),
                                                 circle(8.4, QColor(0, 0, 0, 0), QColor(230, 0, 0), 0.55),
                                                 circle(5.8, QColor(0, 0, 0, 0), QColor(255, 140, 0), 0.7)});
}

QString label()
{
  return QCoreApplication::translate("onemap::EscalatedDangers", "Escalated (not signed off, inside an orange or red warning)");
}

Result<int> refresh(QgsVectorLayer *layer, const QString &storePath, const QDateTime &now)
{
  auto store = Store::open(storePath);
  if (!store)
    return store.status();
  Result<QSet<qint64>> ids = WarningImpact::escalatedDangerIds(*store.value(), now);
  if (!ids)
    return ids.status();
  QList<qint64> sorted = ids.value().values();
  std::sort(sorted.begin(), sorted.end());
  QStringList text;
  for (qint64 id : sorted)
    text << QString::number(id);
  QgsExpressionContextUtils::setLayerVariable(layer, QLatin1String(kVariable), text.join(QLatin1Char(',')));
  layer->triggerRepaint();
  return static_cast<int>(sorted.size());
}

} // namespace onemap::EscalatedDangers
