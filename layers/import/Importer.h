#pragma once
// \brief Imports one file into one ledger, all rows in one transaction.
//
// all-or-nothing: one bad row and nothing is stored (every row is still
// checked, so the report lists all problems at once). keep-good: the good
// rows are stored, the bad ones reported. Cancelling, or the process dying,
// rolls the transaction back: the store stays as it was.
#include "ColumnMapping.h"
#include "ImportReport.h"

#include <atomic>
#include <functional>
#include <optional>

namespace onemap {

class Store;

enum class ImportMode { AllOrNothing, KeepGood };

struct ImportOptions
{
  QString layer;
  ImportMode mode = ImportMode::AllOrNothing;
  QString encoding;                     //!< empty: detect (or the mapping's)
  QString crs;                          //!< empty: the mapping's, the source's, else EPSG:4490
  std::optional<ColumnMapping> mapping; //!< empty: suggested from the headers
  QString actor;
  QString where;                        //!< OGR SQL row filter, e.g. countryname = 'China'
  QString reportPath;                   //!< CSV report, written whatever the outcome
  bool checkInsideCounty = true;
  //! Called every progressEvery rows with (rows read, estimated total or -1).
  std::function<void(qint64, qint64)> progress;
  qint64 progressEvery = 10000;
  const std::atomic_bool *cancel = nullptr;
  int keepIssues = 10000;               //!< issues kept in memory for display
};

struct ImportSummary
{
  QString file;
  QString layer;
  QString encoding;
  QString crs;
  ColumnMapping mapping;     //!< the mapping actually used
  QStringList unusedColumns;
  QStringList notes;         //!< e.g. the county check was skipped
  qint64 read = 0, inserted = 0, updated = 0, rejected = 0;
  bool stored = false;       //!< the transaction committed
  bool cancelled = false;
  QVector<ImportIssue> issues; //!< the first keepIssues
};

class Importer
{
public:
  //! Fails only when the file cannot be read or mapped at all; bad rows are
  //! reported in the summary (and the report file).
  static Result<ImportSummary> run(Store &store, const QString &file, const ImportOptions &options);
};

} // namespace onemap
