// `onemap cap calls` and `onemap cap ack` end to end on a sample store: a
// township warning is ingested, its call list printed, a call and an answer
// recorded by name, bad selectors refused naming the field, and the call
// sheet written as XLSX (read back with GDAL) and PDF (read back as text).
#include "OnemapProcess.h"
#include "PdfText.h"
#include "SampleStore.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>
#include <gdal.h>
#include <ogr_api.h>

using namespace onemap;
using testing::Run;
using testing::runOnemap;

namespace {
QByteArray message(const QString &townshipCode)
{
  return QStringLiteral(
           "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">"
           "<identifier>53990104100300011_20240620080000</identifier><sender>53990104100@weather.example.cn</sender>"
           "<sent>2024-06-20T08:00:00+08:00</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope>"
           "<info><language>zh-CN</language><category>Met</category><event>暴雨</event><urgency>Expected</urgency>"
           "<severity>Severe</severity><certainty>Likely</certainty><expires>2030-06-21T20:00:00+08:00</expires>"
           "<senderName>示范县气象台</senderName><headline>示范县气象台发布暴雨橙色预警信号</headline>"
           "<area><areaDesc>乡镇</areaDesc><geocode><valueName>GB/T 2260</valueName><value>%1</value></geocode></area>"
           "</info></alert>\n")
    .arg(townshipCode)
    .toUtf8();
}

QStringList args(std::initializer_list<const char *> list)
{
  QStringList out;
  for (const char *a : list)
    out << QString::fromUtf8(a);
  return out;
}
} // namespace

class TestCapCallsCli : public QObject
{
  Q_OBJECT

  testing::SampleStore mSample;
  QTemporaryDir mDir;
  QString mWarning;
  QString mTownship;
  QString mLeader;  //!< the township's disaster-responsible person
  QString mOfficer; //!< the township's information officer
  qint64 mCalls = 0;

  Run run(const QStringList &a) { return runOnemap(a + QStringList {QStringLiteral("--store"), mSample.path()}); }

