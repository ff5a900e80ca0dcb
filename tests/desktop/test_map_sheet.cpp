// Map sheets read back from the PDF: page size, Chinese title and legend
// entries through pdftotext; PNG size from the dpi; bad options refused.
#include "PdfText.h"
#include "SampleStore.h"
#include "app/QgisRuntime.h"
#include "export/MapSheet.h"
#include "map/StoreMapLayers.h"

#include <QDomDocument>
#include <QImage>
#include <QProcess>
#include <qgsproject.h>

using namespace onemap;


class TestMapSheet : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    QVERIFY(StoreMapLayers::load(mSample.path(), &mProject).ok());
  }

  void pdfHasPageSizeChineseTitleAndVisibleLegend_data()
  {
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("orientation");
    QTest::addColumn<QString>("pageSize"); // as pdfinfo prints it, in points
    QTest::newRow("A4 landscape") << "A4" << "landscape" << "842 x 595 pts (A4)";
    QTest::newRow("A3 portrait") << "A3" << "portrait" << "842 x 1191 pts (A3)";
  }

  void pdfHasPageSizeChineseTitleAndVisibleLegend()
  {
    QFETCH(QString, paper);
    QFETCH(QString, orientation);
    QFETCH(QString, pageSize);
    MapSheetOptions options;
    options.outPath = mSample.dir() + QStringLiteral("/sheet-%1-%2.pdf").arg(paper, orientation);
    options.paper = paper;
    options.orientation = orientation;
    options.dpi = 150;
    options.title = QStringLiteral("示范县汛期隐患分布图");
    Status s = MapSheet::exportTo(&mProject, options);
    QVERIFY2(s.ok(), qPrintable(s.message()));

    const QString info = testing::runTool(QStringLiteral("pdfinfo"), {options.outPath});
    QVERIFY2(info.contains(QStringLiteral("Page size:       ") + pageSize), qPrintable(info));
    QVERIFY2(QRegularExpression(QStringLiteral("Pages:\\s+1\\n")).match(info).hasMatch(), qPrintable(info));

    const QString text = testing::pdfText(options.outPath);
    QVERIFY2(text.contains(QStringLiteral("示范县汛期隐患分布图")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("图例")));
    QVERIFY(text.contains(QStringLiteral("隐患点")));      // visible layer is in the legend
    QVERIFY(text.contains(QStringLiteral("滑坡")));        // its categories, in words
    QVERIFY(text.contains(QStringLiteral("数据来源")));
    QVERIFY(text.contains(QStringLiteral("日期")));
    QVERIFY(!text.contains(QStringLiteral("视频监控")));   // hidden layer is not
    QVERIFY(!text.contains(QStringLiteral("储备物资")));   // nor a table without geometry
    QVERIFY(!QFile::exists(mSample.dir() + QStringLiteral("/sheet-%1-%2.part.pdf").arg(paper, orientation)));
  }

  void pngSizeFollowsDpi()
  {
    MapSheetOptions options;
    options.outPath = mSample.dir() + QStringLiteral("/sheet.png");
    options.dpi = 100;
    QVERIFY(MapSheet::exportTo(&mProject, options).ok());
    const QImage image(options.outPath);
    QVERIFY2(qAbs(image.width() - 1169) <= 1, qPrintable(QString::number(image.width())));  // 297 mm at 100 dpi
    QVERIFY2(qAbs(image.height() - 827) <= 1, qPrintable(QString::number(image.height()))); // 210 mm
    // The map is drawn: most of the page centre is county, not blank paper.
    int inked = 0, total = 0;
    for (int y = image.height() * 35 / 100; y < image.height() * 65 / 100; y += 3)
      for (int x = image.width() * 25 / 100; x < image.width() * 55 / 100; x += 3, ++total)
        inked += image.pixelColor(x, y) != QColor(Qt::white);
    QVERIFY2(inked > total / 2, qPrintable(QStringLiteral("%1 of %2 centre pixels drawn").arg(inked).arg(total)));
  }

  void svgAndNamedTemplateWithSubtitleAndSource()
  {
    MapSheetOptions options;
    options.outPath = mSample.dir() + QStringLiteral("/sheet.pdf");
    options.templateName = QStringLiteral("A3-portrait"); // wins over paper and orientation
    options.dpi = 100;
    options.subtitle = QStringLiteral("汛期专题副标题");
    options.source = QStringLiteral("数据来源：县自然资源局普查成果");
    options.issuer = QStringLiteral("示范县防汛抗旱指挥部");
    QVERIFY(MapSheet::exportTo(&mProject, options).ok());
    QVERIFY(testing::runTool(QStringLiteral("pdfinfo"), {options.outPath}).contains(QStringLiteral("842 x 1191 pts (A3)")));
    const QString text = testing::pdfText(options.outPath);
    for (const QString &expected : {options.subtitle, QStringLiteral("自然资源局普查成果"), options.issuer})
      QVERIFY2(text.contains(expected), qPrintable(expected));

    options.outPath = mSample.dir() + QStringLiteral("/sheet.svg");
    QVERIFY(MapSheet::exportTo(&mProject, options).ok());
    QFile svg(options.outPath);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QDomDocument document;
    QVERIFY(document.setContent(&svg));
    QCOMPARE(document.documentElement().tagName(), QStringLiteral("svg"));
  }

  void badOptionsAreRefusedBeforeWriting_data()
  {
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("paper") << "B5" << "x.pdf" << "B5";
    QTest::newRow("format") << "A4" << "x.docx" << "x.docx";
    QTest::newRow("folder") << "A4" << "/nonexistent-dir/x.pdf" << "/nonexistent-dir/x.pdf";
    QTest::newRow("template") << "A4" << "x.pdf" << "NoSuchTemplate";
  }

  void badOptionsAreRefusedBeforeWriting()
  {
    QFETCH(QString, paper);
    QFETCH(QString, out);
    QFETCH(QString, mentions);
    MapSheetOptions options;
    options.paper = paper;
    if (mentions == QLatin1String("NoSuchTemplate"))
      options.templateName = mentions;
    options.outPath = out.startsWith(QLatin1Char('/')) ? out : mSample.dir() + QLatin1Char('/') + out;
    Status s = MapSheet::exportTo(&mProject, options);
    QVERIFY(!s.ok());
    QVERIFY2(s.message().contains(mentions), qPrintable(s.message()));
    QVERIFY(!QFile::exists(options.outPath));
  }

  void cleanupTestCase() { mProject.clear(); }

private:
  testing::SampleStore mSample;
  QgsProject mProject;
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true, QStringLiteral("zh"));
  TestMapSheet test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_map_sheet.moc"
