#include "TransferDock.h"
#include "store/AuditLog.h"
#include "ui/ViewMenu.h"

#include "CoverageRunner.h"
#include "MapFocus.h"
#include "ReassignCommand.h"
#include "ReassignDialog.h"
#include "RoadCutCommand.h"
#include "RoadCutTool.h"
#include "TrackingModel.h"
#include "TrackingPanel.h"
#include "TransferExports.h"
#include "TransferPlanForm.h"
#include "TransferPlanRunner.h"
#include "TransferRowsModel.h"
#include "export/notices/NoticeActions.h"
#include "map/StoreMapLayers.h"
#include "map/TransferMapLayers.h"
#include "routing/ShelterCoverage.h"
#include "store/SqlStatement.h"
#include "store/Store.h"
#include "transfer/RoadCuts.h"
#include "transfer/ShelterBalance.h"

#include <QAction>
#include <algorithm>
#include <QDoubleSpinBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>
#include <qgscoordinatetransform.h>
#include <qgsfeedback.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace onemap {

namespace {

QString defaultActor() { return AuditLog::loginName(QStringLiteral("desktop")); }
} // namespace

TransferDock *TransferDock::addTo(QMainWindow *window, QgsProject *project, QgsMapCanvas *canvas)
{
  const QString path = NoticeActions::storePathOf(project);
  if (path.isEmpty())
    return nullptr;
  auto *dock = new TransferDock(path, project, canvas, window);
  if (!dock->isValid()) {
    qWarning().noquote() << dock->error();
    delete dock;
    return nullptr;
  }
  window->addDockWidget(Qt::BottomDockWidgetArea, dock);
  // A tab beside the ledgers: the rows table wants the full width.
  if (auto *ledgers = window->findChild<QDockWidget *>(QStringLiteral("ledgers")))
    window->tabifyDockWidget(ledgers, dock);
  dock->hide(); // opened from the menus when a transfer is planned
  QAction *toggle = dock->toggleViewAction();
  toggle->setText(tr("Transfer and shelter"));
  toggle->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+T")));
  connect(toggle, &QAction::triggered, dock, [dock](bool shown) {
    if (shown)
      dock->raise(); // in front of the ledgers it is tabbed with
  });
  viewMenu(window)->addAction(toggle);

  QMenu *menu = window->menuBar()->addMenu(tr("T&ransfer"));
  menu->addAction(toggle);
  menu->addAction(tr("Make transfer plan"), dock, [dock] {
    dock->show();
    dock->raise();
    dock->makePlan();
  });
  menu->addAction(dock->roadCutAction());
  menu->addAction(tr("Shelter coverage (5-minute walk)"), dock, [dock] {
    dock->show();
    dock->computeCoverage();
  });
  menu->addSeparator();
  QAction *undo = dock->undoStack()->createUndoAction(menu, tr("Undo"));
  QAction *redo = dock->undoStack()->createRedoAction(menu, tr("Redo"));
  menu->addAction(undo);
  menu->addAction(redo);
  return dock;
}

TransferDock::TransferDock(const QString &storePath, QgsProject *project, QgsMapCanvas *canvas, QWidget *parent)
  : QDockWidget(tr("Transfer and shelter"), parent), mProject(project), mCanvas(canvas), mStorePath(storePath)
{
  setObjectName(QStringLiteral("transfer"));
  auto opened = Store::open(storePath);
  if (!opened) {
    mError = opened.message();
    return;
  }
  mStore = opened.take();
  mActor = defaultActor();
  mUndo = new QUndoStack(this);
  mRunner = new TransferPlanRunner(this);
  connect(mRunner, &TransferPlanRunner::progressChanged, this, [this](double p) { mProgress->setValue(qRound(p)); });
  connect(mRunner, &TransferPlanRunner::finished, this, &TransferDock::planFinished);
  mCoverageRunner = new CoverageRunner(this);
  connect(mCoverageRunner, &CoverageRunner::progressChanged, this, [this](double p) { mProgress->setValue(qRound(p)); });
  connect(mCoverageRunner, &CoverageRunner::finished, this, &TransferDock::coverageFinished);
  if (mProject) {
    if (Status s = TransferMapLayers::ensure(mProject, storePath); !s)
      mError = s.message(); // the dock works without its map layers
  }
  buildUi();
  reloadPlans();
}

