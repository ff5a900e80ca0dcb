// QGIS 3.22's label engine headers (feature.h, pointset.h) use QLinkedList,
// which the project's deprecation cut hides; this file alone lets it in.
#undef QT_DISABLE_DEPRECATED_BEFORE
#define QT_DISABLE_DEPRECATED_BEFORE 0x050E00

#include "SpriteLabels.h"

#include <QLinkedList>
#include <feature.h>
#include <labelposition.h>
#include <qgsmaptopixel.h>
#include <qgsrendercontext.h>
#include <qgslabelfeature.h>

#include <QPainter>
#include <cmath>

namespace onemap {

SpriteLabelProvider::SpriteLabelProvider(QgsVectorLayer *layer, const QString &providerId, const QgsPalLayerSettings *settings)
  : QgsVectorLayerLabelProvider(layer, providerId, false, settings)
{
}

void SpriteLabelProvider::drawLabel(QgsRenderContext &context, pal::LabelPosition *label) const
{
  QPainter *painter = context.painter();
  QgsLabelFeature *feature = label->getFeaturePart() ? label->getFeaturePart()->feature() : nullptr;
  // Only plain horizontal one-part labels look the same wherever they stand.
  if (!painter || !feature || label->nextPart() || label->getUpsideDown() || !qgsDoubleNear(label->getAlpha(), 0.0)
      || !qgsDoubleNear(painter->transform().m12(), 0.0) || !qgsDoubleNear(painter->transform().m21(), 0.0)) {
    QgsVectorLayerLabelProvider::drawLabel(context, label);
    return;
  }
  const QString text = feature->labelText();
  const QgsMapToPixel &mapToPixel = context.mapToPixel();
  const QPointF anchor = mapToPixel.transform(label->getX(), label->getY()).toQPointF();
  const QPoint at(qRound(anchor.x()), qRound(anchor.y()));

  QMutexLocker lock(&mLock);
  auto it = mSprites.constFind(text);
  if (it == mSprites.constEnd()) {
    // Drawn by QGIS once, around this label's own anchor, into a clear image.
    const double unitsPerPixel = mapToPixel.mapUnitsPerPixel();
    const int width = static_cast<int>(std::ceil(label->getWidth() / unitsPerPixel));
    const int height = static_cast<int>(std::ceil(label->getHeight() / unitsPerPixel));
    const int margin = qMax(8, height);
    Sprite sprite;
    sprite.image = QImage(width + 2 * margin, height + 2 * margin, QImage::Format_ARGB32_Premultiplied);
    sprite.image.fill(Qt::transparent);
    sprite.offset = QPoint(-margin, -(margin + height));
    {
      QPainter p(&sprite.image);
      p.setRenderHints(painter->renderHints());
      p.translate(margin - at.x(), margin + height - at.y());
      QgsRenderContext own(context);
      own.setPainter(&p);
      QgsVectorLayerLabelProvider::drawLabel(own, label);
    }
    ++mDrawn;
    it = mSprites.insert(text, sprite);
  } else {
    ++mCopied;
  }
  painter->drawImage(at + it->offset, it->image);
}

} // namespace onemap
