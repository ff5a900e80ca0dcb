#include "LedgerModel.h"

#include "hidden_dangers/HiddenDanger.h"
#include "map/FieldLabels.h"
#include "store/Table.h"

#include <QBrush>
#include <QCollator>
#include <QFont>
#include <algorithm>

namespace onemap {

LedgerModel::LedgerModel(Store &store, QObject *parent) : QAbstractTableModel(parent), mStore(store) {}

void LedgerModel::setTable(const TableSpec &spec)
{
  mSpec = &spec;
  mFilter = LedgerFilter();
  mSortColumn = 0;
  mSortOrder = Qt::AscendingOrder;
  reload();
}

void LedgerModel::setFilter(const LedgerFilter &filter)
{
  mFilter = filter;
  reload();
}

void LedgerModel::reload()
{
  beginResetModel();
  mRows.clear();
  if (mSpec) {
    const LedgerFilter::Sql sql = mFilter.toSql(*mSpec);
    mRows = Table(mStore, *mSpec).select(sql.where, sql.params);
  }
  endResetModel();
  if (mSortColumn != 0 || mSortOrder != Qt::AscendingOrder)
    sort(mSortColumn, mSortOrder);
}

int LedgerModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : mRows.size(); }

int LedgerModel::columnCount(const QModelIndex &parent) const
{
  return parent.isValid() || !mSpec ? 0 : mSpec->fields.size() + 1;
}

QString LedgerModel::fieldAt(int column) const
{
  if (!mSpec || column <= 0 || column > mSpec->fields.size())
    return QStringLiteral("id");
  return mSpec->fields.at(column - 1).name;
}

int LedgerModel::rowOf(qint64 id) const
{
  for (int i = 0; i < mRows.size(); ++i)
    if (mRows[i].id == id)
      return i;
  return -1;
}

QString LedgerModel::display(const Record &record, const QString &field) const
{
  if (field == QLatin1String("id"))
    return QString::number(record.id);
  const QVariant v = record.values.value(field);
  if (v.isNull())
    return QString();
  const FieldSpec *spec = mSpec->field(field);
  QString text = v.toString();
  if (spec && spec->type == FieldType::Boolean)
    text = v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
  if (spec && (spec->type == FieldType::Boolean || !spec->allowed.isEmpty()))
    return FieldLabels::value(mSpec->name, field, text);
  return text;
}

int LedgerModel::alertOf(const Record &record) const
{
  if (!mSpec || mSpec->name != HiddenDanger::schema().spec().name)
    return NoAlert;
  const HiddenDanger danger = HiddenDanger::schema().fromRecord(record);
  int alert = NoAlert;
  if (danger.isOverdue(mToday))
    alert |= Overdue;
  if (danger.supervised && danger.status != QLatin1String("signed_off"))
    alert |= Supervised;
  return alert;
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
  if (!index.isValid() || index.row() >= mRows.size())
    return QVariant();
  const Record &r = mRows[index.row()];
  const QString field = fieldAt(index.column());
  switch (role) {
  case Qt::DisplayRole:
    return display(r, field);
  case Qt::EditRole:
  case CodeRole:
    return field == QLatin1String("id") ? QVariant(r.id) : r.values.value(field);
  case IdRole:
    return r.id;
  case AlertRole:
    return alertOf(r);
  case Qt::BackgroundRole: {
    const int alert = alertOf(r);
    if (alert & Overdue)
      return QBrush(QColor(255, 214, 214));
    if (alert & Supervised)
      return QBrush(QColor(255, 240, 200));
    return QVariant();
  }
  case Qt::FontRole:
    if (alertOf(r) & Supervised) {
      QFont bold;
      bold.setBold(true);
      return bold;
    }
    return QVariant();
  case Qt::ToolTipRole: {
    const int alert = alertOf(r);
    QStringList tips;
    if (alert & Overdue)
      tips << tr("Overdue: the rectification deadline has passed");
    if (alert & Supervised)
      tips << tr("Listed for supervision");
    return tips.isEmpty() ? QVariant() : QVariant(tips.join(QLatin1Char('\n')));
  }
  case Qt::DecorationRole:
    if (index.column() == 0) {
      const int alert = alertOf(r);
      if (alert & Overdue)
        return QColor(200, 30, 30);
      if (alert & Supervised)
        return QColor(230, 140, 0);
    }
    return QVariant();
  default:
    return QVariant();
  }
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
  if (orientation != Qt::Horizontal || !mSpec)
    return QAbstractTableModel::headerData(section, orientation, role);
  if (role == Qt::DisplayRole)
    return FieldLabels::field(fieldAt(section));
  if (role == Qt::ToolTipRole)
    return fieldAt(section);
  return QVariant();
}

void LedgerModel::sort(int column, Qt::SortOrder order)
{
  if (!mSpec)
    return;
  mSortColumn = column;
  mSortOrder = order;
  const QString field = fieldAt(column);
  const FieldSpec *spec = mSpec->field(field);
  const bool numeric = field == QLatin1String("id") || (spec && (spec->type == FieldType::Integer || spec->type == FieldType::Real));
  QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
  collator.setNumericMode(true);
  emit layoutAboutToBeChanged();
  std::stable_sort(mRows.begin(), mRows.end(), [&](const Record &a, const Record &b) {
    bool less = false;
    if (numeric) {
      const double x = field == QLatin1String("id") ? a.id : a.values.value(field).toDouble();
      const double y = field == QLatin1String("id") ? b.id : b.values.value(field).toDouble();
      less = x < y;
      return order == Qt::AscendingOrder ? less : y < x;
    }
    const int c = collator.compare(display(a, field), display(b, field));
    return order == Qt::AscendingOrder ? c < 0 : c > 0;
  });
  emit layoutChanged();
}

} // namespace onemap
