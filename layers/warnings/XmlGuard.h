#pragma once
// \brief The one rule for every XML the warnings module reads (CAP messages,
// Atom and RSS feeds): no DTD, so no entity can be declared, expanded or
// fetched, and no entity reference at all.
#include "store/Result.h"

class QXmlStreamReader;

namespace onemap {

class XmlGuard
{
public:
  //! A failure naming the line when the reader's current token is a DTD or
  //! an entity reference; success for every other token.
  static Status check(const QXmlStreamReader &reader);
};

} // namespace onemap
