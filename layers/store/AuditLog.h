#pragma once
// \brief The audit log: one row per change, written in the change's own transaction.
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QVector>

namespace onemap {

class Store;

struct AuditEntry
{
  qint64 id = 0;
  QString table;
  qint64 rowId = 0;
  QString action; //!< insert, update, delete, bulk_insert
  QString actor;
  QDateTime at;
  QJsonObject before;
  QJsonObject after;
};

class AuditLog
{
public:
  explicit AuditLog(Store &store) : mStore(store) {}

  //! The login name of whoever runs the board (USER, else USERNAME), or
  //! \a fallback when neither is set: the actor when no one is named.
  static QString loginName(const QString &fallback = QStringLiteral("onemap"));

  //! Must be called inside a Store::transaction.
  Status record(const QString &table, qint64 rowId, const QString &action, const QString &actor,
                const QJsonObject &before, const QJsonObject &after);

  //! Newest first.
  QVector<AuditEntry> history(const QString &table, qint64 rowId) const;
  qint64 count() const;

private:
  Store &mStore;
};

} // namespace onemap
