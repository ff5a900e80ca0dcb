#include "DailyStatsModel.h"

#include "statistics/DailyStatistics.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>

namespace onemap {

DailyStatsModel::DailyStatsModel(DailyStatistics &stats, QObject *parent) : QAbstractTableModel(parent), mStats(stats) {}

void DailyStatsModel::load(const QDate &date, const QString &set)
{
  beginResetModel();
  mReport = mStats.report(date, set);
  mSuggestions = StatisticSuggestions::byCell(StatisticSuggestions::derive(mStats.store(), date, set, mStats.fields()));
  endResetModel();
}

int DailyStatsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : mReport.townships.size() + 1; }

int DailyStatsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : mReport.fields.size(); }

const StatisticSuggestion *DailyStatsModel::suggestion(int row, int column) const
{
  if (row >= mReport.townships.size())
    return nullptr;
  const auto it = mSuggestions.constFind(StatisticSuggestions::key(mReport.townships[row].code, mReport.fields[column].name));
  return it == mSuggestions.constEnd() ? nullptr : &*it;
}

QVariant DailyStatsModel::data(const QModelIndex &index, int role) const
{
  if (!index.isValid())
    return {};
  const int r = index.row(), c = index.column();
  const bool total = r == totalRow();
  const std::optional<double> value = total ? mReport.totals.value(c) : mReport.values[r][c];
  const StatisticSuggestion *s = suggestion(r, c);
  const int decimals = mReport.fields[c].decimals;
  switch (role) {
  case Qt::DisplayRole:
    if (value)
      return total ? mReport.totalText(c) : mReport.cellText(r, c);
    return s ? DailyReport::formatValue(s->value, decimals) : QVariant();
  case Qt::EditRole:
    return value ? mReport.cellText(r, c) : QString();
  case Qt::TextAlignmentRole:
    return int(Qt::AlignRight | Qt::AlignVCenter); // views read the alignment as an int
  case Qt::FontRole: {
    QFont f;
    f.setBold(total);
    f.setItalic(!value && s);
    return f;
  }
  case Qt::ForegroundRole:
    return !value && s ? QBrush(QColor(130, 130, 130)) : QVariant();
  case Qt::BackgroundRole:
    if (total)
      return QBrush(QColor(235, 235, 235));
    if (value && s && *value != s->value)
      return QBrush(QColor(255, 243, 205)); // entered and derived disagree: look again
    return {};
  case Qt::ToolTipRole: {
    QStringList tip {mReport.fields[c].group + QStringLiteral(" · ") + mReport.fields[c].label};
    if (!total && value && mReport.sources[r][c] == QLatin1String("suggested"))
      tip << QCoreApplication::translate("onemap::DailyStatsDock", "Accepted from the store's suggestion.");
    if (!total && value && mReport.sources[r][c] == QLatin1String("copied"))
      tip << QCoreApplication::translate("onemap::DailyStatsDock", "Copied from the day before.");
    if (s)
      tip << QCoreApplication::translate("onemap::DailyStatsDock", "Suggested %1: %2").arg(DailyReport::formatValue(s->value, decimals), s->basis);
    if (s && !value)
      tip << QCoreApplication::translate("onemap::DailyStatsDock", "Not entered yet: type a value or accept the suggestions.");
    if (total)
      tip << (mReport.fields[c].totalIsMax ? QCoreApplication::translate("onemap::DailyStatsDock", "County: the largest township value.")
                                           : QCoreApplication::translate("onemap::DailyStatsDock", "County: the sum of the townships."));
    return tip.join(QLatin1Char('\n'));
  }
  default:
    return {};
  }
}

QVariant DailyStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
  if (role == Qt::ToolTipRole && orientation == Qt::Horizontal && section < mReport.fields.size())
    return mReport.fields[section].group + QStringLiteral(" · ") + mReport.fields[section].name;
  if (role != Qt::DisplayRole)
    return QAbstractTableModel::headerData(section, orientation, role);
  if (orientation == Qt::Horizontal)
    return section < mReport.fields.size() ? mReport.fields[section].label : QVariant();
  return section == totalRow() ? QCoreApplication::translate("onemap::DailyStatsDock", "County total") : mReport.townships.value(section).name;
}

Qt::ItemFlags DailyStatsModel::flags(const QModelIndex &index) const
{
  if (!index.isValid())
    return Qt::NoItemFlags;
  Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
  if (index.row() != totalRow())
    f |= Qt::ItemIsEditable;
  return f;
}

bool DailyStatsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
  if (role != Qt::EditRole || !index.isValid() || index.row() == totalRow())
    return false;
  const QString text = value.toString().trimmed();
  if (text == data(index, Qt::EditRole).toString())
    return false;
  Q_EMIT editRequested(mReport.townships[index.row()].code, mReport.fields[index.column()].name, text);
  return true;
}

} // namespace onemap
