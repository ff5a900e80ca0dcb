#include "LedgerFilterBar.h"

#include "ledger/LedgerColumns.h"
#include "map/FieldLabels.h"
#include "store/SqlStatement.h"
#include "store/Store.h"
#include "store/Table.h"
#include "catalog/Catalog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>

namespace onemap {

LedgerFilterBar::LedgerFilterBar(Store &store, QWidget *parent) : QWidget(parent), mStore(store)
{
  auto *layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  mTownship = new QComboBox(this);
  mType = new QComboBox(this);
  mStatus = new QComboBox(this);
  mParent = new QComboBox(this);
  mText = new QLineEdit(this);
  mText->setPlaceholderText(tr("Search name, person, phone..."));
  mText->setClearButtonEnabled(true);
  for (QComboBox *box : {mTownship, mType, mStatus, mParent}) {
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(box);
    connect(box, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] {
      if (!mFilling)
        emit changed();
    });
  }
  layout->addWidget(mText, 1);
  // Filter as the user types, but not on every key.
  mTyping = new QTimer(this);
  mTyping->setSingleShot(true);
  mTyping->setInterval(300);
  connect(mText, &QLineEdit::textChanged, mTyping, qOverload<>(&QTimer::start));
  connect(mTyping, &QTimer::timeout, this, &LedgerFilterBar::changed);

  mTownship->addItem(tr("All townships"), QString());
  SqlStatement q(mStore.handle(), QStringLiteral("SELECT code, name FROM admin_units WHERE level = 'township' ORDER BY code"));
  while (q.next())
    mTownship->addItem(q.text(1), q.text(0));
}

void LedgerFilterBar::setTable(const TableSpec &spec)
{
  mFilling = true;
  const LedgerColumns columns = LedgerColumns::of(spec);
  mTownship->setCurrentIndex(0);
  mTownship->setVisible(!columns.adminField.isEmpty());

  mType->clear();
  mType->addItem(tr("All types"), QString());
  if (const FieldSpec *type = spec.field(columns.typeField))
    for (const QString &code : type->allowed)
      mType->addItem(FieldLabels::value(spec.name, type->name, code), code);
  mType->setVisible(mType->count() > 1);

  mStatus->clear();
  mStatus->addItem(tr("All statuses"), QString());
  if (const FieldSpec *status = spec.field(columns.statusField)) {
    const QStringList codes = status->type == FieldType::Boolean ? QStringList {QStringLiteral("1"), QStringLiteral("0")} : status->allowed;
    for (const QString &code : codes)
      mStatus->addItem(FieldLabels::value(spec.name, status->name, code), code);
  }
  if (spec.field(QStringLiteral("deadline")))
    mStatus->addItem(tr("Overdue"), QLatin1String(LedgerFilter::kOverdue));
  if (spec.field(QStringLiteral("supervised")))
    mStatus->addItem(tr("Listed for supervision"), QLatin1String(LedgerFilter::kSupervised));
  mStatus->setVisible(mStatus->count() > 1);

  mParent->clear();
  if (!columns.parentTable.isEmpty()) {
    mParent->addItem(tr("All depots"), qint64(0));
    if (const TableSpec *parentSpec = Catalog::table(columns.parentTable)) {
      const QString title = LedgerColumns::of(*parentSpec).titleField;
      for (const Record &r : Table(mStore, *parentSpec).select())
        mParent->addItem(QStringLiteral("%1 %2").arg(r.id).arg(r.values.value(title).toString()), r.id);
    }
  }
  mParent->setVisible(mParent->count() > 0);
  mText->clear();
  mTyping->stop();
  mFilling = false;
}

LedgerFilter LedgerFilterBar::filter() const
{
  LedgerFilter f;
  if (mTownship->isVisibleTo(this))
    f.township = mTownship->currentData().toString();
  f.type = mType->currentData().toString();
  f.status = mStatus->currentData().toString();
  f.parentId = mParent->currentData().toLongLong();
  f.text = mText->text();
  return f;
}

} // namespace onemap
