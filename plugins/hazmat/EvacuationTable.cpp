#include "EvacuationTable.h"

#include "store/SqlStatement.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>
#include <functional>

namespace onemap::hazmat {

namespace {

const char *kColumns[] = {"un", "name_zh", "name_en", "small_isolation_m", "small_day_km", "small_night_km",
                          "large_isolation_m", "large_day_km", "large_night_km", "source"};
constexpr int kColumnCount = sizeof(kColumns) / sizeof(kColumns[0]);

const char *kContainerColumns[] = {"un", "container", "isolation_m", "day_low_km", "day_moderate_km", "day_high_km",
                                   "night_low_km", "night_moderate_km", "night_high_km", "source"};
constexpr int kContainerColumnCount = sizeof(kContainerColumns) / sizeof(kContainerColumns[0]);

// Plausible ranges catch a value typed in the wrong unit: ERG isolation radii
// run from 30 m to 1000 m+, protective distances from 0.1 km to 11 km+; a
// radius under 1 m is a kilometre value in the metre column.
constexpr double kMinIsolationM = 1, kMaxIsolationM = 5000;
constexpr double kMaxProtectiveKm = 100;

struct Lines
{
  QStringList lines;
  QString error;
};

Lines readLines(const QString &path)
{
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return {{}, QCoreApplication::translate("onemap::EvacuationTable", "%1: cannot open the evacuation table: %2").arg(path, file.errorString())};
  if (file.size() > kMaxTableBytes)
    return {{}, QCoreApplication::translate("onemap::EvacuationTable", "%1: %2 bytes is too large for an evacuation table (at most %3)").arg(path).arg(file.size()).arg(kMaxTableBytes)};
  const QByteArray bytes = file.read(kMaxTableBytes + 1);
  if (bytes.size() > kMaxTableBytes)
    return {{}, QCoreApplication::translate("onemap::EvacuationTable", "%1: too large for an evacuation table (at most %2 bytes)").arg(path).arg(kMaxTableBytes)};
  return {QString::fromUtf8(bytes).split(QLatin1Char('\n')), {}};
}

// A distance field: a plain non-negative number, optionally followed by "+".
// Units in the field are refused because the column already fixes them.
QString parseDistance(const QString &path, int rowNo, const char *column, const QString &raw, bool metres, double &value, bool &plus)
{
  QString t = raw.trimmed();
  plus = t.endsWith(QLatin1Char('+'));
  if (plus)
    t.chop(1);
  const QString where = QCoreApplication::translate("onemap::EvacuationTable", "%1, row %2, field %3").arg(path).arg(rowNo).arg(QLatin1String(column));
  static const QRegularExpression unit(QStringLiteral("^[-+0-9.eE ]*(k?m|mi|ft|km|公里|米)\\s*$"), QRegularExpression::CaseInsensitiveOption);
  if (unit.match(t).hasMatch())
    return QCoreApplication::translate("onemap::EvacuationTable", "%1: '%2' carries a unit; write the number only, in %3").arg(where, raw, metres ? QCoreApplication::translate("onemap::EvacuationTable", "metres") : QCoreApplication::translate("onemap::EvacuationTable", "kilometres"));
  bool ok = false;
  const double v = t.toDouble(&ok);
  if (!ok || !std::isfinite(v))
    return QCoreApplication::translate("onemap::EvacuationTable", "%1: '%2' is not a distance").arg(where, raw);
  if (v < 0)
    return QCoreApplication::translate("onemap::EvacuationTable", "%1: '%2' is a negative distance").arg(where, raw);
  if (metres && (v < kMinIsolationM || v > kMaxIsolationM))
    return QCoreApplication::translate("onemap::EvacuationTable", "%1: %2 m is outside %3..%4 m; is it in the wrong unit?").arg(where).arg(v).arg(kMinIsolationM).arg(kMaxIsolationM);
  if (!metres && (v <= 0 || v > kMaxProtectiveKm))
    return QCoreApplication::translate("onemap::EvacuationTable", "%1: %2 km is outside 0..%3 km; is it in the wrong unit?").arg(where).arg(v).arg(kMaxProtectiveKm);
  value = v;
  return {};
}

QString parseUn(const QString &path, int rowNo, const QString &raw, QString &un)
{
  un = raw.trimmed();
  if (un.startsWith(QLatin1String("UN"), Qt::CaseInsensitive))
    un = un.mid(2).trimmed();
  bool numeric = false;
  un.toInt(&numeric);
  if (!numeric || un.size() != 4)
    return QCoreApplication::translate("onemap::EvacuationTable", "%1, row %2, field un: '%3' is not a four-digit UN number").arg(path).arg(rowNo).arg(raw);
  return {};
}

// Walks the data rows of a CSV with a fixed header; \a row gets each split row.
QString eachRow(const QString &path, const char *const *columns, int count,
                const std::function<QString(int rowNo, const QStringList &fields)> &row)
{
  const Lines in = readLines(path);
  if (!in.error.isEmpty())
    return in.error;
  bool header = false;
  int rowNo = 0;
  for (QString line : in.lines) {
    ++rowNo;
    if (line.endsWith(QLatin1Char('\r')))
      line.chop(1);
    if (rowNo == 1 && line.startsWith(QChar(0xFEFF)))
      line.remove(0, 1);
    if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
      continue;
    const QStringList f = splitCsvLine(line);
    if (!header) {
      for (int i = 0; i < count; ++i)
        if (f.value(i).trimmed() != QLatin1String(columns[i]))
          return QCoreApplication::translate("onemap::EvacuationTable", "%1, row %2: column %3 must be '%4'").arg(path).arg(rowNo).arg(i + 1).arg(QLatin1String(columns[i]));
      header = true;
      continue;
    }
    if (f.size() != count)
      return QCoreApplication::translate("onemap::EvacuationTable", "%1, row %2: expected %3 fields, found %4").arg(path).arg(rowNo).arg(count).arg(f.size());
    if (QString e = row(rowNo, f); !e.isEmpty())
      return e;
  }
  if (!header)
    return QCoreApplication::translate("onemap::EvacuationTable", "%1: no header row (expected '%2,...')").arg(path, QLatin1String(columns[0]));
  return {};
}
} // namespace

QStringList splitCsvLine(const QString &line)
{
  QStringList out;
  QString cur;
  bool quoted = false;
  for (int i = 0; i < line.size(); ++i) {
    const QChar c = line.at(i);
    if (quoted) {
      if (c == QLatin1Char('"')) {
        if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
          cur += c;
          ++i;
        } else {
          quoted = false;
        }
      } else {
        cur += c;
      }
    } else if (c == QLatin1Char('"')) {
      quoted = true;
    } else if (c == QLatin1Char(',')) {
      out << cur;
      cur.clear();
    } else {
      cur += c;
    }
  }
  out << cur;
  return out;
}

