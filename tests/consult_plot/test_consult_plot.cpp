// Plotting on the map during a consultation (issue 7, points 3 and 6 "plots
// round trip"), offscreen over a real sample store: each kind drawn with
// simulated mouse clicks on a QgsMapCanvas in the board's Gauss-Kruger CRS
// lands in the session with the right kind, geometry type and coordinates
// (EPSG:4490); a NEW session on the same file reads identical plots; undo
// and redo (also from the toolbar) take the plot out of the store and back;
// erase and undo; the plot layers hold one feature per plot and a render
// shows the plots' colours where they were drawn; hostile style text, a
// 10,000-vertex area and HTML/SQL-looking text are stored and drawn as
// they are; a closed meeting and no meeting refuse.
//
// To look at it: ONEMAP_SCREENSHOT_DIR=<dir> saves consult-plots.png (the
// canvas with one plot of each kind over the sample county).
#include "SampleStore.h"
#include "app/QgisRuntime.h"
#include "consult/ConsultationSession.h"
#include "consult/plot/PlotLayers.h"
#include "consult/plot/PlotStyles.h"
#include "consult/plot/PlotToolbar.h"
#include "consult/plot/PlotTools.h"
#include "consultation/Consultations.h"
#include "map/StoreMapLayers.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QMainWindow>
#include <QStatusBar>
#include <QSignalSpy>
#include <QTranslator>
#include <QUndoStack>
#include <QtMath>
#include <QtTest>
#include <qgscoordinatetransform.h>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgslayertree.h>
#include <qgslayertreemapcanvasbridge.h>
#include <qgsmapcanvas.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmaptopixel.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

using namespace onemap;

namespace {

const QString kHostileText = QStringLiteral("<b>水位</b><script>alert(1)</script>'); DROP TABLE consultation_plots; -- \"%1\" ${x}");

long featureCount(QgsVectorLayer *layer)
{
  long n = 0;
  QgsFeature f;
  QgsFeatureIterator it = layer->getFeatures(QgsFeatureRequest().setNoAttributes());
  while (it.nextFeature(f))
    ++n;
  return n;
}

bool near(const QgsPointXY &a, const QgsPointXY &b, double tolerance = 1e-6)
{
  return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

// Pixels of \a image within \a radius of \a at that are near \a colour.
int pixelsLike(const QImage &image, const QPoint &at, int radius, const QColor &colour, int tolerance = 40)
{
  int n = 0;
  for (int y = at.y() - radius; y <= at.y() + radius; ++y)
    for (int x = at.x() - radius; x <= at.x() + radius; ++x) {
      if (!image.rect().contains(x, y))
        continue;
      const QColor c = image.pixelColor(x, y);
      if (std::abs(c.red() - colour.red()) <= tolerance && std::abs(c.green() - colour.green()) <= tolerance
          && std::abs(c.blue() - colour.blue()) <= tolerance)
        ++n;
    }
  return n;
}

// Pixels that differ between \a a and \a b within \a radius of \a at.
int pixelsChanged(const QImage &a, const QImage &b, const QPoint &at, int radius)
{
  int n = 0;
  for (int y = at.y() - radius; y <= at.y() + radius; ++y)
    for (int x = at.x() - radius; x <= at.x() + radius; ++x)
      if (a.rect().contains(x, y) && a.pixel(x, y) != b.pixel(x, y))
        ++n;
  return n;
}

} // namespace

class TestConsultPlot : public QObject
{
  Q_OBJECT

  testing::SampleStore mSample;
  QgsProject mProject;
  QgsMapCanvas *mCanvas = nullptr;
  QgsLayerTreeMapCanvasBridge *mBridge = nullptr;
  ConsultationSession *mSession = nullptr;
  PlotToolbar *mBar = nullptr;
  qint64 mMeetingId = 0;
  QString mNextText;

  // Where the pixel is, in EPSG:4490 (as the tool must compute it).
  QgsPointXY lonLat(const QPoint &pixel) const
  {
    const QgsPointXY map = mCanvas->getCoordinateTransform()->toMapCoordinates(pixel);
    const QgsCoordinateTransform t(mCanvas->mapSettings().destinationCrs(), QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4490")),
                                   mProject.transformContext());
    return t.transform(map);
  }

  void click(const QPoint &pixel, Qt::MouseButton button = Qt::LeftButton)
  {
    QTest::mouseClick(mCanvas->viewport(), button, Qt::NoModifier, pixel);
  }

