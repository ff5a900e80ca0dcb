// The consultation agenda on the operator seat (issue 7 points 2, 5 and 6),
// over a real sample store loaded into a QGIS project and an offscreen canvas:
// - StepViews: capture and apply round trip (layers on, extent, selected
//   objects), a view in another CRS, a template view (layer groups only) and
//   layers marked to stay out of views;
// - agenda save/load: a rainstorm meeting from the template with views,
//   snapshots and notes on steps 1 and 3; a new session on the same file (the
//   board restarted) opens it identical;
// - the dock: Next/Previous and Page Down/Page Up move the step and put its
//   view on the map, also with the dock closed;
// - the meeting dialog makes a meeting with the fields given and the list
//   shows it; closed it is read-only, reopened editable; the judgement sheet
//   PDF holds the title; deleting removes it.
//
// To look at it: ONEMAP_SCREENSHOT_DIR=<dir> saves the dock and the window.
#include "PdfText.h"
#include "SampleStore.h"
#include "app/QgisRuntime.h"
#include "consult/ConsultationSession.h"
#include "consult/agenda/AgendaPanel.h"
#include "consult/agenda/ConsultationDock.h"
#include "consult/agenda/MeetingDialog.h"
#include "consult/agenda/MeetingList.h"
#include "consult/agenda/StepViews.h"
#include "consultation/Consultations.h"
#include "map/StoreMapLayers.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextCursor>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>
#include <qgscoordinatetransform.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgslayertree.h>
#include <qgslayertreemapcanvasbridge.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

using namespace onemap;

namespace {

// The extent within a small part of its size (the canvas keeps its aspect ratio).
bool near(const QgsRectangle &a, const QgsRectangle &b, double fraction = 1e-3)
{
  const double tol = fraction * std::max(b.width(), b.height());
  return std::abs(a.xMinimum() - b.xMinimum()) < tol && std::abs(a.yMinimum() - b.yMinimum()) < tol
      && std::abs(a.xMaximum() - b.xMaximum()) < tol && std::abs(a.yMaximum() - b.yMaximum()) < tol;
}

// The canvas shows \a wanted as setExtent puts it: centred, all of it, and as
// large as the canvas's aspect ratio allows (one side fits exactly).
bool shows(const QgsRectangle &shown, const QgsRectangle &wanted, double fraction = 1e-3)
{
  const double tol = fraction * std::max(wanted.width(), wanted.height());
  return std::abs(shown.center().x() - wanted.center().x()) < tol && std::abs(shown.center().y() - wanted.center().y()) < tol
      && shown.width() > wanted.width() - tol && shown.height() > wanted.height() - tol
      && (std::abs(shown.width() - wanted.width()) < tol || std::abs(shown.height() - wanted.height()) < tol);
}

QgsRectangle rectOf(const StepView &v) { return QgsRectangle(v.xmin, v.ymin, v.xmax, v.ymax); }

// A part of the county: the box from (fx0, fy0) to (fx1, fy1) in fractions.
QgsRectangle partOf(const QgsRectangle &r, double fx0, double fy0, double fx1, double fy1)
{
  return QgsRectangle(r.xMinimum() + fx0 * r.width(), r.yMinimum() + fy0 * r.height(), r.xMinimum() + fx1 * r.width(),
                      r.yMinimum() + fy1 * r.height());
}

QList<QgsFeatureId> firstIds(QgsVectorLayer *layer, int n)
{
  QList<QgsFeatureId> ids;
  QgsFeature f;
  QgsFeatureIterator it = layer->getFeatures(QgsFeatureRequest().setNoAttributes().setFlags(QgsFeatureRequest::NoGeometry).addOrderBy(QStringLiteral("id")));
  while (ids.size() < n && it.nextFeature(f))
    ids << f.id();
  return ids;
}

QSet<QString> visibleKeys(QgsProject &project)
{
  QSet<QString> out;
  for (QgsLayerTreeLayer *n : project.layerTreeRoot()->findLayers())
    if (n->isVisible() && !StepViews::layerKey(n->layer()).isEmpty())
      out.insert(StepViews::layerKey(n->layer()));
  return out;
}

} // namespace

class TestConsultAgenda : public QObject
{
  Q_OBJECT

  testing::SampleStore mSample {2024, 1, QDate::currentDate()};
  QTemporaryDir mOut;
  QgsProject mProject;
  QMainWindow *mWindow = nullptr;
  QgsMapCanvas *mCanvas = nullptr;
  QgsLayerTreeMapCanvasBridge *mBridge = nullptr;
  QgsRectangle mCounty;
  qint64 mMeetingId = 0;
  StepView mView1, mView3; // saved on steps 1 and 3 of the rainstorm meeting

