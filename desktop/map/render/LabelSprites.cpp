#include "LabelSprites.h"

#include <qgsreadwritecontext.h>
#include <qgspainteffect.h>
#include <qgspallabeling.h>
#include <qgsrendercontext.h>
#include <qgstextrenderer.h>

#include <QDomDocument>
#include <QPainter>
#include <cmath>

namespace onemap {

namespace {
// Label images: about ten thousand 7-point names with halo. When full they
// are dropped (a frame puts them together again from the characters).
constexpr qint64 kSpriteBudgetBytes = 96 * 1024 * 1024;
// Character images: the sample county's 250 characters in five colours at
// 16 phases take about 35 MB; past this the characters are dropped too.
constexpr qint64 kGlyphBudgetBytes = 256 * 1024 * 1024;
// Sub-pixel places per axis an image is drawn for.
constexpr int kPhases = 4;
} // namespace

LabelSprites::LabelSprites()
  : mSpriteBudget(kSpriteBudgetBytes)
{
}

LabelSprites &LabelSprites::shared()
{
  static LabelSprites sprites;
  return sprites;
}

QString LabelSprites::keyOf(const QgsTextFormat &format, const QgsRenderContext &context)
{
  // Everything the drawing depends on: the whole format, the device's
  // resolution and the two flags that change how text is drawn (so images
  // drawn ahead, in a context of their own, serve the frames); kept short
  // (a number per distinct description) since every lookup hashes it.
  QDomDocument doc;
  doc.appendChild(format.writeXml(doc, QgsReadWriteContext()));
  const QString description = doc.toString(-1) + QStringLiteral("|%1|%2|%3")
                                                   .arg(context.scaleFactor(), 0, 'g', 17)
                                                   .arg(static_cast<int>(context.flags() & (Qgis::RenderContextFlag::Antialiasing | Qgis::RenderContextFlag::ApplyScalingWorkaroundForTextRendering)))
                                                   .arg(static_cast<int>(context.textRenderFormat()));
  static QMutex lock;
  static QHash<QString, int> numbers;
  QMutexLocker locker(&lock);
  auto it = numbers.constFind(description);
  if (it == numbers.constEnd())
    it = numbers.insert(description, numbers.size());
  return QString::number(it.value());
}

void LabelSprites::setSpriteBudget(qint64 bytes)
{
  QMutexLocker lock(&mLock);
  mSpriteBudget = bytes < 0 ? kSpriteBudgetBytes : bytes;
}

void LabelSprites::clear()
{
  QMutexLocker lock(&mLock);
  mSprites.clear();
  mGlyphs.clear();
  mParts.clear();
  mSpriteBytes = 0;
  mGlyphBytes = 0;
  mDrawn = 0;
  mCopied = 0;
  mGlyphsDrawn = 0;
}

QImage LabelSprites::drawn(QgsRenderContext &context, const QgsTextFormat &format, const QString &text, const QPointF &corner,
                           const QSize &size)
{
  QImage image(size, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::transparent);
  QPainter painter(&image);
  QgsRenderContext own(context);
  own.setPainter(&painter);
  const double fontScale = context.testFlag(Qgis::RenderContextFlag::ApplyScalingWorkaroundForTextRendering)
                             ? QgsTextRenderer::FONT_WORKAROUND_SCALE
                             : 1.0;
  const double ascent = QgsTextRenderer::fontMetrics(context, format, fontScale).ascent() / fontScale;
  // QGIS draws a label's baseline a quarter of the ascent above its box's
  // bottom (QgsTextRenderer, label mode); point mode draws it at the point.
  QgsTextRenderer::drawText(QPointF(corner.x(), corner.y() - 0.25 * ascent), 0, QgsTextRenderer::AlignLeft, {text}, own, format);
  return image;
}

const LabelSprites::Parts &LabelSprites::partsOf(QgsRenderContext &context, const QgsTextFormat &format, const QString &formatKey)
{
  auto it = mParts.constFind(formatKey);
  if (it != mParts.constEnd())
    return it.value();
  Parts parts;
  // The halo alone: overlapping halos of neighbours stay one halo, its
  // opacity applied once to the whole label. (QGIS takes the text's and the
  // halo's alpha from their opacities.) The text's colour left out, labels
  // of every colour with the same font and halo share these images.
  parts.halo = format;
  parts.halo.setOpacity(0.0);
  parts.halo.setColor(Qt::black);
  QgsTextBufferSettings buffer = parts.halo.buffer();
  buffer.setOpacity(1.0);
  parts.halo.setBuffer(buffer);
  parts.haloKey = keyOf(parts.halo, context);
  parts.text = format;
  buffer = parts.text.buffer();
  buffer.setEnabled(false);
  parts.text.setBuffer(buffer);
  parts.textKey = keyOf(parts.text, context);
  return mParts.insert(formatKey, parts).value();
}

const QImage &LabelSprites::glyph(QgsRenderContext &context, const QgsTextFormat &part, const QString &partKey, const QString &character,
                                  const QPoint &phase, int margin, int height, const QSize &size)
{
  const QString key = partKey + QLatin1Char('\x1e') + QString::number(phase.x() * kPhases + phase.y()) + QLatin1Char('\x1e') + character;
  auto it = mGlyphs.find(key);
  if (it != mGlyphs.end())
    return it.value();
  const QImage image = drawn(context, part, character, cornerAt(margin, height, phase), size);
  mGlyphBytes += image.sizeInBytes();
  mGlyphsDrawn.fetchAndAddRelaxed(1);
  return mGlyphs.insert(key, image).value();
}

QPointF LabelSprites::cornerAt(int margin, int height, const QPoint &phase)
{
  return QPointF(margin + (phase.x() + 0.5) / kPhases, margin + height + (phase.y() + 0.5) / kPhases);
}

LabelSprites::Layout LabelSprites::layoutOf(QgsRenderContext &context, const QgsTextFormat &format)
{
  Layout l;
  l.fontScale = context.testFlag(Qgis::RenderContextFlag::ApplyScalingWorkaroundForTextRendering) ? QgsTextRenderer::FONT_WORKAROUND_SCALE : 1.0;
  l.metrics = QgsTextRenderer::fontMetrics(context, format, l.fontScale);
  const QgsTextBufferSettings &buffer = format.buffer();
  const double halo = buffer.enabled() ? context.convertToPainterUnits(buffer.size(), buffer.sizeUnit(), buffer.sizeMapUnitScale()) : 0.0;
  l.margin = static_cast<int>(std::ceil(halo)) + 3;
  l.height = static_cast<int>(std::ceil((l.metrics.ascent() + l.metrics.descent()) / l.fontScale));
  return l;
}

QSize LabelSprites::Layout::sizeOf(const QString &text) const
{
  return QSize(static_cast<int>(std::ceil(metrics.horizontalAdvance(text) / fontScale)) + 2 * margin + 2, height + 2 * margin + 1);
}

bool LabelSprites::composable(const QgsTextFormat &format)
{
  const QgsTextBufferSettings &buffer = format.buffer();
  return !format.background().enabled() && !format.shadow().enabled() && !format.mask().enabled() && !format.allowHtmlFormatting()
         && format.orientation() == QgsTextFormat::HorizontalOrientation
         && (!buffer.enabled() || !buffer.paintEffect() || !buffer.paintEffect()->enabled());
}

void LabelSprites::prewarm(QgsRenderContext &context, const QgsTextFormat &format, const QSet<QString> &characters,
                           const std::atomic<bool> *stop)
{
  if (!composable(format))
    return;
  const QString formatKey = keyOf(format, context);
  const Layout layout = layoutOf(context, format);
  for (const QString &c : characters) {
    if (stop && *stop)
      return;
    const QSize size = layout.sizeOf(c);
    // One character at a time: a frame drawing labels meanwhile waits little.
    QMutexLocker lock(&mLock);
    const Parts &parts = partsOf(context, format, formatKey);
    for (int x = 0; x < kPhases; ++x)
      for (int y = 0; y < kPhases; ++y) {
        if (format.buffer().enabled())
          glyph(context, parts.halo, parts.haloKey, c, QPoint(x, y), layout.margin, layout.height, size);
        glyph(context, parts.text, parts.textKey, c, QPoint(x, y), layout.margin, layout.height, size);
      }
  }
}

LabelSprites::Sprite LabelSprites::render(QgsRenderContext &context, const QgsTextFormat &format, const QString &formatKey, const QString &text,
                                          const QPoint &phase)
{
  const Layout layout = layoutOf(context, format);
  const QFontMetricsF &metrics = layout.metrics;
  const double fontScale = layout.fontScale;
  const int margin = layout.margin, height = layout.height;
  const QgsTextBufferSettings &buffer = format.buffer();
  const QSize size = layout.sizeOf(text);
  // The label's pixel is (margin, margin + height); its corner is drawn at
  // its phase within that pixel.
  const QPointF corner = cornerAt(margin, height, phase);
  Sprite sprite;
  sprite.offset = QPoint(-margin, -(margin + height));

  const QStringList characters = QgsPalLabeling::splitToGraphemes(text);
  if (!composable(format) || text.contains(QLatin1Char('\n')) || characters.size() < 2) {
    sprite.image = drawn(context, format, text, corner, size);
    return sprite;
  }
  // Each character where QGIS's layout puts it (its advance from the
  // corner), to the nearest phase: its image's pixel and its phase there.
  const Parts &parts = partsOf(context, format, formatKey);
  QVector<QPoint> at, phases;
  QVector<QSize> sizes;
  QString prefix;
  for (const QString &c : characters) {
    const double x = corner.x() + metrics.horizontalAdvance(prefix) / fontScale;
    const int pixel = static_cast<int>(std::floor(x));
    at << QPoint(pixel - margin, 0);
    phases << QPoint(qMin(kPhases - 1, static_cast<int>((x - pixel) * kPhases)), phase.y());
    sizes << layout.sizeOf(c);
    prefix += c;
  }
  sprite.image = QImage(size, QImage::Format_ARGB32_Premultiplied);
  sprite.image.fill(Qt::transparent);
  QPainter painter(&sprite.image);
  if (buffer.enabled()) {
    QImage halos(size, QImage::Format_ARGB32_Premultiplied);
    halos.fill(Qt::transparent);
    {
      QPainter h(&halos);
      for (int i = 0; i < characters.size(); ++i)
        h.drawImage(at[i], glyph(context, parts.halo, parts.haloKey, characters[i], phases[i], margin, height, sizes[i]));
    }
    painter.setOpacity(buffer.opacity());
    painter.drawImage(0, 0, halos);
    painter.setOpacity(1.0);
  }
  for (int i = 0; i < characters.size(); ++i)
    painter.drawImage(at[i], glyph(context, parts.text, parts.textKey, characters[i], phases[i], margin, height, sizes[i]));
  return sprite;
}

void LabelSprites::draw(QgsRenderContext &context, const QgsTextFormat &format, const QString &formatKey, const QString &text,
                        const QPointF &bottomLeft)
{
  QPainter *painter = context.painter();
  if (!painter || text.isEmpty())
    return;
  // The corner's pixel, and where in it (quarter pixels: copies land within
  // an eighth of a pixel of QGIS's own drawing).
  const QPoint pixel(static_cast<int>(std::floor(bottomLeft.x())), static_cast<int>(std::floor(bottomLeft.y())));
  const QPoint phase(qMin(kPhases - 1, static_cast<int>((bottomLeft.x() - pixel.x()) * kPhases)),
                     qMin(kPhases - 1, static_cast<int>((bottomLeft.y() - pixel.y()) * kPhases)));
  const QString key = formatKey + QLatin1Char('\x1f') + QString::number(phase.x() * kPhases + phase.y()) + QLatin1Char('\x1f') + text;
  Sprite sprite;
  {
    QMutexLocker lock(&mLock);
    auto it = mSprites.constFind(key);
    if (it != mSprites.constEnd()) {
      sprite = it.value();
      mCopied.fetchAndAddRelaxed(1);
    } else {
      if (mSpriteBytes > mSpriteBudget) {
        mSprites.clear();
        mSpriteBytes = 0;
      }
      if (mGlyphBytes > kGlyphBudgetBytes) {
        mGlyphs.clear();
        mGlyphBytes = 0;
      }
      sprite = render(context, format, formatKey, text, phase);
      mSpriteBytes += sprite.image.sizeInBytes();
      mSprites.insert(key, sprite);
      mDrawn.fetchAndAddRelaxed(1);
    }
  }
  painter->drawImage(pixel + sprite.offset, sprite.image);
}

} // namespace onemap
