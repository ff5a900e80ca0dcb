// `onemap cap ingest` end to end: a good, a bad and a duplicate message give
// one archived copy, one quarantined file with its reason, and exit code 1.
#include "OnemapProcess.h"
#include "SampleStore.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

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
    {
      auto store = Store::open(sample.path());
      QVERIFY(store.ok());
      SqlStatement q(store.value()->handle(), QStringLiteral("SELECT code FROM admin_units WHERE level = 'township' ORDER BY code LIMIT 1"));
      QVERIFY(q.next());
      township = q.text(0);
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
    QVERIFY2(lines.size() >= 3, qPrintable(run.out + run.err));
    QVERIFY2(lines[0].startsWith(good + QStringLiteral(": ingested Alert 53990104100300001_20240620080000")), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(bad + QStringLiteral(": rejected:")) && lines[1].contains(QStringLiteral("<scope>")), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(dup + QStringLiteral(": already ingested")), qPrintable(lines[2]));

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

  void usage()
  {
    const Run run = runOnemap({QStringLiteral("cap"), QStringLiteral("listen"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.code, 2);
    QVERIFY2(testing::onemapError(run.err).contains(QStringLiteral("listen")), qPrintable(run.err));
  }
};

QTEST_GUILESS_MAIN(TestCapCli)
#include "test_cap_cli.moc"
