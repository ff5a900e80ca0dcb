#pragma once
// Test fixture: a GB/T 35965-style CAP 1.2 alert whose area is a list of the
// sample county's 12-digit admin codes, and its ingest into a store.
#include "store/Store.h"
#include "warnings/CapIngest.h"
#include "warnings/CapParser.h"

#include <QDateTime>
#include <QStringList>

namespace onemap::testing {

struct GeocodeCap
{
  QString identifier;
  QString event;
  QStringList codes;
  QString sender = QStringLiteral("53990104100@weather.example.cn");
  QString sent = QStringLiteral("2024-06-20T08:00:00+08:00");
  QString senderName = QStringLiteral("示范县自然资源局");
  QString headline; //!< defaults to 示范县发布<event>橙色预警

  QByteArray xml() const
  {
    QString area = QStringLiteral("<area><areaDesc>示范县</areaDesc>");
    for (const QString &c : codes)
      area += QStringLiteral("<geocode><valueName>GB/T 2260</valueName><value>%1</value></geocode>").arg(c);
    area += QStringLiteral("</area>");
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">"
                          "<identifier>%1</identifier><sender>%2</sender><sent>%3</sent><status>Actual</status>"
                          "<msgType>Alert</msgType><scope>Public</scope><info><language>zh-CN</language><category>Geo</category>"
                          "<event>%4</event><urgency>Expected</urgency><severity>Severe</severity><certainty>Likely</certainty>"
                          "<effective>%3</effective><expires>2024-06-21T20:00:00+08:00</expires><senderName>%5</senderName>"
                          "<headline>%6</headline><description>测试预警。</description>%7</info></alert>")
      .arg(identifier, sender, sent, event, senderName,
           headline.isEmpty() ? QStringLiteral("示范县发布%1橙色预警").arg(event) : headline, area)
      .toUtf8();
  }

  //! The warnings row id, or -1 when parsing or ingest fails.
  qint64 ingest(Store &store, const QDateTime &now) const
  {
    Result<CapMessage> m = CapParser::parse(xml());
    if (!m)
      return -1;
    Result<CapIngestOutcome> r = CapIngest::ingest(store, m.value(), now);
    return r ? r.value().id : -1;
  }
};

} // namespace onemap::testing
