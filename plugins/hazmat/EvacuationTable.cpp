#include "EvacuationTable.h"

#include "store/SqlStatement.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <cmath>

namespace onemap::hazmat {

namespace {
QString tr(const char *text)
{
  return QCoreApplication::translate("onemap::EvacuationTable", text);
}

const char *kColumns[] = {"un", "name_zh", "name_en", "small_isolation_m", "small_day_km", "small_night_km",
                          "large_isolation_m", "large_day_km", "large_night_km", "source"};
constexpr int kColumnCount = sizeof(kColumns) / sizeof(kColumns[0]);
} // namespace

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

Result<EvacuationTable> EvacuationTable::fromCsv(const QString &path)
{
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
    return Status::failure(tr("%1: cannot open the evacuation table: %2").arg(path, file.errorString()));
  const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
  EvacuationTable table;
  int rowNo = 0;
  for (QString line : lines) {
    ++rowNo;
    if (line.endsWith(QLatin1Char('\r')))
      line.chop(1);
    if (rowNo == 1 && line.startsWith(QChar(0xFEFF)))
      line.remove(0, 1);
    if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
      continue;
    const QStringList f = line.split(QLatin1Char(','));
    if (rowNo == 1 || f.value(0).trimmed() == QLatin1String("un")) {
      for (int i = 0; i < kColumnCount; ++i)
        if (f.value(i).trimmed() != QLatin1String(kColumns[i]))
          return Status::failure(tr("%1, row %2: column %3 must be '%4'").arg(path).arg(rowNo).arg(i + 1).arg(QLatin1String(kColumns[i])));
      continue;
    }
    if (f.size() != kColumnCount)
      return Status::failure(tr("%1, row %2: expected %3 fields, found %4").arg(path).arg(rowNo).arg(kColumnCount).arg(f.size()));
    Row r;
    r.substance.un = f[0].trimmed();
    if (r.substance.un.startsWith(QLatin1String("UN"), Qt::CaseInsensitive))
      r.substance.un = r.substance.un.mid(2);
    bool numeric = false;
    r.substance.un.toInt(&numeric);
    if (!numeric || r.substance.un.size() != 4)
      return Status::failure(tr("%1, row %2, field un: '%3' is not a four-digit UN number").arg(path).arg(rowNo).arg(f[0]));
    r.substance.nameZh = f[1].trimmed();
    r.substance.nameEn = f[2].trimmed();
    double *targets[] = {&r.smallIsolationM, &r.smallDayKm, &r.smallNightKm, &r.largeIsolationM, &r.largeDayKm, &r.largeNightKm};
    for (int i = 0; i < 6; ++i) {
      bool ok = false;
      const double v = f[3 + i].trimmed().toDouble(&ok);
      if (!ok || !std::isfinite(v) || v < 0)
        return Status::failure(tr("%1, row %2, field %3: '%4' is not a distance").arg(path).arg(rowNo).arg(QLatin1String(kColumns[3 + i]), f[3 + i]));
      *targets[i] = v;
    }
    r.source = f[9].trimmed();
    if (r.source.isEmpty())
      return Status::failure(tr("%1, row %2, field source: say which edition and page the distances come from").arg(path).arg(rowNo));
    if (table.mRows.contains(r.substance.un))
      return Status::failure(tr("%1, row %2, field un: UN%3 is listed twice").arg(path).arg(rowNo).arg(r.substance.un));
    table.mRows.insert(r.substance.un, r);
  }
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

Result<Distances> EvacuationTable::lookup(const QString &key, Spill spill, Period period) const
{
  const QString un = resolve(key);
  const auto it = mRows.constFind(un);
  if (it == mRows.constEnd())
    return Status::failure(tr("no evacuation distances for '%1' in the loaded table").arg(key));
  const Row &r = *it;
  Distances d;
  d.source = r.source;
  if (spill == Spill::Small) {
    d.isolationM = r.smallIsolationM;
    d.protectiveKm = period == Period::Day ? r.smallDayKm : r.smallNightKm;
  } else {
    d.isolationM = r.largeIsolationM;
    d.protectiveKm = period == Period::Day ? r.largeDayKm : r.largeNightKm;
  }
  return d;
}

Result<QVector<VillageInside>> peopleInside(sqlite3 *db, double lon, double lat, double radiusM)
{
  if (!std::isfinite(radiusM) || radiusM < 0 || !std::isfinite(lon) || !std::isfinite(lat))
    return Status::failure(tr("people inside: the spill point and radius must be numbers (radius %1 m)").arg(radiusM));
  // ST_Distance(..., 1) is the ellipsoidal distance in metres for geographic SRIDs.
  SqlStatement q(db, QStringLiteral(
    "SELECT code, name, population, households, ST_Distance(ST_Centroid(geom), MakePoint(?1, ?2, 4490), 1) AS d "
    "FROM admin_units WHERE level = ?3 AND d <= ?4 ORDER BY d, code"));
  q.bind(1, lon).bind(2, lat).bind(3, QStringLiteral("village")).bind(4, radiusM);
  QVector<VillageInside> out;
  while (q.next())
    out.append(VillageInside {q.text(0), q.text(1), q.int64(2), q.int64(3), q.real(4)});
  if (q.hasError())
    return Status::failure(tr("people inside: cannot read the villages of admin_units: %1").arg(q.error()));
  return out;
}

} // namespace onemap::hazmat
