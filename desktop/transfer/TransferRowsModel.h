#pragma once
// \brief The rows of one transfer plan as a table: source, village,
// township, risk, people, shelter, route, responsible person; rows nobody
// could place are tinted red with the reason. Read straight from
// transfer_assignments (TransferAssignmentTable), so it works on any store
// holding a plan, however the plan was made.
#include "transfer/TransferPlan.h"

#include <QAbstractTableModel>
#include <QHash>

namespace onemap {

class Store;

class TransferRowsModel : public QAbstractTableModel
{
  Q_OBJECT
public:
  enum Column { Source, Village, Township, Risk, People, Shelter, RouteKm, RouteMinutes, Responsible, Phone, Unplaced, ColumnCount };

  explicit TransferRowsModel(Store &store, QObject *parent = nullptr);

  //! Reads plan \a planId's rows (0: none); danger points first, then villages.
  void load(qint64 planId);
  void reload() { load(mPlanId); }
  qint64 planId() const { return mPlanId; }

  const QVector<TransferAssignment> &rows() const { return mRows; }
  const TransferAssignment *row(int r) const { return r >= 0 && r < mRows.size() ? &mRows[r] : nullptr; }
  int rowOf(qint64 assignmentId) const;
  qint64 people() const { return mPeople; }
  qint64 placed() const { return mPlaced; }
  qint64 unplaced() const { return mPeople - mPlaced; }
  int unplacedRows() const { return mUnplacedRows; }

  int rowCount(const QModelIndex &parent = QModelIndex()) const override;
  int columnCount(const QModelIndex &parent = QModelIndex()) const override;
  QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  //! The label of an unplaced reason code (translated).
  static QString reasonLabel(const QString &code);

private:
  Store &mStore;
  qint64 mPlanId = 0;
  QVector<TransferAssignment> mRows;
  QHash<QString, QString> mNames; //!< admin code -> name (villages and townships)
  qint64 mPeople = 0;
  qint64 mPlaced = 0;
  int mUnplacedRows = 0;
};

} // namespace onemap
