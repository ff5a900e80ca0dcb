#pragma once
// \brief Call-and-answer (叫应) of one warning on the board: every responsible
// person of the townships and villages it covers, grouped by township, with
// buttons to record a call, an answer (and who gave it) or undo a mistake.
// Calls still without answer N minutes after they fell due are red with a
// minutes-over counter, refreshed every 30 s (so answers recorded elsewhere,
// e.g. with `onemap cap ack`, show up too). Meant to sit in the warnings dock.
#include "store/Result.h"
#include "warnings/CallList.h"

#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItem;
class QStandardItemModel;
class QTimer;
class QTreeView;

namespace onemap {

class Store;

class CallPanel : public QWidget
{
  Q_OBJECT
public:
  // Who and the state first: a dock is narrow.
  enum Column { Unit, Person, Phone, CalledAt, AnsweredAt, AnsweredBy, Waiting, Role, Note, ColumnCount };
  //! Item data role (column Unit) holding the call id; 0 on township rows.
  static constexpr int CallIdRole = Qt::UserRole + 1;
  static constexpr int kRefreshMs = 30000;
  static const QColor &overdueBackground();

  //! Works on \a store, which must outlive the panel.
  explicit CallPanel(Store &store, QWidget *parent = nullptr);
  //! Opens its own connection to the store at \a storePath.
  explicit CallPanel(const QString &storePath, QWidget *parent = nullptr);
  ~CallPanel() override;

  //! Shows (and prepares, if need be) the call list of warning \a id; 0 clears.
  void setWarning(qint64 id);
  qint64 warning() const { return mWarning; }
  //! Reads the calls again and judges overdue at the clock's time.
  void refresh();

  //! Where "now" comes from (tests fix it); default the current time.
  void setClock(CallList::Clock clock);
  void setMinutes(int minutes);
  int minutes() const;
  //! Who records the calls and answers (the audit log's actor).
  void setRecorder(const QString &name);
  QString recorder() const;

  //! Selects the row of call \a callId; false when it is not shown.
  bool selectCall(qint64 callId);
  //! The calls selected (township rows select nothing).
  QList<qint64> selectedCalls() const;
  QModelIndex indexOfCall(qint64 callId) const;

  //! What the buttons do, without dialogs (the buttons call these).
  Status markSelectedCalled();
  Status markCurrentAnswered(const QString &answeredBy, const QString &note);
  Status undoSelected();
  Status exportSheet(const QString &path);

  QTreeView *view() const { return mView; }
  QStandardItemModel *model() const { return mModel; }
  QPushButton *calledButton() const { return mCalled; }
  QPushButton *answeredButton() const { return mAnswered; }
  QPushButton *undoButton() const { return mUndo; }
  QPushButton *exportButton() const { return mExport; }
  QSpinBox *minutesBox() const { return mMinutes; }
  QLabel *errorLabel() const { return mError; }
  QLabel *summaryLabel() const { return mSummary; }
  QTimer *refreshTimer() const { return mTimer; }

Q_SIGNALS:
  //! A call or an answer was recorded or undone.
  void callsChanged(qint64 warningId);

private:
  void build();
  void answerCurrent();
  void exportWithDialog();
  void showResult(const Status &status);
  QList<QStandardItem *> callItems(const CallRow &row) const;
  void updateButtons();
  CallList list() const;

  std::unique_ptr<Store> mOwnStore;
  Store *mStore = nullptr;
  CallList::Clock mClock;
  qint64 mWarning = 0;
  QString mOpenError;

  QLabel *mTitle = nullptr;
  QLabel *mSummary = nullptr;
  QLabel *mError = nullptr;
  QSpinBox *mMinutes = nullptr;
  QLineEdit *mRecorder = nullptr;
  QTreeView *mView = nullptr;
  QStandardItemModel *mModel = nullptr;
  QPushButton *mCalled = nullptr;
  QPushButton *mAnswered = nullptr;
  QPushButton *mUndo = nullptr;
  QPushButton *mExport = nullptr;
  QTimer *mTimer = nullptr;
};

} // namespace onemap
