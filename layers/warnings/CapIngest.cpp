#include "CapIngest.h"

#include "CapArea.h"
#include "HazardMapping.h"
#include "Warning.h"
#include "WarningLevel.h"
#include "WarningStage.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace onemap {

namespace {

const QString kKey = QStringLiteral("identifier = ? AND sender = ? AND sent = ?");

//! "sender,identifier,sent" to the row it names (sent compared as an instant,
//! since issuers write the same time with different offsets).
const Warning *findReferenced(const QVector<Warning> &candidates, const QString &sent)
{
  const QDateTime t = QDateTime::fromString(sent, Qt::ISODate);
  for (const Warning &w : candidates)
    if (w.sent == sent || (t.isValid() && QDateTime::fromString(w.sent, Qt::ISODate) == t))
      return &w;
  return nullptr;
}

bool isExpired(const QString &expires, const QDateTime &now)
{
  const QDateTime t = QDateTime::fromString(expires, Qt::ISODate);
  return t.isValid() && t < now;
}
} // namespace

Result<CapIngestOutcome> CapIngest::ingest(Store &store, const CapMessage &m, const QDateTime &now)
{
  const CapInfo *info = m.preferredInfo();
  if (!info)
    return Status::failure(QCoreApplication::translate("onemap::CapIngest", "alert %1: no <info> block, so no event, level or area to show").arg(m.identifier));
  if (m.msgType != QLatin1String("Alert") && m.msgType != QLatin1String("Update") && m.msgType != QLatin1String("Cancel"))
    return Status::failure(QCoreApplication::translate("onemap::CapIngest", "alert %1: msgType %2 carries no warning for the board").arg(m.identifier, m.msgType));

  CapIngestOutcome outcome;
  Warnings warnings(store);
  const Status done = store.transaction([&]() -> Status {
    const QVector<Warning> same = warnings.where(kKey, {m.identifier, m.sender, m.sent});
    if (!same.isEmpty()) {
      outcome.duplicate = true;
      outcome.id = same.first().id;
      outcome.status = same.first().status;
      return {};
    }
    // Predecessors named by <references>; a missing one is noted, not fatal
    // (its message may simply never have reached this board).
    QVector<Warning> predecessors;
    for (const QString &ref : m.references) {
      const QStringList p = ref.split(QLatin1Char(','));
      if (p.size() != 3) {
        outcome.notes << QCoreApplication::translate("onemap::CapIngest", "reference \"%1\" is not sender,identifier,sent").arg(ref);
        continue;
      }
      const QVector<Warning> rows = warnings.where(QStringLiteral("identifier = ? AND sender = ?"), {p[1], p[0]});
      if (const Warning *w = findReferenced(rows, p[2]))
        predecessors << *w;
      else
        outcome.notes << QCoreApplication::translate("onemap::CapIngest", "referenced message %1 (%2) is not in the store").arg(p[1], p[2]);
    }

    Warning w;
    w.identifier = m.identifier;
    w.sender = m.sender;
    w.sent = m.sent;
    w.msgType = m.msgType;
    w.issuer = !info->senderName.isEmpty() ? info->senderName : m.gb.valid ? m.gb.areaCode + m.gb.issuer : m.sender;
    w.hazard = HazardMapping::of(*info);
    w.level = WarningLevel::of(*info);
    w.stage = WarningStage::of(*info, m.sent);
    w.headline = info->headline.isEmpty() ? info->event : info->headline;
    w.description = info->description;
    QStringList descs;
    for (const CapArea &a : info->areas)
      descs << a.areaDesc;
    w.areaDesc = descs.join(QStringLiteral("; "));
    w.effective = info->effective;
    w.onset = info->onset;
    w.expires = info->expires;

    const CapAreaGeometry area = CapAreaBuilder::build(store, info->areas);
    for (const QString &code : area.unknownCodes)
      outcome.notes << QCoreApplication::translate("onemap::CapIngest", "geocode %1 is not an administrative unit in this store").arg(code);
    outcome.notes << area.problems;
    w.wkt = area.wkt;
    // A cancel or update often leaves the area out: it is the predecessor's.
    if (w.wkt.isEmpty() && !predecessors.isEmpty()) {
      w.wkt = predecessors.first().wkt;
      if (w.areaDesc.isEmpty())
        w.areaDesc = predecessors.first().areaDesc;
    }
    if (w.wkt.isEmpty()) {
      if (!area.unknownCodes.isEmpty())
        return Status::failure(QCoreApplication::translate("onemap::CapIngest", "alert %1: no area to place: geocodes %2 are not administrative units in this store").arg(m.identifier, area.unknownCodes.join(QStringLiteral(", "))));
      return Status::failure(QCoreApplication::translate("onemap::CapIngest", "alert %1: no <polygon>, <circle> or administrative <geocode> to place the warning").arg(m.identifier));
    }
    w.status = m.msgType == QLatin1String("Cancel") ? QStringLiteral("cancelled")
             : isExpired(w.expires, now) ? QStringLiteral("expired") : QStringLiteral("active");
    outcome.status = w.status;

    const Result<qint64> id = warnings.add(w, actor());
    if (!id)
      return Status::failure(QCoreApplication::translate("onemap::CapIngest", "alert %1: %2").arg(m.identifier, id.message()));
    outcome.id = id.value();

    const QString ended = m.msgType == QLatin1String("Cancel") ? QStringLiteral("cancelled") : QStringLiteral("updated");
    for (Warning p : predecessors) {
      if (m.msgType == QLatin1String("Alert") || p.status == QLatin1String("cancelled"))
        continue; // an Alert only cites; a cancelled one stays cancelled
      p.status = ended;
      if (Status s = warnings.update(p, actor()); !s)
        return Status::failure(QCoreApplication::translate("onemap::CapIngest", "alert %1: %2").arg(m.identifier, s.message()));
    }
    return {};
  });
  if (!done)
    return done;
  return outcome;
}

Result<int> CapIngest::expire(Store &store, const QDateTime &now)
{
  int n = 0;
  Warnings warnings(store);
  const Status done = store.transaction([&]() -> Status {
    for (Warning w : warnings.where(QStringLiteral("status = 'active' AND expires IS NOT NULL"))) {
      if (!isExpired(w.expires, now))
        continue;
      w.status = QStringLiteral("expired");
      if (Status s = warnings.update(w, actor()); !s)
        return s;
      ++n;
    }
    return {};
  });
  if (!done)
    return done;
  return n;
}

} // namespace onemap
