// `onemap cap ingest` end to end: a good, a bad and a duplicate message give
// one archived copy, one quarantined file with its reason, and exit code 1.
// `cap watch` (--once, and running until SIGTERM) and `cap poll --once` on a
// file:// feed through the same built executable.
#include "CapSamples.h"
#include "OnemapProcess.h"
#include "SampleStore.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace onemap;
using testing::Run;
using testing::runOnemap;

namespace {
QByteArray message(const QString &code, bool withScope)
{
  return QStringLiteral(
           "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">"
           "<identifier>53990104100300001_20240620080000</identifier><sender>53990104100@weather.example.cn</sender>"
           "<sent>2024-06-20T08:00:00+08:00</sent><status>Actual</status><msgType>Alert</msgType>%1"
           "<info><language>zh-CN</language><category>Met</category><event>暴雨</event><urgency>Expected</urgency>"
           "<severity>Moderate</severity><certainty>Likely</certainty><senderName>示范县气象台</senderName>"
           "<headline>示范县气象台发布暴雨黄色预警信号</headline>"
           "<area><areaDesc>城关镇</areaDesc><geocode><valueName>GB/T 2260</valueName><value>%2</value></geocode></area>"
           "</info></alert>\n")
    .arg(withScope ? QStringLiteral("<scope>Public</scope>") : QString(), code)
    .toUtf8();
}

bool write(const QString &path, const QByteArray &bytes)
{
  QFile f(path);
  return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray read(const QString &path)
{
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestCapCli : public QObject
{
  Q_OBJECT

private slots:
  void goodBadDuplicate()
  {
    testing::SampleStore sample;
    QVERIFY2(sample.ok(), qPrintable(sample.message()));
    QString township;
    qint64 villages = 0;
    {
      auto store = Store::open(sample.path());
      QVERIFY(store.ok());
      SqlStatement q(store.value()->handle(), QStringLiteral("SELECT code FROM admin_units WHERE level = 'township' ORDER BY code LIMIT 1"));
      QVERIFY(q.next());
      township = q.text(0);
      SqlStatement v(store.value()->handle(), QStringLiteral("SELECT count(*) FROM admin_units WHERE level = 'village' AND parent_code = ?"));
      v.bind(1, township);
      QVERIFY(v.next());
      villages = v.int64(0);
    }
    QTemporaryDir inbox;
    const QString good = inbox.filePath(QStringLiteral("good.cap"));
    const QString bad = inbox.filePath(QStringLiteral("bad.cap"));
    const QString dup = inbox.filePath(QStringLiteral("again.cap"));
    QVERIFY(write(good, message(township, true)));
    QVERIFY(write(bad, message(township, false)));
    QVERIFY(write(dup, message(township, true)));

    const Run run = runOnemap({QStringLiteral("cap"), QStringLiteral("ingest"), QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--store"), sample.path(), good, bad, dup});
    QCOMPARE(run.code, 1);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 4, qPrintable(run.out + run.err));
    QVERIFY2(lines[0].startsWith(good + QStringLiteral(": ingested Alert 53990104100300001_20240620080000")), qPrintable(lines[0]));
    // In force (no expiry): its impact on arrival follows, the township and all its villages.
    QVERIFY2(lines[1].startsWith(QStringLiteral("  impact: 1 township(s), %1 village(s), ").arg(villages)), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(bad + QStringLiteral(": rejected:")) && lines[2].contains(QStringLiteral("<scope>")), qPrintable(lines[2]));
    QVERIFY2(lines[3].startsWith(dup + QStringLiteral(": already ingested")), qPrintable(lines[3]));

    const QDir archive(sample.path() + QStringLiteral(".cap-archive"));
    const QStringList archived = archive.entryList(QDir::Files);
    QCOMPARE(archived, QStringList {QStringLiteral("53990104100300001_20240620080000_2024-06-20T08_00_00_08_00.xml")});
    QCOMPARE(read(archive.filePath(archived.first())), message(township, true)); // as received, byte for byte

    const QDir quarantine(sample.path() + QStringLiteral(".cap-quarantine"));
    QCOMPARE(quarantine.entryList(QDir::Files), (QStringList {QStringLiteral("bad.cap"), QStringLiteral("bad.cap.reason")}));
    QCOMPARE(read(quarantine.filePath(QStringLiteral("bad.cap"))), message(township, false));
    QVERIFY2(read(quarantine.filePath(QStringLiteral("bad.cap.reason"))).contains("missing <scope>"), read(quarantine.filePath(QStringLiteral("bad.cap.reason"))).constData());
    QVERIFY(!QFile::exists(bad));   // moved, not copied
    QVERIFY(QFile::exists(good));   // accepted files stay where they were
    QVERIFY(QFile::exists(dup));

    auto store = Store::open(sample.path());
    QVERIFY(store.ok());
    SqlStatement q(store.value()->handle(), QStringLiteral("SELECT count(*), min(level), min(hazard) FROM warnings WHERE identifier = ?"));
    q.bind(1, QStringLiteral("53990104100300001_20240620080000"));
    QVERIFY(q.next());
    QCOMPARE(q.int64(0), 1);
    QCOMPARE(q.text(1), QStringLiteral("yellow"));
    QCOMPARE(q.text(2), QStringLiteral("rainstorm"));

    // Again: nothing new, nothing rejected.
    const Run again = runOnemap({QStringLiteral("cap"), QStringLiteral("ingest"), QStringLiteral("--lang"), QStringLiteral("en"),
                                 QStringLiteral("--store"), sample.path(), good});
    QCOMPARE(again.code, 0);
    QVERIFY2(again.out.contains(QStringLiteral("already ingested")), qPrintable(again.out));
    QCOMPARE(archive.entryList(QDir::Files).size(), 1);
  }

  void watchOnceDrainsTheFolder()
  {
    testing::SampleStore sample;
    QVERIFY2(sample.ok(), qPrintable(sample.message()));
    const QStringList townships = testing::townshipCodes(sample.path());
    QTemporaryDir drop;
    const QByteArray good = testing::capMessage(testing::capIdentifier(1), testing::geocodeArea(townships[0]));
    QVERIFY(write(drop.filePath(QStringLiteral("a-good.xml")), good));
    QVERIFY(write(drop.filePath(QStringLiteral("b-bad.cap")), QByteArray(good).replace("<scope>Public</scope>", "")));
    QVERIFY(write(drop.filePath(QStringLiteral("c-copy.xml")), good));
    QVERIFY(write(drop.filePath(QStringLiteral("d-writing.xml.part")), good));
    {
      // The original is older than its copy: taken first, the copy is the duplicate.
      QFile original(drop.filePath(QStringLiteral("a-good.xml")));
      QVERIFY(original.open(QIODevice::ReadWrite) && original.setFileTime(QDateTime::currentDateTime().addSecs(-30), QFileDevice::FileModificationTime));
    }

    const Run run = runOnemap({QStringLiteral("cap"), QStringLiteral("watch"), drop.path(), QStringLiteral("--once"), QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--store"), sample.path()});
    QCOMPARE(run.code, 1); // one was rejected
    // One line per message (the sample's own old warnings may add an "expired" line).
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).filter(drop.path());
    QVERIFY2(lines.size() == 3, qPrintable(run.out));
    QVERIFY2(lines[0].contains(QStringLiteral("a-good.xml: ingested Alert ") + testing::capIdentifier(1)), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("b-bad.cap: rejected:")) && run.out.contains(QStringLiteral("<scope>")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("c-copy.xml: already ingested as warning")), qPrintable(run.out));
    // Drained: only the file still being written is left.
    QCOMPARE(QDir(drop.path()).entryList(QDir::Files), QStringList {QStringLiteral("d-writing.xml.part")});
    QCOMPARE(QDir(sample.path() + QStringLiteral(".cap-archive")).entryList(QDir::Files).size(), 1);
    QCOMPARE(QDir(sample.path() + QStringLiteral(".cap-quarantine")).entryList(QDir::Files),
             (QStringList {QStringLiteral("b-bad.cap"), QStringLiteral("b-bad.cap.reason")}));
  }

  void watchRunsUntilTerminated()
  {
    testing::SampleStore sample;
    QVERIFY2(sample.ok(), qPrintable(sample.message()));
    const QStringList townships = testing::townshipCodes(sample.path());
    QTemporaryDir drop;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ONEMAP_BINARY_DIR "/bin/onemap"),
            {QStringLiteral("cap"), QStringLiteral("watch"), drop.path(), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--store"), sample.path()});
    QVERIFY(p.waitForStarted());
    QString out;
    QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(p.readAllStandardError()), out.contains(QStringLiteral("watching"))), 30000);
    const QByteArray message = testing::capMessage(testing::capIdentifier(2), testing::geocodeArea(townships[1]));
    QVERIFY(write(drop.filePath(QStringLiteral("dropped.xml")), message));
    out.clear();
    QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(p.readAllStandardOutput()), out.contains(QStringLiteral("dropped.xml: ingested"))), 30000);
    QVERIFY(!QFile::exists(drop.filePath(QStringLiteral("dropped.xml"))));
    p.terminate(); // SIGTERM: finish the message in hand, exit 0
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
  }

