#include "Importer.h"

#include "AdminPlaces.h"
#include "CountyOutline.h"
#include "ImportTarget.h"
#include "ImportWriter.h"
#include "RowConverter.h"
#include "SourceReader.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace onemap {

namespace {
const QString kCancelled = QStringLiteral("\x01cancelled");
const QString kRejected = QStringLiteral("\x01rejected");
} // namespace

Result<ImportSummary> Importer::run(Store &store, const QString &file, const ImportOptions &options)
{
  ImportSummary summary;
  summary.file = file;
  summary.layer = options.layer;
  const ImportTarget *target = ImportTarget::find(options.layer);
  if (!target)
    return Status::failure(QCoreApplication::translate("onemap::Importer", "layer \"%1\" cannot be imported (use one of %2)").arg(options.layer, ImportTarget::layers().join(QStringLiteral(", "))));
  if (options.mapping && options.mapping->layer != options.layer)
    return Status::failure(QCoreApplication::translate("onemap::Importer", "the mapping is for layer %1, not %2").arg(options.mapping->layer, options.layer));

  QString encoding = options.encoding;
  if (encoding.isEmpty() && options.mapping)
    encoding = options.mapping->encoding;
  Result<std::unique_ptr<SourceReader>> opened = SourceReader::open(file, encoding);
  if (!opened)
    return opened.status();
  SourceReader &reader = *opened.value();
  if (Status s = reader.setFilter(options.where); !s)
    return s;
  summary.encoding = reader.encoding();
  summary.mapping = options.mapping ? *options.mapping : ColumnMapping::suggest(options.layer, reader.columns());
  summary.mapping.encoding = encoding.isEmpty() ? QString() : reader.encoding();

  summary.crs = !options.crs.isEmpty() ? options.crs : !summary.mapping.crs.isEmpty() ? summary.mapping.crs : reader.crs();
  if (summary.crs.isEmpty())
    summary.crs = QStringLiteral("EPSG:4490");
  if (!options.crs.isEmpty())
    summary.mapping.crs = options.crs;

  CountyOutline county;
  if (target->spec->hasGeometry() && options.checkInsideCounty) {
    county = CountyOutline::load(store);
    if (county.isEmpty())
      summary.notes << QCoreApplication::translate("onemap::Importer", "the store has no county outline: points are only checked to be valid longitude/latitude");
  }
  // Townships and villages, to fill the place code from names or the point.
  AdminPlaces places;
  if (!PlaceFields::codeField(target->spec->fieldNames()).isEmpty()) {
    places = AdminPlaces::load(store);
    const bool namesMapped = summary.mapping.fields.value(PlaceFields::kTownshipName).isSet() || summary.mapping.fields.value(PlaceFields::kVillageName).isSet();
    if (places.isEmpty() && namesMapped)
      summary.notes << QCoreApplication::translate("onemap::Importer", "the store has no townships or villages: township and village names are not resolved");
  }
  Result<RowConverter> made = RowConverter::create(*target, summary.mapping, reader, summary.crs, &county, &places);
  if (!made)
    return made.status();
  const RowConverter &converter = made.value();
  summary.unusedColumns = converter.unusedColumns(reader.columns());

  ImportReportWriter report;
  if (!options.reportPath.isEmpty())
    if (Status s = report.open(options.reportPath); !s)
      return s;
  auto addIssue = [&](const ImportIssue &issue) {
    if (summary.issues.size() < options.keepIssues)
      summary.issues << issue;
    if (report.isOpen())
      report.add(issue);
  };

  const qint64 total = reader.estimatedRows();
  // One big transaction: with SQLite's default 2 MB page cache the index pages
  // are spilled to the WAL and rewritten thousands of times; keep them in memory.
  SqlStatement cacheSize(store.handle(), QStringLiteral("PRAGMA cache_size"));
  const qint64 oldCache = cacheSize.next() ? cacheSize.int64(0) : -2000;
  execSql(store.handle(), QStringLiteral("PRAGMA cache_size = -262144"));
  // Each INSERT fires SpatiaLite's triggers and so keeps a statement journal;
  // on disk that is ~16 writes per row, in memory it is free.
  SqlStatement tempStore(store.handle(), QStringLiteral("PRAGMA temp_store"));
  const qint64 oldTempStore = tempStore.next() ? tempStore.int64(0) : 0;
  execSql(store.handle(), QStringLiteral("PRAGMA temp_store = MEMORY"));
  Status result = store.transaction([&]() -> Status {
    ImportWriter writer(store, *target, converter.mapped(), options.actor);
    if (Status s = writer.prepare(total); !s)
      return s;
    QHash<QString, qint64> seen; // key -> first row in this file
    seen.reserve(static_cast<int>(std::min<qint64>(total > 0 ? total : 0, 50000000)));
    ConvertedRow row;
    bool writing = true;
    while (reader.next()) {
      if (options.cancel && options.cancel->load(std::memory_order_relaxed))
        return Status::failure(kCancelled);
      ++summary.read;
      if (options.progress && summary.read % options.progressEvery == 0)
        options.progress(summary.read, total);
      converter.convert(reader, row);
      if (row.issues.isEmpty() && !row.key.isEmpty()) {
        const auto first = seen.constFind(row.key);
        if (first != seen.constEnd())
          row.issues << ImportIssue {file, reader.rowNumber(), target->keyFields.first(), row.key.left(row.key.size() - 1).replace(QChar(0x1F), QLatin1Char(' ')),
                                     QCoreApplication::translate("onemap::Importer", "the same key is already in row %1 of this file").arg(first.value())};
        else
          seen.insert(row.key, reader.rowNumber());
      }
      if (!row.issues.isEmpty()) {
        ++summary.rejected;
        for (const ImportIssue &i : row.issues)
          addIssue(i);
        // All-or-nothing keeps reading to report every bad row, but stores nothing more.
        if (options.mode == ImportMode::AllOrNothing)
          writing = false;
        continue;
      }
      if (!writing)
        continue;
      Result<ImportWriter::Outcome> w = writer.write(row);
      if (!w) {
        ++summary.rejected;
        addIssue({file, reader.rowNumber(), QString(), QString(), w.message()});
        if (options.mode == ImportMode::AllOrNothing)
          writing = false;
      }
    }
    if (!reader.readError().isEmpty())
      return Status::failure(reader.readError()); // never store a file cut short
    if (options.progress)
      options.progress(summary.read, summary.read);
    if (!writing)
      return Status::failure(kRejected);
    if (summary.read == 0)
      return Status::failure(QCoreApplication::translate("onemap::Importer", "%1: no rows to import").arg(file));
    summary.inserted = writer.inserted();
    summary.updated = writer.updated();
    return writer.finish(QFileInfo(file).fileName());
  });
  execSql(store.handle(), QStringLiteral("PRAGMA cache_size = %1; PRAGMA temp_store = %2").arg(oldCache).arg(oldTempStore));
  if (report.isOpen())
    if (Status s = report.close(); !s && result)
      return s;
  if (!result && result.message() == kCancelled) {
    summary.cancelled = true;
    return summary;
  }
  if (!result && result.message() == kRejected)
    return summary;
  if (!result)
    return result;
  summary.stored = true;
  return summary;
}

} // namespace onemap
