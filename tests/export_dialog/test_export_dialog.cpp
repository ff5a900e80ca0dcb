// The export dialog offscreen on the sample county's board project: the title
// is prefilled with the county, the preview follows the template's paper, the
// accept path writes the current map sheet (read back with pdftotext) and the
// QGIS project, Cancel in the progress dialog leaves no file, a wrong file name
// is refused in the dialog. No English UI text is asserted.
#include "PdfText.h"
#include "SampleStore.h"
#include "app/QgisRuntime.h"
#include "StoreQueries.h"
#include "export/dialog/ExportDialog.h"
#include "export/dialog/ExportKinds.h"
#include "map/StoreMapLayers.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QMainWindow>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <qgsfeedback.h>
#include <qgslayertree.h>
#include <qgsproject.h>

using namespace onemap;

class TestExportDialog : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase()
  {
    QVERIFY2(mStore.ok(), qPrintable(mStore.message()));
    const Status loaded = StoreMapLayers::load(mStore.path(), &mProject);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message()));
    mCounty = mProject.customVariables().value(QStringLiteral("onemap_county")).toString();
    QVERIFY(!mCounty.isEmpty());
  }

  void prefilled()
  {
    ExportDialog dialog(&mProject, nullptr);
    const ExportRequest r = dialog.request();
    QVERIFY2(r.text.title.contains(mCounty), qPrintable(r.text.title));
    QVERIFY(r.text.issuer.contains(mCounty));
    const QDate today = QDate::currentDate();
    QVERIFY2(r.text.date.contains(QStringLiteral("%1年%2月%3日").arg(today.year()).arg(today.month()).arg(today.day())), qPrintable(r.text.date));
    QVERIFY(SheetTemplates::names().contains(r.templateName));
    QCOMPARE(r.format.kind, SheetFormat::Kind::Pdf);
    QVERIFY(r.outPath.endsWith(QLatin1String(".pdf")));
    QVERIFY(!r.extent.isEmpty());
    // The series and the atlas wait for their writers.
    QVERIFY(!dialog.isKindEnabled(ExportDialog::Kind::Series));
    QVERIFY(!dialog.isKindEnabled(ExportDialog::Kind::Atlas));
  }

  void previewFollowsTemplate()
  {
    ExportDialog dialog(&mProject, nullptr);
    dialog.setTemplateName(QStringLiteral("A4-landscape"));
    dialog.refreshPreview();
    const QImage landscape = dialog.previewImage();
    QVERIFY(!landscape.isNull());
    QVERIFY(landscape.width() > landscape.height());
    dialog.setTemplateName(QStringLiteral("A4-portrait"));
    dialog.refreshPreview();
    const QImage portrait = dialog.previewImage();
    QVERIFY(portrait.height() > portrait.width());
    QVERIFY(qAbs(double(portrait.height()) / portrait.width() - 297.0 / 210.0) < 0.03);
    dialog.setTemplateName(QStringLiteral("A3-landscape"));
    dialog.refreshPreview();
    const QImage a3 = dialog.previewImage();
    QVERIFY(qAbs(double(a3.width()) / landscape.width() - 420.0 / 297.0) < 0.03);
    // A field change redraws it after the pause, without a call.
    QSignalSpy updated(&dialog, &ExportDialog::previewUpdated);
    dialog.setTitle(QStringLiteral("新的标题"));
    QVERIFY(updated.wait(20000));
    QVERIFY(!dialog.previewImage().isNull());
    if (!qEnvironmentVariableIsEmpty("ONEMAP_GRAB_DIR")) {
      dialog.setTemplateName(QStringLiteral("A4-landscape"));
      dialog.refreshPreview();
      dialog.resize(980, 560);
      dialog.show();
      QCoreApplication::processEvents();
      dialog.grab().save(QDir(qEnvironmentVariable("ONEMAP_GRAB_DIR")).filePath(QStringLiteral("export-dialog.png")));
      dialog.previewImage().save(QDir(qEnvironmentVariable("ONEMAP_GRAB_DIR")).filePath(QStringLiteral("export-preview.png")));
    }
  }

  void exportsCurrentSheet()
  {
    QTemporaryDir dir;
    ExportDialog dialog(&mProject, nullptr);
    dialog.setTemplateName(QStringLiteral("A4-landscape"));
    dialog.setFormat(SheetFormat::Kind::Pdf);
    dialog.setDpi(100);
    const QString title = QStringLiteral("%1汛期形势图").arg(mCounty);
    dialog.setTitle(title);
    const QString out = dir.filePath(QStringLiteral("sheet.pdf"));
    dialog.setOutputPath(out);
    dialog.accept();
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
    QVERIFY(QFile::exists(out));
    const QString text = testing::pdfText(out).remove(QLatin1Char(' '));
    QVERIFY2(text.contains(title), qPrintable(text.left(400)));
    if (!qEnvironmentVariableIsEmpty("ONEMAP_GRAB_DIR"))
      QFile::copy(out, QDir(qEnvironmentVariable("ONEMAP_GRAB_DIR")).filePath(QStringLiteral("dialog-sheet.pdf")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("sheet.pdf")});
  }

  void exportsPngAtDpi()
  {
    QTemporaryDir dir;
    ExportDialog dialog(&mProject, nullptr);
    dialog.setTemplateName(QStringLiteral("A4-portrait"));
    const QString out = dir.filePath(QStringLiteral("sheet.png"));
    dialog.setOutputPath(dir.filePath(QStringLiteral("sheet.pdf")));
    dialog.setFormat(SheetFormat::Kind::Png);
    QCOMPARE(dialog.outputPath(), out); // the suffix follows the format chosen
    dialog.setDpi(60);
    dialog.accept();
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
    const QImage image(out);
    QVERIFY(!image.isNull());
    QVERIFY2(qAbs(image.width() - qRound(210 / 25.4 * 60)) <= 2, qPrintable(QString::number(image.width())));
    QVERIFY(image.height() > image.width());
  }

  void cancelLeavesNoFile()
  {
    QTemporaryDir dir;
    ExportDialog dialog(&mProject, nullptr);
    const QString out = dir.filePath(QStringLiteral("canceled.pdf"));
    dialog.setOutputPath(out);
    bool clicked = false;
    // Press Cancel in the progress dialog as soon as it is there.
    connect(&dialog, &ExportDialog::exportStarted, this, [&dialog, &clicked](QgsFeedback *) {
      for (QProgressDialog *progress : dialog.findChildren<QProgressDialog *>())
        if (QPushButton *cancel = progress->findChild<QPushButton *>()) {
          cancel->click();
          clicked = true;
        }
    });
    dialog.accept();
    QVERIFY(clicked);
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(!QFile::exists(out));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
  }

  void refusesWrongName()
  {
    QTemporaryDir dir;
    ExportDialog dialog(&mProject, nullptr);
    dialog.setFormat(SheetFormat::Kind::Png);
    const QString out = dir.filePath(QStringLiteral("sheet.pdf"));
    dialog.setOutputPath(out);
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(dialog.errorText().contains(out));
    dialog.setOutputPath(dir.filePath(QStringLiteral("missing/sheet.png")));
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot), QStringList());
  }

  void exportsProject()
  {
    QTemporaryDir dir;
    ExportDialog dialog(&mProject, nullptr);
    dialog.setOutputPath(dir.filePath(QStringLiteral("map.pdf")));
    dialog.setKind(ExportDialog::Kind::Project);
    QCOMPARE(dialog.outputPath(), dir.filePath(QStringLiteral("map.qgz")));
    dialog.accept();
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
    QgsProject reopened;
    QVERIFY(reopened.read(dir.filePath(QStringLiteral("map.qgz"))));
    QCOMPARE(reopened.title(), mCounty);
    QCOMPARE(reopened.layerTreeRoot()->findLayers().size(), mProject.layerTreeRoot()->findLayers().size());
  }

  void hookedKindRuns()
  {
    QTemporaryDir dir;
    ExportRequest seen;
    ExportDialog::setHook(ExportDialog::Kind::Atlas, [&seen](QgsProject *, const ExportRequest &request, QgsFeedback *) {
      seen = request;
      QFile f(request.outPath);
      return f.open(QIODevice::WriteOnly) ? Status() : Status::failure(request.outPath);
    });
    ExportDialog dialog(&mProject, nullptr);
    QVERIFY(dialog.isKindEnabled(ExportDialog::Kind::Atlas));
    dialog.setKind(ExportDialog::Kind::Atlas);
    dialog.setTemplateName(QStringLiteral("A3-portrait"));
    dialog.setOutputPath(dir.filePath(QStringLiteral("atlas.pdf")));
    dialog.accept();
    ExportDialog::setHook(ExportDialog::Kind::Atlas, {});
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
    QCOMPARE(seen.templateName, QStringLiteral("A3-portrait"));
    QVERIFY(seen.text.title.contains(mCounty));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("atlas.pdf"))));
  }

  void seriesAndAtlasFromTheMenu()
  {
    // As File > Export map installs them: the real series and atlas writers.
    ExportKinds::install();
    QTemporaryDir dir;
    const auto pages = [](const QString &pdf) {
      const QString info = testing::runTool(QStringLiteral("pdfinfo"), {pdf});
      const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
      return m.hasMatch() ? m.captured(1).toInt() : -1;
    };
    const int townships = testing::textIn(mStore.path(), QStringLiteral("SELECT count(*) FROM admin_units WHERE level = 'township'")).toInt();
    QVERIFY(townships > 1);

    ExportDialog atlas(&mProject, nullptr);
    QVERIFY(atlas.isKindEnabled(ExportDialog::Kind::Atlas));
    atlas.setKind(ExportDialog::Kind::Atlas);
    atlas.setFormat(SheetFormat::Kind::Pdf);
    atlas.setDpi(72);
    atlas.setOutputPath(dir.filePath(QStringLiteral("atlas.pdf")));
    atlas.accept();
    QVERIFY2(atlas.result() == QDialog::Accepted, qPrintable(atlas.errorText()));
    QCOMPARE(pages(dir.filePath(QStringLiteral("atlas.pdf"))), townships);

    ExportDialog series(&mProject, nullptr);
    QVERIFY(series.isKindEnabled(ExportDialog::Kind::Series));
    series.setKind(ExportDialog::Kind::Series);
    series.setFormat(SheetFormat::Kind::Png);
    series.setDpi(72);
    series.setOutputPath(dir.filePath(QStringLiteral("series.png")));
    series.accept();
    QVERIFY2(series.result() == QDialog::Accepted, qPrintable(series.errorText()));
    // PNG sheets go to a folder named after the chosen file, one per theme.
    QCOMPARE(QDir(dir.filePath(QStringLiteral("series"))).entryList({QStringLiteral("*.png")}, QDir::Files).size(), 5);
  }

  void fileMenuAction()
  {
    QMainWindow window;
    ExportDialog::addTo(&window, &mProject, nullptr);
    QAction *action = window.menuBar()->findChild<QAction *>(QStringLiteral("export-map"));
    QVERIFY(action);
    QCOMPARE(window.menuBar()->actions().size(), 1);
    // A second call finds the same File menu rather than making another.
    ExportDialog::addTo(&window, &mProject, nullptr);
    QCOMPARE(window.menuBar()->actions().size(), 1);
    QCOMPARE(window.menuBar()->actions().first()->menu()->actions().size(), 2);
  }

private:
  testing::SampleStore mStore;
  QgsProject mProject;
  QString mCounty;
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true, QStringLiteral("zh"));
  TestExportDialog test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_export_dialog.moc"
