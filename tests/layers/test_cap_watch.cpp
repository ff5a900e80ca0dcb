// CapFolderWatcher in a running event loop on real folders: files dropped
// while it runs are taken within seconds, half-written and temporary files
// are left alone, and a burst of 10,000 messages (with duplicates and broken
// ones among them) loses none and stores none twice.
#include "CapSamples.h"
#include "SampleStore.h"
#include "warnings/CapFolderWatcher.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace onemap;
using namespace onemap::testing;

namespace {
struct Folders
{
  QTemporaryDir root;
  QString drop = root.filePath(QStringLiteral("drop"));
  QString archive = root.filePath(QStringLiteral("archive"));
  QString quarantine = root.filePath(QStringLiteral("quarantine"));
  Folders() { QDir().mkpath(drop); }
};

qint64 warningsWithPrefix(const Store &store, const QString &prefix)
{
  SqlStatement q(store.handle(), QStringLiteral("SELECT count(*), count(DISTINCT identifier) FROM warnings WHERE identifier LIKE ?"));
  q.bind(1, prefix + QLatin1Char('%'));
  return q.next() && q.int64(0) == q.int64(1) ? q.int64(0) : -1; // -1 also when one is there twice
}
} // namespace

class TestCapWatch : public QObject
{
  Q_OBJECT

