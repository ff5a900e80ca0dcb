// CapFeedPoller against a real HTTP server in the test (QTcpServer): a CAP
// document with conditional requests (304), an Atom feed with inline alerts,
// an RSS feed whose links are fetched only under an operator's allow prefix,
// a 500 that the next round recovers from, redirects, a silent server, and
// hostile feeds (DTD, entity expansion). What the server was never asked for
// is checked as well as what it was.
#include "CapSamples.h"
#include "SampleStore.h"
#include "TinyHttpServer.h"
#include "warnings/CapFeed.h"
#include "warnings/CapFeedPoller.h"
#include "warnings/Warning.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace onemap;
using namespace onemap::testing;

namespace {

//! The message without its XML declaration, to stand inside a feed.
QByteArray bare(const QByteArray &message)
{
  return message.mid(message.indexOf("<alert")).trimmed();
}

//! The same message with every CAP element written cap:name, declared on the feed only.
QByteArray prefixed(const QByteArray &message)
{
  QString s = QString::fromUtf8(bare(message));
  s.replace(QStringLiteral(" xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\""), QString());
  s.replace(QRegularExpression(QStringLiteral("<(/?)([A-Za-z])")), QStringLiteral("<\\1cap:\\2"));
  return s.toUtf8();
}

//! One poller with what it said, over its own archive and quarantine.
struct Round
{
  QTemporaryDir dir;
  CapInbox inbox;
  CapFeedPoller poller;
  QVector<CapInboxOutcome> outcomes;
  QStringList notices, problems;
  QSignalSpy finished;

  Round(Store &store, const QUrl &url)
    : inbox(store, dir.filePath(QStringLiteral("archive")), dir.filePath(QStringLiteral("quarantine"))), poller(inbox, url),
      finished(&poller, &CapFeedPoller::roundFinished)
  {
    inbox.prepare();
    QObject::connect(&poller, &CapFeedPoller::handled, [this](const CapInboxOutcome &o) { outcomes << o; });
    QObject::connect(&poller, &CapFeedPoller::notice, [this](const QString &m) { notices << m; });
    QObject::connect(&poller, &CapFeedPoller::problem, [this](const QString &m) { problems << m; });
  }
  //! Polls once and waits for the round to end.
  bool poll()
  {
    const int before = finished.count();
    poller.pollOnce();
    return finished.count() > before || finished.wait(20000);
  }
  int count(CapInboxOutcome::Kind kind) const
  {
    return static_cast<int>(std::count_if(outcomes.begin(), outcomes.end(), [kind](const CapInboxOutcome &o) { return o.kind == kind; }));
  }
  QString archive() const { return dir.filePath(QStringLiteral("archive")); }
  QString quarantine() const { return dir.filePath(QStringLiteral("quarantine")); }
};

} // namespace

class TestCapPoll : public QObject
{
  Q_OBJECT

  SampleStore mSample;
  std::unique_ptr<Store> mStore;
  QStringList mTownships;
  TinyHttpServer mServer;
  int mSerial = 500;

