#pragma once
// \brief Hidden-danger points (隐患点), run as a closed loop by status.
#include "store/TypedTable.h"

#include <QDate>

namespace onemap {

struct HiddenDanger
{
  qint64 id = 0;
  QString code;
  QString name;
  QString hazardType;        //!< landslide, collapse, debris_flow, ...
  QString scale;             //!< small, medium, large, huge
  qint64 threatenedPeople = 0;
  qint64 threatenedHouseholds = 0;
  double threatenedProperty = 0; //!< 10,000 yuan (万元)
  QString villageCode;
  QString monitorPerson;
  QString responsibleUnit;
  QString responsiblePerson;
  QString phone;
  QString measures;
  QString deadline;          //!< ISO date
  QString status = QStringLiteral("identified");
  bool supervised = false;   //!< listed for supervision (挂牌督办)
  GeoPoint location;

  //! Deadline passed and not signed off. \a today is passed in so tests fix the clock.
  bool isOverdue(const QDate &today) const;
  //! The same rule as an SQL condition on hidden_dangers; binds one parameter,
  //! today as 'yyyy-MM-dd'.
  static QString overdueSql();

  static const TypedSpec<HiddenDanger> &schema();
  static const QStringList &hazardTypes();
  static const QStringList &scales();
  static const QStringList &statuses();
};
using HiddenDangers = TypedTable<HiddenDanger>;

} // namespace onemap
