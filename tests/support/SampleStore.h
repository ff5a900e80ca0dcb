#pragma once
// Test fixture: a real sample-county store in a temporary folder, made once
// per test executable with the generator the board ships.
#include "sample/SampleCounty.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QtTest>

namespace onemap::testing {

class SampleStore
{
public:
  //! Creates <tmp>/sample.onemap.sqlite; check ok() and message().
  //! \a registerDate: the day the register is "as of" (invalid = the fixed
  //! default); the sample warnings are sent on it and in force until the next evening.
  explicit SampleStore(quint64 seed = 2024, int scale = 1, const QDate &registerDate = QDate())
  {
    mPath = mDir.filePath(QStringLiteral("sample.onemap.sqlite"));
    auto store = Store::open(mPath, Store::Mode::CreateIfMissing);
    if (!store) {
      mMessage = store.message();
      return;
    }
    SampleOptions options;
    options.seed = seed;
    options.scale = scale;
    options.registerDate = registerDate;
    auto counts = SampleCounty::generate(*store.value(), options);
    if (!counts)
      mMessage = counts.message();
    else
      mCounts = counts.value();
  }
  bool ok() const { return mMessage.isEmpty(); }
  const QString &message() const { return mMessage; }
  const QString &path() const { return mPath; }
  QString dir() const { return mDir.path(); }
  qint64 count(const QString &table) const { return mCounts.value(table); }

private:
  QTemporaryDir mDir;
  QString mPath;
  QString mMessage;
  QMap<QString, qint64> mCounts;
};

} // namespace onemap::testing
