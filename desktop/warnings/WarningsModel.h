#pragma once
// \brief The warnings of the store as a table, newest first (by sent): level
// chip, headline, hazard, stage at now, area, sent, expires, status.
#include "warnings/Warning.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSet>

namespace onemap {

class Store;

class WarningsModel : public QAbstractTableModel
{
  Q_OBJECT
public:
  enum Column { Level, Headline, Hazard, Stage, Area, Sent, Expires, Status, ColumnCount };
  static constexpr int IdRole = Qt::UserRole + 1;

  explicit WarningsModel(Store &store, QObject *parent = nullptr);

  //! In force only (default) or every warning.
  void setShowHistory(bool history);
  bool showsHistory() const { return mHistory; }
  //! Pins the time the stage column is judged at (tests); invalid = the clock.
  void setNow(const QDateTime &now);
  QDateTime now() const;
  //! Reads the rows again from the store.
  void reload();
  //! Repaints the stage column (it moves on with the clock).
  void refreshStages();

  int rowOf(qint64 id) const;
  qint64 idAt(int row) const;
  const Warning &warning(int row) const { return mRows.at(row); }
  //! Marks a row (a new arrival) with a highlight background.
  void setHighlighted(qint64 id, bool on);
  bool isHighlighted(qint64 id) const { return mHighlighted.contains(id); }
  //! The stage of \a w at now(), through WarningStage::at.
  QString stageOf(const Warning &w) const;

  int rowCount(const QModelIndex &parent = QModelIndex()) const override;
  int columnCount(const QModelIndex &parent = QModelIndex()) const override;
  QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  //! "06-30 20:00" in the sender's own offset (the county's local time).
  static QString shortTime(const QString &iso);

private:
  Store &mStore;
  bool mHistory = false;
  QDateTime mNow;
  QVector<Warning> mRows;
  QSet<qint64> mHighlighted;
};

} // namespace onemap
