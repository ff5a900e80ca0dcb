#include "TransferArea.h"

#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace onemap {

// Areas come from the ledgers as they are now: a warning's outline
// (warnings.geom, its hazard), a risk zone (its hazard), a township or the
// county (no hazard of their own). The geometry is copied as WKT so the plan
// keeps the area it was made for.

QString TransferArea::kindCode(Kind kind)
{
  switch (kind) {
  case Kind::Warning: return QStringLiteral("warning");
  case Kind::Zone: return QStringLiteral("zone");
  case Kind::Township: return QStringLiteral("township");
  case Kind::County: break;
  }
  return QStringLiteral("county");
}

bool TransferArea::kindFromCode(const QString &code, Kind &out)
{
  for (Kind k : {Kind::Warning, Kind::Zone, Kind::Township, Kind::County})
    if (kindCode(k) == code) {
      out = k;
      return true;
    }
  return false;
}

Result<TransferArea> TransferArea::parse(Store &store, const QString &spec)
{
  const QString s = spec.trimmed();
  const int colon = s.indexOf(QLatin1Char(':'));
  const QString kindText = (colon < 0 ? s : s.left(colon)).trimmed();
  const QString ref = colon < 0 ? QString() : s.mid(colon + 1).trimmed();
  Kind kind;
  if (!kindFromCode(kindText, kind))
    return Status::failure(QCoreApplication::translate("onemap::TransferArea",
                                                       "area \"%1\": expected warning:ID, zone:CODE, township:CODE or NAME, or county")
                             .arg(spec));
  if (kind != Kind::County && ref.isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::TransferArea", "area \"%1\": the %2 is missing after the colon").arg(spec, kindText));
  return resolve(store, kind, ref);
}

Result<TransferArea> TransferArea::resolve(Store &store, Kind kind, const QString &ref)
{
  TransferArea a;
  a.kind = kind;
  a.ref = ref;
  switch (kind) {
  case Kind::Warning: {
    bool isNumber = false;
    const qint64 id = ref.toLongLong(&isNumber);
    if (!isNumber)
      return Status::failure(QCoreApplication::translate("onemap::TransferArea", "warning \"%1\": not a warning id (a number)").arg(ref));
    SqlStatement q(store.handle(), QStringLiteral("SELECT hazard, level, headline, stage, AsWKT(CastToMulti(geom), 15) FROM warnings WHERE id = ?1"));
    q.bind(1, id);
    if (!q.next())
      return Status::failure(QCoreApplication::translate("onemap::TransferArea", "no warning with id %1").arg(id));
    a.ref = QString::number(id);
    a.hazard = q.text(0);
    const QString headline = q.text(2);
    a.label = headline.isEmpty()
                ? QCoreApplication::translate("onemap::TransferArea", "%1 %2 %3 warning #%4").arg(q.text(3), a.hazard, q.text(1)).arg(id).simplified()
                : QCoreApplication::translate("onemap::TransferArea", "%1 #%2").arg(headline).arg(id);
    a.wkt = q.text(4);
    if (a.wkt.isEmpty())
      return Status::failure(QCoreApplication::translate("onemap::TransferArea", "warning %1 has no area on the map").arg(id));
    return a;
  }
  case Kind::Zone: {
    SqlStatement q(store.handle(), QStringLiteral("SELECT code, name, hazard, AsWKT(CastToMulti(geom), 15) FROM risk_zones WHERE code = ?1"));
    q.bind(1, ref);
    if (!q.next())
      return Status::failure(QCoreApplication::translate("onemap::TransferArea", "no risk zone with code \"%1\"").arg(ref));
    a.ref = q.text(0);
    a.label = q.text(1).isEmpty() ? a.ref : q.text(1);
    a.hazard = q.text(2);
    a.wkt = q.text(3);
    if (a.wkt.isEmpty())
      return Status::failure(QCoreApplication::translate("onemap::TransferArea", "risk zone \"%1\" has no outline").arg(ref));
    return a;
  }
  case Kind::Township: {
    // By code first; a name must name one township only.
    SqlStatement q(store.handle(), QStringLiteral("SELECT code, name, AsWKT(CastToMulti(geom), 15) FROM admin_units "
                                                  "WHERE level = 'township' AND (code = ?1 OR name = ?1) ORDER BY code = ?1 DESC, code"));
    q.bind(1, ref);
    if (!q.next())
      return Status::failure(QCoreApplication::translate("onemap::TransferArea", "no township with code or name \"%1\"").arg(ref));
    a.ref = q.text(0);
    a.label = q.text(1);
    a.wkt = q.text(2);
    if (a.ref != ref && q.next())
      return Status::failure(QCoreApplication::translate("onemap::TransferArea", "more than one township is named \"%1\": give its code").arg(ref));
    if (a.wkt.isEmpty())
      return Status::failure(QCoreApplication::translate("onemap::TransferArea", "township \"%1\" has no outline").arg(ref));
    return a;
  }
  case Kind::County: {
    SqlStatement q(store.handle(), QStringLiteral("SELECT code, name, AsWKT(CastToMulti(geom), 15) FROM admin_units "
                                                  "WHERE level = 'county' AND (?1 = '' OR code = ?1) ORDER BY code LIMIT 1"));
    q.bind(1, ref.isNull() ? QStringLiteral("") : ref);
    if (!q.next())
      return Status::failure(ref.isEmpty() ? QCoreApplication::translate("onemap::TransferArea", "the store has no county outline")
                                           : QCoreApplication::translate("onemap::TransferArea", "no county with code \"%1\"").arg(ref));
    a.ref = q.text(0);
    a.label = q.text(1);
    a.wkt = q.text(2);
    if (a.wkt.isEmpty())
      return Status::failure(QCoreApplication::translate("onemap::TransferArea", "county \"%1\" has no outline").arg(a.ref));
    return a;
  }
  }
  return a;
}

} // namespace onemap
