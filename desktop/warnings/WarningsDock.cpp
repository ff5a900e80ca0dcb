#include "WarningsDock.h"
#include "ui/ViewMenu.h"

#include "CallPanel.h"
#include "ImpactPanel.h"
#include "WarningReplay.h"
#include "WarningsModel.h"
#include "ledger/LedgerDock.h"
#include "map/FieldLabels.h"
#include "map/LayerStyles.h"
#include "map/StoreMapLayers.h"
#include "map/WarningLayer.h"
#include "ui/IdentifyTool.h"
#include "store/Store.h"
#include "warnings/Warning.h"
#include "warnings/WarningTimeline.h"
#include "warnings/CapIngest.h"
#include "warnings/WarningWatch.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <qgscoordinatetransform.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

namespace onemap {

namespace {
constexpr int kHighlightMs = 8000;
const QgsCoordinateReferenceSystem &cgcs2000()
{
  static const QgsCoordinateReferenceSystem crs(QStringLiteral("EPSG:4490"));
  return crs;
}

} // namespace

WarningsDock *WarningsDock::addTo(QMainWindow *window, QgsProject *project, QgsMapCanvas *canvas)
{
  const QString path = LedgerDock::storePathOf(project);
  if (path.isEmpty())
    return nullptr;
  auto *dock = new WarningsDock(path, project, canvas, window);
  if (!dock->isValid()) {
    delete dock;
    return nullptr;
  }
  window->addDockWidget(Qt::RightDockWidgetArea, dock);
  // Tabbed with the feature information, the warnings in front; identifying
  // on the map brings the information tab forward again.
  if (auto *info = window->findChild<QDockWidget *>(QStringLiteral("identify"))) {
    window->tabifyDockWidget(info, dock);
    if (auto *identify = canvas->findChild<IdentifyTool *>())
      connect(identify, &IdentifyTool::identified, info, &QDockWidget::raise);
  }
  window->resizeDocks({dock}, {700}, Qt::Horizontal);
  dock->raise();
  QMenu *view = viewMenu(window);
  view->addSeparator();
  view->addAction(dock->toggleViewAction());
  view->addAction(dock->historyAction());
  view->addAction(dock->replayAction());
  return dock;
}

WarningsDock::WarningsDock(const QString &storePath, QgsProject *project, QgsMapCanvas *canvas, QMainWindow *window)
  : QDockWidget(tr("Warnings"), window), mProject(project), mCanvas(canvas), mWindow(window)
{
  setObjectName(QStringLiteral("warnings"));
  auto opened = Store::open(storePath);
  if (!opened) {
    mError = opened.message();
    return;
  }
  mStore = opened.take();
  mWatch = new WarningWatch(storePath, this);
  if (!mWatch->isValid()) {
    mError = mWatch->error();
    mStore.reset();
    return;
  }
  mModel = new WarningsModel(*mStore, this);
  mReplay = new WarningReplay(window, canvas, this);
  buildUi();
  connect(mWatch, &WarningWatch::changed, this, &WarningsDock::storeChanged);
  connect(mReplay, &WarningReplay::replayingChanged, this, &WarningsDock::applyLayerFilter);
  // Warnings past their expiry leave "in force" even when no `cap watch` runs
  // beside the board; the watch then reloads list and map as for any change.
  expireWarnings();
  // The stage moves on with the clock: repaint the column and the labels.
  auto *clock = new QTimer(this);
  connect(clock, &QTimer::timeout, this, [this] {
    expireWarnings();
    mModel->refreshStages();
    if (QgsVectorLayer *l = layer())
      l->triggerRepaint();
  });
  clock->start(60 * 1000);
}

WarningsDock::~WarningsDock()
{
  delete widget(); // the panels work on mStore: they go first
}

void WarningsDock::expireWarnings()
{
  const Result<int> expired = CapIngest::expire(*mStore);
  if (!expired)
    qWarning("%s", qPrintable(expired.message())); // a read-only store keeps its statuses
}

bool WarningsDock::isValid() const { return mStore != nullptr; }

QgsVectorLayer *WarningsDock::layer() const { return StoreMapLayers::layer(mProject, QStringLiteral("warnings")); }

void WarningsDock::buildUi()
{
  auto *body = new QWidget(this);
  auto *layout = new QVBoxLayout(body);
  layout->setContentsMargins(4, 2, 4, 2);
  layout->setSpacing(2);

  auto *top = new QHBoxLayout;
  mFilter = new QComboBox(body);
  mFilter->addItem(tr("In force"), false);
  mFilter->addItem(tr("All, with history (expired, updated, cancelled)"), true);
  top->addWidget(mFilter);
  mCount = new QLabel(body);
  top->addWidget(mCount, 1);
  layout->addLayout(top);

  mView = new QTableView(body);
  mView->setModel(mModel);
  mView->setSelectionBehavior(QAbstractItemView::SelectRows);
  mView->setSelectionMode(QAbstractItemView::SingleSelection);
  mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mView->setWordWrap(false);
  mView->verticalHeader()->hide();
  mView->horizontalHeader()->setStretchLastSection(false);
  mView->horizontalHeader()->setSectionResizeMode(WarningsModel::Headline, QHeaderView::Stretch);
  // Narrow fixed columns so the headline keeps the room.
  const QPair<int, int> widths[] = {{WarningsModel::Level, 58}, {WarningsModel::Hazard, 72}, {WarningsModel::Stage, 56},
                                    {WarningsModel::Area, 96}, {WarningsModel::Sent, 96}, {WarningsModel::Expires, 96},
                                    {WarningsModel::Status, 56}};
  for (const auto &w : widths)
    mView->setColumnWidth(w.first, w.second);

  mTabs = new QTabWidget(body);
  mDetails = new QTextBrowser(mTabs);
  mDetails->setPlaceholderText(tr("Select a warning to read it; double-click to open its details here."));
  mTabs->addTab(mDetails, tr("Details"));
  // Impact and call-and-answer follow the selected warning, but only work
  // while their tab is in front: preparing a call list writes to the store.
  mImpact = new ImpactPanel(*mStore, mTabs);
  mTabs->addTab(mImpact, tr("Impact"));
  mCalls = new CallPanel(*mStore, mTabs);
  mTabs->addTab(mCalls, tr("Call-and-answer"));
  connect(mTabs, &QTabWidget::currentChanged, this, &WarningsDock::updateTabs);

  auto *split = new QSplitter(Qt::Vertical, body);
  split->addWidget(mView);
  split->addWidget(mTabs);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 2);
  layout->addWidget(split, 1);
  setWidget(body);

