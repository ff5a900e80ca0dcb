#include "LedgerHistoryDialog.h"

#include "LedgerLabels.h"
#include "danger_loop/DangerLoop.h"
#include "hidden_dangers/HiddenDanger.h"
#include "map/FieldLabels.h"
#include "store/AuditLog.h"
#include "store/Store.h"
#include "store/Table.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QSet>
#include <QTabWidget>
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
QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
  auto *table = new QTableWidget(parent);
  table->setColumnCount(headers.size());
  table->setHorizontalHeaderLabels(headers);
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->horizontalHeader()->setStretchLastSection(true);
  table->verticalHeader()->hide();
  table->setWordWrap(true);
  return table;
}

// The danger_events of hidden danger \a rowId as a table; null if it has no code.
QTableWidget *makeStepsTable(Store &store, qint64 rowId, QWidget *parent)
{
  const Result<Record> row = Table(store, HiddenDanger::schema().spec()).get(rowId);
  if (!row)
    return nullptr;
  QTableWidget *table = makeTable({QCoreApplication::translate("onemap::DangerStepsTable", "Time"), QCoreApplication::translate("onemap::DangerStepsTable", "Step"),
                                   QCoreApplication::translate("onemap::DangerStepsTable", "By"), QCoreApplication::translate("onemap::DangerStepsTable", "Note"), FieldLabels::field(QStringLiteral("responsible_unit")),
                                   FieldLabels::field(QStringLiteral("responsible_person")), FieldLabels::field(QStringLiteral("measures")),
                                   FieldLabels::field(QStringLiteral("deadline"))},
                                  parent);
  const Result<QVector<DangerEvent>> events = DangerLoop(store).history(row.value().values.value(QStringLiteral("code")).toString());
  const QVector<DangerEvent> list = events ? events.value() : QVector<DangerEvent>();
  table->setRowCount(list.size());
  for (int i = 0; i < list.size(); ++i) {
    const DangerEvent &e = list[i];
    const QStringList cells {QString(e.at).replace(QLatin1Char('T'), QLatin1Char(' ')),
                             FieldLabels::value(QStringLiteral("danger_events"), QStringLiteral("step"), e.step),
                             e.actor, e.note, e.responsibleUnit, e.responsiblePerson, e.measures, e.deadline};
    for (int c = 0; c < cells.size(); ++c) {
      auto *item = new QTableWidgetItem(cells[c]);
      item->setData(Qt::UserRole, c == 1 ? QVariant(e.step) : QVariant());
      table->setItem(i, c, item);
    }
  }
  table->resizeColumnsToContents();
  for (int c = 0; c < table->columnCount(); ++c)
    table->setColumnWidth(c, qMin(table->columnWidth(c), 220));
  table->resizeRowsToContents();
  return table;
}
} // namespace

LedgerHistoryDialog::LedgerHistoryDialog(const Store &store, const QString &table, qint64 rowId, QWidget *parent)
  : QDialog(parent)
{
  setWindowTitle(tr("History of %1 #%2").arg(ledgerTitle(table)).arg(rowId));
  mTable = makeTable({tr("Time"), tr("By"), tr("Action"), tr("Changes")}, this);
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
  if (table == QLatin1String("hidden_dangers"))
    mSteps = makeStepsTable(const_cast<Store &>(store), rowId, this);
  if (mSteps) {
    // The loop's dated steps are what people ask about; the field-by-field
    // audit is the second tab.
    auto *tabs = new QTabWidget(this);
    tabs->addTab(mSteps, tr("Closed-loop steps (%1)").arg(mSteps->rowCount()));
    tabs->addTab(mTable, tr("Edits (%1)").arg(mTable->rowCount()));
    layout->addWidget(tabs);
    resize(980, 460);
  } else {
    layout->addWidget(mTable);
    resize(760, 420);
  }
  layout->addWidget(buttons);
}

} // namespace onemap
