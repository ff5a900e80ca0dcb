// The transfer dock on the board (MainWindow over a real sample store), with
// a plan written through TransferPlanTable / TransferAssignmentTable: the
// plans newest first, the rows with totals and the unplaced in red, the
// route of a selected row selected and zoomed on the map; reassigning
// through the dialog splits the row (audited) and Undo puts it back; the
// tracking table marks villages lagging until their report says 100%; a road
// marked cut (audited) shows on the cut-roads layer and Undo opens it; the
// transfer map layers hold the right features; making a plan from the dock
// (worker thread) ends with a plan row and the table filled; the exports
// from the dock are read back (CSV text, PDF through pdftotext).
//
// To look at it: ONEMAP_SCREENSHOT_DIR=<dir> saves the dock and the window
// (ONEMAP_EXTRA_QM=<file.qm> adds translations not yet merged).
#include "PdfText.h"
#include "SampleStore.h"
#include "app/QgisRuntime.h"
#include "map/StoreMapLayers.h"
#include "map/TransferMapLayers.h"
#include "store/SqlStatement.h"
#include "store/Store.h"
#include "transfer/ReassignDialog.h"
#include "transfer/RoadCutTool.h"
#include "transfer/TrackingModel.h"
#include "transfer/TrackingPanel.h"
#include "transfer/TransferReportDialog.h"
#include "transfer/TransferDock.h"
#include "transfer/TransferPlanForm.h"
#include "transfer/TransferPlanRunner.h"
#include "transfer/TransferPlans.h"
#include "transfer/TransferRowsModel.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>
#include <qgscoordinatetransform.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsgeometry.h>
#include <qgslayertree.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

using namespace onemap;

namespace {

struct Place
{
  QString code, name, village, township;
  qint64 id = 0;
  qint64 people = 0;
  double lon = 0, lat = 0;
};

qint64 scalar(const QString &path, const QString &sql, const QVariantList &params = {})
{
  auto store = Store::open(path);
  if (!store)
    return -1;
  SqlStatement q(store.value()->handle(), sql);
  for (int i = 0; i < params.size(); ++i)
    q.bind(i + 1, params[i]);
  return q.next() ? q.int64(0) : -1;
}

// Features as drawn: read from the provider now, not the cached count.
long drawn(QgsVectorLayer *layer)
{
  long n = 0;
  QgsFeature f;
  QgsFeatureIterator it = layer->getFeatures(QgsFeatureRequest().setNoAttributes().setFlags(QgsFeatureRequest::NoGeometry));
  while (it.nextFeature(f))
    ++n;
  return n;
}

QString line(const Place &from, const Place &to)
{
  return QStringLiteral("LINESTRING(%1 %2, %3 %4, %5 %6)")
    .arg(from.lon, 0, 'f', 6).arg(from.lat, 0, 'f', 6)
    .arg((from.lon + to.lon) / 2 + 0.001, 0, 'f', 6).arg((from.lat + to.lat) / 2, 0, 'f', 6)
    .arg(to.lon, 0, 'f', 6).arg(to.lat, 0, 'f', 6);
}

} // namespace

class TestTransferDock : public QObject
{
  Q_OBJECT

  testing::SampleStore mSample {2024, 1, QDate::currentDate()};
  QgsProject mProject;
  MainWindow *mWindow = nullptr;
  TransferDock *mDock = nullptr;
  QString mTownship;
  QVector<Place> mDangers;   // three points of the township
  Place mVillage;
  QVector<Place> mShelters;  // open, with room, nearest the first point first
  qint64 mOldPlan = 0;
  qint64 mPlan = 0;

  void shot(QWidget *widget, const QString &name)
  {
    if (!qEnvironmentVariableIsSet("ONEMAP_SCREENSHOT_DIR"))
      return;
    QTest::qWait(1500); // the canvas renders in the background
    QVERIFY(widget->grab().save(QDir(qEnvironmentVariable("ONEMAP_SCREENSHOT_DIR")).filePath(name)));
  }

  TransferPlan newPlan(Store &store, const QString &name, const QString &createdAt)
  {
    TransferPlan p;
    p.name = name;
    p.areaKind = QStringLiteral("township");
    p.areaRef = mTownship;
    p.areaLabel = name;
    p.travelMode = QStringLiteral("walk");
    p.createdAt = createdAt;
    p.createdBy = QStringLiteral("tester");
    SqlStatement q(store.handle(), QStringLiteral("SELECT AsText(geom) FROM admin_units WHERE code = ?"));
    q.bind(1, mTownship);
    if (q.next())
      p.areaWkt = q.text(0);
    return p;
  }

