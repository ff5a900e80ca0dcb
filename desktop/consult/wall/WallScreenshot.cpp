#include "WallScreenshot.h"

#include "consult/ConsultationSession.h"
#include "WallWindow.h"
#include "cli/CliCommon.h"
#include "consultation/Consultations.h"
#include "map/StoreMapLayers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QImage>
#include <QRegularExpression>
#include <qgsproject.h>

namespace onemap {

int runWallScreenshot(const QStringList &arguments)
{
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate("onemap::WallScreenshot", "Save a picture of the video wall for a consultation meeting."));
  parser.addHelpOption();
  parser.addOption({QStringLiteral("store"), QCoreApplication::translate("onemap::WallScreenshot", "Situation store to open."),
                    QCoreApplication::translate("onemap::WallScreenshot", "FILE")});
  parser.addOption({QStringLiteral("consultation"), QCoreApplication::translate("onemap::WallScreenshot", "Meeting to show (default: the newest)."),
                    QCoreApplication::translate("onemap::WallScreenshot", "ID")});
  parser.addOption({QStringLiteral("step"), QCoreApplication::translate("onemap::WallScreenshot", "Agenda step to show, from 1."),
                    QCoreApplication::translate("onemap::WallScreenshot", "N")});
  parser.addOption({QStringLiteral("size"), QCoreApplication::translate("onemap::WallScreenshot", "Wall size in pixels."),
                    QCoreApplication::translate("onemap::WallScreenshot", "WxH"), QStringLiteral("5760x2160")});
  parser.addOption({QStringLiteral("now"), QCoreApplication::translate("onemap::WallScreenshot", "Date-time the wall shows and judges by (ISO; default now)."),
                    QCoreApplication::translate("onemap::WallScreenshot", "ISO")});
  parser.addOption({QStringLiteral("out"), QCoreApplication::translate("onemap::WallScreenshot", "PNG file to write."),
                    QCoreApplication::translate("onemap::WallScreenshot", "PNG")});
  if (const std::optional<int> done = cli::parse(parser, arguments))
    return *done;

  if (!parser.isSet(QStringLiteral("out")))
    return cli::usageError(QCoreApplication::translate("onemap::WallScreenshot", "--out PNG is required"));
  const QString out = parser.value(QStringLiteral("out"));
  const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$")).match(parser.value(QStringLiteral("size")));
  if (!size.hasMatch())
    return cli::usageError(QCoreApplication::translate("onemap::WallScreenshot", "--size must look like 5760x2160, not \"%1\"").arg(parser.value(QStringLiteral("size"))));
  const QSize pixels(size.captured(1).toInt(), size.captured(2).toInt());
  QDateTime now;
  if (parser.isSet(QStringLiteral("now"))) {
    now = QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODate);
    if (!now.isValid())
      return cli::usageError(QCoreApplication::translate("onemap::WallScreenshot", "--now must be an ISO date-time, not \"%1\"").arg(parser.value(QStringLiteral("now"))));
  }

  const QString storePath = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : cli::defaultStorePath();
  QgsProject project;
  if (Status loaded = StoreMapLayers::load(storePath, &project); !loaded)
    return cli::failure(loaded.message());
  ConsultationSession session(storePath);
  if (!session.isValid())
    return cli::failure(session.error());

  qint64 id = 0;
  if (parser.isSet(QStringLiteral("consultation"))) {
    bool ok = false;
    id = parser.value(QStringLiteral("consultation")).toLongLong(&ok);
    if (!ok || id <= 0)
      return cli::usageError(QCoreApplication::translate("onemap::WallScreenshot", "--consultation must be a meeting id, not \"%1\"").arg(parser.value(QStringLiteral("consultation"))));
  } else {
    const QVector<Consultation> meetings = Consultations(session.store()).list();
    if (!meetings.isEmpty())
      id = meetings.first().id;
  }
  if (id > 0)
    if (Status opened = session.open(id); !opened)
      return cli::failure(opened.message());
  if (parser.isSet(QStringLiteral("step"))) {
    bool ok = false;
    const int step = parser.value(QStringLiteral("step")).toInt(&ok);
    if (!ok || step < 1 || step > session.stepCount())
      return cli::usageError(QCoreApplication::translate("onemap::WallScreenshot", "--step must be between 1 and %1").arg(session.stepCount()));
    session.goToStep(step - 1);
  }

  int code = 0;
  {
    WallWindow wall(&project, pixels);
    if (now.isValid())
      wall.setNow(now);
    wall.setSession(&session);
    wall.show();
    if (!wall.waitUntilDrawn(120000))
      cli::err() << QCoreApplication::translate("onemap::WallScreenshot", "the map was still drawing after two minutes; saving what is drawn") << Qt::endl;
    if (!wall.grabImage().save(out, "PNG"))
      code = cli::failure(QCoreApplication::translate("onemap::WallScreenshot", "cannot write %1").arg(out));
    else
      cli::err() << QCoreApplication::translate("onemap::WallScreenshot", "wrote %1").arg(out) << Qt::endl;
  }
  project.clear();
  return code;
}

} // namespace onemap
