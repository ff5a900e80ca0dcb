#pragma once
// \brief The built-in sample county (示范县): a deterministic, fictional county
// sized on the seed papers' figures, for the board, tests and benchmarks.
#include "store/Result.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <functional>

namespace onemap {

class Store;

struct SampleOptions
{
  quint64 seed = 2024;
  int scale = 1;   //!< multiplies the point layers (400 -> ~100,000 hidden dangers)
  //! The day the register is "as of"; invalid = SampleCounty::registerDate().
  //! The board's `init --sample` passes today so the sample looks current.
  QDate registerDate;
};

class SampleCounty
{
public:
  static constexpr const char *kCountyCode = "539901"; // fictional 6-digit county code
  static constexpr const char *kActor = "onemap init --sample";
  //! The largest scale the generator makes (10000 -> ~2,500,000 hidden dangers);
  //! `onemap init --scale` takes the same range, 1 to kMaxScale.
  static constexpr int kMinScale = 1;
  static constexpr int kMaxScale = 10000;
  //! The default day the sample register is "as of": every history step is
  //! on or before it, and overdue points are overdue on it. Fixed, so tests
  //! and control images do not change with the calendar.
  static constexpr const char *kRegisterDate = "2025-06-30";
  static QDate registerDate();

  //! progress(step name, percent 0..100)
  using Progress = std::function<void(const QString &, int)>;

  //! Checks the options alone, before anything is built or written; the
  //! failure names the allowed range.
  static Status checkOptions(const SampleOptions &options);

  //! Fills an empty store in one transaction; a store that already holds
  //! admin units is refused. Returns row counts per table.
  static Result<QMap<QString, qint64>> generate(Store &store, const SampleOptions &options, const Progress &progress = {});
};

} // namespace onemap
