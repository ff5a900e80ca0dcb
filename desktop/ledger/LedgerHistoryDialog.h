#pragma once
// \brief The audit_log rows of one ledger row: when, who, what, and each
// changed field as before -> after. For a hidden danger, its closed-loop
// steps (danger_events) come first, on their own tab.
#include <QDialog>

class QTableWidget;

namespace onemap {

class Store;

class LedgerHistoryDialog : public QDialog
{
  Q_OBJECT
public:
  LedgerHistoryDialog(const Store &store, const QString &table, qint64 rowId, QWidget *parent = nullptr);
  //! The audit rows.
  QTableWidget *table() const { return mTable; }
  //! The closed-loop steps of a hidden danger, oldest first; null for other tables.
  QTableWidget *stepsTable() const { return mSteps; }

private:
  QTableWidget *mTable = nullptr;
  QTableWidget *mSteps = nullptr;
};

} // namespace onemap