TransferDock::~TransferDock()
{
  // The commands refer to mStore: drop them first.
  if (mUndo)
    mUndo->clear();
  if (mCanvas && mRoadCutTool && mCanvas->mapTool() == mRoadCutTool)
    mCanvas->unsetMapTool(mRoadCutTool);
}

void TransferDock::setActor(const QString &actor)
{
  mActor = actor;
  mTracking->setActor(actor);
}

void TransferDock::buildUi()
{
  auto *splitter = new QSplitter(Qt::Horizontal, this);

  auto *left = new QWidget(splitter);
  auto *leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(4, 2, 4, 2);
  mForm = new TransferPlanForm(*mStore, left);
  leftLayout->addWidget(mForm);
  auto *run = new QHBoxLayout;
  mMake = new QPushButton(tr("Make plan"), left);
  mMake->setToolTip(tr("Plan who moves where for the chosen area: nearest shelter by road first, never over capacity."));
  mCancel = new QPushButton(tr("Cancel"), left);
  mCancel->setEnabled(false);
  run->addWidget(mMake);
  run->addWidget(mCancel);
  leftLayout->addLayout(run);
  mProgress = new QProgressBar(left);
  mProgress->setRange(0, 100);
  mProgress->setVisible(false);
  leftLayout->addWidget(mProgress);
  leftLayout->addStretch(1);

  auto *middle = new QWidget(splitter);
  auto *middleLayout = new QVBoxLayout(middle);
  middleLayout->setContentsMargins(4, 2, 4, 2);
  middleLayout->addWidget(new QLabel(tr("Plans (newest first):"), middle));
  mPlans = new QListWidget(middle);
  mPlans->setWordWrap(true);
  middleLayout->addWidget(mPlans, 1);
  connect(mMake, &QPushButton::clicked, this, [this] { makePlan(); });
  connect(mCancel, &QPushButton::clicked, this, &TransferDock::cancelPlan);
  connect(mPlans, &QListWidget::currentRowChanged, this, [this](int row) {
    if (row >= 0)
      selectPlan(mPlans->item(row)->data(Qt::UserRole).toLongLong());
  });

  mTabs = new QTabWidget(splitter);
  mTabs->addTab(buildListTab(), tr("Transfer list"));
  mTracking = new TrackingPanel(*mStore, mTabs);
  mTracking->setActor(mActor);
  connect(mTracking, &TrackingPanel::reported, this, [this] { refreshMap(); });
  connect(mTracking, &TrackingPanel::villageSelected, this, &TransferDock::showVillage);
  mTabs->addTab(mTracking, tr("Tracking"));
  mTabs->addTab(new QUndoView(mUndo, mTabs), tr("History"));
  splitter->setStretchFactor(2, 1);
  splitter->setSizes({330, 220, 900});
  setWidget(splitter);
}

