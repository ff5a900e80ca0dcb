#include "CapFeedPoller.h"

#include "CapFeed.h"
#include "CapParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace onemap {

namespace {

int defaultPort(const QUrl &url)
{
  return url.scheme() == QLatin1String("https") ? 443 : url.scheme() == QLatin1String("http") ? 80 : -1;
}

//! Without "..", fragment or a default port: the form links and prefixes are compared in.
QUrl normalized(const QUrl &url)
{
  QUrl u = url.adjusted(QUrl::NormalizePathSegments | QUrl::RemoveFragment);
  if (u.port() == defaultPort(u))
    u.setPort(-1);
  return u;
}

bool climbs(const QUrl &url)
{
  const QString path = url.path(QUrl::FullyDecoded);
  return path.contains(QLatin1String("/../")) || path.endsWith(QLatin1String("/..")) || path.startsWith(QLatin1String("../"))
         || path.contains(QLatin1Char('\\'));
}

QString show(const QUrl &url) { return url.toDisplayString(QUrl::RemovePassword); }

} // namespace

CapFeedPoller::CapFeedPoller(CapInbox &inbox, const QUrl &url, QObject *parent)
  : QObject(parent), mInbox(inbox), mUrl(url), mNam(new QNetworkAccessManager(this))
{
  connect(&mTimer, &QTimer::timeout, this, &CapFeedPoller::pollOnce);
}

CapFeedPoller::~CapFeedPoller() = default;

bool CapFeedPoller::supportedScheme(const QUrl &url)
{
  const QString s = url.scheme().toLower();
  return url.isValid() && (s == QLatin1String("http") || s == QLatin1String("https") || s == QLatin1String("file"));
}

Status CapFeedPoller::setAllowPrefixes(const QStringList &prefixes)
{
  mPrefixes.clear();
  for (const QString &p : prefixes) {
    const QUrl u(p, QUrl::StrictMode);
    if (!supportedScheme(u) || u.isRelative() || !u.userInfo().isEmpty() || (!u.isLocalFile() && u.host().isEmpty()) || climbs(u))
      return Status::failure(QCoreApplication::translate("onemap::CapFeedPoller", "allow prefix %1 is not an absolute http, https or file URL").arg(p));
    mPrefixes << normalized(u);
  }
  return {};
}

bool CapFeedPoller::covers(const QUrl &link) const
{
  if (!supportedScheme(link) || link.isRelative() || !link.userInfo().isEmpty() || climbs(link))
    return false;
  const QUrl l = normalized(link);
  const QString text = l.toString(QUrl::FullyEncoded);
  for (const QUrl &p : mPrefixes) {
    // Compared part by part as well as as text, so that "https://a.cn" does
    // not cover "https://a.cn.example.com/" nor "https://a.cn@example.com/".
    if (p.scheme() != l.scheme() || p.host().compare(l.host(), Qt::CaseInsensitive) != 0 || p.port(defaultPort(p)) != l.port(defaultPort(l)))
      continue;
    if (l.path().startsWith(p.path()) && text.startsWith(p.toString(QUrl::FullyEncoded)))
      return true;
  }
  return false;
}

void CapFeedPoller::start(int seconds)
{
  mTimer.start(std::max(1, seconds) * 1000);
  pollOnce();
}

void CapFeedPoller::stop()
{
  mTimer.stop();
}

void CapFeedPoller::pollOnce()
{
  if (busy())
    return; // the previous round is still fetching: this tick is skipped
  mLinkedThisRound = 0;
  mRoundClean = true;
  mMainValidators.reset();
  fetch(mUrl, Purpose::Main, QString());
}

