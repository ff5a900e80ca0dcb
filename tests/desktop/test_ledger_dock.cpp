// The ledger dock over the sample county with its real QGIS layers: rows match
// the store, filters narrow, selection follows between table and map both
// ways, the form writes through layers/ with audit rows, and undo reverts.
#include "SampleStore.h"
#include "app/QgisRuntime.h"
#include "hidden_dangers/HiddenDanger.h"
#include "ledger/EditHistory.h"
#include "ledger/LedgerColumns.h"
#include "ledger/LedgerDock.h"
#include "ledger/LedgerFilterBar.h"
#include "ledger/LedgerForm.h"
#include "ledger/LedgerHistoryDialog.h"
#include "ledger/LedgerModel.h"
#include "map/StoreMapLayers.h"
#include "ui/MainWindow.h"
#include "store/AuditLog.h"
#include "store/Table.h"

#include <QAction>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTableWidget>
#include <qgscoordinatetransform.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

using namespace onemap;

namespace {
const TableSpec &dangers() { return HiddenDanger::schema().spec(); }

QList<qint64> sorted(QList<qint64> ids)
{
  std::sort(ids.begin(), ids.end());
  return ids;
}
} // namespace

class TestLedgerDock : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    QVERIFY(StoreMapLayers::load(mSample.path(), &mProject).ok());
    mCanvas = new QgsMapCanvas;
    mCanvas->setDestinationCrs(mProject.crs());
    mCanvas->resize(800, 600);
    QCOMPARE(LedgerDock::storePathOf(&mProject), mSample.path());
    mDock = new LedgerDock(mSample.path(), &mProject, mCanvas);
    QVERIFY2(mDock->isValid(), qPrintable(mDock->error()));
  }

  void cleanupTestCase()
  {
    delete mDock;
    delete mCanvas;
    mProject.clear();
  }

  void everyRegistryShowsTheStoreRows()
  {
    for (const TableSpec *spec : Ledgers::tables()) {
      mDock->setRegistry(spec->name);
      QCOMPARE(mDock->currentSpec(), spec);
      const qint64 count = Table(mDock->store(), *spec).count();
      QVERIFY2(count > 0, qPrintable(spec->name));
      QCOMPARE(qint64(mDock->model()->rowCount()), count);
      QCOMPARE(mDock->model()->columnCount(), spec->fields.size() + 1);
    }
    mDock->setRegistry(QStringLiteral("hidden_dangers"));
    // Chinese headers and coded values in words.
    const int type = dangers().fieldNames().indexOf(QStringLiteral("hazard_type")) + 1;
    QCOMPARE(mDock->model()->headerData(type, Qt::Horizontal).toString(), QStringLiteral("隐患类型"));
    const int row = mDock->model()->rowOf(1);
    const QString code = mDock->model()->record(row).values.value(QStringLiteral("hazard_type")).toString();
    QVERIFY(!code.isEmpty());
    QVERIFY(mDock->model()->index(row, type).data().toString() != code);
  }

  void filtersNarrowTheRows()
  {
    mDock->setRegistry(QStringLiteral("hidden_dangers"));
    const int all = mDock->model()->rowCount();
    LedgerFilterBar *bar = mDock->filterBar();
    bar->townshipBox()->setCurrentIndex(bar->townshipBox()->findData(QStringLiteral("539901002000")));
    const int inTownship = mDock->model()->rowCount();
    QVERIFY(inTownship > 0 && inTownship < all);
    QCOMPARE(qint64(inTownship), Table(mDock->store(), dangers()).count(QStringLiteral("village_code LIKE '539901002%'")));
    bar->typeBox()->setCurrentIndex(bar->typeBox()->findData(QStringLiteral("landslide")));
    QVERIFY(mDock->model()->rowCount() <= inTownship);
    QCOMPARE(qint64(mDock->model()->rowCount()),
             Table(mDock->store(), dangers()).count(QStringLiteral("village_code LIKE '539901002%' AND hazard_type = 'landslide'")));
    bar->townshipBox()->setCurrentIndex(0);
    bar->typeBox()->setCurrentIndex(0);
    QCOMPARE(mDock->model()->rowCount(), all);
    const QString name = mDock->model()->record(0).values.value(QStringLiteral("name")).toString();
    bar->textEdit()->setText(name);
    QTRY_VERIFY(mDock->model()->rowCount() < all);
    QVERIFY(mDock->model()->rowCount() >= 1);
    QCOMPARE(mDock->model()->record(0).values.value(QStringLiteral("name")).toString(), name);
    bar->textEdit()->clear();
    QTRY_COMPARE(mDock->model()->rowCount(), all);
    bar->statusBox()->setCurrentIndex(bar->statusBox()->findData(QLatin1String(LedgerFilter::kSupervised)));
    QCOMPARE(qint64(mDock->model()->rowCount()), Table(mDock->store(), dangers()).count(QStringLiteral("supervised = 1")));
    bar->statusBox()->setCurrentIndex(0);
  }

  void overdueAndSupervisedRowsStandOut()
  {
    mDock->setRegistry(QStringLiteral("hidden_dangers"));
    LedgerModel *model = mDock->model();
    model->setToday(QDate(2026, 7, 1));
    int overdue = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
      const HiddenDanger d = HiddenDanger::schema().fromRecord(model->record(row));
      const int alert = model->index(row, 1).data(LedgerModel::AlertRole).toInt();
      QCOMPARE(bool(alert & LedgerModel::Overdue), d.isOverdue(QDate(2026, 7, 1)));
      if (alert & LedgerModel::Overdue) {
        ++overdue;
        QVERIFY(model->index(row, 1).data(Qt::BackgroundRole).isValid());
      }
    }
    QVERIFY(overdue > 0);
    model->setToday(QDate::currentDate());
  }

  void selectingRowsSelectsAndZoomsToFeatures()
  {
    mDock->setRegistry(QStringLiteral("hidden_dangers"));
    QgsVectorLayer *layer = StoreMapLayers::layer(&mProject, QStringLiteral("hidden_dangers"));
    QVERIFY(layer);
    mCanvas->setExtent(StoreMapLayers::countyExtent(&mProject));
    const double countyWidth = mCanvas->extent().width();
    mDock->selectIds({12});
    QCOMPARE(layer->selectedFeatureIds(), QgsFeatureIds({12}));
    // Zoomed in on the feature.
    QVERIFY(mCanvas->extent().width() < countyWidth / 4);
    const QgsFeature f = layer->getFeature(12);
    QgsCoordinateTransform toCanvas(layer->crs(), mCanvas->mapSettings().destinationCrs(), mProject.transformContext());
    QVERIFY(mCanvas->extent().contains(toCanvas.transform(f.geometry().asPoint())));
  }

  void selectingOnTheMapSelectsRows()
  {
    mDock->setRegistry(QStringLiteral("hidden_dangers"));
    QgsVectorLayer *layer = StoreMapLayers::layer(&mProject, QStringLiteral("hidden_dangers"));
    layer->selectByIds({7, 9});
    QCOMPARE(sorted(mDock->selectedIds()), QList<qint64>({7, 9}));
    layer->removeSelection();
    QVERIFY(mDock->selectedIds().isEmpty());

    // Shelters are drawn as two layers; either one selects rows.
    mDock->setRegistry(QStringLiteral("shelters"));
    QCOMPARE(mDock->layersFor(QStringLiteral("shelters")).size(), 2);
    QgsVectorLayer *temporary = StoreMapLayers::layer(&mProject, QStringLiteral("temporary_shelters"));
    QgsFeature first;
    QVERIFY(temporary->getFeatures().nextFeature(first));
    temporary->selectByIds({first.id()});
    QCOMPARE(mDock->selectedIds(), QList<qint64>({first.id()}));
    temporary->removeSelection();
  }

  void formWritesThroughLayersAndUndoReverts()
  {
    mDock->setRegistry(QStringLiteral("hidden_dangers"));
    QgsVectorLayer *layer = StoreMapLayers::layer(&mProject, QStringLiteral("hidden_dangers"));
    Table table(mDock->store(), dangers());
    const Record original = table.get(3).value();
    AuditLog audit(mDock->store());
    const qint64 auditBefore = audit.count();

    LedgerForm form(*mDock->history(), dangers(), original);
    form.setValue(QStringLiteral("threatened_people"), QStringLiteral("很多"));
    QVERIFY(!form.apply().ok());
    QVERIFY2(form.errorText(QStringLiteral("threatened_people")).contains(QStringLiteral("threatened_people")),
             qPrintable(form.errorText(QStringLiteral("threatened_people"))));
    form.setValue(QStringLiteral("threatened_people"), 321);
    form.setValue(QStringLiteral("village_code"), QStringLiteral("539901099099"));
    QVERIFY(!form.apply().ok());
    QVERIFY(form.errorText(QStringLiteral("village_code")).contains(QStringLiteral("539901099099")));
    QVERIFY(form.errorText(QStringLiteral("threatened_people")).isEmpty());
    form.setValue(QStringLiteral("village_code"), original.values.value(QStringLiteral("village_code")));
    form.setPoint(100.0, 20.0);
    QVERIFY(!form.apply().ok());
    // The board runs in Chinese here: check the message names the point.
    QVERIFY2(form.errorText(QStringLiteral("geom")).contains(QStringLiteral("100.000000, 20.000000")), qPrintable(form.errorText(QStringLiteral("geom"))));
    GeoPoint p;
    QVERIFY(GeoPoint::fromWkt(original.wkt, p));
    form.setPoint(p.lon, p.lat);
    form.setValue(QStringLiteral("monitor_person"), QStringLiteral("张监测"));
    QCOMPARE(audit.count(), auditBefore); // nothing written by the failed tries
    const Status applied = form.apply();
    QVERIFY2(applied.ok(), qPrintable(applied.message()));

    QCOMPARE(table.get(3).value().values.value(QStringLiteral("threatened_people")).toLongLong(), 321);
    QCOMPARE(audit.count(), auditBefore + 1);
    const AuditEntry entry = audit.history(QStringLiteral("hidden_dangers"), 3).first();
    QCOMPARE(entry.action, QStringLiteral("update"));
    QCOMPARE(entry.after.value(QStringLiteral("monitor_person")).toString(), QStringLiteral("张监测"));
    // The model and the map layer read the new value.
    const int row = mDock->model()->rowOf(3);
    QCOMPARE(mDock->model()->record(row).values.value(QStringLiteral("threatened_people")).toLongLong(), 321);
    QCOMPARE(layer->getFeature(3).attribute(QStringLiteral("threatened_people")).toLongLong(), 321);

    // The history dialog lists the change with before and after.
    LedgerHistoryDialog historyDialog(mDock->store(), QStringLiteral("hidden_dangers"), 3);
    QCOMPARE(historyDialog.table()->rowCount(), audit.history(QStringLiteral("hidden_dangers"), 3).size());
    QVERIFY2(historyDialog.table()->item(0, 3)->text().contains(QStringLiteral("→ 321")), qPrintable(historyDialog.table()->item(0, 3)->text()));

    // Add a row through the form, then delete another; undo all three.
    const long long features = layer->featureCount();
    Record fresh = original;
    fresh.id = 0;
    fresh.values[QStringLiteral("code")] = QStringLiteral("HD-DOCK-1");
    LedgerForm addForm(*mDock->history(), dangers(), fresh);
    QVERIFY(addForm.apply().ok());
    QVERIFY(addForm.savedId() > 0);
    QCOMPARE(layer->featureCount(), features + 1);
    QVERIFY(mDock->model()->rowOf(addForm.savedId()) >= 0);
    const Record doomed = table.get(8).value();
    QVERIFY(mDock->deleteRows({8}).ok());
    QCOMPARE(layer->featureCount(), features);
    QVERIFY(!layer->getFeature(8).isValid());
    QVERIFY(mDock->undoAction()->isEnabled());

    for (int i = 0; i < 3; ++i) {
      const Status undone = mDock->undo();
      QVERIFY2(undone.ok(), qPrintable(undone.message()));
    }
    QVERIFY(!mDock->undoAction()->isEnabled());
    QCOMPARE(table.get(8).value().wkt, doomed.wkt);
    QCOMPARE(table.get(8).value().values, doomed.values);
    QCOMPARE(table.get(3).value().values, original.values);
    QVERIFY(!table.get(addForm.savedId()).ok());
    QCOMPARE(layer->featureCount(), features);
    QCOMPARE(layer->getFeature(3).attribute(QStringLiteral("threatened_people")).toLongLong(),
             original.values.value(QStringLiteral("threatened_people")).toLongLong());
    QCOMPARE(audit.count(), auditBefore + 6);
  }

  void anEmptyDateOpensItsCalendarOnThisMonth()
  {
    Record blank;
    LedgerForm form(*mDock->history(), dangers(), blank);
    auto *deadline = qobject_cast<QDateEdit *>(form.editor(QStringLiteral("deadline")));
    QVERIFY(deadline);
    form.show();
    QTest::mouseClick(deadline, Qt::LeftButton, {}, QPoint(deadline->width() - 6, deadline->height() / 2));
    QTRY_VERIFY(deadline->calendarWidget()->isVisible());
    QCOMPARE(deadline->calendarWidget()->yearShown(), QDate::currentDate().year());
    QCOMPARE(deadline->calendarWidget()->monthShown(), QDate::currentDate().month());
    deadline->calendarWidget()->window()->hide();
  }

  void depotItemsOpenForTheSelectedDepot()
  {
    mDock->setRegistry(QStringLiteral("reserves"));
    mDock->selectIds({2});
    QAction *items = nullptr;
    for (QAction *a : mDock->findChildren<QAction *>())
      if (a->isVisible() && a->isEnabled() && a->text() == QCoreApplication::translate("onemap::LedgerDock", "Depot items"))
        items = a;
    QVERIFY(items);
    items->trigger();
    QCOMPARE(mDock->currentSpec()->name, QStringLiteral("reserve_items"));
    QCOMPARE(mDock->filterBar()->filter().parentId, qint64(2));
    QCOMPARE(qint64(mDock->model()->rowCount()), Table(mDock->store(), *mDock->currentSpec()).count(QStringLiteral("reserve_id = 2")));
    mDock->filterBar()->parentBox()->setCurrentIndex(0);
  }

  void mainWindowHasTheDockAndUndoInTheEditMenu()
  {
    MainWindow window(&mProject);
    auto *dock = window.findChild<LedgerDock *>();
    QVERIFY(dock);
    QCOMPARE(window.dockWidgetArea(dock), Qt::BottomDockWidgetArea);
    bool inMenu = false;
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>())
      inMenu = inMenu || menu->actions().contains(dock->undoAction());
    QVERIFY(inMenu);
    QCOMPARE(dock->undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
  }

  void exportsTheFilteredLedger()
  {
    mDock->setRegistry(QStringLiteral("teams"));
    LedgerFilterBar *bar = mDock->filterBar();
    bar->townshipBox()->setCurrentIndex(1);
    const int rows = mDock->model()->rowCount();
    QVERIFY(rows > 0);
    const QString path = mSample.dir() + QStringLiteral("/teams.csv");
    QVERIFY(mDock->exportTo(path).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(data.count("\r\n"), rows + 1);
    QVERIFY(QString::fromUtf8(data).contains(QStringLiteral("队伍类型")) || QString::fromUtf8(data).contains(QStringLiteral("类型")));
    bar->townshipBox()->setCurrentIndex(0);
  }

private:
  testing::SampleStore mSample;
  QgsProject mProject;
  QgsMapCanvas *mCanvas = nullptr;
  LedgerDock *mDock = nullptr;
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true, QStringLiteral("zh"));
  TestLedgerDock test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_ledger_dock.moc"
