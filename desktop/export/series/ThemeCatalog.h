#pragma once
// \brief The thematic series for the county report, as data: one entry per
// sheet (its id, stable file name, title, the board layers it shows, an extra
// layer, and its table by township). A theme is added here and nowhere else.
#include "ThemeTables.h"

#include <QStringList>
#include <QVector>

namespace onemap {

//! A layer a theme adds beyond the board's layers.
enum class ThemeExtra {
  None,
  ShelterCoverage, //!< the 5-minute walking coverage of the open shelters (ShelterCoverage)
};

struct Theme
{
  QString id;       //!< command-line name, e.g. "zoning"
  QString fileStem; //!< stable output name, e.g. "01-风险普查区划" (not translated: files keep their names)
  const char *title;    //!< translatable in "onemap::ThemeCatalog"; %1 = county name
  const char *subtitle; //!< translatable in "onemap::ThemeCatalog"
  QStringList layers;   //!< board layer spec ids shown; every other board layer is off
  ThemeExtra extra = ThemeExtra::None;
  Result<ThemeTable> (*table)(Store &store) = nullptr;

  QString translatedTitle(const QString &county) const;
  QString translatedSubtitle() const;
};

namespace ThemeCatalog {
//! The standard set, in report order.
const QVector<Theme> &themes();
//! The theme with \a id, or null.
const Theme *find(const QString &id);
QStringList ids();
} // namespace ThemeCatalog

} // namespace onemap
