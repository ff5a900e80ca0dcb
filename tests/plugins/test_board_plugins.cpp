// The board (MainWindow over a real sample store) with its hazard plugins, in
// one of three set-ups chosen at build time (the board discovers its plugins
// once per process):
//   all    - every plugin the build made: a legend group per plugin whose
//            layers draw (the map differs from the map without them), the
//            Impact tab with each plugin's section, threatened list and
//            checklist per tier, and the event form on the earthquake plugin
//            (refused value -> error naming the field, nothing written; a good
//            event -> its area on the map, the impact window, a PDF read back);
//   none   - an empty plugin folder: the board opens, no plugin group, the
//            Impact tab still works;
//   broken - the real plugins plus one whose migration, rule and layers are
//            wrong: the board opens, the manager lists what went wrong, the
//            Impact tab shows its error line and the other plugins still work.
#include "PdfText.h"
#include "SampleStore.h"
#include "app/QgisRuntime.h"
#include "map/PluginMapLayers.h"
#include "BoardMap.h"
#include "plugins/BoardPlugins.h"
#include "plugins/EventForm.h"
#include "plugins/EventImpactWindow.h"
#include "plugins/EventLayer.h"
#include "plugins/PluginImpactView.h"
#include "plugins/PluginManagerDialog.h"
#include "store/SqlStatement.h"
#include "ui/MainWindow.h"
#include "warnings/ImpactPanel.h"
#include "warnings/WarningsDock.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QtTest>
#include <qgscoordinatetransform.h>
#include <qgslayertree.h>
#include <qgsmapcanvas.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsmaptoolemitpoint.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

using namespace onemap;

namespace {
const QString kScenario = QStringLiteral(BOARD_PLUGINS_SCENARIO);
QTemporaryDir *gPluginDir = nullptr;

// Points ONEMAP_PLUGIN_PATH at the scenario's plugins before the board looks.
void preparePluginPath()
{
  const QString built = QStringLiteral(ONEMAP_BINARY_DIR "/lib/onemap/plugins");
  if (kScenario == QLatin1String("all")) {
    qputenv("ONEMAP_PLUGIN_PATH", built.toLocal8Bit());
    return;
  }
  gPluginDir = new QTemporaryDir;
  if (kScenario == QLatin1String("broken")) {
    for (const QFileInfo &f : QDir(built).entryInfoList({QStringLiteral("*.so")}, QDir::Files))
      QFile::copy(f.absoluteFilePath(), gPluginDir->filePath(f.fileName()));
    QFile::copy(QStringLiteral(ONEMAP_BINARY_DIR "/tests/plugins/broken/broken.so"), gPluginDir->filePath(QStringLiteral("broken.so")));
  }
  qputenv("ONEMAP_PLUGIN_PATH", gPluginDir->path().toLocal8Bit());
}

QImage render(const QgsProject &project, const QList<QgsMapLayer *> &layers)
{
  QgsMapSettings settings;
  settings.setDestinationCrs(project.crs());
  settings.setExtent(testing::BoardMap::countyExtent(&project));
  settings.setOutputSize(QSize(900, 700));
  settings.setBackgroundColor(Qt::white);
  settings.setLayers(layers);
  QgsMapRendererSequentialJob job(settings);
  job.start();
  job.waitForFinished();
  return job.renderedImage();
}

int differingPixels(const QImage &a, const QImage &b)
{
  int n = 0;
  for (int y = 0; y < a.height(); ++y)
    for (int x = 0; x < a.width(); ++x)
      n += a.pixel(x, y) != b.pixel(x, y);
  return n;
}

qint64 count(const QString &path, const QString &table)
{
  auto store = Store::open(path);
  SqlStatement q(store.value()->handle(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)); // test-chosen table name
  return q.next() ? q.int64(0) : -1;
}
} // namespace

class TestBoardPlugins : public QObject
{
  Q_OBJECT

  testing::SampleStore mSample {2024, 1, QDate::currentDate()};
  QgsProject mProject;
  MainWindow *mWindow = nullptr;
  qint64 mGeoWarning = 0;

