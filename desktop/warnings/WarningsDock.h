#pragma once
// \brief The warnings dock (预警): the store's warnings newest first, in force
// or with their history; a selected warning is zoomed to and flashed on the
// map; a detail area below (details, impact, call-and-answer). Warnings that
// another process writes into the store arrive live: the layer reloads, the
// row is highlighted, the area flashes, the status bar names it.
#include <QDockWidget>
#include <QPointer>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMainWindow;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QgsGeometry;
class QgsMapCanvas;
class QgsProject;
class QgsVectorLayer;

namespace onemap {

class CallPanel;
class ImpactPanel;
class Store;
class WarningReplay;
class WarningWatch;
class WarningsModel;
struct Warning;

class WarningsDock : public QDockWidget
{
  Q_OBJECT
public:
  //! Opens its own connection to \a storePath and a WarningWatch polling it.
  WarningsDock(const QString &storePath, QgsProject *project, QgsMapCanvas *canvas, QMainWindow *window);
  ~WarningsDock() override;

  //! Docks the warnings beside the map of \a window and adds the View menu
  //! actions (dock, history, replay); null when the project has no store layers.
  static WarningsDock *addTo(QMainWindow *window, QgsProject *project, QgsMapCanvas *canvas);

  bool isValid() const;
  const QString &error() const { return mError; }

  WarningsModel *model() const { return mModel; }
  QTableView *view() const { return mView; }
  WarningWatch *watch() const { return mWatch; }
  WarningReplay *replay() const { return mReplay; }
  QTabWidget *detailTabs() const { return mTabs; }
  ImpactPanel *impactPanel() const { return mImpact; }
  CallPanel *callPanel() const { return mCalls; }
  QAction *historyAction() const { return mHistoryAction; }
  QAction *replayAction() const { return mReplayAction; }
  //! The board's warnings map layer (null if the project lacks it).
  QgsVectorLayer *layer() const;

  //! In force only, or every warning, in the list and on the map.
  void setShowHistory(bool history);
  //! Selects \a id in the list, zooms the map to its area and flashes it.
  void selectWarning(qint64 id);
  //! Fills the details tab with \a id and brings it forward.
  void showDetails(qint64 id);
  //! Starts the replay over the store's recent warnings.
  void startReplay();
  //! The area of warning \a id in EPSG:4490 (empty if unknown).
  QgsGeometry area(qint64 id) const;

Q_SIGNALS:
  //! A warning written by another process has arrived and is shown.
  void warningArrived(qint64 id, const QString &headline);
  //! The current warning changed (0: none), for the detail tabs' content.
  void currentWarningChanged(qint64 id);

private:
  void expireWarnings();
  void buildUi();
  void storeChanged(const QList<qint64> &arrived);
  void applyLayerFilter();
  void rowSelected();
  void flash(const Warning &w);
  bool fillDetails(qint64 id);
  void updateTabs();

  QgsProject *mProject = nullptr;
  QgsMapCanvas *mCanvas = nullptr;
  QMainWindow *mWindow = nullptr;
  std::unique_ptr<Store> mStore;
  QString mError;
  WarningsModel *mModel = nullptr;
  WarningWatch *mWatch = nullptr;
  WarningReplay *mReplay = nullptr;
  QComboBox *mFilter = nullptr;
  QLabel *mCount = nullptr;
  QTableView *mView = nullptr;
  QTabWidget *mTabs = nullptr;
  QTextBrowser *mDetails = nullptr;
  ImpactPanel *mImpact = nullptr;
  CallPanel *mCalls = nullptr;
  qint64 mCurrent = 0;
  QAction *mHistoryAction = nullptr;
  QAction *mReplayAction = nullptr;
};

} // namespace onemap
