#pragma once
// \brief What a notice says, read from the store: one hidden danger with its
// place and step history, or one township's open items ranked by risk.
// Plain store reads (no QGIS), so the sheets and the tests agree on the facts.
#include "admin_units/AdminUnit.h"
#include "hidden_dangers/HiddenDanger.h"
#include "store/Result.h"

#include <QDate>
#include <QHash>
#include <QVector>

namespace onemap {

//! One dated step of the closed loop (danger_events row).
struct DangerStep
{
  QString step;
  QString at;
  QString actor;
  QString note;
};

struct DangerNoticeData
{
  QString countyName;
  HiddenDanger danger;
  AdminUnit village;     //!< may be empty when the code names no village
  AdminUnit township;
  QVector<DangerStep> steps; //!< oldest first
  QDate today;

  int overdueDays() const;
};

struct TownshipNoticeData
{
  QString countyName;
  AdminUnit township;
  QVector<HiddenDanger> open;          //!< not signed off, riskiest first
  QHash<QString, QString> villageNames; //!< village code -> name
  QDate today;

  int overdueCount() const;
  int supervisedCount() const;
  qint64 threatenedPeople() const;
};

namespace NoticeData {

//! The danger with \a code; fails naming the code when there is none.
Result<DangerNoticeData> danger(const QString &storePath, const QString &code, const QDate &today);
//! The township with \a code (12 digits, or its name); fails naming it when unknown.
Result<TownshipNoticeData> township(const QString &storePath, const QString &code, const QDate &today);

//! "〔year〕第N号"-style serial: year of issue and a number fixed by the code.
int serialOf(const QString &code, qint64 fallback);

} // namespace NoticeData
} // namespace onemap
