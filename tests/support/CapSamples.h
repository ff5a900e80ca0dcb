#pragma once
// Test helper: small valid CAP 1.2 messages for the sample county (GB/T 35965.1
// identifiers, township geocodes or lat,lon polygons), written as issuers do.
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

namespace onemap::testing {

inline QString capSender() { return QStringLiteral("53990104100@weather.example.cn"); }

//! "53990104100300001_20240620080000"-like, distinct for each \a serial.
inline QString capIdentifier(int serial)
{
  return QStringLiteral("539901041003%1_20240620080000").arg(serial, 6, 10, QLatin1Char('0'));
}

inline QString geocodeArea(const QString &code)
{
  return QStringLiteral("<area><areaDesc>乡镇</areaDesc><geocode><valueName>GB/T 2260</valueName><value>%1</value></geocode></area>").arg(code);
}

//! A small square (about 1 km) whose south-west corner is lat,lon.
inline QString polygonArea(double lat, double lon)
{
  auto p = [](double a, double b) { return QStringLiteral("%1,%2").arg(a, 0, 'f', 5).arg(b, 0, 'f', 5); };
  return QStringLiteral("<area><areaDesc>框</areaDesc><polygon>%1 %2 %3 %4 %1</polygon></area>")
    .arg(p(lat, lon), p(lat, lon + 0.01), p(lat + 0.01, lon + 0.01), p(lat + 0.01, lon));
}

//! A whole message; \a extraAlert goes before the <info> (references, note...).
inline QByteArray capMessage(const QString &identifier, const QString &areaXml, const QString &event = QStringLiteral("暴雨"),
                             const QString &msgType = QStringLiteral("Alert"), const QString &extraAlert = QString())
{
  return QStringLiteral(
           "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">\n"
           "  <identifier>%1</identifier>\n  <sender>%2</sender>\n  <sent>2024-06-20T08:00:00+08:00</sent>\n"
           "  <status>Actual</status>\n  <msgType>%3</msgType>\n  <scope>Public</scope>%4\n"
           "  <info><language>zh-CN</language><category>Met</category><event>%5</event><urgency>Expected</urgency>"
           "<severity>Moderate</severity><certainty>Likely</certainty><expires>2099-06-21T20:00:00+08:00</expires>"
           "<senderName>示范县气象台</senderName><headline>示范县气象台发布%5黄色预警信号</headline>%6</info>\n"
           "</alert>\n")
    .arg(identifier, capSender(), msgType, extraAlert, event, areaXml)
    .toUtf8();
}

inline QStringList townshipCodes(const QString &storePath)
{
  QStringList codes;
  auto store = Store::open(storePath);
  if (!store)
    return codes;
  SqlStatement q(store.value()->handle(), QStringLiteral("SELECT code FROM admin_units WHERE level = 'township' ORDER BY code"));
  while (q.next())
    codes << q.text(0);
  return codes;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
  QFile f(path);
  return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

//! Plain files in \a dir (no subfolders).
inline QStringList filesIn(const QString &dir)
{
  return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

inline qint64 countRows(const Store &store, const QString &sql)
{
  SqlStatement q(store.handle(), sql);
  return q.next() ? q.int64(0) : -1;
}

} // namespace onemap::testing
