#pragma once
// \brief One dock for every ledger: a registry chooser, the filter row, the
// sortable table and the actions (add, edit, delete, history, export, undo).
// Rows and map features stay selected together both ways; every edit goes
// through layers/ (EditHistory) and the map layers of the table repaint.
#include "store/Result.h"

#include <QDockWidget>
#include <QHash>
#include <QPointer>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMainWindow;
class QTableView;
class QgsMapCanvas;
class QgsProject;
class QgsVectorLayer;

namespace onemap {

class DangerStepDialog;
class DangerSummaryPanel;
class EditHistory;
class LedgerFilterBar;
class LedgerModel;
class Store;
struct TableSpec;

class LedgerDock : public QDockWidget
{
  Q_OBJECT
public:
  //! Opens its own connection to the store the project's layers read.
  LedgerDock(const QString &storePath, QgsProject *project, QgsMapCanvas *canvas, QWidget *parent = nullptr);
  ~LedgerDock() override;

  //! Puts a ledger dock under the map of \a window and Undo in its Edit menu,
  //! with the hidden-danger summary tabbed beside it; null when the project
  //! has no store layers.
  static LedgerDock *addTo(QMainWindow *window, QgsProject *project, QgsMapCanvas *canvas);
  //! The store file behind the project's board layers.
  static QString storePathOf(const QgsProject *project);

  bool isValid() const { return mStore != nullptr; }
  const QString &error() const { return mError; }

  void setRegistry(const QString &table);
  const TableSpec *currentSpec() const;

  LedgerModel *model() const { return mModel; }
  QTableView *view() const { return mView; }
  LedgerFilterBar *filterBar() const { return mFilterBar; }
  EditHistory *history() const { return mHistory; }
  QAction *undoAction() const { return mUndo; }
  Store &store() const { return *mStore; }

  //! The map layers drawn from \a table (shelters has two).
  QList<QgsVectorLayer *> layersFor(const QString &table) const;
  QList<qint64> selectedIds() const;
  void selectIds(const QList<qint64> &ids);

  QAction *advanceAction() const { return mAdvance; }
  QAction *noticeAction() const { return mNotice; }
  //! The closed-loop step dialog for hidden danger \a id, wired so that a
  //! recorded step refreshes the ledger and the map; null if \a id is unknown.
  DangerStepDialog *stepDialog(qint64 id);
  //! Shows the hidden dangers of \a townshipCode (only overdue ones if asked).
  void showDangers(const QString &townshipCode, bool overdueOnly);
  //! The summary panel docked beside this dock by addTo(), if any.
  DangerSummaryPanel *summaryPanel() const;
  void setSummaryPanel(DangerSummaryPanel *panel);

  Status deleteRows(const QList<qint64> &ids);
  Status exportTo(const QString &path);
  Status undo();

private:
  void buildUi();
  void rowsSelected();
  void layerSelectionChanged(QgsVectorLayer *layer);
  void zoomToSelection(const QList<qint64> &ids);
  void tableChanged(const QString &table);
  void updateActions();
  void showMessage(const QString &text, bool error = false);
  void openForm(bool add);
  void openHistory();
  void chooseExport();
  void openDepotItems();
  void openStepDialog();

  QgsProject *mProject = nullptr;
  QgsMapCanvas *mCanvas = nullptr;
  std::unique_ptr<Store> mStore;
  QString mError;
  EditHistory *mHistory = nullptr;
  LedgerModel *mModel = nullptr;
  LedgerFilterBar *mFilterBar = nullptr;
  QComboBox *mRegistry = nullptr;
  QTableView *mView = nullptr;
  QLabel *mCount = nullptr;
  QLabel *mMessage = nullptr;
  QAction *mAdd = nullptr;
  QAction *mEdit = nullptr;
  QAction *mDelete = nullptr;
  QAction *mHistoryAction = nullptr;
  QAction *mExport = nullptr;
  QAction *mUndo = nullptr;
  QAction *mItems = nullptr;
  QAction *mAdvance = nullptr;
  QAction *mNotice = nullptr; //!< rectification-supervision sheet of the selected danger
  QPointer<DangerSummaryPanel> mSummary;
  QHash<QgsVectorLayer *, QString> mLayerTables;
  bool mSyncing = false;
};

} // namespace onemap
