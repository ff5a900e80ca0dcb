#pragma once
// Inputs for the import tests, made at test time: hidden-danger rows inside the
// sample county written as CSV in any encoding (QTextCodec), plus store helpers.
#include "SampleStore.h"
#include "import/CountyOutline.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QFile>
#include <QTextCodec>
#include <QtTest>

namespace onemap::testing {

//! Header in the way a county department writes it.
inline QStringList dangerHeader()
{
  return QString::fromUtf8("编号,名称,灾种,规模,威胁人数,威胁户数,经度,纬度,所属乡镇,责任人,联系电话,整改期限").split(QLatin1Char(','));
}

//! A good row with code \a code at a point inside the sample county; the
//! default point lies in 城关镇, the default township (a name the point
//! contradicts rejects the row: pass an empty one for points elsewhere).
inline QStringList dangerRow(const QString &code, double lon = 108.90, double lat = 28.80, const QString &township = QString::fromUtf8("城关镇"))
{
  return {code, QString::fromUtf8("后山%1滑坡").arg(code), QString::fromUtf8("滑坡"), QString::fromUtf8("中型"), QStringLiteral("35"), QStringLiteral("9"),
          QString::number(lon, 'f', 6), QString::number(lat, 'f', 6), township, QString::fromUtf8("张三"), QStringLiteral("13800000001"),
          QStringLiteral("2026/6/30")};
}

inline QByteArray csvBytes(const QStringList &header, const QVector<QStringList> &rows, const char *codec, bool bom = false)
{
  QString text = header.join(QLatin1Char(',')) + QLatin1Char('\n');
  for (const QStringList &r : rows)
    text += r.join(QLatin1Char(',')) + QLatin1Char('\n');
  QByteArray bytes = QTextCodec::codecForName(codec)->fromUnicode(text);
  if (bom)
    bytes.prepend("\xEF\xBB\xBF");
  return bytes;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
  QFile f(path);
  return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline qint64 countRows(Store &store, const QString &table, const QString &where = QString(), const QVariantList &params = {})
{
  SqlStatement q(store.handle(), QStringLiteral("SELECT count(*) FROM %1%2").arg(table, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
  for (int i = 0; i < params.size(); ++i)
    q.bind(i + 1, params[i]);
  return q.next() ? q.int64(0) : -1;
}

} // namespace onemap::testing