  void use(PlotTool::Mode mode)
  {
    QAction *a = mBar->action(mode);
    QVERIFY(a && a->isEnabled());
    if (!a->isChecked())
      a->trigger();
    QCOMPARE(mCanvas->mapTool(), static_cast<QgsMapTool *>(mBar->tool(mode)));
  }

  qint64 storedPlots()
  {
    auto store = Store::open(mSample.path());
    if (!store)
      return -1;
    SqlStatement q(store.value()->handle(), QStringLiteral("SELECT count(*) FROM consultation_plots WHERE consultation_id = ?"));
    q.bind(1, mMeetingId);
    return q.next() ? q.int64(0) : -1;
  }

  const ConsultationPlot &last() const { return mSession->meeting().plots.last(); }

  QImage render(bool withPlots)
  {
    QgsMapSettings settings = mCanvas->mapSettings();
    settings.setBackgroundColor(Qt::white);
    settings.setFlag(Qgis::MapSettingsFlag::Antialiasing, false);
    if (!withPlots) {
      QList<QgsMapLayer *> layers = settings.layers();
      for (PlotLayers::Layer w : {PlotLayers::Layer::Points, PlotLayers::Layer::Lines, PlotLayers::Layer::Areas})
        layers.removeAll(mBar->layers()->layer(w));
      settings.setLayers(layers);
    }
    QgsMapRendererSequentialJob job(settings);
    job.start();
    job.waitForFinished();
    return job.renderedImage();
  }

private slots:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    QVERIFY(StoreMapLayers::load(mSample.path(), &mProject).ok());
    QVERIFY(mProject.crs().authid() != QLatin1String("EPSG:4490")); // the board draws in Gauss-Kruger: the tool must transform

    mCanvas = new QgsMapCanvas();
    mCanvas->resize(1000, 800);
    mCanvas->setDestinationCrs(mProject.crs());
    mCanvas->setCanvasColor(Qt::white);
    mBridge = new QgsLayerTreeMapCanvasBridge(mProject.layerTreeRoot(), mCanvas, mCanvas);
    mCanvas->show();
    QVERIFY(QTest::qWaitForWindowExposed(mCanvas));
    QgsRectangle extent = StoreMapLayers::countyExtent(&mProject);
    QVERIFY(!extent.isEmpty());
    mCanvas->setExtent(extent);
    mCanvas->refresh();

    mSession = new ConsultationSession(mSample.path());
    QVERIFY2(mSession->isValid(), qPrintable(mSession->error()));
    mSession->setActor(QStringLiteral("值班员"));
    mBar = new PlotToolbar(mCanvas, mSession, &mProject);
    mBar->setTextPrompt([this](QWidget *) { return mNextText; });
    QCoreApplication::processEvents(); // the bridge hands the canvas its new layers on the next turn
    for (PlotLayers::Layer w : {PlotLayers::Layer::Points, PlotLayers::Layer::Lines, PlotLayers::Layer::Areas})
      QVERIFY(mCanvas->layers().contains(mBar->layers()->layer(w)));

    // Nothing open yet: the tools are off and the layers empty, but they exist in their group.
    QVERIFY(!mBar->action(PlotTool::Mode::Arrow)->isEnabled());
    QVERIFY(mBar->layers()->group());
    QCOMPARE(mBar->layers()->group()->name(), PlotLayers::groupName());
    QCOMPARE(mProject.layerTreeRoot()->children().first(), static_cast<QgsLayerTreeNode *>(mBar->layers()->group()));

    Consultation header;
    header.title = QStringLiteral("暴雨会商 plot test");
    header.chair = QStringLiteral("县长");
    Result<qint64> id = mSession->start(AgendaTemplates::builtIn(QStringLiteral("rolling_event/rainstorm")).value(), header);
    QVERIFY2(id.ok(), qPrintable(id.message()));
    mMeetingId = id.value();
    QVERIFY(mBar->action(PlotTool::Mode::Arrow)->isEnabled());
    QVERIFY(mSession->meeting().plots.isEmpty());
  }

