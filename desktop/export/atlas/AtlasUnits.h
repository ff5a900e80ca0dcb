#pragma once
// \brief The units an atlas has one page for (townships, or villages) and the
// short statistics table printed beside each unit's map.
#include "store/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

namespace onemap {

struct AtlasUnit
{
  qint64 id = 0;  //!< admin_units.id, the feature id in the unit layer
  QString code;   //!< 12-digit code
  QString name;
  QString level;  //!< township or village
};

namespace AtlasUnits {

//! Units of \a level ("township" or "village") in code order; with
//! \a townshipCode, only the villages of that township (or that township).
Result<QVector<AtlasUnit>> list(const QString &storePath, const QString &level, const QString &townshipCode = QString());

//! Rows (item, value) for \a unit: population, hidden dangers, shelters
//! (and their capacity), rescue teams of its township.
Result<QList<QStringList>> statistics(const QString &storePath, const AtlasUnit &unit);
//! The table's two headers.
QStringList statisticsHeaders();

} // namespace AtlasUnits
} // namespace onemap
