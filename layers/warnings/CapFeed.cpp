#include "CapFeed.h"

#include "XmlGuard.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

namespace onemap {

namespace {

bool isCapNamespace(QStringView ns)
{
  return ns == QLatin1String("urn:oasis:names:tc:emergency:cap:1.1") || ns == QLatin1String("urn:oasis:names:tc:emergency:cap:1.2");
}

QString attributeEscaped(QString value)
{
  return value.replace(QLatin1Char('&'), QLatin1String("&amp;")).replace(QLatin1Char('"'), QLatin1String("&quot;")).replace(QLatin1Char('<'), QLatin1String("&lt;"));
}

//! The entry's candidate links, best first: a declared CAP type, then the
//! Atom alternate (its default rel) or RSS <link>, then an enclosure.
struct LinkChoice
{
  QString href;
  int rank = 0;
  void offer(const QString &candidate, int candidateRank)
  {
    if (!candidate.trimmed().isEmpty() && candidateRank > rank) {
      href = candidate.trimmed();
      rank = candidateRank;
    }
  }
};

int rankOf(const QString &rel, const QString &type)
{
  if (type.contains(QLatin1String("cap"), Qt::CaseInsensitive))
    return 3;
  if (rel.isEmpty() || rel == QLatin1String("alternate"))
    return 2;
  if (rel == QLatin1String("enclosure"))
    return 1;
  return 0; // self, related, edit...: not the message
}

//! Reads the declared encoding (and meets any DTD before the root element).
Status prologue(const QByteArray &bytes, QString &encoding, QString &rootName, QString &rootNs)
{
  QXmlStreamReader r(bytes);
  while (!r.atEnd()) {
    r.readNext();
    if (Status refused = XmlGuard::check(r); !refused)
      return refused;
    if (r.isStartDocument())
      encoding = r.documentEncoding().toString();
    if (r.isStartElement()) {
      rootName = r.name().toString();
      rootNs = r.namespaceUri().toString();
      return {};
    }
  }
  return Status::failure(QCoreApplication::translate("onemap::CapFeed", "XML error at line %1, column %2: %3").arg(r.lineNumber()).arg(r.columnNumber()).arg(r.hasError() ? r.errorString() : QStringLiteral("no element")));
}

} // namespace

Result<CapFeedDocument> CapFeed::read(const QByteArray &raw, const QUrl &base)
{
  if (raw.size() > kMaxBytes)
    return Status::failure(QCoreApplication::translate("onemap::CapFeed", "%1 bytes is larger than the %2 MB a feed may have").arg(raw.size()).arg(kMaxBytes / (1024 * 1024)));
  if (raw.startsWith("\xFF\xFE") || raw.startsWith("\xFE\xFF"))
    return Status::failure(QCoreApplication::translate("onemap::CapFeed", "the feed is in UTF-16: feeds are read as UTF-8 only"));
  QString encoding, rootName, rootNs;
  if (Status s = prologue(raw, encoding, rootName, rootNs); !s)
    return s;

  CapFeedDocument doc;
  if (rootName == QLatin1String("alert") && isCapNamespace(rootNs))
    return doc; // a CAP message itself: CapParser reads it, in whatever encoding it declares
  if (rootName == QLatin1String("feed"))
    doc.kind = CapFeedDocument::Kind::Atom;
  else if (rootName == QLatin1String("rss") || rootName == QLatin1String("RDF"))
    doc.kind = CapFeedDocument::Kind::Rss;
  else
    return Status::failure(QCoreApplication::translate("onemap::CapFeed", "root element <%1> is neither a CAP <alert> nor an Atom or RSS feed").arg(rootName));

  // Inline alerts are cut from the text as they stand, so the feed is read
  // from its UTF-8 text (character offsets are then offsets into it).
  if (!encoding.isEmpty() && encoding.compare(QLatin1String("utf-8"), Qt::CaseInsensitive) != 0
      && encoding.compare(QLatin1String("utf8"), Qt::CaseInsensitive) != 0 && encoding.compare(QLatin1String("us-ascii"), Qt::CaseInsensitive) != 0)
    return Status::failure(QCoreApplication::translate("onemap::CapFeed", "the feed is in %1: feeds are read as UTF-8 only").arg(encoding));
  const QByteArray bytes = raw.startsWith("\xEF\xBB\xBF") ? raw.mid(3) : raw;
  const QString text = QString::fromUtf8(bytes);
  if (text.toUtf8() != bytes)
    return Status::failure(QCoreApplication::translate("onemap::CapFeed", "the feed is not valid UTF-8"));

  QXmlStreamReader r(text);
  QVector<QXmlStreamNamespaceDeclarations> declared; // per open element
  int depth = 0;
  int entryDepth = 0;     // depth of the open <entry>/<item>, 0 outside
  int alertDepth = 0;     // depth of the open inline <alert>, 0 outside
  int alertStart = 0;
  QString alertName;      // qualified name, to find its start tag
  QSet<QString> usedPrefixes, declaredInAlert;
  QHash<QString, QString> inherited; // prefix -> namespace in scope outside the alert
  CapFeedEntry entry;
  QVector<QByteArray> alerts;
  LinkChoice link;
  QString field;          // direct child of the entry whose text is collected
  QString value;

  while (!r.atEnd()) {
    r.readNext();
    if (Status refused = XmlGuard::check(r); !refused)
      return refused;
    if (r.isStartElement()) {
      if (++depth > kMaxDepth)
        return Status::failure(QCoreApplication::translate("onemap::CapFeed", "line %1: elements nested deeper than %2 levels").arg(r.lineNumber()).arg(kMaxDepth));
      declared << r.namespaceDeclarations();
      const QString name = r.name().toString();
      if (alertDepth > 0) {
        usedPrefixes << r.prefix().toString();
        for (const QXmlStreamAttribute &a : r.attributes())
          if (!a.prefix().isEmpty())
            usedPrefixes << a.prefix().toString();
        for (const QXmlStreamNamespaceDeclaration &d : r.namespaceDeclarations())
          declaredInAlert << d.prefix().toString();
        continue;
      }
      if (entryDepth == 0) {
        if (name == QLatin1String("entry") || name == QLatin1String("item")) {
          entryDepth = depth;
          entry = CapFeedEntry();
          alerts.clear();
          link = LinkChoice();
        }
        continue;
      }
      if (name == QLatin1String("alert") && isCapNamespace(r.namespaceUri())) {
        alertDepth = depth;
        alertName = r.qualifiedName().toString();
        alertStart = text.lastIndexOf(QLatin1Char('<') + alertName, static_cast<int>(r.characterOffset()));
        usedPrefixes = {r.prefix().toString()};
        for (const QXmlStreamAttribute &a : r.attributes())
          if (!a.prefix().isEmpty())
            usedPrefixes << a.prefix().toString();
        declaredInAlert.clear();
        for (const QXmlStreamNamespaceDeclaration &d : r.namespaceDeclarations())
          declaredInAlert << d.prefix().toString();
        inherited.clear();
        for (int i = 0; i + 1 < declared.size(); ++i)
          for (const QXmlStreamNamespaceDeclaration &d : declared[i])
            inherited.insert(d.prefix().toString(), d.namespaceUri().toString());
        continue;
      }
      if (depth == entryDepth + 1) {
        field = name;
        value.clear();
        const QXmlStreamAttributes attrs = r.attributes();
        if (name == QLatin1String("link") && attrs.hasAttribute(QLatin1String("href")))
          link.offer(attrs.value(QLatin1String("href")).toString(), rankOf(attrs.value(QLatin1String("rel")).toString(), attrs.value(QLatin1String("type")).toString()));
        else if (name == QLatin1String("enclosure"))
          link.offer(attrs.value(QLatin1String("url")).toString(), rankOf(QStringLiteral("enclosure"), attrs.value(QLatin1String("type")).toString()));
      }
    } else if (r.isCharacters()) {
      if (entryDepth > 0 && alertDepth == 0 && depth == entryDepth + 1)
        value += r.text();
    } else if (r.isEndElement()) {
      declared.removeLast();
      if (alertDepth > 0 && depth == alertDepth) {
        QString snippet = text.mid(alertStart, static_cast<int>(r.characterOffset()) - alertStart);
        // Declarations the alert relies on from the feed around it go into
        // its start tag, so that it reads on its own.
        QString add;
        for (const QString &prefix : usedPrefixes) {
          if (declaredInAlert.contains(prefix) || !inherited.contains(prefix) || prefix == QLatin1String("xml"))
            continue;
          add += (prefix.isEmpty() ? QStringLiteral(" xmlns=\"") : QStringLiteral(" xmlns:%1=\"").arg(prefix)) + attributeEscaped(inherited.value(prefix)) + QLatin1Char('"');
        }
        if (!add.isEmpty())
          snippet.insert(1 + alertName.size(), add);
        alerts << snippet.toUtf8();
        alertDepth = 0;
      } else if (entryDepth > 0 && alertDepth == 0 && depth == entryDepth + 1) {
        const QString v = value.trimmed();
        if ((field == QLatin1String("id") || field == QLatin1String("guid")) && !v.isEmpty())
          entry.id = v;
        else if (field == QLatin1String("title"))
          entry.title = v;
        else if (field == QLatin1String("link") && doc.kind == CapFeedDocument::Kind::Rss)
          link.offer(v, 2);
        field.clear();
      } else if (entryDepth > 0 && depth == entryDepth) {
        if (entry.id.isEmpty())
          entry.id = !link.href.isEmpty() ? link.href : !entry.title.isEmpty() ? entry.title : QCoreApplication::translate("onemap::CapFeed", "entry %1").arg(doc.entries.size() + 1);
        if (!alerts.isEmpty()) {
          for (int i = 0; i < alerts.size(); ++i) {
            CapFeedEntry e = entry;
            e.inlineAlert = alerts[i];
            if (i > 0)
              e.id += QStringLiteral("#%1").arg(i + 1);
            doc.entries << e;
          }
        } else {
          if (!link.href.isEmpty())
            entry.link = base.resolved(QUrl(link.href));
          doc.entries << entry;
        }
        if (doc.entries.size() > kMaxEntries)
          return Status::failure(QCoreApplication::translate("onemap::CapFeed", "more than %1 entries").arg(kMaxEntries));
        entryDepth = 0;
      }
      --depth;
    }
  }
  if (r.hasError())
    return Status::failure(QCoreApplication::translate("onemap::CapFeed", "XML error at line %1, column %2: %3").arg(r.lineNumber()).arg(r.columnNumber()).arg(r.errorString()));
  return doc;
}

} // namespace onemap
