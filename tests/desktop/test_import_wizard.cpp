// The import wizard end to end on a real store: a GBK file with one bad row
// is previewed decoded, mapped by its Chinese headers, imported keep-good,
// and the result page lists the bad row. Pages are saved as PNG when
// ONEMAP_SCREENSHOT_DIR is set (run under xvfb-run to look at them).
#include "SampleStore.h"
#include "import/ImportWizard.h"
#include "store/SqlStatement.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QRadioButton>
#include <QTableWidget>
#include <QTextCodec>
#include <QtTest>

using namespace onemap;

class TestImportWizard : public QObject
{
  Q_OBJECT

  void shoot(QWidget *w, const QString &name)
  {
    const QString dir = qEnvironmentVariable("ONEMAP_SCREENSHOT_DIR");
    if (!dir.isEmpty())
      QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
  }

private Q_SLOTS:
  void importsAndShowsTheReport()
  {
    testing::SampleStore sample;
    QVERIFY2(sample.ok(), qPrintable(sample.message()));
    const QString csv = sample.dir() + QStringLiteral("/wizard.csv");
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QTextCodec::codecForName("GBK")->fromUnicode(QString::fromUtf8(
      "编号,名称,灾种,规模,威胁人数,经度,纬度,责任人,联系电话\n"
      "WZ-1,龙潭村后山滑坡,滑坡,中型,35,108.90,28.80,张三,13800000001\n"
      "WZ-2,石门坎崩塌,崩塌,小型,约二十,108.91,28.81,李四,13800000002\n"
      "WZ-3,大沟泥石流,泥石流,大型,120,28.82,108.92,王五,13800000003\n"
      "WZ-4,河坝内涝点,内涝,小型,12,108.93,28.83,赵六,13800000004\n")));
    f.close();

    ImportWizard wizard(sample.path());
    wizard.show();
    wizard.setSource(QStringLiteral("hidden_dangers"), csv);
    auto *preview = wizard.findChildren<QTableWidget *>().value(0);
    QVERIFY(preview);
    QCOMPARE(preview->rowCount(), 4);
    QCOMPARE(preview->item(0, 1)->text(), QString::fromUtf8("龙潭村后山滑坡"));
    shoot(&wizard, QStringLiteral("import-1-source.png"));

    wizard.next();
    auto *mapping = wizard.findChildren<QTableWidget *>().value(1);
    QVERIFY(mapping && mapping->rowCount() > 10);
    auto *codeCombo = qobject_cast<QComboBox *>(mapping->cellWidget(0, 1));
    QCOMPARE(codeCombo->currentText(), QString::fromUtf8("编号"));
    // Township and village names can be mapped too (resolved to village_code).
    QStringList keys;
    for (int i = 0; i < mapping->rowCount(); ++i)
      keys << mapping->item(i, 0)->data(Qt::UserRole).toString();
    QVERIFY2(keys.contains(QStringLiteral("township_name")) && keys.contains(QStringLiteral("village_name")), qPrintable(keys.join(QLatin1Char(','))));
    shoot(&wizard, QStringLiteral("import-2-mapping.png"));

    wizard.next();
    wizard.findChildren<QRadioButton *>().value(1)->setChecked(true); // keep the good rows
    shoot(&wizard, QStringLiteral("import-3-mode.png"));
    wizard.next(); // runs the import

    QVERIFY(wizard.summary().has_value());
    QCOMPARE(wizard.summary()->inserted, 2);
    QCOMPARE(wizard.summary()->rejected, 2);
    auto *issues = wizard.findChildren<QTableWidget *>().value(2);
    QCOMPARE(issues->rowCount(), 2);
    QCOMPARE(issues->item(0, 1)->text(), QStringLiteral("3"));
    QCOMPARE(wizard.summary()->issues.first().field, QStringLiteral("threatened_people"));
    QVERIFY(!issues->item(0, 2)->text().isEmpty());
    QVERIFY(issues->item(1, 4)->text().contains(QStringLiteral("swapped")));
    shoot(&wizard, QStringLiteral("import-4-result.png"));
  }
};

QTEST_MAIN(TestImportWizard)
#include "test_import_wizard.moc"
