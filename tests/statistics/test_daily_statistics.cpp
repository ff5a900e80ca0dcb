// The 七情 daily statistics on a real sample-county store: the table written
// only through DailyStatistics (validated, audited), errors that name the
// field, suggestions compared with independent SQL, copy-the-day-before and
// accept-suggestions that never overwrite an entered value, the county total,
// plugin fields present with the geohazard plugin loaded and absent with
// none, and the CSV / XLSX files read back (CSV parsed, XLSX through GDAL).
#include "CsvRecords.h"
#include "SampleStore.h"
#include "plugins/PluginRegistry.h"
#include "statistics/DailyReportFiles.h"
#include "statistics/DailyStatistics.h"
#include "statistics/StatisticSuggestions.h"
#include "store/AuditLog.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QtTest>
#include <gdal.h>
#include <ogr_api.h>

using namespace onemap;
using onemap::testing::SampleStore;

namespace {

const QDate kDay(2025, 6, 20);      // the sample's readings and register date
const QDate kToday(2025, 6, 21);    // the fixed "today" of these tests
const QString kGeohazard = QStringLiteral(ONEMAP_BINARY_DIR "/lib/onemap/plugins/geohazard.so");
const QString kEarthquake = QStringLiteral(ONEMAP_BINARY_DIR "/lib/onemap/plugins/earthquake.so");

QString scalar(Store &store, const QString &sql, const QVariantList &params = {})
{
  SqlStatement q(store.handle(), sql);
  for (int i = 0; i < params.size(); ++i)
    q.bind(i + 1, params[i]);
  return q.next() ? q.text(0) : QString();
}

qint64 count(Store &store, const QString &sql, const QVariantList &params = {}) { return scalar(store, sql, params).toLongLong(); }

QMap<QString, double> grouped(Store &store, const QString &sql, const QVariantList &params)
{
  QMap<QString, double> out;
  SqlStatement q(store.handle(), sql);
  for (int i = 0; i < params.size(); ++i)
    q.bind(i + 1, params[i]);
  while (q.next())
    out.insert(q.text(0), q.real(1));
  if (q.hasError())
    qWarning() << q.error();
  return out;
}

QMap<QString, double> suggested(const QVector<StatisticSuggestion> &list, const QString &field)
{
  QMap<QString, double> out;
  for (const StatisticSuggestion &s : list)
    if (s.field == field)
      out.insert(s.townshipCode, s.value);
  return out;
}

StatisticEdit edit(const QString &township, const QString &field, std::optional<double> value, const QDate &date = kDay, const QString &set = QStringLiteral("rain"))
{
  StatisticEdit e;
  e.date = date;
  e.set = set;
  e.townshipCode = township;
  e.field = field;
  e.value = value;
  return e;
}

} // namespace

class TestDailyStatistics : public QObject
{
  Q_OBJECT

  std::unique_ptr<SampleStore> mSample;
  std::unique_ptr<Store> mStore;
  QTemporaryDir mDir;
  QStringList mTownships;

  DailyStatistics stats(const StatisticFields &fields = StatisticFields()) { return DailyStatistics(*mStore, fields, [] { return kToday; }); }

  QString pluginFolder(const QString &name, const QStringList &copies)
  {
    const QString path = mDir.filePath(name);
    QDir().mkpath(path);
    for (const QString &c : copies)
      QFile::copy(c, QDir(path).filePath(QFileInfo(c).fileName()));
    return path;
  }

private Q_SLOTS:
  void initTestCase()
  {
    QStandardPaths::setTestModeEnabled(true); // plugin enable flags in a test location
    QCoreApplication::setOrganizationName(QStringLiteral("OneMapTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_daily_statistics"));
    QSettings().clear();
    mSample = std::make_unique<SampleStore>(2024, 1, kDay);
    QVERIFY2(mSample->ok(), qPrintable(mSample->message()));
    auto opened = Store::open(mSample->path());
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    mStore = opened.take();
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT code FROM admin_units WHERE level = 'township' ORDER BY code"));
    while (q.next())
      mTownships << q.text(0);
    QCOMPARE(mTownships.size(), 12);
  }

