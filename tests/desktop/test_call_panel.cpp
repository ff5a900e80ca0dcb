// The call panel offscreen over a real sample store: pressing Called and
// Answered… writes the calls (with their audit rows) through CallList, the
// answer dialog names who answered, a call past its limit is red in the model,
// the limit spin box and the clock move that line, Undo clears a mistake, and
// the call sheet is exported as a PDF.
//
// Set ONEMAP_GRAB_DIR to a folder to also save the panel as a PNG there.
#include "PdfText.h"
#include "SampleStore.h"
#include "app/QgisRuntime.h"
#include "store/AuditLog.h"
#include "store/SqlStatement.h"
#include "warnings/AnswerDialog.h"
#include "warnings/CallPanel.h"
#include "warnings/CapIngest.h"
#include "warnings/CapParser.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

using namespace onemap;

namespace {
QByteArray cap(const QString &townshipCode)
{
  return QStringLiteral(
           "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">"
           "<identifier>53990104100300021_20240620080000</identifier><sender>53990104100@weather.example.cn</sender>"
           "<sent>2024-06-20T08:00:00+08:00</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope>"
           "<info><language>zh-CN</language><category>Met</category><event>暴雨</event><urgency>Expected</urgency>"
           "<severity>Extreme</severity><certainty>Likely</certainty><expires>2024-06-21T20:00:00+08:00</expires>"
           "<senderName>示范县气象台</senderName><headline>示范县气象台发布暴雨红色预警信号</headline>"
           "<area><areaDesc>乡镇</areaDesc><geocode><valueName>GB/T 2260</valueName><value>%1</value></geocode></area>"
           "</info></alert>\n")
    .arg(townshipCode)
    .toUtf8();
}

QDateTime at(const char *hhmm) { return QDateTime::fromString(QStringLiteral("2024-06-20T%1:00+08:00").arg(QLatin1String(hhmm)), Qt::ISODate); }

void grab(QWidget *widget, const QString &name)
{
  const QString dir = qEnvironmentVariable("ONEMAP_GRAB_DIR");
  if (dir.isEmpty())
    return;
  widget->resize(1100, 560);
  widget->show();
  QCoreApplication::processEvents();
  QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
}
} // namespace

class TestCallPanel : public QObject
{
  Q_OBJECT

  testing::SampleStore mSample;
  std::unique_ptr<Store> mStore;
  std::unique_ptr<CallPanel> mPanel;
  QDateTime mNow = at("08:40");
  qint64 mWarning = 0;
  QString mTownship;
  qint64 mLeader = 0;
  qint64 mManager = 0;

  QString field(qint64 callId, const char *column)
  {
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT %1 FROM warning_calls WHERE id = ?").arg(QLatin1String(column)));
    q.bind(1, callId);
    return q.next() ? q.text(0) : QStringLiteral("<none>");
  }
  qint64 callOf(const char *role)
  {
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT id FROM warning_calls WHERE warning_id = ? AND admin_code = ? AND role = ?"));
    q.bind(1, mWarning).bind(2, mTownship).bind(3, QLatin1String(role));
    return q.next() ? q.int64(0) : 0;
  }
  QVariant background(qint64 callId, int column = CallPanel::Person)
  {
    const QModelIndex i = mPanel->indexOfCall(callId);
    return i.sibling(i.row(), column).data(Qt::BackgroundRole);
  }
  bool isRed(qint64 callId)
  {
    const QVariant b = background(callId);
    return b.isValid() && b.value<QBrush>().color() == CallPanel::overdueBackground();
  }
  QString cell(qint64 callId, int column)
  {
    const QModelIndex i = mPanel->indexOfCall(callId);
    return i.sibling(i.row(), column).data().toString();
  }

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    auto s = Store::open(mSample.path());
    QVERIFY2(s.ok(), qPrintable(s.message()));
    mStore = s.take();
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT code FROM admin_units WHERE level = 'township' ORDER BY code LIMIT 1 OFFSET 1"));
    QVERIFY(q.next());
    mTownship = q.text(0);
    Result<CapMessage> m = CapParser::parse(cap(mTownship));
    QVERIFY2(m.ok(), qPrintable(m.message()));
    Result<CapIngestOutcome> o = CapIngest::ingest(*mStore, m.value(), at("08:01"));
    QVERIFY2(o.ok(), qPrintable(o.message()));
    mWarning = o.value().id;

