#include "AuditLog.h"

#include "SqlStatement.h"
#include "Store.h"

#include <QJsonDocument>

namespace onemap {

namespace {
QVariant jsonOrNull(const QJsonObject &o)
{
  return o.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}
QJsonObject parse(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }
} // namespace

QString AuditLog::loginName(const QString &fallback)
{
  QString user = qEnvironmentVariable("USER");
  if (user.isEmpty())
    user = qEnvironmentVariable("USERNAME");
  return user.isEmpty() ? fallback : user;
}

Status AuditLog::record(const QString &table, qint64 rowId, const QString &action, const QString &actor,
                        const QJsonObject &before, const QJsonObject &after)
{
  Q_ASSERT(mStore.inTransaction());
  SqlStatement q(mStore.handle(), QStringLiteral("INSERT INTO audit_log(table_name, row_id, action, actor, at, before_json, after_json) "
                                                 "VALUES(?, ?, ?, ?, ?, ?, ?)"));
  q.bind(1, table)
    .bind(2, rowId > 0 ? QVariant(rowId) : QVariant())
    .bind(3, action)
    .bind(4, actor.isEmpty() ? QStringLiteral("unknown") : actor)
    .bind(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
    .bind(6, jsonOrNull(before))
    .bind(7, jsonOrNull(after));
  return q.exec() ? Status() : Status::failure(QStringLiteral("audit_log: %1").arg(q.error()));
}

QVector<AuditEntry> AuditLog::history(const QString &table, qint64 rowId) const
{
  SqlStatement q(mStore.handle(), QStringLiteral("SELECT id, table_name, row_id, action, actor, at, before_json, after_json "
                                                 "FROM audit_log WHERE table_name = ? AND row_id = ? ORDER BY id DESC"));
  q.bind(1, table).bind(2, rowId);
  QVector<AuditEntry> entries;
  while (q.next()) {
    AuditEntry e;
    e.id = q.int64(0);
    e.table = q.text(1);
    e.rowId = q.int64(2);
    e.action = q.text(3);
    e.actor = q.text(4);
    e.at = QDateTime::fromString(q.text(5), Qt::ISODateWithMs);
    e.before = parse(q.text(6));
    e.after = parse(q.text(7));
    entries << e;
  }
  return entries;
}

qint64 AuditLog::count() const
{
  SqlStatement q(mStore.handle(), QStringLiteral("SELECT count(*) FROM audit_log"));
  return q.next() ? q.int64(0) : 0;
}

} // namespace onemap
