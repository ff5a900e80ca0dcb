#pragma once
// \brief Typed access to a store table.
//
// A layer struct declares each field once, binding a column to a member; that
// one declaration gives both the validation rules (TableSpec) and the
// struct <-> Record conversion, so the two cannot drift apart.
#include "Record.h"
#include "Store.h"
#include "Table.h"
#include "TableSpec.h"

#include <variant>

namespace onemap {

template <typename T>
class TypedSpec
{
public:
  using Member = std::variant<QString T::*, int T::*, qint64 T::*, double T::*, bool T::*>;

  TypedSpec(const char *table, GeometryType geometry)
  {
    mSpec.name = QString::fromLatin1(table);
    mSpec.geometry = geometry;
  }

  TypedSpec &field(const char *name, Member member)
  {
    FieldSpec f;
    f.name = QString::fromLatin1(name);
    f.type = std::visit([](auto m) { return typeOf(m); }, member);
    mSpec.fields << f;
    mMembers << member;
    return *this;
  }
  TypedSpec &required() { last().required = true; return *this; }
  TypedSpec &oneOf(const QStringList &codes) { last().allowed = codes; return *this; }
  TypedSpec &range(double min, double max) { last().min = min; last().max = max; return *this; }
  TypedSpec &atLeast(double min) { last().min = min; return *this; }
  TypedSpec &date() { last().type = FieldType::Date; return *this; }
  TypedSpec &dateTime() { last().type = FieldType::DateTime; return *this; }
  TypedSpec &point(GeoPoint T::*member) { mPoint = member; return *this; }
  TypedSpec &wkt(QString T::*member) { mWkt = member; return *this; }

  const TableSpec &spec() const { return mSpec; }

  Record toRecord(const T &value) const
  {
    Record r;
    r.id = value.id;
    for (int i = 0; i < mMembers.size(); ++i) {
      const QString &name = mSpec.fields[i].name;
      std::visit([&](auto m) { r.values.insert(name, toVariant(value.*m)); }, mMembers[i]);
    }
    if (mPoint)
      r.wkt = (value.*mPoint).toWkt();
    else if (mWkt)
      r.wkt = value.*mWkt;
    return r;
  }

  T fromRecord(const Record &record) const
  {
    T value;
    value.id = record.id;
    for (int i = 0; i < mMembers.size(); ++i) {
      const QVariant v = record.values.value(mSpec.fields[i].name);
      std::visit([&](auto m) { assign(value.*m, v); }, mMembers[i]);
    }
    if (mPoint)
      GeoPoint::fromWkt(record.wkt, value.*mPoint);
    else if (mWkt)
      value.*mWkt = record.wkt;
    return value;
  }

private:
  FieldSpec &last() { return mSpec.fields.last(); }

  static FieldType typeOf(QString T::*) { return FieldType::Text; }
  static FieldType typeOf(int T::*) { return FieldType::Integer; }
  static FieldType typeOf(qint64 T::*) { return FieldType::Integer; }
  static FieldType typeOf(double T::*) { return FieldType::Real; }
  static FieldType typeOf(bool T::*) { return FieldType::Boolean; }

  // Empty text is stored as NULL so "not given" and "blank" are one thing.
  static QVariant toVariant(const QString &v) { return v.isEmpty() ? QVariant() : QVariant(v); }
  static QVariant toVariant(int v) { return v; }
  static QVariant toVariant(qint64 v) { return v; }
  static QVariant toVariant(double v) { return v; }
  static QVariant toVariant(bool v) { return v; }

  static void assign(QString &out, const QVariant &v) { out = v.toString(); }
  static void assign(int &out, const QVariant &v) { out = v.toInt(); }
  static void assign(qint64 &out, const QVariant &v) { out = v.toLongLong(); }
  static void assign(double &out, const QVariant &v) { out = v.toDouble(); }
  static void assign(bool &out, const QVariant &v) { out = v.toBool(); }

  TableSpec mSpec;
  QVector<Member> mMembers;
  GeoPoint T::*mPoint = nullptr;
  QString T::*mWkt = nullptr;
};

//! CRUD on a table in terms of its layer struct T (T::schema() gives the TypedSpec).
template <typename T>
class TypedTable
{
public:
  explicit TypedTable(Store &store) : mTable(store, T::schema().spec()) {}

  Result<qint64> add(const T &value, const QString &actor) { return mTable.insert(T::schema().toRecord(value), actor); }
  Status update(const T &value, const QString &actor) { return mTable.update(T::schema().toRecord(value), actor); }
  Status remove(qint64 id, const QString &actor) { return mTable.remove(id, actor); }
  Result<int> addMany(const QVector<T> &values, const QString &actor, const std::function<void(int)> &progress = {})
  {
    QVector<Record> records;
    records.reserve(values.size());
    for (const T &v : values)
      records << T::schema().toRecord(v);
    return mTable.insertMany(records, actor, progress);
  }

  Result<T> get(qint64 id) const
  {
    Result<Record> r = mTable.get(id);
    if (!r)
      return r.status();
    return T::schema().fromRecord(r.value());
  }
  QVector<T> where(const QString &condition = QString(), const QVariantList &params = {}) const
  {
    QVector<T> out;
    for (const Record &r : mTable.select(condition, params))
      out << T::schema().fromRecord(r);
    return out;
  }
  QVector<T> all() const { return where(); }
  qint64 count(const QString &condition = QString(), const QVariantList &params = {}) const { return mTable.count(condition, params); }

  Table &table() { return mTable; }

private:
  Table mTable;
};

} // namespace onemap