  void writesThroughTheAuditedTable()
  {
    DailyStatistics s = stats();
    const QString t = mTownships[0];
    const qint64 audits = AuditLog(*mStore).count();
    QVERIFY(s.apply(edit(t, QStringLiteral("people_transferred"), 120), QStringLiteral("duty")).ok());
    const std::optional<DailyStatistic> row = s.entry(kDay, QStringLiteral("rain"), t, QStringLiteral("people_transferred"));
    QVERIFY(row);
    QCOMPARE(row->value, 120.0);
    QCOMPARE(row->source, QStringLiteral("manual"));
    // The same value again writes nothing, not even an audit row.
    QVERIFY(s.apply(edit(t, QStringLiteral("people_transferred"), 120), QStringLiteral("duty")).ok());
    QCOMPARE(AuditLog(*mStore).count(), audits + 1);
    QVERIFY(s.apply(edit(t, QStringLiteral("people_transferred"), 135), QStringLiteral("duty2")).ok());
    QCOMPARE(count(*mStore, QStringLiteral("SELECT count(*) FROM daily_statistics WHERE township_code = ? AND field = 'people_transferred'"), {t}), qint64(1));
    QVERIFY(s.apply(edit(t, QStringLiteral("people_transferred"), std::nullopt), QStringLiteral("duty3")).ok());
    QVERIFY(!s.entry(kDay, QStringLiteral("rain"), t, QStringLiteral("people_transferred")));

    // insert, update, delete: each with who did it and the values before and after.
    const QVector<AuditEntry> history = AuditLog(*mStore).history(QStringLiteral("daily_statistics"), row->id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history[0].action, QStringLiteral("delete"));
    QCOMPARE(history[0].actor, QStringLiteral("duty3"));
    QCOMPARE(history[0].before.value(QStringLiteral("value")).toDouble(), 135.0);
    QCOMPARE(history[1].action, QStringLiteral("update"));
    QCOMPARE(history[1].before.value(QStringLiteral("value")).toDouble(), 120.0);
    QCOMPARE(history[1].after.value(QStringLiteral("value")).toDouble(), 135.0);
    QCOMPARE(history[2].action, QStringLiteral("insert"));
    QCOMPARE(history[2].after.value(QStringLiteral("field")).toString(), QStringLiteral("people_transferred"));
    QCOMPARE(history[2].after.value(QStringLiteral("township_code")).toString(), t);
  }

  void refusesBadValuesNamingTheField_data()
  {
    QTest::addColumn<QString>("township");
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("value");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("expected");
    const QString t = QStringLiteral("539901001000");
    QTest::newRow("negative") << t << "people_transferred" << -3.0 << kDay << "rain" << "people_transferred (People transferred), township";
    QTest::newRow("fraction of a count") << t << "dead_missing" << 1.5 << kDay << "rain" << "dead_missing (Dead or missing)";
    QTest::newRow("unknown township") << "539901099000" << "people_transferred" << 1.0 << kDay << "rain" << "township_code \"539901099000\"";
    QTest::newRow("village, not township") << "539901001001" << "people_transferred" << 1.0 << kDay << "rain" << "township_code \"539901001001\"";
    QTest::newRow("unknown field") << t << "rain_mm" << 1.0 << kDay << "rain" << "field: \"rain_mm\"";
    QTest::newRow("field of another set") << t << "hotspots" << 1.0 << kDay << "rain" << "field: \"hotspots\"";
    QTest::newRow("future") << t << "people_transferred" << 1.0 << kToday.addDays(1) << "rain" << "report_date 2025-06-22 is in the future";
    QTest::newRow("unknown set") << t << "people_transferred" << 1.0 << kDay << "flood" << "set: \"flood\"";
    QTest::newRow("not a number") << t << "direct_loss" << qQNaN() << kDay << "rain" << "direct_loss (Direct loss (10k yuan))";
  }

