#include "CapIngestCommand.h"

#include "CapCliSupport.h"
#include "CliCommon.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace onemap {

int runCapIngest(const QCommandLineParser &parser)
{
  const QStringList files = parser.positionalArguments().mid(2);
  if (files.isEmpty())
    return cli::usageError(QCoreApplication::translate("onemap::CapCommand", "no CAP file given"));
  Result<cli::CapSetup> setup = cli::openCapInbox(parser);
  if (!setup)
    return cli::failure(setup.message());

  bool fine = true;
  for (const CapInboxOutcome &o : setup.value().inbox->receiveFiles(files, CapInbox::SourceFile::Keep))
    fine = cli::printOutcome(o, *setup.value().store) && fine;
  cli::expireWarnings(*setup.value().store);
  return fine ? 0 : 1;
}

} // namespace onemap
