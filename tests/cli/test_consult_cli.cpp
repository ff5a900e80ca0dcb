// `onemap consult sheet` end to end: a rainstorm meeting made from the
// built-in template on the sample county, with decisions and tasks (one
// overdue) and a warning, written as the one-sheet judgement PDF and read back
// with pdftotext in the default (Chinese) language; bad input refused with
// nothing written.
#include "OnemapProcess.h"
#include "PdfText.h"
#include "SampleStore.h"
#include "StoreQueries.h"
#include "consultation/Consultations.h"
#include "plugins/PluginRegistry.h"
#include "store/Store.h"

#include <QFile>
#include <QImage>
#include <QSet>
#include <QtTest>

using namespace onemap;
using testing::Run;
using testing::runOnemap;

class TestConsultCli : public QObject
{
  Q_OBJECT

  std::unique_ptr<testing::SampleStore> mSample;
  qint64 mMeeting = 0;
  qint64 mWarning = 0;
  const QDate mDay = QDate(2025, 6, 20);

  QString value(const QString &sql) const { return testing::textIn(mSample->path(), sql); }

private Q_SLOTS:
  void initTestCase()
  {
    mSample = std::make_unique<testing::SampleStore>(2024, 1, mDay);
    QVERIFY2(mSample->ok(), qPrintable(mSample->message()));
    mWarning = value(QStringLiteral("SELECT id FROM warnings WHERE status = 'active' ORDER BY CASE level WHEN 'red' THEN 0 WHEN 'orange' THEN 1 ELSE 2 END, id LIMIT 1")).toLongLong();
    QVERIFY(mWarning > 0);

    auto store = Store::open(mSample->path());
    QVERIFY2(store.ok(), qPrintable(store.message()));
    Consultations consultations(*store.value());
    Consultation header;
    header.kind = QStringLiteral("rolling_event");
    header.title = QStringLiteral("6月20日暴雨过程滚动会商");
    header.hazard = QStringLiteral("rainstorm");
    header.heldOn = mDay.toString(Qt::ISODate);
    header.place = QStringLiteral("县应急指挥中心");
    header.chair = QStringLiteral("王县长");
    header.attendees = QStringList {QStringLiteral("应急局"), QStringLiteral("气象局"), QStringLiteral("水利局")};
    header.warningId = mWarning;
    Result<Consultation> made = consultations.createFromTemplate(AgendaTemplates::builtIn(QStringLiteral("rolling_event/rainstorm")).value(), header,
                                                                 QStringLiteral("operator"));
    QVERIFY2(made.ok(), qPrintable(made.message()));
    Consultation c = made.value();
    ConsultationDecision d1, d2;
    d1.text = QStringLiteral("启动防汛四级应急响应");
    d2.text = QStringLiteral("转移山洪危险区群众");
    c.decisions = {d1, d2};
    ConsultationTask t1, t2;
    t1.task = QStringLiteral("巡查病险水库");
    t1.owner = QStringLiteral("赵水利");
    t1.unit = QStringLiteral("水利局");
    t1.deadline = mDay.addDays(-2).toString(Qt::ISODate); // overdue on the sheet's day
    t2.task = QStringLiteral("开放避难场所");
    t2.owner = QStringLiteral("钱民政");
    t2.unit = QStringLiteral("民政局");
    t2.deadline = mDay.addDays(1).toString(Qt::ISODate);
    c.tasks = {t1, t2};
    const Status saved = consultations.save(c, QStringLiteral("operator"));
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    mMeeting = c.id;
    QVERIFY(mMeeting > 0);
  }