  void refusesBadValuesNamingTheField()
  {
    QFETCH(QString, township);
    QFETCH(QString, field);
    QFETCH(double, value);
    QFETCH(QDate, date);
    QFETCH(QString, set);
    QFETCH(QString, expected);
    DailyStatistics s = stats();
    const qint64 rows = count(*mStore, QStringLiteral("SELECT count(*) FROM daily_statistics"));
    const qint64 audits = AuditLog(*mStore).count();
    const Status st = s.apply(edit(township, field, value, date, set), QStringLiteral("duty"));
    QVERIFY(!st.ok());
    QVERIFY2(st.message().contains(expected), qPrintable(st.message()));
    QCOMPARE(count(*mStore, QStringLiteral("SELECT count(*) FROM daily_statistics")), rows);
    QCOMPARE(AuditLog(*mStore).count(), audits);
  }

  void aBatchIsAllOrNothing()
  {
    DailyStatistics s = stats();
    const qint64 rows = count(*mStore, QStringLiteral("SELECT count(*) FROM daily_statistics"));
    const Status st = s.applyAll({edit(mTownships[1], QStringLiteral("roads_cut"), 2), edit(mTownships[2], QStringLiteral("roads_cut"), -1)}, QStringLiteral("duty"));
    QVERIFY(!st.ok());
    QVERIFY2(st.message().startsWith(QStringLiteral("value 2: roads_cut")), qPrintable(st.message()));
    QCOMPARE(count(*mStore, QStringLiteral("SELECT count(*) FROM daily_statistics")), rows);
  }

