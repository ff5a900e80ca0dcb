#pragma once
// \brief Turns one source row into ledger values, checking every field.
//
// Text cells become typed values (numbers, dates, yes/no, codes from Chinese
// labels), each checked by the ledger's own TableSpec rules; the location is
// read from lon/lat columns or the source geometry, transformed to EPSG:4490
// and checked against the county outline (a point that falls inside only with
// its coordinates exchanged is reported as swapped). Every problem becomes an
// ImportIssue naming the field, the value and the reason.
//
// The place code (village_code, township_code or admin_code) comes from the
// row's code if it has one (which must exist in admin_units), else from the
// township/village names, else from the unit the point lies in. A name that
// the point contradicts rejects the row: the report has no warnings, and a
// point in the wrong village is as likely a mistyped coordinate as a wrong name.
#include "AdminPlaces.h"
#include "ColumnMapping.h"
#include "CountyOutline.h"
#include "ImportReport.h"
#include "ImportTarget.h"

#include <QHash>
#include <QVariant>
#include <QVector>

typedef void *OGRCoordinateTransformationH;

namespace onemap {

class SourceReader;

struct ConvertedRow
{
  QVector<QVariant> values; //!< one per TableSpec field; null = blank or not mapped
  bool hasPoint = false;
  double lon = 0, lat = 0;  //!< EPSG:4490
  QString key;              //!< natural key joined; empty = no match possible
  QVector<ImportIssue> issues;
};

class RowConverter
{
public:
  //! Fails when the mapping names a missing column or leaves a required field
  //! (without default) or the location unmapped.
  static Result<RowConverter> create(const ImportTarget &target, const ColumnMapping &mapping, const SourceReader &reader,
                                     const QString &sourceCrs, const CountyOutline *county, const AdminPlaces *places = nullptr);
  RowConverter() = default;
  RowConverter(RowConverter &&) noexcept;
  RowConverter &operator=(RowConverter &&) noexcept;
  ~RowConverter();

  void convert(SourceReader &reader, ConvertedRow &out) const;
  //! Fields the file provides (column or constant), in TableSpec order.
  const QVector<bool> &mapped() const { return mMapped; }
  //! Source columns nothing reads.
  QStringList unusedColumns(const QStringList &columns) const;

  //! Parses a number or degrees-minutes-seconds (108°52'30").
  static bool parseCoordinate(const QString &text, double &out);
  //! yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日, yyyyMMdd -> ISO; empty if none.
  static QString normalizeDate(const QString &text);

private:
  struct Column
  {
    int index = -1;
    QString constant;
    QMap<QString, QString> values;
    mutable QHash<QString, QString> resolved; //!< cell text -> code ("" = none)
  };
  QVariant convertValue(const FieldSpec &f, const Column &c, const QString &text, QString &reason) const;
  void locate(SourceReader &reader, ConvertedRow &out) const;
  bool checkPlace(double x, double y, double &lon, double &lat, QString &reason) const;
  void resolvePlace(SourceReader &reader, ConvertedRow &out) const;
  //! The one unit \a name means (within \a parent), preferring \a hint when
  //! the name is ambiguous; null with \a reason when none or several.
  const AdminPlaces::Unit *byName(const QString &level, const QString &name, const QString &parent, const AdminPlaces::Unit *hint, QString &reason) const;

  const ImportTarget *mTarget = nullptr;
  QVector<Column> mColumns; //!< per TableSpec field
  QVector<bool> mMapped;
  QVector<int> mKeyFields;
  int mLon = -1, mLat = -1;
  QString mLonName, mLatName;
  OGRCoordinateTransformationH mTransform = nullptr;
  const CountyOutline *mCounty = nullptr;
  const AdminPlaces *mPlaces = nullptr; //!< null: no admin units, places are left alone
  int mPlaceField = -1;                 //!< village_code / township_code / admin_code
  QString mPlaceLevel;                  //!< level that field holds; empty: any
  int mTownshipColumn = -1, mVillageColumn = -1;
};

} // namespace onemap
