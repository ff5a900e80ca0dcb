// Notices read back from the PDF: the danger sheet is one page with the
// danger's facts; the township sheet lists exactly its open items (checked
// against the store by SQL) and no signed-off ones; maps are drawn; unknown
// codes are refused by name.
#include "PdfText.h"
#include "SampleStore.h"
#include "app/QgisRuntime.h"
#include "export/notices/NoticeDialog.h"
#include "export/notices/RectificationNotice.h"
#include "export/notices/TownshipRiskNotice.h"
#include "hidden_dangers/HiddenDanger.h"
#include "store/SqlStatement.h"

#include <QComboBox>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>

using namespace onemap;

namespace {

int pageCount(const QString &pdf)
{
  const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(testing::runTool(QStringLiteral("pdfinfo"), {pdf}));
  return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Page 1 at 50 dpi; share of pixels inside \a mm (page millimetres) that are inked.
double inkedShare(const QString &pdf, const QString &prefix, const QRectF &mm)
{
  testing::runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-f"), QStringLiteral("1"),
                                   QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, prefix});
  const QImage image(prefix + QStringLiteral(".png"));
  if (image.isNull())
    return -1;
  const double px = image.width() / 210.0;
  int inked = 0, total = 0;
  for (int y = int(mm.top() * px); y < int(mm.bottom() * px); ++y)
    for (int x = int(mm.left() * px); x < int(mm.right() * px); ++x, ++total) {
      const QColor c = image.pixelColor(x, y);
      inked += std::min({c.red(), c.green(), c.blue()}) < 235; // paper and map background are near white
    }
  return total ? double(inked) / total : -1;
}

const QDate kToday(2026, 11, 23);
} // namespace