  QString scalar(const QString &sql, const QVariantList &params = {})
  {
    auto store = Store::open(mSample.path());
    if (!store)
      return QString();
    SqlStatement q(store.value()->handle(), sql);
    for (int i = 0; i < params.size(); ++i)
      q.bind(i + 1, params[i]);
    return q.next() ? q.text(0) : QString();
  }

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    mTownship = scalar(QStringLiteral("SELECT code FROM admin_units WHERE level = 'township' ORDER BY code LIMIT 1 OFFSET 4"));
    mLeader = scalar(QStringLiteral("SELECT name FROM responsible_persons WHERE admin_code = ? AND role = 'disaster_responsible'"), {mTownship});
    mOfficer = scalar(QStringLiteral("SELECT name FROM responsible_persons WHERE admin_code = ? AND role = 'info_officer'"), {mTownship});
    QVERIFY(!mLeader.isEmpty() && !mOfficer.isEmpty());
    // Names must single one person out for the --person steps below.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM responsible_persons WHERE name IN (?, ?)"), {mLeader, mOfficer}), QStringLiteral("2"));
    const QString cap = mDir.filePath(QStringLiteral("warning.cap"));
    QFile f(cap);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(message(mTownship));
    f.close();
    const Run ingested = run({QStringLiteral("cap"), QStringLiteral("ingest"), cap});
    QVERIFY2(ingested.code == 0, qPrintable(ingested.out + ingested.err));
    mWarning = scalar(QStringLiteral("SELECT id FROM warnings WHERE identifier = '53990104100300011_20240620080000'"));
    QVERIFY(!mWarning.isEmpty());
  }

  void callsPreparesAndPrintsTheList()
  {
    const Run r = run({QStringLiteral("cap"), QStringLiteral("calls"), QStringLiteral("--warning"), mWarning, QStringLiteral("--now"),
                       QStringLiteral("2024-06-20T08:40"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    mCalls = scalar(QStringLiteral("SELECT count(*) FROM warning_calls WHERE warning_id = ?"), {mWarning}).toLongLong();
    const qint64 persons = scalar(QStringLiteral("SELECT count(*) FROM responsible_persons WHERE admin_code = ?1 OR admin_code IN "
                                                 "(SELECT code FROM admin_units WHERE parent_code = ?1)"),
                                  {mTownship})
                             .toLongLong();
    QCOMPARE(mCalls, persons);
    QVERIFY2(r.out.contains(QStringLiteral("%1 calls, 0 called, 0 answered, %1 without answer past the limit").arg(mCalls)), qPrintable(r.out));
    QVERIFY2(r.out.contains(mLeader) && r.out.contains(mOfficer), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("OVERDUE: no answer after 40 min (10 min over)")), qPrintable(r.out));
    // One line per call, plus the heading lines.
    QCOMPARE(r.out.count(QStringLiteral("\n   [")), int(mCalls));

    // Again: nothing is added.
    const Run again = run({QStringLiteral("cap"), QStringLiteral("calls"), QStringLiteral("--warning"), mWarning, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(again.code, 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM warning_calls WHERE warning_id = ?"), {mWarning}).toLongLong(), mCalls);
  }

  void ackRecordsCallsAndAnswers()
  {
    const Run called = run({QStringLiteral("cap"), QStringLiteral("ack"), QStringLiteral("--warning"), mWarning, QStringLiteral("--person"), mLeader,
                            QStringLiteral("--called"), QStringLiteral("--at"), QStringLiteral("2024-06-20T08:05"), QStringLiteral("--by"),
                            QStringLiteral("值班员"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(called.code == 0, qPrintable(called.err));
    QVERIFY2(called.out.contains(QStringLiteral("called at 2024-06-20T08:05:00+08:00 by 值班员")), qPrintable(called.out));
    const Run answered = run({QStringLiteral("cap"), QStringLiteral("ack"), QStringLiteral("--warning"), mWarning, QStringLiteral("--person"), mLeader,
                              QStringLiteral("--answered-by"), mLeader, QStringLiteral("--at"), QStringLiteral("2024-06-20T08:09:00+08:00"),
                              QStringLiteral("--note"), QStringLiteral("已叫应到位"), QStringLiteral("--by"), QStringLiteral("值班员")});
    QVERIFY2(answered.code == 0, qPrintable(answered.err));
    // An answer given by a stand-in, without an earlier call.
    const Run standIn = run({QStringLiteral("cap"), QStringLiteral("ack"), QStringLiteral("--warning"), mWarning, QStringLiteral("--admin"), mTownship,
                             QStringLiteral("--person"), mOfficer, QStringLiteral("--answered-by"), QStringLiteral("代班人"), QStringLiteral("--at"),
                             QStringLiteral("2024-06-20T08:12")});
    QVERIFY2(standIn.code == 0, qPrintable(standIn.err));
    QCOMPARE(scalar(QStringLiteral("SELECT answered_by || '|' || called_at || '|' || called_by FROM warning_calls WHERE warning_id = ? AND person_name = ?"), {mWarning, mOfficer}),
             QStringLiteral("代班人|2024-06-20T08:12:00+08:00|") + qEnvironmentVariable("USER", QStringLiteral("onemap")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'warning_calls' AND action = 'update' AND actor = '值班员'")), QStringLiteral("2"));

    // The sheet now shows the answer.
    const Run sheet = run({QStringLiteral("cap"), QStringLiteral("calls"), QStringLiteral("--warning"), mWarning, QStringLiteral("--now"),
                           QStringLiteral("2024-06-20T08:40"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(sheet.code, 0);
    QVERIFY2(sheet.out.contains(QStringLiteral("called 06-20 08:05 by 值班员  answered 06-20 08:09 by %1  已叫应到位").arg(mLeader)), qPrintable(sheet.out));
    QVERIFY2(sheet.out.contains(QStringLiteral("%1 calls, 2 called, 2 answered, %2 without answer past the limit").arg(mCalls).arg(mCalls - 2)), qPrintable(sheet.out));
  }

  void ackRefusesNamingTheField_data()
  {
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown person") << args({"--person", "无此人"}) << 1 << "person: no 无此人 in the call list of warning";
    QTest::newRow("unknown unit") << args({"--admin", "539901999999"}) << 1 << "admin: no unit 539901999999";
    QTest::newRow("unknown call") << args({"--call", "999999"}) << 1 << "call: no call 999999";
    QTest::newRow("no selector") << args({"--answered-by", "x"}) << 2 << "needs --person, --call or --admin";
    QTest::newRow("bad time") << args({"--call", "1", "--at", "yesterday"}) << 2 << "--at must be an ISO date-time";
    QTest::newRow("before sending") << args({"--call", "LAST", "--at", "2024-06-20T07:30"}) << 1 << "before the warning was sent";
  }

  void ackRefusesNamingTheField()
  {
    QFETCH(QStringList, extra);
    QFETCH(int, code);
    QFETCH(QString, expected);
    // LAST: a call nobody has touched yet.
    extra.replaceInStrings(QStringLiteral("LAST"), scalar(QStringLiteral("SELECT max(id) FROM warning_calls")));
    const QString before = scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    const Run r = run(QStringList {QStringLiteral("cap"), QStringLiteral("ack"), QStringLiteral("--warning"), mWarning, QStringLiteral("--lang"), QStringLiteral("en")} + extra);
    QCOMPARE(r.code, code);
    QVERIFY2(testing::onemapError(r.err).contains(expected), qPrintable(r.err));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), before);
  }

  void ackRefusesAnAmbiguousUnit()
  {
    const Run r = run({QStringLiteral("cap"), QStringLiteral("ack"), QStringLiteral("--warning"), mWarning, QStringLiteral("--admin"), mTownship,
                       QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(r.code, 1);
    const QString e = testing::onemapError(r.err);
    QVERIFY2(e.contains(QStringLiteral("admin: 3 calls of warning")) && e.contains(QStringLiteral("--call")) && e.contains(mLeader), qPrintable(e));
  }

  void xlsxReadsBackWithTheAnswers()
  {
    const QString out = mDir.filePath(QStringLiteral("calls.xlsx"));
    const Run r = run({QStringLiteral("cap"), QStringLiteral("calls"), QStringLiteral("--warning"), mWarning, QStringLiteral("--now"),
                       QStringLiteral("2024-06-20T08:40"), QStringLiteral("--out"), out, QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!QFile::exists(mDir.filePath(QStringLiteral("calls.part.xlsx"))));
    GDALAllRegister();
    const char *openOptions[] = {"HEADERS=FORCE", nullptr};
    GDALDatasetH ds = GDALOpenEx(QFile::encodeName(out).constData(), GDAL_OF_VECTOR, nullptr, openOptions, nullptr);
    QVERIFY(ds);
    OGRLayerH calls = GDALDatasetGetLayerByName(ds, "calls");
    QVERIFY(calls);
    QCOMPARE(qint64(OGR_L_GetFeatureCount(calls, TRUE)), mCalls);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(calls);
    const int person = OGR_FD_GetFieldIndex(defn, "Responsible person");
    const int answeredAt = OGR_FD_GetFieldIndex(defn, "Answered at");
    const int answeredBy = OGR_FD_GetFieldIndex(defn, "Answered by");
    const int overdue = OGR_FD_GetFieldIndex(defn, "Minutes overdue");
    QVERIFY(person >= 0 && answeredAt >= 0 && answeredBy >= 0 && overdue >= 0);
    int seenLeader = 0, late = 0;
    OGR_L_ResetReading(calls);
    while (OGRFeatureH f = OGR_L_GetNextFeature(calls)) {
      const QString name = QString::fromUtf8(OGR_F_GetFieldAsString(f, person));
      if (name == mLeader) {
        ++seenLeader;
        QCOMPARE(QString::fromUtf8(OGR_F_GetFieldAsString(f, answeredAt)), QStringLiteral("2024-06-20 08:09"));
        QCOMPARE(QString::fromUtf8(OGR_F_GetFieldAsString(f, answeredBy)), mLeader);
      }
      if (QString::fromUtf8(OGR_F_GetFieldAsString(f, overdue)) == QLatin1String("10"))
        ++late;
      OGR_F_Destroy(f);
    }
    QCOMPARE(seenLeader, 1);
    QCOMPARE(late, int(mCalls - 2));
    OGRLayerH townships = GDALDatasetGetLayerByName(ds, "townships");
    QVERIFY(townships);
    QCOMPARE(OGR_L_GetFeatureCount(townships, TRUE), GIntBig(2)); // the township and the total
    GDALClose(ds);
  }

  void pdfCarriesTheSheet()
  {
    const QString out = mDir.filePath(QStringLiteral("calls.pdf"));
    const Run r = run({QStringLiteral("cap"), QStringLiteral("calls"), QStringLiteral("--warning"), mWarning, QStringLiteral("--now"),
                       QStringLiteral("2024-06-20T08:40"), QStringLiteral("--out"), out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(out));
    const QString text = testing::pdfText(out);
    QVERIFY2(text.contains(QStringLiteral("叫应")), qPrintable(text.left(2000)));
    QVERIFY2(text.contains(mLeader) && text.contains(mOfficer), qPrintable(text.left(2000)));
    QVERIFY2(text.contains(QStringLiteral("06-20 08:09")), qPrintable(text.left(2000)));
    QVERIFY2(text.contains(QStringLiteral("示范县气象台发布暴雨橙色预警信号")), qPrintable(text.left(2000)));
    // The title in the board's language (whatever the translation holds today).
    QTranslator zh;
    if (zh.load(QStringLiteral("onemap_zh_CN"), QStringLiteral(ONEMAP_BINARY_DIR "/desktop")))
      QCoreApplication::installTranslator(&zh);
    const QString title = QCoreApplication::translate("onemap::CallSheetPdf", "%1 warning call-and-answer record").arg(QStringLiteral("示范县"));
    QCoreApplication::removeTranslator(&zh);
    QVERIFY2(text.simplified().contains(title), qPrintable(title + QLatin1Char('\n') + text.left(600)));
    // A4 landscape.
    QVERIFY2(testing::runTool(QStringLiteral("pdfinfo"), {out}).contains(QStringLiteral("842 x 595")), "not A4 landscape");
  }
};

QTEST_GUILESS_MAIN(TestCapCallsCli)
#include "test_cap_calls_cli.moc"
