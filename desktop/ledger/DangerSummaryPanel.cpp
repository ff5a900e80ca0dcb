#include "DangerSummaryPanel.h"

#include "map/FieldLabels.h"

#include <QColor>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace onemap {

namespace {
const QColor kOverdue(0xc0, 0x39, 0x2b);
const QColor kSupervised(0xd3, 0x54, 0x00);
} // namespace

DangerSummaryPanel::DangerSummaryPanel(Store &store, QWidget *parent) : QWidget(parent), mStore(store)
{
  setObjectName(QStringLiteral("dangerSummary"));
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 2, 4, 2);
  layout->setSpacing(2);

  auto *top = new QHBoxLayout;
  top->addWidget(new QLabel(tr("On"), this));
  mDate = new QDateEdit(QDate::currentDate(), this);
  mDate->setCalendarPopup(true);
  mDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  top->addWidget(mDate);
  auto *today = new QPushButton(tr("Today"), this);
  top->addWidget(today);
  mHeadline = new QLabel(this);
  mHeadline->setObjectName(QStringLiteral("headline"));
  mHeadline->setTextInteractionFlags(Qt::TextSelectableByMouse);
  QFont bold = mHeadline->font();
  bold.setBold(true);
  mHeadline->setFont(bold);
  mHeadline->setWordWrap(true);
  top->addStretch(1);
  layout->addLayout(top);
  layout->addWidget(mHeadline);

  mError = new QLabel(this);
  mError->setStyleSheet(QStringLiteral("color: #c0392b;"));
  mError->setWordWrap(true);
  mError->hide();
  layout->addWidget(mError);

  mTree = new QTreeWidget(this);
  mTree->setColumnCount(ColumnCount);
  mTree->setHeaderLabels({tr("Township"), tr("Hazard type"), tr("Found"), tr("Pending"), tr("In rectification"), tr("Overdue"),
                          tr("Signed off"), tr("Supervised")});
  mTree->setAlternatingRowColors(true);
  mTree->setUniformRowHeights(true);
  mTree->setToolTip(tr("Double-click a township to show its hidden dangers in the ledger (its overdue ones from the Overdue column)."));
  mTree->header()->setStretchLastSection(false);
  for (int c = Found; c < ColumnCount; ++c)
    mTree->headerItem()->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
  layout->addWidget(mTree, 1);

  connect(mDate, &QDateEdit::dateChanged, this, &DangerSummaryPanel::refresh);
  connect(today, &QPushButton::clicked, this, [this] { mDate->setDate(QDate::currentDate()); });
  connect(mTree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item, int column) {
    const QString township = item->data(Township, TownshipRole).toString();
    if (!township.isEmpty())
      emit townshipActivated(township, column == Overdue);
  });
  refresh();
}

void DangerSummaryPanel::setDate(const QDate &date) { mDate->setDate(date); }
QDate DangerSummaryPanel::date() const { return mDate->date(); }

QString DangerSummaryPanel::headlineFor(const DangerCounts &total)
{
  return tr("%1 hidden dangers found, %2 signed off, %3 in rectification, %4 overdue, %5 listed for supervision")
    .arg(total.found)
    .arg(total.signedOff)
    .arg(total.inRectification)
    .arg(total.overdue)
    .arg(total.supervised);
}

QTreeWidgetItem *DangerSummaryPanel::totalsItem() const
{
  const int n = mTree->topLevelItemCount();
  return n > 0 ? mTree->topLevelItem(n - 1) : nullptr;
}

void DangerSummaryPanel::fill(QTreeWidgetItem *item, const DangerCounts &counts, const QString &township, const QString &hazard)
{
  item->setText(Township, township);
  item->setText(HazardType, hazard);
  const qint64 values[] = {counts.found, counts.pending, counts.inRectification, counts.overdue, counts.signedOff, counts.supervised};
  for (int c = Found; c < ColumnCount; ++c) {
    item->setData(c, Qt::DisplayRole, values[c - Found]);
    item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
  }
  // Overdue and supervised stand out as they do in the ledger and on the map.
  if (counts.overdue > 0)
    item->setForeground(Overdue, kOverdue);
  if (counts.supervised > 0)
    item->setForeground(Supervised, kSupervised);
  item->setData(Township, TownshipRole, counts.townshipCode);
}

void DangerSummaryPanel::refresh()
{
  Result<DangerSummary> counted = DangerLoop(mStore).summary(mDate->date());
  mError->setVisible(!counted.ok());
  mError->setText(counted.message());
  mSummary = counted ? counted.value() : DangerSummary();

  // Keep the townships the user opened open across a refresh.
  QSet<QString> expanded;
  for (int i = 0; i < mTree->topLevelItemCount(); ++i)
    if (mTree->topLevelItem(i)->isExpanded())
      expanded.insert(mTree->topLevelItem(i)->data(Township, TownshipRole).toString());
  mTree->clear();

  const QString allTypes = tr("All types");
  for (const DangerCounts &township : qAsConst(mSummary.byTownship)) {
    auto *item = new QTreeWidgetItem(mTree);
    fill(item, township, township.townshipName, allTypes);
    for (const DangerCounts &row : qAsConst(mSummary.rows)) {
      if (row.townshipCode != township.townshipCode)
        continue;
      fill(new QTreeWidgetItem(item), row, QString(),
           FieldLabels::value(QStringLiteral("hidden_dangers"), QStringLiteral("hazard_type"), row.hazardType));
    }
    item->setExpanded(expanded.contains(township.townshipCode));
  }
  auto *total = new QTreeWidgetItem(mTree);
  fill(total, mSummary.total, tr("Total"), allTypes);
  total->setData(Township, TownshipRole, QString());
  QFont bold = mTree->font();
  bold.setBold(true);
  for (int c = 0; c < ColumnCount; ++c)
    total->setFont(c, bold);

  mHeadline->setText(headlineFor(mSummary.total));
  for (int c = 0; c < ColumnCount; ++c)
    mTree->resizeColumnToContents(c);
}

} // namespace onemap
