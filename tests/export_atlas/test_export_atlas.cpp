// The atlas against the real sample county: page counts (pdfinfo, files),
// map extents, the dimmed neighbours, page text (pdftotext), one page against
// a control image, parallel == sequential, cancel, and the command.
// ONEMAP_UPDATE_CONTROL=1 rewrites the control image: look at it before committing.
#include "ImageCompare.h"
#include "PdfText.h"
#include "SampleStore.h"
#include "StoreQueries.h"
#include "app/QgisRuntime.h"
#include "cli/AtlasCommand.h"
#include "export/atlas/TownshipAtlas.h"
#include "map/LayerStyles.h"
#include "map/StoreMapLayers.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <qgsexpressioncontextutils.h>
#include <qgslayoutitemmap.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

using namespace onemap;

namespace {
int pdfPages(const QString &pdf)
{
  const QString info = testing::runTool(QStringLiteral("pdfinfo"), {pdf});
  const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
  return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pageText(const QString &pdf, int page)
{
  const QString n = QString::number(page);
  return testing::foldCjkRadicals(testing::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), n, QStringLiteral("-l"), n, pdf, QStringLiteral("-")}));
}

// The map as the page draws it, on white, at a fixed size.
QImage renderMap(QgsLayoutItemMap *map, int width)
{
  const QgsRectangle extent = map->extent();
  const QSize size(width, qRound(width * extent.height() / extent.width()));
  QgsMapSettings settings = map->mapSettings(extent, QSizeF(size), 96, true);
  settings.setBackgroundColor(Qt::white);
  QgsMapRendererSequentialJob job(settings);
  job.start();
  job.waitForFinished();
  return job.renderedImage();
}

double lightness(const QImage &image, const QgsMapSettings &settings, const QVector<QgsPointXY> &points)
{
  double sum = 0;
  int n = 0;
  for (const QgsPointXY &p : points) {
    const QgsPointXY px = settings.mapToPixel().transform(p);
    const QPoint at(qRound(px.x()), qRound(px.y()));
    if (!image.rect().contains(at))
      continue;
    sum += QColor(image.pixel(at)).lightness();
    ++n;
  }
  return n ? sum / n : -1;
}
} // namespace

class TestExportAtlas : public QObject
{
  Q_OBJECT

private:
  testing::SampleStore mSample;
  QStringList mTownshipNames;
  QStringList mTownshipCodes;

