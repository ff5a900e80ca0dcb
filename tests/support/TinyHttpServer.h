#pragma once
// Test helper: a small real HTTP/1.1 server on 127.0.0.1 (QTcpServer) that
// answers GET requests from a table of paths and records every request, so
// tests can see what a client asked for and what it never asked for.
#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <functional>

namespace onemap::testing {

struct HttpRequest
{
  QByteArray method;
  QString path;
  QHash<QByteArray, QByteArray> headers; //!< names lower-cased
};

struct HttpResponse
{
  int status = 200;
  QByteArray reason = "OK";
  QList<QPair<QByteArray, QByteArray>> headers;
  QByteArray body;
  bool silent = false; //!< never answer (for timeouts)
};

class TinyHttpServer : public QObject
{
public:
  using Handler = std::function<HttpResponse(const HttpRequest &)>;

  TinyHttpServer()
  {
    QObject::connect(&mServer, &QTcpServer::newConnection, this, [this]() {
      while (QTcpSocket *s = mServer.nextPendingConnection()) {
        s->setParent(this);
        QObject::connect(s, &QTcpSocket::readyRead, this, [this, s]() { onData(s); });
        QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
      }
    });
  }
  bool listen() { return mServer.listen(QHostAddress::LocalHost, 0); }
  quint16 port() const { return mServer.serverPort(); }
  //! http://127.0.0.1:PORT + path; \a host may name the same server differently ("localhost").
  QUrl url(const QString &path, const QString &host = QStringLiteral("127.0.0.1")) const
  {
    return QUrl(QStringLiteral("http://%1:%2%3").arg(host).arg(port()).arg(path));
  }
  void route(const QString &path, Handler handler) { mRoutes.insert(path, std::move(handler)); }
  void serve(const QString &path, const QByteArray &body, const QByteArray &contentType = "application/xml")
  {
    route(path, [body, contentType](const HttpRequest &) {
      HttpResponse r;
      r.body = body;
      r.headers << qMakePair(QByteArray("Content-Type"), contentType);
      return r;
    });
  }
  const QVector<HttpRequest> &requests() const { return mRequests; }
  QStringList paths() const
  {
    QStringList p;
    for (const HttpRequest &r : mRequests)
      p << r.path;
    return p;
  }
  void clearRequests() { mRequests.clear(); }

private:
  void onData(QTcpSocket *s)
  {
    QByteArray &buffer = mBuffers[s];
    buffer += s->readAll();
    const int end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
      return;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    mBuffers.remove(s);
    HttpRequest req;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    req.method = first.value(0);
    req.path = QString::fromLatin1(first.value(1));
    for (int i = 1; i < lines.size(); ++i) {
      const int colon = lines[i].indexOf(':');
      if (colon > 0)
        req.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    mRequests << req;
    HttpResponse resp;
    if (const auto h = mRoutes.constFind(req.path); h != mRoutes.constEnd())
      resp = (*h)(req);
    else
      resp = HttpResponse {404, "Not Found", {}, "no such path\n"};
    if (resp.silent)
      return;
    const QByteArray body = resp.status == 304 ? QByteArray() : resp.body; // 304 has no body
    QByteArray out = "HTTP/1.1 " + QByteArray::number(resp.status) + ' ' + resp.reason + "\r\n";
    for (const auto &h : resp.headers)
      out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    s->write(out);
    s->disconnectFromHost();
  }

  QTcpServer mServer;
  QHash<QString, Handler> mRoutes;
  QHash<QTcpSocket *, QByteArray> mBuffers;
  QVector<HttpRequest> mRequests;
};

} // namespace onemap::testing
