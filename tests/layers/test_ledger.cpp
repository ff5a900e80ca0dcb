// The generic ledger over the sample county: filters as bound SQL agree with
// direct counts, the validator catches what TableSpec cannot, undo restores
// rows exactly through audited writes, and exports open as spreadsheets.
#include "SampleStore.h"
#include "catalog/Catalog.h"
#include "hidden_dangers/HiddenDanger.h"
#include "ledger/EditHistory.h"
#include "ledger/LedgerColumns.h"
#include "ledger/LedgerExport.h"
#include "ledger/LedgerFilter.h"
#include "ledger/LedgerValidator.h"
#include "reserves/Reserve.h"
#include "store/AuditLog.h"
#include "store/SqlStatement.h"
#include "store/Table.h"

#include <gdal.h>
#include <ogr_api.h>

using namespace onemap;

namespace {
const TableSpec &dangers() { return HiddenDanger::schema().spec(); }

qint64 scalar(Store &store, const QString &sql, const QVariantList &params = {})
{
  SqlStatement q(store.handle(), sql);
  for (int i = 0; i < params.size(); ++i)
    q.bind(i + 1, params[i]);
  return q.next() ? q.int64(0) : -1;
}

Record validDanger(Store &store)
{
  Record r = Table(store, dangers()).select(QStringLiteral("id = 1")).first();
  r.id = 0;
  r.values[QStringLiteral("code")] = QStringLiteral("HD-TEST-001");
  r.values[QStringLiteral("name")] = QStringLiteral("测试村滑坡");
  return r;
}
} // namespace