  AtlasOptions options(const QString &out, const QString &format = QStringLiteral("pdf"), int dpi = 72, int jobs = 1) const
  {
    AtlasOptions o;
    o.storePath = mSample.path();
    o.outPath = out;
    o.format = format;
    o.dpi = dpi;
    o.jobs = jobs;
    return o;
  }

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    auto store = Store::open(mSample.path());
    QVERIFY(store.ok());
    mTownshipNames = testing::column(store.value()->handle(), QStringLiteral("SELECT name FROM admin_units WHERE level = ? ORDER BY code"), {QStringLiteral("township")});
    mTownshipCodes = testing::column(store.value()->handle(), QStringLiteral("SELECT code FROM admin_units WHERE level = ? ORDER BY code"), {QStringLiteral("township")});
    QVERIFY(mTownshipNames.size() >= 3);
  }

  void onePdfPagePerTownshipWithItsName()
  {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("atlas.pdf"));
    TownshipAtlas atlas(options(pdf));
    QVERIFY2(atlas.open().ok(), qPrintable(atlas.open().message()));
    auto written = atlas.write();
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QCOMPARE(written.value(), QStringList {pdf});
    QCOMPARE(pdfPages(pdf), mTownshipNames.size());
    for (int i = 0; i < mTownshipNames.size(); ++i) {
      const QString text = pageText(pdf, i + 1);
      // The title (first line of text) names the page's own township.
      const QString firstLine = text.trimmed().section(QLatin1Char('\n'), 0, 0);
      QVERIFY2(firstLine.contains(testing::foldCjkRadicals(mTownshipNames[i])), qPrintable(QStringLiteral("page %1: %2").arg(i + 1).arg(firstLine)));
    }
    // Nothing but the atlas is left in the folder (no scratch folder).
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList {QStringLiteral("atlas.pdf")});
  }

  void oneFilePerTownship_data()
  {
    QTest::addColumn<QString>("format");
    QTest::newRow("png") << QStringLiteral("png");
    QTest::newRow("svg") << QStringLiteral("svg");
    QTest::newRow("pdf") << QStringLiteral("pdf");
  }
  void oneFilePerTownship()
  {
    QFETCH(QString, format);
    QTemporaryDir dir;
    AtlasOptions o = options(dir.filePath(QStringLiteral("pages")), format, 50);
    o.separate = true;
    TownshipAtlas atlas(o);
    QVERIFY(atlas.open().ok());
    auto written = atlas.write();
    QVERIFY2(written.ok(), qPrintable(written.message()));
    const QStringList files = QDir(o.outPath).entryList(QDir::Files);
    QCOMPARE(files.size(), mTownshipNames.size());
    for (int i = 0; i < mTownshipCodes.size(); ++i)
      QVERIFY2(files.contains(mTownshipCodes[i] + QLatin1Char('_') + mTownshipNames[i] + QLatin1Char('.') + format), qPrintable(files.join(QLatin1Char(' '))));
    if (format == QLatin1String("pdf"))
      QCOMPARE(pdfPages(written.value().first()), 1);
    if (format == QLatin1String("png"))
      QVERIFY(!QImage(written.value().first()).isNull());
  }

  void eachMapContainsItsTownship()
  {
    QTemporaryDir dir;
    TownshipAtlas atlas(options(dir.filePath(QStringLiteral("a.pdf"))));
    QVERIFY(atlas.open().ok());
    QCOMPARE(atlas.count(), mTownshipNames.size());
    QCOMPARE(atlas.map()->crs(), atlas.project()->crs());
    QgsRectangle first;
    for (int i = 0; i < atlas.count(); ++i) {
      QVERIFY(atlas.setPage(i).ok());
      QCOMPARE(atlas.unit(i).name, mTownshipNames[i]);
      const QgsGeometry township = atlas.unitGeometry(i); // in the map CRS
      QVERIFY(!township.isEmpty());
      const QgsRectangle extent = atlas.map()->extent();
      QVERIFY2(QgsGeometry::fromRect(extent).contains(township), qPrintable(atlas.unit(i).name));
      // Zoomed to the unit: it fills a good part of the frame, not the county.
      QVERIFY(township.boundingBox().width() > 0.4 * extent.width() || township.boundingBox().height() > 0.4 * extent.height());
      if (i == 0)
        first = extent;
    }
    QVERIFY(atlas.map()->extent() != first);
  }

  void neighboursAreDimmed()
  {
    QTemporaryDir dir;
    TownshipAtlas atlas(options(dir.filePath(QStringLiteral("a.pdf"))));
    QVERIFY(atlas.open().ok());
    // A township and a neighbour that shows on its page.
    QVERIFY(atlas.setPage(0).ok());
    const QgsRectangle pageExtent = atlas.map()->extent();
    int neighbour = -1;
    QgsGeometry shared;
    for (int j = 1; j < atlas.count() && neighbour < 0; ++j) {
      shared = atlas.unitGeometry(j).intersection(QgsGeometry::fromRect(pageExtent));
      if (!shared.isEmpty() && shared.area() > 0.05 * pageExtent.area())
        neighbour = j;
    }
    QVERIFY(neighbour > 0);
    // Points of the neighbour inside the first page's map.
    QVector<QgsPointXY> points;
    const QgsRectangle box = shared.boundingBox();
    for (int gx = 1; gx < 20; ++gx)
      for (int gy = 1; gy < 20; ++gy) {
        const QgsPointXY p(box.xMinimum() + box.width() * gx / 20, box.yMinimum() + box.height() * gy / 20);
        if (shared.contains(&p))
          points << p;
      }
    QVERIFY(points.size() > 20);

    const QImage dimmed = renderMap(atlas.map(), 900);
    const QgsMapSettings dimmedSettings = atlas.map()->mapSettings(atlas.map()->extent(), QSizeF(dimmed.size()), 96, false);
    QVERIFY(atlas.setPage(neighbour).ok());
    const QImage own = renderMap(atlas.map(), 900);
    const QgsMapSettings ownSettings = atlas.map()->mapSettings(atlas.map()->extent(), QSizeF(own.size()), 96, false);
    const double onOtherPage = lightness(dimmed, dimmedSettings, points);
    const double onOwnPage = lightness(own, ownSettings, points);
    QVERIFY2(onOtherPage > onOwnPage + 8, qPrintable(QStringLiteral("neighbour lightness %1 on page 1, %2 on its own page").arg(onOtherPage).arg(onOwnPage)));
  }

  void pageMatchesControlImage()
  {
    QTemporaryDir dir;
    AtlasOptions o = options(dir.filePath(QStringLiteral("page")), QStringLiteral("png"), 60);
    o.townshipCode = mTownshipCodes[1];
    TownshipAtlas atlas(o);
    QVERIFY(atlas.open().ok());
    QCOMPARE(atlas.count(), 1);
    // Overdue rings depend on the day: pin it to the register date.
    QgsVectorLayer *dangers = StoreMapLayers::layer(atlas.project(), QStringLiteral("hidden_dangers"));
    QVERIFY(dangers);
    QgsExpressionContextUtils::setLayerVariable(dangers, QLatin1String(LayerStyles::kTodayVariable), SampleCounty::registerDate().toString(Qt::ISODate));
    auto written = atlas.write();
    QVERIFY2(written.ok(), qPrintable(written.message()));
    const QImage page(written.value().value(0));
    QVERIFY(!page.isNull());
    // The date printed on the sheet changes daily: a few hundred pixels.
    const testing::ControlCheck check = testing::checkControlImage(page, QStringLiteral("atlas_") + mTownshipCodes[1], 0.02);
    if (check.rewritten)
      QSKIP("control image rewritten; review it before committing");
    QVERIFY2(check.failure.isEmpty(), qPrintable(check.failure));
  }

  void parallelEqualsSequential()
  {
    QTemporaryDir dir;
    QStringList sequential, parallel;
    for (int jobs : {1, 3}) {
      AtlasOptions o = options(dir.filePath(QStringLiteral("jobs%1").arg(jobs)), QStringLiteral("png"), 96, jobs);
      TownshipAtlas atlas(o);
      QVERIFY(atlas.open().ok());
      auto written = atlas.write();
      QVERIFY2(written.ok(), qPrintable(written.message()));
      (jobs == 1 ? sequential : parallel) = written.value();
    }
    QCOMPARE(parallel.size(), sequential.size());
    QCOMPARE(parallel.size(), mTownshipNames.size());
    double worst = 0;
    for (int i = 0; i < sequential.size(); ++i) {
      QImage diff;
      const testing::ImageComparison c = testing::compareImages(QImage(parallel[i]), QImage(sequential[i]), 40, &diff);
      QVERIFY(c.sameSize);
      worst = std::max(worst, c.ratio());
      if (c.ratio() > 0.005) { // left for review
        diff.save(testing::renderReportPath(QStringLiteral("atlas_parallel_page%1").arg(i + 1), QStringLiteral("_diff")));
        QImage(parallel[i]).save(testing::renderReportPath(QStringLiteral("atlas_parallel_page%1").arg(i + 1), QStringLiteral("_rendered")));
        QImage(sequential[i]).save(testing::renderReportPath(QStringLiteral("atlas_parallel_page%1").arg(i + 1), QStringLiteral("_sequential")));
      }
      // Antialiased edges may land a fraction of a pixel apart (the page's
      // transform chain differs from the image's); nothing else may differ.
      QVERIFY2(c.ratio() <= 0.005, qPrintable(QStringLiteral("page %1: %2 of %3 pixels differ").arg(i + 1).arg(c.mismatched).arg(c.total)));
    }
    qInfo("parallel vs sequential PNG: at most %.3f%% of a page's pixels differ", worst * 100);

    // The PDF too: same pages and titles, same look once rasterised. (In
    // parallel the map, its labels included, is an image: its text is not.)
    const QString seqPdf = dir.filePath(QStringLiteral("seq.pdf")), parPdf = dir.filePath(QStringLiteral("par.pdf"));
    for (const auto &[path, jobs] : {std::pair {seqPdf, 1}, std::pair {parPdf, 2}}) {
      TownshipAtlas atlas(options(path, QStringLiteral("pdf"), 96, jobs));
      QVERIFY(atlas.open().ok());
      QVERIFY(atlas.write().ok());
    }
    QCOMPARE(pdfPages(parPdf), pdfPages(seqPdf));
    for (int page = 1; page <= pdfPages(seqPdf); ++page)
      QCOMPARE(pageText(parPdf, page).trimmed().section(QLatin1Char('\n'), 0, 0), pageText(seqPdf, page).trimmed().section(QLatin1Char('\n'), 0, 0));
    for (const QString &pdf : {seqPdf, parPdf})
      testing::runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("48"), QStringLiteral("-f"), QStringLiteral("2"),
                                                     QStringLiteral("-l"), QStringLiteral("2"), QStringLiteral("-singlefile"), pdf, pdf});
    const testing::ImageComparison c = testing::compareImages(QImage(parPdf + QStringLiteral(".png")), QImage(seqPdf + QStringLiteral(".png")), 60);
    QVERIFY(c.sameSize);
    qInfo("parallel vs sequential PDF page 2 at 48 dpi: %.3f%% of the pixels differ", c.ratio() * 100);
    QVERIFY2(c.ratio() <= 0.03, qPrintable(QStringLiteral("PDF page 2: %1 of %2 pixels differ").arg(c.mismatched).arg(c.total)));
  }

  void cancelLeavesNothing_data()
  {
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("jobs");
    QTest::newRow("pdf") << QStringLiteral("pdf") << 1;
    QTest::newRow("pdf parallel") << QStringLiteral("pdf") << 2;
    QTest::newRow("png") << QStringLiteral("png") << 1;
    QTest::newRow("png parallel") << QStringLiteral("png") << 2;
  }
  void cancelLeavesNothing()
  {
    QFETCH(QString, format);
    QFETCH(int, jobs);
    QTemporaryDir dir;
    AtlasOptions o = options(format == QLatin1String("pdf") ? dir.filePath(QStringLiteral("atlas.pdf")) : dir.path(), format, 50, jobs);
    int seen = 0;
    o.progress = [&seen](int done, int) {
      seen = done;
      return done < 2; // cancel before the third page
    };
    TownshipAtlas atlas(o);
    QVERIFY(atlas.open().ok());
    auto written = atlas.write();
    QVERIFY(!written.ok());
    QCOMPARE(seen, 2);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
  }

  void command()
  {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("cli.pdf"));
    const QString code = mTownshipCodes[0];
    QCOMPARE(runExportAtlas({QStringLiteral("onemap"), QStringLiteral("export"), QStringLiteral("atlas"), QStringLiteral("--store"), mSample.path(),
                             QStringLiteral("--out"), pdf, QStringLiteral("--unit"), QStringLiteral("village"), QStringLiteral("--township"), code,
                             QStringLiteral("--dpi"), QStringLiteral("50"), QStringLiteral("--jobs"), QStringLiteral("2")}),
             0);
    auto store = Store::open(mSample.path());
    QVERIFY(store.ok());
    const qint64 villages = testing::scalar(store.value()->handle(), QStringLiteral("SELECT count(*) FROM admin_units WHERE level = ? AND substr(code, 1, 9) = ?"),
                                            {QStringLiteral("village"), code.left(9)});
    QVERIFY(villages > 1);
    QCOMPARE(pdfPages(pdf), int(villages));
    // Wrong options are usage errors (2) and write nothing.
    QCOMPARE(runExportAtlas({QStringLiteral("onemap"), QStringLiteral("export"), QStringLiteral("atlas"), QStringLiteral("--store"), mSample.path(),
                             QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--format"), QStringLiteral("tiff")}),
             2);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
  }
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true, QStringLiteral("zh"));
  TestExportAtlas test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_export_atlas.moc"
