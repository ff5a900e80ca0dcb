#pragma once
// The forest-fire warning rule: a forest_fire warning threatens the villages
// whose land meets a forest lying (partly) inside the warning area, and the
// watch posts in that area; villages by people, then by fire-danger level.
#include "api/HazardPlugin.h"

#include <QDate>
#include <QMap>

namespace onemap::forestfire {

struct WarningFireArea
{
  bool applies = false;   //!< a forest_fire warning with an area
  QDate date;             //!< effective (else sent) date: sets the season
  int forecastLevel = 0;  //!< from the warning colour
  struct Forest { qint64 id; QString name, township; int dangerClass, level; double haInside; };
  QVector<Forest> forests;                //!< forests meeting the area
  QVector<ThreatenedObject> threatened;   //!< most urgent first
  QMap<qint64, QString> villageTownship;  //!< admin_units.id -> township code
  QMap<qint64, qint64> villagePeople;
  QMap<qint64, QString> postTownship;     //!< fire_watch_posts.id -> township code
};

WarningFireArea fireArea(sqlite3 *db, qint64 warningId, QString *error = nullptr);

QVector<ThreatenedObject> threatenedBy(sqlite3 *db, qint64 warningId, QString *error);
ImpactSection impactSection(sqlite3 *db, qint64 warningId);

} // namespace onemap::forestfire