  QList<QgsLayerTreeGroup *> pluginGroups() const
  {
    QList<QgsLayerTreeGroup *> out;
    for (QgsLayerTreeGroup *g : mProject.layerTreeRoot()->findGroups())
      if (!g->customProperty(QLatin1String(PluginMapLayers::kPluginIdProperty)).toString().isEmpty())
        out << g;
    return out;
  }

  ImpactPanel *impactPanel() const { return mWindow->findChild<ImpactPanel *>(); }

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    // The plugins' own sample rows, as `onemap init --sample` writes them.
    BoardPlugins::start(mSample.path());
    {
      auto store = Store::open(mSample.path());
      QVERIFY(store.ok());
      for (const PluginEntry &e : BoardPlugins::registry().entries())
        if (e.state == PluginEntry::State::Loaded && BoardPlugins::problemsOf(e.id).isEmpty()) {
          const Status s = store.value()->transaction([&]() -> Status {
            const QString err = e.plugin->generateSample(store.value()->handle(), 2024);
            return err.isEmpty() ? Status() : Status::failure(err);
          });
          QVERIFY2(s.ok(), qPrintable(e.id + QStringLiteral(": ") + s.message()));
        }
      SqlStatement q(store.value()->handle(), QStringLiteral("SELECT id FROM warnings WHERE hazard = 'geological' LIMIT 1"));
      QVERIFY(q.next());
      mGeoWarning = q.int64(0);
    }
    const Status loaded = testing::BoardMap::load(mSample.path(), &mProject);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message()));
    mWindow = new MainWindow(&mProject);
    mWindow->resize(1400, 900);
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow));
  }

  void cleanupTestCase()
  {
    delete mWindow;
    mProject.clear();
  }

  void layerGroups()
  {
    const QList<QgsLayerTreeGroup *> groups = pluginGroups();
    if (kScenario == QLatin1String("none")) {
      QVERIFY(BoardPlugins::registry().entries().isEmpty());
      QVERIFY(groups.isEmpty());
      QVERIFY(testing::BoardMap::layer(&mProject, QStringLiteral("townships"))); // the board's own map is all there
      return;
    }
    // Every loaded plugin that styles a table of its own has its group, named as the manager names it.
    QStringList expected;
    for (const PluginEntry &e : BoardPlugins::registry().entries())
      if (e.state == PluginEntry::State::Loaded && e.id != QLatin1String("broken") && !e.plugin->layerStyles().isEmpty()) {
        expected << e.id;
        QgsLayerTreeGroup *g = mProject.layerTreeRoot()->findGroup(BoardPlugins::displayName(e));
        QVERIFY2(g, qPrintable(e.id));
        QCOMPARE(g->findLayers().size(), e.plugin->layerStyles().size());
        for (const LayerStyle &style : e.plugin->layerStyles()) {
          QgsVectorLayer *layer = testing::BoardMap::layer(&mProject, PluginMapLayers::specId(e.id, style.table));
          QVERIFY2(layer && layer->isValid(), qPrintable(style.table));
          QCOMPARE(layer->name(), style.title);
        }
      }
    QVERIFY(expected.contains(QStringLiteral("geohazard")));
    QVERIFY(expected.contains(QStringLiteral("earthquake")));
    QCOMPARE(groups.size(), expected.size());
    QVERIFY(!mProject.layerTreeRoot()->findGroup(QStringLiteral("Broken example")));
    QVERIFY(testing::BoardMap::layer(&mProject, QStringLiteral("geo_monitors")) == nullptr); // plugin spec ids are namespaced
  }

  void pluginLayersDraw()
  {
    if (kScenario == QLatin1String("none"))
      QSKIP("no plugin layers");
    const QList<QgsMapLayer *> all = mProject.layerTreeRoot()->checkedLayers();
    QList<QgsMapLayer *> board;
    int pluginLayers = 0;
    for (QgsMapLayer *l : all)
      if (l->customProperty(QLatin1String(PluginMapLayers::kPluginIdProperty)).toString().isEmpty())
        board << l;
      else
        ++pluginLayers;
    QVERIFY(pluginLayers >= 2);
    // Plugin area layers (forests, flood zones...) start unticked so they do
    // not cover the warnings.
    int areaLayers = 0;
    for (QgsLayerTreeLayer *node : mProject.layerTreeRoot()->findLayers()) {
      const auto *vl = qobject_cast<QgsVectorLayer *>(node->layer());
      if (vl && !vl->customProperty(QLatin1String(PluginMapLayers::kPluginIdProperty)).toString().isEmpty()
          && vl->geometryType() == QgsWkbTypes::PolygonGeometry) {
        ++areaLayers;
        QVERIFY2(!node->isVisible(), qPrintable(vl->name()));
      }
    }
    QVERIFY(areaLayers >= 3); // flood zones, forest areas, drought levels
    const QImage with = render(mProject, all), without = render(mProject, board);
    QCOMPARE(with.size(), without.size());
    const int changed = differingPixels(with, without);
    QVERIFY2(changed > 50, qPrintable(QStringLiteral("%1 pixels differ").arg(changed)));
  }

  void impactTab()
  {
    ImpactPanel *panel = impactPanel();
    QVERIFY(panel);
    panel->setWarning(mGeoWarning);
    QVERIFY(panel->townships()->rowCount() > 0); // the board's own tables first
    if (kScenario == QLatin1String("broken"))
      QVERIFY2(mWindow->statusBar()->currentMessage().contains(QStringLiteral("3 hazard plugin problem")), qPrintable(mWindow->statusBar()->currentMessage()));
    const QString text = panel->plugins()->text()->toPlainText();
    if (kScenario == QLatin1String("none")) {
      QVERIFY2(text.contains(QStringLiteral("No hazard plugin covers this hazard.")), qPrintable(text));
      return;
    }
    HazardPlugin *geo = BoardPlugins::registry().plugin(QStringLiteral("geohazard"));
    QVERIFY(geo);
    QVERIFY2(text.contains(QStringLiteral("Geological hazard points")), qPrintable(text));
    auto store = Store::open(mSample.path());
    QString error;
    const QVector<ThreatenedObject> threatened = geo->threatenedBy(store.value()->handle(), mGeoWarning, &error);
    QVERIFY(!threatened.isEmpty());
    QVERIFY(text.contains(threatened.first().name));
    QVERIFY(text.contains(threatened.first().reason));
    // The sample geological warning is blue: level IV; the tier selector picks the list.
    QCOMPARE(mSample.count(QStringLiteral("warnings")) > 0, true);
    const QString county = geo->checklist(ResponseLevel::IV, ResponseTier::County).first();
    const QString village = geo->checklist(ResponseLevel::IV, ResponseTier::Village).first();
    QVERIFY(text.contains(county));
    QVERIFY(!text.contains(village));
    panel->plugins()->tier()->setCurrentIndex(2);
    const QString villageText = panel->plugins()->text()->toPlainText();
    QVERIFY(villageText.contains(village));
    QVERIFY(!villageText.contains(county));
    panel->plugins()->tier()->setCurrentIndex(0);
    // To look at it: ONEMAP_BOARD_SHOT=<dir> saves the window with the Impact tab in front.
    if (qEnvironmentVariableIsSet("ONEMAP_BOARD_SHOT")) {
      mWindow->findChild<WarningsDock *>()->selectWarning(mGeoWarning);
      if (auto *tabs = qobject_cast<QTabWidget *>(panel->parentWidget()->parentWidget()))
        tabs->setCurrentWidget(panel);
      mWindow->resize(1920, 1080);
      QTest::qWait(1500);
      mWindow->grab().save(QDir(qEnvironmentVariable("ONEMAP_BOARD_SHOT")).filePath(QStringLiteral("impact-%1.png").arg(kScenario)));
    }
    // The earthquake plugin does not cover geological warnings.
    QVERIFY(!text.contains(QStringLiteral("Earthquake intensity rings")));
    if (kScenario == QLatin1String("broken"))
      QVERIFY2(text.contains(QStringLiteral("Plugin Broken example: no such table: broken_sites")), qPrintable(text));
    else
      QVERIFY(!text.contains(QStringLiteral("Broken example")));
  }

  void managerListsProblems()
  {
    PluginManagerDialog dialog(BoardPlugins::registry(), mWindow);
    QTableWidget *t = dialog.table();
    QCOMPARE(t->rowCount(), BoardPlugins::registry().entries().size());
    int brokenRow = -1;
    for (int r = 0; r < t->rowCount(); ++r)
      if (t->item(r, 1)->text().contains(QStringLiteral("(broken)")))
        brokenRow = r;
    if (kScenario != QLatin1String("broken")) {
      QCOMPARE(brokenRow, -1);
      return;
    }
    QVERIFY(brokenRow >= 0);
    const QString detail = t->item(brokenRow, 5)->text();
    QVERIFY2(detail.contains(QStringLiteral("Plugin broken, schema step 1")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("layer Broken sites skipped: table broken_sites does not exist")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("layer Broken shelters skipped: style QML does not parse")), qPrintable(detail));
    // Nothing of it was written, and the others are untouched.
    auto store = Store::open(mSample.path());
    QCOMPARE(store.value()->meta(QStringLiteral("plugin.broken.schema")), QString());
    QCOMPARE(store.value()->meta(QStringLiteral("plugin.geohazard.schema")), QStringLiteral("1"));
    for (int r = 0; r < t->rowCount(); ++r)
      if (r != brokenRow)
        QVERIFY2(!t->item(r, 5)->text().contains(QStringLiteral("skipped")), qPrintable(t->item(r, 5)->text()));
  }

  void eventMenu()
  {
    auto *menu = mWindow->findChild<QMenu *>(QStringLiteral("recordEvent"));
    QVERIFY(menu);
    const bool hasQuake = mWindow->findChild<QAction *>(QStringLiteral("event:earthquake:quake")) != nullptr;
    QCOMPARE(hasQuake, kScenario != QLatin1String("none"));
    QCOMPARE(menu->isEnabled(), kScenario != QLatin1String("none"));
  }

  void eventForm()
  {
    if (kScenario != QLatin1String("all"))
      QSKIP("the event form is exercised with all plugins");
    HazardPlugin *quake = BoardPlugins::registry().plugin(QStringLiteral("earthquake"));
    QVERIFY(quake);
    const EventKind kind = quake->eventKinds().value(0);
    QCOMPARE(kind.id, QStringLiteral("quake"));
    auto store = Store::open(mSample.path());
    QVERIFY(store.ok());
    const qint64 before = count(mSample.path(), QStringLiteral("quake_events"));
    EventForm form(quake, QStringLiteral("Earthquake"), kind, store.value()->handle(), mWindow->canvas(), mWindow);

    // The magnitude box holds the plugin's range and unit.
    auto *magnitude = qobject_cast<QDoubleSpinBox *>(form.editor(QStringLiteral("magnitude")));
    QVERIFY(magnitude);
    QCOMPARE(magnitude->minimum(), 4.0);
    QCOMPARE(magnitude->maximum(), 8.5);
    QVERIFY(magnitude->suffix().contains(QStringLiteral("Ms")));
    QVERIFY(qobject_cast<QDateTimeEdit *>(form.editor(QStringLiteral("occurred_at"))));

    // Pick on map: the form steps aside, a click on the canvas fills lon/lat.
    form.show();
    auto *pick = form.findChild<QPushButton *>(QStringLiteral("pickOnMap"));
    QVERIFY(pick);
    pick->click();
    QVERIFY(!form.isVisible());
    auto *tool = qobject_cast<QgsMapToolEmitPoint *>(mWindow->canvas()->mapTool());
    QVERIFY(tool);
    const QgsPointXY centre = mWindow->canvas()->extent().center();
    Q_EMIT tool->canvasClicked(centre, Qt::LeftButton);
    QVERIFY(form.isVisible());
    QgsCoordinateTransform toLonLat(mWindow->canvas()->mapSettings().destinationCrs(), QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4490")),
                                    mProject.transformContext());
    const QgsPointXY lonLat = toLonLat.transform(centre);
    QVERIFY(qAbs(qobject_cast<QDoubleSpinBox *>(form.editor(QStringLiteral("lon")))->value() - lonLat.x()) < 1e-3);
    QVERIFY(qAbs(qobject_cast<QDoubleSpinBox *>(form.editor(QStringLiteral("lat")))->value() - lonLat.y()) < 1e-3);

    // Refused: the place is required. The error names the field, the form stays, nothing is written.
    qobject_cast<QLineEdit *>(form.editor(QStringLiteral("place")))->clear();
    form.accept();
    QVERIFY(form.result() != QDialog::Accepted);
    QVERIFY(form.isVisible());
    QVERIFY2(form.error()->text().contains(QStringLiteral("place:")), qPrintable(form.error()->text()));
    QCOMPARE(count(mSample.path(), QStringLiteral("quake_events")), before);

    // Accepted: one row, with what the form held.
    qobject_cast<QLineEdit *>(form.editor(QStringLiteral("place")))->setText(QStringLiteral("县城北侧"));
    magnitude->setValue(6.2);
    form.accept();
    QCOMPARE(form.result(), int(QDialog::Accepted));
    QVERIFY(form.eventId() > 0);
    QCOMPARE(count(mSample.path(), QStringLiteral("quake_events")), before + 1);
    SqlStatement row(store.value()->handle(), QStringLiteral("SELECT magnitude, place FROM quake_events WHERE id = ?"));
    row.bind(1, form.eventId());
    QVERIFY(row.next());
    QCOMPARE(row.real(0), 6.2);
    QCOMPARE(row.text(1), QStringLiteral("县城北侧"));

    // Its impact: the area on the map as an event layer, the window, the PDF.
    PluginImpactPart part = PluginImpact::forEvent(quake, QStringLiteral("Earthquake"), store.value()->handle(), kind.id, form.eventId());
    QVERIFY2(part.error.isEmpty(), qPrintable(part.error));
    QVERIFY(part.areaWkt.startsWith(QStringLiteral("POLYGON")));
    QString error;
    QgsVectorLayer *area = EventLayer::add(&mProject, QStringLiteral("Earthquake #%1").arg(form.eventId()), part.areaWkt, &error);
    QVERIFY2(area && area->isValid(), qPrintable(error));
    QCOMPARE(area->featureCount(), 1L);
    QVERIFY(area->labelsEnabled());
    QVERIFY(mProject.layerTreeRoot()->findGroup(QStringLiteral("Events"))->findLayer(area));
    QVERIFY(!EventLayer::add(&mProject, QStringLiteral("bad"), QStringLiteral("POINT(1 2)"), &error));
    QVERIFY(error.contains(QStringLiteral("not a polygon")));

    EventFacts facts;
    facts.pluginName = QStringLiteral("Earthquake");
    facts.kindLabel = kind.label;
    facts.eventId = form.eventId();
    facts.values = form.facts();
    EventImpactWindow window(quake, facts, part, mSample.path(), QStringLiteral("示范县"), mWindow);
    window.level()->setCurrentIndex(0); // I
    const QString text = window.view()->text()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Earthquake intensity rings")), qPrintable(text));
    QVERIFY(text.contains(part.threatened.first().name));
    QVERIFY(text.contains(quake->checklist(ResponseLevel::I, ResponseTier::County).first()));
    window.view()->tier()->setCurrentIndex(1);
    QVERIFY(window.view()->text()->toPlainText().contains(quake->checklist(ResponseLevel::I, ResponseTier::Township).first()));

    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("event.pdf"));
    const Status written = window.exportPdf(pdf);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    const QString pdfText = testing::pdfText(pdf);
    QVERIFY2(pdfText.contains(QStringLiteral("Event impact analysis")), qPrintable(pdfText.left(400)));
    QVERIFY(pdfText.contains(QStringLiteral("Earthquake intensity rings")));
    // All three tiers on paper, at the level chosen in the window.
    QVERIFY(pdfText.contains(QStringLiteral("level I response checklist, County")));
    QVERIFY(pdfText.contains(QStringLiteral("level I response checklist, Township")));
    QVERIFY(pdfText.contains(QStringLiteral("level I response checklist, Village (grid)")));
  }
};

int main(int argc, char **argv)
{
  preparePluginPath();
  QgisRuntime runtime(argc, argv, true, QStringLiteral("en"));
  QCoreApplication::setOrganizationName(QStringLiteral("OneMapTests"));
  QCoreApplication::setApplicationName(QStringLiteral("test_board_plugins_" BOARD_PLUGINS_SCENARIO));
  QSettings().clear(); // every plugin enabled
  int code = 0;
  {
    TestBoardPlugins test;
    code = QTest::qExec(&test, argc, argv);
  }
  delete gPluginDir;
  return code;
}
#include "test_board_plugins.moc"