  void suggestionsMatchIndependentSql()
  {
    // Evidence for the day beyond the sample's own: a gauge whose reading is
    // stored in UTC (04:00 county time), hidden dangers identified and
    // reopened, calls answered for rain and for drought warnings.
    QVERIFY(execSql(mStore->handle(), QStringLiteral(
      "UPDATE stations SET latest_time = '2025-06-19T20:00:00Z', latest_value = threshold + 5 WHERE id = (SELECT min(id) FROM stations WHERE kind = 'rain_gauge');"
      "UPDATE stations SET latest_time = '2025-06-19T12:00:00+08:00' WHERE id = (SELECT max(id) FROM stations WHERE kind = 'weather');"
      "INSERT INTO danger_events(danger_id, step, at, actor) SELECT id, 'identified', '2025-06-20T10:00:00', 't' FROM hidden_dangers WHERE id % 17 = 0;"
      "INSERT INTO danger_events(danger_id, step, at, actor) SELECT id, 'identified', '2025-06-21T00:10:00', 't' FROM hidden_dangers WHERE id % 19 = 0;"
      "INSERT INTO danger_events(danger_id, step, at, actor) SELECT id, 'reopened', '2025-06-20T23:50:00', 't' FROM hidden_dangers WHERE id % 23 = 0;"
      "INSERT INTO warnings(id, identifier, sender, sent, hazard, level) VALUES(901, 'd1', 's', '2025-06-20T08:00:00+08:00', 'drought', 'orange');"
      "INSERT INTO warning_calls(warning_id, admin_code, person_name, role, called_at, answered_at) "
      "  SELECT (SELECT min(id) FROM warnings WHERE hazard = 'rainstorm'), code, '甲', 'grid_member', '2025-06-20T08:05:00+08:00', '2025-06-20T08:20:00+08:00' "
      "  FROM admin_units WHERE level = 'village' AND id % 5 = 0;"
      "INSERT INTO warning_calls(warning_id, admin_code, person_name, role, called_at, answered_at) "
      "  SELECT (SELECT min(id) FROM warnings WHERE hazard = 'rainstorm'), code, '乙', 'disaster_responsible', '2025-06-19T16:05:00Z', '2025-06-19T16:30:00Z' "
      "  FROM admin_units WHERE level = 'township';"
      "INSERT INTO warning_calls(warning_id, admin_code, person_name, role, called_at, answered_at) "
      "  SELECT 901, code, '丙', 'grid_member', '2025-06-20T09:00:00+08:00', '2025-06-20T09:10:00+08:00' FROM admin_units WHERE level = 'village' AND id % 7 = 0;")).isEmpty());

    const QVector<StatisticSuggestion> rain = StatisticSuggestions::derive(*mStore, kDay, QStringLiteral("rain"), StatisticFields());
    const QVariantList day {kDay.toString(Qt::ISODate)};
    // Stations: township through the village's parent; the day from SQLite's own
    // time arithmetic (it reads the offset: county day = UTC + 8 h).
    const QString stationSql = QStringLiteral(
      "SELECT v.parent_code, %1 FROM stations s JOIN admin_units v ON v.code = s.village_code "
      "WHERE s.kind IN (%2) AND s.latest_value IS NOT NULL AND date(s.latest_time, '+8 hours') = ? GROUP BY v.parent_code");
    const auto expectOver = grouped(*mStore, stationSql.arg(QStringLiteral("sum(s.latest_value >= s.threshold)"), QStringLiteral("'rain_gauge','weather'")), day);
    QCOMPARE(suggested(rain, QStringLiteral("rain_gauges_over")), expectOver);
    QVERIFY(std::any_of(expectOver.begin(), expectOver.end(), [](double v) { return v > 0; }));
    QCOMPARE(suggested(rain, QStringLiteral("rain_max_mm")), grouped(*mStore, stationSql.arg(QStringLiteral("max(s.latest_value)"), QStringLiteral("'rain_gauge'")), day));
    QCOMPARE(suggested(rain, QStringLiteral("rivers_over_warning")),
             grouped(*mStore, stationSql.arg(QStringLiteral("sum(s.latest_value >= s.threshold)"), QStringLiteral("'river_level'")), day));
    // The gauge read at 04:00 county time (20:00 UTC the day before) counts for the day.
    const QString movedTownship = scalar(*mStore, QStringLiteral("SELECT v.parent_code FROM stations s JOIN admin_units v ON v.code = s.village_code "
                                                                 "WHERE s.id = (SELECT min(id) FROM stations WHERE kind = 'rain_gauge')"));
    QVERIFY(suggested(rain, QStringLiteral("rain_gauges_over")).value(movedTownship) >= 1);

    // Danger steps: times written without offset are county time.
    const QString stepSql = QStringLiteral(
      "SELECT v.parent_code, count(DISTINCT d.id) FROM danger_events e JOIN hidden_dangers d ON d.id = e.danger_id "
      "JOIN admin_units v ON v.code = d.village_code WHERE e.step = ? AND substr(e.at, 1, 10) = ? GROUP BY v.parent_code");
    const auto reported = grouped(*mStore, stepSql, {QStringLiteral("identified"), day[0]});
    QVERIFY(!reported.isEmpty());
    QCOMPARE(suggested(rain, QStringLiteral("dangers_reported")), reported);
    const auto reopened = grouped(*mStore, stepSql, {QStringLiteral("reopened"), day[0]});
    QVERIFY(!reopened.isEmpty());
    QCOMPARE(suggested(rain, QStringLiteral("dangers_reopened")), reopened);

    // Calls answered: village or township of the call, warnings of the set's hazards only.
    const QString callSql = QStringLiteral(
      "SELECT CASE u.level WHEN 'township' THEN u.code ELSE u.parent_code END, count(*) FROM warning_calls c "
      "JOIN warnings w ON w.id = c.warning_id JOIN admin_units u ON u.code = c.admin_code "
      "WHERE w.hazard IN (%1) AND date(c.answered_at, '+8 hours') = ? GROUP BY 1");
    const auto rainCalls = grouped(*mStore, callSql.arg(QStringLiteral("'rainstorm','flood','geological'")), day);
    QVERIFY(!rainCalls.isEmpty());
    QCOMPARE(suggested(rain, QStringLiteral("calls_answered")), rainCalls);
    const QVector<StatisticSuggestion> drought = StatisticSuggestions::derive(*mStore, kDay, QStringLiteral("drought"), StatisticFields());
    const auto droughtCalls = grouped(*mStore, callSql.arg(QStringLiteral("'drought'")), day);
    QVERIFY(!droughtCalls.isEmpty());
    QCOMPARE(suggested(drought, QStringLiteral("calls_answered")), droughtCalls);
    // The drought set has no station fields: nothing of them is offered there.
    QVERIFY(suggested(drought, QStringLiteral("rain_gauges_over")).isEmpty());
  }

