// CAP ingest into a real sample-county store: GB/T 35965.1 messages written
// here with the county's own admin codes, Update/Cancel chains, expiry,
// unknown codes, bilingual info and re-ingest.
#include "SampleStore.h"
#include "store/SqlStatement.h"
#include "warnings/AffectedUnits.h"
#include "warnings/CapIngest.h"
#include "warnings/CapParser.h"
#include "warnings/HazardMapping.h"
#include "warnings/Warning.h"

#include <QtTest>

using namespace onemap;

namespace {

struct Fixture
{
  QString identifier;
  QString sent = QStringLiteral("2024-06-20T08:00:00+08:00");
  QString msgType = QStringLiteral("Alert");
  QString references;
  QString infos; //!< ready-made <info> blocks
};

QString info(const QString &language, const QString &event, const QString &headline, const QString &severity,
             const QString &areaXml, const QString &expires = QStringLiteral("2024-06-21T20:00:00+08:00"))
{
  return QStringLiteral("<info><language>%1</language><category>Met</category><event>%2</event><urgency>Expected</urgency>"
                        "<severity>%3</severity><certainty>Likely</certainty><effective>2024-06-20T08:00:00+08:00</effective>"
                        "<expires>%4</expires><senderName>示范县气象台</senderName><headline>%5</headline>"
                        "<description>预计未来24小时内将出现强降雨。</description>%6</info>")
    .arg(language, event, severity, expires, headline, areaXml);
}

QString geocodeArea(const QString &desc, const QStringList &codes)
{
  QString xml = QStringLiteral("<area><areaDesc>%1</areaDesc>").arg(desc);
  for (const QString &c : codes)
    xml += QStringLiteral("<geocode><valueName>GB/T 2260</valueName><value>%1</value></geocode>").arg(c);
  return xml + QStringLiteral("</area>");
}

QByteArray cap(const Fixture &f)
{
  QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">"
                               "<identifier>%1</identifier><sender>53990104100@weather.example.cn</sender><sent>%2</sent>"
                               "<status>Actual</status><msgType>%3</msgType><scope>Public</scope>")
                  .arg(f.identifier, f.sent, f.msgType);
  if (!f.references.isEmpty())
    xml += QStringLiteral("<references>%1</references>").arg(f.references);
  return (xml + f.infos + QStringLiteral("</alert>")).toUtf8();
}

QString ref(const Fixture &f) { return QStringLiteral("53990104100@weather.example.cn,%1,%2").arg(f.identifier, f.sent); }

} // namespace

class TestCapIngest : public QObject
{
  Q_OBJECT

  testing::SampleStore mSample;
  std::unique_ptr<Store> mStore;
  QStringList mTownships;
  QStringList mVillages;
  QDateTime mJune20 = QDateTime::fromString(QStringLiteral("2024-06-20T09:00:00+08:00"), Qt::ISODate);

