#include "LedgerDock.h"

#include "DangerStepDialog.h"
#include "DangerSummaryPanel.h"

#include "LedgerFilterBar.h"
#include "LedgerForm.h"
#include "LedgerHistoryDialog.h"
#include "LedgerLabels.h"
#include "LedgerModel.h"
#include "export/notices/NoticeActions.h"
#include "hidden_dangers/HiddenDanger.h"
#include "ledger/EditHistory.h"
#include "ledger/LedgerColumns.h"
#include "ledger/LedgerExport.h"
#include "map/MapLayerSpec.h"
#include "map/StoreMapLayers.h"
#include "store/AuditLog.h"
#include "store/SqlStatement.h"
#include "store/Store.h"
#include "store/Table.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <qgsapplication.h>
#include <qgscoordinatetransform.h>
#include <qgsdatasourceuri.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace onemap {

namespace {
QString actorName() { return AuditLog::loginName(QStringLiteral("desktop")); }
} // namespace

QString LedgerDock::storePathOf(const QgsProject *project)
{
  for (const MapLayerSpec &spec : boardLayerSpecs())
    if (QgsVectorLayer *layer = StoreMapLayers::layer(project, spec.id))
      return QgsDataSourceUri(layer->source()).database();
  return QString();
}

LedgerDock *LedgerDock::addTo(QMainWindow *window, QgsProject *project, QgsMapCanvas *canvas)
{
  const QString path = storePathOf(project);
  if (path.isEmpty())
    return nullptr;
  auto *dock = new LedgerDock(path, project, canvas, window);
  if (!dock->isValid()) {
    delete dock;
    return nullptr;
  }
  window->addDockWidget(Qt::BottomDockWidgetArea, dock);
  window->resizeDocks({dock}, {320}, Qt::Vertical);
  QMenu *edit = window->menuBar()->addMenu(tr("&Edit"));
  edit->addAction(dock->undoAction());
  QMenu *view = window->menuBar()->addMenu(tr("&View"));
  view->addAction(dock->toggleViewAction());

  auto *summaryDock = new QDockWidget(tr("Hidden-danger summary"), window);
  summaryDock->setObjectName(QStringLiteral("dangerSummary"));
  auto *panel = new DangerSummaryPanel(dock->store(), summaryDock);
  summaryDock->setWidget(panel);
  dock->setSummaryPanel(panel);
  window->addDockWidget(Qt::BottomDockWidgetArea, summaryDock);
  window->tabifyDockWidget(dock, summaryDock);
  dock->raise();
  view->addAction(summaryDock->toggleViewAction());
  return dock;
}

LedgerDock::LedgerDock(const QString &storePath, QgsProject *project, QgsMapCanvas *canvas, QWidget *parent)
  : QDockWidget(tr("Ledgers"), parent), mProject(project), mCanvas(canvas)
{
  setObjectName(QStringLiteral("ledgers"));
  auto opened = Store::open(storePath);
  if (!opened) {
    mError = opened.message();
    return;
  }
  mStore = opened.take();
  mHistory = new EditHistory(*mStore, actorName(), this);
  mModel = new LedgerModel(*mStore, this);
  for (const MapLayerSpec &spec : boardLayerSpecs()) {
    QgsVectorLayer *layer = StoreMapLayers::layer(project, spec.id);
    if (!layer)
      continue;
    mLayerTables.insert(layer, spec.table);
    connect(layer, &QgsVectorLayer::selectionChanged, this, [this, layer] { layerSelectionChanged(layer); });
    connect(layer, &QObject::destroyed, this, [this, layer] { mLayerTables.remove(layer); });
  }
  buildUi();
  connect(mHistory, &EditHistory::changed, this, [this](const QString &table, qint64) { tableChanged(table); });
  setRegistry(Ledgers::tables().first()->name);
}

LedgerDock::~LedgerDock() = default;

