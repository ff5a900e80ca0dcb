// Crowded frames draw their labels from LabelSprites (map/render): each text
// put together from characters QGIS drew once. Here the same labels, at the
// same places, drawn by plain QGIS (a labelled memory layer whose labels sit
// with their box's bottom-left at the point) and by LabelSprites, new and
// copied, must look the same: few of the labels' pixels may differ.
#include "ImageCompare.h"
#include "app/QgisRuntime.h"
#include "map/LayerStyles.h"
#include "map/render/LabelSprites.h"

#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgspallabeling.h>
#include <qgsproperty.h>
#include <qgsrendercontext.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsmarkersymbol.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QDir>
#include <QPainter>
#include <QtTest>
#include <memory>

using namespace onemap;

namespace {

const QSize kSize(1200, 600);
const QColor kGround(150, 150, 150); // a halo's opacity shows on grey

QgsMapSettings settings(QgsVectorLayer *layer = nullptr)
{
  QgsMapSettings s;
  s.setOutputSize(kSize);
  s.setOutputDpi(96);
  s.setBackgroundColor(kGround);
  s.setExtent(QgsRectangle(0, 0, kSize.width(), kSize.height())); // one map unit per pixel
  if (layer) {
    s.setDestinationCrs(layer->crs());
    s.setLayers({layer});
  }
  return s;
}

// Share of the labels' pixels (not ground in either image) that differ.
double inkDifference(const QImage &a, const QImage &b, qint64 *ink)
{
  const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
  qint64 differ = 0;
  *ink = 0;
  for (int row = 0; row < x.height(); ++row)
    for (int col = 0; col < x.width(); ++col) {
      const QRgb p = x.pixel(col, row), q = y.pixel(col, row);
      if (p == kGround.rgb() && q == kGround.rgb())
        continue;
      ++*ink;
      const int d = qMax(qMax(qAbs(qRed(p) - qRed(q)), qAbs(qGreen(p) - qGreen(q))), qAbs(qBlue(p) - qBlue(q)));
      if (d > 32)
        ++differ;
    }
  return *ink ? double(differ) / double(*ink) : 1.0;
}

} // namespace

class TestLabelSprites : public QObject
{
  Q_OBJECT

private slots:
  void sameAsQgis_data()
  {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("bold");
    QTest::addColumn<bool>("phaseCentres");
    QTest::addColumn<double>("bound");
    // Corners at the centres of the quarter-pixel phases images are kept
    // for: CJK characters land exactly (measured 0.00%), Latin ones within
    // an eighth of a pixel (their advances are not whole quarters; 5.2%).
    QTest::newRow("team, phase centres") << QStringLiteral("城关镇地质灾害抢险专业队") << false << true << 0.005;
    QTest::newRow("mixed, phase centres") << QStringLiteral("2号避难场所 (II 级)") << false << true << 0.005;
    QTest::newRow("bold, phase centres") << QStringLiteral("示范县综合性消防救援大队") << true << true << 0.005;
    QTest::newRow("latin, phase centres") << QStringLiteral("Team 12, Wuling") << false << true << 0.08;
    // Anywhere: within an eighth of a pixel, which moves the antialiased
    // edges of 7-point strokes (measured 9% to 15% of label pixels).
    QTest::newRow("team") << QStringLiteral("城关镇地质灾害抢险专业队") << false << false << 0.2;
    QTest::newRow("depot") << QStringLiteral("刘家坪村超市协议储备点") << false << false << 0.2;
    QTest::newRow("latin") << QStringLiteral("Team 12, Wuling") << false << false << 0.2;
  }

