#include "TrackingModel.h"

#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace onemap {

TrackingModel::TrackingModel(Store &store, QObject *parent)
  : QAbstractTableModel(parent), mStore(store)
{
}

void TrackingModel::load(qint64 planId)
{
  beginResetModel();
  mPlanId = planId;
  mRows = planId > 0 ? TransferTracking(mStore).status(planId) : QVector<VillageTransferStatus>();
  if (mTownships.isEmpty()) {
    SqlStatement q(mStore.handle(), QStringLiteral("SELECT code, name FROM admin_units WHERE level = 'township'"));
    while (q.next())
      mTownships.insert(q.text(0), q.text(1));
  }
  endResetModel();
}

int TrackingModel::lagging() const
{
  return int(std::count_if(mRows.begin(), mRows.end(), [](const VillageTransferStatus &s) { return s.lagging(); }));
}

int TrackingModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : mRows.size(); }
int TrackingModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TrackingModel::data(const QModelIndex &index, int role) const
{
  if (!index.isValid() || index.row() >= mRows.size())
    return {};
  const VillageTransferStatus &s = mRows[index.row()];
  if (role == Qt::BackgroundRole)
    return s.lagging() ? QBrush(QColor(255, 190, 185)) : QBrush(QColor(215, 245, 215));
  if (role == Qt::UserRole)
    return s.villageCode;
  if (role == Qt::TextAlignmentRole && index.column() >= Planned && index.column() <= Returned)
    return int(Qt::AlignRight | Qt::AlignVCenter);
  if (role != Qt::DisplayRole)
    return {};
  switch (index.column()) {
  case Village: return s.villageName.isEmpty() ? s.villageCode : s.villageName;
  case Township: return mTownships.value(s.townshipCode, s.townshipCode);
  case Planned: return s.planned;
  case Transferred: return s.transferred;
  case Share: return QStringLiteral("%1%").arg(qRound(s.transferredShare() * 100));
  case AtPost: return QStringLiteral("%1 / %2").arg(s.personsAtPost).arg(s.personsExpected);
  case Returned: return s.returned;
  case Assessed: return s.returned > 0 ? (s.returnsAssessed ? tr("Yes") : tr("No")) : QString();
  case LastReport: {
    if (s.lastReportAt.isEmpty())
      return tr("never reported");
    const QDateTime at = QDateTime::fromString(s.lastReportAt, Qt::ISODate);
    const QString when = at.isValid() ? at.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")) : s.lastReportAt;
    return s.lastReportBy.isEmpty() ? when : QStringLiteral("%1 %2").arg(when, s.lastReportBy);
  }
  default: return {};
  }
}

QVariant TrackingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
  if (role != Qt::DisplayRole)
    return {};
  if (orientation == Qt::Vertical)
    return section + 1;
  switch (section) {
  case Village: return tr("Village");
  case Township: return tr("Township");
  case Planned: return tr("Planned");
  case Transferred: return tr("Transferred");
  case Share: return tr("Share");
  case AtPost: return tr("At post / expected");
  case Returned: return tr("Returned");
  case Assessed: return tr("Returns assessed");
  case LastReport: return tr("Last report");
  default: return {};
  }
}

} // namespace onemap