  void suggestionsAndCopiesNeverOverwriteEnteredValues()
  {
    DailyStatistics s = stats();
    const QVector<StatisticSuggestion> rain = StatisticSuggestions::derive(*mStore, kDay, QStringLiteral("rain"), StatisticFields());
    QVERIFY(!rain.isEmpty());
    const StatisticSuggestion first = rain.first();
    // Someone enters a different value for the first suggested cell.
    QVERIFY(s.apply(edit(first.townshipCode, first.field, first.value + 7), QStringLiteral("duty")).ok());
    const QVector<StatisticEdit> take = s.suggestionEdits(kDay, QStringLiteral("rain"));
    QCOMPARE(take.size(), rain.size() - 1);
    QVERIFY(s.applyAll(take, QStringLiteral("duty")).ok());
    QCOMPARE(s.entry(kDay, QStringLiteral("rain"), first.townshipCode, first.field)->value, first.value + 7);
    QCOMPARE(s.entry(kDay, QStringLiteral("rain"), first.townshipCode, first.field)->source, QStringLiteral("manual"));
    QCOMPARE(count(*mStore, QStringLiteral("SELECT count(*) FROM daily_statistics WHERE report_date = ? AND source = 'suggested'"), {kDay.toString(Qt::ISODate)}),
             qint64(take.size()));
    QVERIFY(s.suggestionEdits(kDay, QStringLiteral("rain")).isEmpty());

    // The next day: copy what is still empty, keep what was entered.
    const QDate next = kDay.addDays(1);
    QVERIFY(s.apply(edit(first.townshipCode, first.field, 1, next), QStringLiteral("duty")).ok());
    const QVector<StatisticEdit> copy = s.copyEdits(kDay, next, QStringLiteral("rain"));
    QCOMPARE(copy.size(), s.entries(kDay, QStringLiteral("rain")).size() - 1);
    QVERIFY(s.applyAll(copy, QStringLiteral("duty")).ok());
    QCOMPARE(s.entry(next, QStringLiteral("rain"), first.townshipCode, first.field)->value, 1.0);
    QCOMPARE(s.entries(next, QStringLiteral("rain")).size(), s.entries(kDay, QStringLiteral("rain")).size());
    QCOMPARE(count(*mStore, QStringLiteral("SELECT count(*) FROM daily_statistics WHERE report_date = ? AND source = 'copied'"), {next.toString(Qt::ISODate)}),
             qint64(copy.size()));
  }

  void reportTotalsSumCountsAndTakeTheLargestRainfall()
  {
    DailyStatistics s = stats();
    const QDate d(2025, 6, 10);
    QVERIFY(s.applyAll({edit(mTownships[0], QStringLiteral("people_transferred"), 120, d), edit(mTownships[3], QStringLiteral("people_transferred"), 35, d),
                        edit(mTownships[0], QStringLiteral("rain_max_mm"), 61.5, d), edit(mTownships[5], QStringLiteral("rain_max_mm"), 88.2, d),
                        edit(mTownships[5], QStringLiteral("direct_loss"), 12.25, d)},
                       QStringLiteral("duty"))
              .ok());
    const DailyReport r = s.report(d, QStringLiteral("rain"));
    QCOMPARE(r.townships.size(), 12);
    QCOMPARE(r.countyName, QStringLiteral("示范县"));
    const auto column = [&](const char *name) {
      for (int f = 0; f < r.fields.size(); ++f)
        if (r.fields[f].name == QLatin1String(name))
          return f;
      return -1;
    };
    QCOMPARE(r.totalText(column("people_transferred")), QStringLiteral("155")); // 120 + 35
    QCOMPARE(r.totalText(column("rain_max_mm")), QStringLiteral("88.2"));       // max(61.5, 88.2)
    QCOMPARE(r.totalText(column("direct_loss")), QStringLiteral("12.3"));       // one decimal
    QCOMPARE(r.totalText(column("dead_missing")), QString());                  // nobody reported it
    QCOMPARE(r.cellText(3, column("people_transferred")), QStringLiteral("35"));
    QCOMPARE(r.entered(), 5);
    // Fields come grouped by the seven situations in order.
    QCOMPARE(r.fields.first().category, QStringLiteral("rain"));
    QCOMPARE(r.fields.last().category, QStringLiteral("opinion"));
  }

