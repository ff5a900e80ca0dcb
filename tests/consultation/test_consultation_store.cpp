// The consultation record in a real SpatiaLite store: a meeting made from the
// rainstorm template, with plots of every kind, decisions and tasks, saved and
// read back by a NEW Store on the same file (as after a board restart).
#include "StoreQueries.h"
#include "consultation/AgendaTemplates.h"
#include "consultation/Consultations.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace onemap;
using namespace onemap::testing;

class TestConsultationStore : public QObject
{
  Q_OBJECT

  QTemporaryDir mDir;
  QString mPath;
  std::unique_ptr<Store> mStore;
  int mCount = 0;

  qint64 rows(const QString &table) { return scalar(mStore->handle(), QStringLiteral("SELECT count(*) FROM ") + table); }
  qint64 auditRows() { return rows(QStringLiteral("audit_log")); }
  qint64 allRows()
  {
    qint64 n = 0;
    for (const char *t : {"consultations", "consultation_steps", "consultation_plots", "consultation_decisions", "consultation_tasks", "audit_log"})
      n += rows(QString::fromLatin1(t));
    return n;
  }

  Consultation rainstormMeeting()
  {
    Consultation h;
    h.title = QStringLiteral("7月15日暴雨会商");
    h.heldOn = QStringLiteral("2026-07-15");
    h.startedAt = QStringLiteral("2026-07-15T09:00:00");
    h.place = QStringLiteral("县应急指挥中心");
    h.chair = QStringLiteral("王县长");
    h.attendees = QStringList {QStringLiteral("气象局 李"), QStringLiteral("水利局 张"), QStringLiteral("自然资源局 赵")};
    h.warningId = 42;
    return h;
  }

  static ConsultationPlot plot(const char *kind, const char *wkt, int step, const char *label)
  {
    ConsultationPlot p;
    p.kind = QString::fromLatin1(kind);
    p.wkt = QString::fromLatin1(wkt);
    p.stepPosition = step;
    p.label = QString::fromUtf8(label);
    p.style = QStringLiteral("{\"color\":\"#e02020\",\"width\":3}");
    p.createdAt = QStringLiteral("2026-07-15T09:20:00");
    p.createdBy = QStringLiteral("operator");
    return p;
  }