  // Through the typed tables, as the brief of the test asks (placed rows only: an unplaced row has no geometry).
  qint64 addPlan(Store &store, const QString &name, const QString &createdAt, const QVector<TransferAssignment> &rows)
  {
    const TransferPlan p = newPlan(store, name, createdAt);
    const Result<qint64> id = TransferPlanTable(store).add(p, QStringLiteral("tester"));
    if (!id)
      return 0;
    for (TransferAssignment a : rows) {
      a.planId = id.value();
      if (!TransferAssignmentTable(store).add(a, QStringLiteral("tester")))
        return 0;
    }
    return id.value();
  }

  TransferAssignment row(const Place &source, const QString &kind, qint64 people, const Place *shelter)
  {
    TransferAssignment a;
    a.sourceKind = kind;
    a.sourceCode = source.code;
    a.sourceName = source.name;
    a.villageCode = source.village;
    a.townshipCode = source.township;
    a.riskType = kind == QLatin1String("danger") ? QStringLiteral("landslide") : QStringLiteral("rainstorm");
    a.people = people;
    a.responsiblePerson = QStringLiteral("张三");
    a.responsiblePhone = QStringLiteral("13800000000");
    if (shelter) {
      a.shelterId = shelter->id;
      a.shelterName = shelter->name;
      a.routeWkt = line(source, *shelter);
      a.routeM = 1234;
      a.routeMinutes = 15;
    } else {
      a.unplacedReason = QStringLiteral("capacity_exhausted");
    }
    return a;
  }

  int rowOfSource(const QString &code, qint64 shelterId) const
  {
    const auto &rows = mDock->rowsModel()->rows();
    for (int r = 0; r < rows.size(); ++r)
      if (rows[r].sourceCode == code && rows[r].shelterId == shelterId)
        return r;
    return -1;
  }

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    QVERIFY(StoreMapLayers::load(mSample.path(), &mProject).ok());
    mWindow = new MainWindow(&mProject);
    mWindow->resize(1600, 1000);
    mWindow->show();
    mDock = mWindow->findChild<TransferDock *>();
    QVERIFY(mDock);
    QVERIFY2(mDock->isValid(), qPrintable(mDock->error()));
    mDock->setActor(QStringLiteral("值班员"));
    mDock->toggleViewAction()->trigger(); // as View > Transfer and shelter does
    QVERIFY(mDock->isVisible());

    auto store = Store::open(mSample.path());
    QVERIFY(store.ok());
    // The township with the most open hidden-danger points.
    {
      SqlStatement q(store.value()->handle(), QStringLiteral(
        "SELECT v.parent_code FROM hidden_dangers d JOIN admin_units v ON v.code = d.village_code "
        "WHERE d.threatened_people > 0 GROUP BY v.parent_code ORDER BY count(*) DESC, v.parent_code LIMIT 1"));
      QVERIFY(q.next());
      mTownship = q.text(0);
    }
    {
      SqlStatement q(store.value()->handle(), QStringLiteral(
        "SELECT d.code, d.name, d.village_code, v.parent_code, d.threatened_people, X(d.geom), Y(d.geom) FROM hidden_dangers d "
        "JOIN admin_units v ON v.code = d.village_code WHERE v.parent_code = ? AND d.threatened_people > 0 ORDER BY d.code LIMIT 3"));
      q.bind(1, mTownship);
      while (q.next())
        mDangers << Place {q.text(0), q.text(1), q.text(2), q.text(3), 0, q.int64(4), q.real(5), q.real(6)};
    }
    QCOMPARE(mDangers.size(), 3);
    {
      SqlStatement q(store.value()->handle(), QStringLiteral(
        "SELECT code, name, parent_code, X(PointOnSurface(geom)), Y(PointOnSurface(geom)) FROM admin_units WHERE code = ?"));
      q.bind(1, mDangers[0].village);
      QVERIFY(q.next());
      mVillage = Place {q.text(0), q.text(1), q.text(0), q.text(2), 0, 40, q.real(3), q.real(4)};
    }
    {
      SqlStatement q(store.value()->handle(), QStringLiteral(
        "SELECT id, code, name, X(geom), Y(geom) FROM shelters WHERE is_open = 1 AND capacity - occupancy >= 60 "
        "ORDER BY (X(geom) - ?) * (X(geom) - ?) + (Y(geom) - ?) * (Y(geom) - ?) LIMIT 3"));
      q.bind(1, mDangers[0].lon).bind(2, mDangers[0].lon).bind(3, mDangers[0].lat).bind(4, mDangers[0].lat);
      while (q.next()) {
        Place s;
        s.id = q.int64(0);
        s.code = q.text(1);
        s.name = q.text(2);
        s.lon = q.real(3);
        s.lat = q.real(4);
        mShelters << s;
      }
    }
    QCOMPARE(mShelters.size(), 3);

