// The statistics tables of the thematic series against counts made another
// way: one query per township and column (township by code prefix, not by
// the village join), the warnings through AffectedUnits and the covered area
// through QGIS geometry rather than SpatiaLite's union.
#include "SampleStore.h"
#include "app/QgisRuntime.h"
#include "export/series/ThemeCatalog.h"
#include "store/SqlStatement.h"
#include "warnings/AffectedUnits.h"

#include <qgsgeometry.h>

using namespace onemap;

namespace {

struct Township
{
  QString code;
  QString name;
};

qint64 scalar(Store &store, const QString &sql, const QVariantList &values)
{
  SqlStatement q(store.handle(), sql);
  for (int i = 0; i < values.size(); ++i)
    q.bind(i + 1, values[i]);
  const qint64 v = q.next() ? q.int64(0) : -1;
  if (q.hasError())
    qWarning() << q.error();
  return v;
}

QString prefix(const QString &townshipCode) { return townshipCode.left(9); }

} // namespace

class TestThemeTables : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    auto store = Store::open(mSample.path());
    QVERIFY2(store, qPrintable(store.message()));
    mStore = std::move(store.value());
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT code, name FROM admin_units WHERE level = 'township' ORDER BY code"));
    while (q.next())
      mTownships << Township {q.text(0), q.text(1)};
    QVERIFY(mTownships.size() >= 5);
  }

  void catalogHasTheFiveThemes()
  {
    QCOMPARE(ThemeCatalog::ids(), (QStringList {"zoning", "dangers", "shelters", "resources", "warnings"}));
    QSet<QString> stems;
    for (const Theme &t : ThemeCatalog::themes()) {
      QVERIFY(t.table);
      QVERIFY(!t.layers.isEmpty());
      stems << t.fileStem;
    }
    QCOMPARE(stems.size(), 5);
    QVERIFY(ThemeCatalog::find(QStringLiteral("zoning"))->fileStem == QStringLiteral("01-风险普查区划"));
    QVERIFY(!ThemeCatalog::find(QStringLiteral("nonsense")));
  }

  void zoning()
  {
    const ThemeTable t = table(QStringLiteral("zoning"));
    QCOMPARE(t.headers.size(), 7);
    for (int i = 0; i <= mTownships.size(); ++i) {
      const bool total = i == mTownships.size();
      const QString where = total ? QStringLiteral("1 = ?1") : QStringLiteral("township_code = ?1");
      const QVariant key = total ? QVariant(1) : QVariant(mTownships[i].code);
      const QStringList &row = total ? t.rows.last() : t.rows[i];
      for (int level = 1; level <= 4; ++level)
        QCOMPARE(row[level].toLongLong(), scalar(*mStore, QStringLiteral("SELECT COUNT(*) FROM risk_zones WHERE %1 AND risk_level = ?2").arg(where), {key, level}));
      QCOMPARE(row[5].toLongLong(), scalar(*mStore, QStringLiteral("SELECT COUNT(*) FROM risk_zones WHERE %1").arg(where), {key}));
      QCOMPARE(row[6].toLongLong(), scalar(*mStore, QStringLiteral("SELECT COALESCE(SUM(exposed_population), 0) FROM risk_zones WHERE %1").arg(where), {key}));
    }
    QVERIFY(t.rows.last()[5].toLongLong() > 0);
  }

  void dangers()
  {
    const ThemeTable t = table(QStringLiteral("dangers"));
    QStringList types;
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT hazard_type FROM hidden_dangers GROUP BY hazard_type ORDER BY 1"));
    while (q.next())
      types << q.text(0);
    QVERIFY(types.size() >= 2);
    QCOMPARE(t.headers.size(), types.size() + 4);
    const int n = types.size();
    for (int i = 0; i <= mTownships.size(); ++i) {
      const bool total = i == mTownships.size();
      const QString where = total ? QStringLiteral("1 = ?1") : QStringLiteral("substr(village_code, 1, 9) = ?1");
      const QVariant key = total ? QVariant(1) : QVariant(prefix(mTownships[i].code));
      const QStringList &row = total ? t.rows.last() : t.rows[i];
      for (int c = 0; c < n; ++c)
        QCOMPARE(row[1 + c].toLongLong(), scalar(*mStore, QStringLiteral("SELECT COUNT(*) FROM hidden_dangers WHERE %1 AND hazard_type = ?2").arg(where), {key, types[c]}));
      QCOMPARE(row[1 + n].toLongLong(), scalar(*mStore, QStringLiteral("SELECT COUNT(*) FROM hidden_dangers WHERE %1 AND status <> 'signed_off'").arg(where), {key}));
      QCOMPARE(row[2 + n].toLongLong(), scalar(*mStore, QStringLiteral("SELECT COUNT(*) FROM hidden_dangers WHERE %1 AND status = 'signed_off'").arg(where), {key}));
      QCOMPARE(row[3 + n].toLongLong(), scalar(*mStore, QStringLiteral("SELECT COUNT(*) FROM hidden_dangers WHERE %1").arg(where), {key}));
    }
    QVERIFY(t.rows.last()[3 + n].toLongLong() > 0);
  }

  void shelters()
  {
    const ThemeTable t = table(QStringLiteral("shelters"));
    const QStringList classes {"I", "II", "III", "village", "temporary"};
    QCOMPARE(t.headers.size(), 8);
    for (int i = 0; i <= mTownships.size(); ++i) {
      const bool total = i == mTownships.size();
      const QString where = total ? QStringLiteral("1 = ?1") : QStringLiteral("substr(village_code, 1, 9) = ?1");
      const QVariant key = total ? QVariant(1) : QVariant(prefix(mTownships[i].code));
      const QStringList &row = total ? t.rows.last() : t.rows[i];
      for (int c = 0; c < classes.size(); ++c)
        QCOMPARE(row[1 + c].toLongLong(), scalar(*mStore, QStringLiteral("SELECT COUNT(*) FROM shelters WHERE %1 AND shelter_class = ?2").arg(where), {key, classes[c]}));
      QCOMPARE(row[6].toLongLong(), scalar(*mStore, QStringLiteral("SELECT COUNT(*) FROM shelters WHERE %1").arg(where), {key}));
      QCOMPARE(row[7].toLongLong(), scalar(*mStore, QStringLiteral("SELECT COALESCE(SUM(capacity), 0) FROM shelters WHERE %1").arg(where), {key}));
    }
    QVERIFY(t.rows.last()[6].toLongLong() > 0);
  }

  void resources()
  {
    const ThemeTable t = table(QStringLiteral("resources"));
    QCOMPARE(t.headers.size(), 5);
    for (int i = 0; i <= mTownships.size(); ++i) {
      const bool total = i == mTownships.size();
      const QString where = total ? QStringLiteral("1 = ?1") : QStringLiteral("township_code = ?1");
      const QVariant key = total ? QVariant(1) : QVariant(mTownships[i].code);
      const QStringList &row = total ? t.rows.last() : t.rows[i];
      QCOMPARE(row[1].toLongLong(), scalar(*mStore, QStringLiteral("SELECT COUNT(*) FROM teams WHERE %1").arg(where), {key}));
      QCOMPARE(row[2].toLongLong(), scalar(*mStore, QStringLiteral("SELECT COALESCE(SUM(members), 0) FROM teams WHERE %1").arg(where), {key}));
      QCOMPARE(row[3].toLongLong(), scalar(*mStore, QStringLiteral("SELECT COUNT(*) FROM reserves WHERE %1").arg(where), {key}));
      QCOMPARE(row[4].toLongLong(), scalar(*mStore, QStringLiteral("SELECT COUNT(*) FROM reserve_items WHERE reserve_id IN (SELECT id FROM reserves WHERE %1)").arg(where), {key}));
    }
    QVERIFY(t.rows.last()[1].toLongLong() > 0);
    QVERIFY(t.rows.last()[3].toLongLong() > 0);
  }

  void warnings()
  {
    const ThemeTable t = table(QStringLiteral("warnings"));
    QCOMPARE(t.headers.size(), 4);
    // Counts: each warning in force, the townships AffectedUnits finds for it.
    QHash<QString, int> perTownship;
    QVector<QgsGeometry> areas;
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT id, AsText(geom) FROM warnings WHERE status = 'active'"));
    while (q.next()) {
      auto units = AffectedUnits::of(*mStore, q.int64(0));
      QVERIFY2(units, qPrintable(units.message()));
      for (const AffectedUnit &u : units.value())
        if (u.level == QLatin1String("township"))
          ++perTownship[u.code];
      areas << QgsGeometry::fromWkt(q.text(1));
    }
    QVERIFY(!areas.isEmpty());
    const QgsGeometry inForce = QgsGeometry::unaryUnion(areas);
    double totalKm2 = 0;
    for (int i = 0; i < mTownships.size(); ++i) {
      QCOMPARE(t.rows[i][1].toInt(), perTownship.value(mTownships[i].code));
      QCOMPARE(t.rows[i][2] == QLatin1String("-"), perTownship.value(mTownships[i].code) == 0);
      SqlStatement town(mStore->handle(), QStringLiteral("SELECT AsText(geom), area_km2 FROM admin_units WHERE code = ?1"));
      town.bind(1, mTownships[i].code);
      QVERIFY(town.next());
      const QgsGeometry shape = QgsGeometry::fromWkt(town.text(0));
      const double km2 = shape.intersection(inForce).area() / shape.area() * town.real(1);
      QVERIFY2(std::abs(t.rows[i][3].toDouble() - km2) <= 0.051 + km2 * 1e-6, qPrintable(QStringLiteral("%1: %2 vs %3").arg(mTownships[i].name, t.rows[i][3]).arg(km2)));
      totalKm2 += t.rows[i][3].toDouble();
    }
    QCOMPARE(t.rows.last()[1].toLongLong(), scalar(*mStore, QStringLiteral("SELECT COUNT(*) FROM warnings WHERE status = ?1"), {QStringLiteral("active")}));
    QVERIFY(t.rows.last()[1].toInt() > 0);
    QVERIFY(std::abs(t.rows.last()[3].toDouble() - totalKm2) < 0.05 * mTownships.size() + 0.05);
    QVERIFY(t.rows.last()[3].toDouble() > 0);
  }

private:
  ThemeTable table(const QString &id)
  {
    const Theme *theme = ThemeCatalog::find(id);
    if (!theme)
      return {};
    Result<ThemeTable> t = theme->table(*mStore);
    if (!t) {
      qWarning() << t.message();
      return {};
    }
    // Township rows in code order, then the total (the sample puts every record in a township).
    if (t.value().rows.size() != mTownships.size() + 1) {
      qWarning() << id << "rows" << t.value().rows.size();
      return {};
    }
    for (int i = 0; i < mTownships.size(); ++i)
      if (t.value().rows[i].value(0) != mTownships[i].name || t.value().rows[i].size() != t.value().headers.size())
        return {};
    return t.value();
  }

  testing::SampleStore mSample;
  std::unique_ptr<Store> mStore;
  QVector<Township> mTownships;
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, false, QStringLiteral("zh"));
  TestThemeTables test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_theme_tables.moc"
