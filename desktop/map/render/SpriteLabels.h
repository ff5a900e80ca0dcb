#pragma once
// \brief The label provider of crowded snapshot frames: QGIS draws the labels
// as usual, but a text already drawn in this frame is not drawn again: the
// first label of each text is drawn by QGIS into a small image (halo and
// all) and the others of the same text are that image, copied. Drawing CJK
// text with a halo strokes every glyph outline, which on a zoomed wall view
// with thousands of team and depot names took most of the frame.
#include <qgsvectorlayerlabelprovider.h>

#include <QHash>
#include <QImage>
#include <QMutex>

namespace onemap {

class SpriteLabelProvider : public QgsVectorLayerLabelProvider
{
public:
  //! \a phases per pixel and axis: copies land within 1/(2 phases) px of
  //! where QGIS would draw. Measured against plain QGIS: 4 leaves 0.2% of
  //! a labelled view's pixels different, 2 leaves 5%; 1 copies the most.
  SpriteLabelProvider(QgsVectorLayer *layer, const QString &providerId, const QgsPalLayerSettings *settings, int phases);

  void drawLabel(QgsRenderContext &context, pal::LabelPosition *label) const override;

  int drawn() const { return mDrawn; }   //!< labels drawn by QGIS itself
  int copied() const { return mCopied; } //!< labels copied from an image

private:
  struct Sprite
  {
    QImage image;
    QPoint offset; //!< from the label's rounded anchor to the image's top left
  };
  int mPhases;
  mutable QMutex mLock;
  mutable QHash<QString, Sprite> mSprites;
  mutable int mDrawn = 0;
  mutable int mCopied = 0;
};

} // namespace onemap
