#include "CapParser.h"

#include "XmlGuard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace onemap {

namespace {


const QString kCap11 = QStringLiteral("urn:oasis:names:tc:emergency:cap:1.1");
const QString kCap12 = QStringLiteral("urn:oasis:names:tc:emergency:cap:1.2");

bool isCapDateTime(const QString &s)
{
  // CAP requires an explicit offset: 2002-05-24T16:49:00-07:00 (Z tolerated).
  static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([+-]\\d{2}:\\d{2}|Z)$"));
  return re.match(s).hasMatch() && QDateTime::fromString(s, Qt::ISODate).isValid();
}

Status checkOneOf(const QString &where, const char *element, const QString &value, const QStringList &allowed)
{
  if (value.isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::CapParser", "%1: missing <%2>").arg(where, QLatin1String(element)));
  if (!allowed.contains(value))
    return Status::failure(QCoreApplication::translate("onemap::CapParser", "%1: <%2> \"%3\" is not one of %4").arg(where, QLatin1String(element), value.left(40), allowed.join(QLatin1Char('/'))));
  return {};
}

Status checkTime(const QString &where, const char *element, const QString &value, bool required)
{
  if (value.isEmpty())
    return required ? Status::failure(QCoreApplication::translate("onemap::CapParser", "%1: missing <%2>").arg(where, QLatin1String(element))) : Status();
  if (!isCapDateTime(value))
    return Status::failure(QCoreApplication::translate("onemap::CapParser", "%1: <%2> \"%3\" is not a CAP date-time").arg(where, QLatin1String(element), value.left(40)));
  return {};
}

bool parseCircle(const QString &text, CapCircle &out)
{
  const QStringList parts = text.simplified().split(QLatin1Char(' '));
  if (parts.size() != 2)
    return false;
  const QStringList ll = parts[0].split(QLatin1Char(','));
  bool a = false, b = false, c = false;
  if (ll.size() != 2)
    return false;
  out.lat = ll[0].toDouble(&a);
  out.lon = ll[1].toDouble(&b);
  out.radiusKm = parts[1].toDouble(&c);
  return a && b && c && out.radiusKm >= 0;
}

Status validate(const CapMessage &m)
{
  const QString where = QStringLiteral("alert");
  auto req = [&](const char *element, const QString &value) {
    return value.isEmpty() ? Status::failure(QCoreApplication::translate("onemap::CapParser", "%1: missing <%2>").arg(where, QLatin1String(element))) : Status();
  };
  Status s;
  if (!(s = req("identifier", m.identifier)) || !(s = req("sender", m.sender)) || !(s = checkTime(where, "sent", m.sent, true)))
    return s;
  if (!(s = checkOneOf(where, "status", m.status, {"Actual", "Exercise", "System", "Test", "Draft"})))
    return s;
  if (!(s = checkOneOf(where, "msgType", m.msgType, {"Alert", "Update", "Cancel", "Ack", "Error"})))
    return s;
  if (!(s = checkOneOf(where, "scope", m.scope, {"Public", "Restricted", "Private"})))
    return s;
  // An update or cancel must say what it replaces; an empty <references/> on
  // an Alert is a harmless habit of some feeds.
  if ((m.msgType == QLatin1String("Update") || m.msgType == QLatin1String("Cancel")) && m.references.isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::CapParser", "alert: %1 without <references> to the message it replaces").arg(m.msgType));
  if (m.infos.isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::CapParser", "alert: no <info> block, so no event, level or area to show"));
  static const QStringList categories {"Geo", "Met", "Safety", "Security", "Rescue", "Fire", "Health", "Env", "Transport", "Infra", "CBRNE", "Other"};
  for (int i = 0; i < m.infos.size(); ++i) {
    const CapInfo &info = m.infos[i];
    const QString w = QCoreApplication::translate("onemap::CapParser", "info %1").arg(i + 1);
    if (info.categories.isEmpty())
      return Status::failure(QCoreApplication::translate("onemap::CapParser", "%1: missing <category>").arg(w));
    for (const QString &c : info.categories)
      if (!(s = checkOneOf(w, "category", c, categories)))
        return s;
    if (info.event.isEmpty())
      return Status::failure(QCoreApplication::translate("onemap::CapParser", "%1: missing <event>").arg(w));
    if (!(s = checkOneOf(w, "urgency", info.urgency, {"Immediate", "Expected", "Future", "Past", "Unknown"})))
      return s;
    if (!(s = checkOneOf(w, "severity", info.severity, {"Extreme", "Severe", "Moderate", "Minor", "Unknown"})))
      return s;
    // "Very Likely" is CAP 1.0/1.1 wording still sent by some issuers.
    if (!(s = checkOneOf(w, "certainty", info.certainty, {"Observed", "Likely", "Possible", "Unlikely", "Unknown", "Very Likely"})))
      return s;
    if (!(s = checkTime(w, "effective", info.effective, false)) || !(s = checkTime(w, "onset", info.onset, false))
        || !(s = checkTime(w, "expires", info.expires, false)))
      return s;
    for (int a = 0; a < info.areas.size(); ++a)
      if (info.areas[a].areaDesc.isEmpty())
        return Status::failure(QCoreApplication::translate("onemap::CapParser", "%1, area %2: missing <areaDesc>").arg(w).arg(a + 1));
  }
  return {};
}

} // namespace

GbIdentifier GbIdentifier::parse(const QString &identifier)
{
  // <6-digit area><3-digit issuer><3-digit type>..._YYYYMMDDhhmmss (GB/T 35965.1)
  static const QRegularExpression re(QStringLiteral("^(\\d{6})(\\d{3})(\\d{3})\\w*_(\\d{14})$"));
  GbIdentifier g;
  const QRegularExpressionMatch m = re.match(identifier);
  if (!m.hasMatch())
    return g;
  const QDateTime t = QDateTime::fromString(m.captured(4), QStringLiteral("yyyyMMddHHmmss"));
  if (!t.isValid())
    return g;
  g.valid = true;
  g.areaCode = m.captured(1);
  g.issuer = m.captured(2);
  g.type = m.captured(3);
  g.timestamp = t.toString(Qt::ISODate);
  return g;
}

const CapInfo *CapMessage::preferredInfo() const
{
  for (const CapInfo &i : infos)
    if (i.language.compare(QLatin1String("zh-CN"), Qt::CaseInsensitive) == 0)
      return &i;
  for (const CapInfo &i : infos)
    if (i.language.startsWith(QLatin1String("zh"), Qt::CaseInsensitive))
      return &i;
  return infos.isEmpty() ? nullptr : &infos.first();
}

Result<CapMessage> CapParser::parseFile(const QString &path)
{
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly))
    return Status::failure(QCoreApplication::translate("onemap::CapParser", "%1: cannot read: %2").arg(path, f.errorString()));
  if (f.size() > kMaxBytes)
    return Status::failure(QCoreApplication::translate("onemap::CapParser", "%1: %2 bytes is larger than the %3 MB a CAP message may have").arg(path).arg(f.size()).arg(kMaxBytes / (1024 * 1024)));
  Result<CapMessage> r = parse(f.read(kMaxBytes + 1));
  if (!r)
    return Status::failure(QFileInfo(path).fileName() + QStringLiteral(": ") + r.message());
  return r;
}

bool CapParser::isIncomplete(const QByteArray &xml)
{
  QXmlStreamReader r(xml);
  while (!r.atEnd()) {
    r.readNext();
    if (!XmlGuard::check(r))
      return false;
  }
  return r.error() == QXmlStreamReader::PrematureEndOfDocumentError;
}

Result<CapMessage> CapParser::parse(const QByteArray &xml)
{
  if (xml.size() > kMaxBytes)
    return Status::failure(QCoreApplication::translate("onemap::CapParser", "%1 bytes is larger than the %2 MB a CAP message may have").arg(xml.size()).arg(kMaxBytes / (1024 * 1024)));
  QXmlStreamReader r(xml);
  CapMessage m;
  QStringList stack;     // local names of open CAP elements
  int depth = 0;         // all open elements, foreign ones included
  int foreignDepth = 0;
  int alertDepth = 0;     // depth of <alert>: 1, or deeper inside an EDXL-DE envelope
  bool inEnvelope = false;  // > 0 inside an element of another namespace (e.g. a signature)
  QString text;
  enum class PairOf { None, EventCode, Parameter, Geocode } pairOf = PairOf::None;
  // Looked up when written, never held: appending elsewhere may move the vectors.
  auto pair = [&]() -> QPair<QString, QString> * {
    switch (pairOf) {
    case PairOf::EventCode: return &m.infos.last().eventCodes.last();
    case PairOf::Parameter: return &m.infos.last().parameters.last();
    case PairOf::Geocode: return &m.infos.last().areas.last().geocodes.last();
    default: return nullptr;
    }
  };
  // Where each CAP block may stand; anything else is malformed.
  static const QHash<QString, QString> containerParent {
    {QStringLiteral("info"), QStringLiteral("alert")}, {QStringLiteral("area"), QStringLiteral("info")},
    {QStringLiteral("resource"), QStringLiteral("info")}, {QStringLiteral("eventCode"), QStringLiteral("info")},
    {QStringLiteral("parameter"), QStringLiteral("info")}, {QStringLiteral("geocode"), QStringLiteral("area")}};

  while (!r.atEnd()) {
    const QXmlStreamReader::TokenType t = r.readNext();
    if (Status refused = XmlGuard::check(r); !refused)
      return refused;
    switch (t) {
    case QXmlStreamReader::StartElement: {
      if (++depth > kMaxDepth)
        return Status::failure(QCoreApplication::translate("onemap::CapParser", "line %1: elements nested deeper than %2 levels").arg(r.lineNumber()).arg(kMaxDepth));
      const QString ns = r.namespaceUri().toString();
      const QString name = r.name().toString();
      if (m.ns.isEmpty()) {
        // Before the alert: the document element, or an EDXL-DE envelope around it.
        if (name == QLatin1String("alert") && (ns == kCap11 || ns == kCap12)) {
          m.ns = ns;
          alertDepth = depth;
          stack << name;
          break;
        }
        if (depth == 1 && name == QLatin1String("EDXLDistribution")) {
          inEnvelope = true;
          break;
        }
        if (!inEnvelope) {
          if (name == QLatin1String("alert"))
            return Status::failure(QCoreApplication::translate("onemap::CapParser", "namespace \"%1\" is not CAP 1.1 or 1.2 (%2 or %3)").arg(ns, kCap11, kCap12));
          return Status::failure(QCoreApplication::translate("onemap::CapParser", "root element <%1> is not a CAP <alert>").arg(name));
        }
        break;
      }
      if (depth <= alertDepth) {
        ++foreignDepth; // a second alert or other envelope content after the first alert
        break;
      }
      if (foreignDepth > 0 || ns != m.ns) {
        ++foreignDepth;
        break;
      }
      const QString parent = stack.last();
      const bool parentIsBlock = parent == QLatin1String("alert") || containerParent.contains(parent);
      if (containerParent.contains(name) && containerParent.value(name) != parent)
        return Status::failure(QCoreApplication::translate("onemap::CapParser", "line %1: <%2> does not belong inside <%3>").arg(r.lineNumber()).arg(name, parent));
      if (!parentIsBlock) {
        // Markup inside a value element (some feeds nest their own tags): skipped.
        ++foreignDepth;
        break;
      }
      stack << name;
      text.clear();
      if (name == QLatin1String("info"))
        m.infos.append(CapInfo());
      else if (name == QLatin1String("area"))
        m.infos.last().areas.append(CapArea());
      else if (name == QLatin1String("resource"))
        m.infos.last().resources.append(CapResource());
      else if (name == QLatin1String("eventCode"))
        m.infos.last().eventCodes.append(QPair<QString, QString>()), pairOf = PairOf::EventCode;
      else if (name == QLatin1String("parameter"))
        m.infos.last().parameters.append(QPair<QString, QString>()), pairOf = PairOf::Parameter;
      else if (name == QLatin1String("geocode"))
        m.infos.last().areas.last().geocodes.append(QPair<QString, QString>()), pairOf = PairOf::Geocode;
      break;
    }
    case QXmlStreamReader::Characters:
      if (foreignDepth == 0)
        text += r.text();
      break;
    case QXmlStreamReader::EndElement: {
      --depth;
      if (foreignDepth > 0) {
        --foreignDepth;
        break;
      }
      if (stack.isEmpty())
        break; // envelope elements around the alert
      const QString name = stack.takeLast();
      if (stack.isEmpty())
        break;
      const QString parent = stack.last();
      const QString v = text.trimmed();
      text.clear();
      if (parent == QLatin1String("alert")) {
        if (name == QLatin1String("identifier")) m.identifier = v;
        else if (name == QLatin1String("sender")) m.sender = v;
        else if (name == QLatin1String("sent")) m.sent = v;
        else if (name == QLatin1String("status")) m.status = v;
        else if (name == QLatin1String("msgType")) m.msgType = v;
        else if (name == QLatin1String("source")) m.source = v;
        else if (name == QLatin1String("scope")) m.scope = v;
        else if (name == QLatin1String("note")) m.note = v;
        else if (name == QLatin1String("references")) {
          m.references = v.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
      } else if (parent == QLatin1String("info")) {
        CapInfo &i = m.infos.last();
        if (name == QLatin1String("language")) i.language = v;
        else if (name == QLatin1String("category")) i.categories << v;
        else if (name == QLatin1String("event")) i.event = v;
        else if (name == QLatin1String("urgency")) i.urgency = v;
        else if (name == QLatin1String("severity")) i.severity = v;
        else if (name == QLatin1String("certainty")) i.certainty = v;
        else if (name == QLatin1String("senderName")) i.senderName = v;
        else if (name == QLatin1String("headline")) i.headline = v;
        else if (name == QLatin1String("description")) i.description = v;
        else if (name == QLatin1String("instruction")) i.instruction = v;
        else if (name == QLatin1String("effective")) i.effective = v;
        else if (name == QLatin1String("onset")) i.onset = v;
        else if (name == QLatin1String("expires")) i.expires = v;
        else if (name == QLatin1String("eventCode") || name == QLatin1String("parameter")) pairOf = PairOf::None;
      } else if (parent == QLatin1String("eventCode") || parent == QLatin1String("parameter") || parent == QLatin1String("geocode")) {
        if (pair() && name == QLatin1String("valueName")) pair()->first = v;
        else if (pair() && name == QLatin1String("value")) pair()->second = v;
      } else if (parent == QLatin1String("resource")) {
        CapResource &res = m.infos.last().resources.last();
        if (name == QLatin1String("resourceDesc")) res.description = v;
        else if (name == QLatin1String("mimeType")) res.mimeType = v;
        else if (name == QLatin1String("uri")) res.uri = v;
      } else if (parent == QLatin1String("area")) {
        CapArea &a = m.infos.last().areas.last();
        if (name == QLatin1String("areaDesc")) a.areaDesc = v;
        else if (name == QLatin1String("polygon")) a.polygons << v;
        else if (name == QLatin1String("circle")) {
          CapCircle c;
          if (!parseCircle(v, c))
            return Status::failure(QCoreApplication::translate("onemap::CapParser", "line %1: <circle> \"%2\" is not \"lat,lon radius\"").arg(r.lineNumber()).arg(v.left(60)));
          a.circles << c;
        } else if (name == QLatin1String("geocode")) pairOf = PairOf::None;
      }
      break;
    }
    default:
      break;
    }
  }
  if (r.hasError())
    return Status::failure(QCoreApplication::translate("onemap::CapParser", "XML error at line %1, column %2: %3").arg(r.lineNumber()).arg(r.columnNumber()).arg(r.errorString()));
  if (m.ns.isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::CapParser", "no <alert> element"));
  if (Status s = validate(m); !s)
    return s;
  m.gb = GbIdentifier::parse(m.identifier);
  return m;
}

} // namespace onemap