  void drawArrow()
  {
    use(PlotTool::Mode::Arrow);
    const QVector<QPoint> pixels {{200, 600}, {330, 470}, {420, 300}};
    for (const QPoint &p : pixels)
      click(p);
    QCOMPARE(mBar->tool(PlotTool::Mode::Arrow)->points().size(), 3);
    QVERIFY(mSession->meeting().plots.isEmpty()); // not until it is finished
    click(pixels.last(), Qt::RightButton);
    QCOMPARE(mSession->meeting().plots.size(), 1);
    const ConsultationPlot &p = last();
    QCOMPARE(p.kind, QStringLiteral("arrow"));
    QCOMPARE(p.stepPosition, 1); // the current step
    QCOMPARE(PlotStyles::parse(p.style, p.kind).color, PlotStyles::defaultColor(QStringLiteral("arrow")));
    const QgsGeometry g = QgsGeometry::fromWkt(p.wkt);
    QCOMPARE(QgsWkbTypes::displayString(g.wkbType()).toUpper(), QStringLiteral("LINESTRING"));
    const QgsPolylineXY line = g.asPolyline();
    QCOMPARE(line.size(), 3);
    for (int i = 0; i < 3; ++i)
      QVERIFY2(near(line[i], lonLat(pixels[i])), qPrintable(QStringLiteral("vertex %1: %2 vs %3").arg(i).arg(line[i].toString(8), lonLat(pixels[i]).toString(8))));
    QCOMPARE(storedPlots(), qint64(1));
  }

  void drawLineByDoubleClick()
  {
    use(PlotTool::Mode::Line);
    mBar->setColor(PlotStyles::palette().at(4)); // blue
    const QVector<QPoint> pixels {{600, 650}, {700, 600}, {820, 640}};
    click(pixels[0]);
    click(pixels[1]);
    // As a real double click arrives: press, release, double click, release.
    click(pixels[2]);
    QTest::mouseDClick(mCanvas->viewport(), Qt::LeftButton, Qt::NoModifier, pixels[2]);
    QTest::mouseRelease(mCanvas->viewport(), Qt::LeftButton, Qt::NoModifier, pixels[2]);
    QVERIFY(mBar->tool(PlotTool::Mode::Line)->points().isEmpty()); // the trailing release starts nothing
    QCOMPARE(mSession->meeting().plots.size(), 2);
    const ConsultationPlot &p = last();
    QCOMPARE(p.kind, QStringLiteral("line"));
    QCOMPARE(PlotStyles::parse(p.style, p.kind).color, PlotStyles::palette().at(4));
    const QgsPolylineXY line = QgsGeometry::fromWkt(p.wkt).asPolyline();
    QCOMPARE(line.size(), 3); // the double click's own click is one point, not two
    for (int i = 0; i < 3; ++i)
      QVERIFY(near(line[i], lonLat(pixels[i])));
    mBar->setColor(QColor());
  }

  void escapeCancels()
  {
    use(PlotTool::Mode::Line);
    click({100, 100});
    click({150, 120});
    mCanvas->setFocus();
    QTest::keyClick(mCanvas, Qt::Key_Escape);
    QVERIFY(mBar->tool(PlotTool::Mode::Line)->points().isEmpty());
    click({100, 100}, Qt::RightButton); // nothing being drawn: nothing happens
    QCOMPARE(mSession->meeting().plots.size(), 2);
    // One click then finish: too few points, nothing recorded, no undo step.
    const int undoCount = mSession->undoStack()->count();
    click({100, 100});
    click({100, 100}, Qt::RightButton);
    QCOMPARE(mSession->meeting().plots.size(), 2);
    QCOMPARE(mSession->undoStack()->count(), undoCount);
  }

  void drawArea()
  {
    use(PlotTool::Mode::Area);
    const QVector<QPoint> pixels {{500, 150}, {700, 130}, {760, 330}, {540, 360}};
    for (const QPoint &p : pixels)
      click(p);
    mCanvas->setFocus();
    QTest::keyClick(mCanvas, Qt::Key_Return);
    QCOMPARE(mSession->meeting().plots.size(), 3);
    const ConsultationPlot &p = last();
    QCOMPARE(p.kind, QStringLiteral("area"));
    const QgsGeometry g = QgsGeometry::fromWkt(p.wkt);
    QCOMPARE(QgsWkbTypes::displayString(g.wkbType()).toUpper(), QStringLiteral("POLYGON"));
    const QgsPolylineXY ring = g.asPolygon().value(0);
    QCOMPARE(ring.size(), 5); // closed
    for (int i = 0; i < 4; ++i)
      QVERIFY(near(ring[i], lonLat(pixels[i])));
    QVERIFY(near(ring.first(), ring.last(), 0));
  }

