#pragma once
// \brief An Impact as labelled tables: the one wording shared by the
// terminal summary, the CSV and the PDF report, so the three never disagree.
#include "warnings/WarningImpact.h"

#include <QList>
#include <QStringList>

namespace onemap {

struct ImpactTable
{
  QString key;              //!< townships, dangers, shelters, teams, villages (CSV section names)
  QString title;            //!< translated heading
  QStringList headers;      //!< translated column names
  QList<QStringList> rows;
  QList<bool> numeric;      //!< per column: right-aligned, never formula-guarded
};

namespace ImpactTables {

//! "Orange (II)" style label of a warning level.
QString level(const QString &code);
//! Label/value pairs describing the warning: headline, level, hazard, status, area, sent, expires, as of.
QList<QPair<QString, QString>> warningFacts(const Impact &impact);

//! One row per township, then a last row of totals (name "Total", empty code).
ImpactTable townships(const Impact &impact);
//! Hidden dangers in the impact's order; \a escalatedOnly keeps the escalated ones.
ImpactTable dangers(const Impact &impact, bool escalatedOnly = false);
ImpactTable shelters(const Impact &impact);
ImpactTable teams(const Impact &impact);
ImpactTable villages(const Impact &impact);

} // namespace ImpactTables

} // namespace onemap
