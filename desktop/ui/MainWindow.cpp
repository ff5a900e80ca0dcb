#include "MainWindow.h"

#include "FeatureInfoPanel.h"
#include "IdentifyTool.h"
#include "PlaceSearch.h"
#include "export/dialog/ExportDialog.h"
#include "export/notices/NoticeActions.h"
#include "import/ImportWizard.h"
#include "ledger/LedgerDock.h"
#include "map/StoreMapLayers.h"
#include "map/render/LiveLayers.h"
#include "modules/BoardModules.h"
#include "plugins/PluginActions.h"
#include "statistics/DailyStatsDock.h"
#include "transfer/TransferDock.h"
#include "warnings/WarningsDock.h"

#include <QActionGroup>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <qgsapplication.h>
#include <qgscoordinatetransform.h>
#include <qgsdatasourceuri.h>
#include <qgslayertree.h>
#include <qgslayertreemapcanvasbridge.h>
#include <qgslayertreemodel.h>
#include <qgslayertreeview.h>
#include <qgsmapcanvas.h>
#include <qgsmaptoolpan.h>
#include <qgsmaptoolzoom.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace onemap {

MainWindow::MainWindow(QgsProject *project, QWidget *parent)
  : QMainWindow(parent), mProject(project)
{
  QString county = project->customVariables().value(QStringLiteral("onemap_county")).toString();
  setWindowTitle(tr("%1 Emergency Situation Board (OneMap)").arg(county.isEmpty() ? tr("County") : county));
  setWindowIcon(QIcon(QStringLiteral(":/icons/onemap.svg")));

  mCanvas = new QgsMapCanvas(this);
  mCanvas->setCanvasColor(QColor(232, 238, 244));
  mCanvas->setDestinationCrs(project->crs());
  // Point layers draw from snapshots and the store is watched (LiveLayers).
  // At the seat's size the render cache pays: a change redraws only its layer.
  mLive = new LiveLayers(project, LiveLayers::storeOf(project), this);
  mCanvas->setParallelRenderingEnabled(true);
  mCanvas->setCachingEnabled(true);
  setCentralWidget(mCanvas);

  buildDocks();
  buildActions();
  buildStatusBar();
  // Menus in the usual order: File, Edit, View, then the board's own.
  LedgerDock::addTo(this, project, mCanvas);
  WarningsDock::addTo(this, project, mCanvas);
  NoticeActions::addMenu(menuBar(), this, project);
  PluginActions::addMenu(this, project);
  DailyStatsDock::addTo(this, project);
  TransferDock::addTo(this, project, mCanvas);
  // Whole modes (consultation) come as board modules, after the board's own menus.
  BoardModules::attachAll(this, project, mCanvas);
  mSearch->setProject(project);
  zoomToCounty();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildDocks()
{
  auto *model = new QgsLayerTreeModel(mProject->layerTreeRoot(), this);
  model->setFlag(QgsLayerTreeModel::AllowNodeChangeVisibility);
  model->setFlag(QgsLayerTreeModel::ShowLegendAsTree);
  model->setFlag(QgsLayerTreeModel::UseTextFormatting);
  mLayerTree = new QgsLayerTreeView(this);
  mLayerTree->setModel(model);
  mBridge = new QgsLayerTreeMapCanvasBridge(mProject->layerTreeRoot(), mCanvas, this);

  auto *layersDock = new QDockWidget(tr("Layers"), this);
  layersDock->setObjectName(QStringLiteral("layers"));
  layersDock->setWidget(mLayerTree);
  addDockWidget(Qt::LeftDockWidgetArea, layersDock);

  mInfo = new FeatureInfoPanel(this);
  auto *infoDock = new QDockWidget(tr("Feature information"), this);
  infoDock->setObjectName(QStringLiteral("identify"));
  infoDock->setWidget(mInfo);
  addDockWidget(Qt::RightDockWidgetArea, infoDock);
  resizeDocks({layersDock, infoDock}, {300, 320}, Qt::Horizontal);
}

void MainWindow::buildActions()
{
  QToolBar *bar = addToolBar(tr("Map"));
  bar->setObjectName(QStringLiteral("map-tools"));
  bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

  mPanTool = new QgsMapToolPan(mCanvas);
  mZoomInTool = new QgsMapToolZoom(mCanvas, false);
  mZoomOutTool = new QgsMapToolZoom(mCanvas, true);
  auto *identify = new IdentifyTool(mCanvas);
  mIdentifyTool = identify;
  connect(identify, &IdentifyTool::identified, mInfo, &FeatureInfoPanel::show);

  auto *tools = new QActionGroup(this);
  auto addTool = [&](const QString &text, const char *icon, QgsMapTool *tool) {
    QAction *a = bar->addAction(QgsApplication::getThemeIcon(QString::fromLatin1(icon)), text);
    a->setCheckable(true);
    tools->addAction(a);
    tool->setAction(a);
    connect(a, &QAction::triggered, this, [this, tool] { mCanvas->setMapTool(tool); });
    return a;
  };
  QAction *pan = addTool(tr("Pan"), "/mActionPan.svg", mPanTool);
  addTool(tr("Zoom in"), "/mActionZoomIn.svg", mZoomInTool);
  addTool(tr("Zoom out"), "/mActionZoomOut.svg", mZoomOutTool);
  addTool(tr("Identify"), "/mActionIdentify.svg", mIdentifyTool);
  QAction *full = bar->addAction(QgsApplication::getThemeIcon(QStringLiteral("/mActionZoomFullExtent.svg")), tr("Whole county"));
  connect(full, &QAction::triggered, this, &MainWindow::zoomToCounty);
  pan->trigger();

  bar->addSeparator();
  mSearch = new PlaceSearch(this);
  bar->addWidget(mSearch);
  connect(mSearch, &PlaceSearch::placeFound, this, [this](const QgsGeometry &geometry, const QString &label) {
    QgsVectorLayer *townships = StoreMapLayers::layer(mProject, QStringLiteral("townships"));
    QgsCoordinateTransform toCanvas(townships ? townships->crs() : mCanvas->mapSettings().destinationCrs(),
                                    mCanvas->mapSettings().destinationCrs(), mProject->transformContext());
    QgsGeometry g = geometry;
    g.transform(toCanvas);
    QgsRectangle box = g.boundingBox();
    box.scale(1.25);
    mCanvas->setExtent(box);
    mCanvas->refresh();
    mCanvas->flashGeometries({geometry}, townships ? townships->crs() : QgsCoordinateReferenceSystem());
    statusBar()->showMessage(tr("Zoomed to %1").arg(label), 5000);
  });
  connect(mSearch, &PlaceSearch::placeNotFound, this, [this](const QString &text) {
    statusBar()->showMessage(tr("No township or village named or coded \"%1\"").arg(text), 8000);
  });

  QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
  fileMenu->addAction(tr("Import into a ledger..."), this, [this] {
    const QgsVectorLayer *any = StoreMapLayers::layer(mProject, QStringLiteral("townships"));
    ImportWizard wizard(any ? QgsDataSourceUri(any->source()).database() : QString(), this);
    connect(&wizard, &ImportWizard::imported, this, [this] {
      for (QgsMapLayer *layer : mProject->mapLayers())
        layer->reload();
      mCanvas->refreshAllLayers();
    });
    wizard.exec();
  });
  ExportDialog::addTo(this, mProject, mCanvas);
}

void MainWindow::buildStatusBar()
{
  mCoordinates = new QLabel(this);
  mScale = new QLabel(this);
  mCoordinates->setMinimumWidth(330);
  statusBar()->addPermanentWidget(mCoordinates);
  statusBar()->addPermanentWidget(mScale);
  connect(mCanvas, &QgsMapCanvas::xyCoordinates, this, &MainWindow::showCoordinates);
  connect(mCanvas, &QgsMapCanvas::scaleChanged, this, [this](double scale) {
    mScale->setText(tr("Scale 1:%L1").arg(qRound64(scale)));
  });
}

void MainWindow::showCoordinates(const QgsPointXY &point)
{
  // Show CGCS2000 longitude/latitude whatever the canvas projection is.
  static const QgsCoordinateReferenceSystem cgcs2000(QStringLiteral("EPSG:4490"));
  QgsCoordinateTransform toGeographic(mCanvas->mapSettings().destinationCrs(), cgcs2000, mProject->transformContext());
  try {
    const QgsPointXY ll = toGeographic.transform(point);
    mCoordinates->setText(tr("CGCS2000  lon %1°  lat %2°").arg(ll.x(), 0, 'f', 5).arg(ll.y(), 0, 'f', 5));
  } catch (const QgsCsException &) {
    mCoordinates->clear();
  }
}

void MainWindow::zoomToCounty()
{
  QgsRectangle extent = StoreMapLayers::countyExtent(mProject);
  if (extent.isEmpty())
    return;
  extent.scale(1.05);
  mCanvas->setExtent(extent);
  mCanvas->refresh();
}

} // namespace onemap