  static void compare(const Consultation &a, const Consultation &b)
  {
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.kind, b.kind);
    QCOMPARE(a.title, b.title);
    QCOMPARE(a.hazard, b.hazard);
    QCOMPARE(a.heldOn, b.heldOn);
    QCOMPARE(a.startedAt, b.startedAt);
    QCOMPARE(a.endedAt, b.endedAt);
    QCOMPARE(a.place, b.place);
    QCOMPARE(a.chair, b.chair);
    QCOMPARE(a.attendees, b.attendees);
    QCOMPARE(a.warningId, b.warningId);
    QCOMPARE(a.status, b.status);
    QCOMPARE(a.templateName, b.templateName);
    QCOMPARE(a.createdAt, b.createdAt);
    QCOMPARE(a.createdBy, b.createdBy);
    QCOMPARE(a.steps.size(), b.steps.size());
    for (int i = 0; i < a.steps.size(); ++i) {
      QCOMPARE(a.steps[i].id, b.steps[i].id);
      QCOMPARE(a.steps[i].position, b.steps[i].position);
      QCOMPARE(a.steps[i].title, b.steps[i].title);
      QCOMPARE(a.steps[i].speakerNotes, b.steps[i].speakerNotes);
      QCOMPARE(a.steps[i].viewJson, b.steps[i].viewJson);
      QVERIFY(a.steps[i].view() == b.steps[i].view());
      QCOMPARE(a.steps[i].snapshotPng, b.steps[i].snapshotPng);
    }
    QCOMPARE(a.plots.size(), b.plots.size());
    for (int i = 0; i < a.plots.size(); ++i) {
      QCOMPARE(a.plots[i].id, b.plots[i].id);
      QCOMPARE(a.plots[i].kind, b.plots[i].kind);
      QCOMPARE(a.plots[i].stepPosition, b.plots[i].stepPosition);
      QCOMPARE(a.plots[i].style, b.plots[i].style);
      QCOMPARE(a.plots[i].label, b.plots[i].label);
      QCOMPARE(a.plots[i].createdAt, b.plots[i].createdAt);
      QCOMPARE(a.plots[i].createdBy, b.plots[i].createdBy);
      QCOMPARE(a.plots[i].wkt, b.plots[i].wkt);
    }
    QCOMPARE(a.decisions.size(), b.decisions.size());
    for (int i = 0; i < a.decisions.size(); ++i) {
      QCOMPARE(a.decisions[i].position, b.decisions[i].position);
      QCOMPARE(a.decisions[i].text, b.decisions[i].text);
    }
    QCOMPARE(a.tasks.size(), b.tasks.size());
    for (int i = 0; i < a.tasks.size(); ++i) {
      QCOMPARE(a.tasks[i].id, b.tasks[i].id);
      QCOMPARE(a.tasks[i].task, b.tasks[i].task);
      QCOMPARE(a.tasks[i].owner, b.tasks[i].owner);
      QCOMPARE(a.tasks[i].unit, b.tasks[i].unit);
      QCOMPARE(a.tasks[i].deadline, b.tasks[i].deadline);
      QCOMPARE(a.tasks[i].status, b.tasks[i].status);
      QCOMPARE(a.tasks[i].doneAt, b.tasks[i].doneAt);
    }
  }

  // The full meeting used by several tests; saved, returns the stored copy.
  Consultation savedMeeting()
  {
    Consultations consultations(*mStore);
    Result<Consultation> made = consultations.createFromTemplate(AgendaTemplates::builtIn(QStringLiteral("rolling_event/rainstorm")).value(),
                                                                 rainstormMeeting(), QStringLiteral("operator"));
    if (!made)
      qWarning() << made.message();
    Consultation c = made.value();
    StepView v = c.steps[0].view();
    v.layerIds = QStringList {QStringLiteral("warnings"), QStringLiteral("stations")};
    v.xmin = 108.25;
    v.ymin = 30.125;
    v.xmax = 108.75;
    v.ymax = 30.5;
    v.crs = QStringLiteral("EPSG:4490");
    v.highlights = {{QStringLiteral("stations"), 7}, {QStringLiteral("hidden_dangers"), 12}};
    c.steps[0].setView(v);
    c.steps[0].speakerNotes = QStringLiteral("过去24小时最大降雨 186 毫米");
    c.steps[1].snapshotPng = QByteArray("\x89PNG\r\n\x1a\nfake-but-binary\0\x01\x02", 26);
    c.plots = {plot("arrow", "LINESTRING(108.3 30.2, 108.4 30.3)", 2, "洪水走向"),
               plot("area", "POLYGON((108.3 30.2, 108.4 30.2, 108.4 30.3, 108.3 30.2))", 3, "转移范围"),
               plot("line", "LINESTRING(108.31 30.21, 108.32 30.22, 108.33 30.2)", 0, ""),
               plot("text", "POINT(108.5 30.4)", 1, "雨量中心"),
               plot("mark", "POINT(108.45 30.35)", 4, "前置点")};
    c.decisions = {ConsultationDecision {0, 0, 0, QStringLiteral("启动防汛四级应急响应")},
                   ConsultationDecision {0, 0, 0, QStringLiteral("转移危险区群众")}};
    ConsultationTask t1;
    t1.task = QStringLiteral("组织转移 3 个村");
    t1.owner = QStringLiteral("刘");
    t1.unit = QStringLiteral("青石镇");
    t1.deadline = QStringLiteral("2026-07-15");
    ConsultationTask t2 = t1;
    t2.task = QStringLiteral("前置抢险队伍");
    t2.deadline = QStringLiteral("2026-07-20");
    ConsultationTask t3 = t1;
    t3.task = QStringLiteral("复核水库");
    t3.deadline = QStringLiteral("2026-07-14");
    t3.status = QStringLiteral("done");
    t3.doneAt = QStringLiteral("2026-07-14T18:00:00");
    c.tasks = {t1, t2, t3};
    const Status s = consultations.save(c, QStringLiteral("operator"));
    if (!s)
      qWarning() << s.message();
    return c;
  }