class TestNotices : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    auto store = Store::open(mSample.path());
    QVERIFY(store.ok());
    // The open danger with the longest measure text, so shortening would show.
    QVector<HiddenDanger> open = HiddenDangers(*store.value()).where(QStringLiteral("status <> 'signed_off'"));
    QVERIFY(!open.isEmpty());
    std::stable_sort(open.begin(), open.end(), [](const HiddenDanger &a, const HiddenDanger &b) { return a.measures.size() > b.measures.size(); });
    mDanger = open.first();
    // The township with most open items: its list runs on to a second page.
    SqlStatement q(store.value()->handle(), QStringLiteral("SELECT substr(village_code, 1, 9) || '000', count(*) FROM hidden_dangers "
                                                           "WHERE status <> 'signed_off' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1"));
    QVERIFY(q.next());
    mTownship = q.text(0);
    const QString prefix = mTownship.left(9) + QLatin1Char('%');
    for (const HiddenDanger &d : HiddenDangers(*store.value()).where(QStringLiteral("village_code LIKE ?"), {prefix}))
      (d.status == QLatin1String("signed_off") ? mClosedCodes : mOpenCodes) << d.code;
    SqlStatement count(store.value()->handle(), QStringLiteral("SELECT count(*) FROM hidden_dangers WHERE village_code LIKE ? AND status <> 'signed_off'"));
    count.bind(1, prefix);
    QVERIFY(count.next());
    QCOMPARE(mOpenCodes.size(), int(count.int64(0)));
    QVERIFY(!mClosedCodes.isEmpty());
  }

  void dangerSheetIsOnePageWithTheFacts()
  {
    NoticeRequest request {mSample.path(), mDanger.code, mSample.dir() + QStringLiteral("/danger.pdf"), kToday};
    const Status s = RectificationNotice::exportTo(request);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QCOMPARE(pageCount(request.outPath), 1);
    QVERIFY(!QFile::exists(mSample.dir() + QStringLiteral("/danger.part.pdf")));
    const QString text = testing::pdfText(request.outPath);
    const QString flat = QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
    for (const QString &expected : {mDanger.code, mDanger.name, mDanger.measures, mDanger.deadline, mDanger.responsibleUnit, mDanger.responsiblePerson})
      QVERIFY2(flat.contains(testing::foldCjkRadicals(expected).remove(QRegularExpression(QStringLiteral("\\s")))), qPrintable(expected + QStringLiteral("\n") + text));
    QVERIFY(text.contains(QStringLiteral("挂牌督办")));    // the supervised flag, by its Chinese label
    QVERIFY(text.contains(QString::number(mDanger.threatenedPeople)));
    // The locator map (right of the facts) is drawn, not blank paper.
    const double inked = inkedShare(request.outPath, mSample.dir() + QStringLiteral("/danger"), QRectF(122, 65, 70, 60));
    QVERIFY2(inked > 0.05, qPrintable(QString::number(inked)));
  }

  void overdueDangerSaysHowLate()
  {
    NoticeRequest request {mSample.path(), mDanger.code, mSample.dir() + QStringLiteral("/late.pdf"), QDate::fromString(mDanger.deadline, Qt::ISODate).addDays(12)};
    QVERIFY(RectificationNotice::exportTo(request).ok());
    QVERIFY2(testing::pdfText(request.outPath).contains(QStringLiteral("12")), "overdue days missing");
    request.date = QDate::fromString(mDanger.deadline, Qt::ISODate);
    request.outPath = mSample.dir() + QStringLiteral("/due.pdf");
    QVERIFY(RectificationNotice::exportTo(request).ok());
    QCOMPARE(pageCount(request.outPath), 1);
  }

  void longStepHistoryKeepsToOnePage()
  {
    // Nine dated steps with long notes: the sheet shows the latest and says
    // how many earlier ones it left out, still on one page.
    {
      auto store = Store::open(mSample.path());
      QVERIFY(store.ok());
      for (int i = 1; i <= 9; ++i) {
        SqlStatement q(store.value()->handle(), QStringLiteral("INSERT INTO danger_events(danger_id, step, at, actor, note) VALUES(?, ?, ?, ?, ?)"));
        q.bind(1, mDanger.id).bind(2, i % 2 ? QStringLiteral("rectifying") : QStringLiteral("checked"))
          .bind(3, QStringLiteral("2026-0%1-1%1T08:00:00").arg(i)).bind(4, QStringLiteral("巡查员%1").arg(i))
          .bind(5, QStringLiteral("第%1次复查：坡脚排水沟清淤，裂缝监测桩读数稳定，继续落实汛期雨前排查雨中巡查雨后核查制度并做好台账记录").arg(i));
        QVERIFY2(q.exec(), qPrintable(q.error()));
      }
    }
    NoticeRequest request {mSample.path(), mDanger.code, mSample.dir() + QStringLiteral("/steps.pdf"), kToday};
    QVERIFY(RectificationNotice::exportTo(request).ok());
    QCOMPARE(pageCount(request.outPath), 1);
    const QString text = testing::pdfText(request.outPath);
    QVERIFY(text.contains(QStringLiteral("巡查员9")));
    QVERIFY(text.contains(QStringLiteral("巡查员4")));
    QVERIFY(!text.contains(QStringLiteral("巡查员3")));  // the three oldest are left out
    QVERIFY(text.contains(QStringLiteral("第9次复查")));
  }

  void townshipSheetListsExactlyItsOpenItems()
  {
    NoticeRequest request {mSample.path(), mTownship, mSample.dir() + QStringLiteral("/township.pdf"), kToday};
    const Status s = TownshipRiskNotice::exportTo(request);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    const QString text = testing::pdfText(request.outPath);
    QSet<QString> listed;
    const QRegularExpression code(QStringLiteral("HD\\d{12}"));
    for (auto it = code.globalMatch(text); it.hasNext();)
      listed << it.next().captured(0);
    QCOMPARE(listed, QSet<QString>(mOpenCodes.cbegin(), mOpenCodes.cend()));
    for (const QString &closed : mClosedCodes)
      QVERIFY2(!text.contains(closed), qPrintable(closed));
    QVERIFY(text.contains(QString::number(mOpenCodes.size())));
    // More rows than one page holds: the list runs on, header repeated.
    const int pages = pageCount(request.outPath);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    QVERIFY(text.count(QStringLiteral("整改期限")) >= pages);
    const double inked = inkedShare(request.outPath, mSample.dir() + QStringLiteral("/township"), QRectF(20, 90, 170, 50));
    QVERIFY2(inked > 0.05, qPrintable(QString::number(inked)));
  }

  void dialogOffersTheStoreItemsAndPresetCode()
  {
    NoticeDialog danger(NoticeDialog::Kind::Danger, mSample.path(), mDanger.code);
    QCOMPARE(danger.code(), mDanger.code);
    QVERIFY(danger.outPath().endsWith(mDanger.code + QStringLiteral(".pdf")));
    auto *combo = danger.findChild<QComboBox *>();
    QVERIFY(combo);
    QVERIFY(combo->count() > 10);
    NoticeDialog township(NoticeDialog::Kind::Township, mSample.path(), mTownship);
    QCOMPARE(township.code(), mTownship);
    QCOMPARE(township.findChild<QComboBox *>()->count(), 12); // the sample county's townships
    township.resize(520, 160);
    QVERIFY(!township.grab().isNull());
  }

  void commandLineWritesAndRefuses()
  {
    const QString out = mSample.dir() + QStringLiteral("/cli.pdf");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    const QString onemap = QStringLiteral(ONEMAP_BINARY_DIR "/bin/onemap");
    p.start(onemap, {QStringLiteral("notice"), QStringLiteral("township"), QStringLiteral("--store"), mSample.path(), QStringLiteral("--code"), mTownship,
                     QStringLiteral("--out"), out, QStringLiteral("--date"), QStringLiteral("2026-11-23")});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(QFile::exists(out));
    p.start(onemap, {QStringLiteral("notice"), QStringLiteral("danger"), QStringLiteral("--store"), mSample.path(), QStringLiteral("--code"),
                     QStringLiteral("HD123"), QStringLiteral("--out"), mSample.dir() + QStringLiteral("/cli2.pdf")});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("HD123")));
    QVERIFY(!QFile::exists(mSample.dir() + QStringLiteral("/cli2.pdf")));
    p.start(onemap, {QStringLiteral("notice"), QStringLiteral("danger"), QStringLiteral("--store"), mSample.path(), QStringLiteral("--code"),
                     mDanger.code, QStringLiteral("--out"), out, QStringLiteral("--date"), QStringLiteral("23/11/2026")});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 2);
  }

  void unknownCodesAreRefusedByName()
  {
    const QString out = mSample.dir() + QStringLiteral("/none.pdf");
    Status s = RectificationNotice::exportTo({mSample.path(), QStringLiteral("HD000000000000"), out, kToday});
    QVERIFY(!s.ok());
    QVERIFY2(s.message().contains(QStringLiteral("HD000000000000")), qPrintable(s.message()));
    s = TownshipRiskNotice::exportTo({mSample.path(), QStringLiteral("539901999000"), out, kToday});
    QVERIFY(!s.ok());
    QVERIFY2(s.message().contains(QStringLiteral("539901999000")), qPrintable(s.message()));
    s = RectificationNotice::exportTo({mSample.path(), mDanger.code, mSample.dir() + QStringLiteral("/x.docx"), kToday});
    QVERIFY(!s.ok());
    QVERIFY(s.message().contains(QStringLiteral("x.docx")));
    QVERIFY(!QFile::exists(out));
  }

private:
  testing::SampleStore mSample;
  HiddenDanger mDanger;
  QString mTownship;
  QStringList mOpenCodes;
  QStringList mClosedCodes;
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true, QStringLiteral("zh"));
  TestNotices test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_notices.moc"
