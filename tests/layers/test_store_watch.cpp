// StoreWatch: what another connection commits to a real sample store comes
// back as tables and row ids (from the audit log), as whole tables (bulk
// writes, cascades, caps) or as "unknown" (writes the audit log never saw).
#include "ImportFixtures.h"
#include "hidden_dangers/HiddenDanger.h"
#include "import/Importer.h"
#include "shelters/Shelter.h"
#include "store/SqlStatement.h"
#include "store/StoreWatch.h"

#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace onemap;

namespace {
const QString kDangers = QStringLiteral("hidden_dangers");
constexpr int kByHand = 60 * 60 * 1000; // the timer never fires within a test: polled by hand

HiddenDanger renamed(HiddenDanger d, const QString &suffix)
{
  d.name += suffix;
  return d;
}

HiddenDanger copyOf(HiddenDanger d, const QString &code)
{
  d.id = 0;
  d.code = code;
  return d;
}

// This executable run as the other process: `--rename-danger <store> <id>`
// renames one hidden danger through layers/, the way `onemap danger` would.
const char kRenameDanger[] = "--rename-danger";

int renameDangerAsAnotherProcess(const QString &path, qint64 id)
{
  auto store = Store::open(path);
  if (!store)
    return 2;
  HiddenDangers table(*store.value());
  Result<HiddenDanger> d = table.get(id);
  if (!d)
    return 3;
  return table.update(renamed(d.value(), QStringLiteral("-process")), QStringLiteral("test")) ? 0 : 4;
}
} // namespace

class TestStoreWatch : public QObject
{
  Q_OBJECT

  testing::SampleStore mSample;
  std::unique_ptr<Store> mOther; //!< the writer: another connection, as another process would be
  QTemporaryDir mDir;