  QByteArray next(const QString &extra = QString())
  {
    ++mSerial;
    return capMessage(capIdentifier(mSerial), geocodeArea(mTownships[mSerial % mTownships.size()]), QStringLiteral("暴雨"), QStringLiteral("Alert"), extra);
  }
  //! A <resource> whose <uri> points at this server: it must never be asked for.
  QByteArray withResource(QByteArray message)
  {
    const QString resource = QStringLiteral("<resource><resourceDesc>图</resourceDesc><mimeType>image/png</mimeType><uri>%1</uri></resource>")
                               .arg(mServer.url(QStringLiteral("/resource.png")).toString());
    return message.replace("</info>", resource.toUtf8() + "</info>");
  }
  bool stored(const QByteArray &message)
  {
    const int start = message.indexOf("<identifier>") + 12;
    const QByteArray id = message.mid(start, message.indexOf("</identifier>") - start);
    return Warnings(*mStore).where(QStringLiteral("identifier = ?"), {QString::fromLatin1(id)}).size() == 1;
  }

private slots:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    auto s = Store::open(mSample.path());
    QVERIFY2(s.ok(), qPrintable(s.message()));
    mStore = s.take();
    mTownships = townshipCodes(mSample.path());
    QVERIFY(mTownships.size() >= 3);
    QVERIFY(mServer.listen());
    qRegisterMetaType<CapInboxOutcome>();
  }

  void init() { mServer.clearRequests(); }

  void allowPrefixes()
  {
    QTemporaryDir dir;
    CapInbox inbox(*mStore, dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("q")));
    CapFeedPoller p(inbox, QUrl(QStringLiteral("https://a.cn/feed.xml")));
    QVERIFY(!p.setAllowPrefixes({QStringLiteral("ftp://a.cn/")}).ok());
    QVERIFY(!p.setAllowPrefixes({QStringLiteral("a.cn/cap/")}).ok());
    QVERIFY(!p.setAllowPrefixes({QStringLiteral("https://user@a.cn/cap/")}).ok());
    QVERIFY(p.setAllowPrefixes({QStringLiteral("https://a.cn/cap/"), QStringLiteral("file:///srv/cap/")}).ok());
    QVERIFY(p.covers(QUrl(QStringLiteral("https://a.cn/cap/x.xml"))));
    QVERIFY(p.covers(QUrl(QStringLiteral("HTTPS://A.CN/cap/x.xml"))));
    QVERIFY(p.covers(QUrl(QStringLiteral("https://a.cn:443/cap/2024/x.xml?id=1"))));
    QVERIFY(p.covers(QUrl(QStringLiteral("file:///srv/cap/x.xml"))));
    QVERIFY(!p.covers(QUrl(QStringLiteral("https://a.cn.evil.example/cap/x.xml"))));
    QVERIFY(!p.covers(QUrl(QStringLiteral("https://a.cn@evil.example/cap/x.xml"))));
    QVERIFY(!p.covers(QUrl(QStringLiteral("https://user:pw@a.cn/cap/x.xml"))));
    QVERIFY(!p.covers(QUrl(QStringLiteral("https://a.cn/cap/../admin/x.xml"))));
    QVERIFY(!p.covers(QUrl(QStringLiteral("https://a.cn/cap/%2e%2e/admin/x.xml"))));
    QVERIFY(!p.covers(QUrl(QStringLiteral("https://a.cn/capx/x.xml"))));
    QVERIFY(!p.covers(QUrl(QStringLiteral("http://a.cn/cap/x.xml"))));
    QVERIFY(!p.covers(QUrl(QStringLiteral("https://a.cn:8443/cap/x.xml"))));
    QVERIFY(!p.covers(QUrl(QStringLiteral("file:///etc/passwd"))));
    QVERIFY(!p.covers(QUrl(QStringLiteral("file:///srv/cap/../../etc/passwd"))));
    QVERIFY(!p.covers(QUrl(QStringLiteral("ftp://a.cn/cap/x.xml"))));
    QVERIFY(!p.covers(QUrl(QStringLiteral("/cap/x.xml"))));
    QVERIFY(CapFeedPoller::supportedScheme(QUrl(QStringLiteral("file:///x"))));
    QVERIFY(!CapFeedPoller::supportedScheme(QUrl(QStringLiteral("ftp://a.cn/x"))));
  }

  void capDocumentWithConditionalRequests()
  {
    const QByteArray message = next();
    mServer.route(QStringLiteral("/alert.xml"), [message](const HttpRequest &req) {
      HttpResponse r;
      if (req.headers.value("if-none-match") == "\"v1\"")
        return HttpResponse {304, "Not Modified", {{"ETag", "\"v1\""}}, {}};
      r.headers << qMakePair(QByteArray("ETag"), QByteArray("\"v1\"")) << qMakePair(QByteArray("Content-Type"), QByteArray("application/cap+xml"));
      r.body = message;
      return r;
    });
    Round round(*mStore, mServer.url(QStringLiteral("/alert.xml")));
    QVERIFY(round.poll());
    QCOMPARE(round.count(CapInboxOutcome::Kind::Accepted), 1);
    QVERIFY(round.problems.isEmpty());
    const CapInboxOutcome &o = round.outcomes.first();
    QCOMPARE(o.origin, mServer.url(QStringLiteral("/alert.xml")).toString());
    QCOMPARE(readFile(o.keptAt), message); // archived exactly as received
    QVERIFY(stored(message));

    QVERIFY(round.poll());
    QCOMPARE(mServer.requests().size(), 2);
    QCOMPARE(mServer.requests().last().headers.value("if-none-match"), QByteArray("\"v1\""));
    QCOMPARE(round.outcomes.size(), 1); // 304: nothing read again
    QVERIFY2(round.notices.join(QLatin1Char('\n')).contains(QStringLiteral("not modified")), qPrintable(round.notices.join(QLatin1Char('\n'))));
  }

  void lastModifiedIsSentBack()
  {
    const QByteArray message = next();
    mServer.route(QStringLiteral("/lm.xml"), [message](const HttpRequest &req) {
      if (req.headers.value("if-modified-since") == "Thu, 20 Jun 2024 00:00:00 GMT")
        return HttpResponse {304, "Not Modified", {}, {}};
      return HttpResponse {200, "OK", {{"Last-Modified", "Thu, 20 Jun 2024 00:00:00 GMT"}}, message};
    });
    Round round(*mStore, mServer.url(QStringLiteral("/lm.xml")));
    QVERIFY(round.poll());
    QVERIFY(round.poll());
    QCOMPARE(mServer.requests().size(), 2);
    QVERIFY(!mServer.requests().first().headers.contains("if-modified-since"));
    QCOMPARE(mServer.requests().last().headers.value("if-modified-since"), QByteArray("Thu, 20 Jun 2024 00:00:00 GMT"));
    QCOMPARE(round.count(CapInboxOutcome::Kind::Accepted), 1);
  }

  void atomFeedWithInlineAlerts()
  {
    const QByteArray own = next();
    const QByteArray inherits = withResource(next());
    const QByteArray broken = QByteArray(next()).replace("<scope>Public</scope>", "");
    const QByteArray feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:cap=\"urn:oasis:names:tc:emergency:cap:1.2\">\n"
                            "  <id>urn:onemap:test:feed</id><title>示范县预警</title><updated>2024-06-20T08:00:00+08:00</updated>\n"
                            "  <entry><id>urn:onemap:test:1</id><title>one</title><content type=\"text/xml\">" + bare(own) + "</content></entry>\n"
                            "  <entry><id>urn:onemap:test:2</id><title>two</title><content type=\"application/cap+xml\">" + prefixed(inherits) + "</content></entry>\n"
                            "  <entry><id>urn:onemap:test:3</id><title>three</title><content type=\"text/xml\">" + bare(broken) + "</content></entry>\n"
                            "</feed>\n";
    mServer.serve(QStringLiteral("/atom.xml"), feed, "application/atom+xml");
    Round round(*mStore, mServer.url(QStringLiteral("/atom.xml")));
    QVERIFY(round.poll());
    QVERIFY2(round.problems.isEmpty(), qPrintable(round.problems.join(QLatin1Char('\n'))));
    QCOMPARE(round.outcomes.size(), 3);
    QCOMPARE(int(round.outcomes[0].kind), int(CapInboxOutcome::Kind::Accepted));
    QCOMPARE(int(round.outcomes[1].kind), int(CapInboxOutcome::Kind::Accepted));
    QCOMPARE(int(round.outcomes[2].kind), int(CapInboxOutcome::Kind::Rejected));
    QVERIFY(round.outcomes[0].origin.endsWith(QStringLiteral("[urn:onemap:test:1]")));
    QVERIFY(stored(own));
    QVERIFY(stored(inherits));
    // The alert as it stood in the feed, byte for byte...
    QCOMPARE(readFile(round.outcomes[0].keptAt), bare(own));
    // ...with the namespace it relied on from the feed added to its start tag.
    QByteArray expected = prefixed(inherits);
    expected.insert(int(qstrlen("<cap:alert")), " xmlns:cap=\"urn:oasis:names:tc:emergency:cap:1.2\"");
    QCOMPARE(readFile(round.outcomes[1].keptAt), expected);
    QVERIFY(QString::fromUtf8(readFile(round.outcomes[2].keptAt + QStringLiteral(".reason"))).contains(QStringLiteral("missing <scope>")));
    QCOMPARE(QFileInfo(round.outcomes[2].keptAt).fileName(), QStringLiteral("urn_onemap_test_3.xml"));
    // <resource><uri> is text, never fetched.
    QCOMPARE(mServer.paths(), QStringList {QStringLiteral("/atom.xml")});

    // The same feed again (no validators from this server): stored once, nothing new archived.
    const int archived = filesIn(round.archive()).size();
    QVERIFY(round.poll());
    QCOMPARE(round.count(CapInboxOutcome::Kind::Duplicate), 2);
    QCOMPARE(filesIn(round.archive()).size(), archived);
  }

  void rssLinksNeedAnAllowPrefix()
  {
    const QByteArray a = withResource(next());
    const QByteArray b = next();
    mServer.serve(QStringLiteral("/linked/a.xml"), a);
    mServer.serve(QStringLiteral("/linked/b.xml"), b);
    mServer.serve(QStringLiteral("/linked/c.xml"), next());
    mServer.serve(QStringLiteral("/other/d.xml"), next());
    const QByteArray rss = QStringLiteral(
                             "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>预警</title>\n"
                             "<item><title>a</title><guid>a</guid><link>%1</link></item>\n"
                             "<item><title>b</title><guid>b</guid><link>http://example.invalid/page.html</link>"
                             "<enclosure url=\"%2\" type=\"application/cap+xml\" length=\"1\"/></item>\n"
                             "<item><title>c</title><guid>c</guid><link>%3</link></item>\n"
                             "<item><title>d</title><guid>d</guid><link>%4</link></item>\n"
                             "</channel></rss>\n")
                             .arg(mServer.url(QStringLiteral("/linked/a.xml")).toString(), mServer.url(QStringLiteral("/linked/b.xml")).toString(),
                                  mServer.url(QStringLiteral("/linked/c.xml"), QStringLiteral("localhost")).toString(),
                                  mServer.url(QStringLiteral("/linked/")).toString() + QStringLiteral("../other/d.xml"))
                             .toUtf8();
    mServer.serve(QStringLiteral("/rss.xml"), rss, "application/rss+xml");

    {
      // No prefix: every link is reported and none is fetched.
      Round round(*mStore, mServer.url(QStringLiteral("/rss.xml")));
      QVERIFY(round.poll());
      QCOMPARE(round.outcomes.size(), 0);
      QCOMPARE(round.notices.size(), 4);
      QVERIFY2(round.notices[0] == QStringLiteral("entry a links to %1; not fetched (no --allow-prefix covers it)").arg(mServer.url(QStringLiteral("/linked/a.xml")).toString()),
               qPrintable(round.notices[0]));
      QVERIFY(round.notices[1].contains(QStringLiteral("/linked/b.xml"))); // the CAP enclosure, not the HTML page
      QCOMPARE(mServer.paths(), QStringList {QStringLiteral("/rss.xml")});
    }
    mServer.clearRequests();
    {
      Round round(*mStore, mServer.url(QStringLiteral("/rss.xml")));
      QVERIFY(round.poller.setAllowPrefixes({mServer.url(QStringLiteral("/linked/")).toString()}).ok());
      QVERIFY(round.poll());
      QVERIFY2(round.problems.isEmpty(), qPrintable(round.problems.join(QLatin1Char('\n'))));
      QCOMPARE(round.count(CapInboxOutcome::Kind::Accepted), 2);
      QVERIFY(stored(a));
      QVERIFY(stored(b));
      for (const CapInboxOutcome &o : round.outcomes)
        QCOMPARE(readFile(o.keptAt), o.origin.endsWith(QLatin1String("a.xml")) ? a : b);
      // Another host name for the same server, and a path climbing out of the prefix: not fetched.
      QCOMPARE(round.notices.size(), 2);
      QVERIFY(round.notices[0].contains(QStringLiteral("localhost")));
      QVERIFY(round.notices[1].contains(QStringLiteral("d.xml")));
      QStringList paths = mServer.paths();
      paths.sort();
      QCOMPARE(paths, (QStringList {QStringLiteral("/linked/a.xml"), QStringLiteral("/linked/b.xml"), QStringLiteral("/rss.xml")}));

      // Next round: documents already taken are not asked for again.
      mServer.clearRequests();
      QVERIFY(round.poll());
      QCOMPARE(mServer.paths(), QStringList {QStringLiteral("/rss.xml")});
    }
  }

  void serverErrorThenRecovery()
  {
    const QByteArray message = next();
    bool failing = true;
    mServer.route(QStringLiteral("/flaky.xml"), [&failing, message](const HttpRequest &) {
      return failing ? HttpResponse {500, "Internal Server Error", {}, "boom"} : HttpResponse {200, "OK", {}, message};
    });
    Round round(*mStore, mServer.url(QStringLiteral("/flaky.xml")));
    round.poller.start(1);
    QTRY_VERIFY_WITH_TIMEOUT(!round.problems.isEmpty(), 10000);
    QVERIFY2(round.problems.first() == mServer.url(QStringLiteral("/flaky.xml")).toString() + QStringLiteral(": HTTP 500 Internal Server Error"),
             qPrintable(round.problems.first()));
    QVERIFY(round.outcomes.isEmpty());
    failing = false; // polling goes on at the next interval
    QTRY_VERIFY_WITH_TIMEOUT(round.count(CapInboxOutcome::Kind::Accepted) == 1, 10000);
    round.poller.stop();
    QVERIFY(stored(message));
  }

  void redirects()
  {
    const QByteArray message = next();
    mServer.serve(QStringLiteral("/here.xml"), message);
    mServer.route(QStringLiteral("/moved-here.xml"), [this](const HttpRequest &) {
      return HttpResponse {301, "Moved Permanently", {{"Location", mServer.url(QStringLiteral("/here.xml")).toEncoded()}}, {}};
    });
    mServer.route(QStringLiteral("/moved-away.xml"), [this](const HttpRequest &) {
      return HttpResponse {302, "Found", {{"Location", mServer.url(QStringLiteral("/here.xml"), QStringLiteral("localhost")).toEncoded()}}, {}};
    });
    {
      Round round(*mStore, mServer.url(QStringLiteral("/moved-here.xml")));
      QVERIFY(round.poll());
      QCOMPARE(round.count(CapInboxOutcome::Kind::Accepted), 1); // same host: followed
    }
    mServer.clearRequests();
    {
      Round round(*mStore, mServer.url(QStringLiteral("/moved-away.xml")));
      QVERIFY(round.poll());
      QCOMPARE(round.outcomes.size(), 0);
      QCOMPARE(round.problems.size(), 1);
      QVERIFY2(round.problems.first().contains(QStringLiteral("not followed")) && round.problems.first().contains(QStringLiteral("302")), qPrintable(round.problems.first()));
      QCOMPARE(mServer.paths(), QStringList {QStringLiteral("/moved-away.xml")});
    }
  }

  void silentServerTimesOut()
  {
    mServer.route(QStringLiteral("/silent.xml"), [](const HttpRequest &) {
      HttpResponse r;
      r.silent = true;
      return r;
    });
    Round round(*mStore, mServer.url(QStringLiteral("/silent.xml")));
    round.poller.setTimeoutSeconds(1);
    QVERIFY(round.poll());
    QCOMPARE(round.problems.size(), 1);
    QVERIFY2(round.problems.first().contains(QStringLiteral("/silent.xml: no answer within 1 s")), qPrintable(round.problems.first()));
  }

  void hostileFeeds()
  {
    const QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                              "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>\n"
                              "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>&d;</id><link href=\"http://127.0.0.1/\"/></entry></feed>\n";
    const QByteArray external = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                                "<rss><channel><item><title>&x;</title></item></channel></rss>\n";
    const QByteArray undeclared = "<?xml version=\"1.0\"?>\n<rss><channel><item><title>&x;</title></item></channel></rss>\n";
    const QByteArray notFeed = "<?xml version=\"1.0\"?>\n<html><body>maintenance</body></html>\n";
    const QByteArray gbk = "<?xml version=\"1.0\" encoding=\"GBK\"?>\n<rss><channel></channel></rss>\n";
    const QVector<QPair<QString, QByteArray>> cases {
      {QStringLiteral("/laughs.xml"), laughs}, {QStringLiteral("/external.xml"), external}, {QStringLiteral("/undeclared.xml"), undeclared},
      {QStringLiteral("/html.xml"), notFeed}, {QStringLiteral("/gbk.xml"), gbk}};
    const QStringList mustSay {QStringLiteral("DTD"), QStringLiteral("DTD"), QStringLiteral("x"), QStringLiteral("<html>"), QStringLiteral("GBK")};
    for (int i = 0; i < cases.size(); ++i) {
      mServer.serve(cases[i].first, cases[i].second);
      Round round(*mStore, mServer.url(cases[i].first));
      QVERIFY(round.poll());
      QCOMPARE(round.outcomes.size(), 0);
      QCOMPARE(round.problems.size(), 1);
      QVERIFY2(round.problems.first().startsWith(mServer.url(cases[i].first).toString() + QStringLiteral(": ")) && round.problems.first().contains(mustSay[i]),
               qPrintable(round.problems.first()));
    }
    // Nothing but the feeds themselves was asked for.
    QCOMPARE(mServer.requests().size(), cases.size());

    // A linked CAP document with a DTD is a rejected message: quarantined with its reason.
    const QByteArray capDtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE alert [<!ENTITY e \"x\">]>\n" + bare(next());
    mServer.serve(QStringLiteral("/dtd/alert.xml"), capDtd);
    mServer.serve(QStringLiteral("/dtd/feed.xml"), QStringLiteral("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>x</id><link href=\"%1\"/></entry></feed>")
                                                      .arg(mServer.url(QStringLiteral("/dtd/alert.xml")).toString()).toUtf8());
    Round round(*mStore, mServer.url(QStringLiteral("/dtd/feed.xml")));
    QVERIFY(round.poller.setAllowPrefixes({mServer.url(QStringLiteral("/dtd/")).toString()}).ok());
    QVERIFY(round.poll());
    QCOMPARE(round.count(CapInboxOutcome::Kind::Rejected), 1);
    QCOMPARE(readFile(round.outcomes.first().keptAt), capDtd);
    QVERIFY(readFile(round.outcomes.first().keptAt + QStringLiteral(".reason")).contains("DTD"));

    // A linked "message" of 6 MB is not read past the 5 MB a CAP message may have.
    mServer.serve(QStringLiteral("/dtd/huge.xml"), QByteArray(6 * 1024 * 1024, 'x'));
    mServer.serve(QStringLiteral("/dtd/feed2.xml"), QStringLiteral("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>y</id><link href=\"%1\"/></entry></feed>")
                                                       .arg(mServer.url(QStringLiteral("/dtd/huge.xml")).toString()).toUtf8());
    Round huge(*mStore, mServer.url(QStringLiteral("/dtd/feed2.xml")));
    QVERIFY(huge.poller.setAllowPrefixes({mServer.url(QStringLiteral("/dtd/")).toString()}).ok());
    QVERIFY(huge.poll());
    QCOMPARE(huge.outcomes.size(), 0);
    QCOMPARE(huge.problems.size(), 1);
    QVERIFY2(huge.problems.first().contains(QStringLiteral("huge.xml: larger than 5 MB")), qPrintable(huge.problems.first()));
  }

  void fileFeed()
  {
    QTemporaryDir dir;
    const QByteArray message = next();
    const QString path = dir.filePath(QStringLiteral("feed.xml"));
    QVERIFY(writeFile(path, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>f1</id><content type=\"text/xml\">"
                              + bare(message) + "</content></entry></feed>\n"));
    Round round(*mStore, QUrl::fromLocalFile(path));
    QVERIFY(round.poll());
    QCOMPARE(round.count(CapInboxOutcome::Kind::Accepted), 1);
    QVERIFY(stored(message));
    QVERIFY(round.poll());
    QCOMPARE(round.outcomes.size(), 1); // unchanged file: not read again
    QVERIFY(round.notices.last().endsWith(QStringLiteral(": not modified")));
    QCOMPARE(CapFeed::read(readFile(path), QUrl::fromLocalFile(path)).value().entries.size(), 1);
  }
};

QTEST_GUILESS_MAIN(TestCapPoll)
#include "test_cap_poll.moc"
