#pragma once
// \brief Label images drawn once by QGIS's text renderer and copied after.
// Drawing CJK text with a halo strokes every glyph outline; on a zoomed wall
// view with thousands of team and shelter names that took most of the frame.
// Each text of a text format is drawn once into a small image (halo and all)
// and kept for the life of the process, so later frames only copy it.
// Images are kept per quarter-pixel phase, so a copy lands within an eighth
// of a pixel of where QGIS would draw. A new text is put together from its
// characters, each drawn once by QGIS (halo and text apart, per phase): a
// county has tens of thousands of names but only a few hundred characters.
#include <qgstextformat.h>

#include <QAtomicInt>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QSet>
#include <atomic>

class QgsRenderContext;

namespace onemap {

class LabelSprites
{
public:
  //! The process's cache (bounded: emptied when it grows past its budget).
  static LabelSprites &shared();
  LabelSprites();

  //! Names \a format as drawn in \a context (sprites of one key look alike).
  static QString keyOf(const QgsTextFormat &format, const QgsRenderContext &context);

  //! Draws \a text as QGIS draws a one-line horizontal label whose box has
  //! its bottom-left corner at \a bottomLeft (device pixels).
  void draw(QgsRenderContext &context, const QgsTextFormat &format, const QString &formatKey, const QString &text,
            const QPointF &bottomLeft);

  //! Draws every character of \a characters in \a format at every phase,
  //! ahead of the frames that will need them (any thread). A county's labels
  //! use a few hundred characters; drawing them in the first zoomed frame
  //! took seconds.
  //! Stops early once \a stop is set.
  void prewarm(QgsRenderContext &context, const QgsTextFormat &format, const QSet<QString> &characters,
               const std::atomic<bool> *stop = nullptr);
  //! Whether labels in \a format can be put together from characters.
  static bool composable(const QgsTextFormat &format);

  int drawn() const { return mDrawn.loadRelaxed(); }   //!< texts drawn by QGIS
  int copied() const { return mCopied.loadRelaxed(); } //!< labels copied from an image
  int glyphsDrawn() const { return mGlyphsDrawn.loadRelaxed(); } //!< character images drawn by QGIS
  void clear(); //!< forgets every image and resets the counts
  //! Bytes of label images kept before they are dropped (negative: the default).
  //! Character images have a budget of their own, so dropping labels keeps them.
  void setSpriteBudget(qint64 bytes);

private:
  struct Sprite
  {
    QImage image;
    QPoint offset; //!< from the label's pixel to the image's top left
  };
  //! Where the parts of a label of one format go, in device pixels.
  struct Layout
  {
    double fontScale = 1;
    QFontMetricsF metrics {QFont()};
    int margin = 0; //!< room for the halo around the text
    int height = 0; //!< ascent + descent
    QSize sizeOf(const QString &text) const; //!< image for \a text, margins included
  };
  static Layout layoutOf(QgsRenderContext &context, const QgsTextFormat &format);
  Sprite render(QgsRenderContext &context, const QgsTextFormat &format, const QString &formatKey, const QString &text, const QPoint &phase);
  //! \a text drawn by QGIS as a label with its corner at \a corner, into an image of \a size.
  static QImage drawn(QgsRenderContext &context, const QgsTextFormat &format, const QString &text, const QPointF &corner, const QSize &size);
  //! Where a label's corner is drawn in its image: pixel (margin, margin + height) at \a phase.
  static QPointF cornerAt(int margin, int height, const QPoint &phase);
  //! A format split in its halo and its text, each with its key.
  struct Parts
  {
    QgsTextFormat halo, text;
    QString haloKey, textKey;
  };
  const Parts &partsOf(QgsRenderContext &context, const QgsTextFormat &format, const QString &formatKey);
  //! One character in one part of a format, laid out as in a label image.
  const QImage &glyph(QgsRenderContext &context, const QgsTextFormat &part, const QString &partKey, const QString &character,
                      const QPoint &phase, int margin, int height, const QSize &size);

  QMutex mLock;
  QHash<QString, Sprite> mSprites;
  QHash<QString, QImage> mGlyphs;
  QHash<QString, Parts> mParts;
  qint64 mSpriteBytes = 0, mGlyphBytes = 0;
  qint64 mSpriteBudget;
  QAtomicInt mDrawn, mCopied, mGlyphsDrawn;
};

} // namespace onemap
