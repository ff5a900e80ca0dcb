#pragma once
// Forward-only schema migrations. Version N's SQL never changes once released:
// a new need is a new version.
#include "Result.h"

struct sqlite3;

namespace onemap::Migrations {

int latestVersion();
//! Applies the step that brings a store from version-1 to \a version.
//! Runs inside the caller's transaction.
Status apply(sqlite3 *db, int version);

} // namespace onemap::Migrations
