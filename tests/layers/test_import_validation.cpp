// Bad input never reaches the store and is reported by file, row, field,
// value and reason: missing columns, text in number fields, points outside
// the county or with latitude and longitude swapped, duplicate codes, empty
// files. Known codes update the existing object with an audit entry.
#include "ImportFixtures.h"
#include "import/ColumnMapping.h"
#include "import/Importer.h"
#include "import/RowConverter.h"
#include "store/AuditLog.h"

using namespace onemap;
using namespace onemap::testing;

class TestImportValidation : public QObject
{
  Q_OBJECT

  SampleStore mSample;
  std::unique_ptr<Store> mStore;
  int mFiles = 0;

  QString write(const QStringList &header, const QVector<QStringList> &rows)
  {
    const QString path = mSample.dir() + QStringLiteral("/v%1.csv").arg(++mFiles);
    return writeFile(path, csvBytes(header, rows, "GBK")) ? path : QString();
  }
  Result<ImportSummary> import(const QString &path, ImportMode mode = ImportMode::AllOrNothing, const QString &report = QString())
  {
    ImportOptions o;
    o.layer = QStringLiteral("hidden_dangers");
    o.mode = mode;
    o.actor = QStringLiteral("tester");
    o.reportPath = report;
    return Importer::run(*mStore, path, o);
  }
  const ImportIssue *issueFor(const ImportSummary &s, qint64 row)
  {
    for (const ImportIssue &i : s.issues)
      if (i.row == row)
        return &i;
    return nullptr;
  }

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    auto s = Store::open(mSample.path());
    QVERIFY2(s, qPrintable(s.message()));
    mStore = s.take();
  }

  void eachKindOfBadRowIsReportedWithRowFieldValueAndReason()
  {
    QVector<QStringList> rows {dangerRow(QStringLiteral("V-OK"))};
    QStringList text = dangerRow(QStringLiteral("V-TEXT"));
    text[4] = QString::fromUtf8("约三十人");
    QStringList outside = dangerRow(QStringLiteral("V-OUT"), 116.39, 39.91); // Beijing
    QStringList swapped = dangerRow(QStringLiteral("V-SWAP"), 28.80, 108.90);
    QStringList dup = dangerRow(QStringLiteral("V-OK"));
    QStringList kind = dangerRow(QStringLiteral("V-KIND"));
    kind[2] = QString::fromUtf8("火山");
    QStringList date = dangerRow(QStringLiteral("V-DATE"));
    date[11] = QStringLiteral("2026-13-40");
    QStringList negative = dangerRow(QStringLiteral("V-NEG"));
    negative[5] = QStringLiteral("-3");
    QStringList noName = dangerRow(QStringLiteral("V-NONAME"));
    noName[1].clear();
    rows << text << outside << swapped << dup << kind << date << negative << noName;
    const QString path = write(dangerHeader(), rows);
    const QString reportPath = mSample.dir() + QStringLiteral("/report.csv");
    const qint64 before = countRows(*mStore, QStringLiteral("hidden_dangers"));

    Result<ImportSummary> r = import(path, ImportMode::AllOrNothing, reportPath);
    QVERIFY2(r, qPrintable(r.message()));
    const ImportSummary &s = r.value();
    QCOMPARE(s.read, rows.size());
    QCOMPARE(s.rejected, rows.size() - 1);
    QVERIFY(!s.stored);
    QCOMPARE(countRows(*mStore, QStringLiteral("hidden_dangers")), before);

    // Spreadsheet numbering: the header is row 1, the first data row is row 2.
    struct Expect { qint64 row; const char *field; const char *value; const char *reason; };
    const Expect expected[] = {
      {3, "threatened_people", "约三十人", "not a number"},
      {4, "geom", "116.390000, 39.910000", "outside the county"},
      {5, "geom", "28.800000, 108.900000", "swapped"},
      {6, "code", "V-OK", "row 2"},
      {7, "hazard_type", "火山", "not one of"},
      {8, "deadline", "2026-13-40", "not a date"},
      {9, "threatened_households", "-3", "below the minimum"},
      {10, "name", "", "required"},
    };
    for (const Expect &e : expected) {
      const ImportIssue *i = issueFor(s, e.row);
      QVERIFY2(i, qPrintable(QStringLiteral("no issue for row %1").arg(e.row)));
      QCOMPARE(i->file, path);
      QCOMPARE(i->field, QString::fromLatin1(e.field));
      QCOMPARE(i->value, QString::fromUtf8(e.value));
      QVERIFY2(i->reason.contains(QString::fromUtf8(e.reason)), qPrintable(i->reason));
    }

    // The report file: UTF-8 with BOM, header, one line per problem.
    QFile f(reportPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "file,row,field,value,reason\r\n"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + s.issues.size());
    QVERIFY2(lines[1].startsWith(path + QStringLiteral(",3,threatened_people,约三十人,")), qPrintable(lines[1]));
    QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral(",4,geom,\"116.390000, 39.910000\",")), qPrintable(lines.join(QLatin1Char('\n'))));
  }

  void chineseValuesAndDatesAreConverted()
  {
    QStringList row = dangerRow(QStringLiteral("V-CONV"));
    row[3] = QString::fromUtf8("特大型");
    row[4] = QStringLiteral("\"1,200\""); // quoted: the comma is a thousands separator
    row[6] = QString::fromUtf8("108°54′00″");
    row[7] = QString::fromUtf8("28度48分");
    row[11] = QString::fromUtf8("2026年7月1日");
    const QString path = write(dangerHeader(), {row});
    Result<ImportSummary> r = import(path);
    QVERIFY2(r && r.value().stored, r ? qPrintable(r.value().issues.value(0).reason) : qPrintable(r.message()));
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT scale, threatened_people, deadline, X(geom), Y(geom) FROM hidden_dangers WHERE code = 'V-CONV'"));
    QVERIFY(q.next());
    QCOMPARE(q.text(0), QStringLiteral("huge"));
    QCOMPARE(q.int64(1), 1200);
    QCOMPARE(q.text(2), QStringLiteral("2026-07-01"));
    QVERIFY(std::abs(q.real(3) - 108.9) < 1e-9 && std::abs(q.real(4) - 28.8) < 1e-9);
  }

  void knownCodeUpdatesTheObjectWithAudit()
  {
    SqlStatement existing(mStore->handle(), QStringLiteral("SELECT id, code, monitor_person FROM hidden_dangers ORDER BY id LIMIT 1"));
    QVERIFY(existing.next());
    const qint64 id = existing.int64(0);
    const QString code = existing.text(1);
    const QString monitor = existing.text(2);
    const qint64 before = countRows(*mStore, QStringLiteral("hidden_dangers"));
    QStringList row = dangerRow(code);
    row[4] = QStringLiteral("77");
    Result<ImportSummary> r = import(write(dangerHeader(), {row}));
    QVERIFY2(r && r.value().stored, qPrintable(r.message()));
    QCOMPARE(r.value().updated, 1);
    QCOMPARE(r.value().inserted, 0);
    QCOMPARE(countRows(*mStore, QStringLiteral("hidden_dangers")), before);
    SqlStatement after(mStore->handle(), QStringLiteral("SELECT threatened_people, monitor_person FROM hidden_dangers WHERE id = ?"));
    after.bind(1, id);
    QVERIFY(after.next());
    QCOMPARE(after.int64(0), 77);
    QCOMPARE(after.text(1), monitor); // a field the file does not carry is kept
    const QVector<AuditEntry> history = AuditLog(*mStore).history(QStringLiteral("hidden_dangers"), id);
    QVERIFY(!history.isEmpty());
    QCOMPARE(history.first().action, QStringLiteral("update"));
    QCOMPARE(history.first().actor, QStringLiteral("tester"));
    QCOMPARE(history.first().after.value(QStringLiteral("threatened_people")).toInt(), 77);
  }

  void newRowsGetOneBulkAuditEntry()
  {
    const qint64 audits = AuditLog(*mStore).count();
    Result<ImportSummary> r = import(write(dangerHeader(), {dangerRow(QStringLiteral("B-1")), dangerRow(QStringLiteral("B-2")), dangerRow(QStringLiteral("B-3"))}));
    QVERIFY2(r && r.value().stored, qPrintable(r.message()));
    QCOMPARE(AuditLog(*mStore).count(), audits + 1);
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT action, after_json FROM audit_log ORDER BY id DESC LIMIT 1"));
    QVERIFY(q.next());
    QCOMPARE(q.text(0), QStringLiteral("bulk_insert"));
    QVERIFY2(q.text(1).contains(QStringLiteral("\"rows\":3")), qPrintable(q.text(1)));
    // The spatial index knows the new points (filled at the end of the import).
    SqlStatement idx(mStore->handle(), QStringLiteral("SELECT count(*) FROM idx_hidden_dangers_geom WHERE pkid IN (SELECT id FROM hidden_dangers WHERE code LIKE 'B-%')"));
    QVERIFY(idx.next());
    QCOMPARE(idx.int64(0), 3);
    SqlStatement triggers(mStore->handle(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'hidden_dangers'"));
    QVERIFY(triggers.next());
    QCOMPARE(triggers.int64(0), 8);
  }

  void missingColumnsAreNamed()
  {
    QStringList header = dangerHeader();
    header[0] = QStringLiteral("something");
    Result<ImportSummary> r = import(write(header, {dangerRow(QStringLiteral("M-1"))}));
    QVERIFY(!r);
    QVERIFY2(r.message().contains(QStringLiteral("code")) && r.message().contains(QString::fromUtf8("编号")), qPrintable(r.message()));

    // A saved mapping that names a column the file lacks.
    ColumnMapping m = ColumnMapping::suggest(QStringLiteral("hidden_dangers"), dangerHeader());
    m.fields[QStringLiteral("phone")].column = QString::fromUtf8("手机号码");
    ImportOptions o;
    o.layer = QStringLiteral("hidden_dangers");
    o.mapping = m;
    Result<ImportSummary> r2 = Importer::run(*mStore, write(dangerHeader(), {dangerRow(QStringLiteral("M-2"))}), o);
    QVERIFY(!r2);
    QVERIFY2(r2.message().contains(QString::fromUtf8("手机号码")), qPrintable(r2.message()));

    // No coordinates at all.
    QStringList noXY = dangerHeader();
    noXY[6] = QStringLiteral("a");
    noXY[7] = QStringLiteral("b");
    Result<ImportSummary> r3 = import(write(noXY, {dangerRow(QStringLiteral("M-3"))}));
    QVERIFY(!r3);
    QVERIFY2(r3.message().contains(QStringLiteral("location")), qPrintable(r3.message()));
  }

  void emptyFilesAreRefused()
  {
    const QString empty = mSample.dir() + QStringLiteral("/empty.csv");
    QVERIFY(writeFile(empty, QByteArray()));
    Result<ImportSummary> r = import(empty);
    QVERIFY(!r);
    QVERIFY2(r.message().contains(empty) && r.message().contains(QStringLiteral("empty")), qPrintable(r.message()));
    Result<ImportSummary> headerOnly = import(write(dangerHeader(), {}));
    QVERIFY(!headerOnly);
    QVERIFY2(headerOnly.message().contains(QStringLiteral("no rows")), qPrintable(headerOnly.message()));
  }

  void mappingFileRoundTripsAndCarriesValueTables()
  {
    QStringList header = dangerHeader();
    header[2] = QStringLiteral("type");
    ColumnMapping m = ColumnMapping::suggest(QStringLiteral("hidden_dangers"), header);
    QCOMPARE(m.fields.value(QStringLiteral("code")).column, QString::fromUtf8("编号"));
    QCOMPARE(m.fields.value(QStringLiteral("threatened_people")).column, QString::fromUtf8("威胁人数"));
    QCOMPARE(m.lonColumn, QString::fromUtf8("经度"));
    QVERIFY(!m.fields.contains(QStringLiteral("hazard_type")));
    m.fields[QStringLiteral("hazard_type")].column = QStringLiteral("type");
    m.fields[QStringLiteral("hazard_type")].values.insert(QStringLiteral("LS"), QStringLiteral("landslide"));
    m.fields[QStringLiteral("monitor_person")].constant = QString::fromUtf8("群测群防员");
    const QString file = mSample.dir() + QStringLiteral("/mapping.json");
    QVERIFY(m.save(file));
    Result<ColumnMapping> loaded = ColumnMapping::load(file);
    QVERIFY2(loaded, qPrintable(loaded.message()));
    QCOMPARE(loaded.value().toJson(), m.toJson());

    QStringList row = dangerRow(QStringLiteral("MAP-1"));
    row[2] = QStringLiteral("LS");
    ImportOptions o;
    o.layer = QStringLiteral("hidden_dangers");
    o.mapping = loaded.value();
    Result<ImportSummary> r = Importer::run(*mStore, write(header, {row}), o);
    QVERIFY2(r && r.value().stored, qPrintable(r.message()));
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT hazard_type, monitor_person FROM hidden_dangers WHERE code = 'MAP-1'"));
    QVERIFY(q.next());
    QCOMPARE(q.text(0), QStringLiteral("landslide"));
    QCOMPARE(q.text(1), QString::fromUtf8("群测群防员"));

    QVERIFY(!ColumnMapping::fromJson("{\"layer\":\"hidden_dangers\",\"fields\":{\"nonsense\":\"x\"}}", QStringLiteral("m.json")));
    QVERIFY(!ColumnMapping::fromJson("[1,2]", QStringLiteral("m.json")));
  }

  void otherLedgersImportByTheirKeys()
  {
    const QString path = mSample.dir() + QStringLiteral("/cameras.csv");
    QVERIFY(writeFile(path, csvBytes(QString::fromUtf8("通道编号,名称,所属部门,经度,纬度").split(QLatin1Char(',')),
                                      {{QStringLiteral("34020000001320000001"), QString::fromUtf8("大桥监控"), QString::fromUtf8("交通局"), QStringLiteral("108.9"), QStringLiteral("28.8")}}, "UTF-8")));
    ImportOptions o;
    o.layer = QStringLiteral("cameras");
    Result<ImportSummary> r = Importer::run(*mStore, path, o);
    QVERIFY2(r && r.value().stored, qPrintable(r.message()));
    r = Importer::run(*mStore, path, o);
    QVERIFY2(r && r.value().stored, qPrintable(r.message()));
    QCOMPARE(r.value().updated, 1);
    QCOMPARE(countRows(*mStore, QStringLiteral("cameras"), QStringLiteral("channel_id = ?"), {QStringLiteral("34020000001320000001")}), 1);

    const QString people = mSample.dir() + QStringLiteral("/people.csv");
    QVERIFY(writeFile(people, csvBytes(QString::fromUtf8("姓名,职责,联系电话,行政区划代码").split(QLatin1Char(',')),
                                        {{QString::fromUtf8("周七"), QString::fromUtf8("网格员"), QStringLiteral("13900000007"), QStringLiteral("539901001001")}}, "GBK")));
    o.layer = QStringLiteral("responsible_persons");
    for (int pass = 0; pass < 2; ++pass) {
      r = Importer::run(*mStore, people, o);
      QVERIFY2(r && r.value().stored, qPrintable(r.message()));
    }
    QCOMPARE(r.value().updated, 1); // same name and phone: the same person
    QCOMPARE(countRows(*mStore, QStringLiteral("responsible_persons"), QStringLiteral("name = ? AND role = 'grid_member'"), {QString::fromUtf8("周七")}), 1);
  }
};

QTEST_GUILESS_MAIN(TestImportValidation)
#include "test_import_validation.moc"
