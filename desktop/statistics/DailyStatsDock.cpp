#include "DailyStatsDock.h"
#include "store/AuditLog.h"
#include "ui/ViewMenu.h"

#include "DailyStatsModel.h"
#include "StatisticEditCommand.h"
#include "export/notices/NoticeActions.h"
#include "export/statistics/DailyReportPdf.h"
#include "plugins/BoardPlugins.h"
#include "statistics/DailyReportFiles.h"
#include "statistics/DailyStatistics.h"
#include "store/Store.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace onemap {


DailyStatsDock *DailyStatsDock::addTo(QMainWindow *window, const QgsProject *project)
{
  const QString path = NoticeActions::storePathOf(project);
  if (path.isEmpty())
    return nullptr;
  auto *dock = new DailyStatsDock(path, StatisticFields::fromRegistry(BoardPlugins::registry()), window);
  if (!dock->isValid()) {
    qWarning().noquote() << dock->error();
    delete dock;
    return nullptr;
  }
  window->addDockWidget(Qt::BottomDockWidgetArea, dock);
  dock->hide(); // opened from the menu while a response is on
  QAction *toggle = dock->toggleViewAction();
  toggle->setText(QCoreApplication::translate("onemap::DailyStatsDock", "Daily statistics (seven situations)"));
  toggle->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+D")));
  viewMenu(window)->addAction(toggle);
  return dock;
}

DailyStatsDock::DailyStatsDock(const QString &storePath, const StatisticFields &fields, QWidget *parent)
  : QDockWidget(tr("Daily statistics (seven situations)"), parent)
{
  setObjectName(QStringLiteral("dailystats"));
  auto opened = Store::open(storePath);
  if (!opened) {
    mError = opened.message();
    return;
  }
  mStore = opened.take();
  mStats = std::make_unique<DailyStatistics>(*mStore, fields);
  mActor = AuditLog::loginName();
  mUndo = new QUndoStack(this);
  mModel = new DailyStatsModel(*mStats, this);
  connect(mModel, &DailyStatsModel::editRequested, this, [this](const QString &township, const QString &field, const QString &text) {
    if (!editCell(township, field, text))
      QMessageBox::warning(this, windowTitle(), mError);
  });
  buildUi();
  reload();
}

DailyStatsDock::~DailyStatsDock()
{
  // The commands refer to mStats: drop them first.
  if (mUndo)
    mUndo->clear();
}