QWidget *TransferDock::buildListTab()
{
  auto *page = new QWidget(this);
  auto *layout = new QVBoxLayout(page);
  layout->setContentsMargins(2, 2, 2, 2);
  auto *bar = new QHBoxLayout;
  auto *reassign = new QPushButton(tr("Reassign..."), page);
  reassign->setToolTip(tr("Send the selected group (or part of it) to another shelter with room left."));
  connect(reassign, &QPushButton::clicked, this, &TransferDock::reassignSelected);
  bar->addWidget(reassign);

  mRoadCutAction = new QAction(tr("Mark road cut"), this);
  mRoadCutAction->setCheckable(true);
  mRoadCutAction->setToolTip(tr("Click a road on the map to mark it cut (click again to open it)."));
  QgsVectorLayer *roads = mProject ? StoreMapLayers::layer(mProject, QStringLiteral("roads")) : nullptr;
  if (mCanvas && roads) {
    mRoadCutTool = new RoadCutTool(mCanvas, roads);
    mRoadCutTool->setAction(mRoadCutAction);
    connect(mRoadCutTool, &RoadCutTool::roadPicked, this, [this](qint64 id) {
      if (!markRoadCut(id, !RoadCutCommand::isCut(*mStore, id)))
        showMessage(mError, true);
    });
    connect(mRoadCutTool, &RoadCutTool::nothingPicked, this, [this] { showMessage(tr("No road there.")); });
    connect(mRoadCutAction, &QAction::toggled, this, [this](bool on) {
      if (on && mCanvas->mapTool() != mRoadCutTool) {
        mPreviousTool = mCanvas->mapTool();
        mCanvas->setMapTool(mRoadCutTool);
      } else if (!on && mCanvas->mapTool() == mRoadCutTool) {
        mCanvas->setMapTool(mPreviousTool);
      }
    });
  } else {
    mRoadCutAction->setEnabled(false);
  }
  auto *cut = new QToolButton(page);
  cut->setDefaultAction(mRoadCutAction);
  bar->addWidget(cut);

  mCoverageButton = new QPushButton(tr("Coverage"), page);
  mCoverageButton->setToolTip(tr("Area and people within a 5-minute walk of a shelter; uncovered villages on the map."));
  connect(mCoverageButton, &QPushButton::clicked, this, &TransferDock::computeCoverage);
  bar->addWidget(mCoverageButton);

  auto *exports = new QToolButton(page);
  exports->setText(tr("Export"));
  exports->setPopupMode(QToolButton::InstantPopup);
  auto *menu = new QMenu(exports);
  menu->addAction(tr("Transfer list (PDF, a map per township)..."), this, [this] { exportAsked(QStringLiteral("list"), QStringLiteral("pdf")); });
  menu->addAction(tr("Transfer list (Excel)..."), this, [this] { exportAsked(QStringLiteral("list"), QStringLiteral("xlsx")); });
  menu->addAction(tr("Transfer list (CSV)..."), this, [this] { exportAsked(QStringLiteral("list"), QStringLiteral("csv")); });
  menu->addSeparator();
  menu->addAction(tr("Shelter balance (PDF)..."), this, [this] { exportAsked(QStringLiteral("balance"), QStringLiteral("pdf")); });
  menu->addAction(tr("Shelter balance (CSV)..."), this, [this] { exportAsked(QStringLiteral("balance"), QStringLiteral("csv")); });
  menu->addAction(tr("Shelter coverage (PDF)..."), this, [this] { exportAsked(QStringLiteral("coverage"), QStringLiteral("pdf")); });
  menu->addAction(tr("Shelter coverage (CSV)..."), this, [this] { exportAsked(QStringLiteral("coverage"), QStringLiteral("csv")); });
  exports->setMenu(menu);
  bar->addWidget(exports);

  auto *undo = mUndo->createUndoAction(this, tr("Undo"));
  auto *redo = mUndo->createRedoAction(this, tr("Redo"));
  undo->setShortcut(QKeySequence::Undo);
  redo->setShortcut(QKeySequence::Redo);
  for (QAction *a : {undo, redo}) {
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(a);
    auto *b = new QToolButton(page);
    b->setDefaultAction(a);
    bar->addWidget(b);
  }
  bar->addStretch(1);
  layout->addLayout(bar);

  mRows = new TransferRowsModel(*mStore, this);
  mView = new QTableView(page);
  mView->setModel(mRows);
  mView->setSelectionBehavior(QAbstractItemView::SelectRows);
  mView->setSelectionMode(QAbstractItemView::SingleSelection);
  mView->verticalHeader()->setDefaultSectionSize(mView->fontMetrics().height() + 6);
  mView->horizontalHeader()->setStretchLastSection(true);
  connect(mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
    if (current.isValid())
      selectRow(current.row());
  });
  connect(mView, &QTableView::doubleClicked, this, &TransferDock::reassignSelected);
  layout->addWidget(mView, 1);
  mTotals = new QLabel(page);
  mTotals->setWordWrap(true);
  layout->addWidget(mTotals);
  mMessage = new QLabel(page);
  mMessage->setWordWrap(true);
  layout->addWidget(mMessage);
  return page;
}