void LedgerDock::buildUi()
{
  auto *body = new QWidget(this);
  auto *layout = new QVBoxLayout(body);
  layout->setContentsMargins(4, 2, 4, 2);
  layout->setSpacing(2);

  auto *top = new QHBoxLayout;
  mRegistry = new QComboBox(body);
  for (const TableSpec *spec : Ledgers::tables())
    mRegistry->addItem(ledgerTitle(spec->name), spec->name);
  top->addWidget(mRegistry);
  mFilterBar = new LedgerFilterBar(*mStore, body);
  top->addWidget(mFilterBar, 1);
  layout->addLayout(top);

  auto *bar = new QToolBar(body);
  bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  bar->setIconSize(QSize(16, 16));
  mAdd = bar->addAction(QgsApplication::getThemeIcon(QStringLiteral("/mActionAdd.svg")), tr("Add"));
  mEdit = bar->addAction(QgsApplication::getThemeIcon(QStringLiteral("/mActionToggleEditing.svg")), tr("Edit"));
  mDelete = bar->addAction(QgsApplication::getThemeIcon(QStringLiteral("/mActionDeleteSelected.svg")), tr("Delete"));
  mHistoryAction = bar->addAction(QgsApplication::getThemeIcon(QStringLiteral("/mActionHistory.svg")), tr("History"));
  mItems = bar->addAction(QgsApplication::getThemeIcon(QStringLiteral("/mActionOpenTable.svg")), tr("Depot items"));
  mAdvance = bar->addAction(QgsApplication::getThemeIcon(QStringLiteral("/mActionArrowRight.svg")), tr("Advance step..."));
  mAdvance->setToolTip(tr("Record the next closed-loop step of the selected hidden danger"));
  mNotice = bar->addAction(QgsApplication::getThemeIcon(QStringLiteral("/mActionSaveAsPDF.svg")), tr("Supervision sheet..."));
  mNotice->setToolTip(tr("Write the rectification-supervision sheet (PDF) of the selected hidden danger"));
  bar->addSeparator();
  mExport = bar->addAction(QgsApplication::getThemeIcon(QStringLiteral("/mActionFileSaveAs.svg")), tr("Export..."));
  mUndo = new QAction(QgsApplication::getThemeIcon(QStringLiteral("/mActionUndo.svg")), tr("Undo ledger edit"), this);
  mUndo->setShortcut(QKeySequence::Undo);
  bar->addAction(mUndo);
  mCount = new QLabel(body);
  mMessage = new QLabel(body);
  mMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto *actions = new QHBoxLayout;
  actions->addWidget(bar);
  actions->addWidget(mMessage, 1);
  actions->addWidget(mCount);
  layout->addLayout(actions);

  mView = new QTableView(body);
  mView->setModel(mModel);
  mView->setSortingEnabled(true);
  mView->sortByColumn(0, Qt::AscendingOrder);
  mView->setSelectionBehavior(QAbstractItemView::SelectRows);
  mView->setSelectionMode(QAbstractItemView::ExtendedSelection);
  mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mView->setAlternatingRowColors(true);
  mView->verticalHeader()->setDefaultSectionSize(22);
  mView->verticalHeader()->hide();
  mView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
  mView->setContextMenuPolicy(Qt::ActionsContextMenu);
  mView->addActions({mAdvance, mNotice, mEdit, mHistoryAction, mItems, mDelete});
  layout->addWidget(mView, 1);
  setWidget(body);

  connect(mRegistry, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
          [this] { setRegistry(mRegistry->currentData().toString()); });
  connect(mFilterBar, &LedgerFilterBar::changed, this, [this] {
    mModel->setFilter(mFilterBar->filter());
    updateActions();
  });
  connect(mView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
    rowsSelected();
    updateActions();
  });
  connect(mModel, &QAbstractItemModel::modelReset, this, &LedgerDock::updateActions);
  connect(mView, &QTableView::doubleClicked, this, [this] { openForm(false); });
  connect(mAdd, &QAction::triggered, this, [this] { openForm(true); });
  connect(mEdit, &QAction::triggered, this, [this] { openForm(false); });
  connect(mDelete, &QAction::triggered, this, [this] {
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
      return;
    if (QMessageBox::question(this, windowTitle(), tr("Delete %n row(s) from %1? Undo can bring them back.", nullptr, ids.size())
                                                     .arg(mRegistry->currentText())) != QMessageBox::Yes)
      return;
    if (Status s = deleteRows(ids); !s)
      showMessage(s.message(), true);
  });
  connect(mHistoryAction, &QAction::triggered, this, &LedgerDock::openHistory);
  connect(mExport, &QAction::triggered, this, &LedgerDock::chooseExport);
  connect(mItems, &QAction::triggered, this, &LedgerDock::openDepotItems);
  connect(mAdvance, &QAction::triggered, this, &LedgerDock::openStepDialog);
  connect(mNotice, &QAction::triggered, this, [this] {
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1 || !currentSpec())
      return;
    const Result<Record> row = Table(*mStore, *currentSpec()).get(ids.first());
    if (!row) {
      showMessage(row.message(), true);
      return;
    }
    NoticeActions::exportDangerNotice(this, mStore->path(), row.value().values.value(QStringLiteral("code")).toString());
  });
  connect(mUndo, &QAction::triggered, this, [this] {
    if (Status s = undo(); !s)
      showMessage(s.message(), true);
  });
}

