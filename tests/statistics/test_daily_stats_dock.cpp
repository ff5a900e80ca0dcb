// The 七情 dock offscreen over a real sample store: typing into the grid writes
// through layers/ (audited), Undo and Redo put the store back and forth, a bad
// value is refused naming the field with nothing written, "copy yesterday" and
// "accept suggestions" are one undo step each and keep entered values; the
// day's PDF is read back with pdftotext and rendered with pdftoppm.
//
// Set ONEMAP_GRAB_DIR to a folder to also save the dock and the PDF page as PNGs there.
#include "PdfText.h"
#include "SampleStore.h"
#include "app/QgisRuntime.h"
#include "export/statistics/DailyReportPdf.h"
#include "statistics/DailyStatistics.h"
#include "statistics/DailyStatsDock.h"
#include "statistics/DailyStatsModel.h"
#include "store/AuditLog.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QFont>
#include <QImage>
#include <QRegularExpression>
#include <QItemSelectionModel>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace onemap;
using onemap::testing::SampleStore;

namespace {

const QDate kDay(2025, 6, 20);

qint64 count(const QString &path, const QString &sql)
{
  auto store = Store::open(path);
  if (!store)
    return -1;
  SqlStatement q(store.value()->handle(), sql);
  return q.next() ? q.int64(0) : -1;
}

int column(const DailyReport &r, const char *field)
{
  for (int f = 0; f < r.fields.size(); ++f)
    if (r.fields[f].name == QLatin1String(field))
      return f;
  return -1;
}

} // namespace

class TestDailyStatsDock : public QObject
{
  Q_OBJECT

  std::unique_ptr<SampleStore> mSample;
  std::unique_ptr<DailyStatsDock> mDock;
  QString mFirst;   // first township code
  QString mFirstName;

  QString cell(const char *field, int row = 0) const
  {
    const DailyStatsModel *m = mDock->model();
    return m->data(m->index(row, column(m->report(), field)), Qt::EditRole).toString();
  }

private Q_SLOTS:
  void initTestCase()
  {
    mSample = std::make_unique<SampleStore>(2024, 1, kDay);
    QVERIFY2(mSample->ok(), qPrintable(mSample->message()));
    mDock = std::make_unique<DailyStatsDock>(mSample->path(), StatisticFields());
    QVERIFY2(mDock->isValid(), qPrintable(mDock->error()));
    mDock->setActor(QStringLiteral("值班员"));
    mDock->setDate(kDay);
    mDock->setSet(QStringLiteral("rain"));
    QCOMPARE(mDock->set(), QStringLiteral("rain"));
    const DailyReport &r = mDock->model()->report();
    QCOMPARE(r.townships.size(), 12);
    QCOMPARE(mDock->model()->rowCount(), 13); // + the county total
    mFirst = r.townships[0].code;
    mFirstName = r.townships[0].name;
  }

