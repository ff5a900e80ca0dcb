#pragma once
// \brief Reads any OGR source row by row: CSV, XLSX, Shapefile, GeoJSON, GPKG, KML.
//
// Cells are decoded lazily, and only for the columns the mapping uses. CSV
// bytes come through OGR untouched and are decoded here (detected or named
// encoding); the other drivers hand out UTF-8 (a Shapefile's .cpg, or a named
// encoding passed to the driver as ENCODING).
#include "TextDecoder.h"
#include "store/Result.h"

#include <QStringList>
#include <memory>

typedef void *OGRDataSourceH;
typedef void *OGRLayerH;
typedef void *OGRFeatureH;
typedef void *OGRGeometryH;

namespace onemap {

class SourceReader
{
public:
  ~SourceReader();
  //! \a encoding empty = detect (CSV) or trust the source's own declaration.
  static Result<std::unique_ptr<SourceReader>> open(const QString &path, const QString &encoding = QString());

  const QString &path() const { return mPath; }
  const QStringList &columns() const { return mColumns; }
  const QString &encoding() const { return mDecoder->encoding(); }
  const QString &driver() const { return mDriver; }
  //! Spreadsheet-like sources number rows as a spreadsheet does (header = row 1).
  bool isTabular() const { return mTabular; }
  bool hasGeometry() const { return mHasGeometry; }
  //! The source's CRS as "EPSG:n" or WKT; empty when it declares none.
  const QString &crs() const { return mCrs; }
  //! Rows in the source, or an estimate (CSV: lines), or -1.
  qint64 estimatedRows() const { return mEstimatedRows; }

  //! Keeps only rows matching an OGR SQL condition (e.g. countryname = 'China').
  Status setFilter(const QString &where);
  //! Advances to the next row; false at the end, or when reading failed
  //! (then readError() says why: the rows after it were never seen).
  bool next();
  //! Non-empty when the last next() stopped on an error rather than at the end.
  const QString &readError() const { return mReadError; }
  //! Row number as the report shows it.
  qint64 rowNumber() const { return mTabular ? mIndex + 1 : mIndex; }
  //! Decodes a cell of the current row; false when its bytes are not valid text
  //! in the encoding (out is then the raw bytes shown as Latin-1).
  bool cell(int column, QString &out);
  //! The current row's geometry (owned by the reader), or null.
  OGRGeometryH geometry() const;
  //! The first \a rows rows, decoded (invalid bytes shown as U+FFFD), for previews.
  QVector<QStringList> preview(int rows);
  void rewind();

private:
  SourceReader() = default;

  QString mPath;
  QString mDriver;
  QStringList mColumns;
  QString mCrs;
  bool mTabular = false;
  bool mHasGeometry = false;
  qint64 mEstimatedRows = -1;
  qint64 mIndex = 0;
  QString mReadError;
  std::unique_ptr<TextDecoder> mDecoder;
  OGRDataSourceH mDs = nullptr;
  OGRLayerH mLayer = nullptr;
  OGRFeatureH mFeature = nullptr;
};

} // namespace onemap