  void writesTheSheet()
  {
    const QString pdf = mSample->dir() + QStringLiteral("/sheet.pdf");
    const Run r = runOnemap({QStringLiteral("consult"), QStringLiteral("sheet"), QStringLiteral("--store"), mSample->path(), QStringLiteral("--consultation"),
                             QString::number(mMeeting), QStringLiteral("--out"), pdf, QStringLiteral("--as-of"), mDay.toString(Qt::ISODate)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(pdf));
    QVERIFY(!QFile::exists(mSample->dir() + QStringLiteral("/sheet.part.pdf")));
    // pdftotext breaks long lines; compare without white space.
    QString text = testing::pdfText(pdf);
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    for (const QString &expected : {QStringLiteral("示范县"), QStringLiteral("6月20日暴雨过程滚动会商"), QStringLiteral("王县长"), QStringLiteral("气象局"),
                                    QStringLiteral("启动防汛四级应急响应"), QStringLiteral("转移山洪危险区群众"), QStringLiteral("巡查病险水库"),
                                    QStringLiteral("开放避难场所"), QStringLiteral("赵水利"), QStringLiteral("钱民政"), QStringLiteral("民政局"),
                                    mDay.addDays(-2).toString(Qt::ISODate)})
      QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + text.left(3000)));
    // The warning's headline is in the situation and above its township table.
    const QString headline = value(QStringLiteral("SELECT headline FROM warnings WHERE id = %1").arg(mWarning)).remove(QRegularExpression(QStringLiteral("\\s")));
    QVERIFY(!headline.isEmpty());
    QVERIFY2(text.contains(headline), qPrintable(headline));
    // At least one township of the county is named (the threatened-by-township table).
    const QStringList townships = value(QStringLiteral("SELECT group_concat(name, '|') FROM admin_units WHERE level = 'township'")).split(QLatin1Char('|'));
    int named = 0;
    for (const QString &t : townships)
      named += !t.isEmpty() && text.contains(t);
    QVERIFY2(named > 0, qPrintable(text.left(3000)));
    // Each loaded hazard plugin of the warning's hazard has its section, under its Chinese name.
    const QString hazard = value(QStringLiteral("SELECT hazard FROM warnings WHERE id = %1").arg(mWarning));
    PluginRegistry plugins;
    plugins.discover();
    int sections = 0;
    for (const PluginEntry &e : plugins.entries())
      if (e.state == PluginEntry::State::Loaded && e.hazardCodes.contains(hazard)) {
        QVERIFY2(text.contains(e.nameZh), qPrintable(e.nameZh + QStringLiteral(" missing in:\n") + text.left(3000)));
        ++sections;
      }
    QVERIFY2(sections > 0, qPrintable(hazard));
  }

  void namesTheSectionsInEnglish()
  {
    // The section headings (English asked for, so the test does not depend on the translations).
    const QString pdf = mSample->dir() + QStringLiteral("/sheet-en.pdf");
    const Run r = runOnemap({QStringLiteral("consult"), QStringLiteral("sheet"), QStringLiteral("--store"), mSample->path(), QStringLiteral("--consultation"),
                             QString::number(mMeeting), QStringLiteral("--out"), pdf, QStringLiteral("--as-of"), mDay.toString(Qt::ISODate),
                             QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString text = testing::pdfText(pdf);
    for (const QString &expected : {QStringLiteral("1. Situation: warnings in force"), QStringLiteral("2. Threatened objects by township"),
                                    QStringLiteral("3. Forces and materials at hand"), QStringLiteral("4. Decisions"), QStringLiteral("5. Tasks"),
                                    QStringLiteral("overdue 2 day(s)")})
      QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + text.left(3000)));
  }

  void makesListsAndShowsOnTheWall()
  {
    // A meeting made headless, as the board's dialog makes it.
    Run r = runOnemap({QStringLiteral("consult"), QStringLiteral("new"), QStringLiteral("--store"), mSample->path(), QStringLiteral("--template"),
                       QStringLiteral("rolling_event/flood"), QStringLiteral("--title"), QStringLiteral("汛情会商 第2次"), QStringLiteral("--date"),
                       mDay.toString(Qt::ISODate), QStringLiteral("--attendees"), QStringLiteral("应急局，水利局、气象局"), QStringLiteral("--warning"),
                       QString::number(mWarning), QStringLiteral("--by"), QStringLiteral("值班员")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const qint64 id = r.out.trimmed().toLongLong();
    QVERIFY(id > mMeeting);
    QCOMPARE(value(QStringLiteral("SELECT title || '|' || kind || '|' || hazard || '|' || attendees_json || '|' || warning_id FROM consultations WHERE id = %1").arg(id)),
             QStringLiteral("汛情会商 第2次|rolling_event|flood|[\"应急局\",\"水利局\",\"气象局\"]|%1").arg(mWarning));
    QVERIFY(value(QStringLiteral("SELECT count(*) FROM consultation_steps WHERE consultation_id = %1").arg(id)).toInt() > 0);
    QCOMPARE(value(QStringLiteral("SELECT actor FROM audit_log WHERE table_name = 'consultations' AND row_id = %1").arg(id)), QStringLiteral("值班员"));

    // Listed newest first (same day: the later one first), with its id and title.
    r = runOnemap({QStringLiteral("consult"), QStringLiteral("list"), QStringLiteral("--store"), mSample->path()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 2);
    QVERIFY2(lines.first().startsWith(QString::number(id) + QLatin1Char('\t')), qPrintable(r.out));
    QVERIFY(lines.first().contains(QStringLiteral("汛情会商 第2次")));

    // The wall comes from the consultation module: a PNG of the size asked.
    const QString png = mSample->dir() + QStringLiteral("/wall.png");
    r = runOnemap({QStringLiteral("consult"), QStringLiteral("wall"), QStringLiteral("--store"), mSample->path(), QStringLiteral("--consultation"),
                   QString::number(id), QStringLiteral("--size"), QStringLiteral("1920x1080"), QStringLiteral("--out"), png});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QImage wall(png);
    QCOMPARE(wall.size(), QSize(1920, 1080));
    QSet<QRgb> colours;
    for (int x = 0; x < wall.width(); x += 37)
      colours.insert(wall.pixel(x, wall.height() / 2));
    QVERIFY(colours.size() > 5); // a drawn map, not an empty window

    // Wrong template, date or warning: refused, nothing made.
    const QString before = value(QStringLiteral("SELECT count(*) FROM consultations"));
    for (const QStringList &bad : {QStringList {QStringLiteral("--template"), QStringLiteral("rolling_event/meteor")},
                                   QStringList {QStringLiteral("--date"), QStringLiteral("2025-02-30")},
                                   QStringList {QStringLiteral("--warning"), QStringLiteral("x")}}) {
      r = runOnemap(QStringList {QStringLiteral("consult"), QStringLiteral("new"), QStringLiteral("--store"), mSample->path()} + bad);
      QCOMPARE(r.code, 2);
      QVERIFY2(r.err.contains(bad.last()), qPrintable(r.err));
    }
    r = runOnemap({QStringLiteral("consult"), QStringLiteral("new"), QStringLiteral("--store"), mSample->path(), QStringLiteral("--warning"), QStringLiteral("99999")});
    QCOMPARE(r.code, 1);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM consultations")), before);
  }

  void refusesBadInput()
  {
    const QString pdf = mSample->dir() + QStringLiteral("/bad.pdf");
    Run r = runOnemap({QStringLiteral("consult"), QStringLiteral("sheet"), QStringLiteral("--store"), mSample->path(), QStringLiteral("--out"), pdf});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--consultation")), qPrintable(r.err));
    r = runOnemap({QStringLiteral("consult"), QStringLiteral("sheet"), QStringLiteral("--store"), mSample->path(), QStringLiteral("--consultation"),
                   QString::number(mMeeting), QStringLiteral("--out"), mSample->dir() + QStringLiteral("/bad.txt")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("bad.txt")), qPrintable(r.err));
    QVERIFY(!QFile::exists(mSample->dir() + QStringLiteral("/bad.txt")));
    r = runOnemap({QStringLiteral("consult"), QStringLiteral("sheet"), QStringLiteral("--store"), mSample->path(), QStringLiteral("--consultation"),
                   QStringLiteral("99999"), QStringLiteral("--out"), pdf});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("99999")), qPrintable(r.err));
    QVERIFY(!QFile::exists(pdf));
    r = runOnemap({QStringLiteral("consult"), QStringLiteral("nonsense")});
    QCOMPARE(r.code, 2);
  }
};

QTEST_GUILESS_MAIN(TestConsultCli)
#include "test_consult_cli.moc"
