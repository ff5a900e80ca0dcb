#pragma once
// \brief QGIS wrapped once: application start-up, translations, shutdown.
#include <QString>
#include <memory>

class QgsApplication;
class QTranslator;

namespace onemap {

class QgisRuntime
{
public:
  //! Starts QgsApplication (GUI or not) and QGIS's registries. \a language is
  //! "zh" (default) or "en".
  QgisRuntime(int &argc, char **argv, bool gui, const QString &language = QStringLiteral("zh"));
  ~QgisRuntime();
  QgisRuntime(const QgisRuntime &) = delete;
  QgisRuntime &operator=(const QgisRuntime &) = delete;

  QgsApplication *app() const { return mApp.get(); }
  //! Where shipped resources (icons, templates) live: installed share/onemap, else the source tree.
  static QString resourcePath(const QString &relative);
  //! Folder of the compiled translations (.qm).
  static QString translationsPath();

private:
  std::unique_ptr<QgsApplication> mApp;
  std::unique_ptr<QTranslator> mTranslator;
  std::unique_ptr<QTranslator> mQtTranslator;
};

} // namespace onemap