  void pollOnceReadsAFileFeed()
  {
    testing::SampleStore sample;
    QVERIFY2(sample.ok(), qPrintable(sample.message()));
    const QStringList townships = testing::townshipCodes(sample.path());
    QTemporaryDir dir;
    const QByteArray message = testing::capMessage(testing::capIdentifier(3), testing::geocodeArea(townships[2]));
    const QString feed = dir.filePath(QStringLiteral("feed.xml"));
    QVERIFY(write(feed, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                        "<entry><id>urn:e1</id><content type=\"text/xml\">" + message.mid(message.indexOf("<alert")) + "</content></entry>"
                        "<entry><id>urn:e2</id><link href=\"https://cap.example.cn/alerts/2.xml\" type=\"application/cap+xml\"/></entry></feed>\n"));
    const QString url = QUrl::fromLocalFile(feed).toString();
    const QStringList args {QStringLiteral("cap"), QStringLiteral("poll"), url, QStringLiteral("--once"), QStringLiteral("--lang"), QStringLiteral("en"),
                            QStringLiteral("--store"), sample.path()};
    const Run run = runOnemap(args);
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(url + QStringLiteral(" [urn:e1]: ingested Alert ") + testing::capIdentifier(3)), qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("entry urn:e2 links to https://cap.example.cn/alerts/2.xml; not fetched (no --allow-prefix covers it)")), qPrintable(run.out));
    QCOMPARE(QDir(sample.path() + QStringLiteral(".cap-archive")).entryList(QDir::Files).size(), 1);

    const Run again = runOnemap(args);
    QCOMPARE(again.code, 0);
    QVERIFY2(again.out.contains(url + QStringLiteral(": 1 message(s) already ingested")), qPrintable(again.out));
    QVERIFY(!again.out.contains(QStringLiteral("ingested Alert")));

    // A feed that cannot be read: the error names it, exit 1.
    QVERIFY(write(feed, "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY x \"y\">]>\n<feed/>\n"));
    const Run hostile = runOnemap(args);
    QCOMPARE(hostile.code, 1);
    QVERIFY2(testing::onemapError(hostile.err).contains(url) && hostile.err.contains(QStringLiteral("DTD")), qPrintable(hostile.err));
  }

  void pollUsage()
  {
    const Run noInterval = runOnemap({QStringLiteral("cap"), QStringLiteral("poll"), QStringLiteral("https://cap.example.cn/feed.xml"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(noInterval.code, 2);
    QVERIFY2(testing::onemapError(noInterval.err).contains(QStringLiteral("--interval")), qPrintable(noInterval.err));
    const Run ftp = runOnemap({QStringLiteral("cap"), QStringLiteral("poll"), QStringLiteral("ftp://cap.example.cn/feed.xml"), QStringLiteral("--once"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(ftp.code, 2);
    QVERIFY2(testing::onemapError(ftp.err).contains(QStringLiteral("ftp://")), qPrintable(ftp.err));
    const Run help = runOnemap({QStringLiteral("cap"), QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(help.code, 0);
    QVERIFY2(help.out.contains(QStringLiteral("--allow-prefix")) && help.out.contains(QStringLiteral("ingest, watch, poll, calls or ack")), qPrintable(help.out));
  }

  void usage()
  {
    const Run run = runOnemap({QStringLiteral("cap"), QStringLiteral("listen"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.code, 2);
    QVERIFY2(testing::onemapError(run.err).contains(QStringLiteral("listen")), qPrintable(run.err));
  }
};

QTEST_GUILESS_MAIN(TestCapCli)
#include "test_cap_cli.moc"
