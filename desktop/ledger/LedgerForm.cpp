#include "LedgerForm.h"


#include "LedgerLabels.h"
#include "OptionalDate.h"
#include "catalog/Catalog.h"
#include "ledger/EditHistory.h"
#include "ledger/LedgerColumns.h"
#include "ledger/LedgerValidator.h"
#include "map/FieldLabels.h"
#include "store/Store.h"
#include "store/Table.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace onemap {

namespace {

QLabel *errorLabel(QWidget *parent)
{
  auto *label = new QLabel(parent);
  label->setStyleSheet(QStringLiteral("color: #c0392b;"));
  label->setWordWrap(true);
  label->hide();
  return label;
}
} // namespace

LedgerForm::LedgerForm(EditHistory &history, const TableSpec &spec, const Record &record, QWidget *parent)
  : QDialog(parent), mHistory(history), mSpec(spec), mOriginal(record)
{
  setWindowTitle(record.id > 0 ? tr("Edit %1 #%2").arg(ledgerTitle(spec.name)).arg(record.id) : tr("Add to %1").arg(ledgerTitle(spec.name)));
  auto *form = new QFormLayout;
  form->setRowWrapPolicy(QFormLayout::WrapLongRows);
  for (const FieldSpec &field : spec.fields) {
    QWidget *editor = makeEditor(field);
    editor->setObjectName(field.name);
    mEditors.insert(field.name, editor);
    auto *cell = new QWidget(this);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(1);
    cellLayout->addWidget(editor);
    QLabel *error = errorLabel(cell);
    cellLayout->addWidget(error);
    mErrors.insert(field.name, error);
    form->addRow(FieldLabels::field(field.name) + (field.required ? QStringLiteral(" *") : QString()), cell);
  }
  if (spec.geometry == GeometryType::Point) {
    mLon = new QDoubleSpinBox(this);
    mLat = new QDoubleSpinBox(this);
    mLon->setObjectName(QStringLiteral("lon"));
    mLat->setObjectName(QStringLiteral("lat"));
    for (QDoubleSpinBox *box : {mLon, mLat}) {
      box->setDecimals(6);
      box->setSingleStep(0.001);
    }
    mLon->setRange(-180, 180);
    mLat->setRange(-90, 90);
    auto *cell = new QWidget(this);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Lon"), cell));
    row->addWidget(mLon);
    row->addWidget(new QLabel(tr("Lat"), cell));
    row->addWidget(mLat);
    cellLayout->addLayout(row);
    QLabel *error = errorLabel(cell);
    cellLayout->addWidget(error);
    mErrors.insert(QStringLiteral("geom"), error);
    form->addRow(tr("Location (CGCS2000) *"), cell);
  }

  auto *inner = new QWidget(this);
  inner->setLayout(form);
  auto *scroll = new QScrollArea(this);
  scroll->setWidget(inner);
  scroll->setWidgetResizable(true);
  // Long error texts wrap inside the dialog rather than widening the form.
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  mSummary = errorLabel(this);
  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &LedgerForm::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto *layout = new QVBoxLayout(this);
  layout->addWidget(scroll, 1);
  layout->addWidget(mSummary);
  layout->addWidget(buttons);
  resize(640, 720);

  for (auto it = record.values.constBegin(); it != record.values.constEnd(); ++it)
    setValue(it.key(), it.value());
  GeoPoint p;
  if (GeoPoint::fromWkt(record.wkt, p))
    setPoint(p.lon, p.lat);
  lockLoopStatus();
}

void LedgerForm::lockLoopStatus()
{
  // A hidden danger's status is its place in the closed loop: it moves only
  // by a dated step with its actor (DangerLoop, "Advance step..."), never by
  // a plain edit that would leave no danger_events row. New rows start at
  // the loop's first status.
  if (mSpec.name != QLatin1String("hidden_dangers"))
    return;
  QWidget *status = mEditors.value(QStringLiteral("status"));
  if (!status)
    return;
  if (mOriginal.id <= 0)
    setValue(QStringLiteral("status"), QStringLiteral("identified"));
  status->setEnabled(false);
  mStatusLocked = true;
  status->setToolTip(tr("The status follows the closed loop: use \"Advance step...\" in the ledger."));
}

