#include "QgisRuntime.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>
#include <qgsapplication.h>

namespace onemap {

QgisRuntime::QgisRuntime(int &argc, char **argv, bool gui, const QString &language)
{
  QCoreApplication::setOrganizationName(QStringLiteral("OneMap"));
  QCoreApplication::setApplicationName(QStringLiteral("onemap"));
  mApp = std::make_unique<QgsApplication>(argc, argv, gui);
  QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
  QgsApplication::initQgis();
  if (language != QLatin1String("en")) {
    mTranslator = std::make_unique<QTranslator>();
    if (mTranslator->load(QStringLiteral("onemap_zh_CN"), translationsPath()))
      QCoreApplication::installTranslator(mTranslator.get());
    mQtTranslator = std::make_unique<QTranslator>();
    if (mQtTranslator->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::location(QLibraryInfo::TranslationsPath)))
      QCoreApplication::installTranslator(mQtTranslator.get());
  }
}

QgisRuntime::~QgisRuntime()
{
  QgsApplication::exitQgis();
}

QString QgisRuntime::translationsPath()
{
  const QString installed = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/onemap/i18n"));
  if (QFileInfo::exists(installed + QStringLiteral("/onemap_zh_CN.qm")))
    return QDir::cleanPath(installed);
  return QStringLiteral(ONEMAP_BUILD_I18N_DIR);
}

QString QgisRuntime::resourcePath(const QString &relative)
{
  const QString installed = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/onemap/") + relative);
  if (QFileInfo::exists(installed))
    return QDir::cleanPath(installed);
  return QDir(QStringLiteral(ONEMAP_RESOURCE_DIR)).filePath(relative);
}

} // namespace onemap