void DailyStatsDock::buildUi()
{
  auto *body = new QWidget(this);
  auto *layout = new QVBoxLayout(body);
  auto *bar = new QHBoxLayout;
  bar->addWidget(new QLabel(tr("Date:"), body));
  mDate = new QDateEdit(DailyStatistics::countyToday(), body);
  mDate->setCalendarPopup(true);
  mDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  mDate->setMaximumDate(DailyStatistics::countyToday()); // no report for a day to come
  bar->addWidget(mDate);
  const auto button = [&](const QString &text, const QString &tip, auto slot) {
    auto *b = new QPushButton(text, body);
    b->setToolTip(tip);
    connect(b, &QPushButton::clicked, this, slot);
    bar->addWidget(b);
    return b;
  };
  button(tr("Copy yesterday"), tr("Fill the empty cells with the day before's values; entered values stay."), [this] { copyPreviousDay(); });
  button(tr("Accept suggestions"), tr("Fill the empty cells with the values the store derives (grey); entered values stay."), [this] { acceptSuggestions(); });
  auto *undo = mUndo->createUndoAction(this, tr("Undo"));
  undo->setShortcut(QKeySequence::Undo);
  auto *redo = mUndo->createRedoAction(this, tr("Redo"));
  redo->setShortcut(QKeySequence::Redo);
  for (QAction *a : {undo, redo}) {
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(a);
    auto *b = new QToolButton(body);
    b->setDefaultAction(a);
    bar->addWidget(b);
  }
  button(tr("Export..."), tr("Write the day's report as PDF, CSV or Excel."), [this] { exportAsked(); });
  bar->addStretch(1);
  layout->addLayout(bar);

  mSets = new QTabBar(body);
  for (const QString &s : StatisticFields::sets())
    mSets->addTab(StatisticFields::setLabel(s));
  layout->addWidget(mSets);
  mView = new QTableView(body);
  mView->setModel(mModel);
  mView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
  mView->horizontalHeader()->setDefaultSectionSize(92);
  mView->horizontalHeader()->setMinimumHeight(mView->fontMetrics().height() * 5 + 12); // five lines of label
  mView->verticalHeader()->setDefaultSectionSize(mView->fontMetrics().height() + 8);
  // Long field labels wrap in the header (QHeaderView honours TextWordWrap in the alignment).
  mView->horizontalHeader()->setDefaultAlignment(Qt::Alignment(QFlag(int(Qt::AlignCenter) | int(Qt::TextWordWrap))));
  // The explicit way to let a suggestion replace an entry, and to clear cells.
  mView->setContextMenuPolicy(Qt::ActionsContextMenu);
  auto *use = new QAction(tr("Use the suggested value"), mView);
  connect(use, &QAction::triggered, this, [this] { useSuggestionInSelection(); });
  auto *clear = new QAction(tr("Clear"), mView);
  clear->setShortcut(QKeySequence::Delete);
  clear->setShortcutContext(Qt::WidgetShortcut);
  connect(clear, &QAction::triggered, this, [this] {
    QVector<StatisticEdit> edits;
    const DailyReport &r = mModel->report();
    for (const QModelIndex &i : mView->selectionModel()->selectedIndexes())
      if (i.row() < r.townships.size() && r.values[i.row()][i.column()])
        edits << StatisticEdit {date(), set(), r.townships[i.row()].code, r.fields[i.column()].name, std::nullopt, QString(), QStringLiteral("manual")};
    if (!push(edits, tr("Clear %1 values").arg(edits.size())))
      QMessageBox::warning(this, windowTitle(), mError);
  });
  mView->addActions({use, clear});
  layout->addWidget(mView, 1);
  mSummary = new QLabel(body);
  layout->addWidget(mSummary);
  setWidget(body);

  connect(mDate, &QDateEdit::dateChanged, this, [this] { reload(); });
  connect(mSets, &QTabBar::currentChanged, this, [this] { reload(); });
}

QDate DailyStatsDock::date() const { return mDate->date(); }
QString DailyStatsDock::set() const { return StatisticFields::sets().value(mSets->currentIndex()); }
void DailyStatsDock::setDate(const QDate &date) { mDate->setDate(date); }
void DailyStatsDock::setSet(const QString &set) { mSets->setCurrentIndex(std::max(0, static_cast<int>(StatisticFields::sets().indexOf(set)))); }

void DailyStatsDock::reload()
{
  mModel->load(date(), set());
  const DailyReport &r = mModel->report();
  int reporting = 0;
  for (const auto &row : r.values)
    reporting += std::any_of(row.begin(), row.end(), [](const std::optional<double> &v) { return v.has_value(); }) ? 1 : 0;
  int waiting = 0;
  for (int t = 0; t < r.townships.size(); ++t)
    for (int f = 0; f < r.fields.size(); ++f)
      waiting += !r.values[t][f] && mModel->suggestions().contains(StatisticSuggestions::key(r.townships[t].code, r.fields[f].name)) ? 1 : 0;
  mSummary->setText(tr("%1 of %2 townships reported, %3 values; %4 suggestion(s) waiting (grey italics).")
                      .arg(reporting).arg(r.townships.size()).arg(r.entered()).arg(waiting));
}

bool DailyStatsDock::push(const QVector<StatisticEdit> &edits, const QString &text)
{
  if (edits.isEmpty())
    return true;
  for (const StatisticEdit &e : edits)
    if (Status s = mStats->validate(e); !s) {
      mError = s.message();
      return false;
    }
  auto *command = new StatisticEditCommand(*mStats, edits, mActor, text, [this] { reload(); });
  mUndo->push(command); // runs redo(): the write
  // An obsolete command was refused by the store and is already gone.
  if (mUndo->count() == 0 || mUndo->command(mUndo->index() - 1) != command) {
    mError = tr("The store refused the change.");
    return false;
  }
  mError.clear();
  return true;
}

