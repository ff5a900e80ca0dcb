#pragma once
// \brief How fast people move on each road class, walking or driven.
#include <QHash>
#include <QString>

namespace onemap {

enum class TravelMode { Walk, Drive };

struct TravelSpeeds
{
  double walkKmh = 5; //!< on any road, and off-road to and from it
  //! Driving speed per roads.road_class (national 60, provincial 50, county 40, township 30, village 20).
  QHash<QString, double> driveKmh = defaultDriveKmh();

  //! Speed for \a mode on \a roadClass; unknown classes drive at the village speed.
  double kmh(TravelMode mode, const QString &roadClass) const;

  static QHash<QString, double> defaultDriveKmh();
  static QString modeCode(TravelMode mode);           //!< walk, drive
  static bool modeFromCode(const QString &code, TravelMode &out);
};

} // namespace onemap