    mOldPlan = addPlan(*store.value(), QStringLiteral("旧计划"), QStringLiteral("2025-06-01T08:00:00"),
                       {row(mDangers[0], QStringLiteral("danger"), 10, &mShelters[1])});
    QVERIFY(mOldPlan > 0);
    // With a group not placed: through TransferPlans::save, which writes rows without a route.
    const Result<qint64> saved = TransferPlans(*store.value()).save(newPlan(*store.value(), QStringLiteral("测试转移计划"), QStringLiteral("2025-06-02T08:00:00")),
                                                                    {row(mDangers[0], QStringLiteral("danger"), 30, &mShelters[0]),
                                                                     row(mDangers[1], QStringLiteral("danger"), 20, &mShelters[0]),
                                                                     row(mVillage, QStringLiteral("village"), 40, &mShelters[1]),
                                                                     row(mDangers[2], QStringLiteral("danger"), 15, nullptr)},
                                                                    QStringLiteral("tester"));
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    mPlan = saved.value();
  }

  void listsPlansNewestFirstAndTheRows()
  {
    mDock->reloadPlans();
    QListWidget *plans = mDock->plansList();
    QCOMPARE(plans->count(), 2);
    QCOMPARE(plans->item(0)->data(Qt::UserRole).toLongLong(), mPlan);
    QCOMPARE(plans->item(1)->data(Qt::UserRole).toLongLong(), mOldPlan);
    plans->setCurrentRow(0); // as a click does
    QCOMPARE(mDock->currentPlanId(), mPlan);
    TransferRowsModel *m = mDock->rowsModel();
    QCOMPARE(m->rowCount(), 4);
    QCOMPARE(m->people(), qint64(105));
    QCOMPARE(m->placed(), qint64(90));
    QCOMPARE(m->unplaced(), qint64(15));
    QCOMPARE(m->unplacedRows(), 1);
    // Danger points first, then the village; the unplaced row is tinted red.
    QCOMPARE(m->rows().last().sourceKind, QStringLiteral("village"));
    const int unplaced = rowOfSource(mDangers[2].code, 0);
    QVERIFY(unplaced >= 0);
    const QColor red = m->data(m->index(unplaced, TransferRowsModel::Unplaced), Qt::BackgroundRole).value<QBrush>().color();
    QVERIFY(red.red() > 200 && red.green() < 220);
    QVERIFY(!m->data(m->index(rowOfSource(mDangers[1].code, mShelters[0].id), 0), Qt::BackgroundRole).isValid());
    QCOMPARE(m->data(m->index(rowOfSource(mDangers[1].code, mShelters[0].id), TransferRowsModel::Shelter)).toString(), mShelters[0].name);
    QCOMPARE(m->data(m->index(rowOfSource(mDangers[1].code, mShelters[0].id), TransferRowsModel::RouteKm)).toString(), QStringLiteral("1.23"));
    QVERIFY(mDock->totals()->text().contains(QStringLiteral("105")));
  }

  void mapLayersHoldThePlan()
  {
    QgsLayerTreeGroup *group = TransferMapLayers::group(&mProject);
    QVERIFY(group);
    // Above every store layer group (a consultation's plots may be above it).
    const QList<QgsLayerTreeNode *> top = mProject.layerTreeRoot()->children();
    for (QgsLayerTreeGroup *other : mProject.layerTreeRoot()->findGroups())
      if (other != group && !other->name().isEmpty() && StoreMapLayers::layer(&mProject, QStringLiteral("townships"))
          && other->findLayer(StoreMapLayers::layer(&mProject, QStringLiteral("townships"))))
        QVERIFY(top.indexOf(group) < top.indexOf(other));
    QVERIFY(top.indexOf(group) <= 1);
    QgsVectorLayer *routes = TransferMapLayers::layer(&mProject, TransferMapLayers::Kind::Routes);
    QVERIFY(routes && routes->isValid());
    QCOMPARE(drawn(routes), 3); // the placed rows
    QVERIFY(group->findLayer(routes));
    QgsVectorLayer *cut = TransferMapLayers::layer(&mProject, TransferMapLayers::Kind::CutRoads);
    QVERIFY(cut && cut->isValid());
    QCOMPARE(drawn(cut), scalar(mSample.path(), QStringLiteral("SELECT count(*) FROM roads WHERE is_cut = 1")));
    QgsVectorLayer *balance = TransferMapLayers::layer(&mProject, TransferMapLayers::Kind::Balance);
    QVERIFY(balance);
    QVERIFY(balance->featureCount() >= 1);
    // The township of the plan is in it with its 105 people to move.
    bool found = false;
    QgsFeature f;
    QgsFeatureIterator it = balance->getFeatures();
    while (it.nextFeature(f))
      if (f.attribute(QStringLiteral("code")).toString() == mTownship) {
        found = true;
        QCOMPARE(f.attribute(QStringLiteral("people")).toLongLong(), qint64(105));
        QVERIFY(!f.geometry().isEmpty());
      }
    QVERIFY(found);
    // Only the townships with people to move: this plan's one.
    QCOMPARE(balance->featureCount(), 1L);
    QgsVectorLayer *tracking = TransferMapLayers::layer(&mProject, TransferMapLayers::Kind::Tracking);
    QVERIFY(tracking);
    QCOMPARE(tracking->featureCount(), long(mDock->trackingPanel()->model()->rowCount()));
    QVERIFY(tracking->featureCount() >= 1);
    // Nobody has reported yet: the all-red tracking layer stays unticked.
    QVERIFY(!mProject.layerTreeRoot()->findLayer(tracking)->itemVisibilityChecked());

    // The older plan shows its one route.
    mDock->selectPlan(mOldPlan);
    QCOMPARE(drawn(routes), 1);
    mDock->selectPlan(mPlan);
    QCOMPARE(drawn(routes), 3);
  }

  void aSelectedRowIsHighlightedAndZoomed()
  {
    const int r = rowOfSource(mDangers[1].code, mShelters[0].id);
    mDock->rowsView()->selectRow(r);
    QgsVectorLayer *routes = TransferMapLayers::layer(&mProject, TransferMapLayers::Kind::Routes);
    const qint64 id = mDock->rowsModel()->rows()[r].id;
    QCOMPARE(routes->selectedFeatureIds(), QgsFeatureIds() << id);
    QgsGeometry route = QgsGeometry::fromWkt(mDock->rowsModel()->rows()[r].routeWkt);
    route.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4490")), mWindow->canvas()->mapSettings().destinationCrs(), mProject.transformContext()));
    const QgsRectangle extent = mWindow->canvas()->extent();
    QVERIFY(extent.contains(route.boundingBox()));
    // Zoomed in: smaller than the county the board opened on.
    QVERIFY2(extent.width() < StoreMapLayers::countyExtent(&mProject).width() * 0.8,
             qPrintable(QStringLiteral("extent %1 x %2, route %3 x %4, county %5").arg(extent.width()).arg(extent.height())
                          .arg(route.boundingBox().width()).arg(route.boundingBox().height()).arg(StoreMapLayers::countyExtent(&mProject).width())));
    shot(mWindow, QStringLiteral("transfer-board.png"));
    shot(mDock, QStringLiteral("transfer-dock.png"));
  }

  void reassignThroughTheDialogAndUndo()
  {
    const int r = rowOfSource(mDangers[0].code, mShelters[0].id);
    QVERIFY(r >= 0);
    const TransferAssignment before = mDock->rowsModel()->rows()[r];
    const qint64 audits = scalar(mSample.path(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'transfer_assignments'"));
    mDock->rowsView()->selectRow(r);
    QVector<ReassignDialog::Choice> offered;
    bool picked = false;
    QTimer::singleShot(0, this, [&] {
      auto *dialog = qobject_cast<ReassignDialog *>(QApplication::activeModalWidget());
      if (!dialog)
        return;
      offered = dialog->choices();
      picked = dialog->select(mShelters[2].id, 10);
      if (qEnvironmentVariableIsSet("ONEMAP_SCREENSHOT_DIR"))
        dialog->grab().save(QDir(qEnvironmentVariable("ONEMAP_SCREENSHOT_DIR")).filePath(QStringLiteral("transfer-reassign.png")));
      dialog->accept();
    });
    mDock->reassignSelected();
    QVERIFY(picked);
    // Fastest by road first (the sample's roads join everything), never the
    // shelter the group is in, only shelters with room.
    QVERIFY(!offered.isEmpty());
    for (int i = 0; i < offered.size(); ++i) {
      QVERIFY(offered[i].byRoad);
      QVERIFY(offered[i].km > 0);
      if (i > 0)
        QVERIFY(offered[i - 1].minutes <= offered[i].minutes);
    }
    for (const ReassignDialog::Choice &c : offered) {
      QVERIFY(c.shelterId != mShelters[0].id);
      QVERIFY(c.free > 0);
    }

    // Split: 20 stay, 10 go to the third shelter, by hand; the plan keeps its 105.
    const auto sent = [this](qint64 shelter) {
      return scalar(mSample.path(), QStringLiteral("SELECT coalesce(sum(people), 0) FROM transfer_assignments WHERE plan_id = ? AND shelter_id = ? AND source_code = ?"),
                    {mPlan, shelter, mDangers[0].code});
    };
    QCOMPARE(sent(mShelters[2].id), qint64(10));
    QCOMPARE(sent(mShelters[0].id), qint64(20));
    QCOMPARE(mDock->rowsModel()->people(), qint64(105));
    QVERIFY(rowOfSource(mDangers[0].code, mShelters[2].id) >= 0);
    const TransferAssignment moved = mDock->rowsModel()->rows()[rowOfSource(mDangers[0].code, mShelters[2].id)];
    QVERIFY(moved.manual);
    // It keeps a route, on the roads, to its new shelter; the map draws it.
    QVERIFY2(moved.routeWkt.startsWith(QStringLiteral("LINESTRING")), qPrintable(moved.routeWkt.left(80)));
    QVERIFY(moved.routeM > 0 && moved.routeMinutes > 0);
    QCOMPARE(drawn(TransferMapLayers::layer(&mProject, TransferMapLayers::Kind::Routes)), 4L);
    QVERIFY(scalar(mSample.path(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'transfer_assignments'")) > audits);
    QCOMPARE(mDock->undoStack()->count(), 1);

    mDock->undoStack()->undo();
    QCOMPARE(sent(mShelters[2].id), qint64(0));
    QCOMPARE(sent(mShelters[0].id), qint64(30));
    QCOMPARE(mDock->rowsModel()->rowCount(), 4);
    const int back = rowOfSource(mDangers[0].code, mShelters[0].id);
    QVERIFY(back >= 0);
    const TransferAssignment restored = mDock->rowsModel()->rows()[back];
    QCOMPARE(restored.id, before.id);
    QCOMPARE(restored.people, before.people);
    QCOMPARE(restored.manual, false);
    QCOMPARE(restored.routeMinutes, before.routeMinutes);
    QVERIFY(!restored.routeWkt.isEmpty());

    mDock->undoStack()->redo();
    QCOMPARE(sent(mShelters[2].id), qint64(10));
    mDock->undoStack()->undo();
    QCOMPARE(sent(mShelters[2].id), qint64(0));

    // The group nobody could place, placed by hand and undone: not placed again, with its reason.
    const int u = rowOfSource(mDangers[2].code, 0);
    QVERIFY(u >= 0);
    const qint64 unplacedId = mDock->rowsModel()->rows()[u].id;
    QVERIFY2(mDock->reassign(unplacedId, mShelters[1].id, 15), qPrintable(mDock->error()));
    QCOMPARE(mDock->rowsModel()->unplaced(), qint64(0));
    mDock->undoStack()->undo();
    QCOMPARE(mDock->rowsModel()->unplaced(), qint64(15));
    const int again = mDock->rowsModel()->rowOf(unplacedId);
    QVERIFY(again >= 0);
    QCOMPARE(mDock->rowsModel()->rows()[again].shelterId, qint64(0));
    QCOMPARE(mDock->rowsModel()->rows()[again].unplacedReason, QStringLiteral("capacity_exhausted"));
    // The undone split gave way to the new step (QUndoStack drops what was undone); redo is it.
    QCOMPARE(mDock->undoStack()->count(), 1);
    QCOMPARE(mDock->undoStack()->index(), 0);

    // Refused, nothing written, nothing to undo: more people than the group has,
    // and more than a shelter has room for.
    QVERIFY(!mDock->reassign(before.id, mShelters[2].id, before.people + 1));
    QCOMPARE(sent(mShelters[2].id), qint64(0));
    const qint64 small = scalar(mSample.path(), QStringLiteral("SELECT id FROM shelters WHERE is_open = 1 AND capacity - occupancy BETWEEN 1 AND 39 ORDER BY id LIMIT 1"));
    QVERIFY(small > 0);
    const int village = rowOfSource(mVillage.code, mShelters[1].id);
    QVERIFY(village >= 0);
    QVERIFY(!mDock->reassign(mDock->rowsModel()->rows()[village].id, small, 40));
    QCOMPARE(scalar(mSample.path(), QStringLiteral("SELECT count(*) FROM transfer_assignments WHERE shelter_id = ?"), {small}), qint64(0));
    QVERIFY(!mDock->undoStack()->canUndo()); // the undone step before them stays undone
  }

  void trackingMarksLaggingVillages()
  {
    mDock->tabs()->setCurrentWidget(mDock->trackingPanel());
    TrackingModel *m = mDock->trackingPanel()->model();
    QVERIFY(m->rowCount() >= 1);
    // Nobody has reported: every village with people planned lags.
    QCOMPARE(m->lagging(), m->rowCount());
    int row = -1;
    for (int r = 0; r < m->rowCount(); ++r)
      if (m->villages()[r].villageCode == mVillage.code)
        row = r;
    QVERIFY(row >= 0);
    const VillageTransferStatus v = m->villages()[row];
    TransferReport report;
    report.planId = mPlan;
    report.villageCode = v.villageCode;
    report.reportedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    report.transferred = v.planned;
    report.personsExpected = qMax<qint64>(1, v.personsExpected);
    report.personsAtPost = report.personsExpected;
    QVERIFY2(mDock->trackingPanel()->addReport(report), qPrintable(mDock->trackingPanel()->error()));
    QCOMPARE(m->lagging(), m->rowCount() - 1);
    for (int r = 0; r < m->rowCount(); ++r) {
      const QColor c = m->data(m->index(r, 0), Qt::BackgroundRole).value<QBrush>().color();
      const bool red = c.red() > 200 && c.green() < 220;
      QCOMPARE(red, m->villages()[r].lagging());
      if (m->villages()[r].villageCode == mVillage.code)
        QVERIFY(!red);
    }
    // The map's tracking layer follows: that village is no longer lagging.
    QgsVectorLayer *tracking = TransferMapLayers::layer(&mProject, TransferMapLayers::Kind::Tracking);
    QgsFeature f;
    QgsFeatureIterator it = tracking->getFeatures();
    int laggingOnMap = 0;
    while (it.nextFeature(f)) {
      laggingOnMap += f.attribute(QStringLiteral("lagging")).toInt();
      if (f.attribute(QStringLiteral("code")).toString() == mVillage.code)
        QCOMPARE(f.attribute(QStringLiteral("lagging")).toInt(), 0);
    }
    QCOMPARE(laggingOnMap, m->lagging());
    QVERIFY(mProject.layerTreeRoot()->findLayer(tracking)->itemVisibilityChecked());
    QCOMPARE(scalar(mSample.path(), QStringLiteral("SELECT count(*) FROM transfer_reports WHERE plan_id = ?"), {mPlan}), qint64(1));
    // The other way in: "Report..." on a lagging village, filled in the dialog.
    int other = -1;
    for (int r = 0; r < m->rowCount(); ++r)
      if (m->villages()[r].lagging())
        other = r;
    QVERIFY(other >= 0);
    const QString otherCode = m->villages()[other].villageCode;
    const qint64 otherPlanned = m->villages()[other].planned;
    mDock->trackingPanel()->view()->selectRow(other);
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
      auto *dialog = qobject_cast<TransferReportDialog *>(QApplication::activeModalWidget());
      if (!dialog)
        return;
      dialog->transferred()->setValue(int(otherPlanned));
      dialog->expected()->setValue(2);
      dialog->atPost()->setValue(1); // one responsible person missing: still lagging
      filled = true;
      if (qEnvironmentVariableIsSet("ONEMAP_SCREENSHOT_DIR"))
        dialog->grab().save(QDir(qEnvironmentVariable("ONEMAP_SCREENSHOT_DIR")).filePath(QStringLiteral("transfer-report.png")));
      dialog->accept();
    });
    const int laggingBefore = m->lagging();
    mDock->trackingPanel()->reportSelected();
    QVERIFY(filled);
    QCOMPARE(scalar(mSample.path(), QStringLiteral("SELECT transferred FROM transfer_reports WHERE plan_id = ? AND village_code = ?"), {mPlan, otherCode}), otherPlanned);
    QCOMPARE(m->lagging(), laggingBefore);
    for (const VillageTransferStatus &v : m->villages())
      if (v.villageCode == otherCode) {
        QCOMPARE(v.transferred, otherPlanned);
        QVERIFY(v.lagging()); // 1 of 2 at post
      }

    // A village picked in the table is zoomed to on the map.
    mWindow->zoomToCounty();
    const QgsRectangle county = mWindow->canvas()->extent();
    for (int r = 0; r < m->rowCount(); ++r)
      if (m->villages()[r].villageCode == mVillage.code)
        mDock->trackingPanel()->view()->selectRow(r);
    QgsFeature village;
    QgsFeatureIterator villages = tracking->getFeatures(QgsFeatureRequest().setFilterExpression(QStringLiteral("\"code\" = '%1'").arg(mVillage.code)));
    QVERIFY(villages.nextFeature(village));
    QgsGeometry shape = village.geometry();
    shape.transform(QgsCoordinateTransform(tracking->crs(), mWindow->canvas()->mapSettings().destinationCrs(), mProject.transformContext()));
    QVERIFY(mWindow->canvas()->extent().contains(shape.boundingBox()));
    QVERIFY(mWindow->canvas()->extent().width() < county.width());
    shot(mDock, QStringLiteral("transfer-tracking.png"));
    mDock->tabs()->setCurrentIndex(0);
  }

  void aRoadMarkedCutByHandAndUndone()
  {
    QgsVectorLayer *roads = StoreMapLayers::layer(&mProject, QStringLiteral("roads"));
    QVERIFY(roads);
    const qint64 road = scalar(mSample.path(), QStringLiteral("SELECT id FROM roads WHERE is_cut = 0 ORDER BY length_m DESC LIMIT 1"));
    QVERIFY(road > 0);
    // The map tool finds the road under a click on it.
    QgsGeometry g = roads->getFeature(road).geometry();
    QgsPointXY onRoad = g.interpolate(g.length() / 2).asPoint();
    onRoad = QgsCoordinateTransform(roads->crs(), mWindow->canvas()->mapSettings().destinationCrs(), mProject.transformContext()).transform(onRoad);
    QVERIFY(mDock->roadCutTool());
    QCOMPARE(mDock->roadCutTool()->roadAt(onRoad, 5), road);

    QgsVectorLayer *cut = TransferMapLayers::layer(&mProject, TransferMapLayers::Kind::CutRoads);
    const long cutBefore = drawn(cut);
    QVERIFY2(mDock->markRoadCut(road, true), qPrintable(mDock->error()));
    QCOMPARE(scalar(mSample.path(), QStringLiteral("SELECT is_cut FROM roads WHERE id = ?"), {road}), qint64(1));
    QCOMPARE(drawn(cut), cutBefore + 1);
    QVERIFY(scalar(mSample.path(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'roads' AND row_id = ?"), {road}) >= 1);
    if (qEnvironmentVariableIsSet("ONEMAP_SCREENSHOT_DIR")) {
      QgsRectangle box = QgsCoordinateTransform(roads->crs(), mWindow->canvas()->mapSettings().destinationCrs(), mProject.transformContext()).transformBoundingBox(g.boundingBox());
      box.grow(1500);
      mWindow->canvas()->setExtent(box);
      mWindow->canvas()->refresh();
      shot(mWindow->canvas(), QStringLiteral("transfer-cut-road.png"));
    }
    QVERIFY(mDock->undoStack()->canUndo());
    QCOMPARE(mDock->undoStack()->index(), mDock->undoStack()->count()); // the newest step
    mDock->undoStack()->undo();
    QCOMPARE(scalar(mSample.path(), QStringLiteral("SELECT is_cut FROM roads WHERE id = ?"), {road}), qint64(0));
    QCOMPARE(drawn(cut), cutBefore);
    mDock->undoStack()->redo();
    QCOMPARE(drawn(cut), cutBefore + 1);
    mDock->undoStack()->undo();
  }

  void exportsFromTheDock()
  {
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("list.csv"));
    QVERIFY2(mDock->exportTo(QStringLiteral("list"), csv).ok(), qPrintable(mDock->exportTo(QStringLiteral("list"), csv).message()));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (const Place &p : mDangers)
      QVERIFY2(text.contains(p.name), qPrintable(p.name));
    QVERIFY(text.contains(mShelters[0].name));
    QVERIFY(mDock->exportTo(QStringLiteral("list"), dir.filePath(QStringLiteral("list.xlsx"))).ok());
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("list.xlsx"))).size() > 0);
    const QString pdf = dir.filePath(QStringLiteral("list.pdf"));
    const Status written = mDock->exportTo(QStringLiteral("list"), pdf);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    const QString pdfText = testing::foldCjkRadicals(testing::pdfText(pdf));
    QVERIFY2(pdfText.contains(testing::foldCjkRadicals(mDangers[1].name)), qPrintable(pdfText.left(400)));
    const QString balance = dir.filePath(QStringLiteral("balance.csv"));
    QVERIFY(mDock->exportTo(QStringLiteral("balance"), balance).ok());
    QFile b(balance);
    QVERIFY(b.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(b.readAll()).contains(mTownship));
    // A format the writers do not make is refused with a message, nothing written.
    QVERIFY(!mDock->exportTo(QStringLiteral("list"), dir.filePath(QStringLiteral("list.doc"))).ok());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("list.doc"))));
    if (qEnvironmentVariableIsSet("ONEMAP_SCREENSHOT_DIR"))
      testing::runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("2"), pdf,
                                                    QDir(qEnvironmentVariable("ONEMAP_SCREENSHOT_DIR")).filePath(QStringLiteral("transfer-list"))});
  }

  void cancellingAPlanSavesNothing()
  {
    auto store = Store::open(mSample.path());
    QVERIFY(store.ok());
    SqlStatement county(store.value()->handle(), QStringLiteral("SELECT code FROM admin_units WHERE level = 'county'"));
    QVERIFY(county.next());
    QVERIFY(mDock->form()->setArea(TransferArea::Kind::County, county.text(0)));
    const qint64 plansBefore = scalar(mSample.path(), QStringLiteral("SELECT count(*) FROM transfer_plans"));
    QSignalSpy made(mDock, &TransferDock::planMade);
    QVERIFY(mDock->makePlan());
    QVERIFY(!mDock->makePlan()); // one at a time
    mDock->cancelPlan(); // as the Cancel button does, before the worker can have saved
    QVERIFY(made.wait(300000));
    QCOMPARE(made.first().first().toLongLong(), qint64(0));
    QCOMPARE(scalar(mSample.path(), QStringLiteral("SELECT count(*) FROM transfer_plans")), plansBefore);
    QVERIFY(!mDock->progress()->isVisible());
    QVERIFY(!mDock->runner()->isRunning());
  }

  void makingAPlanFromTheDock()
  {
    QVERIFY(mDock->form()->setArea(TransferArea::Kind::Township, mTownship));
    const qint64 plansBefore = scalar(mSample.path(), QStringLiteral("SELECT count(*) FROM transfer_plans"));
    QSignalSpy made(mDock, &TransferDock::planMade);
    QVERIFY(mDock->makePlan());
    QVERIFY(mDock->progress()->isVisible());
    QVERIFY(made.wait(300000));
    const qint64 planId = made.first().first().toLongLong();
    QVERIFY2(planId > 0, qPrintable(mDock->error()));
    QCOMPARE(scalar(mSample.path(), QStringLiteral("SELECT count(*) FROM transfer_plans")), plansBefore + 1);
    QCOMPARE(mDock->currentPlanId(), planId);
    QCOMPARE(mDock->plansList()->item(0)->data(Qt::UserRole).toLongLong(), planId);
    QVERIFY(mDock->rowsModel()->rowCount() > 0);
    QCOMPARE(qint64(mDock->rowsModel()->rowCount()), scalar(mSample.path(), QStringLiteral("SELECT count(*) FROM transfer_assignments WHERE plan_id = ?"), {planId}));
    QVERIFY(!mDock->progress()->isVisible());
    QgsVectorLayer *routes = TransferMapLayers::layer(&mProject, TransferMapLayers::Kind::Routes);
    QCOMPARE(qint64(drawn(routes)), scalar(mSample.path(), QStringLiteral("SELECT count(*) FROM transfer_assignments WHERE plan_id = ? AND shelter_id > 0 AND geom IS NOT NULL"), {planId}));
    mDock->rowsView()->selectRow(0);
    shot(mWindow, QStringLiteral("transfer-board-made.png"));
  }

  void coverageOnTheMap()
  {
    QSignalSpy shown(mDock, &TransferDock::coverageShown);
    mDock->computeCoverage();
    QTRY_VERIFY_WITH_TIMEOUT(!mDock->coverageRunning(), 300000);
    QCOMPARE(shown.count(), 1);
    QgsVectorLayer *covered = TransferMapLayers::layer(&mProject, TransferMapLayers::Kind::Covered);
    QgsVectorLayer *uncovered = TransferMapLayers::layer(&mProject, TransferMapLayers::Kind::Uncovered);
    QVERIFY(covered && uncovered);
    QCOMPARE(covered->featureCount(), 1);
    const CoverageResult *c = mDock->coverage();
    QVERIFY(c);
    QCOMPARE(uncovered->featureCount(), long(std::count_if(c->villages.begin(), c->villages.end(), [](const VillageCoverage &v) { return v.uncovered(); })));
    QgsVectorLayer *noOwn = TransferMapLayers::layer(&mProject, TransferMapLayers::Kind::NoOwnShelter);
    QVERIFY(noOwn);
    QCOMPARE(noOwn->featureCount(), long(std::count_if(c->villages.begin(), c->villages.end(), [](const VillageCoverage &v) { return !v.hasOwnShelter; })));
    QVERIFY(c->coveredKm2 > 0 && c->coveredKm2 <= c->countyKm2);
    shot(mWindow, QStringLiteral("transfer-coverage.png"));
  }

  void cleanupTestCase()
  {
    delete mWindow;
    mWindow = nullptr;
  }
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true);
  // To look at strings not yet in resources/i18n: ONEMAP_EXTRA_QM=<file.qm>.
  QTranslator extra;
  if (qEnvironmentVariableIsSet("ONEMAP_EXTRA_QM") && extra.load(qEnvironmentVariable("ONEMAP_EXTRA_QM")))
    QCoreApplication::installTranslator(&extra);
  TestTransferDock test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_transfer_dock.moc"
