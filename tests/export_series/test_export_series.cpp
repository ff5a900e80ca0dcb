// The thematic series written and read back: each sheet shows only its
// theme's layers; a folder of five PDFs and one five-page PDF carry each
// sheet's title (as the board's translation gives it), the county and the
// townships of its table; cancelling keeps only whole files; a bad theme or
// output path is refused with nothing written; `onemap export series` runs.
#include "PdfText.h"
#include "SampleStore.h"
#include "app/QgisRuntime.h"
#include "cli/SeriesCommand.h"
#include "export/series/ThematicSeries.h"
#include "map/StoreMapLayers.h"

#include <QDir>
#include <QImage>
#include <QRegularExpression>
#include <qgslayertree.h>
#include <qgslayoutframe.h>
#include <qgslayoutitemmanualtable.h>
#include <qgslayoutitemmap.h>
#include <qgstablecell.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>

using namespace onemap;

namespace {

int pageCount(const QString &pdf)
{
  const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(testing::runTool(QStringLiteral("pdfinfo"), {pdf}));
  return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString flat(const QString &text) { return QString(text).remove(QRegularExpression(QStringLiteral("\\s"))); }

QStringList entries(const QString &dir) { return QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name); }

} // namespace

class TestExportSeries : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    auto store = Store::open(mSample.path());
    QVERIFY2(store, qPrintable(store.message()));
    mStore = std::move(store.value());
    mCounty = mStore->meta(QStringLiteral("county_name"));
    QVERIFY(!mCounty.isEmpty());
  }

  void onlyTheThemesLayersAreOn()
  {
    QgsProject project;
    QVERIFY(StoreMapLayers::load(mSample.path(), &project));
    SeriesOptions options;
    options.storePath = mSample.path();
    for (const Theme &theme : ThemeCatalog::themes()) {
      auto layout = ThematicSeries::sheet(&project, *mStore, theme, options);
      QVERIFY2(layout, qPrintable(layout.message()));
      QgsLayoutItemMap *map = SheetTemplates::map(layout.value().get());
      QVERIFY(map);
      QVERIFY(map->keepLayerSet());
      QSet<QString> drawn;
      int extras = 0;
      for (QgsMapLayer *layer : map->layers()) {
        const QString id = layer->customProperty(QStringLiteral("onemap/spec-id")).toString();
        if (id.isEmpty())
          ++extras;
        else
          drawn << id;
      }
      QCOMPARE(drawn, QSet<QString>(theme.layers.begin(), theme.layers.end()));
      QCOMPARE(extras, theme.extra == ThemeExtra::None ? 0 : 1);
      // The layer tree (the legend's source) agrees with the map.
      QCOMPARE(project.layerTreeRoot()->checkedLayers().size(), map->layers().size());
      // The sheet's table holds the theme's table, total row included.
      auto *frame = qobject_cast<QgsLayoutFrame *>(layout.value()->itemById(QStringLiteral("table")));
      auto *table = frame ? qobject_cast<QgsLayoutItemManualTable *>(frame->multiFrame()) : nullptr;
      QVERIFY(table);
      auto expected = theme.table(*mStore);
      QVERIFY(expected);
      const QgsTableContents contents = table->tableContents();
      QCOMPARE(contents.size(), expected.value().rows.size());
      for (int r = 0; r < contents.size(); ++r)
        for (int c = 0; c < contents[r].size(); ++c)
          QCOMPARE(contents[r][c].content().toString(), expected.value().rows[r].value(c));
    }
  }

  void folderOfPdfs()
  {
    const QString dir = mSample.dir() + QStringLiteral("/series");
    SeriesOptions options = base(dir);
    QList<int> seen;
    auto written = ThematicSeries::write(options, [&](int done, int) { seen << done; return true; });
    QVERIFY2(written, qPrintable(written.message()));
    QCOMPARE(seen, (QList<int> {0, 1, 2, 3, 4, 5}));
    QStringList expected;
    for (const Theme &theme : ThemeCatalog::themes())
      expected << theme.fileStem + QStringLiteral(".pdf");
    QCOMPARE(entries(dir), expected);
    QCOMPARE(written.value().files.size(), 5);
    for (const Theme &theme : ThemeCatalog::themes()) {
      const QString pdf = QDir(dir).filePath(theme.fileStem + QStringLiteral(".pdf"));
      QCOMPARE(pageCount(pdf), 1);
      checkSheetText(flat(testing::pdfText(pdf)), theme);
    }
  }

  void onePdfOfFivePages()
  {
    const QString pdf = mSample.dir() + QStringLiteral("/one/series.pdf");
    QVERIFY(QDir().mkpath(QFileInfo(pdf).path()));
    auto written = ThematicSeries::write(base(pdf));
    QVERIFY2(written, qPrintable(written.message()));
    QCOMPARE(written.value().files, QStringList {pdf});
    QCOMPARE(pageCount(pdf), 5);
    QCOMPARE(entries(QFileInfo(pdf).path()), QStringList {QStringLiteral("series.pdf")}); // no partial file left
    const QString text = flat(testing::pdfText(pdf));
    for (const Theme &theme : ThemeCatalog::themes())
      checkSheetText(text, theme);
  }

  void cancelAfterTwoKeepsWholeFiles()
  {
    const QString dir = mSample.dir() + QStringLiteral("/cancelled");
    auto written = ThematicSeries::write(base(dir), [](int done, int) { return done < 2; });
    QVERIFY2(written, qPrintable(written.message()));
    QVERIFY(written.value().cancelled);
    const QStringList files = entries(dir);
    QCOMPARE(files, (QStringList {ThemeCatalog::themes()[0].fileStem + ".pdf", ThemeCatalog::themes()[1].fileStem + ".pdf"}));
    for (const QString &f : files)
      QCOMPARE(pageCount(QDir(dir).filePath(f)), 1);

    // One PDF cancelled: no file at all.
    const QString one = mSample.dir() + QStringLiteral("/cancelled-one");
    QVERIFY(QDir().mkpath(one));
    auto single = ThematicSeries::write(base(one + QStringLiteral("/series.pdf")), [](int done, int) { return done < 2; });
    QVERIFY2(single, qPrintable(single.message()));
    QVERIFY(single.value().cancelled);
    QVERIFY(single.value().files.isEmpty());
    QCOMPARE(entries(one), QStringList());
  }

  void badThemeOrPathRefused()
  {
    const QString dir = mSample.dir() + QStringLiteral("/refused");
    SeriesOptions badTheme = base(dir);
    badTheme.themes = QStringList {QStringLiteral("zoning"), QStringLiteral("nonsense")};
    auto r1 = ThematicSeries::write(badTheme);
    QVERIFY(!r1);
    QVERIFY2(r1.message().contains(QStringLiteral("nonsense")), qPrintable(r1.message()));
    QVERIFY(!QFileInfo::exists(dir));

    // A folder under a missing folder, a file where the folder should be, a non-PDF single file.
    const QString file = mSample.dir() + QStringLiteral("/plain.txt");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    for (const QString &out : {mSample.dir() + QStringLiteral("/missing/deeper/series"), file, mSample.dir() + QStringLiteral("/series.png")}) {
      auto r = ThematicSeries::write(base(out));
      QVERIFY2(!r, qPrintable(out));
      QVERIFY2(r.message().contains(QDir::toNativeSeparators(out)) || r.message().contains(out), qPrintable(r.message()));
    }
    QVERIFY(!QFileInfo::exists(mSample.dir() + QStringLiteral("/missing")));
    QVERIFY(!QFileInfo::exists(mSample.dir() + QStringLiteral("/series.png")));
    QCOMPARE(QFileInfo(file).size(), 0);

    // The command refuses the same way (usage error, nothing written).
    const QString cliDir = mSample.dir() + QStringLiteral("/cli-refused");
    QCOMPARE(runExportSeries({"onemap", "export", "series", "--store", mSample.path(), "--out", cliDir, "--themes", "zoning,bogus"}), 2);
    QVERIFY(!QFileInfo::exists(cliDir));
  }

  void commandWritesChosenThemes()
  {
    const QString pdf = mSample.dir() + QStringLiteral("/cli.pdf");
    QCOMPARE(runExportSeries({"onemap", "export", "series", "--store", mSample.path(), "--out", pdf, "--themes", "warnings,zoning", "--dpi", "150",
                              "--date", "2026年12月7日", "--issuer", "示范县应急管理局防汛办"}), 0);
    QCOMPARE(pageCount(pdf), 2);
    const QString text = flat(testing::pdfText(pdf));
    QVERIFY2(text.contains(QStringLiteral("2026年12月7日")), qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("示范县应急管理局防汛办")));
    // Catalog order, whatever order --themes gave.
    const QString zoning = flat(ThemeCatalog::find(QStringLiteral("zoning"))->translatedTitle(mCounty));
    const QString warnings = flat(ThemeCatalog::find(QStringLiteral("warnings"))->translatedTitle(mCounty));
    QVERIFY(text.indexOf(zoning) >= 0 && text.indexOf(warnings) > text.indexOf(zoning));
  }

  void pngSheetAtChosenDpi()
  {
    const QString dir = mSample.dir() + QStringLiteral("/png");
    SeriesOptions options = base(dir);
    options.format = SheetFormat::Kind::Png;
    options.dpi = 72;
    options.themes = QStringList {QStringLiteral("warnings")};
    auto written = ThematicSeries::write(options);
    QVERIFY2(written, qPrintable(written.message()));
    QCOMPARE(entries(dir), QStringList {ThemeCatalog::find(QStringLiteral("warnings"))->fileStem + QStringLiteral(".png")});
    const QImage image(QDir(dir).filePath(entries(dir).first()));
    QVERIFY(!image.isNull());
    QVERIFY2(std::abs(image.width() - 842) <= 2 && std::abs(image.height() - 595) <= 2, qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
  }

  void cleanupTestCase()
  {
    // ONEMAP_KEEP_SERIES=<folder> keeps the sheets to look at.
    const QString keep = qEnvironmentVariable("ONEMAP_KEEP_SERIES");
    if (!keep.isEmpty() && QDir().mkpath(keep))
      for (const QString &sub : {QStringLiteral("series"), QStringLiteral("one")})
        for (const QFileInfo &f : QDir(mSample.dir() + QLatin1Char('/') + sub).entryInfoList(QDir::Files))
          QFile::copy(f.filePath(), QDir(keep).filePath(f.fileName()));
  }

private:
  SeriesOptions base(const QString &out) const
  {
    SeriesOptions o;
    o.storePath = mSample.path();
    o.outPath = out;
    o.dpi = 96; // enough for text read back, quick to write
    return o;
  }

  // The title as the board's translation gives it, the county, and each
  // township and the total of the sheet's table.
  void checkSheetText(const QString &text, const Theme &theme)
  {
    QVERIFY2(!text.isEmpty(), "pdftotext gave nothing");
    const QString title = flat(theme.translatedTitle(mCounty));
    QVERIFY2(text.contains(title), qPrintable(title + QStringLiteral(" not in: ") + text.left(300)));
    QVERIFY(text.contains(mCounty));
    auto table = theme.table(*mStore);
    QVERIFY2(table, qPrintable(table.message()));
    // Every row, the total included (the table is fitted to its frame).
    for (const QStringList &row : table.value().rows)
      QVERIFY2(text.contains(flat(row.first())), qPrintable(theme.id + QStringLiteral(": ") + row.first()));
  }

  testing::SampleStore mSample;
  std::unique_ptr<Store> mStore;
  QString mCounty;
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true, QStringLiteral("zh"));
  TestExportSeries test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_export_series.moc"