  mHistoryAction = new QAction(tr("Show warning history"), this);
  mHistoryAction->setCheckable(true);
  mReplayAction = new QAction(tr("Replay warnings..."), this);

  connect(mFilter, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { setShowHistory(mFilter->currentData().toBool()); });
  connect(mHistoryAction, &QAction::toggled, this, &WarningsDock::setShowHistory);
  connect(mReplayAction, &QAction::triggered, this, &WarningsDock::startReplay);
  connect(mView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WarningsDock::rowSelected);
  connect(mView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { showDetails(mModel->idAt(index.row())); });
  connect(mModel, &QAbstractItemModel::modelReset, this, [this] {
    mCount->setText(tr("%n warning(s)", nullptr, mModel->rowCount()));
  });
  mCount->setText(tr("%n warning(s)", nullptr, mModel->rowCount()));
}

void WarningsDock::setShowHistory(bool history)
{
  if (mModel->showsHistory() == history)
    return;
  const QSignalBlocker a(mFilter), b(mHistoryAction);
  mFilter->setCurrentIndex(history ? 1 : 0);
  mHistoryAction->setChecked(history);
  mModel->setShowHistory(history);
  applyLayerFilter();
}

void WarningsDock::applyLayerFilter()
{
  // A replay needs every status: the time filter decides what was in force.
  WarningLayer::setHistory(layer(), mModel->showsHistory() || mReplay->isReplaying());
}

void WarningsDock::rowSelected()
{
  const QModelIndexList rows = mView->selectionModel()->selectedRows();
  const qint64 id = rows.isEmpty() ? 0 : mModel->idAt(rows.first().row());
  mCurrent = id;
  Q_EMIT currentWarningChanged(id);
  updateTabs();
  if (!id)
    return;
  fillDetails(id);
  const Result<Warning> w = Warnings(*mStore).get(id);
  const QgsGeometry g = w ? QgsGeometry::fromWkt(w.value().wkt) : QgsGeometry();
  if (g.isEmpty())
    return;
  QgsCoordinateTransform toCanvas(cgcs2000(), mCanvas->mapSettings().destinationCrs(), mProject->transformContext());
  try {
    QgsRectangle box = toCanvas.transformBoundingBox(g.boundingBox());
    box.scale(1.3);
    mCanvas->setExtent(box);
    mCanvas->refresh();
  } catch (const QgsCsException &) {
  }
  flash(w.value());
}

void WarningsDock::updateTabs()
{
  if (mTabs->currentWidget() == mImpact && mImpact->warning() != mCurrent)
    mImpact->setWarning(mCurrent);
  if (mTabs->currentWidget() == mCalls && mCalls->warning() != mCurrent)
    mCalls->setWarning(mCurrent);
}

void WarningsDock::selectWarning(qint64 id)
{
  const int row = mModel->rowOf(id);
  if (row < 0)
    return;
  mView->selectRow(row);
  mView->scrollTo(mModel->index(row, 0));
}

QgsGeometry WarningsDock::area(qint64 id) const
{
  Result<Warning> w = Warnings(*mStore).get(id);
  return w ? QgsGeometry::fromWkt(w.value().wkt) : QgsGeometry();
}

void WarningsDock::flash(const Warning &w)
{
  const QgsGeometry g = QgsGeometry::fromWkt(w.wkt);
  if (g.isEmpty())
    return;
  const QColor colour = LayerStyles::warningColour(w.level);
  mCanvas->flashGeometries({g}, cgcs2000(), colour, QColor(colour.red(), colour.green(), colour.blue(), 0), 4, 400);
}

