#pragma once
// \brief Puts one parsed CAP message into the warnings table.
//
// One transaction per message: the row, and the status change of whatever it
// updates or cancels, land together or not at all. Re-ingesting the same
// identifier+sender+sent is reported and writes nothing.
#include "CapMessage.h"
#include "store/Result.h"

#include <QDateTime>

namespace onemap {

class Store;

struct CapIngestOutcome
{
  bool duplicate = false;    //!< already in the store; nothing written
  qint64 id = 0;             //!< the warnings row (new, or the existing one)
  QString status;            //!< status the new row got
  QStringList notes;         //!< unknown codes, references not found, area problems
};

class CapIngest
{
public:
  static QString actor() { return QStringLiteral("cap"); }

  //! \a now decides whether the message is already expired when it arrives.
  static Result<CapIngestOutcome> ingest(Store &store, const CapMessage &message, const QDateTime &now = QDateTime::currentDateTimeUtc());
  //! Marks active rows whose expires lies before \a now as expired; returns how many.
  static Result<int> expire(Store &store, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace onemap