  void editingTheGridWritesAndUndoes()
  {
    DailyStatsModel *m = mDock->model();
    const int col = column(m->report(), "people_transferred");
    QVERIFY(col >= 0);
    // As the view does it: setData on the cell.
    QVERIFY(m->setData(m->index(0, col), QStringLiteral("120")));
    QCOMPARE(cell("people_transferred"), QStringLiteral("120"));
    QCOMPARE(m->data(m->index(m->totalRow(), col)).toString(), QStringLiteral("120"));
    QVERIFY(mDock->editCell(m->report().townships[2].code, QStringLiteral("people_transferred"), QStringLiteral("30")));
    QCOMPARE(m->data(m->index(m->totalRow(), col)).toString(), QStringLiteral("150"));
    QCOMPARE(count(mSample->path(), QStringLiteral("SELECT count(*) FROM daily_statistics WHERE field = 'people_transferred'")), qint64(2));
    QCOMPARE(mDock->undoStack()->count(), 2);

    mDock->undoStack()->undo();
    QCOMPARE(m->data(m->index(m->totalRow(), col)).toString(), QStringLiteral("120"));
    mDock->undoStack()->undo();
    QCOMPARE(cell("people_transferred"), QString());
    QCOMPARE(count(mSample->path(), QStringLiteral("SELECT count(*) FROM daily_statistics")), qint64(0));
    mDock->undoStack()->redo();
    QCOMPARE(cell("people_transferred"), QStringLiteral("120"));

    // Every step is in the audit log, by the dock's user: insert, insert, delete, delete, insert.
    QCOMPARE(count(mSample->path(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'daily_statistics'")), qint64(5));
    QCOMPARE(count(mSample->path(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'daily_statistics' AND action = 'delete'")), qint64(2));
    QCOMPARE(count(mSample->path(), QStringLiteral("SELECT count(DISTINCT actor) FROM audit_log WHERE table_name = 'daily_statistics'")), qint64(1));

    // Changing a value and undoing it puts the old one back.
    QVERIFY(mDock->editCell(mFirst, QStringLiteral("people_transferred"), QStringLiteral("125")));
    QCOMPARE(cell("people_transferred"), QStringLiteral("125"));
    mDock->undoStack()->undo();
    QCOMPARE(cell("people_transferred"), QStringLiteral("120"));
  }

  void refusesABadValueNamingTheField()
  {
    const int commands = mDock->undoStack()->count();
    const qint64 rows = count(mSample->path(), QStringLiteral("SELECT count(*) FROM daily_statistics"));
    QVERIFY(!mDock->editCell(mFirst, QStringLiteral("dead_missing"), QStringLiteral("-2")));
    QVERIFY2(mDock->error().contains(QStringLiteral("dead_missing")) && mDock->error().contains(QStringLiteral("below 0")), qPrintable(mDock->error()));
    QVERIFY(!mDock->editCell(mFirst, QStringLiteral("dead_missing"), QStringLiteral("two")));
    QVERIFY2(mDock->error().contains(QStringLiteral("dead_missing")), qPrintable(mDock->error()));
    QCOMPARE(mDock->undoStack()->count(), commands);
    QCOMPARE(count(mSample->path(), QStringLiteral("SELECT count(*) FROM daily_statistics")), rows);
    // The total row is not a cell anyone types into.
    DailyStatsModel *m = mDock->model();
    QVERIFY(!(m->flags(m->index(m->totalRow(), 0)) & Qt::ItemIsEditable));
  }

  void suggestionsShowGreyAndAreAcceptedAsOneStep()
  {
    DailyStatsModel *m = mDock->model();
    const int col = column(m->report(), "rain_max_mm");
    // Find a township with a suggested rainfall; enter another value there.
    int row = -1;
    for (int t = 0; t < m->report().townships.size() && row < 0; ++t)
      if (m->suggestions().contains(StatisticSuggestions::key(m->report().townships[t].code, QStringLiteral("rain_max_mm"))))
        row = t;
    QVERIFY(row >= 0);
    int other = row + 1;
    while (!m->suggestions().contains(StatisticSuggestions::key(m->report().townships[other].code, QStringLiteral("rain_max_mm"))))
      ++other;
    const StatisticSuggestion s = m->suggestions().value(StatisticSuggestions::key(m->report().townships[other].code, QStringLiteral("rain_max_mm")));
    // An empty cell shows the suggestion in grey italics, but holds nothing.
    QCOMPARE(m->data(m->index(other, col)).toString(), DailyReport::formatValue(s.value, 1));
    QVERIFY(m->data(m->index(other, col), Qt::FontRole).value<QFont>().italic());
    QCOMPARE(m->data(m->index(other, col), Qt::EditRole).toString(), QString());

    const QString entered = QStringLiteral("99.9");
    QVERIFY(mDock->editCell(m->report().townships[row].code, QStringLiteral("rain_max_mm"), entered));
    QVERIFY(m->data(m->index(row, col), Qt::BackgroundRole).isValid()); // entered and derived disagree
    const int commands = mDock->undoStack()->count();
    const int accepted = mDock->acceptSuggestions();
    QVERIFY(accepted > 1);
    QCOMPARE(mDock->undoStack()->count(), commands + 1);
    QCOMPARE(m->data(m->index(row, col), Qt::EditRole).toString(), entered); // kept
    QCOMPARE(m->data(m->index(other, col), Qt::EditRole).toString(), DailyReport::formatValue(s.value, 1));
    QVERIFY(!m->data(m->index(other, col), Qt::FontRole).value<QFont>().italic());
    mDock->undoStack()->undo();
    QCOMPARE(m->data(m->index(other, col), Qt::EditRole).toString(), QString());
    QCOMPARE(m->data(m->index(row, col), Qt::EditRole).toString(), entered);
    mDock->undoStack()->redo();

    // Only an explicit choice on the selected cell lets the suggestion replace the entry.
    const StatisticSuggestion own = m->suggestions().value(StatisticSuggestions::key(m->report().townships[row].code, QStringLiteral("rain_max_mm")));
    mDock->view()->selectionModel()->select(m->index(row, col), QItemSelectionModel::ClearAndSelect);
    QCOMPARE(mDock->useSuggestionInSelection(), 1);
    QCOMPARE(m->data(m->index(row, col), Qt::EditRole).toString(), DailyReport::formatValue(own.value, 1));
    QCOMPARE(m->report().sources[row][col], QStringLiteral("suggested"));
    mDock->undoStack()->undo();
    QCOMPARE(m->data(m->index(row, col), Qt::EditRole).toString(), entered);
    QCOMPARE(m->report().sources[row][col], QStringLiteral("manual"));
  }

  void copiesYesterdayAsOneStep()
  {
    const qint64 yesterday = count(mSample->path(), QStringLiteral("SELECT count(*) FROM daily_statistics WHERE report_date = '2025-06-20' AND stat_set = 'rain'"));
    QVERIFY(yesterday > 2);
    mDock->setDate(kDay.addDays(1));
    QVERIFY(mDock->editCell(mFirst, QStringLiteral("people_transferred"), QStringLiteral("7")));
    const int copied = mDock->copyPreviousDay();
    QCOMPARE(qint64(copied), yesterday - 1); // the cell entered today is kept
    QCOMPARE(cell("people_transferred"), QStringLiteral("7"));
    mDock->undoStack()->undo();
    QCOMPARE(count(mSample->path(), QStringLiteral("SELECT count(*) FROM daily_statistics WHERE report_date = '2025-06-21'")), qint64(1));
    mDock->undoStack()->redo();
    QCOMPARE(count(mSample->path(), QStringLiteral("SELECT count(*) FROM daily_statistics WHERE report_date = '2025-06-21'")), yesterday);
    mDock->setDate(kDay);
  }

  void writesThePdfReport()
  {
    QVERIFY(mDock->editCell(mFirst, QStringLiteral("opinion_items"), QStringLiteral("4")));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("rain.pdf"));
    QVERIFY2(mDock->exportTo(pdf), qPrintable(mDock->error()));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("rain.part.pdf"))));
    const QString text = testing::pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("示范县")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("Daily Statistics of the Seven Situations (Rain)")));
    QVERIFY(text.contains(QStringLiteral("Report date: 2025-06-20")));
    QVERIFY(text.contains(mFirstName));
    QVERIFY(text.contains(mDock->model()->report().townships.last().name));
    QVERIFY(text.contains(QStringLiteral("County total")));
    for (const char *heading : {"Rain situation", "Disaster situation", "Public opinion", "Township"})
      QVERIFY2(text.contains(QLatin1String(heading)), heading);
    // The county total row carries the sum of people transferred (120 entered above).
    QString totalLine;
    for (const QString &line : text.split(QLatin1Char('\n')))
      if (line.contains(QStringLiteral("County total")))
        totalLine = line;
    QVERIFY2(totalLine.contains(QStringLiteral("120")), qPrintable(totalLine));
    QVERIFY(testing::runTool(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("842 x 595"))); // A4 landscape, pt

    // Rendered: a landscape page with the red title and the ruled table.
    const QString prefix = dir.filePath(QStringLiteral("page"));
    testing::runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, prefix});
    QImage page(prefix + QStringLiteral(".png"));
    QVERIFY(!page.isNull());
    QVERIFY(page.width() > page.height());
    int red = 0, dark = 0;
    for (int y = 0; y < page.height(); ++y)
      for (int x = 0; x < page.width(); ++x) {
        const QColor c = page.pixelColor(x, y);
        red += c.red() > 150 && c.green() < 90 && c.blue() < 90 ? 1 : 0;
        dark += c.lightness() < 100 ? 1 : 0;
      }
    QVERIFY2(red > 200, qPrintable(QString::number(red)));
    QVERIFY2(dark > 2000, qPrintable(QString::number(dark)));
    const QString grabDir = qEnvironmentVariable("ONEMAP_GRAB_DIR");
    if (!grabDir.isEmpty()) {
      QFile::copy(prefix + QStringLiteral(".png"), grabDir + QStringLiteral("/dailystats-pdf.png"));
      mDock->resize(1300, 480);
      mDock->show();
      QCoreApplication::processEvents();
      mDock->grab().save(grabDir + QStringLiteral("/dailystats-dock.png"));
    }
  }

  void widePdfContinuesOnAnotherPage()
  {
    // A set with more fields than fit across A4 landscape (several plugins
    // loaded): the columns go on over a second page, each repeating the
    // township column and the total row.
    PluginStatisticFields p;
    p.pluginId = QStringLiteral("demo");
    p.pluginName = QStringLiteral("Demo hazard");
    p.hazardCodes = QStringList {QStringLiteral("flood")};
    for (int i = 1; i <= 12; ++i)
      p.fields << QStringLiteral("demo_%1:Demo count %1").arg(i);
    auto store = Store::open(mSample->path());
    QVERIFY(store.ok());
    DailyStatistics stats(*store.value(), StatisticFields({p}), [] { return kDay; });
    QVERIFY(stats.apply(StatisticEdit {kDay, QStringLiteral("rain"), mFirst, QStringLiteral("demo_12"), 4321, QString(), QStringLiteral("manual")}, QStringLiteral("t")).ok());
    const DailyReport r = stats.report(kDay, QStringLiteral("rain"));
    QCOMPARE(r.fields.size(), StatisticFields().fields(QStringLiteral("rain")).size() + 12);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("wide.pdf"));
    QVERIFY(DailyReportPdf::write(r, pdf).ok());
    QVERIFY(testing::runTool(QStringLiteral("pdfinfo"), {pdf}).contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\b"))));
    const QString second = testing::foldCjkRadicals(testing::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
    QVERIFY2(second.contains(QStringLiteral("Demo hazard")) && second.contains(mFirstName) && second.contains(QStringLiteral("County total")), qPrintable(second.left(600)));
    QVERIFY(second.contains(QStringLiteral("4321")));
    QVERIFY(second.contains(QStringLiteral("Page 2 of 2")));
  }

  void cleanupTestCase() { mDock.reset(); }
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true, QStringLiteral("en"));
  TestDailyStatsDock test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_daily_stats_dock.moc"