void TransferDock::showMessage(const QString &text, bool error)
{
  mMessage->setStyleSheet(error ? QStringLiteral("color: #b00000;") : QString());
  mMessage->setText(text);
}

void TransferDock::reloadPlans()
{
  const qint64 keep = mPlanId;
  QSignalBlocker block(mPlans);
  mPlans->clear();
  QVector<TransferPlan> plans = TransferPlanTable(*mStore).all();
  std::reverse(plans.begin(), plans.end()); // ids grow with time: newest first
  for (const TransferPlan &p : plans) {
    const QDateTime created = QDateTime::fromString(p.createdAt, Qt::ISODate);
    const QString when = created.isValid() ? created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : p.createdAt;
    auto *item = new QListWidgetItem(QStringLiteral("%1\n%2  %3").arg(p.name, when, p.createdBy), mPlans);
    item->setData(Qt::UserRole, p.id);
    item->setToolTip(p.areaLabel);
    if (p.id == keep)
      mPlans->setCurrentItem(item);
  }
}

void TransferDock::selectPlan(qint64 planId)
{
  for (int i = 0; i < mPlans->count(); ++i)
    if (mPlans->item(i)->data(Qt::UserRole).toLongLong() == planId && mPlans->currentRow() != i) {
      QSignalBlocker block(mPlans);
      mPlans->setCurrentRow(i);
    }
  mPlanId = planId;
  mRows->load(planId);
  mTracking->setPlan(planId);
  showRows();
  refreshMap();
  Q_EMIT planChanged(planId);
}

void TransferDock::showRows()
{
  if (mPlanId <= 0) {
    mTotals->setText(tr("No plan chosen."));
    return;
  }
  mView->resizeColumnsToContents();
  QString text = tr("%1 groups, %2 people: %3 placed, %4 not placed").arg(mRows->rowCount()).arg(mRows->people()).arg(mRows->placed()).arg(mRows->unplaced());
  if (mRows->unplacedRows() > 0)
    text = QStringLiteral("<span style='color:#b00000'>%1</span>").arg(text + tr(" (%1 rows in red)").arg(mRows->unplacedRows()));
  mTotals->setText(text);
}

void TransferDock::refreshMap()
{
  if (!mProject)
    return;
  QString cutIds;
  if (mPlanId > 0)
    if (const auto plan = TransferPlanTable(*mStore).get(mPlanId))
      cutIds = plan.value().cutRoadIds;
  TransferMapLayers::showPlan(mProject, mPlanId, cutIds);
  TransferMapLayers::reload(mProject);
  if (mPlanId <= 0)
    return;
  const auto balance = shelterBalance(*mStore, mPlanId);
  if (balance)
    TransferMapLayers::showBalance(mProject, *mStore, balance.value());
  else
    showMessage(balance.message(), true);
  TransferMapLayers::showTracking(mProject, *mStore, mTracking->model()->villages());
  // Before any report every village "lags": the layer shows once a response reports.
  const bool reported = std::any_of(mTracking->model()->villages().begin(), mTracking->model()->villages().end(),
                                    [](const VillageTransferStatus &v) { return !v.lastReportAt.isEmpty(); });
  TransferMapLayers::setVisible(mProject, TransferMapLayers::Kind::Tracking, reported);
}