  void pluginFieldsFollowTheLoadedPlugins()
  {
    // None loaded: only the core fields, and a plugin field is refused.
    PluginRegistry none({pluginFolder(QStringLiteral("none"), {})});
    none.discover();
    const StatisticFields core = StatisticFields::fromRegistry(none);
    for (const QString &set : StatisticFields::sets())
      for (const StatisticField &f : core.fields(set))
        QVERIFY2(f.pluginId.isEmpty(), qPrintable(f.name));
    QVERIFY(!core.field(QStringLiteral("rain"), QStringLiteral("geo_points_threatened")));
    const Status refused = stats(core).apply(edit(mTownships[0], QStringLiteral("geo_points_threatened"), 3), QStringLiteral("duty"));
    QVERIFY(!refused.ok());
    QVERIFY(refused.message().contains(QStringLiteral("geo_points_threatened")));

    // Geohazard (geological, rainstorm) in the rain set only; earthquake in "other".
    PluginRegistry both({pluginFolder(QStringLiteral("both"), {kGeohazard, kEarthquake})});
    both.discover();
    QCOMPARE(both.loadedPlugins().size(), 2);
    const StatisticFields all = StatisticFields::fromRegistry(both);
    QVERIFY(all.problems().isEmpty());
    const StatisticField *geo = all.field(QStringLiteral("rain"), QStringLiteral("geo_points_threatened"));
    QVERIFY(geo);
    QCOMPARE(geo->pluginId, QStringLiteral("geohazard"));
    QVERIFY(!geo->label.isEmpty());
    QCOMPARE(all.fields(QStringLiteral("rain")).size(), core.fields(QStringLiteral("rain")).size() + 3);
    QCOMPARE(all.fields(QStringLiteral("rain")).last().pluginId, QStringLiteral("geohazard")); // after the core fields
    for (const QString &set : {QStringLiteral("drought"), QStringLiteral("fire"), QStringLiteral("snow"), QStringLiteral("other")})
      QVERIFY2(!all.field(set, QStringLiteral("geo_points_threatened")), qPrintable(set));
    QVERIFY(all.field(QStringLiteral("other"), QStringLiteral("quake_deaths")));
    QVERIFY(!all.field(QStringLiteral("rain"), QStringLiteral("quake_deaths")));
    QVERIFY(stats(all).apply(edit(mTownships[0], QStringLiteral("geo_points_threatened"), 3), QStringLiteral("duty")).ok());
    const DailyReport withPlugin = stats(all).report(kDay, QStringLiteral("rain"));
    QCOMPARE(withPlugin.fields.size(), all.fields(QStringLiteral("rain")).size());
    const int n = withPlugin.fields.size();
    QCOMPARE(withPlugin.fields[n - 3].name, QStringLiteral("geo_points_threatened"));
    QCOMPARE(withPlugin.totalText(n - 3), QStringLiteral("3"));
    QVERIFY(!withPlugin.totals[n - 1]); // geo_monitors_alarm: nobody reported it
  }

  void badPluginFieldsAreReportedNotPlaced()
  {
    PluginStatisticFields p;
    p.pluginId = QStringLiteral("demo");
    p.pluginName = QStringLiteral("Demo");
    p.hazardCodes = QStringList {QStringLiteral("flood"), QStringLiteral("drought")};
    p.fields = QStringList {QStringLiteral("demo_pumps:Pumps running"), QStringLiteral("no label"), QStringLiteral("Bad Name:x"), QStringLiteral("people_transferred:Clash")};
    const StatisticFields f({p});
    QVERIFY(f.field(QStringLiteral("rain"), QStringLiteral("demo_pumps")));    // flood -> rain
    QVERIFY(f.field(QStringLiteral("drought"), QStringLiteral("demo_pumps"))); // drought -> drought
    QVERIFY(!f.field(QStringLiteral("fire"), QStringLiteral("demo_pumps")));
    QCOMPARE(f.field(QStringLiteral("rain"), QStringLiteral("people_transferred"))->pluginId, QString()); // the core field stays
    QCOMPARE(f.problems().size(), 3); // "no label", "Bad Name", and people_transferred in the rain set
    QVERIFY(f.problems().join(QLatin1Char('\n')).contains(QStringLiteral("people_transferred")));
  }

