// CSV text in UTF-8 (with and without BOM), GBK and GB18030 is recognised and
// stored as the same Chinese text; a wrong encoding named by the user is
// refused with a message naming the file, and a wrong guess can be overridden.
#include "ImportFixtures.h"
#include "import/Importer.h"
#include "import/SourceReader.h"
#include "import/TextDecoder.h"

using namespace onemap;
using namespace onemap::testing;

class TestImportEncodings : public QObject
{
  Q_OBJECT

  SampleStore mSample;
  std::unique_ptr<Store> mStore;

  Result<ImportSummary> import(const QString &file, const QString &encoding = QString())
  {
    ImportOptions o;
    o.layer = QStringLiteral("hidden_dangers");
    o.encoding = encoding;
    o.actor = QStringLiteral("test");
    return Importer::run(*mStore, file, o);
  }
  QString nameOf(const QString &code)
  {
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT name FROM hidden_dangers WHERE code = ?"));
    q.bind(1, code);
    return q.next() ? q.text(0) : QString();
  }

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    auto s = Store::open(mSample.path());
    QVERIFY2(s, qPrintable(s.message()));
    mStore = s.take();
  }

  void detectsEachEncoding_data()
  {
    QTest::addColumn<QByteArray>("codec");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utf-8") << QByteArray("UTF-8") << false << QStringLiteral("UTF-8");
    QTest::newRow("utf-8 with BOM") << QByteArray("UTF-8") << true << QStringLiteral("UTF-8");
    QTest::newRow("gbk") << QByteArray("GBK") << false << QStringLiteral("GB18030");
    QTest::newRow("gb18030") << QByteArray("GB18030") << false << QStringLiteral("GB18030");
  }
  void detectsEachEncoding()
  {
    QFETCH(QByteArray, codec);
    QFETCH(bool, bom);
    QFETCH(QString, expected);
    const QString code = QStringLiteral("ENC-%1-%2").arg(QString::fromLatin1(codec)).arg(bom);
    QStringList row = dangerRow(code);
    // GB18030 has characters GBK lacks (four-byte sequences): 𠮷 (U+20BB7).
    row[1] = codec == "GB18030" ? QString::fromUtf8("𠮷家沟滑坡") : QString::fromUtf8("龙潭村后山滑坡");
    const QString path = mSample.dir() + QStringLiteral("/%1.csv").arg(code);
    QVERIFY(writeFile(path, csvBytes(dangerHeader(), {row}, codec.constData(), bom)));
    QCOMPARE(TextDecoder::detectFile(path).value(), expected);
    Result<ImportSummary> r = import(path);
    QVERIFY2(r, qPrintable(r.message()));
    QVERIFY2(r.value().stored, r.value().issues.isEmpty() ? "" : qPrintable(r.value().issues.first().reason));
    QCOMPARE(r.value().encoding, expected);
    QCOMPARE(r.value().inserted, 1);
    QCOMPARE(nameOf(code), row[1]);
  }

  void gbkNamedAsUtf8IsRefusedWithTheFileNamed()
  {
    const QString path = mSample.dir() + QStringLiteral("/gbk-as-utf8.csv");
    QVERIFY(writeFile(path, csvBytes(dangerHeader(), {dangerRow(QStringLiteral("WRONG-1"))}, "GBK")));
    const qint64 before = countRows(*mStore, QStringLiteral("hidden_dangers"));
    Result<ImportSummary> r = import(path, QStringLiteral("utf-8"));
    QVERIFY(!r);
    QVERIFY2(r.message().contains(path) && r.message().contains(QStringLiteral("UTF-8")), qPrintable(r.message()));
    QCOMPARE(countRows(*mStore, QStringLiteral("hidden_dangers")), before);
  }

  void utf8NamedAsGbkIsRefusedAndOverrideFixesIt()
  {
    // UTF-8 Chinese is not valid GB18030: the strict decoder says so at the header.
    const QString path = mSample.dir() + QStringLiteral("/utf8-as-gbk.csv");
    QVERIFY(writeFile(path, csvBytes(dangerHeader(), {dangerRow(QStringLiteral("WRONG-2"))}, "UTF-8")));
    Result<ImportSummary> wrong = import(path, QStringLiteral("gbk"));
    QVERIFY(!wrong);
    QVERIFY2(wrong.message().contains(path) && wrong.message().contains(QStringLiteral("GB18030")), qPrintable(wrong.message()));
    Result<ImportSummary> right = import(path, QStringLiteral("utf-8"));
    QVERIFY2(right && right.value().stored, qPrintable(right.message()));
    QCOMPARE(nameOf(QStringLiteral("WRONG-2")), QString::fromUtf8("后山WRONG-2滑坡"));
  }

  void gbkBytesLateInAUtf8FileAreReportedPerRow()
  {
    // The first 4 MB decide the encoding; a later row in another encoding is
    // reported with its row and field instead of being stored garbled.
    QByteArray bytes = csvBytes(dangerHeader(), {dangerRow(QStringLiteral("LATE-1"))}, "UTF-8");
    QStringList bad = dangerRow(QStringLiteral("LATE-2"));
    bytes += QTextCodec::codecForName("GBK")->fromUnicode(bad.join(QLatin1Char(',')) + QLatin1Char('\n'));
    const QString path = mSample.dir() + QStringLiteral("/late.csv");
    QVERIFY(writeFile(path, bytes));
    Result<ImportSummary> r = import(path, QStringLiteral("utf-8"));
    QVERIFY2(r, qPrintable(r.message()));
    QVERIFY(!r.value().stored);
    QCOMPARE(r.value().rejected, 1);
    const ImportIssue &issue = r.value().issues.first();
    QCOMPARE(issue.row, 3);
    QCOMPARE(issue.field, QStringLiteral("name"));
    QVERIFY2(issue.reason.contains(QStringLiteral("UTF-8")), qPrintable(issue.reason));
  }

  void undecidableBytesAskForTheEncoding()
  {
    const QString path = mSample.dir() + QStringLiteral("/binary.csv");
    QVERIFY(writeFile(path, QByteArray("code,name\nA,\x81\x20\xFF\xFE\n")));
    Result<ImportSummary> r = import(path);
    QVERIFY(!r);
    QVERIFY2(r.message().contains(path) && r.message().contains(QStringLiteral("--encoding")), qPrintable(r.message()));
  }

  void unknownEncodingNameIsRefused()
  {
    QVERIFY(!TextDecoder::canonicalName(QStringLiteral("klingon")));
    QCOMPARE(TextDecoder::canonicalName(QStringLiteral("cp936")).value(), QStringLiteral("GB18030"));
    QCOMPARE(TextDecoder::canonicalName(QStringLiteral("UTF8")).value(), QStringLiteral("UTF-8"));
  }

  void previewShowsDecodedRows()
  {
    const QString path = mSample.dir() + QStringLiteral("/preview.csv");
    QVERIFY(writeFile(path, csvBytes(dangerHeader(), {dangerRow(QStringLiteral("P1")), dangerRow(QStringLiteral("P2"))}, "GBK")));
    auto reader = SourceReader::open(path);
    QVERIFY2(reader, qPrintable(reader.message()));
    QCOMPARE(reader.value()->columns().first(), QString::fromUtf8("编号"));
    const QVector<QStringList> rows = reader.value()->preview(5);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1][2], QString::fromUtf8("滑坡"));
  }
};

QTEST_GUILESS_MAIN(TestImportEncodings)
#include "test_import_encodings.moc"