  void drawText()
  {
    use(PlotTool::Mode::Text);
    mNextText = QString(); // a prompt left empty draws nothing
    click({250, 200});
    QCOMPARE(mSession->meeting().plots.size(), 3);
    mNextText = kHostileText;
    click({250, 200});
    QCOMPARE(mSession->meeting().plots.size(), 4);
    const ConsultationPlot &p = last();
    QCOMPARE(p.kind, QStringLiteral("text"));
    QCOMPARE(p.label, kHostileText);
    const QgsGeometry g = QgsGeometry::fromWkt(p.wkt);
    QCOMPARE(QgsWkbTypes::displayString(g.wkbType()).toUpper(), QStringLiteral("POINT"));
    QVERIFY(near(g.asPoint(), lonLat({250, 200})));
    QCOMPARE(storedPlots(), qint64(4)); // the table is still there, and holds the text as text
  }

  void drawMark()
  {
    use(PlotTool::Mode::Mark);
    mBar->setMark(QStringLiteral("shelter"));
    QCOMPARE(mBar->tool(PlotTool::Mode::Mark)->mark(), QStringLiteral("shelter"));
    mSession->goToStep(1); // a mark of the second step
    click({850, 450});
    QCOMPARE(mSession->meeting().plots.size(), 5);
    const ConsultationPlot &p = last();
    QCOMPARE(p.kind, QStringLiteral("mark"));
    QCOMPARE(p.stepPosition, 2);
    const PlotStyles::PlotStyle style = PlotStyles::parse(p.style, p.kind);
    QCOMPARE(style.mark, QStringLiteral("shelter"));
    QCOMPARE(style.color, PlotStyles::markColor(QStringLiteral("shelter")));
    QCOMPARE(p.label, PlotStyles::markTitle(QStringLiteral("shelter")));
    QVERIFY(near(QgsGeometry::fromWkt(p.wkt).asPoint(), lonLat({850, 450})));
    mSession->goToStep(0);
  }

  void layersShowThePlots()
  {
    PlotLayers *layers = mBar->layers();
    QgsVectorLayer *points = layers->layer(PlotLayers::Layer::Points);
    QgsVectorLayer *lines = layers->layer(PlotLayers::Layer::Lines);
    QgsVectorLayer *areas = layers->layer(PlotLayers::Layer::Areas);
    QVERIFY(points && lines && areas);
    QCOMPARE(points->crs().authid(), QStringLiteral("EPSG:4490"));
    QCOMPARE(featureCount(points), 2L);
    QCOMPARE(featureCount(lines), 2L);
    QCOMPARE(featureCount(areas), 1L);

    const QImage with = render(true);
    const QImage without = render(false);
    if (qEnvironmentVariableIsSet("ONEMAP_SCREENSHOT_DIR"))
      with.save(QDir(qEnvironmentVariable("ONEMAP_SCREENSHOT_DIR")).filePath(QStringLiteral("consult-plots-with.png")));
    QCOMPARE(with.size(), mCanvas->mapSettings().outputSize());
    // The arrow passes through its middle point, in red.
    QVERIFY2(pixelsLike(with, {330, 470}, 5, PlotStyles::defaultColor(QStringLiteral("arrow"))) > 10,
             "no arrow red at the arrow's middle point");
    QCOMPARE(pixelsLike(without, {330, 470}, 5, PlotStyles::defaultColor(QStringLiteral("arrow"))), 0);
    // The line in the chosen blue.
    QVERIFY(pixelsLike(with, {700, 600}, 3, PlotStyles::palette().at(4)) > 3);
    // The shelter mark (step 2, drawn faded while step 1 is current) and its place.
    QVERIFY(pixelsChanged(with, without, {850, 450}, 8) > 40);
    // The area's fill inside its corners, and the text.
    QVERIFY(pixelsChanged(with, without, {630, 250}, 10) > 200);
    QVERIFY(pixelsChanged(with, without, {250, 200}, 12) > 20);

    // The mark at full strength on its own step.
    mSession->goToStep(1);
    const QImage onStep = render(true);
    QVERIFY(pixelsLike(onStep, {850, 450}, 6, PlotStyles::markColor(QStringLiteral("shelter")), 10) > 20);
    QVERIFY(pixelsLike(with, {850, 450}, 6, PlotStyles::markColor(QStringLiteral("shelter")), 10) < pixelsLike(onStep, {850, 450}, 6, PlotStyles::markColor(QStringLiteral("shelter")), 10));
    mSession->goToStep(0);

    if (qEnvironmentVariableIsSet("ONEMAP_SCREENSHOT_DIR")) {
      const QDir dir(qEnvironmentVariable("ONEMAP_SCREENSHOT_DIR"));
      QSignalSpy refreshed(mCanvas, &QgsMapCanvas::mapCanvasRefreshed);
      mCanvas->refreshAllLayers();
      refreshed.wait(10000);
      QVERIFY(mCanvas->grab().save(dir.filePath(QStringLiteral("consult-plots.png"))));
      QVERIFY(render(true).save(dir.filePath(QStringLiteral("consult-plots-render.png"))));
    }
  }

