#include "InitCommand.h"

#include "CliCommon.h"
#include "plugins/BoardPlugins.h"
#include "sample/SampleCounty.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace onemap {

namespace {

void removeStoreFiles(const QString &path)
{
  for (const char *suffix : {"", "-wal", "-shm"})
    QFile::remove(path + QLatin1String(suffix));
}
} // namespace

int runInit(const QStringList &arguments)
{
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate("onemap::InitCommand", "Create a situation store; --sample fills it with the built-in sample county."));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("init"), QCoreApplication::translate("onemap::InitCommand", "the verb"));
  parser.addOption({QStringLiteral("store"), QCoreApplication::translate("onemap::InitCommand", "Store file to create."), QCoreApplication::translate("onemap::InitCommand", "FILE")});
  parser.addOption({QStringLiteral("sample"), QCoreApplication::translate("onemap::InitCommand", "Fill it with the sample county.")});
  parser.addOption({QStringLiteral("seed"), QCoreApplication::translate("onemap::InitCommand", "Random seed of the sample county (default 2024)."), QCoreApplication::translate("onemap::InitCommand", "N"), QStringLiteral("2024")});
  parser.addOption({QStringLiteral("scale"), QCoreApplication::translate("onemap::InitCommand", "Multiply the point layers by K (default 1)."), QCoreApplication::translate("onemap::InitCommand", "K"), QStringLiteral("1")});
  parser.addOption({QStringLiteral("as-of"), QCoreApplication::translate("onemap::InitCommand", "Day the sample register is as of (default today): histories end and deadlines fall around it."), QCoreApplication::translate("onemap::InitCommand", "YYYY-MM-DD")});
  parser.addOption({QStringLiteral("force"), QCoreApplication::translate("onemap::InitCommand", "Replace an existing store.")});
  if (const std::optional<int> done = cli::parse(parser, arguments))
    return *done;

  const QString path = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : cli::defaultStorePath();
  bool okSeed = false, okScale = false;
  const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&okSeed);
  const int scale = parser.value(QStringLiteral("scale")).toInt(&okScale);
  if (!okSeed)
    return cli::usageError(QCoreApplication::translate("onemap::InitCommand", "--seed must be a non-negative integer, not %1").arg(parser.value(QStringLiteral("seed"))));
  if (!okScale || scale < SampleCounty::kMinScale || scale > SampleCounty::kMaxScale)
    return cli::usageError(QCoreApplication::translate("onemap::InitCommand", "--scale must be an integer from %1 to %2, not %3")
                             .arg(SampleCounty::kMinScale).arg(SampleCounty::kMaxScale).arg(parser.value(QStringLiteral("scale"))));

  QDate asOf = QDate::currentDate();
  if (parser.isSet(QStringLiteral("as-of"))) {
    asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
    if (!asOf.isValid())
      return cli::usageError(QCoreApplication::translate("onemap::InitCommand", "--as-of must be a date YYYY-MM-DD, not %1").arg(parser.value(QStringLiteral("as-of"))));
  }

  if (QFileInfo::exists(path) && !parser.isSet(QStringLiteral("force")))
    return cli::failure(QCoreApplication::translate("onemap::InitCommand", "%1 already exists; use --force to replace it").arg(path));

  // Build beside the target and rename at the end: a failed or interrupted
  // run never leaves a half-filled store under the real name.
  const QString partial = path + QStringLiteral(".partial");
  removeStoreFiles(partial);
  {
    auto store = Store::open(partial, Store::Mode::CreateIfMissing);
    if (!store)
      return cli::failure(store.message());
    if (parser.isSet(QStringLiteral("sample"))) {
      SampleOptions options;
      options.seed = seed;
      options.scale = scale;
      options.registerDate = asOf;
      auto counts = SampleCounty::generate(*store.value(), options, [](const QString &step, int percent) {
        cli::err() << QStringLiteral("[%1%] %2").arg(percent, 3).arg(step) << Qt::endl;
      });
      if (!counts) {
        store.value().reset();
        removeStoreFiles(partial);
        return cli::failure(counts.message());
      }
      for (auto it = counts.value().constBegin(); it != counts.value().constEnd(); ++it)
        cli::out() << QStringLiteral("%1\t%2").arg(it.key()).arg(it.value()) << Qt::endl;
      // Hazard plugins add their own tables and sample rows; a failing one is reported, not fatal.
      if (const Status plugins = BoardPlugins::registry().writeSamples(*store.value(), seed); !plugins)
        cli::err() << plugins.message() << Qt::endl;
    }
  }
  removeStoreFiles(path);
  if (!QFile::rename(partial, path)) {
    removeStoreFiles(partial);
    return cli::failure(QCoreApplication::translate("onemap::InitCommand", "cannot write %1").arg(path));
  }
  cli::err() << QCoreApplication::translate("onemap::InitCommand", "created %1").arg(path) << Qt::endl;
  return 0;
}

} // namespace onemap