  //! The first \a n sample dangers (not the ones the tests add).
  QVector<HiddenDanger> dangers(int n) const
  {
    return HiddenDangers(*mOther).where(QStringLiteral("id IN (SELECT id FROM hidden_dangers WHERE code NOT LIKE 'WATCH-%' ORDER BY id LIMIT ?)"), {n});
  }

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    auto other = Store::open(mSample.path());
    QVERIFY2(other, qPrintable(other.message()));
    mOther = other.take();
    QVERIFY(dangers(10).size() == 10);
  }

  void nothingChangedGivesAnEmptyChangeAndNoSignal()
  {
    StoreWatch watch(mSample.path(), nullptr, kByHand);
    QVERIFY2(watch.isValid(), qPrintable(watch.error()));
    QVERIFY(watch.lastAuditId() > 0); // the sample's own bulk rows are the starting point, not a change
    QSignalSpy spy(&watch, &StoreWatch::changed);
    QVERIFY(watch.check().isEmpty());
    // Reading elsewhere is no change either.
    QVERIFY(HiddenDangers(*mOther).count() > 0);
    QVERIFY(watch.check().isEmpty());
    QCOMPARE(spy.count(), 0);
  }

  void updateOfOneDangerReportsItsId()
  {
    StoreWatch watch(mSample.path(), nullptr, kByHand);
    QVERIFY2(watch.isValid(), qPrintable(watch.error()));
    QSignalSpy spy(&watch, &StoreWatch::changed);
    const HiddenDanger d = dangers(3).at(2);
    QVERIFY(HiddenDangers(*mOther).update(renamed(d, QStringLiteral("-edited")), QStringLiteral("test")));

    const StoreChange change = watch.check();
    QCOMPARE(change.rows.keys(), QList<QString> {kDangers});
    QCOMPARE(change.rows.value(kDangers), QSet<qint64> {d.id});
    QVERIFY(change.wholeTables.isEmpty());
    QVERIFY(!change.unknown);
    QCOMPARE(change.tables(), QSet<QString> {kDangers});
    QCOMPARE(spy.count(), 1);
    const StoreChange signalled = spy.first().first().value<StoreChange>();
    QCOMPARE(signalled.rows, change.rows);
    // Reported once.
    QVERIFY(watch.check().isEmpty());
    QCOMPARE(spy.count(), 1);
  }

  void insertAndDeleteReportTheirIdsAndTheCascade()
  {
    StoreWatch watch(mSample.path(), nullptr, kByHand);
    QVERIFY2(watch.isValid(), qPrintable(watch.error()));
    // The schema says what a danger's delete takes with it.
    QVERIFY(watch.followersOnDelete(kDangers).contains(QStringLiteral("danger_events")));
    QVERIFY(!watch.followersOnDelete(kDangers).contains(kDangers));

    HiddenDangers table(*mOther);
    const QVector<HiddenDanger> some = dangers(5);
    const Result<qint64> added = table.add(copyOf(some.at(0), QStringLiteral("WATCH-INS-1")), QStringLiteral("test"));
    QVERIFY2(added, qPrintable(added.message()));
    QVERIFY(watch.check().rows.value(kDangers) == QSet<qint64> {added.value()});

    const qint64 gone = some.at(4).id;
    QVERIFY(table.remove(gone, QStringLiteral("test")));
    const StoreChange change = watch.check();
    QCOMPARE(change.rows.value(kDangers), QSet<qint64> {gone});
    // danger_events rows went by ON DELETE CASCADE, which writes no audit row.
    QCOMPARE(change.wholeTables, watch.followersOnDelete(kDangers));
    QVERIFY(!change.unknown);
  }

  void bulkInsertReportsTheWholeTable()
  {
    StoreWatch watch(mSample.path(), nullptr, kByHand);
    QVERIFY2(watch.isValid(), qPrintable(watch.error()));
    // Sample generation's path: Table::insertMany, one bulk_insert row.
    const QVector<HiddenDanger> some = dangers(2);
    const Result<int> added = HiddenDangers(*mOther).addMany({copyOf(some.at(0), QStringLiteral("WATCH-BULK-1")), copyOf(some.at(1), QStringLiteral("WATCH-BULK-2"))},
                                                            QStringLiteral("test"));
    QVERIFY2(added, qPrintable(added.message()));
    StoreChange change = watch.check();
    QCOMPARE(change.wholeTables, QSet<QString> {kDangers});
    QVERIFY(change.rows.isEmpty());
    QVERIFY(!change.unknown);

    // `onemap import`'s path: new rows in bulk, a known code updated in place.
    const QString csv = mDir.filePath(QStringLiteral("import.csv"));
    const QVector<QStringList> rows {testing::dangerRow(QStringLiteral("WATCH-IMP-1")), testing::dangerRow(QStringLiteral("WATCH-IMP-2")),
                                     testing::dangerRow(QStringLiteral("WATCH-BULK-1"))};
    QVERIFY(testing::writeFile(csv, testing::csvBytes(testing::dangerHeader(), rows, "UTF-8")));
    ImportOptions o;
    o.layer = kDangers;
    const Result<ImportSummary> imported = Importer::run(*mOther, csv, o);
    QVERIFY2(imported, qPrintable(imported.message()));
    QVERIFY(imported.value().stored);
    QCOMPARE(imported.value().inserted, 2);
    QCOMPARE(imported.value().updated, 1);
    change = watch.check();
    QCOMPARE(change.wholeTables, QSet<QString> {kDangers});
    QVERIFY(!change.rows.contains(kDangers)); // the updated row's id is covered by the whole table
    QVERIFY(!change.unknown);
  }

  void writeWithoutAuditRowIsUnknown()
  {
    StoreWatch watch(mSample.path(), nullptr, kByHand);
    QVERIFY2(watch.isValid(), qPrintable(watch.error()));
    QSignalSpy spy(&watch, &StoreWatch::changed);
    QVERIFY(SqlStatement(mOther->handle(), QStringLiteral("UPDATE shelters SET occupancy = occupancy + 1 WHERE id = 1")).exec());
    StoreChange change = watch.check();
    QVERIFY(change.unknown);
    QVERIFY(change.rows.isEmpty());
    QVERIFY(change.wholeTables.isEmpty());
    QVERIFY(!change.isEmpty());
    QCOMPARE(spy.count(), 1);

    // store_meta is written without an audit row too.
    QVERIFY(mOther->setMeta(QStringLiteral("watch_test"), QStringLiteral("1")));
    QVERIFY(watch.check().unknown);
    QVERIFY(watch.check().isEmpty());
    QCOMPARE(spy.count(), 2);
  }

  void timerReportsAChangeWithinOneSecond()
  {
    StoreWatch watch(mSample.path());
    QVERIFY2(watch.isValid(), qPrintable(watch.error()));
    QSignalSpy spy(&watch, &StoreWatch::changed);
    const HiddenDanger d = dangers(2).at(1);
    QVERIFY(HiddenDangers(*mOther).update(renamed(d, QStringLiteral("-timer")), QStringLiteral("test")));
    QVERIFY(spy.wait(1000));
    QCOMPARE(spy.count(), 1);
    const StoreChange change = spy.first().first().value<StoreChange>();
    QCOMPARE(change.rows.value(kDangers), QSet<qint64> {d.id});
    QVERIFY(!change.unknown);
  }

  void anotherProcessesCommitIsSeenWithinOneSecond()
  {
    StoreWatch watch(mSample.path());
    QVERIFY2(watch.isValid(), qPrintable(watch.error()));
    QSignalSpy spy(&watch, &StoreWatch::changed);
    const qint64 id = dangers(4).at(3).id;
    QProcess writer;
    writer.start(QCoreApplication::applicationFilePath(), {QLatin1String(kRenameDanger), mSample.path(), QString::number(id)});
    QVERIFY(writer.waitForFinished(60000));
    QCOMPARE(writer.exitCode(), 0);
    // The commit is done; the event loop has not run since, so the timer has not polled yet.
    QCOMPARE(spy.count(), 0);
    QVERIFY(spy.wait(1000));
    const StoreChange change = spy.first().first().value<StoreChange>();
    QCOMPARE(change.rows.value(kDangers), QSet<qint64> {id});
    QVERIFY(!change.unknown);
  }

  void aQueuedConnectionCarriesTheChange()
  {
    // The metatype is registered, so a queued (e.g. cross-thread) connection carries the struct.
    StoreWatch watch(mSample.path(), nullptr, kByHand);
    QVERIFY2(watch.isValid(), qPrintable(watch.error()));
    StoreChange received;
    connect(&watch, &StoreWatch::changed, this, [&](const StoreChange &c) { received = c; }, Qt::QueuedConnection);
    const HiddenDanger d = dangers(1).at(0);
    QVERIFY(HiddenDangers(*mOther).update(renamed(d, QStringLiteral("-queued")), QStringLiteral("test")));
    QVERIFY(!watch.check().isEmpty());
    QTRY_COMPARE(received.rows.value(kDangers), QSet<qint64> {d.id});
  }

  void capTurnsAHugeTableChangeIntoAWholeTable()
  {
    StoreWatch watch(mSample.path(), nullptr, kByHand);
    QVERIFY2(watch.isValid(), qPrintable(watch.error()));
    watch.setCaps(5, 1000);
    const QVector<HiddenDanger> six = dangers(6);
    QVERIFY(six.size() == 6);
    const qint64 shelterId = 1;
    const Status written = mOther->transaction([&]() -> Status {
      for (const HiddenDanger &d : six)
        if (Status s = HiddenDangers(*mOther).update(renamed(d, QStringLiteral("-cap")), QStringLiteral("test")); !s)
          return s;
      Shelters shelters(*mOther);
      Result<Shelter> shelter = shelters.get(shelterId);
      if (!shelter)
        return shelter.status();
      return shelters.update(shelter.value(), QStringLiteral("test"));
    });
    QVERIFY2(written, qPrintable(written.message()));
    const StoreChange change = watch.check();
    QCOMPARE(change.wholeTables, QSet<QString> {kDangers});
    QVERIFY(!change.rows.contains(kDangers));
    // The cap is per table: the one shelter keeps its id.
    QCOMPARE(change.rows.value(QStringLiteral("shelters")), QSet<qint64> {shelterId});
    QVERIFY(!change.unknown);
  }

  void pastTheReadCapTheChangeIsUnknown()
  {
    StoreWatch watch(mSample.path(), nullptr, kByHand);
    QVERIFY2(watch.isValid(), qPrintable(watch.error()));
    watch.setCaps(100, 3);
    const QVector<HiddenDanger> four = dangers(4);
    auto updateAll = [&](const QVector<HiddenDanger> &list) {
      return mOther->transaction([&]() -> Status {
        for (const HiddenDanger &d : list)
          if (Status s = HiddenDangers(*mOther).update(renamed(d, QStringLiteral("-read")), QStringLiteral("test")); !s)
            return s;
        return Status();
      });
    };
    // Exactly the read cap: read and named.
    QVERIFY(updateAll(four.mid(0, 3)));
    StoreChange change = watch.check();
    QCOMPARE(change.rows.value(kDangers), (QSet<qint64> {four[0].id, four[1].id, four[2].id}));
    QVERIFY(!change.unknown);
    // One more than the cap: not read, unknown.
    QVERIFY(updateAll(four));
    change = watch.check();
    QVERIFY(change.unknown);
    QVERIFY(change.rows.isEmpty());
    QVERIFY(change.wholeTables.isEmpty());
    // Nor reported again later.
    QVERIFY(watch.check().isEmpty());
    QVERIFY(updateAll(four.mid(3, 1)));
    QCOMPARE(watch.check().rows.value(kDangers), QSet<qint64> {four[3].id});
  }

  void defaultCapAtFullSize()
  {
    // 20,001 audited inserts in one commit: past the default per-table cap.
    StoreWatch watch(mSample.path(), nullptr, kByHand);
    QVERIFY2(watch.isValid(), qPrintable(watch.error()));
    const HiddenDanger model = dangers(1).at(0);
    const int n = StoreWatch::kDefaultRowCap + 1;
    const Status written = mOther->transaction([&]() -> Status {
      HiddenDangers table(*mOther);
      for (int i = 0; i < n; ++i)
        if (Result<qint64> id = table.add(copyOf(model, QStringLiteral("WATCH-MANY-%1").arg(i)), QStringLiteral("test")); !id)
          return id.status();
      return Status();
    });
    QVERIFY2(written, qPrintable(written.message()));
    const StoreChange change = watch.check();
    QCOMPARE(change.wholeTables, QSet<QString> {kDangers});
    QVERIFY(change.rows.isEmpty());
    QVERIFY(!change.unknown);
  }

  void aMissingFileOrAForeignFileIsNamed()
  {
    const QString missing = mDir.filePath(QStringLiteral("no-such.onemap.sqlite"));
    StoreWatch none(missing, nullptr, kByHand);
    QVERIFY(!none.isValid());
    QVERIFY2(none.error().contains(missing), qPrintable(none.error()));
    QVERIFY(none.check().isEmpty());
    QVERIFY(!QFileInfo::exists(missing)); // not created by watching

    const QString text = mDir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(testing::writeFile(text, QByteArrayLiteral("not a store at all\n")));
    StoreWatch foreign(text, nullptr, kByHand);
    QVERIFY(!foreign.isValid());
    QVERIFY2(foreign.error().contains(text), qPrintable(foreign.error()));
  }
};

int main(int argc, char **argv)
{
  QCoreApplication app(argc, argv);
  if (argc == 4 && qstrcmp(argv[1], kRenameDanger) == 0)
    return renameDangerAsAnotherProcess(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());
  TestStoreWatch test;
  QTEST_SET_MAIN_SOURCE_PATH
  return QTest::qExec(&test, argc, argv);
}
#include "test_store_watch.moc"
