#pragma once
// \brief The grid of the 七情 dock: one row per township plus the county total
// row, one column per field of the set. Empty cells show the store's
// suggestion in grey italics; an entered value that differs from the
// suggestion is tinted, never replaced. Edits are not written here: the model
// asks for them (editRequested) and the dock turns them into undoable commands.
#include "statistics/DailyReport.h"
#include "statistics/StatisticSuggestions.h"

#include <QAbstractTableModel>

namespace onemap {

class DailyStatistics;

class DailyStatsModel : public QAbstractTableModel
{
  Q_OBJECT
public:
  explicit DailyStatsModel(DailyStatistics &stats, QObject *parent = nullptr);

  //! Reads the day and set again from the store.
  void load(const QDate &date, const QString &set);
  void reload() { load(mReport.date, mReport.set); }

  const DailyReport &report() const { return mReport; }
  const QHash<QString, StatisticSuggestion> &suggestions() const { return mSuggestions; }
  //! Row of the total (the last).
  int totalRow() const { return mReport.townships.size(); }

  int rowCount(const QModelIndex &parent = QModelIndex()) const override;
  int columnCount(const QModelIndex &parent = QModelIndex()) const override;
  QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
  Qt::ItemFlags flags(const QModelIndex &index) const override;
  bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
  //! The user typed \a text into a cell (empty = clear it).
  void editRequested(const QString &townshipCode, const QString &field, const QString &text);

private:
  const StatisticSuggestion *suggestion(int row, int column) const;

  DailyStatistics &mStats;
  DailyReport mReport;
  QHash<QString, StatisticSuggestion> mSuggestions;
};

} // namespace onemap
