#pragma once
// \brief The Tracking tab of the transfer dock: the plan's villages with
// their "four 100%" state, lagging ones first and red; "Report..." appends a
// village's report (TransferTracking::report, audited).
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace onemap {

class Store;
class TrackingModel;
struct TransferReport;

class TrackingPanel : public QWidget
{
  Q_OBJECT
public:
  TrackingPanel(Store &store, QWidget *parent = nullptr);

  void setPlan(qint64 planId);
  void setActor(const QString &actor) { mActor = actor; }
  TrackingModel *model() const { return mModel; }
  QTableView *view() const { return mView; }
  QPushButton *reportButton() const { return mReport; }
  const QString &error() const { return mError; }

  //! Appends \a report for its village (reportedBy: the panel's actor); false with error().
  bool addReport(TransferReport report);
  //! Opens the report dialog for the selected village.
  void reportSelected();

Q_SIGNALS:
  void reported(const QString &villageCode);
  void villageSelected(const QString &villageCode);

private:
  void refresh();

  Store &mStore;
  QString mActor;
  QString mError;
  TrackingModel *mModel = nullptr;
  QTableView *mView = nullptr;
  QLabel *mSummary = nullptr;
  QPushButton *mReport = nullptr;
};

} // namespace onemap