QWidget *LedgerForm::makeEditor(const FieldSpec &field)
{
  const LedgerColumns columns = LedgerColumns::of(mSpec);
  if (field.name == columns.parentField) {
    auto *box = new QComboBox(this);
    if (const TableSpec *parent = Catalog::table(columns.parentTable)) {
      const QString title = LedgerColumns::of(*parent).titleField;
      for (const Record &r : Table(mHistory.store(), *parent).select())
        box->addItem(QStringLiteral("%1 %2").arg(r.id).arg(r.values.value(title).toString()), r.id);
    }
    return box;
  }
  if (!field.allowed.isEmpty()) {
    auto *box = new QComboBox(this);
    if (!field.required)
      box->addItem(QString(), QString());
    for (const QString &code : field.allowed)
      box->addItem(FieldLabels::value(mSpec.name, field.name, code), code);
    return box;
  }
  switch (field.type) {
  case FieldType::Boolean:
    return new QCheckBox(this);
  case FieldType::Date: {
    auto *edit = new QDateEdit(this);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    OptionalDate::setUp(edit, tr("(none)"));
    return edit;
  }
  case FieldType::DateTime: {
    auto *edit = new QDateTimeEdit(this);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    OptionalDate::setUp(edit, tr("(none)"));
    return edit;
  }
  default: {
    // Numbers are line edits too: empty means "not known", and a typo gets
    // the spec's message next to the field instead of being swallowed.
    auto *edit = new QLineEdit(this);
    if (field.type == FieldType::Integer || field.type == FieldType::Real) {
      QString hint = field.type == FieldType::Integer ? tr("whole number") : tr("number");
      if (field.min)
        hint += QStringLiteral(" ≥ %1").arg(*field.min);
      edit->setPlaceholderText(hint);
    }
    return edit;
  }
  }
}

void LedgerForm::setValue(const QString &field, const QVariant &value)
{
  QWidget *editor = mEditors.value(field);
  if (auto *box = qobject_cast<QComboBox *>(editor)) {
    const int i = box->findData(value.isNull() ? QVariant(QString()) : value);
    const int byText = box->findData(value.toString());
    box->setCurrentIndex(i >= 0 ? i : byText);
  } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
    check->setChecked(value.toBool());
  } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
    const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
    date->setDate(d.isValid() ? d : OptionalDate::none());
  } else if (auto *dateTime = qobject_cast<QDateTimeEdit *>(editor)) {
    const QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODate);
    dateTime->setDateTime(dt.isValid() ? dt : QDateTime(OptionalDate::none(), QTime(0, 0)));
  } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
    line->setText(value.isNull() ? QString() : value.toString());
  }
}

void LedgerForm::setPoint(double lon, double lat)
{
  if (mLon)
    mLon->setValue(lon);
  if (mLat)
    mLat->setValue(lat);
}

Record LedgerForm::record() const
{
  Record r;
  r.id = mOriginal.id;
  for (const FieldSpec &field : mSpec.fields) {
    QWidget *editor = mEditors.value(field.name);
    QVariant v;
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
      v = box->currentData();
      if (v.toString().isEmpty())
        v = QVariant();
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
      v = check->isChecked();
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
      if (date->date() != OptionalDate::none())
        v = date->date().toString(Qt::ISODate);
    } else if (auto *dateTime = qobject_cast<QDateTimeEdit *>(editor)) {
      if (dateTime->date() != OptionalDate::none())
        v = dateTime->dateTime().toString(Qt::ISODate);
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
      const QString text = line->text().trimmed();
      if (!text.isEmpty())
        v = text;
    }
    // Keep numbers as numbers when they parse, so the store gets typed values.
    if (v.isValid() && field.type == FieldType::Integer) {
      bool ok = false;
      const qint64 n = v.toString().toLongLong(&ok);
      if (ok)
        v = n;
    } else if (v.isValid() && field.type == FieldType::Real) {
      bool ok = false;
      const double d = v.toString().toDouble(&ok);
      if (ok)
        v = d;
    }
    r.values.insert(field.name, v);
  }
  if (mLon && mLat)
    r.wkt = GeoPoint {mLon->value(), mLat->value()}.toWkt();
  // The loop's status is not the form's to write: keep the one in the store
  // now, which a step recorded since the form opened may have moved.
  if (mStatusLocked && r.id > 0) {
    Result<Record> stored = Table(mHistory.store(), mSpec).get(r.id);
    if (stored)
      r.values.insert(QStringLiteral("status"), stored.value().values.value(QStringLiteral("status")));
  }
  return r;
}

QString LedgerForm::errorText(const QString &field) const
{
  QLabel *label = mErrors.value(field);
  return label && !label->isHidden() ? label->text() : QString();
}

void LedgerForm::showErrors(const QVector<QPair<QString, QString>> &errors)
{
  for (QLabel *label : qAsConst(mErrors)) {
    label->clear();
    label->hide();
  }
  for (const auto &error : errors) {
    if (QLabel *label = mErrors.value(error.first)) {
      label->setText(error.second);
      label->show();
    }
  }
}

Status LedgerForm::apply()
{
  const Record r = record();
  LedgerValidator validator(mHistory.store());
  const auto errors = validator.fieldErrors(mSpec, r);
  showErrors(errors);
  Status valid = errors.isEmpty() ? validator.validate(mSpec, r) : Status::failure(errors.first().second);
  if (valid) {
    if (r.id > 0) {
      valid = mHistory.update(mSpec, r);
      if (valid)
        mSavedId = r.id;
    } else {
      Result<qint64> id = mHistory.insert(mSpec, r);
      valid = id.status();
      if (id)
        mSavedId = id.value();
    }
  }
  mSummary->setText(valid ? QString() : errors.isEmpty() ? valid.message() : tr("Please correct the %n marked field(s).", nullptr, errors.size()));
  mSummary->setVisible(!valid.ok());
  return valid;
}

void LedgerForm::accept()
{
  if (apply())
    QDialog::accept();
}

} // namespace onemap
