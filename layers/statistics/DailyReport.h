#pragma once
// \brief One day's statistics of one set as a table: townships x fields, the
// county total row, and the notes. What the dock shows and every export writes.
#include "StatisticFields.h"

#include <QDate>
#include <optional>

namespace onemap {

struct StatisticTownship
{
  QString code;
  QString name;
};

struct DailyReport
{
  QDate date;
  QString set;
  QString countyName;
  QVector<StatisticField> fields;
  QVector<StatisticTownship> townships;
  //! values[township][field]; empty = not reported.
  QVector<QVector<std::optional<double>>> values;
  //! sources[township][field]: manual, suggested, copied (empty when no value).
  QVector<QVector<QString>> sources;
  //! Notes per township, "field: note" joined, for the exports.
  QVector<QStringList> notes;
  //! Sum over townships per field (the largest for totalIsMax fields); empty when no township reported it.
  QVector<std::optional<double>> totals;

  //! A value as the tables print it: counts whole, others with up to
  //! \a decimals decimals and no trailing zeros.
  static QString formatValue(double value, int decimals);
  QString cellText(int township, int field) const;
  QString totalText(int field) const;
  //! How many cells hold a value.
  int entered() const;
  //! "示范县 七情统计日报 (雨) 2025-06-20" in the interface language.
  QString title() const;
  //! The header cells: township, then each field's label.
  QStringList headers() const;
};

} // namespace onemap
