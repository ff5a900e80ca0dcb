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


SpriteLabelProvider::SpriteLabelProvider(QgsVectorLayer *layer, const QString &providerId, const QgsPalLayerSettings *settings, int phases)
  : QgsVectorLayerLabelProvider(layer, providerId, false, settings)
  , mPhases(qMax(1, phases))
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
  const QgsMapToPixel &mapToPixel = context.mapToPixel();
  const QPointF anchor = mapToPixel.transform(label->getX(), label->getY()).toQPointF();
  const QPoint at(static_cast<int>(std::floor(anchor.x())), static_cast<int>(std::floor(anchor.y())));
  // Antialiased glyph edges depend on where within a pixel the text starts:
  // one image per text and phase keeps copies within 1/(2 phases) px.
  const int phaseX = static_cast<int>((anchor.x() - at.x()) * mPhases) % mPhases;
  const int phaseY = static_cast<int>((anchor.y() - at.y()) * mPhases) % mPhases;
  const QString text = feature->labelText() + QLatin1Char('\x1f') + QString::number(phaseX * mPhases + phaseY);

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
      // The label's anchor lands at its quarter-pixel phase within the image.
      p.translate(margin - anchor.x() + (phaseX + 0.5) / mPhases, margin + height - anchor.y() + (phaseY + 0.5) / mPhases);
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
