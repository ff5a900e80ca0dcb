// Hostile input for the importer: files made to trip a parser rather than by
// mistake. Each must end in a clear outcome (rows stored, or a message naming
// the file, row and field) with nothing half-written, and nothing may be read
// from outside the file itself.
#include "ImportFixtures.h"
#include "import/Importer.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace onemap;
using namespace onemap::testing;

namespace {
QString kml(const QString &doctype, const QString &firstName)
{
  // (No raw string here: moc does not read past one.)
  return QStringLiteral(
           "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "%1<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><Folder><name>dangers</name>\n"
           "<Placemark><name>%2</name><ExtendedData>\n"
           "<Data name=\"code\"><value>KML-1</value></Data><Data name=\"hazard_type\"><value>滑坡</value></Data></ExtendedData>\n"
           "<Point><coordinates>108.900000,28.800000</coordinates></Point></Placemark>\n"
           "<Placemark><name>龙潭村二组崩塌</name><ExtendedData>\n"
           "<Data name=\"code\"><value>KML-2</value></Data><Data name=\"hazard_type\"><value>崩塌</value></Data></ExtendedData>\n"
           "<Point><coordinates>108.901000,28.801000</coordinates></Point></Placemark>\n"
           "</Folder></Document></kml>\n")
      .arg(doctype, firstName);
}
} // namespace

class TestImportHostile : public QObject
{
  Q_OBJECT

  SampleStore mSample;
  std::unique_ptr<Store> mStore;