  void roundTripInANewSession()
  {
    ConsultationSession reopened(mSample.path());
    QVERIFY(reopened.isValid());
    QVERIFY(reopened.open(mMeetingId).ok());
    const QVector<ConsultationPlot> &a = mSession->meeting().plots;
    const QVector<ConsultationPlot> &b = reopened.meeting().plots;
    QCOMPARE(b.size(), a.size());
    QCOMPARE(b.size(), 5);
    for (int i = 0; i < a.size(); ++i) {
      QCOMPARE(b[i].kind, a[i].kind);
      QCOMPARE(b[i].style, a[i].style);
      QCOMPARE(b[i].label, a[i].label);
      QCOMPARE(b[i].wkt, a[i].wkt);
      QCOMPARE(b[i].stepPosition, a[i].stepPosition);
      QCOMPARE(b[i].createdBy, QStringLiteral("值班员"));
    }
  }

  void undoAndRedo()
  {
    const int n = mSession->meeting().plots.size();
    const ConsultationPlot mark = last();
    QVERIFY(mBar->undoAction()->isEnabled());
    mBar->undoAction()->trigger();
    QCOMPARE(mSession->meeting().plots.size(), n - 1);
    QCOMPARE(storedPlots(), qint64(n - 1));
    QCOMPARE(featureCount(mBar->layers()->layer(PlotLayers::Layer::Points)), 1L);
    mBar->redoAction()->trigger();
    QCOMPARE(mSession->meeting().plots.size(), n);
    QCOMPARE(storedPlots(), qint64(n));
    QCOMPARE(last().wkt, mark.wkt);
    QCOMPARE(last().style, mark.style);
    QCOMPARE(featureCount(mBar->layers()->layer(PlotLayers::Layer::Points)), 2L);

    // Ctrl+Z on the map reaches the same stack.
    mCanvas->activateWindow();
    mCanvas->setFocus();
    if (mCanvas->hasFocus()) {
      QTest::keyClick(mCanvas, Qt::Key_Z, Qt::ControlModifier);
      QCOMPARE(mSession->meeting().plots.size(), n - 1);
      QTest::keyClick(mCanvas, Qt::Key_Y, Qt::ControlModifier);
      QCOMPARE(mSession->meeting().plots.size(), n);
    } else {
      qWarning("the offscreen canvas did not take focus; Ctrl+Z not tried");
    }
  }

  void eraseAndUndo()
  {
    const int n = mSession->meeting().plots.size();
    use(PlotTool::Mode::Erase);
    QSignalSpy nothing(mBar->tool(PlotTool::Mode::Erase), &PlotTool::nothingToErase);
    click({80, 760}); // empty corner
    QCOMPARE(nothing.count(), 1);
    QCOMPARE(mSession->meeting().plots.size(), n);
    // The area: a click inside it.
    click({630, 250});
    QCOMPARE(mSession->meeting().plots.size(), n - 1);
    QCOMPARE(storedPlots(), qint64(n - 1));
    for (const ConsultationPlot &p : mSession->meeting().plots)
      QVERIFY(p.kind != QLatin1String("area"));
    QCOMPARE(featureCount(mBar->layers()->layer(PlotLayers::Layer::Areas)), 0L);
    mSession->undoStack()->undo();
    QCOMPARE(mSession->meeting().plots.size(), n);
    QCOMPARE(storedPlots(), qint64(n));
    QCOMPARE(featureCount(mBar->layers()->layer(PlotLayers::Layer::Areas)), 1L);
    // The mark is on top of nothing else: erasing on it removes the mark.
    click({850, 450});
    QCOMPARE(mSession->meeting().plots.size(), n - 1);
    QCOMPARE(mSession->meeting().plots.last().kind, QStringLiteral("text"));
    mSession->undoStack()->undo();
    QCOMPARE(mSession->meeting().plots.last().kind, QStringLiteral("mark"));
  }