const TableSpec *LedgerDock::currentSpec() const { return mModel ? mModel->spec() : nullptr; }

void LedgerDock::setRegistry(const QString &table)
{
  const TableSpec *spec = nullptr;
  for (const TableSpec *candidate : Ledgers::tables())
    if (candidate->name == table)
      spec = candidate;
  if (!spec || spec == currentSpec())
    return;
  const int index = mRegistry->findData(table);
  if (mRegistry->currentIndex() != index) {
    const QSignalBlocker block(mRegistry);
    mRegistry->setCurrentIndex(index);
  }
  mFilterBar->setTable(*spec);
  mModel->setTable(*spec);
  mView->sortByColumn(0, Qt::AscendingOrder);
  mView->resizeColumnsToContents();
  for (int c = 0; c < mModel->columnCount(); ++c)
    mView->setColumnWidth(c, qMin(mView->columnWidth(c), 240));
  showMessage(QString());
  updateActions();
}

void LedgerDock::updateActions()
{
  const int selected = selectedIds().size();
  const TableSpec *spec = currentSpec();
  mEdit->setEnabled(selected == 1);
  mDelete->setEnabled(selected > 0);
  mHistoryAction->setEnabled(selected == 1);
  mItems->setVisible(spec && spec->name == QLatin1String("reserves"));
  mItems->setEnabled(selected == 1);
  mAdvance->setVisible(spec && spec->name == QLatin1String("hidden_dangers"));
  mAdvance->setEnabled(selected == 1);
  mNotice->setVisible(mAdvance->isVisible());
  mNotice->setEnabled(selected == 1);
  mUndo->setEnabled(mHistory->canUndo());
  mCount->setText(tr("%n row(s)", nullptr, mModel->rowCount()));
}

void LedgerDock::showMessage(const QString &text, bool error)
{
  mMessage->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
  mMessage->setText(text);
}

QList<QgsVectorLayer *> LedgerDock::layersFor(const QString &table) const
{
  QList<QgsVectorLayer *> layers;
  for (auto it = mLayerTables.constBegin(); it != mLayerTables.constEnd(); ++it)
    if (it.value() == table)
      layers << it.key();
  return layers;
}

QList<qint64> LedgerDock::selectedIds() const
{
  QList<qint64> ids;
  if (!mView)
    return ids;
  for (const QModelIndex &index : mView->selectionModel()->selectedRows())
    ids << mModel->idAt(index.row());
  return ids;
}

void LedgerDock::selectIds(const QList<qint64> &ids)
{
  QItemSelection selection;
  for (qint64 id : ids) {
    const int row = mModel->rowOf(id);
    if (row >= 0)
      selection.select(mModel->index(row, 0), mModel->index(row, mModel->columnCount() - 1));
  }
  mView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
  if (!ids.isEmpty() && mModel->rowOf(ids.first()) >= 0)
    mView->scrollTo(mModel->index(mModel->rowOf(ids.first()), 0));
}

void LedgerDock::rowsSelected()
{
  if (mSyncing || !currentSpec())
    return;
  const QList<qint64> ids = selectedIds();
  QgsFeatureIds fids;
  for (qint64 id : ids)
    fids.insert(id); // the spatialite layers use the table's id as feature id
  mSyncing = true;
  for (QgsVectorLayer *layer : layersFor(currentSpec()->name))
    layer->selectByIds(fids);
  mSyncing = false;
  if (!ids.isEmpty())
    zoomToSelection(ids);
}

