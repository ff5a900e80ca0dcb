#pragma once
// \brief What a consultation meeting judges, gathered once from the store: the
// warnings in force and their stage, threatened objects by township (the
// board's impact and the hazard plugins' sections), forces and materials at
// hand, decisions and tasks (overdue ones marked). The one-sheet judgement
// prints it; the video wall's boards show it.
#include "consultation/ConsultationRecords.h"
#include "plugins/PluginImpact.h"
#include "warnings/WarningImpact.h"

#include <QDate>
#include <QDateTime>
#include <QVector>

namespace onemap {

class Store;

struct JudgementWarning
{
  qint64 id = 0;
  QString level;    //!< code: red, orange, yellow, blue
  QString hazard;   //!< code
  QString headline;
  QString stage;    //!< code, as of the judgement's time
  QString expires;  //!< ISO date-time or empty
};

//! One warning's impact: the board's own and the plugins' parts.
struct JudgementImpact
{
  Impact impact;
  QVector<PluginImpactPart> pluginParts;
};

struct TeamCount
{
  QString status;   //!< code: standby, deployed, ...
  qint64 teams = 0;
  qint64 members = 0;
};

struct MaterialSum
{
  QString item;
  QString unit;
  double quantity = 0;
  qint64 depots = 0;
};

struct JudgementTask
{
  ConsultationTask task;
  int overdueDays = 0; //!< > 0: open and past its deadline by that many days
};

struct JudgementData
{
  QString county;                     //!< store meta county_name, else "Sample County" translated
  Consultation meeting;
  QDate asOf;
  QVector<JudgementWarning> warnings; //!< in force on asOf, most severe first
  QVector<JudgementImpact> impacts;   //!< the meeting's warning, else each in force
  QStringList impactErrors;           //!< one line per warning whose impact failed
  QVector<TeamCount> teams;
  QVector<MaterialSum> materials;
  QVector<JudgementTask> tasks;       //!< in the meeting's order

  //! Gathers for the stored meeting \a consultationId; fails naming it when absent.
  static Result<JudgementData> gather(Store &store, qint64 consultationId, const QDate &asOf = QDate::currentDate());
  //! Same for a meeting held in memory (the one on the board, maybe unsaved).
  static JudgementData gather(Store &store, const Consultation &meeting, const QDate &asOf = QDate::currentDate());
  //! Puts \a meeting's record (decisions, tasks and their overdue days) in
  //! place without reading the store again: a plot or a task changed, the
  //! warnings and forces did not.
  void setMeeting(const Consultation &meeting);
};

} // namespace onemap