  void hostileStyles()
  {
    // Unit: any text parses to a usable style.
    const QStringList garbage {QString(), QStringLiteral(";;;==;"), QStringLiteral("color=red;width=NaN;size=1e308"),
                               QStringLiteral("mark=../../etc/passwd;color=#12345g"), QString(20000, QChar(0x6c34)),
                               QStringLiteral("color=#00ff00;color=#zzz"), QStringLiteral("width=-5;size=inf;mark=")};
    for (const QString &s : garbage)
      for (const QString &kind : ConsultationPlot::kinds()) {
        const PlotStyles::PlotStyle st = PlotStyles::parse(s, kind);
        QVERIFY(st.color.isValid());
        QVERIFY(st.width == 0 || (st.width >= 0.2 && st.width <= 10));
        QVERIFY(st.size == 0 || (st.size >= 6 && st.size <= 72));
        if (kind == QLatin1String("mark"))
          QVERIFY(PlotStyles::markCodes().contains(st.mark));
      }
    QCOMPARE(PlotStyles::parse(QStringLiteral(" Mark = Danger ; COLOR=#0a0B0c ;width=1.5"), QStringLiteral("mark")).mark, QStringLiteral("danger"));
    QCOMPARE(PlotStyles::parse(QStringLiteral("mark=danger;color=#0a0b0c"), QStringLiteral("mark")).color, QColor(10, 11, 12));
    QCOMPARE(PlotStyles::parse(QStringLiteral("color=#abc"), QStringLiteral("line")).color, QColor(0xaa, 0xbb, 0xcc));
    const PlotStyles::PlotStyle round = PlotStyles::parse(QStringLiteral("mark=rescue;color=#102030;width=2;size=30"), QStringLiteral("mark"));
    QCOMPARE(PlotStyles::format(round), QStringLiteral("mark=rescue;color=#102030;width=2;size=30"));

    // Stored and drawn: a plot whose style is garbage draws in the kind's default.
    const int n = mSession->meeting().plots.size();
    ConsultationPlot p;
    p.kind = QStringLiteral("line");
    p.style = QStringLiteral("color=javascript:alert(1);width=9999;;=;mark=x\x01\x7f");
    p.wkt = QStringLiteral("LINESTRING(%1, %2)").arg(QStringLiteral("%1 %2").arg(lonLat({100, 700}).x(), 0, 'f', 7).arg(lonLat({100, 700}).y(), 0, 'f', 7),
                                                       QStringLiteral("%1 %2").arg(lonLat({300, 760}).x(), 0, 'f', 7).arg(lonLat({300, 760}).y(), 0, 'f', 7));
    QVERIFY(mSession->addPlot(p, false) >= 0);
    QCOMPARE(mSession->meeting().plots.size(), n + 1);
    QCOMPARE(last().stepPosition, 0);
    QCOMPARE(featureCount(mBar->layers()->layer(PlotLayers::Layer::Lines)), 3L);
    const QImage image = render(true);
    QVERIFY(pixelsLike(image, {200, 730}, 3, PlotStyles::defaultColor(QStringLiteral("line"))) > 3);
    mSession->undoStack()->undo();
    QCOMPARE(mSession->meeting().plots.size(), n);
  }

  void hugeArea()
  {
    const int n = mSession->meeting().plots.size();
    const QgsPointXY centre = lonLat({500, 400});
    const double r = std::abs(lonLat({600, 400}).x() - centre.x());
    QStringList ring;
    const int vertices = 10000;
    for (int i = 0; i < vertices; ++i) {
      const double a = 2 * M_PI * i / vertices;
      // A star-ish ring so it is not simplified away as a circle.
      const double rr = r * (i % 2 ? 1.0 : 0.8);
      ring << QStringLiteral("%1 %2").arg(centre.x() + rr * std::cos(a), 0, 'f', 8).arg(centre.y() + rr * std::sin(a), 0, 'f', 8);
    }
    ring << ring.first();
    ConsultationPlot p;
    p.kind = QStringLiteral("area");
    p.style = QStringLiteral("color=#6a1b9a");
    p.label = QStringLiteral("万点区域");
    p.wkt = QStringLiteral("POLYGON((%1))").arg(ring.join(QStringLiteral(", ")));
    QVERIFY(mSession->addPlot(p) >= 0);
    QCOMPARE(featureCount(mBar->layers()->layer(PlotLayers::Layer::Areas)), 2L);
    const QImage image = render(true);
    QVERIFY(!image.isNull());
    QVERIFY(pixelsChanged(image, render(false), {500, 400}, 20) > 100);

    ConsultationSession reopened(mSample.path());
    QVERIFY(reopened.open(mMeetingId).ok());
    QCOMPARE(reopened.meeting().plots.size(), n + 1);
    QCOMPARE(QgsGeometry::fromWkt(reopened.meeting().plots.last().wkt).asPolygon().value(0).size(), vertices + 1);
    mSession->undoStack()->undo();
    QCOMPARE(storedPlots(), qint64(n));
  }

