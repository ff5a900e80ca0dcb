#pragma once
// \brief The 七情统计 dock: the daily statistics by township during a response.
// A date, one tab per statistic set (雨 旱 火 雪 其他), the grid of townships x
// fields with the county total row; edits, "copy yesterday" and "accept
// suggestions" go through layers/ as undoable commands; export to PDF, CSV
// or XLSX. Opens its own connection to the store.
#include <QDockWidget>
#include <memory>

class QAction;
class QDateEdit;
class QLabel;
class QMainWindow;
class QTabBar;
class QTableView;
class QUndoStack;
class QgsProject;

namespace onemap {

class DailyStatistics;
class DailyStatsModel;
class StatisticFields;
class Store;

class DailyStatsDock : public QDockWidget
{
  Q_OBJECT
public:
  DailyStatsDock(const QString &storePath, const StatisticFields &fields, QWidget *parent = nullptr);
  ~DailyStatsDock() override;

  //! Adds the (hidden) dock to \a window and its entry to the View menu;
  //! null when the project has no store.
  static DailyStatsDock *addTo(QMainWindow *window, const QgsProject *project);

  bool isValid() const { return mStats != nullptr; }
  const QString &error() const { return mError; }

  DailyStatsModel *model() const { return mModel; }
  QTableView *view() const { return mView; }
  QUndoStack *undoStack() const { return mUndo; }
  QDate date() const;
  QString set() const;
  void setDate(const QDate &date);
  void setSet(const QString &set);
  //! Who edits: the login name unless set.
  void setActor(const QString &actor) { mActor = actor; }

  //! Writes (undoably) \a text into a cell; false with error() when refused.
  bool editCell(const QString &townshipCode, const QString &field, const QString &text);
  //! Fills empty cells from the day before; returns how many.
  int copyPreviousDay();
  //! Fills empty cells with the store's suggestions; returns how many.
  int acceptSuggestions();
  //! Puts the suggestion into each selected cell that has one, entered or
  //! not: the explicit way to let the store's value replace an entry.
  int useSuggestionInSelection();
  //! Writes the shown report to \a path (.pdf, .csv or .xlsx).
  bool exportTo(const QString &path);

private:
  void buildUi();
  void reload();
  bool push(const QVector<struct StatisticEdit> &edits, const QString &text);
  void exportAsked();
  void showEvent(QShowEvent *event) override;

  std::unique_ptr<Store> mStore;
  std::unique_ptr<DailyStatistics> mStats;
  QString mError;
  QString mActor;
  DailyStatsModel *mModel = nullptr;
  QDateEdit *mDate = nullptr;
  QTabBar *mSets = nullptr;
  QTableView *mView = nullptr;
  QLabel *mSummary = nullptr;
  QUndoStack *mUndo = nullptr;
};

} // namespace onemap
