// The shipped layout templates exported for real over the sample county:
// PDF text read back with pdftotext (Chinese title, subtitle, issuer, table
// cells), fonts with pdffonts, PNG size from the dpi, SVG parsed as XML; the
// legend follows layer visibility; a user's template overrides the shipped one;
// broken templates and bad outputs fail naming the file, writing nothing.
#include "PdfText.h"
#include "SampleStore.h"
#include "app/QgisRuntime.h"
#include "export/MapSheet.h"
#include "export/layout/SheetTemplates.h"
#include "map/StoreMapLayers.h"

#include <QDomDocument>
#include <QImage>
#include <QTemporaryDir>
#include <qgsabstractgeopdfexporter.h>
#include <qgslayertree.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutpagecollection.h>
#include <qgslayoutitemlegend.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsreadwritecontext.h>
#include <qgsvectorlayer.h>

using namespace onemap;

namespace {

SheetText sampleText()
{
  SheetText text;
  text.title = QStringLiteral("示范县汛期隐患分布图");
  text.subtitle = QStringLiteral("二〇二六年汛期专题");
  text.issuer = QStringLiteral("示范县应急管理局");
  text.source = QStringLiteral("数据来源：示范县风险普查成果");
  text.tableHeaders = QStringList {QStringLiteral("乡镇名称"), QStringLiteral("隐患数量")};
  text.tableRows = {QStringList {QStringLiteral("测试乡甲"), QStringLiteral("12")}, QStringList {QStringLiteral("测试乡乙"), QStringLiteral("7")}};
  return text;
}

// Page size in pixels: mm at dpi.
int pixels(double mm, int dpi) { return qRound(mm / 25.4 * dpi); }

} // namespace

