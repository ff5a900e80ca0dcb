// Every write leaves one audit row in its own transaction; a failing write
// leaves nothing at all.
#include "hidden_dangers/HiddenDanger.h"
#include "reserves/Reserve.h"
#include "shelters/Shelter.h"
#include "store/AuditLog.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace onemap;

namespace {
HiddenDanger sampleDanger(const QString &code)
{
  HiddenDanger d;
  d.code = code;
  d.name = QStringLiteral("石门村三组滑坡");
  d.hazardType = QStringLiteral("landslide");
  d.scale = QStringLiteral("medium");
  d.threatenedPeople = 42;
  d.threatenedHouseholds = 12;
  d.villageCode = QStringLiteral("539901001001");
  d.deadline = QStringLiteral("2026-12-31");
  d.location = {108.9, 28.8};
  return d;
}
} // namespace

class TestAudit : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void init()
  {
    mDir.reset(new QTemporaryDir);
    auto opened = Store::open(mDir->filePath(QStringLiteral("a.onemap.sqlite")), Store::Mode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    mStore = opened.take();
  }
  void cleanup() { mStore.reset(); }

  void insertUpdateDeleteEachWriteOneAuditRow()
  {
    HiddenDangers dangers(*mStore);
    AuditLog audit(*mStore);
    auto id = dangers.add(sampleDanger(QStringLiteral("HD001")), QStringLiteral("analyst.li"));
    QVERIFY2(id.ok(), qPrintable(id.message()));
    QCOMPARE(audit.count(), qint64(1));

    HiddenDanger d = dangers.get(id.value()).value();
    QCOMPARE(d.name, QStringLiteral("石门村三组滑坡"));
    QCOMPARE(d.location.lon, 108.9);
    d.status = QStringLiteral("assigned");
    d.threatenedPeople = 50;
    QVERIFY(dangers.update(d, QStringLiteral("analyst.wang")).ok());
    QVERIFY(dangers.remove(id.value(), QStringLiteral("analyst.li")).ok());

    const QVector<AuditEntry> history = audit.history(QStringLiteral("hidden_dangers"), id.value());
    QCOMPARE(history.size(), 3);
    QCOMPARE(history[0].action, QStringLiteral("delete"));
    QCOMPARE(history[1].action, QStringLiteral("update"));
    QCOMPARE(history[1].actor, QStringLiteral("analyst.wang"));
    QCOMPARE(history[1].before.value(QStringLiteral("status")).toString(), QStringLiteral("identified"));
    QCOMPARE(history[1].after.value(QStringLiteral("status")).toString(), QStringLiteral("assigned"));
    QCOMPARE(history[1].after.value(QStringLiteral("threatened_people")).toInt(), 50);
    QVERIFY(history[1].after.value(QStringLiteral("geom")).toString().startsWith(QStringLiteral("POINT(108.9")));
    QCOMPARE(history[2].action, QStringLiteral("insert"));
    QVERIFY(history[2].before.isEmpty());
    QVERIFY(history[2].at.isValid());
    QVERIFY(history[0].after.isEmpty());
    QCOMPARE(history[0].before.value(QStringLiteral("code")).toString(), QStringLiteral("HD001"));
  }

  void validationNamesTheFieldAndWritesNothing_data()
  {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("required name") << "name" << "";
    QTest::newRow("unknown hazard type") << "hazard_type" << "volcano";
    QTest::newRow("negative people") << "threatened_people" << "-3";
    QTest::newRow("bad date") << "deadline" << "2026-13-45";
    QTest::newRow("bad status") << "status" << "done";
  }

  void validationNamesTheFieldAndWritesNothing()
  {
    QFETCH(QString, field);
    QFETCH(QString, value);
    Record r = HiddenDanger::schema().toRecord(sampleDanger(QStringLiteral("HD002")));
    r.values[field] = value;
    Table table(*mStore, HiddenDanger::schema().spec());
    auto id = table.insert(r, QStringLiteral("t"));
    QVERIFY(!id.ok());
    QVERIFY2(id.message().contains(field), qPrintable(id.message()));
    QCOMPARE(table.count(), qint64(0));
    QCOMPARE(AuditLog(*mStore).count(), qint64(0));
  }

  void invalidGeometryIsRefusedAndRolledBack()
  {
    Record r = HiddenDanger::schema().toRecord(sampleDanger(QStringLiteral("HD003")));
    r.wkt = QStringLiteral("POINT(not a point)");
    Table table(*mStore, HiddenDanger::schema().spec());
    auto id = table.insert(r, QStringLiteral("t"));
    QVERIFY(!id.ok());
    QVERIFY2(id.message().contains(QStringLiteral("geom")), qPrintable(id.message()));
    QCOMPARE(table.count(), qint64(0));
    QCOMPARE(AuditLog(*mStore).count(), qint64(0));
  }

  void constraintFailureInsideWriteRollsBackRowAndAudit()
  {
    HiddenDangers dangers(*mStore);
    QVERIFY(dangers.add(sampleDanger(QStringLiteral("HD010")), QStringLiteral("t")).ok());
    // Same code again: passes validation, fails on the UNIQUE constraint in SQL.
    auto dup = dangers.add(sampleDanger(QStringLiteral("HD010")), QStringLiteral("t"));
    QVERIFY(!dup.ok());
    QVERIFY2(dup.message().contains(QStringLiteral("hidden_dangers")), qPrintable(dup.message()));
    QCOMPARE(dangers.count(), qint64(1));
    QCOMPARE(AuditLog(*mStore).count(), qint64(1));
  }

  void bulkInsertIsAllOrNothingAndNamesTheRow()
  {
    Shelters shelters(*mStore);
    QVector<Shelter> rows;
    for (int i = 0; i < 5; ++i) {
      Shelter s;
      s.code = QStringLiteral("SH%1").arg(i);
      s.name = QStringLiteral("避难点%1").arg(i);
      s.shelterClass = QStringLiteral("temporary");
      s.capacity = 100;
      s.location = {108.8 + i * 0.01, 28.8};
      rows << s;
    }
    rows[3].code = rows[1].code; // row 4 breaks the UNIQUE code
    auto bad = shelters.addMany(rows, QStringLiteral("import"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.message().contains(QStringLiteral("row 4")), qPrintable(bad.message()));
    QCOMPARE(shelters.count(), qint64(0));
    QCOMPARE(AuditLog(*mStore).count(), qint64(0));

    rows[3].code = QStringLiteral("SH3");
    auto good = shelters.addMany(rows, QStringLiteral("import"));
    QVERIFY2(good.ok(), qPrintable(good.message()));
    QCOMPARE(shelters.count(), qint64(5));
    QCOMPARE(AuditLog(*mStore).count(), qint64(1));
  }

  void foreignKeyFailureLeavesNothing()
  {
    ReserveItems items(*mStore);
    ReserveItem item;
    item.reserveId = 999; // no such depot
    item.item = QStringLiteral("帐篷");
    item.unit = QStringLiteral("顶");
    item.quantity = 10;
    QVERIFY(!items.add(item, QStringLiteral("t")).ok());
    QCOMPARE(items.count(), qint64(0));
    QCOMPARE(AuditLog(*mStore).count(), qint64(0));
  }

private:
  std::unique_ptr<QTemporaryDir> mDir;
  std::unique_ptr<Store> mStore;
};

QTEST_GUILESS_MAIN(TestAudit)
#include "test_audit.moc"
