#include "ReassignDialog.h"

#include "ManualRoute.h"
#include "map/FieldLabels.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QtMath>
#include <algorithm>

namespace onemap {

namespace {
constexpr int kMaxChoices = 300; // a person picks among the nearest; the rest only slows the list

double straightKm(double lon1, double lat1, double lon2, double lat2)
{
  const double kx = 111.32 * qCos(qDegreesToRadians((lat1 + lat2) / 2));
  const double dx = (lon2 - lon1) * kx;
  const double dy = (lat2 - lat1) * 110.57;
  return qSqrt(dx * dx + dy * dy);
}
} // namespace

bool ReassignDialog::sourcePoint(Store &store, const TransferAssignment &row, double &lon, double &lat)
{
  static const QRegularExpression firstPoint(QStringLiteral("\\(\\s*([-0-9.eE+]+)\\s+([-0-9.eE+]+)"));
  const QRegularExpressionMatch m = firstPoint.match(row.routeWkt);
  if (m.hasMatch()) {
    lon = m.captured(1).toDouble();
    lat = m.captured(2).toDouble();
    return true;
  }
  const bool danger = row.sourceKind == QLatin1String("danger");
  SqlStatement q(store.handle(), danger ? QStringLiteral("SELECT X(geom), Y(geom) FROM hidden_dangers WHERE code = ?")
                                        : QStringLiteral("SELECT X(PointOnSurface(geom)), Y(PointOnSurface(geom)) FROM admin_units WHERE code = ?"));
  q.bind(1, danger ? row.sourceCode : (row.villageCode.isEmpty() ? row.sourceCode : row.villageCode));
  if (!q.next() || q.isNull(0))
    return false;
  lon = q.real(0);
  lat = q.real(1);
  return true;
}

ReassignDialog::ReassignDialog(Store &store, const TransferAssignment &row, QWidget *parent)
  : QDialog(parent), mRow(row)
{
  setWindowTitle(tr("Reassign to another shelter"));
  auto *form = new QFormLayout(this);
  form->addRow(tr("Group:"), new QLabel(QStringLiteral("%1 (%2)").arg(row.sourceName.isEmpty() ? row.sourceCode : row.sourceName, row.sourceCode), this));
  form->addRow(tr("Now:"), new QLabel(row.shelterId > 0 ? row.shelterName : tr("not placed"), this));
  mShelter = new QComboBox(this);
  mShelter->setMinimumContentsLength(36);
  form->addRow(tr("Shelter (fastest by road first):"), mShelter);
  mPeople = new QSpinBox(this);
  form->addRow(tr("People to move:"), mPeople);
  mInfo = new QLabel(this);
  mInfo->setWordWrap(true);
  form->addRow(mInfo);
  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  form->addRow(buttons);

  loadChoices(store);
  for (const Choice &c : mChoices) {
    const QString shelterClass = FieldLabels::value(QStringLiteral("shelters"), QStringLiteral("shelter_class"), c.shelterClass);
    mShelter->addItem(c.byRoad ? tr("%1 (%2) - room for %3, %4 km, %5 min by road").arg(c.name, shelterClass).arg(c.free).arg(c.km, 0, 'f', 1).arg(qRound(c.minutes))
                               : tr("%1 (%2) - room for %3, %4 km straight, no open road").arg(c.name, shelterClass).arg(c.free).arg(c.km, 0, 'f', 1),
                      c.shelterId);
  }
  connect(mShelter, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { updateLimit(); });
  updateLimit();
  mPeople->setValue(int(qMin<qint64>(row.people, mPeople->maximum())));
  buttons->button(QDialogButtonBox::Ok)->setEnabled(!mChoices.isEmpty() && row.people > 0);
  if (mChoices.isEmpty())
    mInfo->setText(tr("No open shelter has room left."));
}

void ReassignDialog::loadChoices(Store &store)
{
  double lon = 0, lat = 0;
  const bool located = sourcePoint(store, mRow, lon, lat);
  QHash<qint64, qint64> load;
  {
    SqlStatement q(store.handle(), QStringLiteral("SELECT shelter_id, SUM(people) FROM transfer_assignments WHERE plan_id = ? AND shelter_id > 0 AND id <> ? GROUP BY shelter_id"));
    q.bind(1, mRow.planId).bind(2, mRow.id);
    while (q.next())
      load.insert(q.int64(0), q.int64(1));
  }
  SqlStatement q(store.handle(), QStringLiteral("SELECT id, name, shelter_class, capacity, occupancy, X(geom), Y(geom) FROM shelters WHERE is_open = 1"));
  while (q.next()) {
    Choice c;
    c.shelterId = q.int64(0);
    if (c.shelterId == mRow.shelterId)
      continue;
    c.name = q.text(1);
    c.shelterClass = q.text(2);
    c.free = q.int64(3) - q.int64(4) - load.value(c.shelterId);
    if (c.free <= 0)
      continue;
    c.km = located && !q.isNull(5) ? straightKm(lon, lat, q.real(5), q.real(6)) : 0;
    mChoices << c;
  }
  // Fastest by road first, on the plan's own network; the rest by straight line after.
  QVector<qint64> ids;
  for (const Choice &c : mChoices)
    ids << c.shelterId;
  QHash<qint64, int> rank;
  for (const ManualRoute::Reach &r : ManualRoute::byTravelTime(store, mRow, ids)) {
    rank.insert(r.shelterId, rank.size());
    Choice &c = mChoices[ids.indexOf(r.shelterId)];
    c.byRoad = true;
    c.minutes = r.minutes;
    c.km = r.metres / 1000.0;
  }
  std::sort(mChoices.begin(), mChoices.end(), [&rank](const Choice &a, const Choice &b) {
    if (a.byRoad != b.byRoad)
      return a.byRoad;
    if (a.byRoad)
      return rank.value(a.shelterId) < rank.value(b.shelterId);
    return a.km != b.km ? a.km < b.km : a.shelterId < b.shelterId;
  });
  if (mChoices.size() > kMaxChoices)
    mChoices.resize(kMaxChoices);
}

void ReassignDialog::updateLimit()
{
  const int i = mShelter->currentIndex();
  const qint64 free = i >= 0 && i < mChoices.size() ? mChoices[i].free : 0;
  const qint64 limit = qMin(mRow.people, free);
  mPeople->setRange(limit > 0 ? 1 : 0, int(qMax<qint64>(limit, 0)));
  if (i >= 0)
    mInfo->setText(limit < mRow.people ? tr("Room for %1 of the group's %2 people there; the rest stay where they are.").arg(limit).arg(mRow.people)
                                       : tr("All %1 people of the group fit.").arg(mRow.people));
}

qint64 ReassignDialog::shelterId() const { return mShelter->currentData().toLongLong(); }
qint64 ReassignDialog::people() const { return mPeople->value(); }

bool ReassignDialog::select(qint64 shelterId, qint64 people)
{
  const int i = mShelter->findData(shelterId);
  if (i < 0)
    return false;
  mShelter->setCurrentIndex(i);
  if (people < mPeople->minimum() || people > mPeople->maximum())
    return false;
  mPeople->setValue(int(people));
  return true;
}

} // namespace onemap
