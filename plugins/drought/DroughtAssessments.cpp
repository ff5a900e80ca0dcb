#include "DroughtAssessments.h"

#include "DrinkingWaterModel.h"
#include "VillageSupply.h"
#include "store/SqlStatement.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <algorithm>
#include <sqlite3.h>

namespace onemap::drought {

namespace {

const QStringList &bases()
{
  static const QStringList b {QStringLiteral("drinking_water"), QStringLiteral("agricultural"), QStringLiteral("meteorological")};
  return b;
}

qint64 fail(QString *error, const QString &message)
{
  if (error)
    *error = message;
  return -1;
}

QString number(double v, int decimals) { return QString::number(v, 'f', decimals); }

} // namespace

EventKind assessmentKind()
{
  EventKind k;
  k.id = QStringLiteral("assessment");
  k.label = QCoreApplication::translate("onemap::DroughtPlugin", "Drought level assessment");

  EventParameter town;
  town.name = QStringLiteral("admin_code");
  town.label = QCoreApplication::translate("onemap::DroughtPlugin", "Township code");
  town.kind = EventParameter::Kind::Text;

  EventParameter level;
  level.name = QStringLiteral("level");
  level.label = QCoreApplication::translate("onemap::DroughtPlugin", "Drought level");
  level.kind = EventParameter::Kind::Choice;
  for (DroughtLevel l : {DroughtLevel::Light, DroughtLevel::Moderate, DroughtLevel::Severe, DroughtLevel::Extreme})
    level.choices << levelCode(l) + QLatin1Char(':') + levelName(l);
  level.defaultValue = QStringLiteral("light");

  EventParameter date;
  date.name = QStringLiteral("assessed_on");
  date.label = QCoreApplication::translate("onemap::DroughtPlugin", "Assessed on");
  date.kind = EventParameter::Kind::DateTime;

  EventParameter basis;
  basis.name = QStringLiteral("basis");
  basis.label = QCoreApplication::translate("onemap::DroughtPlugin", "Basis");
  basis.kind = EventParameter::Kind::Choice;
  basis.choices = QStringList {
    QStringLiteral("drinking_water:") + QCoreApplication::translate("onemap::DroughtPlugin", "People short of drinking water"),
    QStringLiteral("agricultural:") + QCoreApplication::translate("onemap::DroughtPlugin", "Crops affected"),
    QStringLiteral("meteorological:") + QCoreApplication::translate("onemap::DroughtPlugin", "Meteorological drought index")};
  basis.defaultValue = QStringLiteral("drinking_water");

  EventParameter indicator;
  indicator.name = QStringLiteral("indicator");
  indicator.label = QCoreApplication::translate("onemap::DroughtPlugin", "Share affected");
  indicator.kind = EventParameter::Kind::Number;
  indicator.minimum = 0;
  indicator.maximum = 100;
  indicator.decimals = 1;
  indicator.unit = QStringLiteral("%");
  indicator.required = false;

  EventParameter source;
  source.name = QStringLiteral("source");
  source.label = QCoreApplication::translate("onemap::DroughtPlugin", "Assessed by");
  source.kind = EventParameter::Kind::Text;

  k.parameters = {town, level, date, basis, indicator, source};
  return k;
}

qint64 recordAssessment(sqlite3 *db, const QVariantMap &values, QString *error)
{
  const QString code = values.value(QStringLiteral("admin_code")).toString().trimmed();
  if (code.size() != 12 || !std::all_of(code.begin(), code.end(), [](QChar c) { return c.isDigit(); }))
    return fail(error, QCoreApplication::translate("onemap::DroughtPlugin", "admin_code: \"%1\" is not a 12-digit admin code").arg(code));
  {
    SqlStatement t(db, QStringLiteral("SELECT COUNT(*) FROM admin_units WHERE code = ?1 AND level = 'township' AND geom IS NOT NULL"));
    t.bind(1, code);
    if (!t.next() || t.int64(0) != 1)
      return fail(error, QCoreApplication::translate("onemap::DroughtPlugin", "admin_code: %1 is not a township of this county").arg(code));
  }
  const QString level = values.value(QStringLiteral("level")).toString();
  if (levelFromCode(level) == DroughtLevel::None)
    return fail(error, QCoreApplication::translate("onemap::DroughtPlugin", "level: \"%1\" is not one of light, moderate, severe, extreme").arg(level));

  const QVariant when = values.value(QStringLiteral("assessed_on"));
  QDate date = when.userType() == QMetaType::QDate ? when.toDate()
             : when.userType() == QMetaType::QDateTime ? when.toDateTime().date()
                                                       : QDate::fromString(when.toString().left(10), Qt::ISODate);
  if (!date.isValid() || date.year() < 1900 || date.year() > 2999)
    return fail(error, QCoreApplication::translate("onemap::DroughtPlugin", "assessed_on: \"%1\" is not a date (YYYY-MM-DD)").arg(when.toString()));

  const QString basis = values.value(QStringLiteral("basis"), QStringLiteral("drinking_water")).toString();
  if (!bases().contains(basis))
    return fail(error, QCoreApplication::translate("onemap::DroughtPlugin", "basis: \"%1\" is not one of %2").arg(basis, bases().join(QStringLiteral(", "))));

  QVariant indicator;
  const QVariant rawIndicator = values.value(QStringLiteral("indicator"));
  if (rawIndicator.isValid() && !rawIndicator.toString().isEmpty()) {
    bool ok = false;
    const double v = rawIndicator.toDouble(&ok);
    if (!ok || !(v >= 0 && v <= 100))
      return fail(error, QCoreApplication::translate("onemap::DroughtPlugin", "indicator: %1 is outside 0..100 %").arg(rawIndicator.toString()));
    indicator = v;
  }
  const QString source = values.value(QStringLiteral("source")).toString().trimmed();
  if (source.isEmpty())
    return fail(error, QCoreApplication::translate("onemap::DroughtPlugin", "source: who assessed the level is required"));
  if (source.size() > 200)
    return fail(error, QCoreApplication::translate("onemap::DroughtPlugin", "source: longer than 200 characters"));

  // A savepoint works whether or not the caller already holds a transaction.
  if (const QString e = execSql(db, QStringLiteral("SAVEPOINT drought_assessment")); !e.isEmpty())
    return fail(error, e);
  SqlStatement ins(db, QStringLiteral("INSERT INTO drought_levels (admin_code, level, assessed_on, basis, indicator, source, geom) "
                                      "SELECT ?1, ?2, ?3, ?4, ?5, ?6, CastToMultiPolygon(geom) FROM admin_units WHERE code = ?1"));
  ins.bind(1, code).bind(2, level).bind(3, date.toString(Qt::ISODate)).bind(4, basis).bind(5, indicator).bind(6, source);
  if (!ins.exec()) {
    execSql(db, QStringLiteral("ROLLBACK TO drought_assessment; RELEASE drought_assessment"));
    const QString message = ins.error().contains(QStringLiteral("UNIQUE"))
      ? QCoreApplication::translate("onemap::DroughtPlugin", "assessed_on: %1 already has a %2 assessment on %3").arg(code, basis, date.toString(Qt::ISODate))
      : ins.error();
    return fail(error, message);
  }
  const qint64 id = sqlite3_last_insert_rowid(db);
  execSql(db, QStringLiteral("RELEASE drought_assessment"));
  return id;
}

EventImpact assessmentImpact(sqlite3 *db, qint64 id, QString *error)
{
  EventImpact impact;
  SqlStatement a(db, QStringLiteral("SELECT d.admin_code, COALESCE(t.name, d.admin_code), d.level, d.assessed_on, ST_AsText(d.geom) "
                                    "FROM drought_levels d LEFT JOIN admin_units t ON t.code = d.admin_code WHERE d.id = ?1"));
  a.bind(1, id);
  if (!a.next()) {
    fail(error, a.hasError() ? a.error() : QCoreApplication::translate("onemap::DroughtPlugin", "assessment %1 not found").arg(id));
    return impact;
  }
  const QString town = a.text(0), townName = a.text(1), date = a.text(3);
  const DroughtLevel level = levelFromCode(a.text(2));
  impact.areaWkt = a.text(4);

  const Result<QVector<VillageSupply>> all = allVillageSupplies(db);
  if (!all) {
    fail(error, all.message());
    return impact;
  }
  QVector<VillageSupply> villages;
  for (const VillageSupply &v : all.value())
    if (v.townshipCode == town)
      villages << v;
  std::stable_sort(villages.begin(), villages.end(), [](const VillageSupply &x, const VillageSupply &y) {
    return x.balance.peopleShort > y.balance.peopleShort;
  });

  ImpactSection &s = impact.section;
  s.title = QCoreApplication::translate("onemap::DroughtPlugin", "Drinking water in %1").arg(townName);
  s.headers = QStringList {QCoreApplication::translate("onemap::DroughtPlugin", "Village"),
                           QCoreApplication::translate("onemap::DroughtPlugin", "Population"),
                           QCoreApplication::translate("onemap::DroughtPlugin", "People short"),
                           QCoreApplication::translate("onemap::DroughtPlugin", "L per person a day"),
                           QCoreApplication::translate("onemap::DroughtPlugin", "Shortfall (m3/day)")};
  qint64 population = 0, people = 0;
  double shortfall = 0, supply = 0;
  for (const VillageSupply &v : villages) {
    const VillageBalance &b = v.balance;
    population += b.population;
    supply += b.supplyM3;
    if (v.sources == 0 || b.peopleShort == 0)
      continue; // only the villages that need water brought in
    people += b.peopleShort;
    shortfall += b.shortfallM3;
    s.rows << QStringList {v.name, QString::number(b.population), QString::number(b.peopleShort), number(b.litresPerPerson, 1),
                           number(b.shortfallM3, 1)};
    ThreatenedObject o;
    o.table = QStringLiteral("admin_units");
    o.id = v.id;
    o.name = v.name;
    o.rank = double(b.peopleShort);
    o.reason = QCoreApplication::translate("onemap::DroughtPlugin", "%1 of %2 people short of drinking water, %3 m3 a day short")
                 .arg(b.peopleShort)
                 .arg(b.population)
                 .arg(number(b.shortfallM3, 1));
    impact.threatened << o;
  }
  s.rows << QStringList {QCoreApplication::translate("onemap::DroughtPlugin", "Total"), QString::number(population), QString::number(people),
                         number(population > 0 ? supply * 1000 / double(population) : 0, 1),
                         number(shortfall, 1)};
  s.summary = QCoreApplication::translate("onemap::DroughtPlugin", "%1, %2 on %3: %4 of %5 people short of drinking water, %6 m3 a day short")
                .arg(townName, levelName(level), date)
                .arg(people)
                .arg(population)
                .arg(number(shortfall, 1));
  return impact;
}

} // namespace onemap::drought
