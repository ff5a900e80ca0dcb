#pragma once
// \brief The transfer dock (转移避险): choose an area and how to plan, make the
// plan off the GUI thread (progress, Cancel), browse the plans (newest
// first) and the selected plan's rows with totals and the unplaced; a row
// selected is its route highlighted and zoomed on the map; reassign by hand
// and mark roads cut, both undoable (History tab); the Tracking tab ("four
// 100%"); coverage and exports. Opens its own connection to the store.
#include "routing/ShelterCoverage.h"
#include "store/Result.h"

#include <QDockWidget>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMainWindow;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QUndoStack;
class QgsMapCanvas;
class QgsMapTool;
class QgsProject;

namespace onemap {

class CoverageRunner;
class RoadCutTool;
class Store;
class TrackingPanel;
class TransferPlanForm;
class TransferPlanRunner;
class TransferRowsModel;

class TransferDock : public QDockWidget
{
  Q_OBJECT
public:
  TransferDock(const QString &storePath, QgsProject *project, QgsMapCanvas *canvas, QWidget *parent = nullptr);
  ~TransferDock() override;

  //! Adds the (hidden) dock to \a window, its entry to the View menu and the
  //! Transfer menu (Ctrl+Shift+T); null when the project has no store.
  static TransferDock *addTo(QMainWindow *window, QgsProject *project, QgsMapCanvas *canvas);

  bool isValid() const { return mStore != nullptr; }
  const QString &error() const { return mError; }
  Store &store() const { return *mStore; }
  void setActor(const QString &actor);

  TransferPlanForm *form() const { return mForm; }
  QListWidget *plansList() const { return mPlans; }
  TransferRowsModel *rowsModel() const { return mRows; }
  QTableView *rowsView() const { return mView; }
  TrackingPanel *trackingPanel() const { return mTracking; }
  QTabWidget *tabs() const { return mTabs; }
  QUndoStack *undoStack() const { return mUndo; }
  TransferPlanRunner *runner() const { return mRunner; }
  QLabel *totals() const { return mTotals; }
  QProgressBar *progress() const { return mProgress; }
  QAction *roadCutAction() const { return mRoadCutAction; }
  RoadCutTool *roadCutTool() const { return mRoadCutTool; }

  //! Reads the plans again (newest first) and keeps the selection when it can.
  void reloadPlans();
  qint64 currentPlanId() const { return mPlanId; }
  //! Selects plan \a planId in the list: its rows, map layers and tracking.
  void selectPlan(qint64 planId);
  //! Selects row \a row of the table: its route highlighted and zoomed.
  void selectRow(int row);

  //! Starts making a plan from the form (false when one is running or no area is chosen).
  bool makePlan();
  void cancelPlan();

  //! Opens the reassign dialog for the selected row; pushes the command when accepted.
  void reassignSelected();
  //! Reassigns (undoably) \a people of row \a assignmentId to \a shelterId; false with error().
  bool reassign(qint64 assignmentId, qint64 shelterId, qint64 people);
  //! Marks road \a roadId cut (or open), undoably; false with error().
  bool markRoadCut(qint64 roadId, bool cut);

  //! Computes the 5-minute walking coverage (the form's walking speed) off
  //! the GUI thread and shows it on the map.
  void computeCoverage();
  bool coverageRunning() const;
  //! The last coverage computed (null before the first).
  const CoverageResult *coverage() const { return mCoverage.get(); }

  //! Writes \a what ("list", "balance", "coverage") of the current plan to
  //! \a path (format by suffix), as the Export menu does without asking.
  Status exportTo(const QString &what, const QString &path);

Q_SIGNALS:
  void planChanged(qint64 planId);
  void planMade(qint64 planId);
  void coverageShown();

private:
  void buildUi();
  QWidget *buildListTab();
  void showRows();
  void planFinished(qint64 planId, bool cancelled);
  void refreshMap();
  void changed();
  void showMessage(const QString &text, bool error = false);
  void exportAsked(const QString &what, const QString &format);
  CoverageOptions coverageOptions() const;
  void coverageFinished();
  //! Zooms to and flashes a village (the tracking table's selection).
  void showVillage(const QString &villageCode);

  QgsProject *mProject = nullptr;
  QgsMapCanvas *mCanvas = nullptr;
  QString mStorePath;
  std::unique_ptr<Store> mStore;
  QString mError;
  QString mActor;
  qint64 mPlanId = 0;
  TransferPlanForm *mForm = nullptr;
  QListWidget *mPlans = nullptr;
  TransferRowsModel *mRows = nullptr;
  QTableView *mView = nullptr;
  TrackingPanel *mTracking = nullptr;
  QTabWidget *mTabs = nullptr;
  QLabel *mTotals = nullptr;
  QLabel *mMessage = nullptr;
  QPushButton *mMake = nullptr;
  QPushButton *mCancel = nullptr;
  QPushButton *mCoverageButton = nullptr;
  std::unique_ptr<CoverageResult> mCoverage;
  CoverageOptions mCoverageOptions;
  QProgressBar *mProgress = nullptr;
  QUndoStack *mUndo = nullptr;
  TransferPlanRunner *mRunner = nullptr;
  QAction *mRoadCutAction = nullptr;
  RoadCutTool *mRoadCutTool = nullptr;
  QgsMapTool *mPreviousTool = nullptr;
  CoverageRunner *mCoverageRunner = nullptr;
};

} // namespace onemap
