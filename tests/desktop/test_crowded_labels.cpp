// Crowded wall frames place their labels themselves (map/render): every
// crowded layer of a frame shares one label space, so their labels never
// collide, and upper layers take their places first. Checked here with a
// real labeling engine run drawing into an image.
#include "app/QgisRuntime.h"
#include "map/LayerStyles.h"
#include "map/render/CrowdedLabels.h"
#include "map/render/LabelRoom.h"
#include "map/render/LabelSprites.h"

#include <qgsmapsettings.h>
#include <qgspallabeling.h>
#include <qgsrendercontext.h>
#include <qgsvectorlayer.h>

#include <QPainter>
#include <QtTest>
#include <memory>

using namespace onemap;

namespace {

const QSize kSize(800, 400);

QgsPalLayerSettings labelSettings(const QColor &colour, QgsPalLayerSettings::Placement placement)
{
  QgsPalLayerSettings s;
  s.fieldName = QStringLiteral("name");
  s.placement = placement;
  s.setFormat(LayerStyles::haloText(7, colour, false));
  return s;
}

// Pixels of text in red or in blue (thin strokes blend with the white
// halo, so the hue is what tells them apart).
int pixelsOfHue(const QImage &image, bool red)
{
  int n = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) {
      const QColor c = image.pixelColor(x, y);
      const int mine = red ? c.red() : c.blue(), other = red ? c.blue() : c.red();
      n += mine > c.green() + 60 && mine > other + 60;
    }
  return n;
}
int reddish(const QImage &image) { return pixelsOfHue(image, true); }
int bluish(const QImage &image) { return pixelsOfHue(image, false); }

} // namespace

class TestCrowdedLabels : public QObject
{
  Q_OBJECT

private slots:
  void sharedSpace()
  {
    // A second layer's room continues in the first's label space: it finds
    // the places around a point taken, one by one, and then none.
    QImage image(kSize, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    QgsMapSettings map;
    map.setOutputSize(kSize);
    map.setExtent(QgsRectangle(0, 0, kSize.width(), kSize.height()));
    QgsRenderContext context = QgsRenderContext::fromMapSettings(map);
    context.setPainter(&painter);
    QgsPalLayerSettings settings = labelSettings(Qt::black, QgsPalLayerSettings::AroundPoint);
    settings.dist = 2; // mm: the places around the point do not touch diagonally
    LabelRoom first(settings, context);
    QVERIFY(first.isActive());
    const QPointF at(400, 200);
    const QString text = QStringLiteral("城关镇民兵应急连");
    QRectF taken;
    QVERIFY(first.take(at, text, &taken));
    LabelRoom second(settings, context);
    second.setGrid(first.grid());
    QList<QRectF> boxes {taken};
    QRectF box;
    while (boxes.size() <= 8 && second.take(at, text, &box)) {
      for (const QRectF &other : qAsConst(boxes))
        QVERIFY2(!box.intersects(other), qPrintable(QStringLiteral("label %1 overlaps another").arg(boxes.size())));
      boxes << box;
    }
    // Some of the eight places around the point were still free; none is now.
    QVERIFY2(boxes.size() >= 3 && boxes.size() < 8, qPrintable(QString::number(boxes.size())));
    QVERIFY(!second.take(at, text));
    // An empty grid starts a clean space: the same room finds room again.
    second.setGrid(LabelGrid());
    QVERIFY(second.take(at, text));
  }

  void upperLayerFirst()
  {
    // Two crowded layers want the one place over the same point; the upper
    // one gets it even though the lower one was drawn (and registered) first.
    auto upper = std::make_unique<QgsVectorLayer>(QStringLiteral("Point?crs=EPSG:3857"), QStringLiteral("upper"), QStringLiteral("memory"));
    auto lower = std::make_unique<QgsVectorLayer>(QStringLiteral("Point?crs=EPSG:3857"), QStringLiteral("lower"), QStringLiteral("memory"));
    QgsMapSettings map;
    map.setOutputSize(kSize);
    map.setOutputDpi(96);
    map.setExtent(QgsRectangle(0, 0, kSize.width(), kSize.height()));
    map.setDestinationCrs(upper->crs());
    map.setLayers({upper.get(), lower.get()}); // first is on top
    QImage image(kSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QgsRenderContext context = QgsRenderContext::fromMapSettings(map);
    context.setPainter(&painter);
    QgsDefaultLabelingEngine engine;
    engine.setMapSettings(map);
    context.setLabelingEngine(&engine);

    const QColor red(200, 0, 0), blue(0, 0, 200);
    const QgsPalLayerSettings lowerSettings = labelSettings(blue, QgsPalLayerSettings::OverPoint);
    const QgsPalLayerSettings upperSettings = labelSettings(red, QgsPalLayerSettings::OverPoint);
    const QVector<QPointF> points {{200, 200}, {600, 200}};
    CrowdedLabels *crowded = CrowdedLabels::of(&engine, lower.get());
    QVERIFY(crowded);
    QCOMPARE(CrowdedLabels::of(&engine, upper.get()), crowded); // one per frame
    crowded->addLayer(lower->id(), std::make_unique<LabelRoom>(lowerSettings, context), lowerSettings.format(), points,
                      {QStringLiteral("青山村应急物资储备点"), QStringLiteral("西池社区应急物资储备点")});
    // The upper layer wants only the first point's place.
    crowded->addLayer(upper->id(), std::make_unique<LabelRoom>(upperSettings, context), upperSettings.format(), {points[0]},
                      {QStringLiteral("城关镇蓝天救援队")});
    LabelSprites::shared().clear();
    engine.run(context);
    painter.end();

    QCOMPARE(LabelSprites::shared().drawn(), 2); // the upper label and the lower one that kept its place
    const QImage left = image.copy(0, 0, kSize.width() / 2, kSize.height());
    const QImage right = image.copy(kSize.width() / 2, 0, kSize.width() / 2, kSize.height());
    QVERIFY2(reddish(left) > 100, qPrintable(QString::number(reddish(left))));
    QCOMPARE(bluish(left), 0);
    QVERIFY2(bluish(right) > 100, qPrintable(QString::number(bluish(right))));
    QCOMPARE(reddish(right), 0);
  }
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true, QStringLiteral("zh"));
  TestCrowdedLabels test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_crowded_labels.moc"
