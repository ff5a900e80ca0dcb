#pragma once
// \brief The call-and-answer record (预警叫应记录单) of one warning as an A4
// landscape PDF: the warning, then every call grouped by township with its
// called and answered times and who answered, calls without an answer past
// the limit in red, then the counts per township and the duty officer's
// signature line. Built with the notice sheets' NoticeLayout pieces.
#include "store/Result.h"
#include "warnings/CallList.h"

namespace onemap {

class Store;

class CallSheetPdf
{
public:
  //! Writes \a sheet to \a outPath (.pdf). \a countyName heads the sheet (empty: the sample's).
  static Status write(const CallSheet &sheet, const QString &countyName, const QString &outPath);
  //! Prepares the call list of \a warningId (as \a actor), then writes its sheet at \a now.
  static Status exportFor(Store &store, qint64 warningId, const QDateTime &now, int minutes, const QString &outPath,
                          const QString &actor);
};

} // namespace onemap