void TransferDock::changed()
{
  const int row = mView->currentIndex().row();
  mRows->reload();
  mTracking->setPlan(mPlanId);
  showRows();
  refreshMap();
  if (row >= 0 && row < mRows->rowCount())
    mView->selectRow(row);
}

void TransferDock::selectRow(int row)
{
  const TransferAssignment *a = mRows->row(row);
  QgsVectorLayer *routes = mProject ? TransferMapLayers::layer(mProject, TransferMapLayers::Kind::Routes) : nullptr;
  if (!a || !routes)
    return;
  routes->selectByIds(QgsFeatureIds() << a->id);
  if (!a->routeWkt.isEmpty()) {
    MapFocus::show(mCanvas, mProject, QgsGeometry::fromWkt(a->routeWkt));
    showMessage(tr("%1 -> %2: %3 people, %4 km, %5 min.").arg(a->sourceName, a->shelterName).arg(a->people)
                  .arg(a->routeM / 1000.0, 0, 'f', 2).arg(a->routeMinutes, 0, 'f', 0));
    return;
  }
  // No route (not placed, or reassigned by hand): show where the group gathers.
  double lon = 0, lat = 0;
  if (ReassignDialog::sourcePoint(*mStore, *a, lon, lat))
    MapFocus::show(mCanvas, mProject, QgsGeometry::fromPointXY(QgsPointXY(lon, lat)));
  if (a->shelterId <= 0)
    showMessage(tr("%1: not placed (%2).").arg(a->sourceName, TransferRowsModel::reasonLabel(a->unplacedReason)), true);
  else
    showMessage(tr("%1 -> %2: %3 people, reassigned by hand (no route).").arg(a->sourceName, a->shelterName).arg(a->people));
}

bool TransferDock::makePlan()
{
  if (mRunner->isRunning() || mForm->areaRef().isEmpty()) {
    mError = mRunner->isRunning() ? tr("A plan is being made already.") : tr("Choose an area first.");
    showMessage(mError, true);
    return false;
  }
  TransferPlanOptions options = mForm->options();
  options.actor = mActor;
  if (!mRunner->start(mStorePath, mForm->areaKind(), mForm->areaRef(), options))
    return false;
  mProgress->setValue(0);
  mProgress->setVisible(true);
  mMake->setEnabled(false);
  mCancel->setEnabled(true);
  showMessage(tr("Planning the transfer for %1...").arg(mForm->areaLabel()));
  return true;
}

void TransferDock::cancelPlan()
{
  mRunner->cancel();
  mCoverageRunner->cancel();
}

bool TransferDock::coverageRunning() const { return mCoverageRunner->isRunning(); }

void TransferDock::planFinished(qint64 planId, bool cancelled)
{
  mProgress->setVisible(false);
  mMake->setEnabled(true);
  mCancel->setEnabled(false);
  if (planId > 0) {
    const TransferPlanOutcome &o = mRunner->result().value();
    reloadPlans();
    selectPlan(planId);
    showMessage(tr("Plan made: %1 people, %2 placed, %3 not placed; %4 shelters usable, %5 roads avoided.")
                  .arg(o.people).arg(o.placed).arg(o.unplaced).arg(o.sheltersUsable).arg(o.cutRoads),
                o.unplaced > 0);
    Q_EMIT planMade(planId);
    return;
  }
  mError = cancelled ? tr("Planning cancelled; nothing was saved.") : mRunner->result().message();
  showMessage(mError, !cancelled);
  Q_EMIT planMade(0);
}

void TransferDock::reassignSelected()
{
  const TransferAssignment *a = mRows->row(mView->currentIndex().row());
  if (!a)
    return;
  ReassignDialog dialog(*mStore, *a, this);
  if (dialog.exec() != QDialog::Accepted)
    return;
  if (!reassign(a->id, dialog.shelterId(), dialog.people()))
    QMessageBox::warning(this, dialog.windowTitle(), mError);
}

