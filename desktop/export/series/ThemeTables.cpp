#include "ThemeTables.h"

#include "map/FieldLabels.h"
#include "store/SqlStatement.h"
#include "store/Store.h"
#include "warnings/AffectedUnits.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>
#include <algorithm>

namespace onemap::ThemeTables {

namespace {

// Sums per township code, in the order of the store's townships; codes that
// name no township fall into one "unassigned" row.
class ByTownship
{
public:
  ByTownship(Store &store, int columns)
    : mColumns(columns)
  {
    SqlStatement q(store.handle(), QStringLiteral("SELECT code, name FROM admin_units WHERE level = ?1 ORDER BY code"));
    q.bind(1, QStringLiteral("township"));
    while (q.next()) {
      mIndex.insert(q.text(0), mNames.size());
      mNames << q.text(1);
      mValues << QVector<double>(columns, 0);
    }
    mError = q.error();
    mUnassigned = QVector<double>(columns, 0);
  }
  const QString &error() const { return mError; }
  void add(const QString &townshipCode, int column, double value)
  {
    const auto it = mIndex.constFind(townshipCode);
    (it == mIndex.constEnd() ? mUnassigned : mValues[*it])[column] += value;
    mTotal.resize(mColumns);
    mTotal[column] += value;
  }
  //! Total row values not the sum of the rows (a warning over two townships counts once).
  void setTotal(int column, double value) { mTotal.resize(mColumns); mTotal[column] = value; }
  QVector<double> total() const { return mTotal.isEmpty() ? QVector<double>(mColumns, 0) : mTotal; }

