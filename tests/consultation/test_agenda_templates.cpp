// Agenda templates: the "1+7+N" built-ins and user templates in the store.
#include "consultation/AgendaTemplates.h"
#include "consultation/Consultations.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace onemap;

class TestAgendaTemplates : public QObject
{
  Q_OBJECT

  QTemporaryDir mDir;
  std::unique_ptr<Store> mStore;

private slots:
  void initTestCase()
  {
    auto s = Store::open(mDir.filePath(QStringLiteral("t.sqlite")), Store::Mode::CreateIfMissing);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    mStore = s.take();
  }

  void builtInsPresentAndOrdered()
  {
    const QVector<AgendaTemplate> all = AgendaTemplates::builtIns();
    QCOMPARE(all.size(), 1 + 7 + AgendaTemplates::rollingHazards().size());
    QCOMPARE(all[0].key, QStringLiteral("annual_outlook"));
    QCOMPARE(all[0].kind, QStringLiteral("annual_outlook"));
    QStringList keys;
    for (const AgendaTemplate &t : all) {
      keys << t.key;
      QVERIFY(t.isBuiltIn());
      QCOMPARE(t.id, qint64(0));
      QVERIFY(!t.name.isEmpty());
      QVERIFY(t.steps.size() >= 3);
      for (const AgendaStep &s : t.steps) {
        QVERIFY(!s.title.isEmpty());
        QVERIFY(s.boards.contains(QStringLiteral("map")));
      }
    }
    keys.removeDuplicates();
    QCOMPARE(keys.size(), all.size()); // keys are unique
    for (int i = 1; i <= 7; ++i) {
      QCOMPARE(all[i].kind, QStringLiteral("seasonal_stage"));
      QVERIFY(all[i].hazard.isEmpty());
    }
    QCOMPARE(all[1].key, QStringLiteral("seasonal_stage/pre_flood"));
    QCOMPARE(all[7].key, QStringLiteral("seasonal_stage/spring"));
    for (int i = 0; i < AgendaTemplates::rollingHazards().size(); ++i) {
      QCOMPARE(all[8 + i].kind, QStringLiteral("rolling_event"));
      QCOMPARE(all[8 + i].hazard, AgendaTemplates::rollingHazards()[i]);
    }
    // The rainstorm meeting in the order the issue gives, ending with decisions.
    const AgendaTemplate rain = AgendaTemplates::builtIn(QStringLiteral("rolling_event/rainstorm")).value();
    QCOMPARE(rain.steps.size(), 6);
    QCOMPARE(rain.steps[0].layerGroups, (QStringList {QStringLiteral("warnings"), QStringLiteral("stations"), QStringLiteral("admin_units")}));
    QVERIFY(rain.steps[2].layerGroups.contains(QStringLiteral("hidden_dangers")));
    QVERIFY(rain.steps[3].layerGroups.contains(QStringLiteral("shelters")));
    QVERIFY(rain.steps[4].layerGroups.contains(QStringLiteral("teams")));
    QVERIFY(rain.steps[5].boards.contains(QStringLiteral("tasks")));
    QVERIFY(!AgendaTemplates::builtIn(QStringLiteral("rolling_event/volcano")).ok());
    for (const QString &h : AgendaTemplates::rollingHazards())
      QVERIFY(AgendaTemplates::builtIn(QStringLiteral("rolling_event/") + h).ok());
    // Layer groups name real store tables.
    for (const AgendaTemplate &t : all)
      for (const AgendaStep &s : t.steps)
        for (const QString &g : s.layerGroups) {
          SqlStatement q(mStore->handle(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
          q.bind(1, g);
          QVERIFY2(q.next() && q.int64(0) == 1, qPrintable(g));
        }
  }

  void userTemplateSavedLoadedEdited()
  {
    AgendaTemplates templates(*mStore);
    const int builtIns = AgendaTemplates::builtIns().size();
    QCOMPARE(templates.list().size(), builtIns);

    // A user's copy of the rainstorm agenda with a step added.
    AgendaTemplate mine = AgendaTemplates::builtIn(QStringLiteral("rolling_event/rainstorm")).value();
    QVERIFY(!templates.save(mine, QStringLiteral("u")).ok()); // built-ins are not overwritten
    mine.key.clear();
    mine.name = QStringLiteral("青石镇山洪会商");
    mine.steps.insert(2, AgendaStep {QStringLiteral("山洪沟"), {QStringLiteral("map"), QStringLiteral("impact")}, {QStringLiteral("rivers")}, QStringLiteral("重点: 3 条山洪沟")});
    Result<qint64> id = templates.save(mine, QStringLiteral("u"));
    QVERIFY2(id.ok(), qPrintable(id.message()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'consultation_templates'")), qint64(1));

    // Read back from a new Store on the same file.
    const QString path = mStore->path();
    mStore.reset();
    mStore = Store::open(path).take();
    AgendaTemplates again(*mStore);
    Result<AgendaTemplate> loaded = again.load(id.value());
    QVERIFY2(loaded.ok(), qPrintable(loaded.message()));
    QCOMPARE(loaded.value().name, mine.name);
    QCOMPARE(loaded.value().kind, QStringLiteral("rolling_event"));
    QCOMPARE(loaded.value().hazard, QStringLiteral("rainstorm"));
    QVERIFY(!loaded.value().isBuiltIn());
    QVERIFY(loaded.value().steps == mine.steps);
    const QVector<AgendaTemplate> listed = again.list();
    QCOMPARE(listed.size(), builtIns + 1);
    QCOMPARE(listed.last().id, id.value());

    // Edit: rename and drop a step; the same row is updated, with its audit row.
    AgendaTemplate edited = loaded.value();
    edited.name = QStringLiteral("青石镇山洪会商（修订）");
    edited.steps.removeLast();
    QVERIFY(again.save(edited, QStringLiteral("u")).ok());
    QCOMPARE(again.list().size(), builtIns + 1);
    QCOMPARE(again.load(id.value()).value().steps.size(), mine.steps.size() - 1);
    QCOMPARE(again.load(id.value()).value().name, edited.name);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'consultation_templates' AND action = 'update'")), qint64(1));

    // A meeting made from the user template carries its steps.
    Result<Consultation> c = Consultations(*mStore).createFromTemplate(edited, Consultation(), QStringLiteral("u"));
    QVERIFY2(c.ok(), qPrintable(c.message()));
    QCOMPARE(c.value().steps.size(), edited.steps.size());
    QCOMPARE(c.value().steps[2].title, QStringLiteral("山洪沟"));
    QCOMPARE(c.value().steps[2].speakerNotes, QStringLiteral("重点: 3 条山洪沟"));
    QCOMPARE(c.value().templateName, edited.name);

    // Bad templates are refused: no steps, a step without a title, a duplicate name, an unknown kind.
    AgendaTemplate empty = edited;
    empty.id = 0;
    empty.name = QStringLiteral("空");
    empty.steps.clear();
    QVERIFY(!again.save(empty, QStringLiteral("u")).ok());
    AgendaTemplate untitled = empty;
    untitled.steps = {AgendaStep {QStringLiteral("  "), {}, {}, {}}};
    QVERIFY(!again.save(untitled, QStringLiteral("u")).ok());
    AgendaTemplate duplicate = edited;
    duplicate.id = 0;
    QVERIFY(!again.save(duplicate, QStringLiteral("u")).ok());
    AgendaTemplate oddKind = empty;
    oddKind.kind = QStringLiteral("weekly");
    oddKind.steps = edited.steps;
    QVERIFY(!again.save(oddKind, QStringLiteral("u")).ok());
    QCOMPARE(again.list().size(), builtIns + 1);

    QVERIFY(again.remove(id.value(), QStringLiteral("u")).ok());
    QCOMPARE(again.list().size(), builtIns);
    QVERIFY(!again.load(id.value()).ok());
  }

  void translatedTitlesFollowTheLanguage()
  {
    // Without a translator the English source text is what comes back.
    QCOMPARE(AgendaTemplates::builtIn(QStringLiteral("rolling_event/rainstorm")).value().steps[0].title,
             QCoreApplication::translate("onemap::AgendaTemplates", "Weather and rainfall"));
  }

private:
  qint64 scalar(const QString &sql)
  {
    SqlStatement q(mStore->handle(), sql);
    return q.next() ? q.int64(0) : -1;
  }
};

QTEST_GUILESS_MAIN(TestAgendaTemplates)
#include "test_agenda_templates.moc"
