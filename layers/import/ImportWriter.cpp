#include "ImportWriter.h"

#include "store/AuditLog.h"
#include "store/SqlStatement.h"
#include "store/Store.h"
#include "store/Table.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QtEndian>
#include <sqlite3.h>
#include <cstring>

namespace onemap {

namespace {
// SpatiaLite's BLOB-Geometry for a POINT, little-endian: start 0x00, endian
// 0x01, SRID, MBR (minx, miny, maxx, maxy), 0x7C, class 1, x, y, end 0xFE.
void spatialitePoint(double x, double y, QByteArray &out)
{
  // Built in a fixed buffer, then copied: the layout is 60 bytes whatever the point.
  char buf[60];
  char *p = buf;
  auto putInt = [&p](qint32 v) { qToLittleEndian(v, p); p += 4; };
  auto putDouble = [&p](double v) {
    quint64 bits = 0;
    memcpy(&bits, &v, 8);
    qToLittleEndian(bits, p);
    p += 8;
  };
  *p++ = 0x00;
  *p++ = 0x01;
  putInt(Store::kSrid);
  for (double v : {x, y, x, y})
    putDouble(v);
  *p++ = 0x7C;
  putInt(1);
  putDouble(x);
  putDouble(y);
  *p = static_cast<char>(0xFE);
  out = QByteArray(buf, sizeof buf);
}
} // namespace

ImportWriter::ImportWriter(Store &store, const ImportTarget &target, QVector<bool> mapped, QString actor)
  : mStore(store), mTarget(target), mMapped(std::move(mapped)), mActor(std::move(actor))
{
}

ImportWriter::~ImportWriter()
{
  if (mInsert)
    sqlite3_finalize(mInsert);
}

Status ImportWriter::prepare(qint64 expectedRows)
{
  const TableSpec &spec = *mTarget.spec;
  SqlStatement keys(mStore.handle(), QStringLiteral("SELECT id, %1 FROM %2").arg(mTarget.keyFields.join(QStringLiteral(", ")), spec.name));
  while (keys.next()) {
    QString key;
    for (int k = 0; k < mTarget.keyFields.size(); ++k) {
      const QString part = keys.text(k + 1);
      if (part.isEmpty()) {
        key.clear();
        break;
      }
      key += part + QChar(0x1F);
    }
    if (!key.isEmpty())
      mExisting.insert(key, keys.int64(0));
  }
  if (keys.hasError())
    return Status::failure(keys.error());

  QStringList cols = spec.fieldNames();
  QStringList marks;
  for (int i = 0; i < cols.size(); ++i)
    marks << QStringLiteral("?");
  if (spec.hasGeometry()) {
    cols << QStringLiteral("geom");
    // The point goes in as a ready SpatiaLite blob: no WKT to format and
    // parse, no SQL function per row (finish() checks type and SRID).
    marks << QStringLiteral("?");
  }
  const QByteArray sql = QStringLiteral("INSERT INTO %1(%2) VALUES(%3)").arg(spec.name, cols.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))).toUtf8();
  if (spec.hasGeometry())
    if (Status s = deferSpatialIndex(); !s)
      return s;
  if (expectedRows > mExisting.size()) {
    // Named indexes only: the UNIQUE constraints' own indexes stay and keep checking.
    SqlStatement q(mStore.handle(), QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"));
    q.bind(1, spec.name);
    QStringList names;
    while (q.next()) {
      names << q.text(0);
      mDeferredIndexes << q.text(1);
    }
    for (const QString &name : names)
      if (const QString err = execSql(mStore.handle(), QStringLiteral("DROP INDEX \"%1\"").arg(name)); !err.isEmpty())
        return Status::failure(err);
  }
  if (sqlite3_prepare_v2(mStore.handle(), sql.constData(), sql.size(), &mInsert, nullptr) != SQLITE_OK)
    return Status::failure(QString::fromUtf8(sqlite3_errmsg(mStore.handle())));
  return Status();
}

