// The warnings dock on the board's main window over a real sample store: rows
// newest first, the in-force / history filter on list and map, selection zooms
// to the area, details, the replay on the temporal controller, and warnings
// that another connection writes through CapIngest arriving live (row,
// highlight, arrival signal, status bar) while cancellations are not announced.
#include "SampleStore.h"
#include "app/QgisRuntime.h"
#include "map/StoreMapLayers.h"
#include "map/WarningLayer.h"
#include "store/SqlStatement.h"
#include "ui/MainWindow.h"
#include "warnings/CapIngest.h"
#include "warnings/CapParser.h"
#include "warnings/CallPanel.h"
#include "warnings/ImpactPanel.h"
#include "warnings/WarningImpact.h"
#include "warnings/WarningReplay.h"
#include "warnings/WarningWatch.h"
#include "warnings/WarningsDock.h"
#include "warnings/WarningsModel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <qgscoordinatetransform.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgstemporalnavigationobject.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayertemporalproperties.h>
#include <qgsfeatureiterator.h>
#include <qgsexpressioncontextutils.h>

using namespace onemap;

namespace {
QString iso(const QDateTime &t) { return t.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate); }

QByteArray capMessage(const QString &identifier, const QDateTime &sent, const QString &msgType, const QString &township,
                      const QString &references = QString())
{
  QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">"
                               "<identifier>%1</identifier><sender>53990104100@weather.example.cn</sender><sent>%2</sent>"
                               "<status>Actual</status><msgType>%3</msgType><scope>Public</scope>")
                  .arg(identifier, iso(sent), msgType);
  if (!references.isEmpty())
    xml += QStringLiteral("<references>%1</references>").arg(references);
  xml += QStringLiteral("<info><language>zh-CN</language><category>Met</category><event>暴雨</event><urgency>Expected</urgency>"
                        "<severity>Extreme</severity><certainty>Likely</certainty><effective>%1</effective><onset>%2</onset>"
                        "<expires>%3</expires><senderName>示范县气象台</senderName><headline>示范县气象台发布暴雨红色预警信号</headline>"
                        "<description>预计未来6小时内将出现特大暴雨。</description>"
                        "<area><areaDesc>测试镇</areaDesc><geocode><valueName>GB/T 2260</valueName><value>%4</value></geocode></area></info></alert>")
           .arg(iso(sent), iso(sent.addSecs(5 * 3600)), iso(sent.addDays(1)), township);
  return xml.toUtf8();
}
} // namespace

class TestWarningsDock : public QObject
{
  Q_OBJECT

  // Dated today, as `onemap init --sample` does: its warnings are in force
  // (the board expires the others when it opens).
  testing::SampleStore mSample {2024, 1, QDate::currentDate()};
  QgsProject mProject;
  MainWindow *mWindow = nullptr;
  WarningsDock *mDock = nullptr;
  QString mTownship;

  QgsVectorLayer *layer() { return StoreMapLayers::layer(&mProject, QStringLiteral("warnings")); }

