// The transfer list, shelter balance and coverage exports read back: a plan
// stored in the sample county (rows inserted as the planner would), its PDF
// through pdftotext / pdftoppm, its workbook unzipped, its CSV parsed; hostile
// text (quotes, commas, line breaks, "=cmd") stays text in every file.
#include "PdfText.h"
#include "SampleStore.h"
#include "admin_units/AdminUnit.h"
#include "app/QgisRuntime.h"
#include "export/transfer/ShelterBalanceReport.h"
#include "export/transfer/ShelterCoverageReport.h"
#include "export/transfer/TransferLabels.h"
#include "export/transfer/TransferListFiles.h"
#include "export/transfer/TransferListPdf.h"
#include "export/transfer/TransferStatusCsv.h"
#include "hidden_dangers/HiddenDanger.h"
#include "map/TransferStyles.h"
#include "shelters/Shelter.h"
#include "store/SqlStatement.h"

#include <QImage>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <qgsfeedback.h>
#include <qgsgeometry.h>

using namespace onemap;

namespace {

const QString kHostileName = QStringLiteral("=cmd|'/C calc'!A0");
const QString kHostilePerson = QStringLiteral("王\"大\",锤\n二号");

int pageCount(const QString &pdf)
{
  const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(testing::runTool(QStringLiteral("pdfinfo"), {pdf}));
  return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QImage renderPage(const QString &pdf, int page, const QString &prefix)
{
  const QString p = QString::number(page);
  testing::runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"), p, QStringLiteral("-l"), p,
                                                QStringLiteral("-singlefile"), pdf, prefix});
  return QImage(prefix + QStringLiteral(".png"));
}

// Pixels inside \a mm (page millimetres) close to \a colour.
int pixelsNear(const QImage &image, const QRectF &mm, const QColor &colour, int tolerance)
{
  const double px = image.width() / 210.0;
  int n = 0;
  for (int y = int(mm.top() * px); y < std::min(image.height(), int(mm.bottom() * px)); ++y)
    for (int x = int(mm.left() * px); x < std::min(image.width(), int(mm.right() * px)); ++x) {
      const QColor c = image.pixelColor(x, y);
      n += std::abs(c.red() - colour.red()) <= tolerance && std::abs(c.green() - colour.green()) <= tolerance && std::abs(c.blue() - colour.blue()) <= tolerance;
    }
  return n;
}

double inkedShare(const QImage &image, const QRectF &mm)
{
  const double px = image.width() / 210.0;
  int inked = 0, total = 0;
  for (int y = int(mm.top() * px); y < int(mm.bottom() * px); ++y)
    for (int x = int(mm.left() * px); x < int(mm.right() * px); ++x, ++total) {
      const QColor c = image.pixelColor(x, y);
      inked += std::min({c.red(), c.green(), c.blue()}) < 235;
    }
  return total ? double(inked) / total : 0;
}

QString flat(const QString &text) { return QString(text).remove(QRegularExpression(QStringLiteral("\\s"))); }

// RFC 4180 records (quoted cells may hold commas, quotes and line breaks).
QVector<QStringList> parseCsv(const QString &text)
{
  QVector<QStringList> records;
  QStringList record;
  QString cell;
  bool quoted = false;
  for (int i = 0; i < text.size(); ++i) {
    const QChar c = text.at(i);
    if (quoted) {
      if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
        cell += c;
        ++i;
      } else if (c == QLatin1Char('"')) {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c == QLatin1Char('"')) {
      quoted = true;
    } else if (c == QLatin1Char(',')) {
      record << cell;
      cell.clear();
    } else if (c == QLatin1Char('\r')) {
      continue;
    } else if (c == QLatin1Char('\n')) {
      record << cell;
      records << record;
      record.clear();
      cell.clear();
    } else {
      cell += c;
    }
  }
  if (!cell.isEmpty() || !record.isEmpty())
    records << (record << cell);
  return records;
}

QByteArray unzipped(const QString &zip, const QString &member)
{
  QProcess p;
  p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
  p.waitForFinished(30000);
  return p.readAllStandardOutput();
}