void CapFeedPoller::fetch(const QUrl &url, Purpose purpose, const QString &entryId)
{
  ++mPending;
  if (url.isLocalFile()) {
    // Queued, so that a round always finishes after pollOnce() has returned.
    QMetaObject::invokeMethod(this, [this, url, purpose, entryId]() { fetchFile(url, purpose, entryId); }, Qt::QueuedConnection);
    return;
  }
  const qint64 limit = purpose == Purpose::Main ? CapFeed::kMaxBytes : CapParser::kMaxBytes;
  QNetworkRequest request(url);
  request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
  request.setMaximumRedirectsAllowed(5);
  request.setTransferTimeout(mTimeoutMs);
  request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("OneMap-CAP/1"));
  request.setRawHeader("Accept", "application/cap+xml, application/atom+xml, application/rss+xml, application/xml;q=0.9, */*;q=0.1");
  const Validators v = mValidators.value(url.toString());
  if (!v.etag.isEmpty())
    request.setRawHeader("If-None-Match", v.etag.toLatin1());
  if (!v.lastModified.isEmpty())
    request.setRawHeader("If-Modified-Since", v.lastModified.toLatin1());
  QNetworkReply *reply = mNam->get(request);
  connect(reply, &QNetworkReply::redirected, reply, [this, reply, url, purpose](const QUrl &to) {
    // The operator's URL may move within its own host (http to https); a
    // linked document only where an allow prefix still covers it.
    const bool sameHost = supportedScheme(to) && !to.isLocalFile() && to.host().compare(url.host(), Qt::CaseInsensitive) == 0 && to.userInfo().isEmpty();
    if (purpose == Purpose::Main ? sameHost : covers(to)) {
      Q_EMIT reply->redirectAllowed();
      return;
    }
    reply->setProperty("refusedRedirect", to);
    reply->abort();
  });
  auto guardSize = [reply, limit](qint64 received) {
    if (received > limit) {
      reply->setProperty("tooLarge", true);
      reply->abort();
    }
  };
  connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, guardSize]() {
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid())
      guardSize(length.toLongLong());
  });
  connect(reply, &QNetworkReply::downloadProgress, reply, [guardSize](qint64 received, qint64) { guardSize(received); });
  connect(reply, &QNetworkReply::finished, this, [this, reply, purpose, entryId]() { onReply(reply, purpose, entryId); });
}

void CapFeedPoller::fetchFile(const QUrl &url, Purpose purpose, const QString &entryId)
{
  const QString path = url.toLocalFile();
  const QFileInfo fi(path);
  const qint64 limit = purpose == Purpose::Main ? CapFeed::kMaxBytes : CapParser::kMaxBytes;
  // A file's size and time stand in for an ETag.
  const QString stamp = QStringLiteral("%1:%2").arg(fi.size()).arg(fi.lastModified().toMSecsSinceEpoch());
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) {
    mRoundClean = false;
    Q_EMIT problem(QCoreApplication::translate("onemap::CapFeedPoller", "%1: cannot read: %2").arg(show(url), f.errorString()));
  } else if (f.size() > limit) {
    mRoundClean = false;
    Q_EMIT problem(QCoreApplication::translate("onemap::CapFeedPoller", "%1: larger than %2 MB; not read").arg(show(url)).arg(limit / (1024 * 1024)));
  } else if (mValidators.value(url.toString()).etag == stamp) {
    if (purpose == Purpose::Main)
      Q_EMIT notice(QCoreApplication::translate("onemap::CapFeedPoller", "%1: not modified").arg(show(url)));
  } else if (take(f.readAll(), url, purpose, entryId)) {
    remember(url, purpose, {stamp, QString()});
  }
  done();
}

