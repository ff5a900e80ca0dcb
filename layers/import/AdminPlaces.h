#pragma once
// \brief The county's townships and villages from admin_units, held in memory
// for the import: which unit a point lies in, which unit a name means.
//
// Loaded once per import (a county has a few hundred units): a uniform grid
// over the polygons' bounding boxes picks the few candidates a point test has
// to walk, so a million points cost about as much as reading them. A store
// without admin units is empty and the import then neither derives nor checks
// places.
#include <QHash>
#include "RingSet.h"

#include <QString>
#include <QVector>

namespace onemap {

class Store;

//! The import's pseudo-fields: name columns resolved to admin codes, not stored.
namespace PlaceFields {
inline const QString kTownshipName = QStringLiteral("township_name");
inline const QString kVillageName = QStringLiteral("village_name");
inline bool isPseudo(const QString &field) { return field == kTownshipName || field == kVillageName; }
//! The ledger field a resolved place fills (village_code, township_code or
//! admin_code), or empty when the ledger has none.
QString codeField(const QStringList &ledgerFields);
} // namespace PlaceFields

class AdminPlaces
{
public:
  struct Unit
  {
    QString code, name, level, parent;
  };

  enum Level { Township, Village };

  static AdminPlaces load(Store &store);
  bool isEmpty() const { return mUnits.isEmpty(); }

  //! The unit with \a code, or null.
  const Unit *unit(const QString &code) const;
  //! The township or village containing the point (EPSG:4490), or null.
  const Unit *at(Level level, double lon, double lat) const;
  //! Units of \a level called \a name (inside \a parent when given): the exact
  //! name first, else the same name without its 镇/乡/街道/村/社区... suffix.
  QVector<const Unit *> named(const QString &level, const QString &name, const QString &parent = QString()) const;
  //! A name without its administrative suffix ("城关镇" -> "城关").
  static QString stem(const QString &name);
  //! "城关镇 河口村" for a village, "城关镇" for a township.
  QString fullName(const Unit &unit) const;

private:
  struct Polygon
  {
    int unit = -1;
    RingSet shape;
  };
  struct Grid
  {
    static constexpr int kSize = 64;
    QVector<Polygon> polygons;
    double minX = 0, minY = 0, cellW = 1, cellH = 1;
    QVector<QVector<int>> cells; //!< kSize * kSize polygon indexes
    void build();
    int cellOf(double x, double y) const;
  };

  QVector<Unit> mUnits;
  QHash<QString, int> mByCode;
  QHash<QString, QVector<int>> mByName; //!< level|name and level|stem -> units
  Grid mTownships, mVillages;
};

} // namespace onemap