// The text of every <t> element (shared strings, inline strings).
QStringList xmlTexts(const QByteArray &xml)
{
  QStringList texts;
  QXmlStreamReader reader(xml);
  while (!reader.atEnd())
    if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("t"))
      texts << reader.readElementText();
  return texts;
}

QString lineWkt(const GeoPoint &a, const GeoPoint &b)
{
  // A bend half way, as a road route would have.
  const double mx = (a.lon + b.lon) / 2 + 0.002, my = (a.lat + b.lat) / 2;
  return QStringLiteral("LINESTRING(%1 %2, %3 %4, %5 %6)").arg(a.lon, 0, 'f', 7).arg(a.lat, 0, 'f', 7).arg(mx, 0, 'f', 7).arg(my, 0, 'f', 7)
    .arg(b.lon, 0, 'f', 7).arg(b.lat, 0, 'f', 7);
}

} // namespace

class TestTransferExports : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    auto opened = Store::open(mSample.path());
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    mStore = opened.take();
    Store &store = *mStore;
    const QVector<AdminUnit> county = AdminUnits(store).where(QStringLiteral("level = 'county'"));
    QCOMPARE(county.size(), 1);
    QVector<AdminUnit> townships = AdminUnits(store).where(QStringLiteral("level = 'township'"));
    std::sort(townships.begin(), townships.end(), [](const AdminUnit &a, const AdminUnit &b) { return a.code < b.code; });
    QVERIFY(townships.size() >= 3);
    mAllTownships = townships;

    TransferPlan plan;
    plan.name = QStringLiteral("汛期转移方案（测试）");
    plan.areaKind = QStringLiteral("county");
    plan.areaRef = county.first().code;
    plan.areaLabel = QStringLiteral("示范县全域");
    plan.hazard = QStringLiteral("rainstorm");
    plan.travelMode = QStringLiteral("walk");
    plan.createdAt = QStringLiteral("2026-07-01T08:00:00");
    plan.createdBy = QStringLiteral("tester");
    plan.areaWkt = county.first().wkt;
    auto planId = TransferPlanTable(store).add(plan, QStringLiteral("tester"));
    QVERIFY2(planId.ok(), qPrintable(planId.message()));
    plan.id = planId.value();
    mPlan = plan;

    // Three townships with danger points and open shelters; the first gets a
    // long list (runs on over pages) and the hostile row, every one a group not placed.
    QVector<TransferAssignment> placed;
    QVector<TransferAssignment> unplaced;
    int chosen = 0;
    for (const AdminUnit &t : townships) {
      if (chosen == 3)
        break;
      const QString prefix = t.code.left(9) + QLatin1Char('%');
      QVector<HiddenDanger> dangers = HiddenDangers(store).where(QStringLiteral("village_code LIKE ?"), {prefix});
      std::sort(dangers.begin(), dangers.end(), [](const HiddenDanger &a, const HiddenDanger &b) { return a.code < b.code; });
      const QVector<Shelter> shelters = Shelters(store).where(QStringLiteral("village_code LIKE ? AND is_open = 1"), {prefix});
      if (dangers.size() < 2 || shelters.isEmpty())
        continue;
      const int rows = chosen == 0 ? 45 : (chosen == 1 ? 5 : 3);
      for (int i = 0; i < rows; ++i) {
        const HiddenDanger &d = dangers[i % dangers.size()];
        const Shelter &s = shelters[i % shelters.size()];
        TransferAssignment a;
        a.planId = plan.id;
        a.sourceKind = QStringLiteral("danger");
        a.sourceCode = d.code;
        a.sourceName = d.name;
        a.villageCode = d.villageCode;
        a.townshipCode = t.code;
        a.riskType = d.hazardType;
        a.people = 10 + i;
        a.shelterId = s.id;
        a.shelterName = s.name;
        a.routeM = 1200 + 37 * i;
        a.routeMinutes = a.routeM / 5000.0 * 60;
        a.responsiblePerson = d.responsiblePerson;
        a.responsiblePhone = d.phone;
        a.routeWkt = lineWkt(d.location, s.location);
        if (chosen == 0 && i == 0) {
          a.sourceName = kHostileName;
          a.responsiblePerson = kHostilePerson;
        }
        placed << a;
      }
      TransferAssignment u;
      u.planId = plan.id;
      u.sourceKind = chosen == 0 ? QStringLiteral("village") : QStringLiteral("danger");
      u.sourceCode = chosen == 0 ? dangers.first().villageCode : dangers.last().code;
      u.sourceName = chosen == 0 ? QStringLiteral("测试村未安置组") : dangers.last().name;
      u.villageCode = dangers.first().villageCode;
      u.townshipCode = t.code;
      u.riskType = chosen == 0 ? QStringLiteral("rainstorm") : dangers.last().hazardType;
      u.people = 70 + chosen;
      u.unplacedReason = chosen == 0 ? QStringLiteral("capacity_exhausted") : QStringLiteral("no_shelter_reachable");
      u.responsiblePerson = QStringLiteral("李四");
      unplaced << u;
      ++chosen;
    }
    QCOMPARE(chosen, 3);
    auto added = TransferAssignmentTable(store).addMany(placed, QStringLiteral("tester"));
    QVERIFY2(added.ok(), qPrintable(added.message()));
    // Rows not placed have no route: TypedTable insists on a geometry, so they
    // go in by SQL with a NULL geom, as the schema allows.
    for (const TransferAssignment &u : unplaced) {
      SqlStatement q(store.handle(), QStringLiteral("INSERT INTO transfer_assignments(plan_id, source_kind, source_code, source_name, village_code, township_code, "
                                                    "risk_type, people, shelter_id, responsible_person, unplaced_reason) VALUES(?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"));
      q.bind(1, u.planId).bind(2, u.sourceKind).bind(3, u.sourceCode).bind(4, u.sourceName).bind(5, u.villageCode).bind(6, u.townshipCode)
        .bind(7, u.riskType).bind(8, u.people).bind(9, u.responsiblePerson).bind(10, u.unplacedReason);
      QVERIFY2(q.exec(), qPrintable(q.error()));
    }

    // The per-township lists, by hand from what the store gives back.
    QVector<TransferAssignment> stored = TransferAssignmentTable(store).where(QStringLiteral("plan_id = ?"), {plan.id});
    // As TransferPlans::byTownship gives them: townships by code, dangers then villages, by source code.
    std::stable_sort(stored.begin(), stored.end(), [](const TransferAssignment &a, const TransferAssignment &b) {
      return std::tie(a.townshipCode, a.sourceKind, a.sourceCode) < std::tie(b.townshipCode, b.sourceKind, b.sourceCode);
    });
    QCOMPARE(stored.size(), placed.size() + unplaced.size());
    for (const TransferAssignment &a : stored) {
      if (mLists.isEmpty() || mLists.last().townshipCode != a.townshipCode) {
        TownshipTransferList list;
        list.townshipCode = a.townshipCode;
        for (const AdminUnit &t : townships)
          if (t.code == a.townshipCode)
            list.townshipName = t.name;
        mLists << list;
      }
      mLists.last().rows << a;
      mLists.last().people += a.people;
      if (a.shelterId > 0)
        mLists.last().placed += a.people;
    }
    QCOMPARE(mLists.size(), 3);
  }

  void transferListPdfHasEveryTownshipMapAndTable()
  {
    const QString out = mSample.dir() + QStringLiteral("/list.pdf");
    const Status s = writeTransferListPdf(*mStore, mPlan, mLists, out);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QVERIFY(!QFile::exists(mSample.dir() + QStringLiteral("/list.part.pdf")));
    // Summary, one section per township, and the long list runs on.
    const int pages = pageCount(out);
    QVERIFY2(pages >= 1 + mLists.size() + 1, qPrintable(QString::number(pages)));
    const QString text = testing::pdfText(out);
    const QString all = flat(text);
    const QString county = mStore->meta(QStringLiteral("county_name"));
    QVERIFY(!county.isEmpty());
    const auto has = [&](const QString &expected) { return all.contains(flat(testing::foldCjkRadicals(expected))); };
    QVERIFY2(has(QCoreApplication::translate("onemap::TransferListPdf", "%1 transfer list").arg(county)), qPrintable(text.left(2000)));
    QVERIFY(has(mPlan.name));
    QVERIFY(has(QCoreApplication::translate("onemap::TransferListPdf", "People to move by township")));
    QVERIFY(has(QCoreApplication::translate("onemap::TransferListPdf", "Groups not placed")));
    qint64 total = 0;
    for (const TownshipTransferList &t : mLists) {
      QVERIFY2(has(t.townshipName), qPrintable(t.townshipName));
      QVERIFY2(has(QCoreApplication::translate("onemap::TransferListPdf", "Transfer list of %1").arg(t.townshipName)), qPrintable(t.townshipName));
      // The township's totals line: people, groups, placed, not placed.
      QVERIFY2(has(QCoreApplication::translate("onemap::TransferListPdf", "To move: %1 people in %2 groups; placed %3; not placed %4.")
                     .arg(t.people).arg(t.rows.size()).arg(t.placed).arg(t.people - t.placed)),
               qPrintable(t.townshipName));
      total += t.people;
    }
    QVERIFY2(all.contains(QString::number(total)), "county total missing");
    QVERIFY(has(TransferLabels::unplacedReason(QStringLiteral("capacity_exhausted"))));
    QVERIFY(has(TransferLabels::unplacedReason(QStringLiteral("no_shelter_reachable"))));
    QVERIFY(has(QStringLiteral("测试村未安置组")));
    // Danger points and shelters by name; the hostile name is text like any other.
    QVERIFY(has(mLists[1].rows.first().sourceName));
    QVERIFY(has(mLists[1].rows.first().shelterName));
    QVERIFY(has(QStringLiteral("=cmd|")));

    // The first township's map (page 2) shows its routes in the route colour.
    const QImage page = renderPage(out, 2, mSample.dir() + QStringLiteral("/list-p2"));
    QVERIFY(!page.isNull());
    const int violet = pixelsNear(page, QRectF(15, 43, 180, 106), TransferStyles::routeColour(), 40);
    QVERIFY2(violet > 20, qPrintable(QString::number(violet)));
    QVERIFY2(inkedShare(page, QRectF(15, 43, 180, 106)) > 0.2, "map blank");
    // Page 1 (the summary) has no map: no route colour there.
    const QImage summary = renderPage(out, 1, mSample.dir() + QStringLiteral("/list-p1"));
    QCOMPARE(pixelsNear(summary, QRectF(0, 0, 210, 297), TransferStyles::routeColour(), 40), 0);
  }

  void transferListCsvHasBomRowsAndEscapes()
  {
    const QString out = mSample.dir() + QStringLiteral("/list.csv");
    const Status s = writeTransferListCsv(mLists, out);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QVector<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
    int rows = 0;
    for (const TownshipTransferList &t : mLists)
      rows += t.rows.size();
    QCOMPARE(records.size(), 1 + rows);
    const int columns = records.first().size();
    for (const QStringList &r : records)
      QCOMPARE(r.size(), columns);
    // The hostile row: formula disarmed, quotes/commas/line break kept inside one cell.
    bool found = false;
    for (const QStringList &r : records) {
      if (r.contains(QLatin1Char('\'') + kHostileName)) {
        found = true;
        QVERIFY(r.contains(kHostilePerson));
        QCOMPARE(r.at(0), mLists.first().townshipCode);
        QCOMPARE(r.at(1), mLists.first().townshipName);
      }
      QVERIFY(!r.contains(kHostileName)); // never bare
    }
    QVERIFY(found);
    // People column sums to the plan's people.
    const int people = records.first().indexOf(QCoreApplication::translate("onemap::TransferListFiles", "People"));
    QVERIFY(people > 0);
    qint64 sum = 0, expected = 0;
    for (int i = 1; i < records.size(); ++i)
      sum += records[i].at(people).toLongLong();
    for (const TownshipTransferList &t : mLists)
      expected += t.people;
    QCOMPARE(sum, expected);
  }

  void transferListXlsxHasSheetsNumbersAndPlainText()
  {
    const QString out = mSample.dir() + QStringLiteral("/list.xlsx");
    const Status s = writeTransferListXlsx(mPlan, mLists, out);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QVERIFY(!QFile::exists(mSample.dir() + QStringLiteral("/list.part.xlsx")));
    const QByteArray workbook = unzipped(out, QStringLiteral("xl/workbook.xml"));
    QVERIFY2(!workbook.isEmpty(), "no workbook.xml");
    const QString book = QString::fromUtf8(workbook);
    // Summary, one sheet per township, the plan sheet.
    QCOMPARE(book.count(QStringLiteral("<sheet ")), 1 + mLists.size() + 1);
    for (const TownshipTransferList &t : mLists)
      QVERIFY2(book.contains(QStringLiteral("name=\"%1\"").arg(t.townshipName)), qPrintable(book));
    const QStringList strings = xmlTexts(unzipped(out, QStringLiteral("xl/sharedStrings.xml")));
    QVERIFY(strings.contains(kHostileName));
    QVERIFY(strings.contains(kHostilePerson));
    // Sheet 2 is the first township: header, its rows and the total row; numbers as numbers, no formulas anywhere.
    for (int i = 1; i <= 2 + mLists.size(); ++i) {
      const QString sheet = QString::fromUtf8(unzipped(out, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i)));
      QVERIFY2(!sheet.isEmpty(), qPrintable(QString::number(i)));
      QVERIFY2(!sheet.contains(QStringLiteral("<f>")) && !sheet.contains(QStringLiteral("<f ")), qPrintable(QString::number(i)));
    }
    const QString first = QString::fromUtf8(unzipped(out, QStringLiteral("xl/worksheets/sheet2.xml")));
    QCOMPARE(first.count(QStringLiteral("<row ")), 1 + mLists.first().rows.size() + 1);
    QVERIFY2(first.contains(QStringLiteral("<v>%1</v>").arg(mLists.first().people)), "township total missing");
    const QString summary = QString::fromUtf8(unzipped(out, QStringLiteral("xl/worksheets/sheet1.xml")));
    QCOMPARE(summary.count(QStringLiteral("<row ")), 1 + mLists.size() + 1);
    qint64 total = 0;
    for (const TownshipTransferList &t : mLists) {
      QVERIFY(summary.contains(QStringLiteral("<v>%1</v>").arg(t.people)));
      total += t.people;
    }
    QVERIFY(summary.contains(QStringLiteral("<v>%1</v>").arg(total)));
  }

  void shelterBalanceCsvAndPdf()
  {
    // By hand: people from the lists, room from the township's open shelters,
    // with the second township made short.
    QVector<TownshipBalance> balance;
    for (const AdminUnit &t : mAllTownships) {
      TownshipBalance b;
      b.townshipCode = t.code;
      b.townshipName = t.name;
      for (const TownshipTransferList &l : mLists)
        if (l.townshipCode == t.code)
          b.peopleToMove = l.people;
      for (const Shelter &s : Shelters(*mStore).where(QStringLiteral("village_code LIKE ? AND is_open = 1"), {t.code.left(9) + QLatin1Char('%')})) {
        ++b.shelters;
        b.shelterCapacity += std::max<qint64>(0, s.capacity - s.occupancy);
      }
      balance << b;
    }
    int shortIndex = -1;
    for (int i = 0; i < balance.size(); ++i)
      if (balance[i].townshipCode == mLists[1].townshipCode) {
        balance[i].shelterCapacity = balance[i].peopleToMove / 4; // short by three quarters: red
        shortIndex = i;
      }
    QVERIFY(shortIndex >= 0);
    const TownshipBalance &shortOne = balance[shortIndex];
    QVERIFY(shortOne.shortfall() > 0);

    const QString csv = mSample.dir() + QStringLiteral("/balance.csv");
    QVERIFY(writeShelterBalanceCsv(balance, csv).ok());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QVector<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(records.size(), 1 + balance.size() + 1); // header, townships, county total
    bool seen = false;
    for (const QStringList &r : records)
      if (r.value(0) == shortOne.townshipCode) {
        seen = true;
        QCOMPARE(r.value(5).toLongLong(), shortOne.shortfall());
        QCOMPARE(r.value(2).toLongLong(), shortOne.peopleToMove);
      }
    QVERIFY(seen);

    const QString pdf = mSample.dir() + QStringLiteral("/balance.pdf");
    const Status s = writeShelterBalancePdf(*mStore, balance, pdf, mPlan.name);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    const QString all = flat(testing::pdfText(pdf));
    const auto has = [&](const QString &expected) { return all.contains(flat(testing::foldCjkRadicals(expected))); };
    QVERIFY(has(QCoreApplication::translate("onemap::ShelterBalanceReport", "%1 shelter balance by township").arg(mStore->meta(QStringLiteral("county_name")))));
    for (const TownshipBalance &b : balance)
      QVERIFY2(has(b.townshipName), qPrintable(b.townshipName));
    QVERIFY(all.contains(QString::number(shortOne.shortfall())));
    // The county map: the short township in the red class, the others drawn too.
    const QImage page = renderPage(pdf, 1, mSample.dir() + QStringLiteral("/balance-p1"));
    QVERIFY(!page.isNull());
    QVERIFY2(inkedShare(page, QRectF(15, 45, 180, 118)) > 0.3, "map blank");
    const int red = pixelsNear(page, QRectF(15, 45, 180, 118), QColor(225, 60, 60), 35);
    QVERIFY2(red > 100, qPrintable(QString::number(red)));
  }

  void shelterCoverageCsvAndPdf()
  {
    // By hand: 1.2 km around each open shelter of the first township is
    // covered; villages get their covered share of that.
    CoverageResult result;
    const QString prefix = mLists.first().townshipCode.left(9) + QLatin1Char('%');
    QVector<QgsGeometry> discs;
    QSet<QString> withShelter;
    for (const Shelter &s : Shelters(*mStore).where(QStringLiteral("is_open = 1"))) {
      withShelter << s.villageCode;
      if (s.villageCode.startsWith(prefix.left(9))) {
        discs << QgsGeometry::fromPointXY(QgsPointXY(s.location.lon, s.location.lat)).buffer(0.012, 12);
        ++result.shelters;
      }
    }
    QVERIFY(!discs.isEmpty());
    result.covered = QgsGeometry::unaryUnion(discs);
    int uncovered = 0;
    QString uncoveredName, noShelterName;
    for (const AdminUnit &v : AdminUnits(*mStore).where(QStringLiteral("level = 'village'"))) {
      const QgsGeometry g = QgsGeometry::fromWkt(v.wkt);
      VillageCoverage c;
      c.code = v.code;
      c.name = v.name;
      c.townshipCode = v.parentCode;
      c.population = v.population;
      c.areaKm2 = v.areaKm2;
      const double share = g.area() > 0 ? g.intersection(result.covered).area() / g.area() : 0;
      c.coveredKm2 = share * v.areaKm2;
      c.coveredPopulation = qint64(share * v.population);
      // The sample gives every village a shelter: the second township's are taken as closed.
      c.hasOwnShelter = withShelter.contains(v.code) && !v.code.startsWith(mLists[1].townshipCode.left(9));
      if (c.uncovered()) {
        ++uncovered;
        if (uncoveredName.isEmpty())
          uncoveredName = c.name;
      }
      if (!c.hasOwnShelter && noShelterName.isEmpty())
        noShelterName = c.name;
      result.countyKm2 += c.areaKm2;
      result.coveredKm2 += c.coveredKm2;
      result.population += c.population;
      result.coveredPopulation += c.coveredPopulation;
      result.villages << c;
    }
    QVERIFY(uncovered > 0 && uncovered < result.villages.size());
    QVERIFY(!noShelterName.isEmpty());

    const QString csv = mSample.dir() + QStringLiteral("/coverage.csv");
    QVERIFY(writeShelterCoverageCsv(*mStore, result, csv).ok());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QVector<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(records.size(), 1 + result.villages.size());
    int uncoveredRows = 0;
    const QString yes = QCoreApplication::translate("onemap::ShelterCoverageReport", "yes");
    for (int i = 1; i < records.size(); ++i)
      uncoveredRows += records[i].last() == yes;
    QCOMPARE(uncoveredRows, uncovered);

    const QString pdf = mSample.dir() + QStringLiteral("/coverage.pdf");
    CoverageOptions options;
    const Status s = writeShelterCoveragePdf(*mStore, result, options, pdf);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    const QString all = flat(testing::pdfText(pdf));
    const auto has = [&](const QString &expected) { return all.contains(flat(testing::foldCjkRadicals(expected))); };
    QVERIFY(has(QCoreApplication::translate("onemap::ShelterCoverageReport", "%1 shelter coverage").arg(mStore->meta(QStringLiteral("county_name")))));
    QVERIFY(has(QCoreApplication::translate("onemap::ShelterCoverageReport", "Villages left uncovered")));
    QVERIFY(has(QCoreApplication::translate("onemap::ShelterCoverageReport", "Villages without a shelter of their own")));
    QVERIFY2(has(uncoveredName), qPrintable(uncoveredName));
    QVERIFY2(has(noShelterName), qPrintable(noShelterName));
    QVERIFY(all.contains(QString::number(result.coveredPopulation)));
    const QImage page = renderPage(pdf, 1, mSample.dir() + QStringLiteral("/coverage-p1"));
    QVERIFY(!page.isNull());
    // The covered discs: translucent green over the villages' fill.
    const int green = pixelsNear(page, QRectF(15, 40, 180, 130), QColor(130, 200, 150), 40);
    QVERIFY2(green > 30, qPrintable(QString::number(green)));
  }

  void transferStatusCsvOneRowPerVillage()
  {
    QVector<VillageTransferStatus> status;
    for (const TownshipTransferList &t : mLists) {
      VillageTransferStatus v;
      v.townshipCode = t.townshipCode;
      v.villageCode = t.rows.first().villageCode;
      v.villageName = status.isEmpty() ? QStringLiteral("+1,\"村\"") : t.townshipName;
      v.planned = t.people;
      v.transferred = t.placed;
      v.lastReportAt = QStringLiteral("2026-07-01T10:00:00");
      status << v;
    }
    const QString out = mSample.dir() + QStringLiteral("/status.csv");
    QVERIFY(writeTransferStatusCsv(status, out).ok());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QVector<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(records.size(), 1 + status.size());
    QCOMPARE(records[1].at(2), QStringLiteral("'+1,\"村\""));
    QCOMPARE(records[1].at(3).toLongLong(), status.first().planned);
    QCOMPARE(records[1].at(4).toLongLong(), status.first().transferred);
  }

  void badTargetsAreRefusedByName()
  {
    const QString dir = mSample.dir();
    Status s = writeTransferListPdf(*mStore, mPlan, mLists, dir + QStringLiteral("/x.docx"));
    QVERIFY(!s.ok() && s.message().contains(QStringLiteral("x.docx")));
    s = writeTransferListXlsx(mPlan, mLists, dir + QStringLiteral("/missing/x.xlsx"));
    QVERIFY(!s.ok() && s.message().contains(QStringLiteral("x.xlsx")));
    s = writeTransferListCsv(mLists, dir + QStringLiteral("/x.txt"));
    QVERIFY(!s.ok() && s.message().contains(QStringLiteral("x.txt")));
    QVERIFY(!QFile::exists(dir + QStringLiteral("/missing")));
    // Cancelled before it starts: refused by name, nothing written.
    QgsFeedback cancelled;
    cancelled.cancel();
    s = writeTransferListPdf(*mStore, mPlan, mLists, dir + QStringLiteral("/cancelled.pdf"), &cancelled);
    QVERIFY(!s.ok() && s.message().contains(QStringLiteral("cancelled.pdf")));
    QVERIFY(!QFile::exists(dir + QStringLiteral("/cancelled.pdf")));
    QVERIFY(!QFile::exists(dir + QStringLiteral("/cancelled.part.pdf")));
  }

  void cleanupTestCase()
  {
    mStore.reset();
    // To look at the files by eye: ONEMAP_KEEP_EXPORTS=<folder>.
    const QString keep = qEnvironmentVariable("ONEMAP_KEEP_EXPORTS");
    if (!keep.isEmpty())
      for (const QFileInfo &f : QDir(mSample.dir()).entryInfoList({QStringLiteral("*.pdf"), QStringLiteral("*.csv"), QStringLiteral("*.xlsx"), QStringLiteral("*.png")}))
        QFile::copy(f.filePath(), QDir(keep).filePath(f.fileName()));
  }

private:
  testing::SampleStore mSample;
  std::unique_ptr<Store> mStore;
  TransferPlan mPlan;
  QVector<AdminUnit> mAllTownships;
  QVector<TownshipTransferList> mLists;
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true, QStringLiteral("zh"));
  TestTransferExports test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_transfer_exports.moc"
