#pragma once
// \brief Polls one operator-given URL (http, https or file) for CAP messages:
// a CAP document, or an Atom/RSS feed with alerts inline or linked.
//
// The project's rule holds here: nothing is fetched from a URL found inside
// input data. A linked alert is fetched only when its link starts with an
// operator-given allow prefix (same scheme, host and port; no user info;
// path prefix), and <resource><uri> is never followed. Requests are
// conditional (ETag / Last-Modified), time out, and are size-capped; an error
// names the URL and HTTP status and the next round tries again.
#include "CapInbox.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace onemap {

class CapFeedPoller : public QObject
{
  Q_OBJECT
public:
  //! Linked documents fetched per round at most; the rest wait for the next.
  static constexpr int kMaxLinkedPerRound = 100;

  CapFeedPoller(CapInbox &inbox, const QUrl &url, QObject *parent = nullptr);
  ~CapFeedPoller() override;

  //! Only http, https and file URLs are polled or fetched.
  static bool supportedScheme(const QUrl &url);
  //! Fails naming the first prefix that is not an absolute http/https/file URL.
  Status setAllowPrefixes(const QStringList &prefixes);
  //! Whether an operator prefix covers \a link (links from a feed only).
  bool covers(const QUrl &link) const;
  void setTimeoutSeconds(int seconds) { mTimeoutMs = seconds * 1000; }

  //! Polls now and then every \a seconds; a round still running is not overlapped.
  void start(int seconds);
  void stop();
  //! One round; roundFinished() follows (possibly before this returns, for file URLs).
  void pollOnce();
  bool busy() const { return mPending > 0; }

Q_SIGNALS:
  void handled(const onemap::CapInboxOutcome &outcome);
  //! Something the operator should read that is not an error (not modified, link not fetched).
  void notice(const QString &message);
  //! A fetch or feed that failed; the next round tries again.
  void problem(const QString &message);
  void roundFinished();

private:
  enum class Purpose { Main, Linked };
  struct Validators
  {
    QString etag;
    QString lastModified;
  };
  void fetch(const QUrl &url, Purpose purpose, const QString &entryId);
  void fetchFile(const QUrl &url, Purpose purpose, const QString &entryId);
  void onReply(QNetworkReply *reply, Purpose purpose, const QString &entryId);
  //! Ingests what \a url returned; false when a message must be tried again.
  bool take(const QByteArray &bytes, const QUrl &url, Purpose purpose, const QString &entryId);
  bool deliver(const CapInboxOutcome &outcome);
  void remember(const QUrl &url, Purpose purpose, const Validators &validators);
  void done();

  CapInbox &mInbox;
  QUrl mUrl;
  QList<QUrl> mPrefixes;
  int mTimeoutMs = 30000;
  QNetworkAccessManager *mNam = nullptr;
  QTimer mTimer;
  int mPending = 0;
  int mLinkedThisRound = 0;
  bool mRoundClean = true;                  //!< every message of this round is in (or rejected)
  std::optional<Validators> mMainValidators; //!< the feed's, stored when the round ends clean
  QHash<QString, Validators> mValidators; //!< per URL, kept only once its messages are in
  QSet<QString> mLinksTaken;              //!< linked documents already stored or rejected
};

} // namespace onemap
