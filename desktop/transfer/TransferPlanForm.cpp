#include "TransferPlanForm.h"

#include "map/FieldLabels.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QListWidget>

namespace onemap {

namespace {
const TransferArea::Kind kKinds[] = {TransferArea::Kind::Warning, TransferArea::Kind::Zone, TransferArea::Kind::Township,
                                     TransferArea::Kind::County};

QListWidget *checkList(QWidget *parent, int rows)
{
  auto *list = new QListWidget(parent);
  list->setMaximumHeight(list->fontMetrics().height() * rows + 10);
  return list;
}

void addCheckItem(QListWidget *list, const QString &text, const QString &code, bool checked)
{
  auto *item = new QListWidgetItem(text, list);
  item->setData(Qt::UserRole, code);
  item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
  item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}
} // namespace

TransferPlanForm::TransferPlanForm(Store &store, QWidget *parent)
  : QWidget(parent), mStore(store)
{
  auto *form = new QFormLayout(this);
  form->setContentsMargins(0, 0, 0, 0);
  mKind = new QComboBox(this);
  mKind->addItem(tr("Warning in force"), int(TransferArea::Kind::Warning));
  mKind->addItem(tr("Risk zone"), int(TransferArea::Kind::Zone));
  mKind->addItem(tr("Township"), int(TransferArea::Kind::Township));
  mKind->addItem(tr("Whole county"), int(TransferArea::Kind::County));
  form->addRow(tr("Area:"), mKind);
  mArea = new QComboBox(this);
  mArea->setMinimumContentsLength(24);
  mArea->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  form->addRow(QString(), mArea);
  mMode = new QComboBox(this);
  mMode->addItem(tr("On foot"), QStringLiteral("walk"));
  mMode->addItem(tr("By vehicle"), QStringLiteral("drive"));
  form->addRow(tr("Transfer:"), mMode);
  mWalk = new QDoubleSpinBox(this);
  mWalk->setRange(1, 15);
  mWalk->setDecimals(1);
  mWalk->setValue(5);
  mWalk->setSuffix(tr(" km/h"));
  form->addRow(tr("Walking speed:"), mWalk);
  mClasses = checkList(this, 3);
  mClasses->setFlow(QListView::LeftToRight);
  mClasses->setWrapping(true);
  for (const auto &c : FieldLabels::values(QStringLiteral("shelters"), QStringLiteral("shelter_class")))
    addCheckItem(mClasses, c.second, c.first, true);
  form->addRow(tr("Shelter classes:"), mClasses);
  mMarkedCut = new QCheckBox(tr("Roads marked cut"), this);
  mMarkedCut->setChecked(true);
  mSevere = new QCheckBox(tr("Roads inside red/orange warnings"), this);
  form->addRow(tr("Avoid:"), mMarkedCut);
  form->addRow(QString(), mSevere);
  mZones = checkList(this, 4);
  mZones->setToolTip(tr("Roads inside the ticked risk zones are avoided too."));
  form->addRow(tr("and zones:"), mZones);

  connect(mKind, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
    fillAreas();
    Q_EMIT areaChanged();
  });
  connect(mArea, qOverload<int>(&QComboBox::currentIndexChanged), this, &TransferPlanForm::areaChanged);
  connect(mMode, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
    mWalk->setEnabled(mMode->currentData().toString() == QLatin1String("walk"));
  });
  reload();
}

void TransferPlanForm::reload()
{
  QStringList ticked;
  for (int i = 0; i < mZones->count(); ++i)
    if (mZones->item(i)->checkState() == Qt::Checked)
      ticked << mZones->item(i)->data(Qt::UserRole).toString();
  mZones->clear();
  SqlStatement q(mStore.handle(), QStringLiteral("SELECT code, name, hazard, risk_level FROM risk_zones ORDER BY risk_level, hazard, code"));
  while (q.next())
    addCheckItem(mZones, QStringLiteral("%1 %2 (%3)").arg(q.text(1).isEmpty() ? q.text(0) : q.text(1),
                                                          FieldLabels::value(QStringLiteral("risk_zones"), QStringLiteral("hazard"), q.text(2)),
                                                          FieldLabels::value(QStringLiteral("risk_zones"), QStringLiteral("risk_level"), q.text(3))),
                 q.text(0), ticked.contains(q.text(0)));
  fillAreas();
}

