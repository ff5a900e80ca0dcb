#pragma once
// \brief What a polled CAP URL returned: one CAP <alert> document, or an Atom
// or RSS feed whose entries carry an <alert> inline or link to one.
//
// Read with the same guard as CapParser (no DTD, no entities), with size,
// depth and entry limits. Links are only reported here: whether one may be
// fetched is the operator's decision (CapFeedPoller's --allow-prefix), never
// the feed's.
#include "store/Result.h"

#include <QByteArray>
#include <QUrl>
#include <QVector>

namespace onemap {

struct CapFeedEntry
{
  QString id;              //!< atom:id, RSS guid, else link or "entry N"
  QString title;
  //! The <alert> element's text exactly as it stands in the (UTF-8) feed; only
  //! when it relies on a namespace declared further out is that declaration
  //! added to its start tag, so that it reads on its own.
  QByteArray inlineAlert;
  QUrl link;               //!< the CAP document the entry points to, when not inline
};

struct CapFeedDocument
{
  enum class Kind { Alert, Atom, Rss };
  Kind kind = Kind::Alert;
  QVector<CapFeedEntry> entries; //!< empty for Kind::Alert: the bytes are the message
};

class CapFeed
{
public:
  static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;
  static constexpr int kMaxEntries = 10000;
  static constexpr int kMaxDepth = 64;

  //! \a base resolves relative links (the feed's own URL).
  static Result<CapFeedDocument> read(const QByteArray &bytes, const QUrl &base);
};

} // namespace onemap
