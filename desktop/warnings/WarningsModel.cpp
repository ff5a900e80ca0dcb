#include "WarningsModel.h"

#include "map/FieldLabels.h"
#include "map/LayerStyles.h"
#include "warnings/WarningStage.h"

#include <QColor>
#include <QFont>
#include <algorithm>

namespace onemap {

namespace {
const QString kTable = QStringLiteral("warnings");
}

WarningsModel::WarningsModel(Store &store, QObject *parent)
  : QAbstractTableModel(parent), mStore(store)
{
  reload();
}

void WarningsModel::setShowHistory(bool history)
{
  if (history == mHistory)
    return;
  mHistory = history;
  reload();
}

void WarningsModel::setNow(const QDateTime &now)
{
  mNow = now;
  refreshStages();
}

QDateTime WarningsModel::now() const { return mNow.isValid() ? mNow : QDateTime::currentDateTimeUtc(); }

void WarningsModel::reload()
{
  beginResetModel();
  mRows = mHistory ? Warnings(mStore).all() : Warnings(mStore).where(QStringLiteral("status = 'active'"));
  for (Warning &w : mRows)
    w.wkt.clear(); // the map draws areas; the list only needs the attributes
  // Newest first by instant: senders' offsets differ, so not by text.
  std::stable_sort(mRows.begin(), mRows.end(), [](const Warning &a, const Warning &b) {
    const QDateTime ta = QDateTime::fromString(a.sent, Qt::ISODate), tb = QDateTime::fromString(b.sent, Qt::ISODate);
    return ta != tb ? ta > tb : a.id > b.id;
  });
  endResetModel();
}

void WarningsModel::refreshStages()
{
  if (!mRows.isEmpty())
    Q_EMIT dataChanged(index(0, Stage), index(mRows.size() - 1, Stage));
}

int WarningsModel::rowOf(qint64 id) const
{
  for (int i = 0; i < mRows.size(); ++i)
    if (mRows[i].id == id)
      return i;
  return -1;
}

qint64 WarningsModel::idAt(int row) const { return row >= 0 && row < mRows.size() ? mRows[row].id : 0; }

void WarningsModel::setHighlighted(qint64 id, bool on)
{
  if (on)
    mHighlighted.insert(id);
  else
    mHighlighted.remove(id);
  const int row = rowOf(id);
  if (row >= 0)
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString WarningsModel::stageOf(const Warning &w) const
{
  if (w.status != QLatin1String("active"))
    return w.stage; // a warning no longer in force keeps the stage it ended at
  return WarningStage::at(w.stage, w.onset, w.effective, now());
}

QString WarningsModel::shortTime(const QString &iso)
{
  const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
  return t.isValid() ? t.toString(QStringLiteral("MM-dd HH:mm")) : iso;
}

int WarningsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : mRows.size(); }
int WarningsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant WarningsModel::data(const QModelIndex &index, int role) const
{
  if (!index.isValid() || index.row() >= mRows.size())
    return {};
  const Warning &w = mRows[index.row()];
  const bool inForce = w.status == QLatin1String("active");
  switch (role) {
  case IdRole:
    return w.id;
  case Qt::DecorationRole:
    if (index.column() == Level) {
      QColor c = LayerStyles::warningColour(w.level);
      if (!inForce)
        c.setAlpha(110);
      return c;
    }
    return {};
  case Qt::BackgroundRole:
    return mHighlighted.contains(w.id) ? QVariant(QColor(255, 236, 140)) : QVariant();
  case Qt::ForegroundRole:
    return inForce ? QVariant() : QVariant(QColor(130, 130, 130));
  case Qt::FontRole:
    if (mHighlighted.contains(w.id) || (index.column() == Headline && inForce)) {
      QFont f;
      f.setBold(true);
      return f;
    }
    return {};
  case Qt::ToolTipRole:
    return w.headline + QLatin1Char('\n') + w.areaDesc;
  case Qt::DisplayRole:
    break;
  default:
    return {};
  }
  switch (index.column()) {
  case Level: return FieldLabels::warningColourName(w.level);
  case Headline: return w.headline;
  case Hazard: return FieldLabels::value(kTable, QStringLiteral("hazard"), w.hazard);
  case Stage: return FieldLabels::value(kTable, QStringLiteral("stage"), stageOf(w));
  case Area: return w.areaDesc;
  case Sent: return shortTime(w.sent);
  case Expires: return shortTime(w.expires);
  case Status: return FieldLabels::value(kTable, QStringLiteral("status"), w.status);
  default: return {};
  }
}

QVariant WarningsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
    return QAbstractTableModel::headerData(section, orientation, role);
  static const char *columns[] = {"level", "headline", "hazard", "stage", "area_desc", "sent", "expires", "status"};
  return section >= 0 && section < ColumnCount ? FieldLabels::field(QString::fromLatin1(columns[section])) : QVariant();
}

} // namespace onemap
