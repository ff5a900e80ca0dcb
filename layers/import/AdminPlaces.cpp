#include "AdminPlaces.h"

#include "store/SqlStatement.h"
#include "store/Store.h"

#include <algorithm>

namespace onemap {

QString PlaceFields::codeField(const QStringList &ledgerFields)
{
  for (const char *f : {"village_code", "township_code", "admin_code"})
    if (ledgerFields.contains(QLatin1String(f)))
      return QString::fromLatin1(f);
  return QString();
}

namespace {
QString exactKey(const QString &level, const QString &name) { return level + QStringLiteral("|=") + name; }
QString stemKey(const QString &level, const QString &stem) { return level + QStringLiteral("|~") + stem; }
} // namespace

QString AdminPlaces::stem(const QString &nameIn)
{
  // Longest first, so 村民委员会 is not cut to 村民委员.
  static const QStringList suffixes {QString::fromUtf8("街道办事处"), QString::fromUtf8("村民委员会"), QString::fromUtf8("居民委员会"),
                                     QString::fromUtf8("村委会"),     QString::fromUtf8("居委会"),     QString::fromUtf8("街道"),
                                     QString::fromUtf8("社区"),       QString::fromUtf8("镇"),         QString::fromUtf8("乡"),
                                     QString::fromUtf8("村")};
  QString name = nameIn.simplified().remove(QLatin1Char(' '));
  for (const QString &s : suffixes)
    if (name.size() > s.size() && name.endsWith(s))
      return name.left(name.size() - s.size());
  return name;
}

void AdminPlaces::Grid::build()
{
  if (polygons.isEmpty())
    return;
  double maxX = polygons.first().shape.maxX, maxY = polygons.first().shape.maxY;
  minX = polygons.first().shape.minX;
  minY = polygons.first().shape.minY;
  for (const Polygon &p : polygons) {
    minX = std::min(minX, p.shape.minX);
    minY = std::min(minY, p.shape.minY);
    maxX = std::max(maxX, p.shape.maxX);
    maxY = std::max(maxY, p.shape.maxY);
  }
  cellW = std::max((maxX - minX) / kSize, 1e-9);
  cellH = std::max((maxY - minY) / kSize, 1e-9);
  cells.fill(QVector<int>(), kSize * kSize);
  for (int i = 0; i < polygons.size(); ++i) {
    const Polygon &p = polygons[i];
    const int x0 = std::clamp(int((p.shape.minX - minX) / cellW), 0, kSize - 1), x1 = std::clamp(int((p.shape.maxX - minX) / cellW), 0, kSize - 1);
    const int y0 = std::clamp(int((p.shape.minY - minY) / cellH), 0, kSize - 1), y1 = std::clamp(int((p.shape.maxY - minY) / cellH), 0, kSize - 1);
    for (int y = y0; y <= y1; ++y)
      for (int x = x0; x <= x1; ++x)
        cells[y * kSize + x] << i;
  }
}

int AdminPlaces::Grid::cellOf(double x, double y) const
{
  if (cells.isEmpty())
    return -1;
  const int cx = int((x - minX) / cellW), cy = int((y - minY) / cellH);
  // A point on the far edge belongs to the last cell.
  if (cx < 0 || cy < 0 || cx > kSize || cy > kSize)
    return -1;
  return std::min(cy, kSize - 1) * kSize + std::min(cx, kSize - 1);
}

AdminPlaces AdminPlaces::load(Store &store)
{
  AdminPlaces out;
  SqlStatement q(store.handle(), QStringLiteral("SELECT code, name, level, parent_code, AsBinary(geom) FROM admin_units "
                                                "WHERE level IN ('township', 'village') ORDER BY code"));
  while (q.next()) {
    Unit u {q.text(0), q.text(1).trimmed(), q.text(2), q.text(3)};
    const int index = out.mUnits.size();
    out.mByCode.insert(u.code, index);
    out.mByName[exactKey(u.level, u.name)] << index;
    out.mByName[stemKey(u.level, stem(u.name))] << index;
    Polygon poly;
    poly.unit = index;
    if (poly.shape.addWkb(q.value(4).toByteArray()) && !poly.shape.isEmpty())
      (u.level == QLatin1String("village") ? out.mVillages : out.mTownships).polygons << poly;
    out.mUnits << u;
  }
  out.mTownships.build();
  out.mVillages.build();
  return out;
}

const AdminPlaces::Unit *AdminPlaces::unit(const QString &code) const
{
  const auto it = mByCode.constFind(code);
  return it == mByCode.constEnd() ? nullptr : &mUnits[it.value()];
}

const AdminPlaces::Unit *AdminPlaces::at(Level level, double lon, double lat) const
{
  const Grid &grid = level == Village ? mVillages : mTownships;
  const int cell = grid.cellOf(lon, lat);
  if (cell < 0)
    return nullptr;
  for (int i : grid.cells[cell])
    if (grid.polygons[i].shape.contains(lon, lat))
      return &mUnits[grid.polygons[i].unit];
  return nullptr;
}

QVector<const AdminPlaces::Unit *> AdminPlaces::named(const QString &level, const QString &nameIn, const QString &parent) const
{
  const QString name = nameIn.simplified();
  QVector<const Unit *> out;
  for (const QString &key : {exactKey(level, name), stemKey(level, stem(name))}) {
    for (int i : mByName.value(key))
      if (parent.isEmpty() || mUnits[i].parent == parent)
        out << &mUnits[i];
    if (!out.isEmpty())
      return out;
  }
  return out;
}

QString AdminPlaces::fullName(const Unit &u) const
{
  if (u.level != QLatin1String("village"))
    return u.name;
  const Unit *t = unit(u.parent);
  return t ? t->name + QLatin1Char(' ') + u.name : u.name;
}

} // namespace onemap
