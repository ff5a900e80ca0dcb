// The place of each imported row: village/township codes from the township
// and village names a county file carries (exact or without the 镇/乡/村/社区
// suffix), or from the unit the point lies in. Unknown names, unknown codes
// and names the point contradicts are row problems naming file, row, field,
// value and reason. Names and points come from the sample store itself.
#include "ImportFixtures.h"
#include "import/AdminPlaces.h"
#include "import/ColumnMapping.h"
#include "import/Importer.h"

using namespace onemap;
using namespace onemap::testing;

namespace {
struct Village
{
  QString code, name, townshipCode, townshipName;
  double lon = 0, lat = 0; //!< a point inside the village
};
} // namespace

class TestImportPlaces : public QObject
{
  Q_OBJECT

  SampleStore mSample;
  std::unique_ptr<Store> mStore;
  QVector<Village> mVillages; //!< one per township, each in a different township
  int mFiles = 0;

  QString write(const QStringList &header, const QVector<QStringList> &rows)
  {
    const QString path = mSample.dir() + QStringLiteral("/p%1.csv").arg(++mFiles);
    return writeFile(path, csvBytes(header, rows, "GBK")) ? path : QString();
  }
  Result<ImportSummary> import(const QString &path, ImportMode mode = ImportMode::AllOrNothing, const QString &layer = QStringLiteral("hidden_dangers"))
  {
    ImportOptions o;
    o.layer = layer;
    o.mode = mode;
    o.actor = QStringLiteral("tester");
    return Importer::run(*mStore, path, o);
  }
  QString villageOf(const QString &code)
  {
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT village_code FROM hidden_dangers WHERE code = ?"));
    q.bind(1, code);
    return q.next() ? q.text(0) : QStringLiteral("<no row>");
  }
  static QStringList header(bool names)
  {
    return QString::fromUtf8(names ? "编号,名称,灾种,经度,纬度,所属乡镇,村名" : "编号,名称,灾种,经度,纬度").split(QLatin1Char(','));
  }
  static QStringList row(const QString &code, const Village &at, const QString &township = QString(), const QString &village = QString(), bool names = true)
  {
    QStringList r {code, code + QString::fromUtf8("滑坡"), QString::fromUtf8("滑坡"), QString::number(at.lon, 'f', 7), QString::number(at.lat, 'f', 7)};
    if (names)
      r << township << village;
    return r;
  }
  static const ImportIssue *issueFor(const ImportSummary &s, qint64 row)
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
    // The first village of each township, with a point inside it.
    SqlStatement q(mStore->handle(), QStringLiteral(
      "SELECT v.code, v.name, t.code, t.name, ST_X(ST_PointOnSurface(v.geom)), ST_Y(ST_PointOnSurface(v.geom)) "
      "FROM admin_units v JOIN admin_units t ON t.code = v.parent_code "
      "WHERE v.level = 'village' AND v.code = (SELECT min(code) FROM admin_units WHERE parent_code = t.code AND level = 'village') ORDER BY v.code"));
    while (q.next())
      mVillages << Village {q.text(0), q.text(1), q.text(2), q.text(3), q.real(4), q.real(5)};
    QVERIFY2(mVillages.size() >= 3, qPrintable(q.error()));
  }

  void namesAreSuggestedAsPseudoFields()
  {
    const ColumnMapping m = ColumnMapping::suggest(QStringLiteral("hidden_dangers"), QString::fromUtf8("编号,名称,经度,纬度,乡镇名称,村(社区)").split(QLatin1Char(',')));
    QCOMPARE(m.fields.value(PlaceFields::kTownshipName).column, QString::fromUtf8("乡镇名称"));
    QCOMPARE(m.fields.value(PlaceFields::kVillageName).column, QString::fromUtf8("村(社区)"));
    const ColumnMapping en = ColumnMapping::suggest(QStringLiteral("shelters"), QStringList {QStringLiteral("code"), QStringLiteral("Township"), QStringLiteral("Village name")});
    QCOMPARE(en.fields.value(PlaceFields::kTownshipName).column, QStringLiteral("Township"));
    QCOMPARE(en.fields.value(PlaceFields::kVillageName).column, QStringLiteral("Village name"));
    // A saved mapping keeps them.
    Result<ColumnMapping> back = ColumnMapping::fromJson(m.toJson(), QStringLiteral("mapping.json"));
    QVERIFY2(back, qPrintable(back.message()));
    QCOMPARE(back.value().fields.value(PlaceFields::kVillageName).column, QString::fromUtf8("村(社区)"));
  }

  void townshipAndVillageNamesWithPointsGiveVillageCodes()
  {
    QVector<QStringList> rows;
    for (int i = 0; i < mVillages.size(); ++i)
      rows << row(QStringLiteral("PL-N%1").arg(i), mVillages[i], mVillages[i].townshipName, mVillages[i].name);
    Result<ImportSummary> r = import(write(header(true), rows));
    QVERIFY2(r, qPrintable(r.message()));
    QVERIFY2(r.value().stored, qPrintable(r.value().issues.isEmpty() ? QString() : r.value().issues.first().reason));
    QVERIFY2(!r.value().unusedColumns.contains(QString::fromUtf8("村名")), qPrintable(r.value().unusedColumns.join(QLatin1Char(','))));
    QVERIFY(!r.value().unusedColumns.contains(QString::fromUtf8("所属乡镇")));
    for (int i = 0; i < mVillages.size(); ++i)
      QCOMPARE(villageOf(QStringLiteral("PL-N%1").arg(i)), mVillages[i].code);
  }

  void pointsAloneGiveVillageCodes()
  {
    QVector<QStringList> rows;
    for (int i = 0; i < mVillages.size(); ++i)
      rows << row(QStringLiteral("PL-P%1").arg(i), mVillages[i], QString(), QString(), false);
    Result<ImportSummary> r = import(write(header(false), rows));
    QVERIFY2(r && r.value().stored, qPrintable(r ? r.value().issues.value(0).reason : r.message()));
    for (int i = 0; i < mVillages.size(); ++i)
      QCOMPARE(villageOf(QStringLiteral("PL-P%1").arg(i)), mVillages[i].code);
  }

  void namesWithoutSuffixesMatch()
  {
    const Village &v = mVillages[1];
    const QString town = AdminPlaces::stem(v.townshipName);
    const QString village = AdminPlaces::stem(v.name);
    QVERIFY(town != v.townshipName && village != v.name);
    // Both names cut short; then the village name alone, without its township.
    Result<ImportSummary> r = import(write(header(true), {row(QStringLiteral("PL-S1"), v, town, village), row(QStringLiteral("PL-S2"), v, QString(), village)}));
    QVERIFY2(r && r.value().stored, qPrintable(r ? r.value().issues.value(0).reason : r.message()));
    QCOMPARE(villageOf(QStringLiteral("PL-S1")), v.code);
    QCOMPARE(villageOf(QStringLiteral("PL-S2")), v.code);
    // The township named alone: the village comes from the point.
    r = import(write(header(true), {row(QStringLiteral("PL-S3"), v, town, QString())}));
    QVERIFY2(r && r.value().stored, qPrintable(r ? r.value().issues.value(0).reason : r.message()));
    QCOMPARE(villageOf(QStringLiteral("PL-S3")), v.code);
  }

  void unknownNamesAreReportedWithRowFieldAndValue()
  {
    const Village &v = mVillages[0];
    const QString noTown = QString::fromUtf8("无此乡镇镇"), noVillage = QString::fromUtf8("无此村");
    const QString path = write(header(true), {row(QStringLiteral("PL-U1"), v, v.townshipName, v.name), row(QStringLiteral("PL-U2"), v, noTown, v.name),
                                              row(QStringLiteral("PL-U3"), v, v.townshipName, noVillage)});
    Result<ImportSummary> r = import(path, ImportMode::KeepGood);
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r.value().inserted, 1);
    QCOMPARE(r.value().rejected, 2);
    const ImportIssue *town = issueFor(r.value(), 3);
    QVERIFY(town);
    QCOMPARE(town->file, path);
    QCOMPARE(town->field, PlaceFields::kTownshipName);
    QCOMPARE(town->value, noTown);
    QVERIFY2(town->reason.contains(QStringLiteral("no township named")), qPrintable(town->reason));
    const ImportIssue *village = issueFor(r.value(), 4);
    QVERIFY(village);
    QCOMPARE(village->field, PlaceFields::kVillageName);
    QCOMPARE(village->value, noVillage);
    QVERIFY2(village->reason.contains(QStringLiteral("no village named")) && village->reason.contains(v.townshipName), qPrintable(village->reason));
    QCOMPARE(countRows(*mStore, QStringLiteral("hidden_dangers"), QStringLiteral("code IN ('PL-U2', 'PL-U3')")), 0);
  }

  void namesThePointContradictsAreReported()
  {
    const Village &named = mVillages[0], &at = mVillages[2];
    // Right township, village of another township; then township and village both elsewhere.
    const QString path = write(header(true), {row(QStringLiteral("PL-X1"), at, QString(), named.name), row(QStringLiteral("PL-X2"), at, named.townshipName, QString())});
    Result<ImportSummary> r = import(path, ImportMode::KeepGood);
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r.value().rejected, 2);
    const ImportIssue *village = issueFor(r.value(), 2);
    QVERIFY(village);
    QCOMPARE(village->field, PlaceFields::kVillageName);
    QCOMPARE(village->value, named.name);
    QVERIFY2(village->reason.contains(at.name) && village->reason.contains(named.name) && village->reason.contains(QStringLiteral("rejected")), qPrintable(village->reason));
    const ImportIssue *town = issueFor(r.value(), 3);
    QVERIFY(town);
    QCOMPARE(town->field, PlaceFields::kTownshipName);
    QVERIFY2(town->reason.contains(at.townshipName) && town->reason.contains(named.townshipName), qPrintable(town->reason));
    QCOMPARE(countRows(*mStore, QStringLiteral("hidden_dangers"), QStringLiteral("code LIKE 'PL-X%'")), 0);
  }

  void unknownVillageCodeIsReported()
  {
    const Village &v = mVillages[0];
    const QStringList h = QString::fromUtf8("编号,名称,灾种,经度,纬度,村代码").split(QLatin1Char(','));
    const QString bogus = v.townshipCode.left(9) + QStringLiteral("999");
    const QString path = write(h, {{QStringLiteral("PL-C1"), QStringLiteral("a"), QString::fromUtf8("滑坡"), QString::number(v.lon, 'f', 7), QString::number(v.lat, 'f', 7), v.code},
                                   {QStringLiteral("PL-C2"), QStringLiteral("b"), QString::fromUtf8("滑坡"), QString::number(v.lon, 'f', 7), QString::number(v.lat, 'f', 7), bogus},
                                   {QStringLiteral("PL-C3"), QStringLiteral("c"), QString::fromUtf8("滑坡"), QString::number(v.lon, 'f', 7), QString::number(v.lat, 'f', 7), v.townshipCode}});
    Result<ImportSummary> r = import(path, ImportMode::KeepGood);
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r.value().inserted, 1);
    const ImportIssue *unknown = issueFor(r.value(), 3);
    QVERIFY(unknown);
    QCOMPARE(unknown->field, QStringLiteral("village_code"));
    QCOMPARE(unknown->value, bogus);
    QVERIFY2(unknown->reason.contains(QStringLiteral("not an administrative unit code")), qPrintable(unknown->reason));
    const ImportIssue *level = issueFor(r.value(), 4);
    QVERIFY(level);
    QVERIFY2(level->reason.contains(QStringLiteral("township")), qPrintable(level->reason));
    QCOMPARE(villageOf(QStringLiteral("PL-C1")), v.code);
  }

  void townshipLedgersGetTheTownshipOfThePoint()
  {
    const Village &v = mVillages[1];
    const QString path = write(QString::fromUtf8("编号,名称,队伍类型,经度,纬度").split(QLatin1Char(',')),
                               {{QStringLiteral("PL-T1"), QString::fromUtf8("民兵应急排"), QString::fromUtf8("民兵"), QString::number(v.lon, 'f', 7), QString::number(v.lat, 'f', 7)}});
    Result<ImportSummary> r = import(path, ImportMode::AllOrNothing, QStringLiteral("teams"));
    QVERIFY2(r && r.value().stored, qPrintable(r ? r.value().issues.value(0).reason : r.message()));
    QCOMPARE(countRows(*mStore, QStringLiteral("teams"), QStringLiteral("code = 'PL-T1' AND township_code = ?"), {v.townshipCode}), 1);
  }

  void peopleGetTheAdminCodeOfTheirVillage()
  {
    const Village &v = mVillages[2];
    const QString path = write(QString::fromUtf8("姓名,职责,联系电话,所属乡镇,所属村").split(QLatin1Char(',')),
                               {{QString::fromUtf8("吴九"), QString::fromUtf8("网格员"), QStringLiteral("13900000009"), v.townshipName, v.name}});
    Result<ImportSummary> r = import(path, ImportMode::AllOrNothing, QStringLiteral("responsible_persons"));
    QVERIFY2(r && r.value().stored, qPrintable(r ? r.value().issues.value(0).reason : r.message()));
    QCOMPARE(countRows(*mStore, QStringLiteral("responsible_persons"), QStringLiteral("phone = '13900000009' AND admin_code = ?"), {v.code}), 1);
  }

  void storeWithoutAdminUnitsLeavesPlacesAlone()
  {
    QTemporaryDir dir;
    auto empty = Store::open(dir.filePath(QStringLiteral("empty.onemap.sqlite")), Store::Mode::CreateIfMissing);
    QVERIFY2(empty, qPrintable(empty.message()));
    const Village &v = mVillages[0];
    ImportOptions o;
    o.layer = QStringLiteral("hidden_dangers");
    Result<ImportSummary> r = Importer::run(*empty.value(), write(header(true), {row(QStringLiteral("PL-E1"), v, QString::fromUtf8("无此乡镇"), v.name)}), o);
    QVERIFY2(r && r.value().stored, qPrintable(r ? r.value().issues.value(0).reason : r.message()));
    QVERIFY2(r.value().notes.join(QLatin1Char('\n')).contains(QStringLiteral("no townships or villages")), qPrintable(r.value().notes.join(QLatin1Char('\n'))));
    QCOMPARE(countRows(*empty.value(), QStringLiteral("hidden_dangers"), QStringLiteral("code = 'PL-E1' AND village_code IS NULL")), 1);
  }
};

QTEST_GUILESS_MAIN(TestImportPlaces)
#include "test_import_places.moc"
