#pragma once
// \brief Transfer plans in the store: saved whole in one transaction, read
// back, reassigned by hand (audited), listed per township.
#include "TransferPlan.h"

#include <QVector>

namespace onemap {

struct TownshipTransferList
{
  QString townshipCode;
  QString townshipName;
  qint64 people = 0;
  qint64 placed = 0;
  QVector<TransferAssignment> rows; //!< dangers then villages, by source code
};

class TransferPlans
{
public:
  explicit TransferPlans(Store &store) : mStore(store) {}

  //! Writes the plan and all its rows, or nothing; returns the plan id.
  //! Rows without a route (unplaced ones) are stored without geometry, which
  //! TransferAssignmentTable::add refuses: write rows through here.
  Result<qint64> save(TransferPlan plan, const QVector<TransferAssignment> &rows, const QString &actor);

  Result<TransferPlan> plan(qint64 id) const;
  //! Newest first.
  QVector<TransferPlan> plans() const;
  QVector<TransferAssignment> assignments(qint64 planId) const;
  //! Rows grouped per township (townships by code), for the transfer list.
  QVector<TownshipTransferList> byTownship(qint64 planId) const;

  //! Moves \a people of row \a assignmentId to \a shelterId by hand. Refused
  //! when it would put the shelter over its capacity (counting this plan's
  //! other rows); splits the row when only part moves. Route fields are
  //! cleared unless \a routeWkt (with metres and minutes) is given. Audited.
  //! Also refused for a closed shelter or the row's own shelter. A split
  //! marks both rows manual; the moved part is a new row after the others.
  Status reassign(qint64 assignmentId, qint64 shelterId, qint64 people, const QString &actor,
                  const QString &routeWkt = QString(), double routeM = 0, double routeMinutes = 0);

  //! Puts rows back as they were (the undo of a reassign): each of \a rows is
  //! written under its own id (updated, or inserted again), each id in
  //! \a removeIds deleted; one audit row each, all in one transaction.
  Status restore(const QVector<TransferAssignment> &rows, const QVector<qint64> &removeIds, const QString &actor);

  //! People this plan sends to each shelter (shelter id -> people).
  QHash<qint64, qint64> loadByShelter(qint64 planId) const;

  Status remove(qint64 planId, const QString &actor);

private:
  Store &mStore;
};

} // namespace onemap
