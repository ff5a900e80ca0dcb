#pragma once
// \brief The rectification-supervision sheet (整改督办单) for one hidden danger:
// one A4 page with the facts, a locator map, the measure, the deadline, the
// step history and the issuing bureau's signature block.
#include "store/Result.h"

#include <QDate>
#include <QString>

namespace onemap {

struct NoticeRequest
{
  QString storePath;
  QString code;    //!< hidden-danger code, or township code / name
  QString outPath; //!< .pdf
  QDate date;      //!< date of issue; invalid = today
};

class RectificationNotice
{
public:
  //! Writes the sheet for the danger request.code; fails naming the code when unknown.
  static Status exportTo(const NoticeRequest &request);
};

} // namespace onemap
