// The progressive stage at a time (WarningStage::at) and the store watch the
// board uses to notice warnings another connection writes (WarningWatch).
#include "SampleStore.h"
#include "store/SqlStatement.h"
#include "warnings/Warning.h"
#include "warnings/WarningStage.h"
#include "warnings/WarningWatch.h"

#include <QSignalSpy>
#include <QtTest>

using namespace onemap;

class TestWarningWatch : public QObject
{
  Q_OBJECT

  testing::SampleStore mSample;

private Q_SLOTS:
  void stageMovesOnButNeverBack_data()
  {
    QTest::addColumn<QString>("issued");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("expected");
    // Onset at 2024-06-21 20:00 +08:00.
    QTest::newRow("three days ahead") << "72h" << "2024-06-18T20:00:00+08:00" << "72h";
    QTest::newRow("a day ahead") << "72h" << "2024-06-20T21:00:00+08:00" << "24h";
    QTest::newRow("five hours ahead") << "24h" << "2024-06-21T15:00:00+08:00" << "6h";
    QTest::newRow("ninety minutes ahead") << "24h" << "2024-06-21T18:30:00+08:00" << "2h";
    QTest::newRow("at onset") << "24h" << "2024-06-21T20:00:00+08:00" << "live";
    QTest::newRow("after onset, in UTC") << "6h" << "2024-06-21T13:00:00Z" << "live";
    QTest::newRow("issued later stage than the clock") << "6h" << "2024-06-21T08:00:00+08:00" << "6h";
    QTest::newRow("no stage given") << "" << "2024-06-21T08:00:00+08:00" << "24h";
  }
  void stageMovesOnButNeverBack()
  {
    QFETCH(QString, issued);
    QFETCH(QString, now);
    QFETCH(QString, expected);
    QCOMPARE(WarningStage::at(issued, QStringLiteral("2024-06-21T20:00:00+08:00"), QStringLiteral("2024-06-20T08:00:00+08:00"),
                              QDateTime::fromString(now, Qt::ISODate)),
             expected);
  }
  void stageFallsBackToEffectiveThenToTheIssuedStage()
  {
    const QDateTime now = QDateTime::fromString(QStringLiteral("2024-06-20T07:00:00+08:00"), Qt::ISODate);
    QCOMPARE(WarningStage::at(QStringLiteral("72h"), QString(), QStringLiteral("2024-06-20T08:00:00+08:00"), now), QStringLiteral("2h"));
    QCOMPARE(WarningStage::at(QStringLiteral("24h"), QString(), QString(), now), QStringLiteral("24h"));
    QCOMPARE(WarningStage::rank(QStringLiteral("live")), 4);
    QCOMPARE(WarningStage::rank(QStringLiteral("soon")), -1);
  }

  void watchSeesOtherConnectionsWarnings()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    WarningWatch watch(mSample.path(), nullptr, 60 * 60 * 1000); // polled by hand here
    QVERIFY2(watch.isValid(), qPrintable(watch.error()));
    QSignalSpy changed(&watch, &WarningWatch::changed);
    QVERIFY(!watch.check());

    auto other = Store::open(mSample.path());
    QVERIFY(other);
    // A ledger edit elsewhere moves the data version but not the warnings.
    QVERIFY(SqlStatement(other.value()->handle(), QStringLiteral("UPDATE shelters SET occupancy = occupancy + 1 WHERE id = 1")).exec());
    QVERIFY(!watch.check());
    QCOMPARE(changed.count(), 0);

    Warnings warnings(*other.value());
    Warning w = warnings.all().first();
    w.id = 0;
    w.identifier += QStringLiteral("-2");
    const Result<qint64> id = warnings.add(w, QStringLiteral("test"));
    QVERIFY(id);
    QVERIFY(watch.check());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<QList<qint64>>(), QList<qint64> {id.value()});
    QCOMPARE(watch.lastId(), id.value());

    // A status change alone is a change with no arrival.
    Warning again = warnings.get(id.value()).value();
    again.status = QStringLiteral("expired");
    QVERIFY(warnings.update(again, QStringLiteral("test")));
    QVERIFY(watch.check());
    QCOMPARE(changed.count(), 2);
    QVERIFY(changed.last().first().value<QList<qint64>>().isEmpty());
  }
};

QTEST_GUILESS_MAIN(TestWarningWatch)
#include "test_warning_watch.moc"
