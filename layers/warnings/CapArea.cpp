#include "CapArea.h"

#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace onemap {

namespace {
QString num(double v) { return QString::number(v, 'f', 7); }

//! "MULTIPOLYGON(((..)),((..)))" or "POLYGON((..))" to the comma-joined "((..)),((..))" list.
QString polygonList(const QString &wkt)
{
  const QString t = wkt.trimmed();
  const int open = t.indexOf(QLatin1Char('('));
  if (open < 0 || !t.endsWith(QLatin1Char(')')))
    return QString();
  const QString type = t.left(open).trimmed().toUpper();
  if (type.startsWith(QLatin1String("MULTIPOLYGON")))
    return t.mid(open + 1, t.size() - open - 2).trimmed();
  if (type.startsWith(QLatin1String("POLYGON")))
    return t.mid(open).trimmed();
  return QString();
}
} // namespace

QString CapAreaBuilder::polygonRings(const QString &capPolygon)
{
  QStringList points;
  for (const QString &pair : capPolygon.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
    const QStringList ll = pair.split(QLatin1Char(','));
    bool a = false, b = false;
    const double lat = ll.value(0).toDouble(&a);
    const double lon = ll.value(1).toDouble(&b);
    if (ll.size() != 2 || !a || !b || std::abs(lat) > 90 || std::abs(lon) > 180)
      return QString();
    points << num(lon) + QLatin1Char(' ') + num(lat);
  }
  // CAP requires a closed ring of at least four points.
  if (points.size() < 4 || points.first() != points.last())
    return QString();
  return QStringLiteral("((") + points.join(QStringLiteral(", ")) + QStringLiteral("))");
}

QString CapAreaBuilder::circleRings(const CapCircle &c)
{
  // Degrees per km on the sphere; fine for the few-km circles warnings use.
  constexpr double kmPerDegree = 111.32;
  const double dLat = c.radiusKm / kmPerDegree;
  const double dLon = c.radiusKm / (kmPerDegree * std::max(0.01, std::cos(c.lat * M_PI / 180.0)));
  QStringList points;
  const int n = 48;
  for (int i = 0; i <= n; ++i) {
    const double a = 2 * M_PI * (i % n) / n;
    points << num(c.lon + dLon * std::cos(a)) + QLatin1Char(' ') + num(c.lat + dLat * std::sin(a));
  }
  return QStringLiteral("((") + points.join(QStringLiteral(", ")) + QStringLiteral("))");
}

QString CapAreaBuilder::adminCode(const QString &valueName, const QString &value)
{
  static const QRegularExpression digits(QStringLiteral("^\\d+$"));
  const QString v = value.trimmed();
  if (!digits.match(v).hasMatch())
    return QString();
  const QString n = valueName.toLower();
  const bool named = n.contains(QLatin1String("2260")) || n.contains(QLatin1String("admin")) || n.contains(QStringLiteral("行政区划"))
                     || n.contains(QLatin1String("areacode")) || n.contains(QLatin1String("area code"));
  if (v.size() == 12)
    return v;
  // GB/T 2260 county (6) and township (9) codes pad to the 12-digit form.
  if (named && (v.size() == 6 || v.size() == 9))
    return v.leftJustified(12, QLatin1Char('0'));
  return QString();
}

CapAreaGeometry CapAreaBuilder::build(const Store &store, const QVector<CapArea> &areas)
{
  CapAreaGeometry g;
  QStringList parts;
  for (const CapArea &area : areas) {
    for (const QString &p : area.polygons) {
      const QString rings = polygonRings(p);
      if (rings.isEmpty())
        g.problems << QCoreApplication::translate("onemap::CapArea", "%1: <polygon> is not a closed ring of lat,lon pairs").arg(area.areaDesc);
      else
        parts << rings;
    }
    for (const CapCircle &c : area.circles) {
      if (c.radiusKm <= 0 || std::abs(c.lat) > 90 || std::abs(c.lon) > 180)
        g.problems << QCoreApplication::translate("onemap::CapArea", "%1: <circle> has no usable centre or radius").arg(area.areaDesc);
      else
        parts << circleRings(c);
    }
    for (const auto &code : area.geocodes) {
      const QString admin = adminCode(code.first, code.second);
      if (admin.isEmpty())
        continue; // foreign location codes (FIPS, SAME, CLC...) place nothing here
      SqlStatement q(store.handle(), QStringLiteral("SELECT AsWkt(geom, 10) FROM admin_units WHERE code = ?"));
      q.bind(1, admin);
      const QString list = q.next() && !q.isNull(0) ? polygonList(q.text(0)) : QString();
      if (list.isEmpty())
        g.unknownCodes << code.second.trimmed();
      else
        parts << list;
    }
  }
  if (!parts.isEmpty())
    g.wkt = QStringLiteral("MULTIPOLYGON(") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
  return g;
}

} // namespace onemap
