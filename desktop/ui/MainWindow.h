#pragma once
// \brief The board's main window: map canvas, layer tree, identify, search, status bar.
#include <QMainWindow>

class QLabel;
class QgsLayerTreeMapCanvasBridge;
class QgsLayerTreeView;
class QgsMapCanvas;
class QgsMapTool;
class QgsPointXY;
class QgsProject;

namespace onemap {

class FeatureInfoPanel;
class LiveLayers;
class PlaceSearch;

class MainWindow : public QMainWindow
{
  Q_OBJECT
public:
  //! \a project already holds the store's layers (StoreMapLayers::load).
  explicit MainWindow(QgsProject *project, QWidget *parent = nullptr);
  ~MainWindow() override;

  QgsMapCanvas *canvas() const { return mCanvas; }
  PlaceSearch *search() const { return mSearch; }
  void zoomToCounty();

private:
  void buildActions();
  void buildDocks();
  void buildStatusBar();
  void showCoordinates(const QgsPointXY &point);

  QgsProject *mProject = nullptr;
  QgsMapCanvas *mCanvas = nullptr;
  LiveLayers *mLive = nullptr;
  QgsLayerTreeView *mLayerTree = nullptr;
  QgsLayerTreeMapCanvasBridge *mBridge = nullptr;
  FeatureInfoPanel *mInfo = nullptr;
  PlaceSearch *mSearch = nullptr;
  QLabel *mCoordinates = nullptr;
  QLabel *mScale = nullptr;
  QgsMapTool *mPanTool = nullptr;
  QgsMapTool *mZoomInTool = nullptr;
  QgsMapTool *mZoomOutTool = nullptr;
  QgsMapTool *mIdentifyTool = nullptr;
};

} // namespace onemap