bool DailyStatsDock::editCell(const QString &townshipCode, const QString &field, const QString &text)
{
  StatisticEdit e;
  e.date = date();
  e.set = set();
  e.townshipCode = townshipCode;
  e.field = field;
  if (!text.isEmpty()) {
    bool ok = false;
    const double v = QLocale().toDouble(text, &ok);
    const double c = ok ? v : text.toDouble(&ok);
    if (!ok) {
      mError = tr("%1: \"%2\" is not a number").arg(field, text);
      return false;
    }
    e.value = c;
  }
  if (const std::optional<DailyStatistic> old = mStats->entry(e.date, e.set, townshipCode, field))
    e.note = old->note; // a new value keeps the cell's note
  const StatisticField *f = mStats->fields().field(e.set, field);
  return push({e}, tr("Edit %1").arg(f ? f->label : field));
}

int DailyStatsDock::copyPreviousDay()
{
  const QVector<StatisticEdit> edits = mStats->copyEdits(date().addDays(-1), date(), set());
  return push(edits, tr("Copy %1 values from the day before").arg(edits.size())) ? edits.size() : 0;
}

int DailyStatsDock::acceptSuggestions()
{
  const QVector<StatisticEdit> edits = mStats->suggestionEdits(date(), set());
  return push(edits, tr("Accept %1 suggested values").arg(edits.size())) ? edits.size() : 0;
}

int DailyStatsDock::useSuggestionInSelection()
{
  QVector<StatisticEdit> edits;
  const DailyReport &r = mModel->report();
  for (const QModelIndex &i : mView->selectionModel()->selectedIndexes()) {
    if (i.row() >= r.townships.size())
      continue;
    const auto s = mModel->suggestions().constFind(StatisticSuggestions::key(r.townships[i.row()].code, r.fields[i.column()].name));
    if (s == mModel->suggestions().constEnd() || (r.values[i.row()][i.column()] && *r.values[i.row()][i.column()] == s->value))
      continue;
    const std::optional<DailyStatistic> old = mStats->entry(date(), set(), s->townshipCode, s->field);
    edits << StatisticEdit {date(), set(), s->townshipCode, s->field, s->value, old ? old->note : QString(), QStringLiteral("suggested")};
  }
  if (!push(edits, tr("Use %1 suggested values").arg(edits.size()))) {
    QMessageBox::warning(this, windowTitle(), mError);
    return 0;
  }
  return edits.size();
}

void DailyStatsDock::showEvent(QShowEvent *event)
{
  QDockWidget::showEvent(event);
  // The CLI or another seat may have written meanwhile; the maximum date moves at midnight.
  mDate->setMaximumDate(DailyStatistics::countyToday());
  reload();
}

bool DailyStatsDock::exportTo(const QString &path)
{
  const DailyReport report = mStats->report(date(), set());
  const QString suffix = QFileInfo(path).suffix().toLower();
  Status s;
  if (suffix == QLatin1String("pdf"))
    s = DailyReportPdf::write(report, path);
  else if (suffix == QLatin1String("csv"))
    s = DailyReportFiles::writeCsv(report, path);
  else if (suffix == QLatin1String("xlsx"))
    s = DailyReportFiles::writeXlsx(report, path);
  else
    s = Status::failure(tr("%1: the report is written as .pdf, .csv or .xlsx").arg(path));
  mError = s ? QString() : s.message();
  return s.ok();
}

void DailyStatsDock::exportAsked()
{
  const QString name = QStringLiteral("%1-%2.pdf").arg(set(), date().toString(Qt::ISODate));
  const QString path = QFileDialog::getSaveFileName(this, tr("Export daily statistics"), name,
                                                    tr("PDF report (*.pdf);;CSV table (*.csv);;Excel workbook (*.xlsx)"));
  if (path.isEmpty())
    return;
  if (!exportTo(path))
    QMessageBox::warning(this, windowTitle(), mError);
}

} // namespace onemap