  void sameAsQgis()
  {
    QFETCH(QString, text);
    QFETCH(bool, bold);
    QFETCH(bool, phaseCentres);
    QFETCH(double, bound);
    const QgsTextFormat format = LayerStyles::haloText(7, QColor(160, 0, 0), bold);
    // Label corners at fractions of a pixel, as map points fall.
    const QList<QPointF> corners = phaseCentres ? QList<QPointF> {{40.125, 80.125}, {600.375, 80.625}, {40.625, 300.875}, {600.875, 300.375}, {333.125, 520.625}}
                                                : QList<QPointF> {{40.0, 80.0}, {600.25, 80.5}, {40.5, 300.75}, {600.75, 300.25}, {333.3, 520.6}};

    auto layer = std::make_unique<QgsVectorLayer>(QStringLiteral("Point?crs=EPSG:3857&field=name:string"), QStringLiteral("labels"),
                                                  QStringLiteral("memory"));
    QgsFeatureList features;
    for (const QPointF &c : corners) {
      QgsFeature f(layer->fields());
      f.setAttribute(0, text);
      f.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(c.x(), kSize.height() - c.y())));
      features << f;
    }
    QVERIFY(layer->dataProvider()->addFeatures(features));
    QVariantMap none;
    none[QStringLiteral("name")] = QStringLiteral("circle");
    none[QStringLiteral("size")] = QStringLiteral("0");
    layer->setRenderer(new QgsSingleSymbolRenderer(QgsMarkerSymbol::createSimple(none)));
    QgsPalLayerSettings s;
    s.fieldName = QStringLiteral("name");
    s.placement = QgsPalLayerSettings::AroundPoint;
    s.setFormat(format);
    s.displayAll = true;
    // Each label's box with its bottom-left corner on the point, as a crowded frame places it.
    QgsPropertyCollection properties;
    properties.setProperty(QgsPalLayerSettings::PositionX, QgsProperty::fromExpression(QStringLiteral("$x")));
    properties.setProperty(QgsPalLayerSettings::PositionY, QgsProperty::fromExpression(QStringLiteral("$y")));
    properties.setProperty(QgsPalLayerSettings::Hali, QgsProperty::fromValue(QStringLiteral("Left")));
    properties.setProperty(QgsPalLayerSettings::Vali, QgsProperty::fromValue(QStringLiteral("Bottom")));
    s.setDataDefinedProperties(properties);
    layer->setLabeling(new QgsVectorLayerSimpleLabeling(s));
    layer->setLabelsEnabled(true);

    const QgsMapSettings map = settings(layer.get());
    QgsMapRendererSequentialJob job(map);
    job.start();
    job.waitForFinished();
    const QImage qgis = job.renderedImage();

    QImage sprites(kSize, QImage::Format_ARGB32_Premultiplied);
    sprites.fill(kGround);
    {
      QPainter painter(&sprites);
      painter.setRenderHint(QPainter::Antialiasing);
      QgsRenderContext context = QgsRenderContext::fromMapSettings(map);
      context.setPainter(&painter);
      LabelSprites::shared().clear();
      const QString key = LabelSprites::keyOf(format, context);
      for (const QPointF &c : corners)
        LabelSprites::shared().draw(context, format, key, text, c);
    }
    // The first was put together from characters, the others copied.
    qint64 ink = 0;
    const double share = inkDifference(sprites, qgis, &ink);
    qInfo("%s: %.2f%% of %lld label pixels differ", QTest::currentDataTag(), 100 * share, ink);
    if (qEnvironmentVariableIsSet("ONEMAP_SAVE_RENDER")) {
      QDir().mkpath(QStringLiteral(ONEMAP_BINARY_DIR "/render-report"));
      const QString tag = QString::fromUtf8(QTest::currentDataTag()).replace(QStringLiteral(", "), QStringLiteral("-")).replace(QLatin1Char(' '), QLatin1Char('-'));
      sprites.save(QStringLiteral(ONEMAP_BINARY_DIR "/render-report/sprites-%1.png").arg(tag));
      qgis.save(QStringLiteral(ONEMAP_BINARY_DIR "/render-report/qgis-%1.png").arg(tag));
    }
    QVERIFY2(ink > 500 * corners.size(), qPrintable(QString::number(ink))); // the labels were drawn at all
    QVERIFY2(share < bound, qPrintable(QStringLiteral("%1% differ").arg(100 * share)));
  }

  void copies()
  {
    // The second label of a text at the same phase is the first one's image.
    const QgsTextFormat format = LayerStyles::haloText(7, QColor(20, 50, 150), false);
    const QgsMapSettings map = settings();
    QImage image(kSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(kGround);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QgsRenderContext context = QgsRenderContext::fromMapSettings(map);
    context.setPainter(&painter);
    LabelSprites::shared().clear();
    const QString key = LabelSprites::keyOf(format, context);
    const QString text = QStringLiteral("青山村应急物资储备点");
    LabelSprites::shared().draw(context, format, key, text, QPointF(100.3, 100.6));
    LabelSprites::shared().draw(context, format, key, text, QPointF(500.3, 300.6));
    LabelSprites::shared().draw(context, format, key, text, QPointF(100.8, 300.1)); // another phase
    painter.end();
    QCOMPARE(LabelSprites::shared().drawn(), 2);
    QCOMPARE(LabelSprites::shared().copied(), 1);
    const QImage first = image.copy(90, 80, 200, 30), second = image.copy(490, 280, 200, 30);
    QCOMPARE(first, second);
    qint64 ink = 0;
    QImage ground(first.size(), first.format());
    ground.fill(kGround);
    QVERIFY(inkDifference(first, ground, &ink) > 0.5 && ink > 300); // something was drawn
  }

  void prewarmed()
  {
    // Characters drawn ahead serve later labels: a label of those
    // characters is put together without QGIS drawing anything more.
    const QgsTextFormat format = LayerStyles::haloText(7, QColor(0, 100, 40), false);
    const QgsMapSettings map = settings();
    QgsRenderContext ahead = QgsRenderContext::fromMapSettings(map); // no painter, as in the background
    LabelSprites::shared().clear();
    const QString text = QStringLiteral("青山村二号避难场所");
    const QStringList characters = QgsPalLabeling::splitToGraphemes(text);
    LabelSprites::shared().prewarm(ahead, format, QSet<QString>(characters.cbegin(), characters.cend()));
    const int warmed = LabelSprites::shared().glyphsDrawn();
    QCOMPARE(warmed, characters.size() * 16 * 2); // halo and text, quarter-pixel phases on both axes

    QImage image(kSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(kGround);
    QPainter painter(&image);
    QgsRenderContext context = QgsRenderContext::fromMapSettings(map);
    context.setPainter(&painter);
    const QString key = LabelSprites::keyOf(format, context);
    LabelSprites::shared().draw(context, format, key, text, QPointF(200.7, 200.2));
    LabelSprites::shared().draw(context, format, key, text, QPointF(400.1, 300.9));
    painter.end();
    QCOMPARE(LabelSprites::shared().drawn(), 2);
    QCOMPARE(LabelSprites::shared().glyphsDrawn(), warmed);
    // A character not drawn ahead is drawn when first needed.
    QPainter more(&image);
    context.setPainter(&more);
    LabelSprites::shared().draw(context, format, key, QStringLiteral("青山村三号避难场所"), QPointF(600.5, 100.5));
    more.end();
    QVERIFY(LabelSprites::shared().glyphsDrawn() > warmed);
  }

  void labelsDroppedCharactersKept()
  {
    // With no room for label images each label is put together again, from
    // the characters already drawn: QGIS draws nothing more.
    const QgsTextFormat format = LayerStyles::haloText(7, QColor(160, 0, 0), false);
    QImage image(kSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(kGround);
    QPainter painter(&image);
    QgsRenderContext context = QgsRenderContext::fromMapSettings(settings());
    context.setPainter(&painter);
    LabelSprites::shared().clear();
    LabelSprites::shared().setSpriteBudget(0);
    const QString key = LabelSprites::keyOf(format, context);
    const QString first = QStringLiteral("城关镇蓝天救援队"), second = QStringLiteral("小场镇民兵应急连");
    LabelSprites::shared().draw(context, format, key, first, QPointF(100.5, 100.5));
    LabelSprites::shared().draw(context, format, key, second, QPointF(100.5, 150.5)); // drops the first's image
    const int glyphs = LabelSprites::shared().glyphsDrawn();
    QVERIFY(glyphs > 0);
    LabelSprites::shared().draw(context, format, key, first, QPointF(300.5, 100.5)); // same phase as before
    LabelSprites::shared().setSpriteBudget(-1);
    painter.end();
    QCOMPARE(LabelSprites::shared().drawn(), 3); // the first label's image made again...
    QCOMPARE(LabelSprites::shared().copied(), 0);
    QCOMPARE(LabelSprites::shared().glyphsDrawn(), glyphs); // ...from the characters kept
  }

  void stopsWhenAsked()
  {
    const QgsTextFormat format = LayerStyles::haloText(7, QColor(0, 100, 40), false);
    QgsRenderContext ahead = QgsRenderContext::fromMapSettings(settings());
    LabelSprites::shared().clear();
    const std::atomic<bool> stop {true};
    LabelSprites::shared().prewarm(ahead, format, {QStringLiteral("青"), QStringLiteral("山")}, &stop);
    QCOMPARE(LabelSprites::shared().glyphsDrawn(), 0);
  }
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true, QStringLiteral("zh"));
  TestLabelSprites test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_label_sprites.moc"