Status ImportWriter::deferSpatialIndex()
{
  Q_ASSERT(mStore.inTransaction());
  const QString table = mTarget.spec->name;
  // geometry constraint, last-insert time stamp and spatial index triggers on INSERT
  for (const QString &prefix : {QStringLiteral("ggi_"), QStringLiteral("tmi_"), QStringLiteral("gii_")}) {
    const QString name = prefix + table + QStringLiteral("_geom");
    SqlStatement q(mStore.handle(), QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
    q.bind(1, name);
    if (!q.next())
      continue;
    mDeferredTriggers << q.text(0);
    if (const QString err = execSql(mStore.handle(), QStringLiteral("DROP TRIGGER \"%1\"").arg(name)); !err.isEmpty())
      return Status::failure(err);
  }
  return Status();
}

Status ImportWriter::restoreSpatialIndex()
{
  const QString table = mTarget.spec->name;
  if (mInserted > 0 && mTarget.spec->hasGeometry()) {
    // What the dropped constraint trigger checked, for the new rows at once.
    SqlStatement bad(mStore.handle(), QStringLiteral("SELECT count(*) FROM %1 WHERE id BETWEEN ? AND ? AND (geom IS NULL OR GeometryType(geom) <> 'POINT' OR ST_Srid(geom) <> %2)").arg(table).arg(Store::kSrid));
    bad.bind(1, mFirstId).bind(2, mLastId);
    if (!bad.next() || bad.int64(0) != 0)
      return Status::failure(QStringLiteral("%1: %2 new rows without a valid point").arg(table).arg(bad.int64(0)));
    SqlStatement index(mStore.handle(), QStringLiteral("INSERT INTO idx_%1_geom(pkid, xmin, xmax, ymin, ymax) "
                                                       "SELECT id, MbrMinX(geom), MbrMaxX(geom), MbrMinY(geom), MbrMaxY(geom) FROM %1 WHERE id BETWEEN ? AND ?").arg(table));
    index.bind(1, mFirstId).bind(2, mLastId);
    if (!index.exec())
      return Status::failure(index.error());
    SqlStatement stamp(mStore.handle(), QStringLiteral("UPDATE geometry_columns_time SET last_insert = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                                                       "WHERE lower(f_table_name) = lower(?) AND f_geometry_column = 'geom'"));
    stamp.bind(1, table);
    if (!stamp.exec())
      return Status::failure(stamp.error());
  }
  for (const QString &sql : mDeferredTriggers + mDeferredIndexes)
    if (const QString err = execSql(mStore.handle(), sql); !err.isEmpty())
      return Status::failure(err);
  mDeferredTriggers.clear();
  mDeferredIndexes.clear();
  return Status();
}

Result<ImportWriter::Outcome> ImportWriter::write(const ConvertedRow &row)
{
  if (const qint64 id = existingId(row.key)) {
    if (Status s = update(id, row); !s)
      return s;
    ++mUpdated;
    return Outcome::Updated;
  }
  if (Status s = insert(row); !s)
    return s;
  ++mInserted;
  return Outcome::Inserted;
}

Status ImportWriter::insert(const ConvertedRow &row)
{
  const TableSpec &spec = *mTarget.spec;
  sqlite3_reset(mInsert);
  mText.resize(spec.fields.size());
  int i = 1;
  for (int f = 0; f < spec.fields.size(); ++f, ++i) {
    QVariant v = row.values[f];
    if (v.isNull())
      v = mTarget.defaults.value(spec.fields[f].name);
    switch (v.userType()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
      sqlite3_bind_int64(mInsert, i, v.toLongLong());
      break;
    case QMetaType::Double:
      sqlite3_bind_double(mInsert, i, v.toDouble());
      break;
    case QMetaType::QString: // kept alive in mText until the next row: no copy by SQLite
      mText[f] = v.toString().toUtf8();
      sqlite3_bind_text(mInsert, i, mText[f].constData(), mText[f].size(), SQLITE_STATIC);
      break;
    default:
      sqlite3_bind_null(mInsert, i);
    }
  }
  if (spec.hasGeometry()) {
    spatialitePoint(row.lon, row.lat, mPoint);
    sqlite3_bind_blob(mInsert, i++, mPoint.constData(), mPoint.size(), SQLITE_STATIC);
  }
  if (sqlite3_step(mInsert) != SQLITE_DONE)
    return Status::failure(QStringLiteral("%1: %2").arg(spec.name, QString::fromUtf8(sqlite3_errmsg(mStore.handle()))));
  mLastId = sqlite3_last_insert_rowid(mStore.handle());
  if (mFirstId == 0)
    mFirstId = mLastId;
  return Status();
}

Status ImportWriter::update(qint64 id, const ConvertedRow &row)
{
  const TableSpec &spec = *mTarget.spec;
  Table table(mStore, spec);
  Result<Record> current = table.get(id);
  if (!current)
    return current.status();
  Record merged = current.value();
  for (int f = 0; f < spec.fields.size(); ++f)
    if (mMapped[f] && !row.values[f].isNull())
      merged.values.insert(spec.fields[f].name, row.values[f]);
  if (row.hasPoint)
    merged.wkt = GeoPoint {row.lon, row.lat}.toWkt();
  // A savepoint keeps a failed update from leaving half of itself behind.
  execSql(mStore.handle(), QStringLiteral("SAVEPOINT import_update"));
  Status s = table.update(merged, mActor);
  execSql(mStore.handle(), s ? QStringLiteral("RELEASE import_update") : QStringLiteral("ROLLBACK TO import_update; RELEASE import_update"));
  return s;
}

Status ImportWriter::finish(const QString &sourceFile)
{
  if (Status s = restoreSpatialIndex(); !s)
    return s;
  if (mInserted == 0)
    return Status();
  const QJsonObject summary {{QStringLiteral("rows"), mInserted},
                             {QStringLiteral("first_id"), mFirstId},
                             {QStringLiteral("last_id"), mLastId},
                             {QStringLiteral("source"), sourceFile}};
  return AuditLog(mStore).record(mTarget.spec->name, 0, QStringLiteral("bulk_insert"), mActor, {}, summary);
}

} // namespace onemap