    mPanel = std::make_unique<CallPanel>(*mStore);
    mPanel->setClock([this] { return mNow; });
    mPanel->setRecorder(QStringLiteral("值班员甲"));
    mPanel->setMinutes(30);
    mPanel->setWarning(mWarning);
    mLeader = callOf("disaster_responsible");
    mManager = callOf("emergency_manager");
    QVERIFY(mLeader > 0 && mManager > 0);
  }

  void showsTheCallListGroupedByTownship()
  {
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT count(*) FROM warning_calls WHERE warning_id = ?"));
    q.bind(1, mWarning);
    QVERIFY(q.next());
    const int calls = int(q.int64(0));
    QVERIFY(calls > 5);
    QStandardItemModel *model = mPanel->model();
    QCOMPARE(model->rowCount(), 1); // one township
    QCOMPARE(model->item(0)->rowCount(), calls);
    QVERIFY(model->item(0)->text().contains(QStringLiteral("0/%1").arg(calls)));
    QVERIFY(mPanel->view()->isExpanded(model->index(0, 0)));
    // The township's leader is the first call.
    QCOMPARE(model->item(0)->child(0, CallPanel::Unit)->data(CallPanel::CallIdRole).toLongLong(), mLeader);
    // Refreshed every 30 s while a warning is shown.
    QVERIFY(mPanel->refreshTimer()->isActive());
    QCOMPARE(mPanel->refreshTimer()->interval(), 30000);
    // Nothing selected: the buttons wait.
    QVERIFY(!mPanel->calledButton()->isEnabled());
    QVERIFY(!mPanel->answeredButton()->isEnabled());
  }

  void overdueRowsAreRed()
  {
    // 40 minutes after sending, nobody called: every call is 10 minutes over.
    QVERIFY(isRed(mLeader));
    QVERIFY(isRed(mManager));
    QCOMPARE(cell(mLeader, CallPanel::Waiting), QStringLiteral("+10 min"));
    QVERIFY(mPanel->summaryLabel()->text().contains(QStringLiteral("after 30 min")));
    // With a 60-minute limit nobody is late yet.
    mPanel->minutesBox()->setValue(60);
    QVERIFY(!isRed(mLeader));
    QCOMPARE(cell(mLeader, CallPanel::Waiting), QStringLiteral("40 min"));
    mPanel->minutesBox()->setValue(30);
    QVERIFY(isRed(mLeader));
  }

  void calledButtonRecordsTheCalls()
  {
    const qint64 audit = AuditLog(*mStore).count();
    // Two calls at once: the leader and the emergency manager.
    QVERIFY(mPanel->selectCall(mLeader));
    const QModelIndex manager = mPanel->indexOfCall(mManager);
    mPanel->view()->selectionModel()->select(manager, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(mPanel->selectedCalls().size(), 2);
    QVERIFY(mPanel->calledButton()->isEnabled());
    QTest::mouseClick(mPanel->calledButton(), Qt::LeftButton);
    QVERIFY2(mPanel->errorLabel()->isHidden(), qPrintable(mPanel->errorLabel()->text()));
    QCOMPARE(field(mLeader, "called_at"), QStringLiteral("2024-06-20T08:40:00+08:00"));
    QCOMPARE(field(mLeader, "called_by"), QStringLiteral("值班员甲"));
    QCOMPARE(field(mManager, "called_at"), QStringLiteral("2024-06-20T08:40:00+08:00"));
    QCOMPARE(AuditLog(*mStore).count(), audit + 2);
    const AuditEntry e = AuditLog(*mStore).history(QStringLiteral("warning_calls"), mLeader).first();
    QCOMPARE(e.actor, QStringLiteral("值班员甲"));
    QCOMPARE(e.after.value(QStringLiteral("called_by")).toString(), QStringLiteral("值班员甲"));
    // Just called: due from now, so no longer red; the selection survived the refresh.
    QVERIFY(!isRed(mLeader));
    QCOMPARE(cell(mLeader, CallPanel::CalledAt), QStringLiteral("06-20 08:40"));
    QCOMPARE(mPanel->selectedCalls().size(), 2);

    // Pressing again is refused, shown, and writes nothing.
    QTest::mouseClick(mPanel->calledButton(), Qt::LeftButton);
    QVERIFY(!mPanel->errorLabel()->isHidden());
    QVERIFY2(mPanel->errorLabel()->text().contains(QStringLiteral("already called")), qPrintable(mPanel->errorLabel()->text()));
    QCOMPARE(AuditLog(*mStore).count(), audit + 2);
  }

  void answeredAsksWhoAnswered()
  {
    mNow = at("08:47");
    QVERIFY(mPanel->selectCall(mLeader));
    QVERIFY(mPanel->answeredButton()->isEnabled());
    const QString person = field(mLeader, "person_name");
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
      auto *dialog = qobject_cast<AnswerDialog *>(QApplication::activeModalWidget());
      QVERIFY(dialog);
      seen = true;
      QCOMPARE(dialog->answeredBy(), person); // the person is offered first
      dialog->answeredByEdit()->setEditText(QStringLiteral("代接人乙"));
      dialog->noteEdit()->setText(QStringLiteral("已组织转移"));
      dialog->accept();
    });
    QTest::mouseClick(mPanel->answeredButton(), Qt::LeftButton);
    QVERIFY(seen);
    QVERIFY2(mPanel->errorLabel()->isHidden(), qPrintable(mPanel->errorLabel()->text()));
    QCOMPARE(field(mLeader, "answered_at"), QStringLiteral("2024-06-20T08:47:00+08:00"));
    QCOMPARE(field(mLeader, "answered_by"), QStringLiteral("代接人乙"));
    QCOMPARE(field(mLeader, "note"), QStringLiteral("已组织转移"));
    const AuditEntry e = AuditLog(*mStore).history(QStringLiteral("warning_calls"), mLeader).first();
    QCOMPARE(e.actor, QStringLiteral("值班员甲"));
    QCOMPARE(e.after.value(QStringLiteral("answered_by")).toString(), QStringLiteral("代接人乙"));
    QCOMPARE(cell(mLeader, CallPanel::AnsweredBy), QStringLiteral("代接人乙"));
    QCOMPARE(cell(mLeader, CallPanel::Waiting), QString());

    // Cancelling the dialog writes nothing.
    QVERIFY(mPanel->selectCall(mManager));
    const qint64 audit = AuditLog(*mStore).count();
    QTimer::singleShot(0, this, [] {
      if (auto *dialog = qobject_cast<AnswerDialog *>(QApplication::activeModalWidget()))
        dialog->reject();
    });
    QTest::mouseClick(mPanel->answeredButton(), Qt::LeftButton);
    QCOMPARE(AuditLog(*mStore).count(), audit);
    QCOMPARE(field(mManager, "answered_at"), QString());
  }

  void calledButUnansweredTurnsRedAfterTheLimit()
  {
    // The manager was called at 08:40; at 09:15 (35 min) with a 30-minute limit it is late.
    mNow = at("09:15");
    mPanel->refresh();
    QVERIFY(isRed(mManager));
    QVERIFY(isRed(mManager) && background(mManager, CallPanel::Waiting).isValid());
    QCOMPARE(cell(mManager, CallPanel::Waiting), QStringLiteral("+5 min"));
    QVERIFY(!isRed(mLeader)); // answered
    QVERIFY(mPanel->model()->item(0)->text().contains(QStringLiteral("answered 1/")));
    grab(mPanel.get(), QStringLiteral("call_panel.png"));
  }

  void undoClearsAMistake()
  {
    QVERIFY(mPanel->selectCall(mLeader));
    QTest::mouseClick(mPanel->undoButton(), Qt::LeftButton);
    QVERIFY2(mPanel->errorLabel()->isHidden(), qPrintable(mPanel->errorLabel()->text()));
    QCOMPARE(field(mLeader, "answered_at"), QString());
    QCOMPARE(field(mLeader, "called_at"), QStringLiteral("2024-06-20T08:40:00+08:00"));
    const AuditEntry e = AuditLog(*mStore).history(QStringLiteral("warning_calls"), mLeader).first();
    QCOMPARE(e.before.value(QStringLiteral("answered_by")).toString(), QStringLiteral("代接人乙"));
    QVERIFY(e.after.value(QStringLiteral("answered_by")).toString().isEmpty());
    // Unanswered again, 35 minutes after its call: red.
    QVERIFY(isRed(mLeader));
    // Answer it again properly, for the sheet.
    QVERIFY(mPanel->selectCall(mLeader));
    QVERIFY(mPanel->markCurrentAnswered(field(mLeader, "person_name"), QStringLiteral("已叫应")).ok());
  }

  void exportsTheCallSheet()
  {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("calls.pdf"));
    const Status s = mPanel->exportSheet(pdf);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    const QString text = testing::pdfText(pdf);
    QVERIFY2(text.contains(field(mLeader, "person_name")), qPrintable(text.left(1500)));
    QVERIFY2(text.contains(field(mManager, "person_name")), qPrintable(text.left(1500)));
    QVERIFY2(text.contains(QStringLiteral("06-20 09:15")), qPrintable(text.left(1500))); // the leader's answer
    QVERIFY2(text.contains(QStringLiteral("叫应")), qPrintable(text.left(1500)));
    const QString xlsx = dir.filePath(QStringLiteral("calls.xlsx"));
    QVERIFY(mPanel->exportSheet(xlsx).ok());
    QVERIFY(QFileInfo(xlsx).size() > 0);
    if (!qEnvironmentVariableIsEmpty("ONEMAP_GRAB_DIR"))
      QFile::copy(pdf, qEnvironmentVariable("ONEMAP_GRAB_DIR") + QStringLiteral("/call_sheet.pdf"));
  }

  void panelOnAStorePath()
  {
    // The warnings dock may hand over a path: the panel opens the store itself.
    CallPanel own(mSample.path());
    own.setClock([this] { return mNow; });
    own.setWarning(mWarning);
    QVERIFY(own.errorLabel()->isHidden());
    QCOMPARE(own.model()->rowCount(), 1);
    QVERIFY(own.indexOfCall(mLeader).isValid());
    CallPanel missing(QStringLiteral("/nonexistent/store.sqlite"));
    QVERIFY(!missing.errorLabel()->isHidden());
    missing.setWarning(mWarning);
    QVERIFY(!missing.calledButton()->isEnabled());
    QVERIFY(!missing.exportButton()->isEnabled());
  }

  void cleanupTestCase() { mPanel.reset(); }
};

int main(int argc, char **argv)
{
  // Keep the remembered recorder and limit out of the user's settings.
  QTemporaryDir config;
  qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
  QgisRuntime runtime(argc, argv, true, QStringLiteral("en"));
  TestCallPanel test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_call_panel.moc"
