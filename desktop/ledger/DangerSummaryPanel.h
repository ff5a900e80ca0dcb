#pragma once
// \brief The closed loop in figures (隐患排查治理统计): on a chosen date, per
// township and hazard type, how many dangers were found, are pending, in
// rectification, overdue, signed off and listed for supervision, with totals
// and a one-line headline. Double-clicking a township asks the ledger to show
// its dangers (only the overdue ones when the overdue cell was clicked).
#include "danger_loop/DangerLoop.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace onemap {

class Store;

class DangerSummaryPanel : public QWidget
{
  Q_OBJECT
public:
  enum Column { Township, HazardType, Found, Pending, InRectification, Overdue, SignedOff, Supervised, ColumnCount };
  //! Item data role holding the township code (empty on the totals row).
  static constexpr int TownshipRole = Qt::UserRole + 1;

  DangerSummaryPanel(Store &store, QWidget *parent = nullptr);

  //! Counts again on the panel's date (after an edit or a step).
  void refresh();
  void setDate(const QDate &date);
  QDate date() const;

  QTreeWidget *tree() const { return mTree; }
  QLabel *headline() const { return mHeadline; }
  QDateEdit *dateEdit() const { return mDate; }
  //! The last counts shown.
  const DangerSummary &summary() const { return mSummary; }
  //! The totals row (last top-level item).
  QTreeWidgetItem *totalsItem() const;
  //! The headline sentence for \a total.
  static QString headlineFor(const DangerCounts &total);

Q_SIGNALS:
  //! A township row was double-clicked; \a overdueOnly when on its overdue cell.
  void townshipActivated(const QString &townshipCode, bool overdueOnly);

private:
  void fill(QTreeWidgetItem *item, const DangerCounts &counts, const QString &township, const QString &hazard);

  Store &mStore;
  DangerSummary mSummary;
  QDateEdit *mDate = nullptr;
  QLabel *mHeadline = nullptr;
  QLabel *mError = nullptr;
  QTreeWidget *mTree = nullptr;
};

} // namespace onemap