class TestLedger : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    auto opened = Store::open(mSample.path());
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    mStore = opened.take();
  }

  void columnsComeFromTheSchema()
  {
    const LedgerColumns d = LedgerColumns::of(dangers());
    QCOMPARE(d.adminField, QStringLiteral("village_code"));
    QCOMPARE(d.typeField, QStringLiteral("hazard_type"));
    QCOMPARE(d.statusField, QStringLiteral("status"));
    QVERIFY(d.textFields.contains(QStringLiteral("name")));
    const LedgerColumns items = LedgerColumns::of(ReserveItem::schema().spec());
    QCOMPARE(items.parentField, QStringLiteral("reserve_id"));
    QCOMPARE(items.parentTable, QStringLiteral("reserves"));
    QCOMPARE(LedgerColumns::of(*Catalog::table(QStringLiteral("shelters"))).statusField, QStringLiteral("is_open"));
    QCOMPARE(LedgerColumns::of(*Catalog::table(QStringLiteral("teams"))).adminField, QStringLiteral("township_code"));
    QCOMPARE(LedgerColumns::of(*Catalog::table(QStringLiteral("responsible_persons"))).adminField, QStringLiteral("admin_code"));
    QCOMPARE(Ledgers::tables().size(), 8);
    QCOMPARE(Ledgers::townshipOf(QStringLiteral("539901003017")), QStringLiteral("539901003000"));
  }

  void filterMatchesDirectCounts_data()
  {
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("township");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("direct");
    QTest::newRow("all") << "hidden_dangers" << "" << "" << "" << "" << "1";
    QTest::newRow("township") << "hidden_dangers" << "539901002000" << "" << "" << "" << "village_code LIKE '539901002%'";
    QTest::newRow("type") << "hidden_dangers" << "" << "landslide" << "" << "" << "hazard_type = 'landslide'";
    QTest::newRow("status") << "hidden_dangers" << "" << "" << "rectifying" << "" << "status = 'rectifying'";
    QTest::newRow("township+type+status") << "hidden_dangers" << "539901001000" << "landslide" << "checked" << ""
                                          << "village_code LIKE '539901001%' AND hazard_type = 'landslide' AND status = 'checked'";
    QTest::newRow("supervised") << "hidden_dangers" << "" << "" << "@supervised" << "" << "supervised = 1";
    QTest::newRow("overdue") << "hidden_dangers" << "" << "" << "@overdue" << ""
                             << "deadline <> '' AND deadline < '2026-06-01' AND status <> 'signed_off'";
    QTest::newRow("text") << "hidden_dangers" << "" << "" << "" << "滑坡" << "name LIKE '%滑坡%' OR measures LIKE '%滑坡%' OR monitor_person LIKE '%滑坡%' OR responsible_unit LIKE '%滑坡%' OR responsible_person LIKE '%滑坡%' OR code LIKE '%滑坡%' OR phone LIKE '%滑坡%' OR deadline LIKE '%滑坡%' OR village_code LIKE '%滑坡%'";
    QTest::newRow("text wildcard is literal") << "hidden_dangers" << "" << "" << "" << "%" << "0";
    QTest::newRow("teams township") << "teams" << "539901001000" << "" << "" << "" << "township_code LIKE '539901001%'";
    QTest::newRow("teams status") << "teams" << "" << "" << "deployed" << "" << "status = 'deployed'";
    QTest::newRow("shelters open") << "shelters" << "" << "" << "1" << "" << "is_open = 1";
    QTest::newRow("shelters class") << "shelters" << "" << "II" << "" << "" << "shelter_class = 'II'";
    QTest::newRow("persons township") << "responsible_persons" << "539901001000" << "" << "" << "" << "admin_code LIKE '539901001%'";
    QTest::newRow("cameras cannot filter by type") << "cameras" << "" << "anything" << "" << "" << "0";
  }

  void filterMatchesDirectCounts()
  {
    QFETCH(QString, table);
    QFETCH(QString, township);
    QFETCH(QString, type);
    QFETCH(QString, status);
    QFETCH(QString, text);
    QFETCH(QString, direct);
    const TableSpec *spec = Catalog::table(table);
    QVERIFY(spec);
    LedgerFilter f;
    f.township = township;
    f.type = type;
    f.status = status;
    f.text = text;
    f.today = QDate(2026, 6, 1);
    const LedgerFilter::Sql sql = f.toSql(*spec);
    // Only placeholders reach the SQL text.
    if (!type.isEmpty() && !sql.where.isEmpty())
      QVERIFY2(!sql.where.contains(type), qPrintable(sql.where));
    if (!text.isEmpty())
      QVERIFY2(!sql.where.contains(text), qPrintable(sql.where));
    const qint64 expected = scalar(*mStore, QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, direct));
    const qint64 got = Table(*mStore, *spec).count(sql.where, sql.params);
    QCOMPARE(got, expected);
    // Every sample shelter is open: that filter cannot narrow.
    if (direct != QLatin1String("0") && direct != QLatin1String("1") && table != QLatin1String("shelters"))
      QVERIFY2(got > 0 && got < Table(*mStore, *spec).count(), qPrintable(QStringLiteral("%1 does not narrow: %2").arg(direct).arg(got)));
  }

  void filterByDepot()
  {
    LedgerFilter f;
    f.parentId = 1;
    const LedgerFilter::Sql sql = f.toSql(ReserveItem::schema().spec());
    QCOMPARE(Table(*mStore, ReserveItem::schema().spec()).count(sql.where, sql.params),
             scalar(*mStore, QStringLiteral("SELECT count(*) FROM reserve_items WHERE reserve_id = 1")));
  }

  void everySampleRowPassesTheValidator()
  {
    // Otherwise opening and saving an untouched row in the form would fail.
    LedgerValidator validator(*mStore);
    for (const TableSpec *spec : Ledgers::tables())
      for (const Record &r : Table(*mStore, *spec).select()) {
        const Status s = validator.validate(*spec, r);
        QVERIFY2(s.ok(), qPrintable(QStringLiteral("row %1: %2").arg(r.id).arg(s.message())));
      }
  }

  void validatorRejects_data()
  {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("wkt");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown village") << "village_code" << QVariant(QStringLiteral("539901099999")) << "" << "539901099999";
    QTest::newRow("township as village") << "village_code" << QVariant(QStringLiteral("539901001000")) << "" << "township";
    QTest::newRow("text in number") << "threatened_people" << QVariant(QStringLiteral("很多")) << "" << "很多";
    QTest::newRow("negative") << "threatened_people" << QVariant(-3) << "" << "minimum";
    QTest::newRow("unknown type") << "hazard_type" << QVariant(QStringLiteral("meteor")) << "" << "meteor";
    QTest::newRow("duplicate code") << "code" << QVariant() << "" << "already used";
    QTest::newRow("point outside county") << "" << QVariant() << "POINT(116.4 39.9)" << "outside the county";
  }

  void validatorRejects()
  {
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, wkt);
    QFETCH(QString, expected);
    Record r = validDanger(*mStore);
    LedgerValidator validator(*mStore);
    QVERIFY2(validator.validate(dangers(), r).ok(), qPrintable(validator.validate(dangers(), r).message()));
    if (field == QLatin1String("code"))
      value = Table(*mStore, dangers()).get(2).value().values.value(QStringLiteral("code"));
    if (!field.isEmpty())
      r.values[field] = value;
    if (!wkt.isEmpty())
      r.wkt = wkt;
    const Status s = validator.validate(dangers(), r);
    QVERIFY(!s.ok());
    QVERIFY2(s.message().contains(expected), qPrintable(s.message()));
    QVERIFY2(s.message().startsWith(QStringLiteral("hidden_dangers")), qPrintable(s.message()));
    if (!field.isEmpty()) {
      QVERIFY2(s.message().contains(field), qPrintable(s.message()));
      const auto errors = validator.fieldErrors(dangers(), r);
      QVERIFY(!errors.isEmpty());
      QCOMPARE(errors.first().first, field);
    } else {
      QVERIFY2(s.message().contains(QStringLiteral("geom")), qPrintable(s.message()));
    }
  }

  void undoRestoresExactlyAndIsAudited()
  {
    Table table(*mStore, dangers());
    AuditLog audit(*mStore);
    const QVector<Record> original = table.select();
    const qint64 auditBefore = audit.count();
    EditHistory history(*mStore, QStringLiteral("analyst.zhao"));
    QSignalSpy changed(&history, &EditHistory::changed);

    auto inserted = history.insert(dangers(), validDanger(*mStore));
    QVERIFY2(inserted.ok(), qPrintable(inserted.message()));
    Record edited = table.get(5).value();
    edited.values[QStringLiteral("status")] = QStringLiteral("signed_off");
    edited.values[QStringLiteral("threatened_people")] = 999;
    edited.wkt = QStringLiteral("POINT(%1 %2)").arg(GeoPoint().lon).arg(0); // replaced below
    GeoPoint p;
    QVERIFY(GeoPoint::fromWkt(table.get(5).value().wkt, p));
    p.lon += 0.001;
    edited.wkt = p.toWkt();
    QVERIFY(history.update(dangers(), edited).ok());
    const Record deleted = table.get(7).value();
    QVERIFY(history.remove(dangers(), 7).ok());
    QCOMPARE(history.size(), 3);
    QCOMPARE(table.count(), original.size() + 0);
    QCOMPARE(audit.count(), auditBefore + 3);
    QCOMPARE(changed.count(), 3);

    for (int i = 0; i < 3; ++i) {
      const Status s = history.undo();
      QVERIFY2(s.ok(), qPrintable(s.message()));
    }
    QVERIFY(!history.canUndo());
    QVERIFY(!history.undo().ok());

    const QVector<Record> now = table.select();
    QCOMPARE(now.size(), original.size());
    for (int i = 0; i < now.size(); ++i) {
      QCOMPARE(now[i].id, original[i].id);
      QCOMPARE(now[i].wkt, original[i].wkt);
      QCOMPARE(now[i].values, original[i].values);
    }
    QCOMPARE(audit.count(), auditBefore + 6);
    const QVector<AuditEntry> row7 = audit.history(QStringLiteral("hidden_dangers"), 7);
    QCOMPARE(row7[0].action, QStringLiteral("insert"));
    QCOMPARE(row7[0].actor, QStringLiteral("analyst.zhao"));
    QCOMPARE(row7[0].after.value(QStringLiteral("geom")).toString(), deleted.wkt);
    QCOMPARE(row7[1].action, QStringLiteral("delete"));
    const QVector<AuditEntry> row5 = audit.history(QStringLiteral("hidden_dangers"), 5);
    QCOMPARE(row5[0].action, QStringLiteral("update"));
    QCOMPARE(row5[0].after.value(QStringLiteral("threatened_people")).toInt(), original[4].values.value(QStringLiteral("threatened_people")).toInt());
    const QVector<AuditEntry> newRow = audit.history(QStringLiteral("hidden_dangers"), inserted.value());
    QCOMPARE(newRow.size(), 2);
    QCOMPARE(newRow[0].action, QStringLiteral("delete"));
  }

  void undoRefusesARowChangedSince()
  {
    Table table(*mStore, dangers());
    EditHistory history(*mStore, QStringLiteral("analyst.zhao"));
    Record r = table.get(3).value();
    r.values[QStringLiteral("phone")] = QStringLiteral("13800000000");
    QVERIFY(history.update(dangers(), r).ok());
    r.values[QStringLiteral("phone")] = QStringLiteral("13900000000");
    QVERIFY(table.update(r, QStringLiteral("someone.else")).ok());
    const Status s = history.undo();
    QVERIFY(!s.ok());
    QVERIFY2(s.message().contains(QStringLiteral("changed since")), qPrintable(s.message()));
    QCOMPARE(table.get(3).value().values.value(QStringLiteral("phone")).toString(), QStringLiteral("13900000000"));
  }

  void deletingADepotKeepsItsItemsForTheUndo()
  {
    const TableSpec &reserves = Reserve::schema().spec();
    const TableSpec &items = ReserveItem::schema().spec();
    const qint64 itemCount = Table(*mStore, items).count(QStringLiteral("reserve_id = 2"));
    QVERIFY(itemCount > 0);
    const QVector<Record> before = Table(*mStore, items).select();
    const qint64 firstItem = scalar(*mStore, QStringLiteral("SELECT min(id) FROM reserve_items WHERE reserve_id = 2"));
    EditHistory history(*mStore, QStringLiteral("analyst.zhao"));
    QVERIFY(history.remove(reserves, 2).ok());
    QCOMPARE(Table(*mStore, items).count(QStringLiteral("reserve_id = 2")), qint64(0));
    QVERIFY(history.size() == 1);
    // The item's delete is in the audit log, not lost to ON DELETE CASCADE.
    QCOMPARE(AuditLog(*mStore).history(QStringLiteral("reserve_items"), firstItem).value(0).action, QStringLiteral("delete"));
    QVERIFY(history.undo().ok());
    QCOMPARE(Table(*mStore, items).select().size(), before.size());
    QCOMPARE(Table(*mStore, items).count(QStringLiteral("reserve_id = 2")), itemCount);
  }

  void exportCsvHasBomAndTheFilteredRows()
  {
    LedgerFilter f;
    f.type = QStringLiteral("landslide");
    LedgerExportOptions options;
    options.outPath = mSample.dir() + QStringLiteral("/滑坡台账.csv");
    options.labels.field = [](const QString &c) { return c == QLatin1String("name") ? QStringLiteral("名称") : QString(); };
    options.labels.value = [](const QString &c, const QString &code) {
      return c == QLatin1String("hazard_type") && code == QLatin1String("landslide") ? QStringLiteral("滑坡") : QString();
    };
    auto written = LedgerExport::write(*mStore, dangers(), f, options);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    const qint64 expected = scalar(*mStore, QStringLiteral("SELECT count(*) FROM hidden_dangers WHERE hazard_type = 'landslide'"));
    QCOMPARE(written.value(), int(expected));
    QVERIFY(!QFile::exists(options.outPath + QStringLiteral(".part")));
    QFile file(options.outPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(data.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), int(expected) + 1);
    QVERIFY2(lines[0].startsWith(QStringLiteral("id,code,名称,hazard_type")), qPrintable(lines[0]));
    QVERIFY(lines[0].endsWith(QStringLiteral("lon,lat")));
    QVERIFY2(lines[1].contains(QStringLiteral(",滑坡,")), qPrintable(lines[1]));
  }

  void csvNeutralisesFormulas()
  {
    Table table(*mStore, dangers());
    Record r = validDanger(*mStore);
    r.values[QStringLiteral("code")] = QStringLiteral("HD-FORMULA");
    r.values[QStringLiteral("name")] = QStringLiteral("=HYPERLINK(\"http://x\",\"点\")");
    auto id = table.insert(r, QStringLiteral("test"));
    QVERIFY(id.ok());
    LedgerFilter f;
    f.text = QStringLiteral("HYPERLINK");
    LedgerExportOptions options;
    options.outPath = mSample.dir() + QStringLiteral("/formula.csv");
    QCOMPARE(LedgerExport::write(*mStore, dangers(), f, options).value(), 1);
    QFile file(options.outPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"'=HYPERLINK(\"\"http://x\"\""));
    QVERIFY(table.remove(id.value(), QStringLiteral("test")).ok());
  }

  void exportXlsxReadsBackWithOgr()
  {
    LedgerFilter f;
    f.township = QStringLiteral("539901003000");
    LedgerExportOptions options;
    options.outPath = mSample.dir() + QStringLiteral("/隐患点.xlsx");
    options.sheetName = QStringLiteral("隐患点");
    options.labels.field = [](const QString &c) {
      return c == QLatin1String("name") ? QStringLiteral("名称") : c == QLatin1String("threatened_people") ? QStringLiteral("威胁人数") : QString();
    };
    auto written = LedgerExport::write(*mStore, dangers(), f, options);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    const qint64 expected = scalar(*mStore, QStringLiteral("SELECT count(*) FROM hidden_dangers WHERE village_code LIKE '539901003%'"));
    QVERIFY(expected > 0);
    QCOMPARE(written.value(), int(expected));

    GDALAllRegister();
    const char *openOptions[] = {"HEADERS=FORCE", nullptr};
    const char *drivers[] = {"XLSX", nullptr};
    GDALDatasetH ds = GDALOpenEx(QFile::encodeName(options.outPath).constData(), GDAL_OF_VECTOR, drivers, openOptions, nullptr);
    QVERIFY(ds);
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    QCOMPARE(QString::fromUtf8(OGR_L_GetName(layer)), QStringLiteral("隐患点"));
    QCOMPARE(OGR_L_GetFeatureCount(layer, TRUE), GIntBig(expected));
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    const int nameField = OGR_FD_GetFieldIndex(defn, "名称");
    const int peopleField = OGR_FD_GetFieldIndex(defn, "威胁人数");
    QVERIFY(nameField >= 0);
    QVERIFY(peopleField >= 0);
    QCOMPARE(OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, peopleField)), OFTInteger);
    OGR_L_ResetReading(layer);
    OGRFeatureH first = OGR_L_GetNextFeature(layer);
    QVERIFY(first);
    const qint64 id = OGR_F_GetFieldAsInteger64(first, 0);
    const Record r = Table(*mStore, dangers()).get(id).value();
    QCOMPARE(QString::fromUtf8(OGR_F_GetFieldAsString(first, nameField)), r.values.value(QStringLiteral("name")).toString());
    OGR_F_Destroy(first);
    GDALClose(ds);
  }

  void exportRefusesOtherFormats()
  {
    LedgerExportOptions options;
    options.outPath = mSample.dir() + QStringLiteral("/x.ods");
    auto written = LedgerExport::write(*mStore, dangers(), LedgerFilter(), options);
    QVERIFY(!written.ok());
    QVERIFY(written.message().contains(QStringLiteral("x.ods")));
  }

private:
  testing::SampleStore mSample;
  std::unique_ptr<Store> mStore;
};

QTEST_GUILESS_MAIN(TestLedger)
#include "test_ledger.moc"
