// CapInbox on a real sample-county store and real folders: accepted messages
// archived byte for byte, rejected ones quarantined with a reason that names
// the problem, duplicates, per-message all-or-nothing inside a batch, files
// still being written, and a locked store that loses nothing.
#include "CapSamples.h"
#include "SampleStore.h"
#include "warnings/CapInbox.h"
#include "warnings/Warning.h"

#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>

using namespace onemap;
using namespace onemap::testing;

class TestCapInbox : public QObject
{
  Q_OBJECT

  SampleStore mSample;
  std::unique_ptr<Store> mStore;
  QStringList mTownships;
  QTemporaryDir mDir;
  int mSerial = 1000;

  QString drop() const { return mDir.filePath(QStringLiteral("drop")); }
  QString archive() const { return mDir.filePath(QStringLiteral("archive")); }
  QString quarantine() const { return mDir.filePath(QStringLiteral("quarantine")); }
  qint64 warnings(const QString &identifier)
  {
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT count(*) FROM warnings WHERE identifier = ?"));
    q.bind(1, identifier);
    return q.next() ? q.int64(0) : -1;
  }
  QString nextId() { return capIdentifier(++mSerial); }

private slots:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    auto s = Store::open(mSample.path());
    QVERIFY2(s.ok(), qPrintable(s.message()));
    mStore = s.take();
    mTownships = townshipCodes(mSample.path());
    QVERIFY(mTownships.size() >= 3);
    QVERIFY(QDir().mkpath(drop()));
    CapInbox inbox(*mStore, archive(), quarantine());
    QVERIFY(inbox.prepare().ok());
    QVERIFY(QFileInfo(archive()).isDir() && QFileInfo(quarantine()).isDir());
  }

  void acceptedFileIsArchivedAsReceived()
  {
    // GB18030 with CRLF line ends and a comment: the archive keeps exactly these bytes.
    const QString id = nextId();
    QByteArray bytes = capMessage(id, geocodeArea(mTownships[0]));
    bytes.replace("encoding=\"UTF-8\"", "encoding=\"GB18030\"").replace("\n", "\r\n").replace("<scope>", "<!-- 原样 --><scope>");
    // Only 暴雨 stays Chinese, written in GB18030 (B1A9 D3EA) as such issuers send it.
    QString text = QString::fromUtf8(bytes);
    text.replace(QStringLiteral("示范县气象台发布暴雨黄色预警信号"), QStringLiteral("Rainstorm yellow"))
      .replace(QStringLiteral("示范县气象台"), QStringLiteral("County observatory"))
      .replace(QStringLiteral("原样"), QStringLiteral("as received"))
      .replace(QStringLiteral("乡镇"), QStringLiteral("township"));
    const QByteArray gb = text.toUtf8().replace("\xe6\x9a\xb4\xe9\x9b\xa8", "\xb1\xa9\xd3\xea");
    QVERIFY(!gb.contains("\xe6\x9a\xb4"));
    const QString path = QDir(drop()).filePath(QStringLiteral("gb18030.xml"));
    QVERIFY(writeFile(path, gb));
    CapInbox inbox(*mStore, archive(), quarantine());
    const CapInboxOutcome o = inbox.receiveFile(path, CapInbox::SourceFile::Take);
    QVERIFY2(o.kind == CapInboxOutcome::Kind::Accepted, qPrintable(o.reason));
    QCOMPARE(o.identifier, id);
    QVERIFY(o.warningId > 0);
    QVERIFY(!QFile::exists(path)); // taken out of the drop folder
    QCOMPARE(QFileInfo(o.keptAt).absolutePath(), QFileInfo(archive()).absoluteFilePath());
    QCOMPARE(readFile(o.keptAt), gb);
    QCOMPARE(warnings(id), 1);
    Warnings table(*mStore);
    QCOMPARE(table.where(QStringLiteral("identifier = ?"), {id}).value(0).hazard, QStringLiteral("rainstorm")); // 暴雨 read through GB18030
  }

  void acceptedBytesAreArchivedAsReceived()
  {
    const QString id = nextId();
    const QByteArray bytes = capMessage(id, polygonArea(25.0, 101.0)) + "\n\n<!-- trailing -->\n";
    CapInbox inbox(*mStore, archive(), quarantine());
    const CapInboxOutcome o = inbox.receiveBytes(bytes, QStringLiteral("https://example.cn/cap/1.xml"), QStringLiteral("1.xml"));
    QVERIFY2(o.kind == CapInboxOutcome::Kind::Accepted, qPrintable(o.reason));
    QCOMPARE(o.origin, QStringLiteral("https://example.cn/cap/1.xml"));
    QCOMPARE(readFile(o.keptAt), bytes);
    QVERIFY(QFileInfo(o.keptAt).fileName().startsWith(id + QLatin1Char('_')));
    QCOMPARE(warnings(id), 1);
  }

  void keepModeCopiesAndLeavesTheFile()
  {
    const QString id = nextId();
    const QString path = QDir(drop()).filePath(QStringLiteral("keep.cap"));
    QVERIFY(writeFile(path, capMessage(id, geocodeArea(mTownships[1]))));
    CapInbox inbox(*mStore, archive(), quarantine());
    const CapInboxOutcome o = inbox.receiveFile(path, CapInbox::SourceFile::Keep);
    QVERIFY2(o.kind == CapInboxOutcome::Kind::Accepted, qPrintable(o.reason));
    QVERIFY(QFile::exists(path));
    QCOMPARE(readFile(o.keptAt), readFile(path));
    // Again: a duplicate, and in Keep mode the file stays put and nothing is archived twice.
    const int archived = filesIn(archive()).size();
    const CapInboxOutcome again = inbox.receiveFile(path, CapInbox::SourceFile::Keep);
    QCOMPARE(int(again.kind), int(CapInboxOutcome::Kind::Duplicate));
    QCOMPARE(again.warningId, o.warningId);
    QVERIFY(QFile::exists(path));
    QCOMPARE(filesIn(archive()).size(), archived);
    QVERIFY(QFile::remove(path));
  }

  void rejectedGoToQuarantineWithTheirReason()
  {
    CapInbox inbox(*mStore, archive(), quarantine());
    struct Case
    {
      QString name;
      QByteArray bytes;
      QString reasonMustName;
    };
    const QString id = nextId();
    const QVector<Case> cases {
      {QStringLiteral("noscope.xml"), capMessage(id, geocodeArea(mTownships[0])).replace("<scope>Public</scope>", ""), QStringLiteral("missing <scope>")},
      {QStringLiteral("dtd.xml"), QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE alert [<!ENTITY x \"boom\">]>\n") + capMessage(nextId(), geocodeArea(mTownships[0])).mid(39),
       QStringLiteral("DTD")},
      {QStringLiteral("elsewhere.cap"), capMessage(nextId(), geocodeArea(QStringLiteral("530102001001"))), QStringLiteral("530102001001")},
      {QStringLiteral("notxml.xml"), QByteArray("this is not a CAP message </alert>"), QStringLiteral("XML error")},
    };
    for (const Case &c : cases) {
      const QString path = QDir(drop()).filePath(c.name);
      QVERIFY(writeFile(path, c.bytes));
      const CapInboxOutcome o = inbox.receiveFile(path, CapInbox::SourceFile::Take);
      QVERIFY2(o.kind == CapInboxOutcome::Kind::Rejected, qPrintable(c.name + QLatin1Char(' ') + o.reason));
      QVERIFY(!QFile::exists(path));
      QCOMPARE(o.keptAt, QDir(quarantine()).filePath(c.name));
      QCOMPARE(readFile(o.keptAt), c.bytes);
      const QString reason = QString::fromUtf8(readFile(o.keptAt + QStringLiteral(".reason")));
      QVERIFY2(reason.contains(c.reasonMustName), qPrintable(c.name + QStringLiteral(": ") + reason));
    }
    QCOMPARE(warnings(id), 0);

    // The same name again gets a number, so no earlier evidence is overwritten.
    const QString path = QDir(drop()).filePath(QStringLiteral("noscope.xml"));
    QVERIFY(writeFile(path, cases[0].bytes));
    const CapInboxOutcome second = inbox.receiveFile(path, CapInbox::SourceFile::Take);
    QCOMPARE(QFileInfo(second.keptAt).fileName(), QStringLiteral("noscope-2.xml"));
    QVERIFY(QFile::exists(second.keptAt + QStringLiteral(".reason")));

    // Bytes from the network are quarantined under the name they came with.
    const CapInboxOutcome net = inbox.receiveBytes(cases[0].bytes, QStringLiteral("https://example.cn/feed [urn:x:1]"), QStringLiteral("urn:x:1"));
    QCOMPARE(int(net.kind), int(CapInboxOutcome::Kind::Rejected));
    QCOMPARE(QFileInfo(net.keptAt).fileName(), QStringLiteral("urn_x_1.xml"));
    QCOMPARE(readFile(net.keptAt), cases[0].bytes);
  }

  void duplicatesLeaveTheFolder()
  {
    CapInbox inbox(*mStore, archive(), quarantine());
    const QString id = nextId();
    const QByteArray bytes = capMessage(id, geocodeArea(mTownships[2]));
    const QString first = QDir(drop()).filePath(QStringLiteral("first.xml"));
    QVERIFY(writeFile(first, bytes));
    QCOMPARE(int(inbox.receiveFile(first, CapInbox::SourceFile::Take).kind), int(CapInboxOutcome::Kind::Accepted));
    const int archived = filesIn(archive()).size();

    // The same bytes: the archive holds them already, the copy is removed.
    const QString same = QDir(drop()).filePath(QStringLiteral("same.xml"));
    QVERIFY(writeFile(same, bytes));
    const CapInboxOutcome d1 = inbox.receiveFile(same, CapInbox::SourceFile::Take);
    QCOMPARE(int(d1.kind), int(CapInboxOutcome::Kind::Duplicate));
    QVERIFY(!QFile::exists(same));
    QVERIFY(d1.keptAt.isEmpty());
    QCOMPARE(filesIn(archive()).size(), archived);

    // Same identifier+sender+sent but other bytes: kept aside in duplicates/.
    const QByteArray other = QByteArray(bytes).replace("黄色预警信号", "黄色预警信号（更正）");
    const QString differs = QDir(drop()).filePath(QStringLiteral("differs.xml"));
    QVERIFY(writeFile(differs, other));
    const CapInboxOutcome d2 = inbox.receiveFile(differs, CapInbox::SourceFile::Take);
    QCOMPARE(int(d2.kind), int(CapInboxOutcome::Kind::Duplicate));
    QVERIFY(!QFile::exists(differs));
    QCOMPARE(QFileInfo(d2.keptAt).absolutePath(), QDir(archive()).absoluteFilePath(CapInbox::duplicatesFolder()));
    QCOMPARE(readFile(d2.keptAt), other);
    QCOMPARE(filesIn(archive()).size(), archived);
    QCOMPARE(warnings(id), 1);

    // From the network: the same bytes again write nothing at all.
    const int dups = filesIn(QDir(archive()).filePath(CapInbox::duplicatesFolder())).size();
    const CapInboxOutcome d3 = inbox.receiveBytes(bytes, QStringLiteral("https://example.cn/a.xml"));
    QCOMPARE(int(d3.kind), int(CapInboxOutcome::Kind::Duplicate));
    QCOMPARE(filesIn(archive()).size(), archived);
    QCOMPARE(filesIn(QDir(archive()).filePath(CapInbox::duplicatesFolder())).size(), dups);
  }

  void oneBadMessageDoesNotSpoilItsBatch()
  {
    CapInbox inbox(*mStore, archive(), quarantine());
    const qint64 auditBefore = countRows(*mStore, QStringLiteral("SELECT count(*) FROM audit_log"));
    QStringList paths, ids;
    for (int i = 0; i < 5; ++i) {
      ids << nextId();
      // The third parses but cannot be placed: CapIngest refuses it inside the transaction.
      const QString area = i == 2 ? geocodeArea(QStringLiteral("530102001001")) : geocodeArea(mTownships[i % mTownships.size()]);
      // The fifth updates the first, in the same batch.
      const QString extra = i == 4 ? QStringLiteral("<references>%1,%2,2024-06-20T08:00:00+08:00</references>").arg(capSender(), ids[0]) : QString();
      paths << QDir(drop()).filePath(QStringLiteral("batch%1.xml").arg(i));
      QVERIFY(writeFile(paths.last(), capMessage(ids.last(), area, QStringLiteral("暴雨"), i == 4 ? QStringLiteral("Update") : QStringLiteral("Alert"), extra)));
    }
    const QVector<CapInboxOutcome> out = inbox.receiveFiles(paths, CapInbox::SourceFile::Take);
    QCOMPARE(out.size(), 5);
    for (int i = 0; i < 5; ++i) {
      QCOMPARE(out[i].origin, paths[i]);
      QCOMPARE(int(out[i].kind), int(i == 2 ? CapInboxOutcome::Kind::Rejected : CapInboxOutcome::Kind::Accepted));
      QCOMPARE(warnings(ids[i]), i == 2 ? 0 : 1);
      QVERIFY(!QFile::exists(paths[i]));
    }
    QVERIFY(out[2].reason.contains(QStringLiteral("530102001001")));
    QCOMPARE(Warnings(*mStore).where(QStringLiteral("identifier = ?"), {ids[0]}).value(0).status, QStringLiteral("updated"));
    // Four inserts and one status update, nothing left over from the refused one.
    QCOMPARE(countRows(*mStore, QStringLiteral("SELECT count(*) FROM audit_log")) - auditBefore, 5);
  }

  void fileStillBeingWrittenIsLeftAlone()
  {
    CapInbox inbox(*mStore, archive(), quarantine());
    const QString id = nextId();
    const QByteArray bytes = capMessage(id, geocodeArea(mTownships[0]));
    const QString path = QDir(drop()).filePath(QStringLiteral("half.xml"));
    QVERIFY(writeFile(path, bytes.left(bytes.size() / 2)));
    const CapInboxOutcome o = inbox.receiveFile(path, CapInbox::SourceFile::Take);
    QCOMPARE(int(o.kind), int(CapInboxOutcome::Kind::NotReady));
    QVERIFY(QFile::exists(path));
    QVERIFY(!QFile::exists(QDir(quarantine()).filePath(QStringLiteral("half.xml"))));
    // Once the writer has been quiet for the grace period it is truncated for good.
    inbox.setIncompleteGraceSeconds(0);
    const CapInboxOutcome late = inbox.receiveFile(path, CapInbox::SourceFile::Take);
    QCOMPARE(int(late.kind), int(CapInboxOutcome::Kind::Rejected));
    QVERIFY(QString::fromUtf8(readFile(late.keptAt + QStringLiteral(".reason"))).contains(QStringLiteral("half.xml")));
    QCOMPARE(warnings(id), 0);
  }

  void lockedStoreLosesNothing()
  {
    // Another writer holds the store: the batch cannot start, every file stays for the next look.
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(mSample.path().toUtf8().constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    CapInbox inbox(*mStore, archive(), quarantine());
    const QString id = nextId();
    const QString path = QDir(drop()).filePath(QStringLiteral("locked.xml"));
    QVERIFY(writeFile(path, capMessage(id, geocodeArea(mTownships[0]))));
    const CapInboxOutcome o = inbox.receiveFile(path, CapInbox::SourceFile::Take);
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    QCOMPARE(int(o.kind), int(CapInboxOutcome::Kind::Failed));
    QVERIFY2(!o.reason.isEmpty(), "the reason names the store error");
    QVERIFY(QFile::exists(path));
    QVERIFY(!QFile::exists(QDir(quarantine()).filePath(QStringLiteral("locked.xml"))));
    QCOMPARE(warnings(id), 0);
    const CapInboxOutcome retry = inbox.receiveFile(path, CapInbox::SourceFile::Take);
    QCOMPARE(int(retry.kind), int(CapInboxOutcome::Kind::Accepted));
    QCOMPARE(warnings(id), 1);
  }
};

QTEST_GUILESS_MAIN(TestCapInbox)
#include "test_cap_inbox.moc"