void LedgerDock::layerSelectionChanged(QgsVectorLayer *layer)
{
  if (mSyncing || !currentSpec() || mLayerTables.value(layer) != currentSpec()->name)
    return;
  QList<qint64> ids;
  for (QgsVectorLayer *l : layersFor(currentSpec()->name))
    for (QgsFeatureId fid : l->selectedFeatureIds())
      ids << fid;
  mSyncing = true;
  selectIds(ids);
  mSyncing = false;
  updateActions();
}

void LedgerDock::zoomToSelection(const QList<qint64> &ids)
{
  if (!mCanvas)
    return;
  QgsRectangle box;
  box.setMinimal();
  for (QgsVectorLayer *layer : layersFor(currentSpec()->name)) {
    if (!layer->isSpatial() || layer->selectedFeatureCount() == 0)
      continue;
    QgsCoordinateTransform toCanvas(layer->crs(), mCanvas->mapSettings().destinationCrs(), mProject->transformContext());
    try {
      box.combineExtentWith(toCanvas.transformBoundingBox(layer->boundingBoxOfSelected()));
    } catch (const QgsCsException &) {
      continue;
    }
    QgsFeatureIds fids;
    for (qint64 id : ids)
      fids.insert(id);
    mCanvas->flashFeatureIds(layer, fids);
  }
  if (box.isNull() || box.width() < 0)
    return;
  // A single point has no extent: show about 3 km around it.
  const double minSize = mCanvas->mapSettings().destinationCrs().isGeographic() ? 0.03 : 3000;
  if (box.width() < minSize || box.height() < minSize) {
    const QgsPointXY c = box.center();
    box = QgsRectangle(c.x() - minSize / 2, c.y() - minSize / 2, c.x() + minSize / 2, c.y() + minSize / 2);
  } else {
    box.scale(1.2);
  }
  mCanvas->setExtent(box);
  mCanvas->refresh();
}

void LedgerDock::tableChanged(const QString &table)
{
  for (QgsVectorLayer *layer : layersFor(table)) {
    layer->reload(); // the provider reads the file again
    // ...but keeps its cached count and extent: the spatialite provider
    // recomputes both in updateExtents().
    layer->dataProvider()->updateExtents();
    layer->updateExtents();
    layer->triggerRepaint();
  }
  const QList<qint64> keep = selectedIds();
  if (currentSpec() && currentSpec()->name == table) {
    mModel->reload();
    selectIds(keep);
  }
  if (mSummary && table == QLatin1String("hidden_dangers"))
    mSummary->refresh();
  updateActions();
}

DangerSummaryPanel *LedgerDock::summaryPanel() const { return mSummary.data(); }

void LedgerDock::setSummaryPanel(DangerSummaryPanel *panel)
{
  mSummary = panel;
  connect(panel, &DangerSummaryPanel::townshipActivated, this, [this](const QString &township, bool overdueOnly) {
    showDangers(township, overdueOnly);
    show();
    raise();
  });
}

void LedgerDock::showDangers(const QString &townshipCode, bool overdueOnly)
{
  setRegistry(QStringLiteral("hidden_dangers"));
  // Through the filter bar, so the combos show what the table shows.
  QComboBox *township = mFilterBar->townshipBox();
  QComboBox *status = mFilterBar->statusBox();
  {
    const QSignalBlocker block(mFilterBar);
    township->setCurrentIndex(qMax(0, township->findData(townshipCode)));
    status->setCurrentIndex(overdueOnly ? qMax(0, status->findData(QLatin1String(LedgerFilter::kOverdue))) : 0);
  }
  mModel->setFilter(mFilterBar->filter());
  updateActions();
}

Status LedgerDock::deleteRows(const QList<qint64> &ids)
{
  for (qint64 id : ids)
    if (Status s = mHistory->remove(*currentSpec(), id); !s)
      return s;
  showMessage(tr("Deleted %n row(s)", nullptr, ids.size()));
  return Status();
}

Status LedgerDock::undo()
{
  if (!mHistory->canUndo())
    return Status::failure(tr("Nothing to undo"));
  const QString table = mHistory->last().spec->name;
  const qint64 id = mHistory->last().rowId();
  Status s = mHistory->undo();
  if (s) {
    setRegistry(table);
    selectIds({id});
    showMessage(tr("Undone: %1 #%2").arg(ledgerTitle(table)).arg(id));
  }
  return s;
}