void WarningsDock::showDetails(qint64 id)
{
  if (fillDetails(id))
    mTabs->setCurrentWidget(mDetails);
}

bool WarningsDock::fillDetails(qint64 id)
{
  Result<Warning> found = Warnings(*mStore).get(id);
  if (!found)
    return false;
  const Warning &w = found.value();
  const QString table = QStringLiteral("warnings");
  auto row = [](const QString &name, const QString &value) {
    return value.isEmpty() ? QString() : QStringLiteral("<tr><td style='color:#666;padding-right:8px'>%1</td><td>%2</td></tr>").arg(name.toHtmlEscaped(), value.toHtmlEscaped());
  };
  const QColor colour = LayerStyles::warningColour(w.level);
  QString html = QStringLiteral("<h3 style='color:%1'>%2</h3>").arg(colour.darker(120).name(), w.headline.toHtmlEscaped());
  html += QStringLiteral("<table>");
  html += row(FieldLabels::field(QStringLiteral("level")), FieldLabels::value(table, QStringLiteral("level"), w.level));
  html += row(FieldLabels::field(QStringLiteral("hazard")), FieldLabels::value(table, QStringLiteral("hazard"), w.hazard));
  html += row(FieldLabels::field(QStringLiteral("stage")), FieldLabels::value(table, QStringLiteral("stage"), mModel->stageOf(w)));
  html += row(FieldLabels::field(QStringLiteral("status")), FieldLabels::value(table, QStringLiteral("status"), w.status));
  html += row(FieldLabels::field(QStringLiteral("msg_type")), FieldLabels::value(table, QStringLiteral("msg_type"), w.msgType));
  html += row(FieldLabels::field(QStringLiteral("area_desc")), w.areaDesc);
  html += row(FieldLabels::field(QStringLiteral("issuer")), w.issuer);
  html += row(FieldLabels::field(QStringLiteral("sent")), WarningsModel::shortTime(w.sent));
  html += row(FieldLabels::field(QStringLiteral("effective")), WarningsModel::shortTime(w.effective));
  html += row(FieldLabels::field(QStringLiteral("onset")), WarningsModel::shortTime(w.onset));
  html += row(FieldLabels::field(QStringLiteral("expires")), WarningsModel::shortTime(w.expires));
  html += row(FieldLabels::field(QStringLiteral("identifier")), w.identifier);
  html += row(FieldLabels::field(QStringLiteral("sender")), w.sender);
  html += QStringLiteral("</table><p>%1</p>").arg(w.description.toHtmlEscaped());
  mDetails->setHtml(html);
  return true;
}

void WarningsDock::startReplay()
{
  // Opens on the first hour a warning was in force: no empty frames first.
  const TimeWindow span = WarningTimeline::span(*mStore);
  const TimeWindow window = WarningTimeline::replayWindow(span, QDateTime::currentDateTimeUtc());
  mReplay->start(window, span.begin);
  applyLayerFilter();
}

void WarningsDock::storeChanged(const QList<qint64> &arrived)
{
  if (QgsVectorLayer *l = layer()) {
    // The spatialite provider keeps its row count and extent until asked.
    l->dataProvider()->updateExtents();
    l->reload();
    l->updateExtents();
    l->triggerRepaint();
  }
  const qint64 current = mView->selectionModel()->selectedRows().isEmpty() ? 0 : mModel->idAt(mView->selectionModel()->selectedRows().first().row());
  {
    const QSignalBlocker block(mView->selectionModel());
    mModel->reload();
    if (current && mModel->rowOf(current) >= 0)
      mView->selectRow(mModel->rowOf(current));
  }
  // Only warnings in force are announced; a cancellation or an already
  // expired message just updates the list and the map.
  QVector<Warning> announced;
  for (qint64 id : arrived) {
    Result<Warning> w = Warnings(*mStore).get(id);
    if (!w)
      continue;
    if (w.value().status == QLatin1String("active"))
      announced << w.value();
    else if (w.value().status == QLatin1String("cancelled") && mWindow)
      mWindow->statusBar()->showMessage(tr("Warning lifted: %1").arg(w.value().headline), kHighlightMs * 2);
  }
  if (announced.isEmpty())
    return;
  for (const Warning &w : announced) {
    mModel->setHighlighted(w.id, true);
    QTimer::singleShot(kHighlightMs, this, [this, id = w.id] { mModel->setHighlighted(id, false); });
    flash(w);
  }
  const Warning &newest = announced.last();
  show();
  raise();
  if (mModel->rowOf(newest.id) >= 0)
    mView->scrollTo(mModel->index(mModel->rowOf(newest.id), 0));
  if (mWindow)
    mWindow->statusBar()->showMessage(tr("New warning: %1").arg(newest.headline), kHighlightMs * 2);
  for (const Warning &w : announced)
    Q_EMIT warningArrived(w.id, w.headline);
}

} // namespace onemap