  void csvAndXlsxReadBackWithTotals()
  {
    DailyStatistics s = stats();
    const QDate d(2025, 6, 11);
    QVERIFY(s.applyAll({edit(mTownships[0], QStringLiteral("people_transferred"), 40, d), edit(mTownships[1], QStringLiteral("people_transferred"), 2, d),
                        edit(mTownships[1], QStringLiteral("opinion_items"), 1, d)},
                       QStringLiteral("duty"))
              .ok());
    StatisticEdit noted = edit(mTownships[0], QStringLiteral("roads_cut"), 3, d);
    noted.note = QStringLiteral("=G2 省道\"塌方\", 已抢通"); // formula-like, quote and comma
    QVERIFY(s.apply(noted, QStringLiteral("duty")).ok());
    const DailyReport r = s.report(d, QStringLiteral("rain"));

    const QString csvPath = mDir.filePath(QStringLiteral("day.csv"));
    QVERIFY(DailyReportFiles::writeCsv(r, csvPath).ok());
    QFile f(csvPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QVector<QStringList> rows = onemap::testing::parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), 1 + 1 + 12 + 1); // title, header, townships, total
    QVERIFY(rows[0][0].contains(QStringLiteral("2025-06-11")));
    const QStringList header = rows[1];
    const int col = header.indexOf(QStringLiteral("People transferred"));
    QVERIFY(col > 1);
    double sum = 0;
    for (int i = 2; i < 14; ++i)
      sum += rows[i][col].toDouble();
    QCOMPARE(rows[14][1], QStringLiteral("County total"));
    QCOMPARE(rows[14][col].toDouble(), sum);
    QCOMPARE(sum, 42.0);
    QCOMPARE(rows[2][0], mTownships[0]);
    QVERIFY2(rows[2].last().startsWith(QStringLiteral("Road sections cut: =G2 省道\"塌方\", 已抢通")), qPrintable(rows[2].last()));

    const QString xlsxPath = mDir.filePath(QStringLiteral("day.xlsx"));
    QVERIFY(DailyReportFiles::writeXlsx(r, xlsxPath).ok());
    QVERIFY(!QFile::exists(mDir.filePath(QStringLiteral("day.part.xlsx"))));
    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(xlsxPath.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    QVERIFY(ds);
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    QCOMPARE(QString::fromUtf8(OGR_L_GetName(layer)), QStringLiteral("rain 2025-06-11"));
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    const int xcol = OGR_FD_GetFieldIndex(defn, "People transferred");
    QVERIFY(xcol >= 0);
    // Numbers, not text (GDAL reads whole numbers back as integers).
    const OGRFieldType type = OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, xcol));
    QVERIFY2(type == OFTReal || type == OFTInteger || type == OFTInteger64, OGR_GetFieldTypeName(type));
    QCOMPARE(OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, 0)), OFTString); // codes keep their digits as text
    QCOMPARE(OGR_L_GetFeatureCount(layer, TRUE), GIntBig(13));
    double xsum = 0, xtotal = -1;
    OGR_L_ResetReading(layer);
    while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
      const QString name = QString::fromUtf8(OGR_F_GetFieldAsString(feature, 1));
      if (name == QLatin1String("County total"))
        xtotal = OGR_F_GetFieldAsDouble(feature, xcol);
      else
        xsum += OGR_F_GetFieldAsDouble(feature, xcol);
      OGR_F_Destroy(feature);
    }
    GDALClose(ds);
    QCOMPARE(xsum, 42.0);
    QCOMPARE(xtotal, 42.0);

    // A target in a missing folder fails naming it, and leaves nothing.
    const Status bad = DailyReportFiles::writeCsv(r, mDir.filePath(QStringLiteral("no/such/day.csv")));
    QVERIFY(!bad.ok());
    QVERIFY(bad.message().contains(QStringLiteral("day.csv")));
  }

  void cleanupTestCase() { mStore.reset(); }
};

QTEST_GUILESS_MAIN(TestDailyStatistics)
#include "test_daily_statistics.moc"
