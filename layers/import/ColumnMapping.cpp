#include "ColumnMapping.h"

#include "AdminPlaces.h"
#include "FieldAliases.h"
#include "ImportTarget.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace onemap {

namespace {

// Index of the first column whose header is one of \a aliases (normalised), or -1.
int findColumn(const QStringList &normalized, const QStringList &aliases, const QSet<int> &taken)
{
  for (const QString &alias : aliases) {
    const QString a = FieldAliases::normalizedHeader(alias);
    for (int i = 0; i < normalized.size(); ++i)
      if (!taken.contains(i) && normalized[i] == a)
        return i;
  }
  return -1;
}
} // namespace

ColumnMapping ColumnMapping::suggest(const QString &layer, const QStringList &columns)
{
  ColumnMapping m;
  m.layer = layer;
  const ImportTarget *target = ImportTarget::find(layer);
  if (!target)
    return m;
  QStringList normalized;
  for (const QString &c : columns)
    normalized << FieldAliases::normalizedHeader(c);
  QSet<int> taken;
  // Exact field names first, so "name" never loses its column to an alias.
  for (const FieldSpec &f : target->spec->fields) {
    const int i = normalized.indexOf(f.name);
    if (i >= 0) {
      m.fields[f.name].column = columns[i];
      taken << i;
    }
  }
  for (const FieldSpec &f : target->spec->fields) {
    if (m.fields.contains(f.name))
      continue;
    const int i = findColumn(normalized, FieldAliases::headers(layer, f.name), taken);
    if (i >= 0) {
      m.fields[f.name].column = columns[i];
      taken << i;
    }
  }
  // Township and village names, for ledgers that hold a place code.
  if (!PlaceFields::codeField(target->spec->fieldNames()).isEmpty())
    for (const QString &pseudo : {PlaceFields::kTownshipName, PlaceFields::kVillageName}) {
      const int i = findColumn(normalized, FieldAliases::headers(layer, pseudo), taken);
      if (i >= 0) {
        m.fields[pseudo].column = columns[i];
        taken << i;
      }
    }
  if (target->spec->hasGeometry()) {
    const int lon = findColumn(normalized, FieldAliases::headers(layer, QStringLiteral("lon")), taken);
    const int lat = findColumn(normalized, FieldAliases::headers(layer, QStringLiteral("lat")), taken);
    if (lon >= 0 && lat >= 0) {
      m.lonColumn = columns[lon];
      m.latColumn = columns[lat];
    }
  }
  return m;
}

QStringList ColumnMapping::usedColumns() const
{
  QStringList out;
  for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
    if (!it.value().column.isEmpty())
      out << it.value().column;
  if (!lonColumn.isEmpty())
    out << lonColumn << latColumn;
  return out;
}

QByteArray ColumnMapping::toJson() const
{
  QJsonObject o;
  o.insert(QStringLiteral("layer"), layer);
  if (!encoding.isEmpty())
    o.insert(QStringLiteral("encoding"), encoding);
  if (!crs.isEmpty())
    o.insert(QStringLiteral("crs"), crs);
  if (!lonColumn.isEmpty()) {
    o.insert(QStringLiteral("lon"), lonColumn);
    o.insert(QStringLiteral("lat"), latColumn);
  }
  QJsonObject f;
  for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
    const FieldSource &s = it.value();
    if (!s.isSet())
      continue;
    if (s.constant.isEmpty() && s.values.isEmpty()) {
      f.insert(it.key(), s.column);
      continue;
    }
    QJsonObject one;
    if (!s.column.isEmpty())
      one.insert(QStringLiteral("column"), s.column);
    if (!s.constant.isEmpty())
      one.insert(QStringLiteral("value"), s.constant);
    if (!s.values.isEmpty()) {
      QJsonObject v;
      for (auto vt = s.values.constBegin(); vt != s.values.constEnd(); ++vt)
        v.insert(vt.key(), vt.value());
      one.insert(QStringLiteral("values"), v);
    }
    f.insert(it.key(), one);
  }
  o.insert(QStringLiteral("fields"), f);
  return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<ColumnMapping> ColumnMapping::fromJson(const QByteArray &json, const QString &origin)
{
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
  if (!doc.isObject())
    return Status::failure(QCoreApplication::translate("onemap::ColumnMapping", "%1: not a mapping file (%2)").arg(origin, error.error == QJsonParseError::NoError ? QCoreApplication::translate("onemap::ColumnMapping", "not a JSON object") : error.errorString()));
  const QJsonObject o = doc.object();
  ColumnMapping m;
  m.layer = o.value(QStringLiteral("layer")).toString();
  m.encoding = o.value(QStringLiteral("encoding")).toString();
  m.crs = o.value(QStringLiteral("crs")).toString();
  m.lonColumn = o.value(QStringLiteral("lon")).toString();
  m.latColumn = o.value(QStringLiteral("lat")).toString();
  if (m.lonColumn.isEmpty() != m.latColumn.isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::ColumnMapping", "%1: name both \"lon\" and \"lat\" columns or neither").arg(origin));
  const ImportTarget *target = ImportTarget::find(m.layer);
  if (!target)
    return Status::failure(QCoreApplication::translate("onemap::ColumnMapping", "%1: layer \"%2\" cannot be imported (use one of %3)").arg(origin, m.layer, ImportTarget::layers().join(QStringLiteral(", "))));
  const QJsonObject f = o.value(QStringLiteral("fields")).toObject();
  for (auto it = f.constBegin(); it != f.constEnd(); ++it) {
    const bool pseudo = PlaceFields::isPseudo(it.key()) && !PlaceFields::codeField(target->spec->fieldNames()).isEmpty();
    if (!target->spec->field(it.key()) && !pseudo)
      return Status::failure(QCoreApplication::translate("onemap::ColumnMapping", "%1: %2 has no field \"%3\"").arg(origin, m.layer, it.key()));
    FieldSource s;
    if (it.value().isString()) {
      s.column = it.value().toString();
    } else if (it.value().isObject()) {
      const QJsonObject one = it.value().toObject();
      s.column = one.value(QStringLiteral("column")).toString();
      s.constant = one.value(QStringLiteral("value")).toVariant().toString();
      const QJsonObject v = one.value(QStringLiteral("values")).toObject();
      for (auto vt = v.constBegin(); vt != v.constEnd(); ++vt)
        s.values.insert(vt.key(), vt.value().toString());
    }
    if (!s.isSet())
      return Status::failure(QCoreApplication::translate("onemap::ColumnMapping", "%1: field \"%2\" names neither a column nor a value").arg(origin, it.key()));
    m.fields.insert(it.key(), s);
  }
  return m;
}

Result<ColumnMapping> ColumnMapping::load(const QString &path)
{
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly))
    return Status::failure(QCoreApplication::translate("onemap::ColumnMapping", "cannot read mapping file %1").arg(path));
  return fromJson(f.readAll(), path);
}

Status ColumnMapping::save(const QString &path) const
{
  QSaveFile f(path);
  if (!f.open(QIODevice::WriteOnly) || f.write(toJson()) < 0 || !f.commit())
    return Status::failure(QCoreApplication::translate("onemap::ColumnMapping", "cannot write mapping file %1").arg(path));
  return Status();
}

} // namespace onemap