Wind windClass(double metresPerSecond)
{
  const double kmh = metresPerSecond * 3.6;
  if (kmh < 10)
    return Wind::Low;
  if (kmh <= 20)
    return Wind::Moderate;
  return Wind::High;
}

const QVector<Substance> &knownSubstances()
{
  static const QVector<Substance> s = {
    {QStringLiteral("1017"), QStringLiteral("氯气"), QStringLiteral("Chlorine")},
    {QStringLiteral("1005"), QStringLiteral("液氨"), QStringLiteral("Ammonia, anhydrous")},
    {QStringLiteral("1053"), QStringLiteral("硫化氢"), QStringLiteral("Hydrogen sulfide")},
    {QStringLiteral("1079"), QStringLiteral("二氧化硫"), QStringLiteral("Sulfur dioxide")},
    {QStringLiteral("1050"), QStringLiteral("氯化氢"), QStringLiteral("Hydrogen chloride, anhydrous")},
    {QStringLiteral("1076"), QStringLiteral("光气"), QStringLiteral("Phosgene")},
  };
  return s;
}

const QVector<QPair<QString, QString>> &containerCodes()
{
  static const QVector<QPair<QString, QString>> c = {
    {QStringLiteral("rail_tank_car"), QString::fromLatin1(QT_TRANSLATE_NOOP("onemap::HazmatPlugin", "Rail tank car"))},
    {QStringLiteral("highway_tank"), QString::fromLatin1(QT_TRANSLATE_NOOP("onemap::HazmatPlugin", "Highway tank truck or trailer"))},
    {QStringLiteral("agricultural_nurse_tank"), QString::fromLatin1(QT_TRANSLATE_NOOP("onemap::HazmatPlugin", "Agricultural nurse tank"))},
    {QStringLiteral("ton_cylinders"), QString::fromLatin1(QT_TRANSLATE_NOOP("onemap::HazmatPlugin", "Multiple ton cylinders"))},
    {QStringLiteral("small_cylinders"), QString::fromLatin1(QT_TRANSLATE_NOOP("onemap::HazmatPlugin", "Multiple small cylinders (or a single ton cylinder)"))},
  };
  return c;
}