bool TransferDock::reassign(qint64 assignmentId, qint64 shelterId, qint64 people)
{
  auto *command = new ReassignCommand(*mStore, assignmentId, shelterId, people, mActor, [this] { changed(); });
  mUndo->push(command); // runs redo(): the write
  // An obsolete command was refused by the store and is already gone.
  if (mUndo->count() == 0 || mUndo->command(mUndo->index() - 1) != command) {
    mError = tr("The reassignment was refused.");
    showMessage(mError, true);
    return false;
  }
  mError.clear();
  showMessage(command->text());
  return true;
}

bool TransferDock::markRoadCut(qint64 roadId, bool cut)
{
  auto *command = new RoadCutCommand(*mStore, roadId, cut, mActor, [this] {
    if (mProject) {
      TransferMapLayers::reload(mProject);
      if (QgsVectorLayer *roads = StoreMapLayers::layer(mProject, QStringLiteral("roads")))
        roads->triggerRepaint();
    }
  });
  const QString text = command->text();
  mUndo->push(command);
  if (mUndo->count() == 0 || mUndo->command(mUndo->index() - 1) != command) {
    mError = tr("The road could not be marked.");
    return false;
  }
  mError.clear();
  showMessage(text);
  return true;
}

void TransferDock::computeCoverage()
{
  if (mCoverageRunner->isRunning())
    return;
  const RoadCutOptions cuts = mForm->options().cuts;
  mCoverageRunner->start(mStorePath, coverageOptions(), cuts);
  mCoverageButton->setEnabled(false);
  mCancel->setEnabled(true);
  mProgress->setValue(0);
  mProgress->setVisible(true);
  showMessage(tr("Computing the shelter coverage..."));
}

void TransferDock::coverageFinished()
{
  mCoverageButton->setEnabled(true);
  mCancel->setEnabled(mRunner->isRunning());
  mProgress->setVisible(mRunner->isRunning());
  const Result<CoverageResult> &result = mCoverageRunner->result();
  if (!result) {
    showMessage(result.message(), true);
    return;
  }
  const CoverageResult &c = result.value();
  mCoverage = std::make_unique<CoverageResult>(c);
  mCoverageOptions = mCoverageRunner->options();
  if (mProject)
    TransferMapLayers::showCoverage(mProject, *mStore, c);
  const int uncovered = int(std::count_if(c.villages.begin(), c.villages.end(), [](const VillageCoverage &v) { return v.uncovered(); }));
  showMessage(tr("Within a 5-minute walk of %1 shelters: %2 of %3 km², %4 of %5 people; %6 villages not covered.")
                .arg(c.shelters).arg(c.coveredKm2, 0, 'f', 1).arg(c.countyKm2, 0, 'f', 1).arg(c.coveredPopulation).arg(c.population).arg(uncovered));
  Q_EMIT coverageShown();
}

void TransferDock::showVillage(const QString &villageCode)
{
  SqlStatement q(mStore->handle(), QStringLiteral("SELECT AsText(geom) FROM admin_units WHERE code = ?"));
  q.bind(1, villageCode);
  if (q.next())
    MapFocus::show(mCanvas, mProject, QgsGeometry::fromWkt(q.text(0)));
}

CoverageOptions TransferDock::coverageOptions() const
{
  CoverageOptions o;
  o.walkKmh = mForm->walkSpeed()->value();
  o.shelterClasses = mForm->shelterClasses();
  return o;
}

void TransferDock::exportAsked(const QString &what, const QString &format)
{
  // The coverage on the map, when it was computed, is the one exported.
  TransferExports::ask(this, *mStore, mPlanId, what, format, mCoverage ? mCoverage.get() : nullptr,
                       mCoverage ? mCoverageOptions : coverageOptions());
}

Status TransferDock::exportTo(const QString &what, const QString &path)
{
  return TransferExports::write(*mStore, mPlanId, what, path, mCoverage ? mCoverage.get() : nullptr,
                                mCoverage ? mCoverageOptions : coverageOptions());
}

} // namespace onemap