  ImportOptions options(ImportMode mode = ImportMode::KeepGood) const
  {
    ImportOptions o;
    o.layer = QStringLiteral("hidden_dangers");
    o.mode = mode;
    o.actor = QStringLiteral("test");
    return o;
  }

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    auto store = Store::open(mSample.path());
    QVERIFY2(store, qPrintable(store.message()));
    mStore = std::move(store.value());
  }

  void plainKmlImports()
  {
    const QString path = mSample.dir() + QStringLiteral("/dangers.kml");
    QVERIFY(writeFile(path, kml(QString(), QStringLiteral("龙潭村一组滑坡")).toUtf8()));
    const auto r = Importer::run(*mStore, path, options());
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r.value().inserted, qint64(2));
    QCOMPARE(countRows(*mStore, QStringLiteral("hidden_dangers"), QStringLiteral("code = ? AND name = ?"), {QStringLiteral("KML-1"), QStringLiteral("龙潭村一组滑坡")}), qint64(1));
  }

  void kmlExternalEntityIsNeverRead()
  {
    // A secret beside the file; the KML names it as an external entity.
    const QString secretPath = mSample.dir() + QStringLiteral("/secret.txt");
    QVERIFY(writeFile(secretPath, "TOP-SECRET-4711"));
    const QString doctype = QStringLiteral("<!DOCTYPE kml [<!ENTITY xxe SYSTEM \"file://%1\">]>\n").arg(secretPath);
    const QString path = mSample.dir() + QStringLiteral("/xxe.kml");
    QVERIFY(writeFile(path, kml(doctype, QStringLiteral("&xxe;")).replace(QStringLiteral("KML-"), QStringLiteral("XXE-")).toUtf8()));
    const auto r = Importer::run(*mStore, path, options());
    // Refusing the file is fine; storing the secret is not.
    QCOMPARE(countRows(*mStore, QStringLiteral("hidden_dangers"), QStringLiteral("name LIKE ?"), {QStringLiteral("%TOP-SECRET%")}), qint64(0));
    if (r)
      for (const ImportIssue &issue : r.value().issues)
        QVERIFY(!issue.value.contains(QLatin1String("TOP-SECRET")));
  }

  void nulBytesAreReportedNotStored()
  {
    QByteArray bytes = csvBytes(dangerHeader(), {dangerRow(QStringLiteral("NUL-1")), dangerRow(QStringLiteral("NUL-2"))}, "UTF-8");
    bytes.replace("NUL-2\xe6", QByteArray("NUL-2\0\xe6", 7)); // a NUL inside the second row's name
    const QString path = mSample.dir() + QStringLiteral("/nul.csv");
    QVERIFY(writeFile(path, bytes));
    const qint64 before = countRows(*mStore, QStringLiteral("hidden_dangers"));
    const auto r = Importer::run(*mStore, path, options(ImportMode::AllOrNothing));
    if (!r) {
      QVERIFY2(r.message().contains(path), qPrintable(r.message())); // refused whole, naming the file
    } else if (r.value().rejected > 0) {
      QCOMPARE(r.value().inserted, qint64(0)); // all-or-nothing: nothing stored
    } else {
      // Read as text without the NUL: the name must still be whole and clean.
      QCOMPARE(countRows(*mStore, QStringLiteral("hidden_dangers"), QStringLiteral("code = 'NUL-2' AND instr(name, char(0)) = 0")), qint64(1));
      return;
    }
    QCOMPARE(countRows(*mStore, QStringLiteral("hidden_dangers")), before);
  }

  void hugeCellAndManyColumns()
  {
    // A 2 MB name and 1,500 extra columns: stored whole, the extra columns ignored.
    QStringList header = dangerHeader();
    QStringList row = dangerRow(QStringLiteral("BIG-1"));
    for (int i = 0; i < 1500; ++i) {
      header << QStringLiteral("extra%1").arg(i);
      row << QString::number(i);
    }
    row[1] = QString(2 * 1024 * 1024, QChar(0x6ED1)); // 滑 x 2M
    const QString path = mSample.dir() + QStringLiteral("/wide.csv");
    QVERIFY(writeFile(path, csvBytes(header, {row}, "UTF-8")));
    const auto r = Importer::run(*mStore, path, options());
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r.value().inserted, qint64(1));
    QCOMPARE(countRows(*mStore, QStringLiteral("hidden_dangers"), QStringLiteral("code = 'BIG-1' AND length(name) = ?"), {2 * 1024 * 1024}), qint64(1));
    QVERIFY(r.value().unusedColumns.size() >= 1500);
  }

  void aLineTooLongToReadStopsTheWholeImport()
  {
    // Row 3 is over GDAL's line limit (10 MB): the rows after it would never
    // be seen, so nothing is stored and the message says where it stopped.
    QStringList huge = dangerRow(QStringLiteral("LONG-2"));
    huge[1] = QString(4 * 1024 * 1024, QChar(0x6ED1)); // 12 MB of UTF-8
    const QString path = mSample.dir() + QStringLiteral("/long.csv");
    QVERIFY(writeFile(path, csvBytes(dangerHeader(), {dangerRow(QStringLiteral("LONG-1")), huge, dangerRow(QStringLiteral("LONG-3"))}, "UTF-8")));
    const qint64 before = countRows(*mStore, QStringLiteral("hidden_dangers"));
    const auto r = Importer::run(*mStore, path, options());
    QVERIFY(!r);
    QVERIFY2(r.message().contains(path) && r.message().contains(QStringLiteral("row 2")), qPrintable(r.message()));
    QCOMPARE(countRows(*mStore, QStringLiteral("hidden_dangers")), before);
  }

  void binaryFileNamedCsvIsRefusedWithItsName()
  {
    QByteArray junk;
    for (int i = 0; i < 200000; ++i)
      junk.append(static_cast<char>((i * 7919) % 256));
    const QString path = mSample.dir() + QStringLiteral("/junk.csv");
    QVERIFY(writeFile(path, junk));
    const qint64 before = countRows(*mStore, QStringLiteral("hidden_dangers"));
    const auto r = Importer::run(*mStore, path, options());
    if (!r)
      QVERIFY2(r.message().contains(QStringLiteral("junk.csv")), qPrintable(r.message()));
    else
      QCOMPARE(r.value().inserted + r.value().updated, qint64(0));
    QCOMPARE(countRows(*mStore, QStringLiteral("hidden_dangers")), before);
    QCOMPARE(countRows(*mStore, QStringLiteral("pragma_integrity_check"), QStringLiteral("integrity_check = 'ok'")), qint64(1));
  }

  void formulaTextIsStoredAsText()
  {
    QStringList row = dangerRow(QStringLiteral("FORMULA-1"));
    row[1] = QStringLiteral("=SUM(A1:A9)");
    const QString path = mSample.dir() + QStringLiteral("/formula.csv");
    QVERIFY(writeFile(path, csvBytes(dangerHeader(), {row}, "UTF-8")));
    const auto r = Importer::run(*mStore, path, options());
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r.value().inserted, qint64(1));
    QCOMPARE(countRows(*mStore, QStringLiteral("hidden_dangers"), QStringLiteral("code = 'FORMULA-1' AND name = ?"), {row[1]}), qint64(1));
  }
};

QTEST_GUILESS_MAIN(TestImportHostile)
#include "test_import_hostile.moc"