  //! \a cell turns (row values, column) into text.
  template<typename Cell>
  QList<QStringList> rows(Cell cell) const
  {
    QList<QStringList> out;
    auto row = [&](const QString &name, const QVector<double> &values) {
      QStringList r {name};
      for (int c = 0; c < mColumns; ++c)
        r << cell(values, c);
      out << r;
    };
    for (int i = 0; i < mNames.size(); ++i)
      row(mNames[i], mValues[i]);
    if (std::any_of(mUnassigned.begin(), mUnassigned.end(), [](double v) { return v != 0; }))
      row(QCoreApplication::translate("onemap::ThemeTables", "No township"), mUnassigned);
    row(QCoreApplication::translate("onemap::ThemeTables", "Total"), total());
    return out;
  }

private:
  int mColumns;
  QHash<QString, int> mIndex;
  QStringList mNames;
  QVector<QVector<double>> mValues;
  QVector<double> mUnassigned;
  QVector<double> mTotal;
  QString mError;
};

QString integer(const QVector<double> &values, int c) { return QString::number(qRound64(values[c])); }

Status queryFailed(const char *theme, const QString &error)
{
  return Status::failure(QCoreApplication::translate("onemap::ThemeTables", "cannot count %1 by township: %2").arg(QCoreApplication::translate("onemap::ThemeTables", theme), error));
}

QString townshipHeader() { return QCoreApplication::translate("onemap::ThemeTables", "Township"); }

} // namespace

Result<ThemeTable> zoning(Store &store)
{
  ThemeTable t;
  t.headers << townshipHeader();
  for (int level = 1; level <= 4; ++level)
    t.headers << FieldLabels::value(QStringLiteral("risk_zones"), QStringLiteral("risk_level"), QString::number(level));
  t.headers << QCoreApplication::translate("onemap::ThemeTables", "Zones") << FieldLabels::field(QStringLiteral("exposed_population"));
  ByTownship sums(store, 6);
  if (!sums.error().isEmpty())
    return queryFailed(QT_TRANSLATE_NOOP("onemap::ThemeTables", "risk zones"), sums.error());
  SqlStatement q(store.handle(), QStringLiteral("SELECT township_code, risk_level, COUNT(*), TOTAL(exposed_population) FROM risk_zones "
                                                "WHERE risk_level BETWEEN ?1 AND ?2 GROUP BY township_code, risk_level"));
  q.bind(1, 1).bind(2, 4);
  while (q.next()) {
    sums.add(q.text(0), int(q.int64(1)) - 1, q.int64(2));
    sums.add(q.text(0), 4, q.int64(2));
    sums.add(q.text(0), 5, q.real(3));
  }
  if (q.hasError())
    return queryFailed(QT_TRANSLATE_NOOP("onemap::ThemeTables", "risk zones"), q.error());
  t.rows = sums.rows(integer);
  return t;
}

Result<ThemeTable> dangers(Store &store)
{
  QStringList types;
  {
    SqlStatement q(store.handle(), QStringLiteral("SELECT DISTINCT hazard_type FROM hidden_dangers ORDER BY hazard_type"));
    while (q.next())
      types << q.text(0);
    if (q.hasError())
      return queryFailed(QT_TRANSLATE_NOOP("onemap::ThemeTables", "hidden dangers"), q.error());
  }
  ThemeTable t;
  t.headers << townshipHeader();
  for (const QString &type : types)
    t.headers << FieldLabels::value(QStringLiteral("hidden_dangers"), QStringLiteral("hazard_type"), type);
  t.headers << QCoreApplication::translate("onemap::ThemeTables", "Not signed off")
            << FieldLabels::value(QStringLiteral("hidden_dangers"), QStringLiteral("status"), QStringLiteral("signed_off"))
            << QCoreApplication::translate("onemap::ThemeTables", "Points");
  const int n = types.size();
  ByTownship sums(store, n + 3);
  if (!sums.error().isEmpty())
    return queryFailed(QT_TRANSLATE_NOOP("onemap::ThemeTables", "hidden dangers"), sums.error());
  // A point's township is its village's parent.
  SqlStatement q(store.handle(), QStringLiteral("SELECT v.parent_code, d.hazard_type, d.status = ?1, COUNT(*) FROM hidden_dangers d "
                                                "LEFT JOIN admin_units v ON v.code = d.village_code AND v.level = ?2 "
                                                "GROUP BY v.parent_code, d.hazard_type, d.status = ?1"));
  q.bind(1, QStringLiteral("signed_off")).bind(2, QStringLiteral("village"));
  while (q.next()) {
    const QString town = q.text(0);
    const qint64 count = q.int64(3);
    sums.add(town, types.indexOf(q.text(1)), count);
    sums.add(town, n + (q.int64(2) ? 1 : 0), count);
    sums.add(town, n + 2, count);
  }
  if (q.hasError())
    return queryFailed(QT_TRANSLATE_NOOP("onemap::ThemeTables", "hidden dangers"), q.error());
  t.rows = sums.rows(integer);
  return t;
}

Result<ThemeTable> shelters(Store &store)
{
  const QStringList classes {QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("village"), QStringLiteral("temporary")};
  ThemeTable t;
  t.headers << townshipHeader();
  for (const QString &c : classes)
    t.headers << FieldLabels::value(QStringLiteral("shelters"), QStringLiteral("shelter_class"), c);
  t.headers << QCoreApplication::translate("onemap::ThemeTables", "Shelters") << FieldLabels::field(QStringLiteral("capacity"));
  const int n = classes.size();
  ByTownship sums(store, n + 2);
  if (!sums.error().isEmpty())
    return queryFailed(QT_TRANSLATE_NOOP("onemap::ThemeTables", "shelters"), sums.error());
  SqlStatement q(store.handle(), QStringLiteral("SELECT v.parent_code, s.shelter_class, COUNT(*), TOTAL(s.capacity) FROM shelters s "
                                                "LEFT JOIN admin_units v ON v.code = s.village_code AND v.level = ?1 "
                                                "GROUP BY v.parent_code, s.shelter_class"));
  q.bind(1, QStringLiteral("village"));
  while (q.next()) {
    const QString town = q.text(0);
    if (const int c = classes.indexOf(q.text(1)); c >= 0)
      sums.add(town, c, q.int64(2));
    sums.add(town, n, q.int64(2));
    sums.add(town, n + 1, q.real(3));
  }
  if (q.hasError())
    return queryFailed(QT_TRANSLATE_NOOP("onemap::ThemeTables", "shelters"), q.error());
  t.rows = sums.rows(integer);
  return t;
}

Result<ThemeTable> resources(Store &store)
{
  ThemeTable t;
  t.headers << townshipHeader() << QCoreApplication::translate("onemap::ThemeTables", "Teams") << FieldLabels::field(QStringLiteral("members"))
            << QCoreApplication::translate("onemap::ThemeTables", "Depots") << QCoreApplication::translate("onemap::ThemeTables", "Item lines");
  ByTownship sums(store, 4);
  if (!sums.error().isEmpty())
    return queryFailed(QT_TRANSLATE_NOOP("onemap::ThemeTables", "teams and reserves"), sums.error());
  SqlStatement teams(store.handle(), QStringLiteral("SELECT township_code, COUNT(*), TOTAL(members) FROM teams GROUP BY township_code"));
  while (teams.next()) {
    sums.add(teams.text(0), 0, teams.int64(1));
    sums.add(teams.text(0), 1, teams.real(2));
  }
  if (teams.hasError())
    return queryFailed(QT_TRANSLATE_NOOP("onemap::ThemeTables", "teams and reserves"), teams.error());
  SqlStatement depots(store.handle(), QStringLiteral("SELECT r.township_code, COUNT(DISTINCT r.id), COUNT(i.id) FROM reserves r "
                                                     "LEFT JOIN reserve_items i ON i.reserve_id = r.id GROUP BY r.township_code"));
  while (depots.next()) {
    sums.add(depots.text(0), 2, depots.int64(1));
    sums.add(depots.text(0), 3, depots.int64(2));
  }
  if (depots.hasError())
    return queryFailed(QT_TRANSLATE_NOOP("onemap::ThemeTables", "teams and reserves"), depots.error());
  t.rows = sums.rows(integer);
  return t;
}

Result<ThemeTable> warnings(Store &store)
{
  // Level rank 1 (red) .. 4 (blue), so the highest level is the smallest rank.
  static const QStringList levels {QStringLiteral("red"), QStringLiteral("orange"), QStringLiteral("yellow"), QStringLiteral("blue")};
  ThemeTable t;
  t.headers << townshipHeader() << QCoreApplication::translate("onemap::ThemeTables", "Warnings in force")
            << QCoreApplication::translate("onemap::ThemeTables", "Highest level") << QCoreApplication::translate("onemap::ThemeTables", "Area covered (km²)");
  ByTownship sums(store, 3);
  if (!sums.error().isEmpty())
    return queryFailed(QT_TRANSLATE_NOOP("onemap::ThemeTables", "warnings in force"), sums.error());
  const char *failed = QT_TRANSLATE_NOOP("onemap::ThemeTables", "warnings in force");
  // Column 1 holds the best rank as 5 - rank, so sums and maxima agree (one row per township).
  SqlStatement q(store.handle(), QStringLiteral(
    "SELECT t.code, COUNT(*), MIN(CASE w.level WHEN ?3 THEN 1 WHEN ?4 THEN 2 WHEN ?5 THEN 3 ELSE 4 END) "
    "FROM admin_units t JOIN warnings w ON w.status = ?2 AND ST_Intersects(t.geom, w.geom) "
    "AND ST_Area(ST_Intersection(t.geom, w.geom)) > ?1 * ST_Area(t.geom) "
    "WHERE t.level = ?6 GROUP BY t.code"));
  q.bind(1, AffectedUnits::kMinShare).bind(2, QStringLiteral("active"));
  for (int i = 0; i < 3; ++i)
    q.bind(3 + i, levels[i]);
  q.bind(6, QStringLiteral("township"));
  int bestRank = 5;
  while (q.next()) {
    sums.add(q.text(0), 0, q.int64(1));
    sums.add(q.text(0), 1, 5 - q.int64(2));
    bestRank = std::min<int>(bestRank, int(q.int64(2)));
  }
  if (q.hasError())
    return queryFailed(failed, q.error());
  // The covered share of each township (in degrees, a ratio) times its area in km².
  SqlStatement area(store.handle(), QStringLiteral(
    "WITH inforce AS (SELECT ST_Union(geom) AS g FROM warnings WHERE status = ?1) "
    "SELECT t.code, COALESCE(ST_Area(ST_Intersection(t.geom, inforce.g)) / ST_Area(t.geom) * t.area_km2, 0) "
    "FROM admin_units t, inforce WHERE t.level = ?2 AND inforce.g IS NOT NULL AND ST_Intersects(t.geom, inforce.g)"));
  area.bind(1, QStringLiteral("active")).bind(2, QStringLiteral("township"));
  while (area.next())
    sums.add(area.text(0), 2, area.real(1));
  if (area.hasError())
    return queryFailed(failed, area.error());
  SqlStatement inForce(store.handle(), QStringLiteral("SELECT COUNT(*) FROM warnings WHERE status = ?1"));
  inForce.bind(1, QStringLiteral("active"));
  if (inForce.next())
    sums.setTotal(0, inForce.int64(0));
  if (inForce.hasError())
    return queryFailed(failed, inForce.error());
  sums.setTotal(1, bestRank <= 4 ? 5 - bestRank : 0);
  t.rows = sums.rows([](const QVector<double> &v, int c) {
    if (c == 1)
      return v[c] >= 1 ? FieldLabels::warningColourName(levels[4 - qRound(v[c])]) : QStringLiteral("-");
    if (c == 2)
      return QString::number(v[c], 'f', 1);
    return QString::number(qRound64(v[c]));
  });
  return t;
}

} // namespace onemap::ThemeTables
