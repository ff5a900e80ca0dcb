#pragma once
// Shared by the wall tests: the sample county (fixed seed and register date)
// loaded into a project, and a rainstorm meeting on it with decisions and
// tasks (one overdue, one due later, one done) judged on the register date.
#include "SampleStore.h"
#include "consult/ConsultationSession.h"
#include "consultation/AgendaTemplates.h"
#include "export/consultation/JudgementData.h"
#include "map/StoreMapLayers.h"
#include "sample/SampleCounty.h"

#include <QtTest>
#include <memory>
#include <qgsproject.h>

namespace onemap::testing {

struct WallFixture
{
  SampleStore sample {2024};
  QgsProject project;
  std::unique_ptr<ConsultationSession> session;
  //! The wall's frozen clock: the register date, mid-morning.
  QDateTime now {SampleCounty::registerDate(), QTime(10, 30)};

  //! Empty when all is ready, else what failed.
  QString setUp()
  {
    if (!sample.ok())
      return sample.message();
    if (Status s = StoreMapLayers::load(sample.path(), &project); !s)
      return s.message();
    session = std::make_unique<ConsultationSession>(sample.path());
    if (!session->isValid())
      return session->error();
    Result<AgendaTemplate> agenda = AgendaTemplates::builtIn(QStringLiteral("rolling_event/rainstorm"));
    if (!agenda)
      return agenda.message();
    const JudgementData before = JudgementData::gather(session->store(), Consultation(), now.date());
    if (before.warnings.isEmpty())
      return QStringLiteral("the sample has no warning in force on the register date");
    Consultation header;
    header.title = QStringLiteral("暴雨过程滚动会商");
    header.heldOn = now.date().toString(Qt::ISODate);
    header.place = QStringLiteral("县应急指挥中心");
    header.chair = QStringLiteral("王县长");
    header.attendees = QStringList {QStringLiteral("应急局"), QStringLiteral("气象局"), QStringLiteral("水利局")};
    header.warningId = before.warnings.first().id;
    Result<qint64> started = session->start(agenda.value(), header);
    if (!started)
      return started.message();
    session->addDecision(QStringLiteral("启动防汛四级应急响应"));
    session->addDecision(QStringLiteral("转移地质灾害隐患点受威胁群众"));
    ConsultationTask overdue;
    overdue.task = QStringLiteral("排查河道行洪障碍");
    overdue.owner = QStringLiteral("李明");
    overdue.unit = QStringLiteral("水利局");
    overdue.deadline = now.date().addDays(-2).toString(Qt::ISODate);
    ConsultationTask later = overdue;
    later.task = QStringLiteral("开放临时安置点");
    later.owner = QStringLiteral("张华");
    later.unit = QStringLiteral("民政局");
    later.deadline = now.date().addDays(1).toString(Qt::ISODate);
    ConsultationTask done = later;
    done.task = QStringLiteral("发布预警短信");
    done.owner = QStringLiteral("赵强");
    done.unit = QStringLiteral("气象局");
    if (!session->addTask(overdue) || !session->addTask(later) || !session->addTask(done) || !session->setTaskDone(2, true))
      return QStringLiteral("tasks were not saved");
    return QString();
  }

  ~WallFixture() { project.clear(); }
};

} // namespace onemap::testing
