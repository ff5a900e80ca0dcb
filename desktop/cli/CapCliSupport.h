#pragma once
// What `cap ingest`, `cap watch` and `cap poll` share: the store and inbox
// from --store/--archive/--quarantine, one printed line per message, periodic
// expiry, and a clean stop on SIGINT/SIGTERM.
#include "store/Result.h"
#include "store/Store.h"
#include "warnings/CapInbox.h"

#include <memory>

class QCommandLineParser;
class QObject;

namespace onemap::cli {

struct CapSetup
{
  QString storePath;
  std::unique_ptr<Store> store;
  std::unique_ptr<CapInbox> inbox; //!< refers to *store: declared after it
};

//! Opens the store and makes the archive and quarantine folders (defaults:
//! <store>.cap-archive and <store>.cap-quarantine).
Result<CapSetup> openCapInbox(const QCommandLineParser &parser);

//! Prints the line for \a outcome (nothing for a file not ready yet) and, for
//! a warning accepted in force, its impact on arrival read from \a store;
//! returns false when it needs the operator (rejected, not stored, not archived).
bool printOutcome(const CapInboxOutcome &outcome, Store &store);

//! Marks warnings past their expiry as expired and says how many.
void expireWarnings(Store &store);

//! From now on SIGINT and SIGTERM quit the event loop between two messages;
//! also expires warnings every minute while it runs. Lives as a child of \a parent.
void runUntilStopped(Store &store, QObject *parent);

} // namespace onemap::cli