void TransferPlanForm::fillAreas()
{
  const QString previous = mArea->currentData().toString();
  QSignalBlocker block(mArea);
  mArea->clear();
  QString sql;
  switch (areaKind()) {
  case TransferArea::Kind::Warning:
    sql = QStringLiteral("SELECT id, stage, hazard, level, headline FROM warnings WHERE status = 'active' ORDER BY sent DESC, id DESC");
    break;
  case TransferArea::Kind::Zone:
    sql = QStringLiteral("SELECT code, name, hazard, risk_level FROM risk_zones ORDER BY risk_level, hazard, code");
    break;
  case TransferArea::Kind::Township:
    sql = QStringLiteral("SELECT code, name FROM admin_units WHERE level = 'township' ORDER BY code");
    break;
  case TransferArea::Kind::County:
    sql = QStringLiteral("SELECT code, name FROM admin_units WHERE level = 'county' ORDER BY code");
    break;
  }
  SqlStatement q(mStore.handle(), sql);
  while (q.next()) {
    QString label;
    switch (areaKind()) {
    case TransferArea::Kind::Warning:
      label = QStringLiteral("%1 %2 %3 #%4").arg(FieldLabels::value(QStringLiteral("warnings"), QStringLiteral("stage"), q.text(1)),
                                                 FieldLabels::value(QStringLiteral("warnings"), QStringLiteral("hazard"), q.text(2)),
                                                 FieldLabels::warningColourName(q.text(3)), q.text(0));
      break;
    case TransferArea::Kind::Zone:
      label = QStringLiteral("%1 %2 (%3)").arg(q.text(1).isEmpty() ? q.text(0) : q.text(1),
                                               FieldLabels::value(QStringLiteral("risk_zones"), QStringLiteral("hazard"), q.text(2)),
                                               FieldLabels::value(QStringLiteral("risk_zones"), QStringLiteral("risk_level"), q.text(3)));
      break;
    default:
      label = q.text(1);
      break;
    }
    mArea->addItem(label, q.text(0));
  }
  const int again = mArea->findData(previous);
  mArea->setCurrentIndex(again >= 0 ? again : 0);
  mArea->setEnabled(mArea->count() > 0);
}

TransferArea::Kind TransferPlanForm::areaKind() const { return TransferArea::Kind(mKind->currentData().toInt()); }
QString TransferPlanForm::areaRef() const { return mArea->currentData().toString(); }
QString TransferPlanForm::areaLabel() const { return mArea->currentText(); }

bool TransferPlanForm::setArea(TransferArea::Kind kind, const QString &ref)
{
  mKind->setCurrentIndex(mKind->findData(int(kind)));
  const int i = mArea->findData(ref);
  if (i < 0)
    return false;
  mArea->setCurrentIndex(i);
  return true;
}

QStringList TransferPlanForm::shelterClasses() const
{
  QStringList classes;
  bool all = true;
  for (int i = 0; i < mClasses->count(); ++i) {
    if (mClasses->item(i)->checkState() == Qt::Checked)
      classes << mClasses->item(i)->data(Qt::UserRole).toString();
    else
      all = false;
  }
  return all ? QStringList() : classes;
}

TransferPlanOptions TransferPlanForm::options() const
{
  TransferPlanOptions o;
  o.mode = mMode->currentData().toString() == QLatin1String("drive") ? TravelMode::Drive : TravelMode::Walk;
  o.speeds.walkKmh = mWalk->value();
  o.shelterClasses = shelterClasses();
  o.cuts.markedCut = mMarkedCut->isChecked();
  o.cuts.severeWarnings = mSevere->isChecked();
  for (int i = 0; i < mZones->count(); ++i)
    if (mZones->item(i)->checkState() == Qt::Checked)
      o.cuts.zoneCodes << mZones->item(i)->data(Qt::UserRole).toString();
  return o;
}

} // namespace onemap