class TestSheetTemplates : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void initTestCase()
  {
    qunsetenv("ONEMAP_TEMPLATE_PATH");
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    QVERIFY(StoreMapLayers::load(mSample.path(), &mProject).ok());
  }

  void init() { qunsetenv("ONEMAP_TEMPLATE_PATH"); }

  void shippedTemplatesAreFound()
  {
    QCOMPARE(SheetTemplates::names().size(), 4);
    for (const QString &name : SheetTemplates::names()) {
      const QString path = SheetTemplates::pathOf(name);
      QVERIFY2(QFileInfo(path).isFile(), qPrintable(path));
      QVERIFY(path.endsWith(name + QStringLiteral(".qpt")));
    }
  }

  void eachTemplateExportsPdfPngSvg_data()
  {
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("widthMm");
    QTest::addColumn<double>("heightMm");
    QTest::newRow("A4-landscape") << "A4-landscape" << 297.0 << 210.0;
    QTest::newRow("A4-portrait") << "A4-portrait" << 210.0 << 297.0;
    QTest::newRow("A3-landscape") << "A3-landscape" << 420.0 << 297.0;
    QTest::newRow("A3-portrait") << "A3-portrait" << 297.0 << 420.0;
  }

  void eachTemplateExportsPdfPngSvg()
  {
    QFETCH(QString, name);
    QFETCH(double, widthMm);
    QFETCH(double, heightMm);
    std::unique_ptr<QgsPrintLayout> layout = sheet(name, sampleText());
    QVERIFY(layout);
    const QString base = mSample.dir() + QLatin1Char('/') + name;

    QVERIFY(SheetTemplates::write(layout.get(), base + QStringLiteral(".pdf"), format(QStringLiteral(".pdf"), 150)).ok());
    const QString text = testing::pdfText(base + QStringLiteral(".pdf"));
    for (const QString &expected : {QStringLiteral("示范县汛期隐患分布图"), QStringLiteral("二〇二六年汛期专题"), QStringLiteral("示范县应急管理局"),
                                    QStringLiteral("风险普查成果"), QStringLiteral("乡镇名称"), QStringLiteral("测试乡甲"), QStringLiteral("测试乡乙"),
                                    QStringLiteral("CGCS2000")})
      QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + text.left(600)));
    // Chinese is embedded as text in the CJK font, not drawn as outlines.
    const QString fonts = testing::runTool(QStringLiteral("pdffonts"), {base + QStringLiteral(".pdf")});
    QVERIFY2(QRegularExpression(QStringLiteral("NotoSansCJK\\S*\\s.*\\byes\\b")).match(fonts).hasMatch(), qPrintable(fonts));
    const QString info = testing::runTool(QStringLiteral("pdfinfo"), {base + QStringLiteral(".pdf")});
    QVERIFY2(QRegularExpression(QStringLiteral("Pages:\\s+1\\n")).match(info).hasMatch(), qPrintable(info));

    const int dpi = 60;
    QVERIFY(SheetTemplates::write(layout.get(), base + QStringLiteral(".png"), format(QStringLiteral(".png"), dpi)).ok());
    const QImage image(base + QStringLiteral(".png"));
    QVERIFY2(qAbs(image.width() - pixels(widthMm, dpi)) <= 1, qPrintable(QString::number(image.width())));
    QVERIFY2(qAbs(image.height() - pixels(heightMm, dpi)) <= 1, qPrintable(QString::number(image.height())));

    QVERIFY(SheetTemplates::write(layout.get(), base + QStringLiteral(".svg"), format(QStringLiteral(".svg"), 96)).ok());
    QFile svg(base + QStringLiteral(".svg"));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QDomDocument document;
    QString error;
    const QByteArray svgBytes = svg.readAll();
    QVERIFY2(document.setContent(svgBytes, &error), qPrintable(error));
    QCOMPARE(document.documentElement().tagName(), QStringLiteral("svg"));
    QVERIFY(QString::fromUtf8(svgBytes).contains(QStringLiteral("示范县汛期隐患分布图"))); // text, not outlines
    for (const QString &suffix : {QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("svg")})
      QVERIFY(QDir(mSample.dir()).entryList({QStringLiteral(".onemap-export-*")}, QDir::AllEntries | QDir::Hidden).isEmpty());
  }

  void tableIsHiddenWithoutHeaders()
  {
    SheetText text = sampleText();
    text.tableHeaders.clear();
    std::unique_ptr<QgsPrintLayout> layout = sheet(QStringLiteral("A4-portrait"), text);
    QVERIFY(layout);
    QgsLayoutItem *table = layout->itemById(QStringLiteral("table"));
    QVERIFY(table);
    QVERIFY(!table->isVisible());
    // The legend takes the table's place.
    QgsLayoutItem *legend = layout->itemById(QStringLiteral("legend"));
    std::unique_ptr<QgsPrintLayout> withTable = sheet(QStringLiteral("A4-portrait"), sampleText());
    QgsLayoutItem *shownTable = withTable->itemById(QStringLiteral("table"));
    QVERIFY(shownTable->isVisible());
    const QRectF tableBox(shownTable->pos(), shownTable->rect().size());
    QVERIFY(QRectF(legend->pos(), legend->rect().size()).adjusted(-0.5, -0.5, 0.5, 0.5).contains(tableBox));
    // Filled again with statistics (a live preview): the legend gives the place back.
    SheetTemplates::fill(layout.get(), sampleText());
    QVERIFY(table->isVisible());
    QVERIFY(!QRectF(legend->pos(), legend->rect().size()).intersects(tableBox.adjusted(0.5, 0.5, -0.5, -0.5)));
  }

  void refillingKeepsTheLegendSize()
  {
    // An atlas or the dialog's preview fills one layout many times: the legend
    // must come out the same each time, not smaller and smaller.
    std::unique_ptr<QgsPrintLayout> layout = sheet(QStringLiteral("A4-landscape"), sampleText());
    auto *legend = qobject_cast<QgsLayoutItemLegend *>(layout->itemById(QStringLiteral("legend")));
    QVERIFY(legend);
    const double first = legend->styleFont(QgsLegendStyle::SymbolLabel).pointSizeF();
    const double symbol = legend->symbolHeight();
    for (int i = 0; i < 4; ++i)
      SheetTemplates::fill(layout.get(), sampleText());
    QCOMPARE(legend->styleFont(QgsLegendStyle::SymbolLabel).pointSizeF(), first);
    QCOMPARE(legend->symbolHeight(), symbol);
  }

  void legendListsOnlyVisibleLayers()
  {
    QgsVectorLayer *teams = StoreMapLayers::layer(&mProject, QStringLiteral("teams"));
    QVERIFY(teams);
    const QString title = testing::foldCjkRadicals(teams->name());
    QgsLayerTreeLayer *node = mProject.layerTreeRoot()->findLayer(teams);
    QVERIFY(node);
    const QString out = mSample.dir() + QStringLiteral("/legend.pdf");

    node->setItemVisibilityChecked(false);
    std::unique_ptr<QgsPrintLayout> off = sheet(QStringLiteral("A4-landscape"), sampleText());
    QVERIFY(SheetTemplates::write(off.get(), out, format(out, 100)).ok());
    const QString without = testing::pdfText(out);
    node->setItemVisibilityChecked(true);
    QVERIFY2(!without.contains(title), qPrintable(title + QStringLiteral(" listed while hidden")));

    std::unique_ptr<QgsPrintLayout> on = sheet(QStringLiteral("A4-landscape"), sampleText());
    QVERIFY(SheetTemplates::write(on.get(), out, format(out, 100)).ok());
    const QString with = testing::pdfText(out);
    QVERIFY2(with.contains(title), qPrintable(title + QStringLiteral(" not listed:\n") + with));
    // A table without geometry never has a legend entry.
    const QString table = testing::foldCjkRadicals(StoreMapLayers::layer(&mProject, QStringLiteral("reserve_items"))->name());
    QVERIFY(!with.contains(table));
  }

  void userTemplateIsUsedInsteadOfShipped()
  {
    QTemporaryDir user;
    // The user's edit: an extra note and a blue title, saved as QGIS Desktop would.
    Result<std::unique_ptr<QgsPrintLayout>> shipped = SheetTemplates::load(QStringLiteral("A4-landscape"), &mProject);
    QVERIFY(shipped);
    auto *note = new QgsLayoutItemLabel(shipped.value().get());
    note->setText(QStringLiteral("本图仅供内部使用"));
    note->setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 12));
    shipped.value()->addLayoutItem(note);
    note->attemptMove(QgsLayoutPoint(20, 40, QgsUnitTypes::LayoutMillimeters));
    note->attemptResize(QgsLayoutSize(80, 10, QgsUnitTypes::LayoutMillimeters));
    qobject_cast<QgsLayoutItemLabel *>(shipped.value()->itemById(QStringLiteral("title")))->setFontColor(QColor(0, 0, 255));
    const QString edited = user.filePath(QStringLiteral("A4-landscape.qpt"));
    QVERIFY(shipped.value()->saveAsTemplate(edited, QgsReadWriteContext()));

    qputenv("ONEMAP_TEMPLATE_PATH", user.path().toLocal8Bit());
    QCOMPARE(SheetTemplates::userFolder(), user.path());
    QCOMPARE(SheetTemplates::pathOf(QStringLiteral("A4-landscape")), edited);
    QVERIFY(SheetTemplates::pathOf(QStringLiteral("A3-portrait")) != user.filePath(QStringLiteral("A3-portrait.qpt"))); // not overridden

    MapSheetOptions options;
    options.outPath = mSample.dir() + QStringLiteral("/user.pdf");
    options.dpi = 100;
    options.title = QStringLiteral("内部会商专题图");
    const Status s = MapSheet::exportTo(&mProject, options);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    const QString text = testing::pdfText(options.outPath);
    QVERIFY2(text.contains(QStringLiteral("本图仅供内部使用")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("内部会商专题图")));
    // The blue title reached the page: blue pixels in the heading band.
    const QString png = mSample.dir() + QStringLiteral("/user.png");
    options.outPath = png;
    options.dpi = 60;
    QVERIFY(MapSheet::exportTo(&mProject, options).ok());
    const QImage image(png);
    int blue = 0;
    for (int y = 0; y < image.height() / 7; ++y)
      for (int x = 0; x < image.width(); ++x)
        blue += image.pixelColor(x, y).blue() > 150 && image.pixelColor(x, y).red() < 100;
    QVERIFY2(blue > 20, qPrintable(QString::number(blue)));
  }

  void brokenTemplateFailsNamingFileAndItem()
  {
    QTemporaryDir user;
    qputenv("ONEMAP_TEMPLATE_PATH", user.path().toLocal8Bit());
    const QString notXml = user.filePath(QStringLiteral("Broken.qpt"));
    QFile file(notXml);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<Layout><unclosed></Layout");
    file.close();
    Result<std::unique_ptr<QgsPrintLayout>> broken = SheetTemplates::load(QStringLiteral("Broken"), &mProject);
    QVERIFY(!broken);
    QVERIFY2(broken.message().contains(notXml), qPrintable(broken.message()));

    Result<std::unique_ptr<QgsPrintLayout>> shipped = SheetTemplates::load(QStringLiteral("A4-portrait"), &mProject);
    QVERIFY(shipped);
    shipped.value()->removeLayoutItem(shipped.value()->itemById(QStringLiteral("map")));
    const QString noMap = user.filePath(QStringLiteral("NoMap.qpt"));
    QVERIFY(shipped.value()->saveAsTemplate(noMap, QgsReadWriteContext()));
    Result<std::unique_ptr<QgsPrintLayout>> missing = SheetTemplates::load(QStringLiteral("NoMap"), &mProject);
    QVERIFY(!missing);
    QVERIFY2(missing.message().contains(noMap) && missing.message().contains(QRegularExpression(QStringLiteral("[\"“]map[\"”]"))), qPrintable(missing.message()));

    // Through the map sheet: the error reaches the caller and nothing is written.
    for (const QString &name : {QStringLiteral("Broken"), QStringLiteral("NoMap"), QStringLiteral("NoSuchTemplate")}) {
      MapSheetOptions options;
      options.templateName = name;
      options.outPath = mSample.dir() + QStringLiteral("/broken-%1.pdf").arg(name);
      const Status s = MapSheet::exportTo(&mProject, options);
      QVERIFY(!s.ok());
      QVERIFY2(s.message().contains(name), qPrintable(s.message()));
      QVERIFY(!QFile::exists(options.outPath));
    }
  }

  void badOutputIsRefusedWritingNothing_data()
  {
    QTest::addColumn<QString>("out");
    QTest::newRow("suffix") << "sheet.docx";
    QTest::newRow("no suffix") << "sheet";
    QTest::newRow("folder") << "/nonexistent-dir/sheet.pdf";
  }

  void badOutputIsRefusedWritingNothing()
  {
    QFETCH(QString, out);
    const QString path = out.startsWith(QLatin1Char('/')) ? out : mSample.dir() + QLatin1Char('/') + out;
    QVERIFY(!SheetFormat::fromPath(QStringLiteral("x.docx")));
    std::unique_ptr<QgsPrintLayout> layout = sheet(QStringLiteral("A4-landscape"), sampleText());
    SheetFormat pdf;
    const Status s = SheetTemplates::write(layout.get(), path, pdf);
    QVERIFY(!s.ok());
    QVERIFY2(s.message().contains(path), qPrintable(s.message()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(mSample.dir()).entryList({QStringLiteral(".onemap-export-*")}, QDir::AllEntries | QDir::Hidden).isEmpty());
  }

  void multiPageLayoutsWriteOnePdfOrNumberedImages()
  {
    std::unique_ptr<QgsPrintLayout> layout = sheet(QStringLiteral("A4-portrait"), sampleText());
    auto *page = new QgsLayoutItemPage(layout.get());
    page->setPageSize(QStringLiteral("A4"), QgsLayoutItemPage::Portrait);
    layout->pageCollection()->addPage(page);
    auto *second = new QgsLayoutItemLabel(layout.get());
    second->setText(QStringLiteral("第二页说明"));
    layout->addLayoutItem(second);
    second->attemptMove(QgsLayoutPoint(20, 20, QgsUnitTypes::LayoutMillimeters), true, false, 1);
    const QString base = mSample.dir() + QStringLiteral("/pages");
    QVERIFY(SheetTemplates::write(layout.get(), base + QStringLiteral(".pdf"), format(QStringLiteral(".pdf"), 100)).ok());
    QVERIFY(QRegularExpression(QStringLiteral("Pages:\\s+2\\n")).match(testing::runTool(QStringLiteral("pdfinfo"), {base + QStringLiteral(".pdf")})).hasMatch());
    QVERIFY(SheetTemplates::write(layout.get(), base + QStringLiteral(".png"), format(QStringLiteral(".png"), 40)).ok());
    QVERIFY(QFile::exists(base + QStringLiteral(".png")));
    QVERIFY(QFile::exists(base + QStringLiteral("-2.png")));
    QVERIFY(SheetTemplates::write(layout.get(), base + QStringLiteral(".svg"), format(QStringLiteral(".svg"), 96)).ok());
    QVERIFY(QFile::exists(base + QStringLiteral("-2.svg")));
    QVERIFY(!QFile::exists(base + QStringLiteral("_2.svg")));
  }

  void georeferencedPdfCarriesItsCrs()
  {
    std::unique_ptr<QgsPrintLayout> layout = sheet(QStringLiteral("A4-landscape"), sampleText());
    const QString out = mSample.dir() + QStringLiteral("/georef.pdf");
    SheetFormat pdf;
    pdf.dpi = 100;
    pdf.georeferenced = true;
    QVERIFY(SheetTemplates::write(layout.get(), out, pdf).ok());
    QVERIFY(QDir(mSample.dir()).entryList({QStringLiteral("*.aux.xml"), QStringLiteral(".onemap-export-*")}, QDir::AllEntries | QDir::Hidden).isEmpty());
    const QString info = testing::runTool(QStringLiteral("gdalinfo"), {out});
    QVERIFY2(info.contains(QStringLiteral("CGCS2000")) && info.contains(QStringLiteral("Origin")), qPrintable(info.left(1500)));
    QVERIFY(testing::pdfText(out).contains(QStringLiteral("示范县汛期隐患分布图"))); // still text after GDAL's update
    if (QgsAbstractGeoPdfExporter::geoPDFCreationAvailable()) {
      // A GeoPDF: the map's layers are PDF layers, hidden ones are not.
      const QString layers = testing::runTool(QStringLiteral("gdalinfo"), {QStringLiteral("-mdd"), QStringLiteral("LAYERS"), out});
      QVERIFY2(layers.contains(StoreMapLayers::layer(&mProject, QStringLiteral("hidden_dangers"))->name()), qPrintable(layers));
      QVERIFY(!layers.contains(StoreMapLayers::layer(&mProject, QStringLiteral("cameras"))->name()));
    }

    const QString plain = mSample.dir() + QStringLiteral("/plain.pdf");
    pdf.georeferenced = false;
    QVERIFY(SheetTemplates::write(layout.get(), plain, pdf).ok());
    QVERIFY(!testing::runTool(QStringLiteral("gdalinfo"), {plain}).contains(QStringLiteral("CGCS2000")));
  }

  void cleanupTestCase()
  {
    qunsetenv("ONEMAP_TEMPLATE_PATH");
    mProject.clear();
  }

private:
  std::unique_ptr<QgsPrintLayout> sheet(const QString &name, const SheetText &text)
  {
    Result<std::unique_ptr<QgsPrintLayout>> loaded = SheetTemplates::load(name, &mProject);
    if (!loaded) {
      qWarning() << loaded.message();
      return nullptr;
    }
    std::unique_ptr<QgsPrintLayout> layout = loaded.take();
    QgsLayoutItemMap *map = SheetTemplates::map(layout.get());
    map->setCrs(mProject.crs());
    SheetTemplates::zoomTo(map, StoreMapLayers::countyExtent(&mProject));
    SheetTemplates::fill(layout.get(), text);
    return layout;
  }

  static SheetFormat format(const QString &path, int dpi)
  {
    Result<SheetFormat> f = SheetFormat::fromPath(path, dpi);
    return f.value();
  }

  testing::SampleStore mSample;
  QgsProject mProject;
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true, QStringLiteral("zh"));
  TestSheetTemplates test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_sheet_templates.moc"
