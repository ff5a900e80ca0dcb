// Store: create, open, migrate forward, and refuse what is not ours.
#include "catalog/Catalog.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>
#include <unistd.h>

using namespace onemap;

namespace {
QByteArray fileHash(const QString &path)
{
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly))
    return {};
  return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString scalar(Store &store, const QString &sql)
{
  SqlStatement q(store.handle(), sql);
  return q.next() ? q.text(0) : QString();
}

// Makes a plain SQLite file (of "another program") with one table.
void makeForeignSqlite(const QString &path, int applicationId, int userVersion)
{
  sqlite3 *db = nullptr;
  QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
  QVERIFY(execSql(db, QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES(1); PRAGMA application_id=%1; PRAGMA user_version=%2")
                        .arg(applicationId).arg(userVersion)).isEmpty());
  sqlite3_close(db);
}
} // namespace

class TestStore : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void init() { QVERIFY(mDir.isValid()); }

  void createsStoreInWalModeAtCurrentSchema()
  {
    const QString path = mDir.filePath(QStringLiteral("new.onemap.sqlite"));
    auto opened = Store::open(path, Store::Mode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    Store &store = *opened.value();
    QCOMPARE(store.schemaVersion(), Store::currentSchemaVersion());
    QCOMPARE(scalar(store, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QCOMPARE(scalar(store, QStringLiteral("PRAGMA application_id")).toInt(), Store::kApplicationId);
  }

  void everyCatalogTableExistsWithItsFieldsAndGeometry()
  {
    const QString path = mDir.filePath(QStringLiteral("cat.onemap.sqlite"));
    auto opened = Store::open(path, Store::Mode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    Store &store = *opened.value();
    for (const TableSpec *spec : Catalog::tables()) {
      SqlStatement info(store.handle(), QStringLiteral("SELECT name FROM pragma_table_info(?)"));
      info.bind(1, spec->name);
      QStringList columns;
      while (info.next())
        columns << info.text(0);
      for (const QString &field : spec->fieldNames())
        QVERIFY2(columns.contains(field), qPrintable(spec->name + QLatin1Char('.') + field));
      if (spec->hasGeometry()) {
        SqlStatement g(store.handle(), QStringLiteral("SELECT srid, spatial_index_enabled, geometry_type FROM geometry_columns "
                                                      "WHERE f_table_name = ? AND f_geometry_column = 'geom'"));
        g.bind(1, spec->name);
        QVERIFY2(g.next(), qPrintable(spec->name));
        QCOMPARE(g.int64(0), qint64(4490));
        QCOMPARE(g.int64(1), qint64(1));
      }
    }
    for (const char *t : {"audit_log", "store_meta"})
      QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(QLatin1String(t))), QStringLiteral("1"));
  }

  void migratesAnOlderStoreForwardKeepingData()
  {
    const QString path = mDir.filePath(QStringLiteral("old.onemap.sqlite"));
    {
      auto v1 = Store::createAtVersion(path, 1);
      QVERIFY2(v1.ok(), qPrintable(v1.message()));
      QCOMPARE(v1.value()->schemaVersion(), 1);
      QCOMPARE(scalar(*v1.value(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'roads'")), QStringLiteral("0"));
      QVERIFY(v1.value()->setMeta(QStringLiteral("county_name"), QStringLiteral("示范县")).ok());
    }
    auto reopened = Store::open(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
    QCOMPARE(reopened.value()->schemaVersion(), Store::currentSchemaVersion());
    QCOMPARE(scalar(*reopened.value(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'roads'")), QStringLiteral("1"));
    QCOMPARE(reopened.value()->meta(QStringLiteral("county_name")), QStringLiteral("示范县"));
  }

  void migratesAVersion3StoreToCallRecords()
  {
    // A store written by the schema-3 build, with a warning in it, gains the
    // call-and-answer table; its calls go with their warning.
    const QString path = mDir.filePath(QStringLiteral("v3.onemap.sqlite"));
    {
      auto v3 = Store::createAtVersion(path, 3);
      QVERIFY2(v3.ok(), qPrintable(v3.message()));
      QCOMPARE(v3.value()->schemaVersion(), 3);
      QCOMPARE(scalar(*v3.value(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'warning_calls'")), QStringLiteral("0"));
      QVERIFY(execSql(v3.value()->handle(), QStringLiteral("INSERT INTO warnings(id, identifier, sender, sent, hazard, level) "
                                                           "VALUES(7, 'w7', 's', '2024-06-20T08:00:00+08:00', 'rainstorm', 'orange')")).isEmpty());
    }
    auto opened = Store::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    Store &store = *opened.value();
    // v3 -> v4 -> v5 -> ... in one open.
    QCOMPARE(store.schemaVersion(), Store::currentSchemaVersion());
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'daily_statistics'")), QStringLiteral("1"));
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM warnings")), QStringLiteral("1"));
    QVERIFY(execSql(store.handle(), QStringLiteral("INSERT INTO warning_calls(warning_id, admin_code, person_name, role) "
                                                   "VALUES(7, '539901001000', '张三', 'disaster_responsible')")).isEmpty());
    // One call per person and unit of a warning.
    QVERIFY(!execSql(store.handle(), QStringLiteral("INSERT INTO warning_calls(warning_id, admin_code, person_id, person_name, role) "
                                                    "VALUES(7, '539901001000', NULL, '李四', 'grid_member'), (7, '539901001001', 1, 'x', 'grid_member')")).isEmpty());
    // An answer without a call is refused by the table itself.
    QVERIFY(!execSql(store.handle(), QStringLiteral("INSERT INTO warning_calls(warning_id, admin_code, person_name, role, answered_at) "
                                                    "VALUES(7, '539901001000', '王五', 'grid_member', '2024-06-20T08:10:00+08:00')")).isEmpty());
    QVERIFY(execSql(store.handle(), QStringLiteral("DELETE FROM warnings WHERE id = 7")).isEmpty());
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM warning_calls")), QStringLiteral("0"));
  }

  void migratesAVersion4StoreToDailyStatistics()
  {
    // A store of the schema-4 build (call records in it) gains the daily
    // statistics table; the table itself refuses what the store must never hold.
    const QString path = mDir.filePath(QStringLiteral("v4.onemap.sqlite"));
    {
      auto v4 = Store::createAtVersion(path, 4);
      QVERIFY2(v4.ok(), qPrintable(v4.message()));
      QCOMPARE(v4.value()->schemaVersion(), 4);
      QCOMPARE(scalar(*v4.value(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'daily_statistics'")), QStringLiteral("0"));
      QVERIFY(execSql(v4.value()->handle(), QStringLiteral("INSERT INTO warnings(id, identifier, sender, sent, hazard, level) "
                                                           "VALUES(7, 'w7', 's', '2024-06-20T08:00:00+08:00', 'rainstorm', 'orange');"
                                                           "INSERT INTO warning_calls(warning_id, admin_code, person_name, role) "
                                                           "VALUES(7, '539901001000', '张三', 'disaster_responsible')")).isEmpty());
    }
    auto opened = Store::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    Store &store = *opened.value();
    QCOMPARE(store.schemaVersion(), Store::currentSchemaVersion());
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM warning_calls")), QStringLiteral("1"));
    const auto insert = [&](const QString &values) {
      return execSql(store.handle(), QStringLiteral("INSERT INTO daily_statistics(report_date, stat_set, township_code, field, value) VALUES(%1)").arg(values));
    };
    QVERIFY(insert(QStringLiteral("'2024-06-20', 'rain', '539901001000', 'people_transferred', 120")).isEmpty());
    // One value per day, set, township and field.
    QVERIFY(!insert(QStringLiteral("'2024-06-20', 'rain', '539901001000', 'people_transferred', 5")).isEmpty());
    QVERIFY(insert(QStringLiteral("'2024-06-20', 'drought', '539901001000', 'people_transferred', 5")).isEmpty());
    QVERIFY(!insert(QStringLiteral("'2024-06-20', 'rain', '539901001000', 'dead_missing', -1")).isEmpty()); // negative
    QVERIFY(!insert(QStringLiteral("'2024-06-20', 'flood', '539901001000', 'dead_missing', 1")).isEmpty());  // unknown set
    QVERIFY(!insert(QStringLiteral("'20240620', 'rain', '539901001000', 'dead_missing', 1")).isEmpty());     // not a date
    QVERIFY(!insert(QStringLiteral("'2024-06-20', 'rain', '5399010010', 'dead_missing', 1")).isEmpty());     // short code
    QCOMPARE(scalar(store, QStringLiteral("SELECT source FROM daily_statistics WHERE stat_set = 'rain'")), QStringLiteral("manual"));
  }

  void refusesMissingFile()
  {
    const QString path = mDir.filePath(QStringLiteral("absent.onemap.sqlite"));
    auto opened = Store::open(path);
    QVERIFY(!opened.ok());
    QVERIFY(opened.message().contains(path));
    QVERIFY(!QFile::exists(path));
  }

  void refusesNonStoreFilesUntouched_data()
  {
    QTest::addColumn<QString>("kind");
    QTest::newRow("text") << "text";
    QTest::newRow("empty") << "empty";
    QTest::newRow("foreign-sqlite") << "foreign";
    QTest::newRow("newer-schema") << "newer";
  }

  void refusesNonStoreFilesUntouched()
  {
    QFETCH(QString, kind);
    const QString path = mDir.filePath(kind + QStringLiteral(".sqlite"));
    if (kind == QLatin1String("text")) {
      QFile f(path);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write("this is a shapefile readme, not a database\n");
    } else if (kind == QLatin1String("empty")) {
      QFile f(path);
      QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (kind == QLatin1String("foreign")) {
      makeForeignSqlite(path, 0, 0);
    } else {
      makeForeignSqlite(path, Store::kApplicationId, Store::currentSchemaVersion() + 5);
    }
    const QByteArray before = fileHash(path);
    auto opened = Store::open(path, Store::Mode::CreateIfMissing);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.message().contains(path), qPrintable(opened.message()));
    if (kind == QLatin1String("newer"))
      QVERIFY2(opened.message().contains(QString::number(Store::currentSchemaVersion() + 5)), qPrintable(opened.message()));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
  }

  void refusesUnwritableFolder()
  {
    if (geteuid() == 0)
      QSKIP("root can write anywhere; permission checks do not apply");
    const QString path = QStringLiteral("/proc/onemap-test.onemap.sqlite");
    QVERIFY(!Store::open(path, Store::Mode::CreateIfMissing).ok());
  }

  void transactionRollsBackEverythingOnFailure()
  {
    auto opened = Store::open(mDir.filePath(QStringLiteral("tx.onemap.sqlite")), Store::Mode::CreateIfMissing);
    QVERIFY(opened.ok());
    Store &store = *opened.value();
    Status s = store.transaction([&]() -> Status {
      if (Status inner = store.setMeta(QStringLiteral("a"), QStringLiteral("1")); !inner) // nested: joins
        return inner;
      return Status::failure(QStringLiteral("second step failed"));
    });
    QVERIFY(!s.ok());
    QCOMPARE(s.message(), QStringLiteral("second step failed"));
    QVERIFY(store.meta(QStringLiteral("a")).isEmpty());
    QVERIFY(!store.inTransaction());
  }

private:
  QTemporaryDir mDir;
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
