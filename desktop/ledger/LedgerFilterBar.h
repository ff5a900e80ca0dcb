#pragma once
// \brief The ledger's filter row: township (from admin_units), type (the
// spec's codes), status, depot for item tables, and free text.
#include "ledger/LedgerFilter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace onemap {

class Store;

class LedgerFilterBar : public QWidget
{
  Q_OBJECT
public:
  LedgerFilterBar(Store &store, QWidget *parent = nullptr);

  //! Fills the combos for \a spec and clears the filter (no changed() signal).
  void setTable(const TableSpec &spec);
  LedgerFilter filter() const;

  QComboBox *townshipBox() const { return mTownship; }
  QComboBox *typeBox() const { return mType; }
  QComboBox *statusBox() const { return mStatus; }
  QComboBox *parentBox() const { return mParent; }
  QLineEdit *textEdit() const { return mText; }

Q_SIGNALS:
  void changed();

private:
  Store &mStore;
  QComboBox *mTownship = nullptr;
  QComboBox *mType = nullptr;
  QComboBox *mStatus = nullptr;
  QComboBox *mParent = nullptr;
  QLineEdit *mText = nullptr;
  QTimer *mTyping = nullptr;
  bool mFilling = false;
};

} // namespace onemap