  void closedMeetingRefuses()
  {
    const int n = mSession->meeting().plots.size();
    QVERIFY(mSession->closeMeeting().ok());
    QVERIFY(mSession->isReadOnly());
    for (PlotTool::Mode m : {PlotTool::Mode::Arrow, PlotTool::Mode::Line, PlotTool::Mode::Area, PlotTool::Mode::Text,
                             PlotTool::Mode::Mark, PlotTool::Mode::Erase})
      QVERIFY(!mBar->action(m)->isEnabled());
    QVERIFY(!mBar->markChooser()->isEnabled());
    QVERIFY(!mBar->undoAction()->isEnabled()); // nothing to undo into a closed record
    QVERIFY(!mBar->tool(PlotTool::Mode::Mark)->isActive());

    // A tool set by other means still refuses, through the session.
    QSignalSpy failed(mSession, &ConsultationSession::failed);
    mCanvas->setMapTool(mBar->tool(PlotTool::Mode::Mark));
    click({400, 400});
    mCanvas->setMapTool(mBar->tool(PlotTool::Mode::Erase));
    click({850, 450});
    mCanvas->setMapTool(mBar->tool(PlotTool::Mode::Arrow));
    click({400, 400});
    QVERIFY(mBar->tool(PlotTool::Mode::Arrow)->points().isEmpty());
    QCOMPARE(failed.count(), 3);
    QCOMPARE(mSession->meeting().plots.size(), n);
    QCOMPARE(storedPlots(), qint64(n));
    QVERIFY(mSession->addPlot(mSession->meeting().plots.first()) < 0);
    QCOMPARE(failed.count(), 4);
    mCanvas->unsetMapTool(mCanvas->mapTool());

    QVERIFY(mSession->reopenMeeting().ok());
    QVERIFY(mBar->action(PlotTool::Mode::Arrow)->isEnabled());
    QCOMPARE(featureCount(mBar->layers()->layer(PlotLayers::Layer::Points)), 2L);
  }

  void noMeetingRefusesAndEmpties()
  {
    mSession->leave();
    QVERIFY(!mBar->action(PlotTool::Mode::Mark)->isEnabled());
    for (PlotLayers::Layer w : {PlotLayers::Layer::Points, PlotLayers::Layer::Lines, PlotLayers::Layer::Areas})
      QCOMPARE(featureCount(mBar->layers()->layer(w)), 0L);
    QSignalSpy failed(mSession, &ConsultationSession::failed);
    mCanvas->setMapTool(mBar->tool(PlotTool::Mode::Text));
    mNextText = QStringLiteral("不应出现");
    click({300, 300});
    QCOMPARE(failed.count(), 1);
    mCanvas->unsetMapTool(mCanvas->mapTool());
    QCOMPARE(storedPlots(), qint64(5));

    // Opened again: the layers fill from the store.
    QVERIFY(mSession->open(mMeetingId).ok());
    QCOMPARE(featureCount(mBar->layers()->layer(PlotLayers::Layer::Points)), 2L);
    QCOMPARE(featureCount(mBar->layers()->layer(PlotLayers::Layer::Lines)), 2L);
    QCOMPARE(featureCount(mBar->layers()->layer(PlotLayers::Layer::Areas)), 1L);
  }