  // Written through a connection of its own, as `onemap cap ingest` would.
  qint64 ingestElsewhere(const QByteArray &xml)
  {
    auto store = Store::open(mSample.path());
    if (!store)
      return -1;
    Result<CapMessage> m = CapParser::parse(xml);
    if (!m)
      return -2;
    Result<CapIngestOutcome> done = CapIngest::ingest(*store.value(), m.value());
    return done ? done.value().id : -3;
  }

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    QVERIFY(StoreMapLayers::load(mSample.path(), &mProject).ok());
    mWindow = new MainWindow(&mProject);
    mWindow->resize(1400, 900);
    mWindow->show();
    mDock = mWindow->findChild<WarningsDock *>();
    QVERIFY(mDock);
    QVERIFY2(mDock->isValid(), qPrintable(mDock->error()));
    auto store = Store::open(mSample.path());
    SqlStatement q(store.value()->handle(), QStringLiteral("SELECT code FROM admin_units WHERE level = 'township' ORDER BY code LIMIT 1"));
    QVERIFY(q.next());
    mTownship = q.text(0);
  }

  void pastWarningsExpireWhenTheBoardOpens()
  {
    // The fixed default register (2025-06-30): its warnings ended 2025-07-01 20:00,
    // and no `cap watch` has run to mark them.
    testing::SampleStore old;
    QVERIFY2(old.ok(), qPrintable(old.message()));
    QgsProject project;
    QVERIFY(StoreMapLayers::load(old.path(), &project).ok());
    MainWindow window(&project);
    auto *dock = window.findChild<WarningsDock *>();
    QVERIFY(dock && dock->isValid());
    auto store = Store::open(old.path());
    QVERIFY(store.ok());
    SqlStatement q(store.value()->handle(), QStringLiteral("SELECT count(*), sum(status = 'expired') FROM warnings"));
    QVERIFY(q.next());
    QVERIFY(q.int64(0) > 0);
    QCOMPARE(q.int64(1), q.int64(0));
    QTRY_COMPARE_WITH_TIMEOUT(dock->model()->rowCount(), 0, 15000); // nothing left in force
  }

  void cleanupTestCase()
  {
    delete mWindow;
    mProject.clear();
  }

  void listsWarningsInForceNewestFirst()
  {
    WarningsModel *model = mDock->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->columnCount(), int(WarningsModel::ColumnCount));
    for (int r = 0; r + 1 < model->rowCount(); ++r)
      QVERIFY(QDateTime::fromString(model->warning(r).sent, Qt::ISODate) >= QDateTime::fromString(model->warning(r + 1).sent, Qt::ISODate));
    QCOMPARE(model->data(model->index(0, WarningsModel::Hazard)).toString().isEmpty(), false);
    QVERIFY(model->data(model->index(0, WarningsModel::Level), Qt::DecorationRole).value<QColor>().isValid());
    // The View menu holds the dock, the history switch and the replay.
    QStringList texts;
    for (QAction *a : mWindow->menuBar()->actions())
      if (a->menu())
        for (QAction *b : a->menu()->actions())
          texts << b->text();
    QVERIFY(texts.contains(mDock->replayAction()->text()));
    QVERIFY(texts.contains(mDock->historyAction()->text()));
  }

  void listAndMapReadTheSameStage()
  {
    // One rule (WarningStage::at): the list's stage column and the map's
    // label expression agree at any pinned time.
    WarningsModel *model = mDock->model();
    QgsVectorLayer *l = layer();
    const QDateTime sent = QDateTime::fromString(model->warning(0).sent, Qt::ISODate);
    for (int hours : {0, 10, 13, 30}) {
      const QDateTime now = sent.addSecs(hours * 3600);
      model->setNow(now);
      QgsExpressionContextUtils::setLayerVariable(l, QLatin1String(WarningLayer::kNowVariable), now.toString(Qt::ISODate));
      QgsExpressionContext context;
      context << QgsExpressionContextUtils::globalScope() << QgsExpressionContextUtils::layerScope(l);
      QgsExpression stage(WarningLayer::stageExpression());
      for (int r = 0; r < model->rowCount(); ++r) {
        QgsFeature f = l->getFeature(model->idAt(r));
        context.setFeature(f);
        QCOMPARE(stage.evaluate(&context).toString(), model->stageOf(model->warning(r)));
      }
    }
    QgsExpressionContextUtils::setLayerVariable(l, QLatin1String(WarningLayer::kNowVariable), QVariant());
    model->setNow(QDateTime());
  }

  void selectingZoomsToTheAreaAndShowsDetails()
  {
    const qint64 id = mDock->model()->idAt(1);
    mDock->selectWarning(id);
    const QgsGeometry area = mDock->area(id);
    QVERIFY(!area.isEmpty());
    QgsCoordinateTransform tr(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4490")), mWindow->canvas()->mapSettings().destinationCrs(), mProject.transformContext());
    QVERIFY(mWindow->canvas()->extent().contains(tr.transformBoundingBox(area.boundingBox())));
    mDock->view()->doubleClicked(mDock->model()->index(1, 0));
    auto *details = qobject_cast<QTextBrowser *>(mDock->detailTabs()->currentWidget());
    QVERIFY(details);
    QVERIFY(details->toPlainText().contains(mDock->model()->warning(1).headline));
    QCOMPARE(mDock->detailTabs()->count(), 3);
  }

  void impactAndCallTabsFollowTheSelection()
  {
    const qint64 id = mDock->model()->idAt(0);
    mDock->selectWarning(id);
    // Not in front: nothing computed or prepared yet.
    QCOMPARE(mDock->impactPanel()->warning(), 0LL);
    QCOMPARE(mDock->callPanel()->warning(), 0LL);
    mDock->detailTabs()->setCurrentWidget(mDock->impactPanel());
    QCOMPARE(mDock->impactPanel()->warning(), id);
    auto store = Store::open(mSample.path());
    const Result<Impact> impact = WarningImpact::of(*store.value(), id, QDate::currentDate());
    QVERIFY(impact);
    QCOMPARE(mDock->impactPanel()->townships()->rowCount(), impact.value().townships.size());
    QCOMPARE(mDock->impactPanel()->dangers()->rowCount(), impact.value().totals.escalated);
    QVERIFY(mDock->impactPanel()->townships()->rowCount() > 0);
    mDock->detailTabs()->setCurrentWidget(mDock->callPanel());
    QCOMPARE(mDock->callPanel()->warning(), id);
    QVERIFY(mDock->callPanel()->model()->rowCount() > 0);
    // Another warning selected while the calls are in front: they follow.
    const qint64 other = mDock->model()->idAt(1);
    mDock->selectWarning(other);
    QCOMPARE(mDock->callPanel()->warning(), other);
    QCOMPARE(mDock->impactPanel()->warning(), id); // recomputed when shown again
    mDock->detailTabs()->setCurrentIndex(0);
  }

  void historyFilterSwitchesListAndMap()
  {
    mDock->historyAction()->setChecked(true);
    QVERIFY(mDock->model()->showsHistory());
    QVERIFY(WarningLayer::showsHistory(layer()));
    mDock->historyAction()->setChecked(false);
    QVERIFY(!WarningLayer::showsHistory(layer()));
    QCOMPARE(layer()->subsetString(), WarningLayer::inForceSubset());
  }

  void replayRunsTheTemporalControllerOverHistory()
  {
    mDock->replayAction()->trigger();
    WarningReplay *replay = mDock->replay();
    QVERIFY(replay->isReplaying());
    QVERIFY(replay->dock()->isVisible());
    QgsTemporalNavigationObject *nav = replay->navigation();
    QCOMPARE(nav->navigationMode(), QgsTemporalNavigationObject::Animated);
    QCOMPARE(nav->frameDuration(), QgsInterval(1, QgsUnitTypes::TemporalHours));
    QVERIFY(nav->temporalExtents().end() > nav->temporalExtents().begin());
    QCOMPARE(mWindow->canvas()->temporalController(), nav);
    // It opens on the first hour a warning was in force, and that frame's
    // temporal filter (what the canvas draws) holds the warnings sent then.
    const QgsDateTimeRange frame = mWindow->canvas()->temporalRange();
    QVERIFY(mWindow->canvas()->mapSettings().isTemporal());
    const QString filter = qobject_cast<QgsVectorLayerTemporalProperties *>(layer()->temporalProperties())->createFilterString(QgsVectorLayerTemporalContext(), frame);
    QgsFeatureIterator it = layer()->getFeatures(QgsFeatureRequest().setFilterExpression(filter));
    int drawn = 0;
    for (QgsFeature f; it.nextFeature(f);)
      ++drawn;
    QCOMPARE(drawn, 3);
    QVERIFY(WarningLayer::showsHistory(layer())); // every status; time decides
    replay->stop();
    QVERIFY(!replay->isReplaying());
    QVERIFY(!WarningLayer::showsHistory(layer()));
  }

  void warningWrittenElsewhereArrivesLive()
  {
    QSignalSpy arrived(mDock, &WarningsDock::warningArrived);
    const qint64 before = layer()->featureCount();
    const QDateTime sent = QDateTime::currentDateTimeUtc();
    const QByteArray xml = capMessage(QStringLiteral("53990104100300010001_live"), sent, QStringLiteral("Alert"), mTownship);
    const qint64 id = ingestElsewhere(xml);
    QVERIFY2(id > 0, qPrintable(QString::number(id)));

    QTRY_VERIFY_WITH_TIMEOUT(arrived.count() == 1, 15000);
    QCOMPARE(arrived.first().at(0).toLongLong(), id);
    QCOMPARE(arrived.first().at(1).toString(), QStringLiteral("示范县气象台发布暴雨红色预警信号"));
    WarningsModel *model = mDock->model();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->idAt(0), id); // newest first
    QVERIFY(model->isHighlighted(id));
    QCOMPARE(model->warning(0).level, QStringLiteral("red"));
    QCOMPARE(layer()->featureCount(), before + 1);
    QVERIFY(mWindow->statusBar()->currentMessage().contains(QStringLiteral("示范县气象台发布暴雨红色预警信号")));
    QVERIFY(mDock->isVisible());

    // Cancelled from elsewhere: the list and the map drop it, nothing is announced.
    const QString ref = QStringLiteral("53990104100@weather.example.cn,53990104100300010001_live,%1").arg(iso(sent));
    QVERIFY(ingestElsewhere(capMessage(QStringLiteral("53990104100300010001_cancel"), sent.addSecs(600), QStringLiteral("Cancel"), mTownship, ref)) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(id) < 0, 15000);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(arrived.count(), 1);
    QTRY_COMPARE(layer()->featureCount(), before);
  }
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true, QStringLiteral("en"));
  TestWarningsDock test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_warnings_dock.moc"