Status LedgerDock::exportTo(const QString &path)
{
  LedgerExportOptions options;
  options.outPath = path;
  options.sheetName = ledgerTitle(currentSpec()->name);
  options.labels = ledgerLabels(currentSpec()->name);
  auto written = LedgerExport::write(*mStore, *currentSpec(), mModel->filter(), options);
  if (!written)
    return written.status();
  showMessage(tr("Exported %n row(s) to %1", nullptr, written.value()).arg(path));
  return Status();
}

void LedgerDock::chooseExport()
{
  const QString path = QFileDialog::getSaveFileName(this, tr("Export ledger"), ledgerTitle(currentSpec()->name) + QStringLiteral(".xlsx"),
                                                    tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
  if (path.isEmpty())
    return;
  if (Status s = exportTo(path); !s)
    showMessage(s.message(), true);
}

void LedgerDock::openForm(bool add)
{
  const TableSpec *spec = currentSpec();
  Record record;
  if (!add) {
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
      return;
    record = mModel->record(mModel->rowOf(ids.first()));
  } else if (spec->geometry == GeometryType::Point && mCanvas) {
    // A new point starts at the centre of the map the user is looking at.
    QgsCoordinateTransform toLonLat(mCanvas->mapSettings().destinationCrs(), QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4490")),
                                    mProject->transformContext());
    try {
      const QgsPointXY c = toLonLat.transform(mCanvas->extent().center());
      record.wkt = GeoPoint {c.x(), c.y()}.toWkt();
    } catch (const QgsCsException &) {
    }
  }
  if (add && mFilterBar->filter().parentId > 0)
    record.values.insert(LedgerColumns::of(*spec).parentField, mFilterBar->filter().parentId);
  LedgerForm form(*mHistory, *spec, record, this);
  if (form.exec() == QDialog::Accepted) {
    selectIds({form.savedId()});
    showMessage(add ? tr("Added %1 #%2").arg(ledgerTitle(spec->name)).arg(form.savedId())
                    : tr("Saved %1 #%2").arg(ledgerTitle(spec->name)).arg(form.savedId()));
  }
}

void LedgerDock::openHistory()
{
  const QList<qint64> ids = selectedIds();
  if (ids.size() != 1)
    return;
  LedgerHistoryDialog dialog(*mStore, currentSpec()->name, ids.first(), this);
  dialog.exec();
}

DangerStepDialog *LedgerDock::stepDialog(qint64 id)
{
  const Result<Record> row = Table(*mStore, HiddenDanger::schema().spec()).get(id);
  if (!row)
    return nullptr;
  auto *dialog = new DangerStepDialog(*mStore, row.value().values.value(QStringLiteral("code")).toString(), this);
  // A step is a closed-loop event, not a ledger edit, so it is deliberately
  // not on the Undo stack: undoing it would delete a dated, signed step from
  // the danger's history. A wrong step is corrected by the loop itself (e.g.
  // reopened). An earlier plain edit of the same danger can no longer be
  // undone after a step either: EditHistory sees that the row changed since
  // and refuses with its message instead of overwriting the loop's status.
  connect(dialog, &DangerStepDialog::stepRecorded, this, [this, id](const QString &code, qint64) {
    tableChanged(QStringLiteral("hidden_dangers"));
    if (currentSpec() && currentSpec()->name == QLatin1String("hidden_dangers"))
      selectIds({id});
    showMessage(tr("Recorded the next step of %1").arg(code));
  });
  return dialog;
}

void LedgerDock::openStepDialog()
{
  const QList<qint64> ids = selectedIds();
  if (ids.size() != 1 || !currentSpec() || currentSpec()->name != QLatin1String("hidden_dangers"))
    return;
  std::unique_ptr<DangerStepDialog> dialog(stepDialog(ids.first()));
  if (!dialog)
    return;
  if (!dialog->isValid()) {
    showMessage(dialog->error(), true);
    return;
  }
  dialog->exec();
}

void LedgerDock::openDepotItems()
{
  const QList<qint64> ids = selectedIds();
  if (ids.size() != 1)
    return;
  setRegistry(QStringLiteral("reserve_items"));
  QComboBox *depot = mFilterBar->parentBox();
  depot->setCurrentIndex(qMax(0, depot->findData(ids.first())));
}

} // namespace onemap
