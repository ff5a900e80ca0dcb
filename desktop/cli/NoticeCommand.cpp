#include "NoticeCommand.h"

#include "CliCommon.h"
#include "export/notices/RectificationNotice.h"
#include "export/notices/TownshipRiskNotice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>

namespace onemap {

int runNotice(const QStringList &arguments)
{
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate("onemap::NoticeCommand", "Write a notice as a one-page PDF: the rectification-supervision sheet of a hidden danger, "
                                      "or the risk-reminder sheet of a township."));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("notice"), QCoreApplication::translate("onemap::NoticeCommand", "the verb"));
  parser.addPositionalArgument(QStringLiteral("kind"), QCoreApplication::translate("onemap::NoticeCommand", "danger or township"));
  parser.addOption({QStringLiteral("store"), QCoreApplication::translate("onemap::NoticeCommand", "Situation store to read."), QCoreApplication::translate("onemap::NoticeCommand", "FILE")});
  parser.addOption({QStringLiteral("code"), QCoreApplication::translate("onemap::NoticeCommand", "Hidden-danger code, or township code or name."), QCoreApplication::translate("onemap::NoticeCommand", "CODE")});
  parser.addOption({QStringLiteral("out"), QCoreApplication::translate("onemap::NoticeCommand", "Output file (.pdf)."), QCoreApplication::translate("onemap::NoticeCommand", "FILE")});
  parser.addOption({QStringLiteral("date"), QCoreApplication::translate("onemap::NoticeCommand", "Date of issue, YYYY-MM-DD (default today); decides what is overdue."), QCoreApplication::translate("onemap::NoticeCommand", "DATE")});
  if (const std::optional<int> done = cli::parse(parser, arguments))
    return *done;
  const QString kind = parser.positionalArguments().value(1);
  if (kind != QLatin1String("danger") && kind != QLatin1String("township"))
    return cli::usageError(QCoreApplication::translate("onemap::NoticeCommand", "unknown notice %1 (try: onemap notice danger, onemap notice township)").arg(kind));
  if (!parser.isSet(QStringLiteral("code")))
    return cli::usageError(QCoreApplication::translate("onemap::NoticeCommand", "--code is required"));
  if (!parser.isSet(QStringLiteral("out")))
    return cli::usageError(QCoreApplication::translate("onemap::NoticeCommand", "--out is required"));

  NoticeRequest request;
  request.storePath = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : cli::defaultStorePath();
  request.code = parser.value(QStringLiteral("code"));
  request.outPath = parser.value(QStringLiteral("out"));
  if (parser.isSet(QStringLiteral("date"))) {
    request.date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
    if (!request.date.isValid())
      return cli::usageError(QCoreApplication::translate("onemap::NoticeCommand", "--date must be YYYY-MM-DD, not %1").arg(parser.value(QStringLiteral("date"))));
  }
  const Status written = kind == QLatin1String("danger") ? RectificationNotice::exportTo(request) : TownshipRiskNotice::exportTo(request);
  if (!written)
    return cli::failure(written.message());
  cli::err() << QCoreApplication::translate("onemap::NoticeCommand", "wrote %1").arg(request.outPath) << Qt::endl;
  return 0;
}

} // namespace onemap
