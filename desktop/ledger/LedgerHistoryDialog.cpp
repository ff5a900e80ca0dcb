#include "LedgerHistoryDialog.h"

#include "LedgerLabels.h"
#include "map/FieldLabels.h"
#include "store/AuditLog.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace onemap {

namespace {
QString actionLabel(const QString &action)
{
  if (action == QLatin1String("insert"))
    return QCoreApplication::translate("onemap::LedgerHistoryDialog", "Added");
  if (action == QLatin1String("update"))
    return QCoreApplication::translate("onemap::LedgerHistoryDialog", "Changed");
  if (action == QLatin1String("delete"))
    return QCoreApplication::translate("onemap::LedgerHistoryDialog", "Deleted");
  return action;
}

QString shown(const QString &table, const QString &field, const QJsonValue &value)
{
  if (value.isNull() || value.isUndefined())
    return QStringLiteral("∅");
  const QString text = value.toVariant().toString();
  return FieldLabels::value(table, field, text);
}

// "Status: Identified → Assigned" for each field that differs.
QStringList changes(const QString &table, const AuditEntry &e)
{
  QStringList keys = e.before.keys() + e.after.keys();
  keys.removeDuplicates();
  QStringList out;
  for (const QString &key : keys) {
    if (key == QLatin1String("id"))
      continue;
    const QJsonValue a = e.before.value(key), b = e.after.value(key);
    if (a == b)
      continue;
    const QString name = key == QLatin1String("geom") ? QCoreApplication::translate("onemap::LedgerHistoryDialog", "Location") : FieldLabels::field(key);
    if (e.action == QLatin1String("update"))
      out << QStringLiteral("%1: %2 → %3").arg(name, shown(table, key, a), shown(table, key, b));
    else
      out << QStringLiteral("%1: %2").arg(name, shown(table, key, e.after.isEmpty() ? a : b));
  }
  return out;
}
} // namespace

LedgerHistoryDialog::LedgerHistoryDialog(const Store &store, const QString &table, qint64 rowId, QWidget *parent)
  : QDialog(parent)
{
  setWindowTitle(tr("History of %1 #%2").arg(ledgerTitle(table)).arg(rowId));
  mTable = new QTableWidget(this);
  mTable->setColumnCount(4);
  mTable->setHorizontalHeaderLabels({tr("Time"), tr("By"), tr("Action"), tr("Changes")});
  mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mTable->horizontalHeader()->setStretchLastSection(true);
  mTable->verticalHeader()->hide();
  mTable->setWordWrap(true);
  const QVector<AuditEntry> entries = AuditLog(const_cast<Store &>(store)).history(table, rowId);
  mTable->setRowCount(entries.size());
  for (int i = 0; i < entries.size(); ++i) {
    const AuditEntry &e = entries[i];
    mTable->setItem(i, 0, new QTableWidgetItem(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    mTable->setItem(i, 1, new QTableWidgetItem(e.actor));
    mTable->setItem(i, 2, new QTableWidgetItem(actionLabel(e.action)));
    mTable->setItem(i, 3, new QTableWidgetItem(changes(table, e).join(QLatin1Char('\n'))));
  }
  mTable->resizeColumnsToContents();
  mTable->resizeRowsToContents();
  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto *layout = new QVBoxLayout(this);
  layout->addWidget(mTable);
  layout->addWidget(buttons);
  resize(760, 420);
}

} // namespace onemap
