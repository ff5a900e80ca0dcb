#include "TransferRowsModel.h"

#include "map/FieldLabels.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <algorithm>

namespace onemap {

TransferRowsModel::TransferRowsModel(Store &store, QObject *parent)
  : QAbstractTableModel(parent), mStore(store)
{
}

void TransferRowsModel::load(qint64 planId)
{
  beginResetModel();
  mPlanId = planId;
  mRows.clear();
  mPeople = mPlaced = 0;
  mUnplacedRows = 0;
  if (planId > 0) {
    TransferAssignmentTable table(mStore);
    // Danger points first, then villages; within them by township and source.
    mRows = table.where(QStringLiteral("plan_id = ?"), {planId});
    std::stable_sort(mRows.begin(), mRows.end(), [](const TransferAssignment &a, const TransferAssignment &b) {
      const bool av = a.sourceKind == QLatin1String("village"), bv = b.sourceKind == QLatin1String("village");
      if (av != bv)
        return bv;
      if (a.townshipCode != b.townshipCode)
        return a.townshipCode < b.townshipCode;
      return a.sourceCode < b.sourceCode;
    });
  }
  if (mNames.isEmpty()) {
    SqlStatement q(mStore.handle(), QStringLiteral("SELECT code, name FROM admin_units WHERE level IN ('township','village')"));
    while (q.next())
      mNames.insert(q.text(0), q.text(1));
  }
  for (const TransferAssignment &a : mRows) {
    mPeople += a.people;
    if (a.shelterId > 0)
      mPlaced += a.people;
    else
      ++mUnplacedRows;
  }
  endResetModel();
}

int TransferRowsModel::rowOf(qint64 assignmentId) const
{
  for (int r = 0; r < mRows.size(); ++r)
    if (mRows[r].id == assignmentId)
      return r;
  return -1;
}

int TransferRowsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : mRows.size(); }
int TransferRowsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString TransferRowsModel::reasonLabel(const QString &code)
{
  if (code == QLatin1String("no_shelter_reachable"))
    return QCoreApplication::translate("onemap::TransferRowsModel", "No shelter reachable");
  if (code == QLatin1String("capacity_exhausted"))
    return QCoreApplication::translate("onemap::TransferRowsModel", "Shelter capacity exhausted");
  return code;
}

QVariant TransferRowsModel::data(const QModelIndex &index, int role) const
{
  const TransferAssignment *a = row(index.row());
  if (!a)
    return {};
  const bool placed = a->shelterId > 0;
  if (role == Qt::BackgroundRole)
    return placed ? (a->manual ? QVariant(QBrush(QColor(255, 248, 220))) : QVariant()) : QVariant(QBrush(QColor(255, 205, 200)));
  if (role == Qt::ForegroundRole && !placed && index.column() == Unplaced)
    return QBrush(QColor(170, 0, 0));
  if (role == Qt::TextAlignmentRole && (index.column() == People || index.column() == RouteKm || index.column() == RouteMinutes))
    return int(Qt::AlignRight | Qt::AlignVCenter);
  if (role == Qt::ToolTipRole && a->manual)
    return tr("Reassigned by hand");
  if (role == Qt::UserRole)
    return a->id;
  if (role != Qt::DisplayRole)
    return {};
  switch (index.column()) {
  case Source: {
    const QString kind = a->sourceKind == QLatin1String("danger") ? tr("Danger point") : tr("Village");
    return QStringLiteral("%1 %2").arg(kind, a->sourceName.isEmpty() ? a->sourceCode : a->sourceName);
  }
  case Village: return mNames.value(a->villageCode, a->villageCode);
  case Township: return mNames.value(a->townshipCode, a->townshipCode);
  case Risk: {
    const QString hazardType = FieldLabels::value(QStringLiteral("hidden_dangers"), QStringLiteral("hazard_type"), a->riskType);
    return hazardType != a->riskType ? hazardType : FieldLabels::value(QStringLiteral("warnings"), QStringLiteral("hazard"), a->riskType);
  }
  case People: return a->people;
  case Shelter: return placed ? (a->shelterName.isEmpty() ? QString::number(a->shelterId) : a->shelterName) : QString();
  case RouteKm: return placed && a->routeM > 0 ? QString::number(a->routeM / 1000.0, 'f', 2) : QString();
  case RouteMinutes: return placed && a->routeMinutes > 0 ? QString::number(a->routeMinutes, 'f', 0) : QString();
  case Responsible: return a->responsiblePerson;
  case Phone: return a->responsiblePhone;
  case Unplaced: return placed ? (a->manual ? tr("Reassigned by hand") : QString()) : reasonLabel(a->unplacedReason);
  default: return {};
  }
}

QVariant TransferRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
  if (role != Qt::DisplayRole)
    return {};
  if (orientation == Qt::Vertical)
    return section + 1;
  switch (section) {
  case Source: return tr("Source");
  case Village: return tr("Village");
  case Township: return tr("Township");
  case Risk: return tr("Risk type");
  case People: return tr("People");
  case Shelter: return tr("Shelter");
  case RouteKm: return tr("Route km");
  case RouteMinutes: return tr("Route min");
  case Responsible: return tr("Responsible");
  case Phone: return tr("Phone");
  case Unplaced: return tr("Note");
  default: return {};
  }
}

} // namespace onemap