  void shot(QWidget *widget, const QString &name)
  {
    if (!qEnvironmentVariableIsSet("ONEMAP_SCREENSHOT_DIR"))
      return;
    QTest::qWait(1500); // the canvas renders in the background
    QVERIFY(widget->grab().save(QDir(qEnvironmentVariable("ONEMAP_SCREENSHOT_DIR")).filePath(name)));
  }

  // A map state: exactly these keyed layers on, this extent, these selected.
  void setState(const QSet<QString> &on, const QgsRectangle &extent, const QMap<QString, QList<QgsFeatureId>> &selected)
  {
    for (QgsLayerTreeLayer *n : mProject.layerTreeRoot()->findLayers()) {
      const QString key = StepViews::layerKey(n->layer());
      if (key.isEmpty())
        continue;
      if (on.contains(key))
        n->setItemVisibilityCheckedParentRecursive(true);
      else
        n->setItemVisibilityChecked(false);
    }
    for (QgsMapLayer *l : mProject.mapLayers())
      if (auto *v = qobject_cast<QgsVectorLayer *>(l))
        v->removeSelection();
    for (auto it = selected.begin(); it != selected.end(); ++it)
      StoreMapLayers::layer(&mProject, it.key())->selectByIds(QgsFeatureIds(it.value().begin(), it.value().end()));
    mCanvas->setExtent(extent);
  }

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    QVERIFY(mOut.isValid());
    QVERIFY(StoreMapLayers::load(mSample.path(), &mProject).ok());
    mWindow = new QMainWindow;
    mCanvas = new QgsMapCanvas(mWindow);
    mCanvas->setDestinationCrs(mProject.crs());
    mWindow->setCentralWidget(mCanvas);
    mBridge = new QgsLayerTreeMapCanvasBridge(mProject.layerTreeRoot(), mCanvas, mWindow);
    mWindow->resize(1400, 900);
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow));
    mCounty = StoreMapLayers::countyExtent(&mProject);
    QVERIFY(!mCounty.isEmpty());
    mCanvas->setExtent(mCounty);
  }

  void cleanupTestCase()
  {
    delete mWindow;
    mWindow = nullptr;
    mProject.clear();
  }

  // The spatialite layers are keyed on id: a feature's fid is its row id.
  void fidIsTheRowId()
  {
    for (const QString &spec : {QStringLiteral("hidden_dangers"), QStringLiteral("townships"), QStringLiteral("shelters")}) {
      QgsVectorLayer *layer = StoreMapLayers::layer(&mProject, spec);
      QVERIFY(layer);
      QCOMPARE(StepViews::storeTable(layer), spec == QLatin1String("townships") ? QStringLiteral("admin_units") : spec);
      QgsFeature f;
      int n = 0;
      QgsFeatureIterator it = layer->getFeatures();
      while (n < 20 && it.nextFeature(f)) {
        QCOMPARE(f.id(), f.attribute(QStringLiteral("id")).toLongLong());
        ++n;
      }
      QVERIFY(n > 0);
    }
  }

  void captureApplyRoundTrip()
  {
    QgsVectorLayer *dangers = StoreMapLayers::layer(&mProject, QStringLiteral("hidden_dangers"));
    QgsVectorLayer *townships = StoreMapLayers::layer(&mProject, QStringLiteral("townships"));
    const QList<QgsFeatureId> dangerIds = firstIds(dangers, 3);
    const QList<QgsFeatureId> townshipIds = firstIds(townships, 1);
    QCOMPARE(dangerIds.size(), 3);
    const QSet<QString> on {QStringLiteral("hidden_dangers"), QStringLiteral("townships"), QStringLiteral("county"), QStringLiteral("rivers")};
    const QgsRectangle part = partOf(mCounty, 0.2, 0.3, 0.6, 0.7);
    setState(on, part, {{QStringLiteral("hidden_dangers"), dangerIds}, {QStringLiteral("townships"), townshipIds}});
    const StepView saved = StepViews::capture(mCanvas, &mProject, {QStringLiteral("map"), QStringLiteral("impact")});

    QCOMPARE(QSet<QString>(saved.layerIds.begin(), saved.layerIds.end()), on);
    QCOMPARE(saved.layerIds.size(), on.size());
    QCOMPARE(saved.crs, mProject.crs().authid());
    QVERIFY(saved.hasExtent());
    QVERIFY2(shows(rectOf(saved), part), qPrintable(rectOf(saved).toString() + QStringLiteral(" vs ") + part.toString()));
    QCOMPARE(saved.highlights.size(), 4);
    for (QgsFeatureId id : dangerIds)
      QVERIFY(saved.highlights.contains(ObjectRef {QStringLiteral("hidden_dangers"), id}));
    QVERIFY(saved.highlights.contains(ObjectRef {QStringLiteral("admin_units"), townshipIds.first()}));
    QCOMPARE(saved.boards, QStringList({QStringLiteral("map"), QStringLiteral("impact")}));
    // The view survives its JSON form exactly.
    ConsultationStep step;
    step.setView(saved);
    QVERIFY(step.view() == saved);

    // Everything else: all layers on, the whole county, other objects selected.
    QSet<QString> all;
    for (QgsLayerTreeLayer *n : mProject.layerTreeRoot()->findLayers())
      all.insert(StepViews::layerKey(n->layer()));
    setState(all, mCounty, {{QStringLiteral("shelters"), firstIds(StoreMapLayers::layer(&mProject, QStringLiteral("shelters")), 2)}});
    QVERIFY(!near(mCanvas->extent(), rectOf(saved)));

    StepViews::apply(saved, mCanvas, &mProject);
    QCOMPARE(visibleKeys(mProject), on);
    QVERIFY2(near(mCanvas->extent(), rectOf(saved)), qPrintable(mCanvas->extent().toString() + QStringLiteral(" vs ") + rectOf(saved).toString()));
    QCOMPARE(dangers->selectedFeatureIds(), QgsFeatureIds(dangerIds.begin(), dangerIds.end()));
    QCOMPARE(townships->selectedFeatureIds(), QgsFeatureIds({townshipIds.first()}));
    QVERIFY(StoreMapLayers::layer(&mProject, QStringLiteral("shelters"))->selectedFeatureIds().isEmpty());
    // Villages read admin_units too, but hold no township row: nothing selected there.
    QVERIFY(StoreMapLayers::layer(&mProject, QStringLiteral("villages"))->selectedFeatureIds().isEmpty());

    const StepView again = StepViews::capture(mCanvas, &mProject, saved.boards);
    QCOMPARE(again.layerIds, saved.layerIds);
    QCOMPARE(again.highlights, saved.highlights);
    QVERIFY(near(rectOf(again), rectOf(saved)));
  }

  void applyTransformsTheExtent()
  {
    // The county's box in geographic CGCS2000: the canvas (Gauss-Kruger) shows it.
    QgsVectorLayer *county = StoreMapLayers::layer(&mProject, QStringLiteral("county"));
    QCOMPARE(county->crs().authid(), QStringLiteral("EPSG:4490"));
    const QgsRectangle geo = partOf(county->extent(), 0.5, 0.5, 0.9, 0.9);
    StepView v;
    v.layerIds << QStringLiteral("county");
    v.xmin = geo.xMinimum();
    v.ymin = geo.yMinimum();
    v.xmax = geo.xMaximum();
    v.ymax = geo.yMaximum();
    v.crs = QStringLiteral("EPSG:4490");
    mCanvas->setExtent(mCounty);
    StepViews::apply(v, mCanvas, &mProject);
    const QgsRectangle expected = QgsCoordinateTransform(county->crs(), mProject.crs(), mProject.transformContext()).transformBoundingBox(geo);
    const QgsRectangle shown = mCanvas->extent();
    QVERIFY(std::abs(shown.center().x() - expected.center().x()) < expected.width() * 0.01);
    QVERIFY(std::abs(shown.center().y() - expected.center().y()) < expected.height() * 0.01);
    QVERIFY(shown.width() < mCounty.width() * 0.6);
    QCOMPARE(visibleKeys(mProject), QSet<QString>({QStringLiteral("county")}));
  }

  void templateViewSwitchesGroupsOnOnly()
  {
    setState({QStringLiteral("county"), QStringLiteral("hidden_dangers")}, mCounty, {{QStringLiteral("hidden_dangers"), firstIds(StoreMapLayers::layer(&mProject, QStringLiteral("hidden_dangers")), 1)}});
    StepView v; // as a template makes it: boards and layer groups (store tables)
    v.layerGroups = QStringList {QStringLiteral("shelters"), QStringLiteral("roads")};
    v.boards = QStringList {QStringLiteral("map")};
    const QgsRectangle before = mCanvas->extent();
    StepViews::apply(v, mCanvas, &mProject);
    const QSet<QString> shown = visibleKeys(mProject);
    // Both layers over the shelters table, the roads, and what was on stays on.
    QCOMPARE(shown, QSet<QString>({QStringLiteral("county"), QStringLiteral("hidden_dangers"), QStringLiteral("shelters"), QStringLiteral("temporary_shelters"), QStringLiteral("roads")}));
    QVERIFY(near(mCanvas->extent(), before));
    QCOMPARE(StoreMapLayers::layer(&mProject, QStringLiteral("hidden_dangers"))->selectedFeatureCount(), 1);
  }

  void skippedLayersAreLeftAlone()
  {
    auto *plots = new QgsVectorLayer(QStringLiteral("Point?crs=EPSG:4490"), QStringLiteral("plots"), QStringLiteral("memory"));
    auto *scratch = new QgsVectorLayer(QStringLiteral("Point?crs=EPSG:4490"), QStringLiteral("scratch"), QStringLiteral("memory"));
    StepViews::skipLayer(plots);
    QVERIFY(StepViews::layerKey(plots).isEmpty());
    QCOMPARE(StepViews::layerKey(scratch), QStringLiteral("scratch")); // no spec id: its name
    mProject.addMapLayer(plots);
    mProject.addMapLayer(scratch);
    const StepView captured = StepViews::capture(mCanvas, &mProject, {});
    QVERIFY(!captured.layerIds.contains(QStringLiteral("plots")));
    QVERIFY(captured.layerIds.contains(QStringLiteral("scratch")));
    StepView v;
    v.layerIds << QStringLiteral("county");
    StepViews::apply(v, mCanvas, &mProject);
    QVERIFY(mProject.layerTreeRoot()->findLayer(plots)->isVisible());
    QVERIFY(!mProject.layerTreeRoot()->findLayer(scratch)->isVisible());
    mProject.removeMapLayer(plots);
    mProject.removeMapLayer(scratch);
  }

  void snapshotIsAPngOfTheMap()
  {
    mCanvas->setExtent(mCounty);
    const QByteArray png = StepViews::snapshot(mCanvas, &mProject, 600);
    QVERIFY(png.startsWith("\x89PNG"));
    const QImage image = QImage::fromData(png, "PNG");
    QCOMPARE(image.width(), 600);
    QCOMPARE(image.height(), qRound(mCanvas->mapSettings().outputSize().height() * 600.0 / mCanvas->mapSettings().outputSize().width()));
    // Something was drawn: the county boundary is on, so not one colour.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
      for (int x = 0; x < image.width(); x += 7)
        colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 3);

    // The layers switched on a moment ago are in it, before the canvas has
    // taken them over (that waits for the event loop).
    setState({QStringLiteral("county")}, mCounty, {});
    const QImage onlyCounty = QImage::fromData(StepViews::snapshot(mCanvas, &mProject, 600), "PNG");
    setState({QStringLiteral("county"), QStringLiteral("townships"), QStringLiteral("hidden_dangers"), QStringLiteral("risk_geological")}, mCounty, {});
    const QImage more = QImage::fromData(StepViews::snapshot(mCanvas, &mProject, 600), "PNG");
    auto painted = [](const QImage &img) {
      const QRgb background = img.pixel(0, 0);
      int n = 0;
      for (int y = 0; y < img.height(); y += 3)
        for (int x = 0; x < img.width(); x += 3)
          n += img.pixel(x, y) != background;
      return n;
    };
    QVERIFY2(painted(more) > painted(onlyCounty) * 2, qPrintable(QStringLiteral("%1 vs %2").arg(painted(more)).arg(painted(onlyCounty))));
  }

  // Issue 7 point 6: agenda save/load round trip; a meeting reopened after the
  // board restarts is identical.
  void agendaSurvivesARestart()
  {
    Result<AgendaTemplate> rainstorm = AgendaTemplates::builtIn(QStringLiteral("rolling_event/rainstorm"));
    QVERIFY(rainstorm.ok());
    QgsVectorLayer *dangers = StoreMapLayers::layer(&mProject, QStringLiteral("hidden_dangers"));
    Consultation saved;
    {
      ConsultationSession session(mSample.path());
      QVERIFY2(session.isValid(), qPrintable(session.error()));
      Consultation header;
      header.title = QStringLiteral("暴雨会商 测试");
      header.place = QStringLiteral("县应急指挥中心");
      header.chair = QStringLiteral("王县长");
      header.attendees = QStringList {QStringLiteral("气象局"), QStringLiteral("水利局"), QStringLiteral("自然资源局")};
      Result<qint64> id = session.start(rainstorm.value(), header);
      QVERIFY2(id.ok(), qPrintable(id.message()));
      mMeetingId = id.value();
      QCOMPARE(session.stepCount(), rainstorm.value().steps.size());
      QVERIFY(session.stepCount() >= 3);

      setState({QStringLiteral("county"), QStringLiteral("townships"), QStringLiteral("stations")}, partOf(mCounty, 0.0, 0.0, 0.5, 0.5), {});
      session.setBoards({QStringLiteral("map"), QStringLiteral("warnings")});
      mView1 = StepViews::capture(mCanvas, &mProject, session.boards());
      QVERIFY(session.setStepView(0, mView1, StepViews::snapshot(mCanvas, &mProject)));
      QVERIFY(session.setStepNotes(0, QStringLiteral("先看雨情：过去24小时累计雨量。")));

      session.goToStep(2);
      setState({QStringLiteral("county"), QStringLiteral("hidden_dangers"), QStringLiteral("risk_geological")}, partOf(mCounty, 0.4, 0.4, 0.9, 0.8),
               {{QStringLiteral("hidden_dangers"), firstIds(dangers, 2)}});
      session.setBoards({QStringLiteral("map"), QStringLiteral("impact")});
      mView3 = StepViews::capture(mCanvas, &mProject, session.boards());
      QCOMPARE(mView3.highlights.size(), 2);
      QVERIFY(session.setStepView(2, mView3, StepViews::snapshot(mCanvas, &mProject)));
      QVERIFY(session.setStepNotes(2, QStringLiteral("地灾隐患点：重点看红色预警区内的点。")));
      saved = session.meeting();
    } // the board stops: the session and its store connection go

    ConsultationSession restarted(mSample.path());
    QVERIFY(restarted.isValid());
    QVERIFY(restarted.open(mMeetingId).ok());
    const Consultation &back = restarted.meeting();
    QCOMPARE(back.title, saved.title);
    QCOMPARE(back.place, saved.place);
    QCOMPARE(back.chair, saved.chair);
    QCOMPARE(back.attendees, saved.attendees);
    QCOMPARE(back.kind, QStringLiteral("rolling_event"));
    QCOMPARE(back.hazard, QStringLiteral("rainstorm"));
    QCOMPARE(back.steps.size(), saved.steps.size());
    for (int i = 0; i < saved.steps.size(); ++i) {
      QCOMPARE(back.steps[i].title, saved.steps[i].title);
      QCOMPARE(back.steps[i].speakerNotes, saved.steps[i].speakerNotes);
      QVERIFY2(back.steps[i].view() == saved.steps[i].view(), qPrintable(back.steps[i].viewJson));
      QCOMPARE(back.steps[i].snapshotPng, saved.steps[i].snapshotPng);
      QCOMPARE(back.steps[i].title, rainstorm.value().steps[i].title);
    }
    QVERIFY(back.steps[0].view() == mView1);
    QVERIFY(back.steps[2].view() == mView3);
    QVERIFY(!back.steps[0].snapshotPng.isEmpty());
    QVERIFY(!back.steps[2].snapshotPng.isEmpty());
    QVERIFY(back.steps[1].snapshotPng.isEmpty());
    QVERIFY(back.steps[0].snapshotPng != back.steps[2].snapshotPng);
    QVERIFY(QImage::fromData(back.steps[2].snapshotPng, "PNG").width() <= 1600);
    // Untouched steps keep the template's suggestion.
    QCOMPARE(back.steps[1].view().layerGroups, rainstorm.value().steps[1].layerGroups);
    QVERIFY(!back.steps[1].view().hasExtent());
    // Opening shows step 1 with its boards.
    QCOMPARE(restarted.currentStep(), 0);
    QCOMPARE(restarted.boards(), mView1.boards);
  }

  void dockMovesThroughTheSteps()
  {
    QVERIFY(mMeetingId > 0);
    ConsultationSession session(mSample.path());
    ConsultationDock *dock = ConsultationDock::addTo(mWindow, &mProject, mCanvas, &session);
    QVERIFY(dock);
    QVERIFY(dock->isHidden());
    dock->show();
    QVERIFY(dock->tabs()->count() >= 2);
    mCanvas->setExtent(mCounty);
    QVERIFY(session.open(mMeetingId).ok());
    QCOMPARE(dock->tabs()->currentWidget(), static_cast<QWidget *>(dock->agenda()));
    QCOMPARE(session.currentStep(), 0);
    QVERIFY2(shows(mCanvas->extent(), rectOf(mView1)), qPrintable(mCanvas->extent().toString() + QStringLiteral(" vs ") + rectOf(mView1).toString()));
    QCOMPARE(visibleKeys(mProject), QSet<QString>(mView1.layerIds.begin(), mView1.layerIds.end()));
    AgendaPanel *agenda = dock->agenda();
    QCOMPARE(agenda->steps()->count(), session.stepCount());
    QCOMPARE(agenda->steps()->currentRow(), 0);
    QVERIFY(agenda->steps()->item(0)->font().bold());
    QCOMPARE(agenda->notesEditor()->toPlainText(), session.meeting().steps[0].speakerNotes);
    QVERIFY(!agenda->snapshotLabel()->pixmap(Qt::ReturnByValue).isNull());
    QVERIFY(agenda->boardBox(QStringLiteral("warnings"))->isChecked());
    QVERIFY(!agenda->boardBox(QStringLiteral("impact"))->isChecked());
    shot(dock, QStringLiteral("consult-agenda-dock.png"));
    shot(mWindow, QStringLiteral("consult-agenda-window.png"));

    // Next: step 2 is the template's (no extent): the map stays where it is.
    const QgsRectangle elsewhere = partOf(mCounty, 0.6, 0.6, 0.9, 0.9);
    mCanvas->setExtent(elsewhere);
    const QgsRectangle before = mCanvas->extent();
    QTest::mouseClick(agenda->nextButton(), Qt::LeftButton);
    QCOMPARE(session.currentStep(), 1);
    QVERIFY(near(mCanvas->extent(), before));
    QVERIFY(agenda->steps()->item(1)->font().bold());
    QVERIFY(!agenda->steps()->item(0)->font().bold());
    QVERIFY(agenda->snapshotLabel()->pixmap(Qt::ReturnByValue).isNull());
    // Next again: step 3 and its view.
    QTest::mouseClick(agenda->nextButton(), Qt::LeftButton);
    QCOMPARE(session.currentStep(), 2);
    QVERIFY2(shows(mCanvas->extent(), rectOf(mView3)), qPrintable(mCanvas->extent().toString() + QStringLiteral(" vs ") + rectOf(mView3).toString()));
    QCOMPARE(StoreMapLayers::layer(&mProject, QStringLiteral("hidden_dangers"))->selectedFeatureCount(), 2);
    QCOMPARE(session.boards(), mView3.boards);
    QVERIFY(agenda->boardBox(QStringLiteral("impact"))->isChecked());
    QTest::mouseClick(agenda->previousButton(), Qt::LeftButton);
    QCOMPARE(session.currentStep(), 1);

    // The remote: Page Up / Page Down wherever the focus is.
    mWindow->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(mWindow));
    mCanvas->setFocus();
    QTest::keyClick(mCanvas, Qt::Key_PageUp);
    QCOMPARE(session.currentStep(), 0);
    QVERIFY2(shows(mCanvas->extent(), rectOf(mView1)), qPrintable(mCanvas->extent().toString() + QStringLiteral(" vs ") + rectOf(mView1).toString()));
    QTest::keyClick(agenda->steps(), Qt::Key_PageDown);
    QCOMPARE(session.currentStep(), 1);
    QTest::keyClick(mCanvas, Qt::Key_PageDown);
    QCOMPARE(session.currentStep(), 2);
    QVERIFY2(shows(mCanvas->extent(), rectOf(mView3)), qPrintable(mCanvas->extent().toString() + QStringLiteral(" vs ") + rectOf(mView3).toString()));
    // The dock closed: the keys still work (the window holds the actions).
    dock->hide();
    QTest::keyClick(mCanvas, Qt::Key_PageUp);
    QCOMPARE(session.currentStep(), 1);
    QTest::keyClick(mCanvas, Qt::Key_PageUp);
    QCOMPARE(session.currentStep(), 0);
    QTest::keyClick(mCanvas, Qt::Key_PageUp); // at the first step: stays
    QCOMPARE(session.currentStep(), 0);
    dock->show();
    // Another top-level window has the focus (the wall): the keys still work.
    {
      QWidget wall;
      wall.resize(640, 360);
      wall.show();
      wall.activateWindow();
      QVERIFY(QTest::qWaitForWindowActive(&wall));
      QTest::keyClick(&wall, Qt::Key_PageDown);
      QCOMPARE(session.currentStep(), 1);
      QTest::keyClick(&wall, Qt::Key_PageUp);
      QCOMPARE(session.currentStep(), 0);
    }
    mWindow->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(mWindow));

    // Notes typed and the step left: saved on the way.
    const QString notes = QStringLiteral("雨情补充：城区内涝点三处。");
    agenda->notesEditor()->setPlainText(notes);
    agenda->notesEditor()->document()->setModified(true);
    QTest::mouseClick(agenda->nextButton(), Qt::LeftButton);
    QCOMPARE(session.currentStep(), 1);
    QCOMPARE(session.meeting().steps[0].speakerNotes, notes);
    {
      auto stored = Consultations(session.store()).load(mMeetingId);
      QVERIFY(stored.ok());
      QCOMPARE(stored.value().steps[0].speakerNotes, notes);
    }
    // Clicking a step in the list goes there.
    agenda->steps()->setCurrentRow(2);
    QCOMPARE(session.currentStep(), 2);
    // Board boxes drive the session's boards.
    agenda->boardBox(QStringLiteral("forces"))->setChecked(true);
    QVERIFY(session.boards().contains(QStringLiteral("forces")));
    // Save the view into step 2 from the dock; Undo puts the template's back.
    mCanvas->setExtent(partOf(mCounty, 0.1, 0.1, 0.4, 0.4));
    QTest::mouseClick(agenda->previousButton(), Qt::LeftButton);
    QCOMPARE(session.currentStep(), 1);
    mCanvas->setExtent(partOf(mCounty, 0.1, 0.1, 0.4, 0.4));
    const QgsRectangle chosen = mCanvas->extent();
    QTest::mouseClick(agenda->saveViewButton(), Qt::LeftButton);
    QVERIFY(near(rectOf(session.meeting().steps[1].view()), chosen));
    QVERIFY(!session.meeting().steps[1].snapshotPng.isEmpty());
    QVERIFY(!agenda->snapshotLabel()->pixmap(Qt::ReturnByValue).isNull());
    session.undoStack()->undo();
    QVERIFY(!session.meeting().steps[1].view().hasExtent());
    QVERIFY(agenda->snapshotLabel()->pixmap(Qt::ReturnByValue).isNull());
    QVERIFY(dock->message().isEmpty());
    delete dock;
  }

  // The board shuts down while notes are being typed: the session (made
  // first) goes before the dock; the notes are kept, nothing crashes.
  void shutDownWhileTypingNotes()
  {
    QVERIFY(mMeetingId > 0);
    auto *window = new QMainWindow;
    auto *session = new ConsultationSession(mSample.path(), window);
    auto *canvas = new QgsMapCanvas(window);
    window->setCentralWidget(canvas);
    ConsultationDock *dock = ConsultationDock::addTo(window, &mProject, canvas, session);
    window->resize(1000, 700);
    window->show();
    dock->show();
    QVERIFY(session->open(mMeetingId).ok());
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QPlainTextEdit *notes = dock->agenda()->notesEditor();
    notes->setFocus();
    QVERIFY(notes->hasFocus());
    notes->moveCursor(QTextCursor::End);
    QTest::keyClicks(notes, QStringLiteral(" ok"));
    QVERIFY(notes->document()->isModified());
    const QString typed = notes->toPlainText();
    delete window;
    auto store = Store::open(mSample.path());
    QCOMPARE(Consultations(*store.value()).load(mMeetingId).value().steps[0].speakerNotes, typed);
  }

  void meetingDialogListCloseReopenExport()
  {
    ConsultationSession session(mSample.path());
    ConsultationDock dock(&session, &mProject, mCanvas);
    dock.resize(900, 700);
    dock.show();
    MeetingDialog dialog(session.store(), &dock);
    auto *templates = dialog.findChild<QComboBox *>(QStringLiteral("template"));
    QVERIFY(templates);
    const int flood = templates->findData(QStringLiteral("rolling_event/flood"));
    QVERIFY(flood >= 0);
    templates->setCurrentIndex(flood);
    // Kind and hazard follow the template; the title is the template's name and the date.
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("kind"))->currentData().toString(), QStringLiteral("rolling_event"));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("hazard"))->currentData().toString(), QStringLiteral("flood"));
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("title"));
    QVERIFY(title->text().contains(dialog.agenda().name));
    QVERIFY(title->text().contains(QDate::currentDate().toString(Qt::ISODate)));
    QTest::keyClicks(title, QStringLiteral("X"));
    title->setText(QStringLiteral("防汛滚动会商 第3次"));
    dialog.findChild<QDateEdit *>(QStringLiteral("date"))->setDate(QDate::currentDate());
    QCOMPARE(title->text(), QStringLiteral("防汛滚动会商 第3次")); // typed titles stay
    dialog.findChild<QLineEdit *>(QStringLiteral("place"))->setText(QStringLiteral("县防汛抗旱指挥部"));
    dialog.findChild<QLineEdit *>(QStringLiteral("chair"))->setText(QStringLiteral("李副县长"));
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("attendees"))->setPlainText(QStringLiteral("水利局、气象局\n应急局, 自然资源局；武装部"));
    auto *warning = dialog.findChild<QComboBox *>(QStringLiteral("warning"));
    QVERIFY(warning->count() >= 2); // (none) and the sample's warnings in force today
    warning->setCurrentIndex(1);
    const qint64 warningId = warning->currentData().toLongLong();
    QVERIFY(warningId > 0);
    {
      auto store = Store::open(mSample.path());
      SqlStatement q(store.value()->handle(), QStringLiteral("SELECT status FROM warnings WHERE id = ?"));
      q.bind(1, warningId);
      QVERIFY(q.next());
      QCOMPARE(q.text(0), QStringLiteral("active"));
    }

    if (qEnvironmentVariableIsSet("ONEMAP_SCREENSHOT_DIR")) {
      dialog.show();
      shot(&dialog, QStringLiteral("consult-meeting-dialog.png"));
      dialog.hide();
    }
    Result<qint64> started = dock.startFrom(dialog);
    QVERIFY2(started.ok(), qPrintable(started.message()));
    const qint64 id = started.value();
    const Consultation &c = session.meeting();
    QCOMPARE(c.id, id);
    QCOMPARE(c.title, QStringLiteral("防汛滚动会商 第3次"));
    QCOMPARE(c.kind, QStringLiteral("rolling_event"));
    QCOMPARE(c.hazard, QStringLiteral("flood"));
    QCOMPARE(c.heldOn, QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(c.place, QStringLiteral("县防汛抗旱指挥部"));
    QCOMPARE(c.chair, QStringLiteral("李副县长"));
    QCOMPARE(c.attendees, QStringList({QStringLiteral("水利局"), QStringLiteral("气象局"), QStringLiteral("应急局"), QStringLiteral("自然资源局"), QStringLiteral("武装部")}));
    QCOMPARE(c.warningId, warningId);
    QCOMPARE(c.steps.size(), AgendaTemplates::builtIn(QStringLiteral("rolling_event/flood")).value().steps.size());
    QCOMPARE(dock.tabs()->currentWidget(), static_cast<QWidget *>(dock.agenda()));

    // The list: newest first, the new meeting in it and selected.
    MeetingList *list = dock.meetings();
    QTreeWidget *rows = list->view();
    QCOMPARE(rows->topLevelItemCount(), int(Consultations(session.store()).list().size()));
    QCOMPARE(list->selectedId(), id);
    bool listed = false;
    for (int i = 0; i < rows->topLevelItemCount(); ++i)
      if (rows->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id) {
        listed = rows->topLevelItem(i)->text(1) == c.title;
        QVERIFY(rows->topLevelItem(i)->font(1).bold()); // the one on the board
      }
    QVERIFY(listed);
    dock.tabs()->setCurrentWidget(list);
    shot(&dock, QStringLiteral("consult-meetings.png"));
    dock.tabs()->setCurrentWidget(dock.agenda());

    // Closed: read-only; saving a view is refused and said in the dock.
    // Notes being typed are saved before the meeting closes.
    const QString lastWords = QStringLiteral("会后：各乡镇18时前报转移人数。");
    dock.agenda()->notesEditor()->setPlainText(lastWords);
    dock.agenda()->notesEditor()->document()->setModified(true);
    QVERIFY(list->closeSelected().ok());
    QCOMPARE(Consultations(session.store()).load(id).value().steps[0].speakerNotes, lastWords);
    QVERIFY(session.isReadOnly());
    QVERIFY(!dock.agenda()->saveViewButton()->isEnabled());
    QVERIFY(dock.agenda()->notesEditor()->isReadOnly());
    QVERIFY(dock.message().isEmpty());
    const QString viewBefore = session.meeting().steps[0].viewJson;
    mCanvas->setExtent(partOf(mCounty, 0.3, 0.3, 0.5, 0.5));
    QVERIFY(!dock.agenda()->saveCurrentView());
    QVERIFY(!dock.message().isEmpty());
    QCOMPARE(Consultations(session.store()).load(id).value().steps[0].viewJson, viewBefore);
    QCOMPARE(Consultations(session.store()).load(id).value().status, QStringLiteral("closed"));
    // Review still moves through the steps.
    dock.nextAction()->trigger();
    QCOMPARE(session.currentStep(), 1);
    shot(&dock, QStringLiteral("consult-agenda-closed.png"));

    // Reopened: editable again.
    QVERIFY(list->reopenSelected().ok());
    QVERIFY(!session.isReadOnly());
    QVERIFY(dock.agenda()->saveViewButton()->isEnabled());
    QVERIFY(dock.agenda()->saveCurrentView());
    QVERIFY(session.meeting().steps[1].view().hasExtent());
    QCOMPARE(Consultations(session.store()).load(id).value().status, QStringLiteral("open"));

    // The one-sheet judgement of the meeting, read back.
    const QString pdf = mOut.filePath(QStringLiteral("judgement.pdf"));
    const Status exported = list->exportSheet(id, pdf);
    QVERIFY2(exported.ok(), qPrintable(exported.message()));
    if (qEnvironmentVariableIsSet("ONEMAP_SCREENSHOT_DIR"))
      QFile::copy(pdf, QDir(qEnvironmentVariable("ONEMAP_SCREENSHOT_DIR")).filePath(QStringLiteral("consult-judgement.pdf")));
    const QString text = testing::pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("防汛滚动会商 第3次")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("县防汛抗旱指挥部")));

    // Deleted: it leaves the board, the list and the store.
    QVERIFY(list->removeMeeting(id).ok());
    QVERIFY(!session.hasMeeting());
    QVERIFY(!list->selectMeeting(id));
    QVERIFY(!Consultations(session.store()).load(id).ok());
  }
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true);
  TestConsultAgenda test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_consult_agenda.moc"
