#include "ImpactPanel.h"

#include "map/FieldLabels.h"
#include "plugins/BoardPlugins.h"
#include "plugins/PluginImpactView.h"
#include "store/Store.h"
#include "warnings/WarningImpact.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace onemap {

namespace {
QTableWidget *table(const QStringList &headers, QWidget *parent)
{
  auto *t = new QTableWidget(0, headers.size(), parent);
  t->setHorizontalHeaderLabels(headers);
  t->setEditTriggers(QAbstractItemView::NoEditTriggers);
  t->setSelectionBehavior(QAbstractItemView::SelectRows);
  t->verticalHeader()->hide();
  t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  t->horizontalHeader()->setStretchLastSection(true);
  return t;
}

void put(QTableWidget *t, int row, int column, const QString &text, bool number = false)
{
  auto *item = new QTableWidgetItem(text);
  if (number)
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  t->setItem(row, column, item);
}
} // namespace

ImpactPanel::ImpactPanel(Store &store, QWidget *parent)
  : QWidget(parent), mStore(store)
{
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  mSummary = new QLabel(this);
  mSummary->setWordWrap(true);
  layout->addWidget(mSummary);
  auto *split = new QSplitter(Qt::Vertical, this);
  mTownships = table({tr("Township"), tr("Villages"), tr("People"), tr("Hidden dangers"), tr("Escalated"), tr("Shelters (capacity)"), tr("Teams (members)")}, split);
  mDangers = table({tr("Escalated hidden danger"), FieldLabels::field(QStringLiteral("hazard_type")), tr("Village"), tr("Township"),
                    FieldLabels::field(QStringLiteral("threatened_people")), FieldLabels::field(QStringLiteral("status")), tr("Overdue")},
                   split);
  split->addWidget(mTownships);
  split->addWidget(mDangers);
  mPlugins = new PluginImpactView(split);
  split->addWidget(mPlugins);
  // The plugins' sections, lists and checklists are the longest read.
  split->setStretchFactor(0, 2);
  split->setStretchFactor(1, 2);
  split->setStretchFactor(2, 3);
  layout->addWidget(split, 1);
  setWarning(0);
}

void ImpactPanel::setWarning(qint64 id, const QDate &today)
{
  mWarning = id;
  mTownships->setRowCount(0);
  mDangers->setRowCount(0);
  mPlugins->setParts({});
  if (!id) {
    mSummary->setText(tr("Select a warning to see the townships, hidden dangers, shelters and teams in its area."));
    return;
  }
  Result<Impact> impact = WarningImpact::of(mStore, id, today.isValid() ? today : QDate::currentDate());
  if (!impact) {
    mSummary->setText(impact.message());
    return;
  }
  show(impact.value());
  // After the board's own tables: what each plugin of this hazard adds.
  const ImpactWarning &w = impact.value().warning;
  mPlugins->setParts(PluginImpact::forWarning(BoardPlugins::registry(), mStore.handle(), id, w.hazard, w.level));
}

void ImpactPanel::show(const Impact &impact)
{
  const ImpactTotals &t = impact.totals;
  mSummary->setText(tr("%1 townships and %2 villages (%L3 people); %4 hidden dangers, %5 escalated (%6 overdue), %L7 people threatened; "
                       "%8 shelters for %L9 people; %10 teams with %L11 members.")
                      .arg(t.townships).arg(t.villages).arg(t.villagePopulation).arg(t.dangers).arg(t.escalated).arg(t.overdue)
                      .arg(t.threatenedPeople).arg(t.shelters).arg(t.shelterCapacity).arg(t.teams).arg(t.teamMembers));
  mTownships->setRowCount(impact.townships.size());
  for (int r = 0; r < impact.townships.size(); ++r) {
    const ImpactTownship &s = impact.townships[r];
    put(mTownships, r, 0, s.covered ? s.name : s.name + tr(" (part)"));
    put(mTownships, r, 1, QString::number(s.villages), true);
    put(mTownships, r, 2, QLocale().toString(s.villagePopulation), true);
    put(mTownships, r, 3, QString::number(s.dangers), true);
    put(mTownships, r, 4, QString::number(s.escalated), true);
    put(mTownships, r, 5, QStringLiteral("%1 (%2)").arg(s.shelters).arg(QLocale().toString(s.shelterCapacity)), true);
    put(mTownships, r, 6, QStringLiteral("%1 (%2)").arg(s.teams).arg(QLocale().toString(s.teamMembers)), true);
  }
  int row = 0;
  for (const ImpactDanger &d : impact.dangers) {
    if (!d.escalated)
      continue;
    mDangers->insertRow(row);
    put(mDangers, row, 0, d.name);
    put(mDangers, row, 1, FieldLabels::value(QStringLiteral("hidden_dangers"), QStringLiteral("hazard_type"), d.hazardType));
    put(mDangers, row, 2, d.villageName);
    put(mDangers, row, 3, d.townshipName);
    put(mDangers, row, 4, QString::number(d.threatenedPeople), true);
    put(mDangers, row, 5, FieldLabels::value(QStringLiteral("hidden_dangers"), QStringLiteral("status"), d.status));
    put(mDangers, row, 6, d.overdue ? tr("Overdue") : QString());
    if (d.overdue)
      for (int c = 0; c < mDangers->columnCount(); ++c)
        mDangers->item(row, c)->setForeground(QColor(200, 0, 0));
    ++row;
  }
}

} // namespace onemap