private slots:
  void init()
  {
    mStore.reset();
    mPath = mDir.filePath(QStringLiteral("c%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()) + QString::number(++mCount));
    auto s = Store::open(mPath, Store::Mode::CreateIfMissing);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    mStore = s.take();
    QCOMPARE(mStore->schemaVersion(), 7);
    // The warning the rainstorm meeting is about (a meeting may only name a stored warning).
    SqlStatement w(mStore->handle(), QStringLiteral("INSERT INTO warnings (id, identifier, sender, sent, hazard, level) "
                                                   "VALUES (42, 'w-42', 'county-met', '2026-07-15T06:00:00+08:00', 'rainstorm', 'orange')"));
    QVERIFY(w.exec());
  }

  void refusesAWarningNotInTheStore()
  {
    Consultation h = rainstormMeeting();
    h.warningId = 43;
    Result<Consultation> made = Consultations(*mStore).createFromTemplate(AgendaTemplates::builtIn(QStringLiteral("rolling_event/rainstorm")).value(), h,
                                                                          QStringLiteral("operator"));
    QVERIFY(!made.ok());
    QVERIFY2(made.message().contains(QStringLiteral("43")) && made.message().contains(QStringLiteral("warning_id")), qPrintable(made.message()));
    QCOMPARE(rows(QStringLiteral("consultations")), qint64(0));
  }

  void roundTripAfterRestart()
  {
    const Consultation saved = savedMeeting();
    QVERIFY(saved.id > 0);
    QCOMPARE(saved.steps.size(), 6); // rainstorm: 5 topics + decisions
    QCOMPARE(saved.plots.size(), 5);
    for (const ConsultationPlot &p : saved.plots)
      QVERIFY(p.id > 0);
    // The geometry went into the generic column as its own type, in CGCS2000.
    QCOMPARE(text(mStore->handle(), QStringLiteral("SELECT group_concat(GeometryType(geom), ',') FROM (SELECT geom FROM consultation_plots ORDER BY id)")),
             QStringLiteral("LINESTRING,POLYGON,LINESTRING,POINT,POINT"));
    QCOMPARE(scalar(mStore->handle(), QStringLiteral("SELECT count(*) FROM consultation_plots WHERE ST_Srid(geom) = 4490")), 5);
    QCOMPARE(scalar(mStore->handle(), QStringLiteral("SELECT count(*) FROM consultation_plots WHERE step_position IS NULL")), 1);

    mStore.reset(); // the board restarts
    auto reopened = Store::open(mPath);
    QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
    mStore = reopened.take();
    Result<Consultation> loaded = Consultations(*mStore).load(saved.id);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message()));
    compare(saved, loaded.value());
    const Consultation &c = loaded.value();
    QCOMPARE(c.plots[0].wkt, QStringLiteral("LINESTRING(108.3 30.2, 108.4 30.3)"));
    QCOMPARE(c.plots[1].wkt, QStringLiteral("POLYGON((108.3 30.2, 108.4 30.2, 108.4 30.3, 108.3 30.2))"));
    QCOMPARE(c.plots[3].wkt, QStringLiteral("POINT(108.5 30.4)"));
    QCOMPARE(c.plots[2].stepPosition, 0);
    const StepView v = c.steps[0].view();
    QCOMPARE(v.xmin, 108.25);
    QCOMPARE(v.ymax, 30.5);
    QCOMPARE(v.crs, QStringLiteral("EPSG:4490"));
    QCOMPARE(v.highlights.size(), 2);
    QCOMPARE(v.highlights[1].table, QStringLiteral("hidden_dangers"));
    QCOMPARE(v.highlights[1].id, qint64(12));
    QCOMPARE(v.boards, (QStringList {QStringLiteral("map"), QStringLiteral("warnings")}));
    QVERIFY(v.layerGroups.contains(QStringLiteral("warnings")));
    QCOMPARE(c.steps[1].snapshotPng.size(), 26);
    QCOMPARE(c.kind, QStringLiteral("rolling_event"));
    QCOMPARE(c.hazard, QStringLiteral("rainstorm"));
    QCOMPARE(c.warningId, qint64(42));
    QCOMPARE(c.attendees.size(), 3);
    QCOMPARE(c.status, QStringLiteral("open"));

    // A second save of the unchanged meeting keeps it identical (children replaced whole).
    Consultation again = c;
    QVERIFY(Consultations(*mStore).save(again, QStringLiteral("operator")));
    Consultation reloaded = Consultations(*mStore).load(saved.id).value();
    QCOMPARE(reloaded.plots.size(), 5);
    QCOMPARE(reloaded.plots[1].wkt, c.plots[1].wkt);
    QCOMPARE(reloaded.steps[0].viewJson, c.steps[0].viewJson);
    QCOMPARE(reloaded.tasks.size(), 3);
    QCOMPARE(rows(QStringLiteral("consultation_plots")), 5);
  }

  void auditRowsWritten()
  {
    const qint64 before = auditRows();
    const Consultation c = savedMeeting();
    // create: 1 header + 6 steps; save: only what changed: step 1's notes and
    // view (step 2's snapshot is not audited), 5 plots, 2 decisions, 3 tasks.
    QCOMPARE(auditRows() - before, qint64(1 + 6 + 1 + 5 + 2 + 3));
    QCOMPARE(scalar(mStore->handle(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'consultation_plots' AND action = 'insert' AND actor = 'operator'")), 5);
    QCOMPARE(scalar(mStore->handle(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'consultations' AND row_id = ?"), {c.id}), 1);
    QVERIFY(text(mStore->handle(), QStringLiteral("SELECT after_json FROM audit_log WHERE table_name = 'consultation_plots' ORDER BY id LIMIT 1"))
              .contains(QStringLiteral("LINESTRING")));

    Consultations consultations(*mStore);
    const qint64 mid = auditRows();
    QVERIFY(consultations.close(c.id, QDateTime(QDate(2026, 7, 15), QTime(11, 30)), QStringLiteral("chair")));
    QCOMPARE(consultations.load(c.id).value().status, QStringLiteral("closed"));
    QCOMPARE(consultations.load(c.id).value().endedAt, QStringLiteral("2026-07-15T11:30:00"));
    QVERIFY(consultations.reopen(c.id, QStringLiteral("chair")));
    QCOMPARE(consultations.load(c.id).value().status, QStringLiteral("open"));
    QVERIFY(consultations.load(c.id).value().endedAt.isEmpty());
    QCOMPARE(auditRows() - mid, qint64(2));
    QCOMPARE(scalar(mStore->handle(), QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'chair' AND action = 'update' AND table_name = 'consultations'")), 2);

    // Deleting the meeting takes its children with it.
    QVERIFY(consultations.remove(c.id, QStringLiteral("chair")));
    QCOMPARE(rows(QStringLiteral("consultation_steps")) + rows(QStringLiteral("consultation_plots")) + rows(QStringLiteral("consultation_tasks"))
               + rows(QStringLiteral("consultation_decisions")), qint64(0));
  }

  void saveWritesOnlyChanges()
  {
    Consultations consultations(*mStore);
    Consultation c = savedMeeting();
    const Consultation first = c;
    const auto audit = [&](const char *table, const char *action) {
      return scalar(mStore->handle(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = ? AND action = ? AND actor = 'clerk'"),
                    {QString::fromLatin1(table), QString::fromLatin1(action)});
    };

    // Saving what is stored writes nothing and keeps every id.
    qint64 mark = auditRows();
    QVERIFY(consultations.save(c, QStringLiteral("clerk")));
    QCOMPARE(auditRows() - mark, qint64(0));
    for (int i = 0; i < c.plots.size(); ++i)
      QCOMPARE(c.plots[i].id, first.plots[i].id);

    // One plot relabelled: one update of that row.
    c.plots[2].label = QStringLiteral("堤防加固段");
    mark = auditRows();
    QVERIFY(consultations.save(c, QStringLiteral("clerk")));
    QCOMPARE(auditRows() - mark, qint64(1));
    QCOMPARE(audit("consultation_plots", "update"), 1);

    // The first decision dropped: one delete, the second moves up to position 1.
    c.decisions.removeFirst();
    mark = auditRows();
    QVERIFY(consultations.save(c, QStringLiteral("clerk")));
    QCOMPARE(auditRows() - mark, qint64(2));
    QCOMPARE(c.decisions.first().id, first.decisions[1].id);

    // Two tasks swap places (a cycle on the unique positions): two updates.
    std::swap(c.tasks[0], c.tasks[1]);
    mark = auditRows();
    QVERIFY(consultations.save(c, QStringLiteral("clerk")));
    QCOMPARE(auditRows() - mark, qint64(2));

    // A step inserted second: one insert, five steps renumbered.
    ConsultationStep extra;
    extra.title = QStringLiteral("水库调度");
    extra.setView(StepView());
    c.steps.insert(1, extra);
    mark = auditRows();
    QVERIFY(consultations.save(c, QStringLiteral("clerk")));
    QCOMPARE(audit("consultation_steps", "insert"), 1);
    QCOMPARE(auditRows() - mark, qint64(1 + 5));
    QCOMPARE(c.steps[2].id, first.steps[1].id);

    // What is stored is exactly the meeting in memory, snapshots included.
    const Consultation back = consultations.load(c.id).value();
    QCOMPARE(back.steps.size(), 7);
    for (int i = 0; i < back.steps.size(); ++i) {
      QCOMPARE(back.steps[i].id, c.steps[i].id);
      QCOMPARE(back.steps[i].title, c.steps[i].title);
      QCOMPARE(back.steps[i].position, i + 1);
      QCOMPARE(back.steps[i].snapshotPng, c.steps[i].snapshotPng);
    }
    QCOMPARE(back.tasks[0].task, first.tasks[1].task);
    QCOMPARE(back.tasks[1].task, first.tasks[0].task);
    QCOMPARE(back.decisions.size(), 1);
    QCOMPARE(back.plots[2].label, QStringLiteral("堤防加固段"));

    // A snapshot cleared is cleared in the store.
    c.steps[2].snapshotPng.clear();
    QVERIFY(consultations.save(c, QStringLiteral("clerk")));
    QVERIFY(consultations.load(c.id).value().steps[2].snapshotPng.isEmpty());
  }

  void brokenSaveWritesNothing_data()
  {
    QTest::addColumn<QString>("breakage");
    QTest::newRow("task without owner") << "owner";
    QTest::newRow("plot with bad WKT") << "wkt";
    QTest::newRow("area drawn as a point") << "kindgeom";
    QTest::newRow("unknown plot kind") << "plotkind";
    QTest::newRow("unknown meeting kind") << "kind";
    QTest::newRow("bad deadline") << "deadline";
    QTest::newRow("done task without time") << "doneat";
    QTest::newRow("plot on a missing step") << "step";
    QTest::newRow("bad view json") << "view";
    QTest::newRow("empty decision") << "decision";
  }
  void brokenSaveWritesNothing()
  {
    QFETCH(QString, breakage);
    const Consultation good = savedMeeting();
    QVERIFY(good.id > 0);
    const qint64 before = allRows();
    Consultation c = good;
    // A new meeting too: a broken first save must not leave its header behind.
    for (bool fresh : {false, true}) {
      c = good;
      if (fresh) {
        c.id = 0;
      }
      c.decisions << ConsultationDecision {0, 0, 0, QStringLiteral("追加决定")};
      if (breakage == QLatin1String("owner"))
        c.tasks[1].owner.clear();
      else if (breakage == QLatin1String("wkt"))
        c.plots[4].wkt = QStringLiteral("POINT(108.4");
      else if (breakage == QLatin1String("kindgeom"))
        c.plots[1].wkt = QStringLiteral("POINT(108.4 30.3)");
      else if (breakage == QLatin1String("plotkind"))
        c.plots[0].kind = QStringLiteral("circle");
      else if (breakage == QLatin1String("kind"))
        c.kind = QStringLiteral("weekly");
      else if (breakage == QLatin1String("deadline"))
        c.tasks[0].deadline = QStringLiteral("next friday");
      else if (breakage == QLatin1String("doneat"))
        c.tasks[0].status = QStringLiteral("done");
      else if (breakage == QLatin1String("step"))
        c.plots[0].stepPosition = 99;
      else if (breakage == QLatin1String("view"))
        c.steps[2].viewJson = QStringLiteral("{not json");
      else if (breakage == QLatin1String("decision"))
        c.decisions[0].text.clear();
      Consultation copy = c;
      const Status s = Consultations(*mStore).save(copy, QStringLiteral("operator"));
      QVERIFY(!s.ok());
      QVERIFY(!s.message().isEmpty());
      QCOMPARE(copy.id, c.id); // the caller's meeting is left as it was
      QCOMPARE(allRows(), before);
    }
    compare(good, Consultations(*mStore).load(good.id).value());
  }

  void overdueTasks()
  {
    const Consultation c = savedMeeting();
    Consultations consultations(*mStore);
    // As of 16 July: the 15 July task is overdue, the 20 July one is not, the done one never.
    QVector<OverdueTask> late = consultations.overdueTasks(QDate(2026, 7, 16));
    QCOMPARE(late.size(), 1);
    QCOMPARE(late[0].task.id, c.tasks[0].id);
    QCOMPARE(late[0].daysOverdue, 1);
    QCOMPARE(late[0].consultationTitle, c.title);
    QCOMPARE(consultations.overdueTasks(QDate(2026, 7, 15)).size(), 0); // due today is not late
    QCOMPARE(consultations.overdueTasks(QDate(2026, 7, 21)).size(), 2);
    QVERIFY(consultations.markTaskDone(c.tasks[0].id, QDateTime(QDate(2026, 7, 16), QTime(8, 0)), QStringLiteral("刘")));
    QCOMPARE(consultations.overdueTasks(QDate(2026, 7, 21)).size(), 1);
    QCOMPARE(consultations.load(c.id).value().tasks[0].status, QStringLiteral("done"));
    QVERIFY(!consultations.markTaskDone(999999, QDateTime::currentDateTime(), QStringLiteral("x")).ok());
  }

  void listNewestFirst()
  {
    Consultations consultations(*mStore);
    const AgendaTemplate annual = AgendaTemplates::builtIn(QStringLiteral("annual_outlook")).value();
    for (const char *day : {"2026-03-01", "2026-07-15", "2026-05-20"}) {
      Consultation h;
      h.heldOn = QString::fromLatin1(day);
      QVERIFY(consultations.createFromTemplate(annual, h, QStringLiteral("operator")).ok());
    }
    const QVector<Consultation> all = consultations.list();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].heldOn, QStringLiteral("2026-07-15"));
    QCOMPARE(all[2].heldOn, QStringLiteral("2026-03-01"));
    QCOMPARE(all[0].kind, QStringLiteral("annual_outlook"));
    QVERIFY(all[0].steps.isEmpty());
  }

  void hostileInput()
  {
    Consultations consultations(*mStore);
    // A 10,000-step agenda is refused with a message, and nothing is written.
    QJsonArray huge;
    for (int i = 0; i < 10000; ++i)
      huge.append(QJsonObject {{QStringLiteral("title"), QStringLiteral("step %1").arg(i)}});
    const Result<QVector<AgendaStep>> parsed = AgendaTemplates::stepsFromJson(QString::fromUtf8(QJsonDocument(huge).toJson()));
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.message().contains(QStringLiteral("10000")));

    AgendaTemplate big;
    big.name = QStringLiteral("big");
    big.kind = QStringLiteral("rolling_event");
    for (int i = 0; i < 10000; ++i)
      big.steps << AgendaStep {QStringLiteral("step %1").arg(i), {}, {}, {}};
    const qint64 before = allRows();
    Result<Consultation> made = consultations.createFromTemplate(big, Consultation(), QStringLiteral("operator"));
    QVERIFY(!made.ok());
    QVERIFY(made.message().contains(QStringLiteral("10000")));
    QCOMPARE(allRows(), before);

    // Very long text: refused with a message, not a crash; at the limit it is fine.
    Consultation c = savedMeeting();
    c.steps[0].speakerNotes = QString(Consultations::kMaxTextChars + 1, QLatin1Char('x'));
    QVERIFY(!consultations.save(c, QStringLiteral("operator")).ok());
    c.steps[0].speakerNotes = QString(Consultations::kMaxTextChars, QChar(0x96E8));
    QVERIFY(consultations.save(c, QStringLiteral("operator")).ok());
    QCOMPARE(consultations.load(c.id).value().steps[0].speakerNotes.size(), Consultations::kMaxTextChars);
    c.tasks[0].owner = QString(100000, QLatin1Char('o'));
    QVERIFY(!consultations.save(c, QStringLiteral("operator")).ok());

    // Garbage and hostile values in the JSON fields.
    for (const char *bad : {"", "[]", "null", "{\"extent\":{\"xmin\":5,\"xmax\":1,\"ymin\":0,\"ymax\":1}}", "\"'; DROP TABLE consultations; --\""}) {
      Result<StepView> v = StepView::fromJson(QString::fromLatin1(bad));
      if (QByteArray(bad).isEmpty())
        QVERIFY(v.ok());
      else
        QVERIFY2(!v.ok(), bad);
    }
    QVERIFY(!AgendaTemplates::stepsFromJson(QStringLiteral("[{\"title\":\"\"}]")).ok());
    QVERIFY(!AgendaTemplates::stepsFromJson(QStringLiteral("{\"title\":\"x\"}")).ok());
    c.title = QStringLiteral("'); DROP TABLE consultations; --");
    c.tasks[0].owner = QStringLiteral("刘");
    QVERIFY(consultations.save(c, QStringLiteral("operator")).ok());
    QCOMPARE(consultations.load(c.id).value().title, c.title);
  }
};

QTEST_GUILESS_MAIN(TestConsultationStore)
#include "test_consultation_store.moc"