Result<EvacuationTable> EvacuationTable::fromCsv(const QString &path)
{
  EvacuationTable table;
  const QString error = eachRow(path, kColumns, kColumnCount, [&](int rowNo, const QStringList &f) -> QString {
    Row r;
    if (QString e = parseUn(path, rowNo, f[0], r.substance.un); !e.isEmpty())
      return e;
    r.substance.nameZh = f[1].trimmed();
    r.substance.nameEn = f[2].trimmed();
    if (r.substance.nameZh.isEmpty() && r.substance.nameEn.isEmpty())
      return QCoreApplication::translate("onemap::EvacuationTable", "%1, row %2, field name_zh: the substance needs a name").arg(path).arg(rowNo);
    double *targets[] = {&r.smallIsolationM, &r.smallDayKm, &r.smallNightKm, &r.largeIsolationM, &r.largeDayKm, &r.largeNightKm};
    bool *plus[] = {nullptr, &r.smallDayPlus, &r.smallNightPlus, nullptr, &r.largeDayPlus, &r.largeNightPlus};
    const int table3 = int(f[6].trimmed() == QLatin1String("table3")) + int(f[7].trimmed() == QLatin1String("table3"))
                       + int(f[8].trimmed() == QLatin1String("table3"));
    if (table3 != 0 && table3 != 3)
      return QCoreApplication::translate("onemap::EvacuationTable", "%1, row %2, field large_isolation_m: 'table3' must stand in all three large-spill fields or none").arg(path).arg(rowNo);
    r.largeTable3 = table3 == 3;
    for (int i = 0; i < 6; ++i) {
      if (i >= 3 && r.largeTable3)
        break;
      bool p = false;
      if (QString e = parseDistance(path, rowNo, kColumns[3 + i], f[3 + i], i % 3 == 0, *targets[i], p); !e.isEmpty())
        return e;
      if (p && !plus[i])
        return QCoreApplication::translate("onemap::EvacuationTable", "%1, row %2, field %3: an isolation radius has no '+'").arg(path).arg(rowNo).arg(QLatin1String(kColumns[3 + i]));
      if (plus[i])
        *plus[i] = p;
    }
    r.source = f[9].trimmed();
    if (r.source.isEmpty())
      return QCoreApplication::translate("onemap::EvacuationTable", "%1, row %2, field source: say which edition and page the distances come from").arg(path).arg(rowNo);
    if (table.mRows.contains(r.substance.un))
      return QCoreApplication::translate("onemap::EvacuationTable", "%1, row %2, field un: UN%3 is listed twice").arg(path).arg(rowNo).arg(r.substance.un);
    table.mRows.insert(r.substance.un, r);
    table.mOrder << r.substance.un;
    return {};
  });
  if (!error.isEmpty())
    return Status::failure(error);
  return table;
}

QString EvacuationTable::resolve(const QString &key) const
{
  QString k = key.trimmed();
  if (k.startsWith(QLatin1String("UN"), Qt::CaseInsensitive))
    k = k.mid(2).trimmed();
  if (mRows.contains(k))
    return k;
  for (const Row &r : mRows)
    if (k == r.substance.nameZh || k.compare(r.substance.nameEn, Qt::CaseInsensitive) == 0)
      return r.substance.un;
  for (const Substance &s : knownSubstances())
    if (k == s.nameZh || k.compare(s.nameEn, Qt::CaseInsensitive) == 0)
      return s.un;
  return k;
}

QString EvacuationTable::unOf(const QString &key) const
{
  const QString un = resolve(key);
  return mRows.contains(un) ? un : QString();
}

bool EvacuationTable::largeInTable3(const QString &un) const
{
  const auto it = mRows.constFind(un);
  return it != mRows.constEnd() && it->largeTable3;
}

QVector<Substance> EvacuationTable::substances() const
{
  QVector<Substance> out;
  for (const QString &un : mOrder)
    out << mRows.value(un).substance;
  return out;
}

Result<Distances> EvacuationTable::lookup(const QString &key, Spill spill, Period period) const
{
  const QString un = resolve(key);
  const auto it = mRows.constFind(un);
  if (it == mRows.constEnd())
    return Status::failure(QCoreApplication::translate("onemap::EvacuationTable", "no evacuation distances for '%1' in the loaded table").arg(key));
  const Row &r = *it;
  Distances d;
  d.source = r.source;
  if (spill == Spill::Small) {
    d.isolationM = r.smallIsolationM;
    d.protectiveKm = period == Period::Day ? r.smallDayKm : r.smallNightKm;
    d.atLeast = period == Period::Day ? r.smallDayPlus : r.smallNightPlus;
  } else {
    if (r.largeTable3)
      return Status::failure(QCoreApplication::translate("onemap::EvacuationTable", "UN%1 large spills: the guidebook refers to Table 3 (give the container and the wind speed)").arg(un));
    d.isolationM = r.largeIsolationM;
    d.protectiveKm = period == Period::Day ? r.largeDayKm : r.largeNightKm;
    d.atLeast = period == Period::Day ? r.largeDayPlus : r.largeNightPlus;
  }
  return d;
}