  // The toolbar as the consultation module adds it to a window; draws one
  // plot of each kind (all six marks) and, with ONEMAP_SCREENSHOT_DIR, saves the window.
  void addedToAWindow()
  {
    QMainWindow window;
    auto *canvas = new QgsMapCanvas(&window);
    canvas->setDestinationCrs(mProject.crs());
    canvas->setCanvasColor(Qt::white);
    new QgsLayerTreeMapCanvasBridge(mProject.layerTreeRoot(), canvas, canvas);
    window.setCentralWidget(canvas);
    window.resize(1400, 1000);
    PlotToolbar *bar = PlotToolbar::addTo(&window, canvas, mSession, &mProject);
    QCOMPARE(window.findChild<PlotToolbar *>(), bar);
    QCOMPARE(window.toolBarArea(bar), Qt::TopToolBarArea);
    QCOMPARE(bar->layers(), mBar->layers()); // one set of plot layers per project
    int groups = 0;
    for (QgsLayerTreeGroup *g : mProject.layerTreeRoot()->findGroups())
      groups += g->name() == PlotLayers::groupName() ? 1 : 0;
    QCOMPARE(groups, 1);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    canvas->setExtent(StoreMapLayers::countyExtent(&mProject));
    canvas->refresh();
    QCoreApplication::processEvents();

    // A refused edit is said in the window's status bar.
    QVERIFY(!mSession->updatePlot(0, ConsultationPlot {0, 0, 0, QStringLiteral("area"), {}, {}, {}, {}, QStringLiteral("POINT(1 2)")}));
    QVERIFY(!window.statusBar()->currentMessage().isEmpty());

    QVERIFY(mSession->edit(QStringLiteral("clear"), [](Consultation &c) { c.plots.clear(); }));
    auto px = [&](int x, int y) { return QPoint(x, y); };
    auto clickOn = [&](const QPoint &p, Qt::MouseButton b = Qt::LeftButton) { QTest::mouseClick(canvas->viewport(), b, Qt::NoModifier, p); };
    bar->action(PlotTool::Mode::Area)->trigger();
    for (const QPoint &p : {px(560, 170), px(800, 150), px(860, 360), px(600, 390)})
      clickOn(p);
    clickOn(px(600, 390), Qt::RightButton);
    bar->action(PlotTool::Mode::Arrow)->trigger();
    for (const QPoint &p : {px(200, 700), px(340, 560), px(480, 470)})
      clickOn(p);
    clickOn(px(480, 470), Qt::RightButton);
    bar->setColor(PlotStyles::palette().at(5));
    bar->action(PlotTool::Mode::Line)->trigger();
    for (const QPoint &p : {px(640, 680), px(760, 640), px(900, 690)})
      clickOn(p);
    clickOn(px(900, 690), Qt::RightButton);
    bar->setColor(QColor());
    bar->setTextPrompt([](QWidget *) { return QStringLiteral("山洪危险区 立即转移"); });
    bar->action(PlotTool::Mode::Text)->trigger();
    clickOn(px(330, 230));
    const QVector<QPoint> markAt {px(520, 560), px(390, 700), px(700, 470), px(960, 520), px(700, 260), px(780, 620)};
    for (int i = 0; i < PlotStyles::markCodes().size(); ++i) {
      if (i == 0)
        emit bar->markChooser()->activated(0); // as a user picking the mark already shown
      else
        bar->markChooser()->setCurrentIndex(i);
      // Choosing a mark picks the mark tool.
      QCOMPARE(canvas->mapTool(), static_cast<QgsMapTool *>(bar->tool(PlotTool::Mode::Mark)));
      QCOMPARE(bar->tool(PlotTool::Mode::Mark)->mark(), PlotStyles::markCodes().at(i));
      clickOn(markAt[i]);
    }
    QCOMPARE(mSession->meeting().plots.size(), 4 + PlotStyles::markCodes().size());
    QCOMPARE(featureCount(bar->layers()->layer(PlotLayers::Layer::Points)), 1L + PlotStyles::markCodes().size());
    QCOMPARE(featureCount(bar->layers()->layer(PlotLayers::Layer::Lines)), 2L);
    QCOMPARE(featureCount(bar->layers()->layer(PlotLayers::Layer::Areas)), 1L);
    canvas->unsetMapTool(canvas->mapTool());

    if (qEnvironmentVariableIsSet("ONEMAP_SCREENSHOT_DIR")) {
      canvas->refreshAllLayers();
      QTest::qWait(200);
      while (canvas->isDrawing())
        QTest::qWait(50);
      QTest::qWait(200);
      QVERIFY(window.grab().save(QDir(qEnvironmentVariable("ONEMAP_SCREENSHOT_DIR")).filePath(QStringLiteral("consult-plots-window.png"))));
    }
  }

  void cleanupTestCase()
  {
    delete mBar;
    mBar = nullptr;
    delete mSession; // its PlotLayers takes the layers out of the project
    mSession = nullptr;
    QVERIFY(!mProject.layerTreeRoot()->findGroup(PlotLayers::groupName()));
    for (QgsMapLayer *l : mProject.mapLayers())
      QVERIFY(!l->customProperty(QStringLiteral("onemap/consult-plot-layer")).isValid());
    delete mCanvas;
    mCanvas = nullptr;
  }
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true);
  // To look at strings not yet in resources/i18n: ONEMAP_EXTRA_QM=<file.qm>.
  QTranslator extra;
  if (qEnvironmentVariableIsSet("ONEMAP_EXTRA_QM") && extra.load(qEnvironmentVariable("ONEMAP_EXTRA_QM")))
    QCoreApplication::installTranslator(&extra);
  TestConsultPlot test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_consult_plot.moc"
