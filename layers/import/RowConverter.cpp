#include "RowConverter.h"

#include "FieldAliases.h"
#include "SourceReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <algorithm>
#include <cmath>

namespace onemap {

namespace {

const QString kGeom = QStringLiteral("geom");

bool parseNumber(const QString &textIn, double &out)
{
  QString text = textIn;
  // Full-width digits and signs (１２３) typed in Chinese input methods; the
  // scan is read-only so plain numbers are not copied.
  const auto isWide = [](QChar c) { return c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E; };
  if (std::any_of(textIn.cbegin(), textIn.cend(), isWide))
    for (QChar &c : text)
      if (isWide(c))
        c = QChar(c.unicode() - 0xFEE0);
  static const QRegularExpression thousands(QStringLiteral("^[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
  if (text.contains(QLatin1Char(',')) && thousands.match(text).hasMatch())
    text.remove(QLatin1Char(','));
  bool ok = false;
  out = text.toDouble(&ok);
  return ok && std::isfinite(out);
}

QVariant parseBoolean(const QString &text)
{
  static const QStringList yes {QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("y"),
                                QString::fromUtf8("是"), QString::fromUtf8("√"), QString::fromUtf8("开放")};
  static const QStringList no {QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("n"),
                               QString::fromUtf8("否"), QString::fromUtf8("×"), QString::fromUtf8("关闭")};
  const QString t = text.toLower();
  if (yes.contains(t))
    return 1;
  if (no.contains(t))
    return 0;
  return QVariant();
}
} // namespace

RowConverter::RowConverter(RowConverter &&o) noexcept { *this = std::move(o); }

RowConverter &RowConverter::operator=(RowConverter &&o) noexcept
{
  if (this != &o) {
    if (mTransform)
      OCTDestroyCoordinateTransformation(mTransform);
    mTarget = o.mTarget;
    mColumns = std::move(o.mColumns);
    mMapped = std::move(o.mMapped);
    mKeyFields = std::move(o.mKeyFields);
    mLon = o.mLon;
    mLat = o.mLat;
    mLonName = o.mLonName;
    mLatName = o.mLatName;
    mTransform = o.mTransform;
    o.mTransform = nullptr;
    mCounty = o.mCounty;
    mPlaces = o.mPlaces;
    mPlaceField = o.mPlaceField;
    mPlaceLevel = o.mPlaceLevel;
    mTownshipColumn = o.mTownshipColumn;
    mVillageColumn = o.mVillageColumn;
  }
  return *this;
}

RowConverter::~RowConverter()
{
  if (mTransform)
    OCTDestroyCoordinateTransformation(mTransform);
}

Result<RowConverter> RowConverter::create(const ImportTarget &target, const ColumnMapping &mapping, const SourceReader &reader,
                                          const QString &sourceCrs, const CountyOutline *county, const AdminPlaces *places)
{
  RowConverter c;
  c.mTarget = &target;
  c.mCounty = county && !county->isEmpty() ? county : nullptr;
  const TableSpec &spec = *target.spec;
  const QStringList &columns = reader.columns();
  auto columnIndex = [&](const QString &name) { return columns.indexOf(name); };
  for (const FieldSpec &f : spec.fields) {
    Column col;
    const FieldSource s = mapping.fields.value(f.name);
    if (!s.column.isEmpty()) {
      col.index = columnIndex(s.column);
      if (col.index < 0)
        return Status::failure(QCoreApplication::translate("onemap::RowConverter", "%1: column \"%2\" (for field %3) is missing; the file has: %4").arg(reader.path(), s.column, f.name, columns.join(QStringLiteral(", "))));
    }
    col.constant = s.constant;
    col.values = s.values;
    const bool isMapped = s.isSet();
    if (f.required && !isMapped && !target.defaults.contains(f.name))
      return Status::failure(QCoreApplication::translate("onemap::RowConverter", "%1: no column for the required field %2 (looked for: %3)")
                               .arg(reader.path(), f.name, FieldAliases::headers(spec.name, f.name).join(QStringLiteral(", "))));
    c.mColumns << col;
    c.mMapped << isMapped;
  }
  for (const QString &k : target.keyFields)
    c.mKeyFields << spec.fieldNames().indexOf(k);

  const QString placeField = PlaceFields::codeField(spec.fieldNames());
  if (!placeField.isEmpty()) {
    for (const QString &pseudo : {PlaceFields::kTownshipName, PlaceFields::kVillageName}) {
      const QString column = mapping.fields.value(pseudo).column;
      if (column.isEmpty())
        continue;
      const int index = columnIndex(column);
      if (index < 0)
        return Status::failure(QCoreApplication::translate("onemap::RowConverter", "%1: column \"%2\" (for field %3) is missing; the file has: %4").arg(reader.path(), column, pseudo, columns.join(QStringLiteral(", "))));
      (pseudo == PlaceFields::kTownshipName ? c.mTownshipColumn : c.mVillageColumn) = index;
    }
    // Without admin units (a new store) there is nothing to derive or check against.
    if (places && !places->isEmpty()) {
      c.mPlaces = places;
      c.mPlaceField = spec.fieldNames().indexOf(placeField);
      c.mPlaceLevel = placeField == QLatin1String("village_code") ? QStringLiteral("village")
                      : placeField == QLatin1String("township_code") ? QStringLiteral("township") : QString();
      // Derived codes are written like mapped ones (and update existing rows).
      c.mMapped[c.mPlaceField] = true;
    }
  }

  if (spec.hasGeometry()) {
    if (!mapping.lonColumn.isEmpty()) {
      c.mLon = columnIndex(mapping.lonColumn);
      c.mLat = columnIndex(mapping.latColumn);
      c.mLonName = mapping.lonColumn;
      c.mLatName = mapping.latColumn;
      if (c.mLon < 0 || c.mLat < 0)
        return Status::failure(QCoreApplication::translate("onemap::RowConverter", "%1: coordinate column \"%2\" is missing; the file has: %3")
                                 .arg(reader.path(), c.mLon < 0 ? mapping.lonColumn : mapping.latColumn, columns.join(QStringLiteral(", "))));
    } else if (!reader.hasGeometry()) {
      return Status::failure(QCoreApplication::translate("onemap::RowConverter", "%1: no location: the file has no geometry and no longitude/latitude columns (looked for: %2 / %3)")
                               .arg(reader.path(), FieldAliases::headers(spec.name, QStringLiteral("lon")).join(QStringLiteral(", ")),
                                    FieldAliases::headers(spec.name, QStringLiteral("lat")).join(QStringLiteral(", "))));
    }
    const QString crs = sourceCrs.isEmpty() ? QStringLiteral("EPSG:4490") : sourceCrs;
    if (crs.compare(QLatin1String("EPSG:4490"), Qt::CaseInsensitive) != 0) {
      OGRSpatialReferenceH from = OSRNewSpatialReference(nullptr);
      OGRSpatialReferenceH to = OSRNewSpatialReference(nullptr);
      const QByteArray def = crs.toUtf8();
      const bool ok = OSRSetFromUserInput(from, def.constData()) == OGRERR_NONE && OSRImportFromEPSG(to, 4490) == OGRERR_NONE;
      if (ok) {
        // x = longitude / easting, whatever the axis order the authority says.
        OSRSetAxisMappingStrategy(from, OAMS_TRADITIONAL_GIS_ORDER);
        OSRSetAxisMappingStrategy(to, OAMS_TRADITIONAL_GIS_ORDER);
        c.mTransform = OCTNewCoordinateTransformation(from, to);
      }
      OSRDestroySpatialReference(from);
      OSRDestroySpatialReference(to);
      if (!c.mTransform)
        return Status::failure(QCoreApplication::translate("onemap::RowConverter", "%1: cannot transform from %2 to EPSG:4490").arg(reader.path(), crs.left(120)));
    }
  }
  return c;
}

QStringList RowConverter::unusedColumns(const QStringList &columns) const
{
  QStringList out;
  for (int i = 0; i < columns.size(); ++i) {
    bool used = i == mLon || i == mLat || i == mTownshipColumn || i == mVillageColumn;
    for (const Column &c : mColumns)
      used = used || c.index == i;
    if (!used)
      out << columns[i];
  }
  return out;
}

bool RowConverter::parseCoordinate(const QString &textIn, double &out)
{
  const QString text = textIn.trimmed();
  if (parseNumber(text, out))
    return true;
  // 108°52'30.5"E, 108度52分30秒, 28°46′N
  static const QRegularExpression dms(QString::fromUtf8("^([+-]?\\d+(?:\\.\\d+)?)\\s*[°度]\\s*(?:(\\d+(?:\\.\\d+)?)\\s*['′分]\\s*)?(?:(\\d+(?:\\.\\d+)?)\\s*(?:\"|″|''|秒)\\s*)?([NSEWnsew东西南北]?)$"));
  const QRegularExpressionMatch m = dms.match(text);
  if (!m.hasMatch())
    return false;
  const double deg = m.captured(1).toDouble();
  const double min = m.captured(2).toDouble();
  const double sec = m.captured(3).toDouble();
  if (min >= 60 || sec >= 60)
    return false;
  out = std::abs(deg) + min / 60 + sec / 3600;
  const QString hemi = m.captured(4).toUpper();
  if (deg < 0 || hemi == QLatin1String("S") || hemi == QLatin1String("W") || hemi == QString::fromUtf8("南") || hemi == QString::fromUtf8("西"))
    out = -out;
  return true;
}

QString RowConverter::normalizeDate(const QString &textIn)
{
  const QString text = textIn.trimmed();
  if (text.size() == 10 && text[4] == QLatin1Char('-') && text[7] == QLatin1Char('-')) {
    const QDate iso = QDate::fromString(text, Qt::ISODate); // the common case, without a regex
    if (iso.isValid())
      return text;
  }
  static const QRegularExpression re(QString::fromUtf8("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$"));
  static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
  QRegularExpressionMatch m = re.match(text);
  if (!m.hasMatch())
    m = compact.match(text);
  if (!m.hasMatch())
    return QString();
  const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
  return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QVariant RowConverter::convertValue(const FieldSpec &f, const Column &c, const QString &text, QString &reason) const
{
  switch (f.type) {
  case FieldType::Integer:
  case FieldType::Real: {
    double n = 0;
    if (!parseNumber(text, n)) {
      reason = QCoreApplication::translate("onemap::RowConverter", "not a number");
      return QVariant();
    }
    if (f.type == FieldType::Real)
      return n;
    if (n != std::floor(n) || std::abs(n) > 9.0e15) {
      reason = QCoreApplication::translate("onemap::RowConverter", "not a whole number");
      return QVariant();
    }
    return static_cast<qlonglong>(n);
  }
  case FieldType::Boolean: {
    const QVariant b = parseBoolean(text);
    if (!b.isValid())
      reason = QCoreApplication::translate("onemap::RowConverter", "not yes/no (是/否, 1/0)");
    return b;
  }
  case FieldType::Date: {
    const QString d = normalizeDate(text);
    if (d.isEmpty())
      reason = QCoreApplication::translate("onemap::RowConverter", "not a date (yyyy-mm-dd)");
    return d.isEmpty() ? QVariant() : QVariant(d);
  }
  case FieldType::DateTime: {
    QString t = text.trimmed();
    t.replace(QLatin1Char('/'), QLatin1Char('-'));
    if (t.size() > 10 && t[10] == QLatin1Char(' '))
      t[10] = QLatin1Char('T');
    const QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid()) {
      reason = QCoreApplication::translate("onemap::RowConverter", "not a date and time (yyyy-mm-ddThh:mm:ss)");
      return QVariant();
    }
    return t;
  }
  case FieldType::Text:
    break;
  }
  if (f.allowed.isEmpty() || f.allowed.contains(text))
    return text;
  // Coded fields: the mapping's own table, then known labels, then the code in
  // any case; remembered per column, as a file repeats a handful of values.
  const auto known = c.resolved.constFind(text);
  if (known != c.resolved.constEnd())
    return known.value().isEmpty() ? QVariant(text) : QVariant(known.value());
  QString code = c.values.value(text);
  if (code.isEmpty())
    code = FieldAliases::code(f.name, text);
  if (code.isEmpty())
    for (const QString &a : f.allowed)
      if (a.compare(text, Qt::CaseInsensitive) == 0)
        code = a;
  if (c.resolved.size() < 1000)
    c.resolved.insert(text, code);
  return code.isEmpty() ? QVariant(text) : QVariant(code);
}

void RowConverter::convert(SourceReader &reader, ConvertedRow &out) const
{
  const TableSpec &spec = *mTarget->spec;
  out.values.fill(QVariant(), spec.fields.size());
  out.issues.clear();
  out.hasPoint = false;
  auto issue = [&](const QString &field, const QString &value, const QString &reason) {
    out.issues << ImportIssue {reader.path(), reader.rowNumber(), field, value, reason};
  };
  QString text;
  for (int i = 0; i < spec.fields.size(); ++i) {
    const Column &c = mColumns[i];
    const FieldSpec &f = spec.fields[i];
    if (c.index >= 0) {
      if (!reader.cell(c.index, text)) {
        issue(f.name, text, QCoreApplication::translate("onemap::RowConverter", "the bytes are not valid %1 text (wrong encoding?)").arg(reader.encoding()));
        continue;
      }
      text = text.trimmed();
    } else {
      text.clear();
    }
    if (text.isEmpty())
      text = c.constant;
    if (text.isEmpty()) {
      if (f.required && !mTarget->defaults.contains(f.name))
        issue(f.name, QString(), QCoreApplication::translate("onemap::RowConverter", "a value is required"));
      continue;
    }
    QString reason;
    const QVariant v = convertValue(f, c, text, reason);
    if (!reason.isEmpty()) {
      issue(f.name, text, reason);
      continue;
    }
    // The ledger's own rules (range, allowed codes) have the last word.
    if (Status s = spec.validateField(f, v); !s) {
      issue(f.name, text, s.message());
      continue;
    }
    out.values[i] = v;
  }
  out.key.clear();
  for (int k : mKeyFields) {
    const QString part = out.values[k].toString();
    if (part.isEmpty()) {
      out.key.clear();
      break;
    }
    out.key += part + QChar(0x1F);
  }
  if (spec.hasGeometry())
    locate(reader, out);
  if (mPlaces)
    resolvePlace(reader, out);
}

const AdminPlaces::Unit *RowConverter::byName(const QString &level, const QString &name, const QString &parent, const AdminPlaces::Unit *hint, QString &reason) const
{
  const QVector<const AdminPlaces::Unit *> units = mPlaces->named(level, name, parent);
  if (units.size() == 1)
    return units.first();
  if (units.contains(hint))
    return hint;
  const AdminPlaces::Unit *in = parent.isEmpty() ? nullptr : mPlaces->unit(parent);
  if (units.isEmpty())
    reason = level == QLatin1String("village")
               ? (in ? QCoreApplication::translate("onemap::RowConverter", "no village named %1 in %2").arg(name, in->name)
                     : QCoreApplication::translate("onemap::RowConverter", "no village named %1 in the county").arg(name))
               : QCoreApplication::translate("onemap::RowConverter", "no township named %1 in the county").arg(name);
  else
    reason = QCoreApplication::translate("onemap::RowConverter", "%1 places are named %2 (%3): give the township as well")
               .arg(units.size())
               .arg(name, [&] {
                 QStringList all;
                 for (const AdminPlaces::Unit *u : units)
                   all << mPlaces->fullName(*u);
                 return all.join(QStringLiteral(", "));
               }());
  return nullptr;
}

void RowConverter::resolvePlace(SourceReader &reader, ConvertedRow &out) const
{
  const TableSpec &spec = *mTarget->spec;
  const QString &fieldName = spec.fields[mPlaceField].name;
  auto issue = [&](const QString &field, const QString &value, const QString &reason) {
    out.issues << ImportIssue {reader.path(), reader.rowNumber(), field, value, reason};
  };
  // A code in the row wins; it must name a unit of the right level. Same
  // messages as LedgerValidator, without its query per row.
  if (!out.values[mPlaceField].isNull()) {
    const QString given = out.values[mPlaceField].toString();
    const AdminPlaces::Unit *u = mPlaces->unit(given);
    if (!u)
      issue(fieldName, given, QCoreApplication::translate("onemap::LedgerValidator", "%1, field %2: \"%3\" is not an administrative unit code in admin_units").arg(spec.name, fieldName, given));
    else if (!mPlaceLevel.isEmpty() && u->level != mPlaceLevel)
      issue(fieldName, given, QCoreApplication::translate("onemap::LedgerValidator", "%1, field %2: \"%3\" is a %4, not a %5").arg(spec.name, fieldName, given, u->level, mPlaceLevel));
    return;
  }
  QString townshipName, villageName;
  auto readName = [&](int column, const QString &pseudo, QString &text) {
    if (column < 0)
      return true;
    if (!reader.cell(column, text)) {
      issue(pseudo, text, QCoreApplication::translate("onemap::RowConverter", "the bytes are not valid %1 text (wrong encoding?)").arg(reader.encoding()));
      return false;
    }
    text = text.trimmed();
    return true;
  };
  if (!readName(mTownshipColumn, PlaceFields::kTownshipName, townshipName) || !readName(mVillageColumn, PlaceFields::kVillageName, villageName))
    return;

  // Where the point lies; the township only when something needs it.
  const bool townshipLevel = mPlaceLevel == QLatin1String("township");
  const AdminPlaces::Unit *pointVillage = nullptr, *pointTownship = nullptr;
  if (out.hasPoint) {
    if (!townshipLevel || !villageName.isEmpty())
      pointVillage = mPlaces->at(AdminPlaces::Village, out.lon, out.lat);
    if (townshipLevel || !townshipName.isEmpty() || !villageName.isEmpty())
      pointTownship = pointVillage ? mPlaces->unit(pointVillage->parent) : mPlaces->at(AdminPlaces::Township, out.lon, out.lat);
    else if (!pointVillage && mPlaceLevel.isEmpty())
      pointTownship = mPlaces->at(AdminPlaces::Township, out.lon, out.lat);
  }

  const AdminPlaces::Unit *township = nullptr, *village = nullptr;
  QString reason;
  if (!townshipName.isEmpty()) {
    township = byName(QStringLiteral("township"), townshipName, QString(), pointTownship, reason);
    if (!township) {
      issue(PlaceFields::kTownshipName, townshipName, reason);
      return;
    }
  }
  if (!villageName.isEmpty()) {
    village = byName(QStringLiteral("village"), villageName, township ? township->code : QString(), pointVillage, reason);
    if (!village) {
      issue(PlaceFields::kVillageName, villageName, reason);
      return;
    }
    if (!township)
      township = mPlaces->unit(village->parent);
  }

  // Names and point must agree: a point in another village is a swapped or
  // mistyped coordinate or a wrong name; either way the row is not stored.
  auto point = [&] { return QStringLiteral("%1, %2").arg(out.lon, 0, 'f', 6).arg(out.lat, 0, 'f', 6); };
  if (village && pointVillage && village != pointVillage) {
    issue(PlaceFields::kVillageName, villageName,
          QCoreApplication::translate("onemap::RowConverter", "the point (%1) lies in %2, not in %3: check the coordinates or the name (row rejected)")
            .arg(point(), mPlaces->fullName(*pointVillage), mPlaces->fullName(*village)));
    return;
  }
  if (township && pointTownship && township != pointTownship) {
    const bool named = !townshipName.isEmpty();
    issue(named ? PlaceFields::kTownshipName : PlaceFields::kVillageName, named ? townshipName : villageName,
          QCoreApplication::translate("onemap::RowConverter", "the point (%1) lies in %2, not in %3: check the coordinates or the name (row rejected)")
            .arg(point(), pointTownship->name, township->name));
    return;
  }

  const AdminPlaces::Unit *place = nullptr;
  if (mPlaceLevel == QLatin1String("village"))
    place = village ? village : pointVillage;
  else if (townshipLevel)
    place = township ? township : pointTownship;
  else // admin_code: the finest unit named, else where the point lies
    place = village ? village : township ? township : pointVillage ? pointVillage : pointTownship;
  if (place)
    out.values[mPlaceField] = place->code;
}

void RowConverter::locate(SourceReader &reader, ConvertedRow &out) const
{
  auto issue = [&](const QString &field, const QString &value, const QString &reason) {
    out.issues << ImportIssue {reader.path(), reader.rowNumber(), field, value, reason};
  };
  double x = 0, y = 0;
  QString shown;
  if (mLon >= 0) {
    QString lonText, latText;
    const bool decoded = reader.cell(mLon, lonText) && reader.cell(mLat, latText);
    lonText = lonText.trimmed();
    latText = latText.trimmed();
    shown = lonText + QStringLiteral(", ") + latText;
    if (!decoded) {
      issue(kGeom, shown, QCoreApplication::translate("onemap::RowConverter", "the bytes are not valid %1 text (wrong encoding?)").arg(reader.encoding()));
      return;
    }
    if (lonText.isEmpty() || latText.isEmpty()) {
      issue(lonText.isEmpty() ? mLonName : mLatName, QString(), QCoreApplication::translate("onemap::RowConverter", "a coordinate is required"));
      return;
    }
    if (!parseCoordinate(lonText, x)) {
      issue(mLonName, lonText, QCoreApplication::translate("onemap::RowConverter", "not a number"));
      return;
    }
    if (!parseCoordinate(latText, y)) {
      issue(mLatName, latText, QCoreApplication::translate("onemap::RowConverter", "not a number"));
      return;
    }
  } else {
    OGRGeometryH g = reader.geometry();
    if (!g || OGR_G_IsEmpty(g)) {
      issue(kGeom, QString(), QCoreApplication::translate("onemap::RowConverter", "the row has no geometry"));
      return;
    }
    OGRwkbGeometryType type = wkbFlatten(OGR_G_GetGeometryType(g));
    if (type == wkbMultiPoint && OGR_G_GetGeometryCount(g) == 1) {
      g = OGR_G_GetGeometryRef(g, 0);
      type = wkbPoint;
    }
    if (type != wkbPoint) {
      issue(kGeom, QString::fromUtf8(OGR_G_GetGeometryName(g)), QCoreApplication::translate("onemap::RowConverter", "not a point"));
      return;
    }
    x = OGR_G_GetX(g, 0);
    y = OGR_G_GetY(g, 0);
    shown = QStringLiteral("%1, %2").arg(x, 0, 'f', 7).arg(y, 0, 'f', 7);
  }
  QString reason;
  if (!checkPlace(x, y, out.lon, out.lat, reason)) {
    issue(kGeom, shown, reason);
    return;
  }
  out.hasPoint = true;
}

bool RowConverter::checkPlace(double x, double y, double &lon, double &lat, QString &reason) const
{
  auto toTarget = [this](double sx, double sy, double &tx, double &ty) {
    tx = sx;
    ty = sy;
    if (!mTransform)
      return true;
    return OCTTransform(mTransform, 1, &tx, &ty, nullptr) == TRUE && std::isfinite(tx) && std::isfinite(ty);
  };
  auto inWorld = [](double lo, double la) { return lo >= -180 && lo <= 180 && la >= -90 && la <= 90; };
  double sx = 0, sy = 0;
  const bool direct = toTarget(x, y, lon, lat) && inWorld(lon, lat);
  const bool swapped = toTarget(y, x, sx, sy) && inWorld(sx, sy);
  if (mCounty) {
    if (direct && mCounty->contains(lon, lat))
      return true;
    if (swapped && mCounty->contains(sx, sy)) {
      reason = QCoreApplication::translate("onemap::RowConverter", "longitude and latitude are swapped");
      return false;
    }
    reason = direct ? QCoreApplication::translate("onemap::RowConverter", "outside the county %1").arg(mCounty->name())
                    : QCoreApplication::translate("onemap::RowConverter", "not a longitude/latitude in EPSG:4490; name the source CRS (for example --crs EPSG:4545)");
    return false;
  }
  if (direct)
    return true;
  reason = swapped && !mTransform ? QCoreApplication::translate("onemap::RowConverter", "longitude and latitude are swapped")
                                  : QCoreApplication::translate("onemap::RowConverter", "not a longitude/latitude in EPSG:4490; name the source CRS (for example --crs EPSG:4545)");
  return false;
}

} // namespace onemap