  SampleStore mSample;
  std::unique_ptr<Store> mStore;
  QStringList mTownships;
  double mMinLon = 0, mMinLat = 0;

private slots:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    auto s = Store::open(mSample.path());
    QVERIFY2(s.ok(), qPrintable(s.message()));
    mStore = s.take();
    mTownships = townshipCodes(mSample.path());
    QVERIFY(mTownships.size() >= 3);
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT MbrMinX(geom), MbrMinY(geom) FROM admin_units WHERE level = 'county'"));
    QVERIFY(q.next());
    mMinLon = q.real(0);
    mMinLat = q.real(1);
    qRegisterMetaType<CapInboxOutcome>();
  }

  void candidates()
  {
    QVERIFY(CapFolderWatcher::isCandidate(QStringLiteral("a.xml")));
    QVERIFY(CapFolderWatcher::isCandidate(QStringLiteral("A.CAP")));
    QVERIFY(CapFolderWatcher::isCandidate(QStringLiteral("预警.2024.xml")));
    QVERIFY(!CapFolderWatcher::isCandidate(QStringLiteral(".a.xml")));
    QVERIFY(!CapFolderWatcher::isCandidate(QStringLiteral("a.xml.part")));
    QVERIFY(!CapFolderWatcher::isCandidate(QStringLiteral("a.xml.tmp")));
    QVERIFY(!CapFolderWatcher::isCandidate(QStringLiteral("a.tmp")));
    QVERIFY(!CapFolderWatcher::isCandidate(QStringLiteral("a.xml~")));
    QVERIFY(!CapFolderWatcher::isCandidate(QStringLiteral("a.txt")));
  }

  void filesDroppedWhileRunning()
  {
    Folders f;
    // One present before the start is taken too.
    QVERIFY(writeFile(QDir(f.drop).filePath(QStringLiteral("before.xml")), capMessage(capIdentifier(1), geocodeArea(mTownships[0]))));
    CapInbox inbox(*mStore, f.archive, f.quarantine);
    QVERIFY(inbox.prepare().ok());
    CapFolderWatcher watcher(inbox, f.drop);
    QSignalSpy handled(&watcher, &CapFolderWatcher::handled);
    QVERIFY(watcher.start().ok());
    QTRY_VERIFY_WITH_TIMEOUT(warningsWithPrefix(*mStore, capIdentifier(1)) == 1, 15000);

    // Written in place, and written under a temporary name then renamed (the safe way).
    QVERIFY(writeFile(QDir(f.drop).filePath(QStringLiteral("direct.cap")), capMessage(capIdentifier(2), geocodeArea(mTownships[1]))));
    QVERIFY(writeFile(QDir(f.drop).filePath(QStringLiteral("renamed.xml.part")), capMessage(capIdentifier(3), polygonArea(mMinLat + 0.05, mMinLon + 0.05))));
    QVERIFY(QFile::rename(QDir(f.drop).filePath(QStringLiteral("renamed.xml.part")), QDir(f.drop).filePath(QStringLiteral("renamed.xml"))));
    QTRY_VERIFY_WITH_TIMEOUT(filesIn(f.drop).isEmpty(), 15000);
    QCOMPARE(warningsWithPrefix(*mStore, capIdentifier(2)), 1);
    QCOMPARE(warningsWithPrefix(*mStore, capIdentifier(3)), 1);
    QCOMPARE(filesIn(f.archive).size(), 3);
    QCOMPARE(handled.count(), 3);
    watcher.stop();
  }

  void partialAndTemporaryFilesAreLeftAlone()
  {
    Folders f;
    CapInbox inbox(*mStore, f.archive, f.quarantine);
    QVERIFY(inbox.prepare().ok());
    CapFolderWatcher watcher(inbox, f.drop);
    QStringList notReady;
    connect(&watcher, &CapFolderWatcher::handled, this, [&](const CapInboxOutcome &o) {
      if (o.kind == CapInboxOutcome::Kind::NotReady)
        notReady << QFileInfo(o.origin).fileName();
    });
    QVERIFY(watcher.start().ok());

    const QByteArray whole = capMessage(capIdentifier(10), geocodeArea(mTownships[2]));
    const QString half = QDir(f.drop).filePath(QStringLiteral("half.xml"));
    QFile writer(half);
    QVERIFY(writer.open(QIODevice::WriteOnly));
    QVERIFY(writer.write(whole.left(whole.size() / 2)) > 0);
    QVERIFY(writer.flush());
    const QByteArray temp = capMessage(capIdentifier(11), geocodeArea(mTownships[2]));
    QVERIFY(writeFile(QDir(f.drop).filePath(QStringLiteral("later.xml.part")), temp));
    QVERIFY(writeFile(QDir(f.drop).filePath(QStringLiteral(".hidden.xml")), temp));
    QVERIFY(writeFile(QDir(f.drop).filePath(QStringLiteral("later.tmp")), temp));

    // The watcher has looked at the half file once it stopped changing, and left it.
    QTRY_VERIFY_WITH_TIMEOUT(notReady.contains(QStringLiteral("half.xml")), 15000);
    QVERIFY(QFile::exists(half));
    QVERIFY(filesIn(f.quarantine).isEmpty());
    QCOMPARE(warningsWithPrefix(*mStore, capIdentifier(10)), 0);

    QVERIFY(writer.write(whole.mid(whole.size() / 2)) > 0);
    writer.close();
    QTRY_VERIFY_WITH_TIMEOUT(warningsWithPrefix(*mStore, capIdentifier(10)) == 1, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(half), 5000);
    QVERIFY(filesIn(f.quarantine).isEmpty());
    const QStringList archived = filesIn(f.archive);
    QCOMPARE(archived.size(), 1);
    QCOMPARE(readFile(QDir(f.archive).filePath(archived.first())), whole);
    // Temporary and hidden names were never touched.
    QCOMPARE(filesIn(f.drop), (QStringList {QStringLiteral(".hidden.xml"), QStringLiteral("later.tmp"), QStringLiteral("later.xml.part")}));
    QCOMPARE(warningsWithPrefix(*mStore, capIdentifier(11)), 0);
    watcher.stop();
  }

  void halfFilesDoNotHoldUpTheOthers()
  {
    // More unfinished files than one batch, older than the finished one behind them.
    Folders f;
    CapInbox inbox(*mStore, f.archive, f.quarantine);
    QVERIFY(inbox.prepare().ok());
    const QByteArray half = capMessage(capIdentifier(20), geocodeArea(mTownships[0])).left(200);
    for (int i = 0; i < CapInbox::kBatchSize + 50; ++i)
      QVERIFY(writeFile(QDir(f.drop).filePath(QStringLiteral("half%1.xml").arg(i, 3, 10, QLatin1Char('0'))), half));
    CapFolderWatcher watcher(inbox, f.drop);
    QVERIFY(watcher.start().ok());
    QTest::qWait(1500);
    QVERIFY(writeFile(QDir(f.drop).filePath(QStringLiteral("whole.xml")), capMessage(capIdentifier(21), geocodeArea(mTownships[0]))));
    // Well inside the 30 s the half files are waited for.
    QTRY_VERIFY_WITH_TIMEOUT(warningsWithPrefix(*mStore, capIdentifier(21)) == 1, 15000);
    QCOMPARE(filesIn(f.drop).size(), CapInbox::kBatchSize + 50);
    QVERIFY(filesIn(f.quarantine).isEmpty());
    watcher.stop();
  }

  void burstOfTenThousand()
  {
    Folders f;
    CapInbox inbox(*mStore, f.archive, f.quarantine);
    QVERIFY(inbox.prepare().ok());
    CapFolderWatcher watcher(inbox, f.drop);
    int accepted = 0, duplicates = 0, rejected = 0, other = 0;
    connect(&watcher, &CapFolderWatcher::handled, this, [&](const CapInboxOutcome &o) {
      switch (o.kind) {
      case CapInboxOutcome::Kind::Accepted: ++accepted; break;
      case CapInboxOutcome::Kind::Duplicate: ++duplicates; break;
      case CapInboxOutcome::Kind::Rejected: ++rejected; break;
      default: ++other; break;
      }
    });
    QVERIFY(watcher.start().ok());

    const int distinct = 10000, copies = 50, broken = 20;
    const int base = 100000;
    QElapsedTimer clock;
    clock.start();
    // Written while the watcher runs, as a feed relay would: distinct messages,
    // byte-exact copies of earlier ones under other names, and broken ones.
    QDir drop(f.drop);
    for (int i = 0; i < distinct; ++i) {
      const QString area = i % 3 == 0 ? geocodeArea(mTownships[i % mTownships.size()])
                                      : polygonArea(mMinLat + 0.001 * (i % 100), mMinLon + 0.001 * (i / 100));
      QVERIFY(writeFile(drop.filePath(QStringLiteral("m%1.xml").arg(i, 5, 10, QLatin1Char('0'))), capMessage(capIdentifier(base + i), area)));
      if (i % (distinct / copies) == distinct / copies - 1) {
        const int of = i - 7;
        const QString area2 = of % 3 == 0 ? geocodeArea(mTownships[of % mTownships.size()])
                                           : polygonArea(mMinLat + 0.001 * (of % 100), mMinLon + 0.001 * (of / 100));
        QVERIFY(writeFile(drop.filePath(QStringLiteral("copy-of-m%1.xml").arg(of, 5, 10, QLatin1Char('0'))), capMessage(capIdentifier(base + of), area2)));
      }
      if (i % (distinct / broken) == 11)
        QVERIFY(writeFile(drop.filePath(QStringLiteral("broken%1.cap").arg(i)), capMessage(capIdentifier(base + distinct + i), geocodeArea(mTownships[0])).replace("<urgency>Expected</urgency>", "")));
    }
    const qint64 writtenMs = clock.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(accepted + duplicates + rejected == distinct + copies + broken, 300000);
    const qint64 drainedMs = clock.elapsed();
    qInfo("burst: %d files written in %lld ms, all handled after %lld ms", distinct + copies + broken, writtenMs, drainedMs);

    QCOMPARE(accepted, distinct);
    QCOMPARE(duplicates, copies);
    QCOMPARE(rejected, broken);
    QCOMPARE(other, 0);
    QTRY_VERIFY_WITH_TIMEOUT(filesIn(f.drop).isEmpty(), 10000); // drained
    QVERIFY(warningsWithPrefix(*mStore, QStringLiteral("539901041003")) >= distinct); // -1 were any stored twice
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT count(*) FROM warnings WHERE CAST(substr(identifier, 13, 6) AS INTEGER) >= ?"));
    q.bind(1, base);
    QVERIFY(q.next());
    QCOMPARE(q.int64(0), distinct);
    QCOMPARE(filesIn(f.archive).size(), distinct);
    QVERIFY(!QDir(f.archive).exists(CapInbox::duplicatesFolder())); // byte-exact copies: nothing new to keep
    const QStringList quarantined = filesIn(f.quarantine);
    QCOMPARE(quarantined.size(), 2 * broken);
    for (const QString &name : quarantined) {
      QVERIFY2(name.startsWith(QLatin1String("broken")), qPrintable(name));
      if (name.endsWith(QLatin1String(".reason")))
        QVERIFY(readFile(QDir(f.quarantine).filePath(name)).contains("missing <urgency>"));
    }
    watcher.stop();
  }
};

QTEST_GUILESS_MAIN(TestCapWatch)
#include "test_cap_watch.moc"
