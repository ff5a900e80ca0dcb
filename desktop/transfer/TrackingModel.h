#pragma once
// \brief The "four 100%" table of a plan: per village, people planned and
// reported moved, responsible persons at post, returns and whether they were
// assessed, the last report; lagging villages red (TransferTracking::status).
#include "transfer/TransferTracking.h"

#include <QAbstractTableModel>
#include <QHash>

namespace onemap {

class Store;

class TrackingModel : public QAbstractTableModel
{
  Q_OBJECT
public:
  enum Column { Village, Township, Planned, Transferred, Share, AtPost, Returned, Assessed, LastReport, ColumnCount };

  explicit TrackingModel(Store &store, QObject *parent = nullptr);

  void load(qint64 planId);
  void reload() { load(mPlanId); }
  qint64 planId() const { return mPlanId; }
  const QVector<VillageTransferStatus> &villages() const { return mRows; }
  int lagging() const;

  int rowCount(const QModelIndex &parent = QModelIndex()) const override;
  int columnCount(const QModelIndex &parent = QModelIndex()) const override;
  QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
  Store &mStore;
  qint64 mPlanId = 0;
  QVector<VillageTransferStatus> mRows;
  QHash<QString, QString> mTownships;
};

} // namespace onemap
