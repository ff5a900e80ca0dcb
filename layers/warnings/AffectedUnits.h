#pragma once
// \brief Which townships and villages a warning's area covers.
//
// The one rule shared by the impact summary and the call-and-answer list: a
// unit is affected when the warning covers more than kMinShare of its
// territory, so a neighbour that merely shares a border line (areas built
// from township geocodes do) is not called out.
#include "store/Result.h"

#include <QString>
#include <QVector>

namespace onemap {

class Store;

struct AffectedUnit
{
  QString code;
  QString name;
  QString level;      //!< township or village
  QString parentCode; //!< a village's township
  qint64 population = 0;
  qint64 households = 0;
};

class AffectedUnits
{
public:
  static constexpr double kMinShare = 0.01;

  //! Townships first, then villages, each in code order. \a useSpatialIndex
  //! false skips the R*Tree prefilter (the benchmark's baseline).
  static Result<QVector<AffectedUnit>> of(Store &store, qint64 warningId, bool useSpatialIndex = true);
};

} // namespace onemap
