#pragma once
// Errors cross module boundaries as values: a Status carries a one-line,
// user-facing message that names the thing that failed.
#include <QString>
#include <utility>

namespace onemap {

class Status
{
public:
  Status() = default;
  static Status failure(QString message) { Status s; s.mOk = false; s.mMessage = std::move(message); return s; }

  bool ok() const { return mOk; }
  explicit operator bool() const { return mOk; }
  const QString &message() const { return mMessage; }

private:
  bool mOk = true;
  QString mMessage;
};

//! A value or the message that says why there is none.
template <typename T>
class Result
{
public:
  Result(T value) : mValue(std::move(value)) {}
  Result(Status failure) : mStatus(std::move(failure)) {}

  bool ok() const { return mStatus.ok(); }
  explicit operator bool() const { return ok(); }
  const QString &message() const { return mStatus.message(); }
  const Status &status() const { return mStatus; }
  const T &value() const { return mValue; }
  T &value() { return mValue; }
  T take() { return std::move(mValue); }

private:
  T mValue {};
  Status mStatus;
};

} // namespace onemap
