#pragma once
// \brief SQL pieces the transfer core shares (internal): the area as a
// geometry blob bound once, the R*Tree prefilter, the township of a place.
#include "store/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace onemap {

class Store;

namespace TransferSql {

//! The WKT parsed once into a SpatiaLite blob (EPSG:4490), so queries bind the
//! same bytes on every row and SpatiaLite can reuse its prepared geometry.
Result<QByteArray> geometryBlob(Store &store, const QString &wkt);

//! "alias.ROWID IN (SELECT ROWID FROM SpatialIndex ... search_frame = frame)".
QString indexed(const char *table, const char *alias, const QString &frame);

struct Village
{
  QString name;
  QString townshipCode;
  qint64 population = 0;
};
//! Every village of the store by code.
QHash<QString, Village> villages(Store &store);
//! Township name by code.
QHash<QString, QString> townshipNames(Store &store);

//! SQL for the village code of a point row \a alias with a village_code
//! column: that code when it names a village, else the village the point lies in.
QString villageOf(const char *alias);
//! SQL for the township code of such a point: the parent of villageOf(), else the township it lies in.
QString townshipOf(const char *alias);

} // namespace TransferSql
} // namespace onemap