  Result<CapIngestOutcome> ingest(const Fixture &f, const QDateTime &now)
  {
    Result<CapMessage> m = CapParser::parse(cap(f));
    if (!m)
      return m.status();
    return CapIngest::ingest(*mStore, m.value(), now);
  }
  Warning row(const QString &identifier)
  {
    const QVector<Warning> w = Warnings(*mStore).where(QStringLiteral("identifier = ?"), {identifier});
    return w.isEmpty() ? Warning() : w.first();
  }
  double area(const QString &identifier)
  {
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT Area(geom) FROM warnings WHERE identifier = ?"));
    q.bind(1, identifier);
    return q.next() ? q.real(0) : -1;
  }
  //! Equal up to the 10 decimals the outline is copied with.
  static bool same(double a, double b) { return b > 0 && std::abs(a - b) <= 1e-6 * b; }
  double adminArea(const QString &code)
  {
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT Area(geom) FROM admin_units WHERE code = ?"));
    q.bind(1, code);
    return q.next() ? q.real(0) : -1;
  }

private slots:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    auto s = Store::open(mSample.path());
    QVERIFY2(s.ok(), qPrintable(s.message()));
    mStore = s.take();
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT code, level FROM admin_units ORDER BY code"));
    while (q.next())
      (q.text(1) == QLatin1String("township") ? mTownships : q.text(1) == QLatin1String("village") ? mVillages : mVillages) << q.text(0);
    mVillages.removeAll(QStringLiteral("539901000000"));
    QVERIFY(mTownships.size() >= 3);
    QVERIFY(mVillages.size() >= 3);
  }

  void alertUpdateCancelChain()
  {
    Fixture alert;
    alert.identifier = QStringLiteral("53990104100300001_20240620080000");
    alert.infos = info(QStringLiteral("zh-CN"), QStringLiteral("暴雨"), QStringLiteral("示范县气象台发布暴雨黄色预警信号"), QStringLiteral("Moderate"),
                       geocodeArea(QStringLiteral("城关镇"), {mTownships[0]}));
    Result<CapIngestOutcome> a = ingest(alert, mJune20);
    QVERIFY2(a.ok(), qPrintable(a.message()));
    QVERIFY(!a.value().duplicate);
    Warning w = row(alert.identifier);
    QCOMPARE(w.status, QStringLiteral("active"));
    QCOMPARE(w.level, QStringLiteral("yellow"));
    QCOMPARE(w.hazard, QStringLiteral("rainstorm"));
    QCOMPARE(w.issuer, QStringLiteral("示范县气象台"));
    QCOMPARE(w.stage, QStringLiteral("live")); // in effect as it is sent
    QVERIFY(same(area(alert.identifier), adminArea(mTownships[0])));

    Fixture update;
    update.identifier = QStringLiteral("53990104100300002_20240620140000");
    update.sent = QStringLiteral("2024-06-20T14:00:00+08:00");
    update.msgType = QStringLiteral("Update");
    update.references = ref(alert);
    update.infos = info(QStringLiteral("zh-CN"), QStringLiteral("暴雨"), QStringLiteral("示范县气象台暴雨黄色预警升级为橙色预警"), QStringLiteral("Severe"),
                        geocodeArea(QStringLiteral("城关镇、九沟镇"), {mTownships[0], mTownships[1]}));
    Result<CapIngestOutcome> u = ingest(update, mJune20);
    QVERIFY2(u.ok(), qPrintable(u.message()));
    QCOMPARE(row(alert.identifier).status, QStringLiteral("updated"));
    QCOMPARE(row(update.identifier).status, QStringLiteral("active"));
    QCOMPARE(row(update.identifier).msgType, QStringLiteral("Update"));
    QVERIFY(same(area(update.identifier), adminArea(mTownships[0]) + adminArea(mTownships[1])));

    // A cancel without an area ends its predecessor and keeps its outline.
    Fixture cancel;
    cancel.identifier = QStringLiteral("53990104100300003_20240620200000");
    cancel.sent = QStringLiteral("2024-06-20T20:00:00+08:00");
    cancel.msgType = QStringLiteral("Cancel");
    cancel.references = ref(update);
    cancel.infos = info(QStringLiteral("zh-CN"), QStringLiteral("暴雨"), QStringLiteral("示范县气象台解除暴雨橙色预警信号"), QStringLiteral("Minor"), QString());
    Result<CapIngestOutcome> c = ingest(cancel, mJune20);
    QVERIFY2(c.ok(), qPrintable(c.message()));
    QCOMPARE(row(alert.identifier).status, QStringLiteral("updated"));
    QCOMPARE(row(update.identifier).status, QStringLiteral("cancelled"));
    QCOMPARE(row(cancel.identifier).status, QStringLiteral("cancelled"));
    QVERIFY(same(area(cancel.identifier), area(update.identifier)));

    // Every write went through the audited table API.
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'warnings' AND actor = 'cap'"));
    QVERIFY(q.next());
    QVERIFY2(q.int64(0) >= 5, qPrintable(QString::number(q.int64(0)))); // 3 inserts + 2 status updates
  }

  void affectedUnitsOfOneTownship()
  {
    Fixture f;
    f.identifier = QStringLiteral("53990104100300009_20240620080000");
    f.infos = info(QStringLiteral("zh-CN"), QStringLiteral("暴雨"), QStringLiteral("示范县气象台发布暴雨橙色预警信号"), QStringLiteral("Severe"),
                   geocodeArea(QStringLiteral("第二个乡镇"), {mTownships[1]}));
    Result<CapIngestOutcome> a = ingest(f, mJune20);
    QVERIFY2(a.ok(), qPrintable(a.message()));
    const QString prefix = mTownships[1].left(9);
    QStringList expectedVillages;
    for (const QString &v : mVillages)
      if (v.startsWith(prefix) && v != mTownships[1])
        expectedVillages << v;
    QVERIFY(!expectedVillages.isEmpty());

    for (bool indexed : {true, false}) {
      Result<QVector<AffectedUnit>> units = AffectedUnits::of(*mStore, a.value().id, indexed);
      QVERIFY2(units.ok(), qPrintable(units.message()));
      QStringList townships, villages;
      for (const AffectedUnit &u : units.value()) {
        (u.level == QLatin1String("township") ? townships : villages) << u.code;
        if (u.level == QLatin1String("village"))
          QCOMPARE(u.parentCode, mTownships[1]);
      }
      // Neighbours sharing only the border line are left out.
      QCOMPARE(townships, QStringList{mTownships[1]});
      QCOMPARE(villages, expectedVillages);
      QVERIFY(units.value().first().population > 0);
    }
    QVERIFY(!AffectedUnits::of(*mStore, 999999).value().size());
  }

  void updateOfUnknownMessageIsNoted()
  {
    Fixture update;
    update.identifier = QStringLiteral("53990102610100009_20240620100000");
    update.msgType = QStringLiteral("Update");
    update.references = QStringLiteral("53990104100@weather.example.cn,53990102610100008_20240619100000,2024-06-19T10:00:00+08:00");
    update.infos = info(QStringLiteral("zh-CN"), QStringLiteral("地质灾害"), QStringLiteral("示范县发布地质灾害气象风险蓝色预警"), QStringLiteral("Minor"),
                        geocodeArea(QStringLiteral("村"), {mVillages[0]}));
    Result<CapIngestOutcome> u = ingest(update, mJune20);
    QVERIFY2(u.ok(), qPrintable(u.message()));
    QVERIFY2(u.value().notes.join(QLatin1Char(' ')).contains(QStringLiteral("53990102610100008_20240619100000")), qPrintable(u.value().notes.join(QLatin1Char(' '))));
    QCOMPARE(row(update.identifier).hazard, QStringLiteral("geological"));
    QCOMPARE(row(update.identifier).level, QStringLiteral("blue"));
  }

  void expiry()
  {
    Fixture f;
    f.identifier = QStringLiteral("53990103220200001_20240620080000");
    f.infos = info(QStringLiteral("zh-CN"), QStringLiteral("山洪"), QStringLiteral("示范县水利局发布山洪灾害橙色预警"), QStringLiteral("Severe"),
                   geocodeArea(QStringLiteral("九沟镇"), {mTownships[1]}), QStringLiteral("2024-06-20T20:00:00+08:00"));
    Result<CapIngestOutcome> r = ingest(f, mJune20);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(row(f.identifier).status, QStringLiteral("active"));
    QCOMPARE(row(f.identifier).hazard, QStringLiteral("flood"));
    QCOMPARE(row(f.identifier).level, QStringLiteral("orange"));

    const Result<int> before = CapIngest::expire(*mStore, QDateTime::fromString(QStringLiteral("2024-06-20T19:59:00+08:00"), Qt::ISODate));
    QVERIFY(before.ok());
    QCOMPARE(row(f.identifier).status, QStringLiteral("active"));
    // 12:01 UTC is 20:01 in Beijing: one minute past expiry.
    const Result<int> after = CapIngest::expire(*mStore, QDateTime::fromString(QStringLiteral("2024-06-20T12:01:00Z"), Qt::ISODate));
    QVERIFY(after.ok());
    QVERIFY(after.value() >= 1);
    QCOMPARE(row(f.identifier).status, QStringLiteral("expired"));

    // A message that arrives after its own expiry is stored as expired.
    Fixture late;
    late.identifier = QStringLiteral("53990103220200002_20240620080000");
    late.infos = f.infos;
    Result<CapIngestOutcome> l = ingest(late, QDateTime::fromString(QStringLiteral("2024-06-22T08:00:00+08:00"), Qt::ISODate));
    QVERIFY2(l.ok(), qPrintable(l.message()));
    QCOMPARE(l.value().status, QStringLiteral("expired"));
  }

  void geocodeTheCountyLacks()
  {
    const QString unknown = QStringLiteral("539901099099");
    Fixture f;
    f.identifier = QStringLiteral("53990104100300010_20240620080000");
    f.infos = info(QStringLiteral("zh-CN"), QStringLiteral("暴雨"), QStringLiteral("暴雨蓝色预警"), QStringLiteral("Minor"),
                   geocodeArea(QStringLiteral("两村"), {mVillages[1], unknown}));
    Result<CapIngestOutcome> r = ingest(f, mJune20);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY2(r.value().notes.join(QLatin1Char(' ')).contains(unknown), qPrintable(r.value().notes.join(QLatin1Char(' '))));
    QVERIFY2(same(area(f.identifier), adminArea(mVillages[1])), qPrintable(QStringLiteral("%1 %2").arg(area(f.identifier)).arg(adminArea(mVillages[1]))));

    Fixture only;
    only.identifier = QStringLiteral("53990104100300011_20240620080000");
    only.infos = info(QStringLiteral("zh-CN"), QStringLiteral("暴雨"), QStringLiteral("暴雨蓝色预警"), QStringLiteral("Minor"),
                      geocodeArea(QStringLiteral("外县"), {QStringLiteral("530102001001")}));
    Result<CapIngestOutcome> o = ingest(only, mJune20);
    QVERIFY(!o.ok());
    QVERIFY2(o.message().contains(QStringLiteral("530102001001")), qPrintable(o.message()));
    QVERIFY(row(only.identifier).identifier.isEmpty());
  }

  void bilingualPrefersChinese()
  {
    Fixture f;
    f.identifier = QStringLiteral("53990102610100020_20240620080000");
    f.infos = info(QStringLiteral("en-US"), QStringLiteral("Geological hazard"), QStringLiteral("Geological hazard risk warning"), QStringLiteral("Minor"),
                   geocodeArea(QStringLiteral("Township"), {mTownships[2]}))
              + info(QStringLiteral("zh-CN"), QStringLiteral("地质灾害"), QStringLiteral("示范县发布地质灾害气象风险橙色预警"), QStringLiteral("Minor"),
                     geocodeArea(QStringLiteral("乡镇"), {mTownships[2]}));
    Result<CapMessage> m = CapParser::parse(cap(f));
    QVERIFY2(m.ok(), qPrintable(m.message()));
    QCOMPARE(m.value().infos.size(), 2); // both kept
    Result<CapIngestOutcome> r = CapIngest::ingest(*mStore, m.value(), mJune20);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const Warning w = row(f.identifier);
    QCOMPARE(w.headline, QStringLiteral("示范县发布地质灾害气象风险橙色预警"));
    QCOMPARE(w.level, QStringLiteral("orange")); // from the Chinese headline, not severity Minor
    QCOMPARE(w.areaDesc, QStringLiteral("乡镇"));
  }

  void polygonAndCircleInLonLat()
  {
    Fixture f;
    f.identifier = QStringLiteral("53990104100300030_20240620080000");
    f.infos = info(QStringLiteral("zh-CN"), QStringLiteral("雷电"), QStringLiteral("雷电黄色预警"), QStringLiteral("Moderate"),
                   QStringLiteral("<area><areaDesc>框</areaDesc><polygon>25.0,101.0 25.0,101.2 25.1,101.2 25.1,101.0 25.0,101.0</polygon>"
                                  "<circle>26.0,102.0 5</circle></area>"));
    Result<CapIngestOutcome> r = ingest(f, mJune20);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT MbrMinX(geom), MbrMinY(geom), MbrMaxX(geom), MbrMaxY(geom), NumGeometries(geom), SRID(geom) FROM warnings WHERE identifier = ?"));
    q.bind(1, f.identifier);
    QVERIFY2(q.next(), qPrintable(q.error()));
    QVERIFY(std::abs(q.real(0) - 101.0) < 1e-6); // CAP lat,lon became x = lon
    QVERIFY(std::abs(q.real(1) - 25.0) < 1e-6);
    QVERIFY(q.real(3) > 26.04 && q.real(3) < 26.05); // 5 km north of 26.0
    QCOMPARE(q.int64(4), 2);
    QCOMPARE(q.int64(5), 4490);
  }

  void issuerTypeCodeDoesNotDecideTheHazard()
  {
    // GB/T 35965.1's 3-digit type code is the issuer's own numbering, so the
    // hazard comes from the message text only: a type code other issuers use
    // for rainstorm (003 in these tests) or geological (101) changes nothing.
    struct Case
    {
      QString identifier, event, headline, hazard;
    };
    const QVector<Case> cases {
      {QStringLiteral("539901041003000901_20240620080000"), QStringLiteral("地质灾害"), QStringLiteral("示范县发布地质灾害气象风险黄色预警"), QStringLiteral("geological")},
      {QStringLiteral("539901026101000902_20240620080000"), QStringLiteral("暴雨"), QStringLiteral("示范县气象台发布暴雨黄色预警信号"), QStringLiteral("rainstorm")},
      {QStringLiteral("539901041003000903_20240620080000"), QStringLiteral("预警"), QStringLiteral("示范县发布黄色预警"), HazardMapping::other()},
    };
    for (const Case &c : cases) {
      Fixture f;
      f.identifier = c.identifier;
      f.infos = info(QStringLiteral("zh-CN"), c.event, c.headline, QStringLiteral("Moderate"), geocodeArea(QStringLiteral("城关镇"), {mTownships[0]}));
      Result<CapMessage> m = CapParser::parse(cap(f));
      QVERIFY2(m.ok(), qPrintable(m.message()));
      QVERIFY(m.value().gb.valid); // the type code was read...
      Result<CapIngestOutcome> r = CapIngest::ingest(*mStore, m.value(), mJune20);
      QVERIFY2(r.ok(), qPrintable(r.message()));
      QCOMPARE(row(c.identifier).hazard, c.hazard); // ...and did not decide the hazard
    }
    QCOMPARE(GbIdentifier::parse(cases[0].identifier).type, QStringLiteral("003"));
    QCOMPARE(GbIdentifier::parse(cases[1].identifier).type, QStringLiteral("101"));
  }

  void reingestIsIdempotent()
  {
    Fixture f;
    f.identifier = QStringLiteral("53990104100300040_20240620080000");
    f.infos = info(QStringLiteral("zh-CN"), QStringLiteral("暴雨"), QStringLiteral("暴雨红色预警"), QStringLiteral("Extreme"),
                   geocodeArea(QStringLiteral("城关镇"), {mTownships[0]}));
    Result<CapIngestOutcome> first = ingest(f, mJune20);
    QVERIFY2(first.ok(), qPrintable(first.message()));
    const qint64 before = Warnings(*mStore).count();
    Result<CapIngestOutcome> second = ingest(f, mJune20);
    QVERIFY2(second.ok(), qPrintable(second.message()));
    QVERIFY(second.value().duplicate);
    QCOMPARE(second.value().id, first.value().id);
    QCOMPARE(Warnings(*mStore).count(), before);
    QCOMPARE(row(f.identifier).level, QStringLiteral("red"));
  }
};

QTEST_GUILESS_MAIN(TestCapIngest)
#include "test_cap_ingest.moc"
