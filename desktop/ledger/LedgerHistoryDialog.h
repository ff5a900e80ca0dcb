#pragma once
// \brief The audit_log rows of one ledger row: when, who, what, and each
// changed field as before -> after.
#include <QDialog>

class QTableWidget;

namespace onemap {

class Store;

class LedgerHistoryDialog : public QDialog
{
  Q_OBJECT
public:
  LedgerHistoryDialog(const Store &store, const QString &table, qint64 rowId, QWidget *parent = nullptr);
  QTableWidget *table() const { return mTable; }

private:
  QTableWidget *mTable = nullptr;
};

} // namespace onemap