Result<ContainerTable> ContainerTable::fromCsv(const QString &path)
{
  ContainerTable table;
  const QString error = eachRow(path, kContainerColumns, kContainerColumnCount, [&](int rowNo, const QStringList &f) -> QString {
    QString un;
    if (QString e = parseUn(path, rowNo, f[0], un); !e.isEmpty())
      return e;
    const QString container = f[1].trimmed();
    bool known = false;
    for (const auto &c : containerCodes())
      known = known || c.first == container;
    if (!known)
      return QCoreApplication::translate("onemap::EvacuationTable", "%1, row %2, field container: '%3' is not a Table 3 container").arg(path).arg(rowNo).arg(f[1]);
    Row r;
    bool plus = false;
    if (QString e = parseDistance(path, rowNo, kContainerColumns[2], f[2], true, r.isolationM, plus); !e.isEmpty())
      return e;
    if (plus)
      return QCoreApplication::translate("onemap::EvacuationTable", "%1, row %2, field isolation_m: an isolation radius has no '+'").arg(path).arg(rowNo);
    for (int i = 0; i < 6; ++i)
      if (QString e = parseDistance(path, rowNo, kContainerColumns[3 + i], f[3 + i], false, r.km[i / 3][i % 3], r.plus[i / 3][i % 3]);
          !e.isEmpty())
        return e;
    r.source = f[9].trimmed();
    if (r.source.isEmpty())
      return QCoreApplication::translate("onemap::EvacuationTable", "%1, row %2, field source: say which edition and page the distances come from").arg(path).arg(rowNo);
    const QString key = un + QLatin1Char('/') + container;
    if (table.mRows.contains(key))
      return QCoreApplication::translate("onemap::EvacuationTable", "%1, row %2, field container: UN%3 %4 is listed twice").arg(path).arg(rowNo).arg(un, container);
    table.mRows.insert(key, r);
    table.mOrder << key;
    return {};
  });
  if (!error.isEmpty())
    return Status::failure(error);
  return table;
}

QStringList ContainerTable::containers(const QString &un) const
{
  QStringList out;
  for (const QString &key : mOrder)
    if (key.startsWith(un + QLatin1Char('/')))
      out << key.mid(un.size() + 1);
  return out;
}

Result<Distances> ContainerTable::lookup(const QString &un, const QString &container, Period period, Wind wind) const
{
  const auto it = mRows.constFind(un + QLatin1Char('/') + container);
  if (it == mRows.constEnd())
    return Status::failure(QCoreApplication::translate("onemap::EvacuationTable", "container: UN%1 has no Table 3 row for '%2' (listed: %3)").arg(un, container, containers(un).join(QStringLiteral(", "))));
  const int p = period == Period::Day ? 0 : 1, w = static_cast<int>(wind);
  Distances d;
  d.isolationM = it->isolationM;
  d.protectiveKm = it->km[p][w];
  d.atLeast = it->plus[p][w];
  d.source = it->source;
  return d;
}

Result<QVector<VillageInside>> peopleInside(sqlite3 *db, double lon, double lat, double radiusM)
{
  if (!std::isfinite(radiusM) || radiusM < 0 || !std::isfinite(lon) || !std::isfinite(lat))
    return Status::failure(QCoreApplication::translate("onemap::EvacuationTable", "people inside: the spill point and radius must be numbers (radius %1 m)").arg(radiusM));
  // ST_Distance(..., 1) is the ellipsoidal distance in metres for geographic SRIDs.
  SqlStatement q(db, QStringLiteral(
    "SELECT code, name, population, households, ST_Distance(ST_Centroid(geom), MakePoint(?1, ?2, 4490), 1) AS d "
    "FROM admin_units WHERE level = ?3 AND d <= ?4 ORDER BY d, code"));
  q.bind(1, lon).bind(2, lat).bind(3, QStringLiteral("village")).bind(4, radiusM);
  QVector<VillageInside> out;
  while (q.next())
    out.append(VillageInside {q.text(0), q.text(1), q.int64(2), q.int64(3), q.real(4)});
  if (q.hasError())
    return Status::failure(QCoreApplication::translate("onemap::EvacuationTable", "people inside: cannot read the villages of admin_units: %1").arg(q.error()));
  return out;
}

} // namespace onemap::hazmat
