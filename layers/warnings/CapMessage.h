#pragma once
// \brief A CAP 1.1/1.2 alert as parsed, before it becomes warnings rows.
// Plain data only; <resource> URIs are kept as text and never fetched.
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace onemap {

struct CapCircle
{
  double lat = 0;
  double lon = 0;
  double radiusKm = 0;
};

struct CapArea
{
  QString areaDesc;
  QStringList polygons;                    //!< "lat,lon lat,lon ..." as received
  QVector<CapCircle> circles;
  QVector<QPair<QString, QString>> geocodes; //!< valueName, value
};

struct CapResource
{
  QString description;
  QString mimeType;
  QString uri; //!< text only: the board never dereferences it
};

struct CapInfo
{
  QString language = QStringLiteral("en-US"); // CAP default when <language> is absent
  QStringList categories;
  QString event;
  QString urgency;
  QString severity;
  QString certainty;
  QString senderName;
  QString headline;
  QString description;
  QString instruction;
  QString effective;
  QString onset;
  QString expires;
  QVector<QPair<QString, QString>> eventCodes;
  QVector<QPair<QString, QString>> parameters;
  QVector<CapResource> resources;
  QVector<CapArea> areas;
};

//! The parts of a GB/T 35965.1 identifier, when it has that form.
struct GbIdentifier
{
  bool valid = false;
  QString areaCode;  //!< 6-digit administrative division of the issuer
  QString issuer;    //!< 3-digit issuing unit
  QString type;      //!< 3-digit warning type
  QString timestamp; //!< ISO date-time from YYYYMMDDhhmmss
  static GbIdentifier parse(const QString &identifier);
};

struct CapMessage
{
  QString ns; //!< CAP namespace (1.1 or 1.2)
  QString identifier;
  QString sender;
  QString sent;
  QString status;
  QString msgType;
  QString source;
  QString scope;
  QString note;
  QStringList references; //!< "sender,identifier,sent" triples
  QVector<CapInfo> infos;
  GbIdentifier gb;

  //! The info in Chinese (zh-CN, zh...) when present, else the first.
  const CapInfo *preferredInfo() const;
};

} // namespace onemap