void CapFeedPoller::onReply(QNetworkReply *reply, Purpose purpose, const QString &entryId)
{
  reply->deleteLater();
  const QUrl url = reply->request().url();
  const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
  const QString phrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
  bool ok = false;
  if (reply->property("refusedRedirect").isValid()) {
    Q_EMIT problem(QCoreApplication::translate("onemap::CapFeedPoller", "%1: HTTP %2 redirect to %3 not followed (outside the URL's host or the allow prefixes)")
                     .arg(show(url)).arg(status).arg(show(reply->property("refusedRedirect").toUrl())));
  } else if (reply->property("tooLarge").toBool()) {
    const qint64 limit = purpose == Purpose::Main ? CapFeed::kMaxBytes : CapParser::kMaxBytes;
    Q_EMIT problem(QCoreApplication::translate("onemap::CapFeedPoller", "%1: larger than %2 MB; not read").arg(show(url)).arg(limit / (1024 * 1024)));
  } else if (status == 304) {
    ok = true;
    if (purpose == Purpose::Main)
      Q_EMIT notice(QCoreApplication::translate("onemap::CapFeedPoller", "%1: not modified").arg(show(url)));
  } else if (status >= 300 || (reply->error() != QNetworkReply::NoError && status > 0)) {
    Q_EMIT problem(QCoreApplication::translate("onemap::CapFeedPoller", "%1: HTTP %2 %3").arg(show(url)).arg(status).arg(phrase).trimmed());
  } else if (reply->error() == QNetworkReply::OperationCanceledError) {
    Q_EMIT problem(QCoreApplication::translate("onemap::CapFeedPoller", "%1: no answer within %2 s").arg(show(url)).arg(mTimeoutMs / 1000));
  } else if (reply->error() != QNetworkReply::NoError) {
    Q_EMIT problem(QCoreApplication::translate("onemap::CapFeedPoller", "%1: %2").arg(show(url), reply->errorString()));
  } else if (take(reply->readAll(), url, purpose, entryId)) {
    ok = true;
    remember(url, purpose, {QString::fromLatin1(reply->rawHeader("ETag")), QString::fromLatin1(reply->rawHeader("Last-Modified"))});
  }
  if (!ok)
    mRoundClean = false;
  done();
}

void CapFeedPoller::remember(const QUrl &url, Purpose purpose, const Validators &v)
{
  // The feed's validators wait for the round: were they kept while a linked
  // message failed, the next round's 304 would never bring that message back.
  if (purpose == Purpose::Main)
    mMainValidators = v;
  else
    mValidators.insert(url.toString(), v);
}

bool CapFeedPoller::take(const QByteArray &bytes, const QUrl &url, Purpose purpose, const QString &entryId)
{
  const QString fileName = url.fileName().isEmpty() ? url.host() : url.fileName();
  if (purpose == Purpose::Linked) {
    const bool ok = deliver(mInbox.receiveBytes(bytes, show(url), entryId.isEmpty() ? fileName : entryId));
    if (ok)
      mLinksTaken.insert(url.toString());
    return ok;
  }
  const Result<CapFeedDocument> feed = CapFeed::read(bytes, url);
  if (!feed) {
    Q_EMIT problem(QCoreApplication::translate("onemap::CapFeedPoller", "%1: %2").arg(show(url), feed.message()));
    return false;
  }
  if (feed.value().kind == CapFeedDocument::Kind::Alert)
    return deliver(mInbox.receiveBytes(bytes, show(url), fileName));

  bool ok = true;
  for (const CapFeedEntry &e : feed.value().entries) {
    if (!e.inlineAlert.isEmpty()) {
      ok = deliver(mInbox.receiveBytes(e.inlineAlert, QStringLiteral("%1 [%2]").arg(show(url), e.id), e.id)) && ok;
      continue;
    }
    if (!e.link.isValid() || e.link.isEmpty()) {
      Q_EMIT notice(QCoreApplication::translate("onemap::CapFeedPoller", "%1: entry %2 has no inline alert and no link").arg(show(url), e.id));
      continue;
    }
    if (mLinksTaken.contains(e.link.toString()))
      continue;
    if (!covers(e.link)) {
      Q_EMIT notice(QCoreApplication::translate("onemap::CapFeedPoller", "entry %1 links to %2; not fetched (no --allow-prefix covers it)").arg(e.id, show(e.link)));
      continue;
    }
    if (mLinkedThisRound >= kMaxLinkedPerRound) {
      ok = false;
      Q_EMIT notice(QCoreApplication::translate("onemap::CapFeedPoller", "entry %1 links to %2; left for the next round (%3 links per round)").arg(e.id, show(e.link)).arg(kMaxLinkedPerRound));
      continue;
    }
    ++mLinkedThisRound;
    fetch(e.link, Purpose::Linked, e.id);
  }
  return ok;
}

bool CapFeedPoller::deliver(const CapInboxOutcome &outcome)
{
  Q_EMIT handled(outcome);
  return outcome.kind != CapInboxOutcome::Kind::Failed;
}

void CapFeedPoller::done()
{
  if (--mPending > 0)
    return;
  if (mRoundClean && mMainValidators)
    mValidators.insert(mUrl.toString(), *mMainValidators);
  mMainValidators.reset();
  Q_EMIT roundFinished();
}

} // namespace onemap
