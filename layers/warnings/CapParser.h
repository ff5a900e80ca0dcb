#pragma once
// \brief Reads CAP 1.1/1.2 XML into a CapMessage, refusing hostile input.
//
// Any DTD is refused (so no entity expansion and no external entity), the
// input size and element depth are capped, and only the CAP namespaces are
// accepted. Errors name the element that is missing or wrong.
#include "CapMessage.h"
#include "store/Result.h"

#include <QByteArray>

namespace onemap {

class CapParser
{
public:
  static constexpr qint64 kMaxBytes = 5 * 1024 * 1024;
  static constexpr int kMaxDepth = 32;

  static Result<CapMessage> parse(const QByteArray &xml);
  //! Checks the size before reading, so a huge file is refused without loading it.
  static Result<CapMessage> parseFile(const QString &path);
  //! True when \a xml is well-formed as far as it goes but stops before its
  //! document element closes (an empty file included): likely still being written.
  static bool isIncomplete(const QByteArray &xml);
};

} // namespace onemap
