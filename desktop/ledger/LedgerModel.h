#pragma once
// \brief A ledger table as a Qt model, generic over any TableSpec: loads the
// filtered rows through layers/, shows Chinese headers and coded values in
// words, sorts in memory, and marks overdue / supervised hidden dangers.
#include "ledger/LedgerFilter.h"
#include "store/Record.h"

#include <QAbstractTableModel>
#include <QDate>

namespace onemap {

class Store;

class LedgerModel : public QAbstractTableModel
{
  Q_OBJECT
public:
  enum Role { IdRole = Qt::UserRole + 1, CodeRole, AlertRole };
  enum Alert { NoAlert = 0, Supervised = 1, Overdue = 2 };

  LedgerModel(Store &store, QObject *parent = nullptr);

  void setTable(const TableSpec &spec);
  void setFilter(const LedgerFilter &filter);
  const TableSpec *spec() const { return mSpec; }
  const LedgerFilter &filter() const { return mFilter; }
  //! Reads the rows again (after an edit), keeping the sort.
  void reload();
  //! "Today" for the overdue mark; tests fix it.
  void setToday(const QDate &today) { mToday = today; }

  int rowCount(const QModelIndex &parent = QModelIndex()) const override;
  int columnCount(const QModelIndex &parent = QModelIndex()) const override;
  QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
  void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

  const Record &record(int row) const { return mRows.at(row); }
  qint64 idAt(int row) const { return mRows.at(row).id; }
  int rowOf(qint64 id) const;
  //! The field shown in \a column (column 0 is the id).
  QString fieldAt(int column) const;
  int alertOf(const Record &record) const;

private:
  QString display(const Record &record, const QString &field) const;

  Store &mStore;
  const TableSpec *mSpec = nullptr;
  LedgerFilter mFilter;
  QVector<Record> mRows;
  QDate mToday = QDate::currentDate();
  int mSortColumn = 0;
  Qt::SortOrder mSortOrder = Qt::AscendingOrder;
};

} // namespace onemap
