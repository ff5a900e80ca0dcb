#pragma once
// \brief The edit form of one ledger row, generated from the table's FieldSpecs:
// combos for coded values, a check box for yes/no, date edits, line edits for
// text and numbers, longitude/latitude for points. Errors from TableSpec and
// LedgerValidator appear next to their field; apply() writes through EditHistory.
#include "store/Record.h"
#include "store/Result.h"
#include "store/TableSpec.h"

#include <QDialog>
#include <QHash>

class QDoubleSpinBox;
class QLabel;

namespace onemap {

class EditHistory;

class LedgerForm : public QDialog
{
  Q_OBJECT
public:
  //! \a record.id == 0 adds a row; \a defaultPoint places a new point.
  LedgerForm(EditHistory &history, const TableSpec &spec, const Record &record, QWidget *parent = nullptr);

  //! The record as the form holds it now.
  Record record() const;
  //! Sets a field's editor from a value (tests and prefills).
  void setValue(const QString &field, const QVariant &value);
  void setPoint(double lon, double lat);
  QWidget *editor(const QString &field) const { return mEditors.value(field); }
  //! The error shown next to \a field ("geom" for the point); empty if none.
  QString errorText(const QString &field) const;

  //! Validates, shows the errors and, if there are none, writes the row.
  Status apply();
  qint64 savedId() const { return mSavedId; }

  void accept() override;

private:
  QWidget *makeEditor(const FieldSpec &field);
  void lockLoopStatus();
  void showErrors(const QVector<QPair<QString, QString>> &errors);

  EditHistory &mHistory;
  const TableSpec &mSpec;
  Record mOriginal;
  qint64 mSavedId = 0;
  QHash<QString, QWidget *> mEditors;
  QHash<QString, QLabel *> mErrors;
  QDoubleSpinBox *mLon = nullptr;
  QDoubleSpinBox *mLat = nullptr;
  QLabel *mSummary = nullptr;
  bool mStatusLocked = false; //!< hidden_dangers: status moves only by DangerLoop steps
};

} // namespace onemap
