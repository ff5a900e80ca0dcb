#include "AgendaPanel.h"

#include "StepViews.h"
#include "consult/ConsultationSession.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace onemap {

namespace {
constexpr int kThumbWidth = 280;
constexpr int kIconWidth = 64;
} // namespace

AgendaPanel::AgendaPanel(ConsultationSession *session, QgsProject *project, QgsMapCanvas *canvas, QWidget *parent)
  : QWidget(parent), mSession(session), mProject(project), mCanvas(canvas)
{
  mSteps = new QListWidget(this);
  mSteps->setObjectName(QStringLiteral("steps"));
  mSteps->setIconSize(QSize(kIconWidth, kIconWidth * 9 / 16));
  mPosition = new QLabel(this);
  mPrevious = new QPushButton(tr("◀ Previous"), this);
  mPrevious->setObjectName(QStringLiteral("previous"));
  mPrevious->setToolTip(tr("Previous step (Page Up)"));
  mNext = new QPushButton(tr("Next ▶"), this);
  mNext->setObjectName(QStringLiteral("next"));
  mNext->setToolTip(tr("Next step (Page Down)"));
  auto *move = new QHBoxLayout;
  move->addWidget(mPrevious);
  move->addWidget(mPosition, 1, Qt::AlignCenter);
  move->addWidget(mNext);

  mTitle = new QLineEdit(this);
  mTitle->setObjectName(QStringLiteral("stepTitle"));
  mNotes = new QPlainTextEdit(this);
  mNotes->setObjectName(QStringLiteral("notes"));
  mNotes->setPlaceholderText(tr("Speaker notes for this step"));
  mNotes->installEventFilter(this);
  mSaveNotes = new QPushButton(tr("Save notes"), this);
  mSaveNotes->setObjectName(QStringLiteral("saveNotes"));
  mThumb = new QLabel(this);
  mThumb->setObjectName(QStringLiteral("snapshot"));
  mThumb->setFixedWidth(kThumbWidth);
  mThumb->setMinimumHeight(kThumbWidth * 9 / 16);
  mThumb->setAlignment(Qt::AlignCenter);
  mThumb->setFrameShape(QFrame::StyledPanel);
  mThumb->setWordWrap(true);
  mSaveView = new QPushButton(tr("Save current view to this step"), this);
  mSaveView->setObjectName(QStringLiteral("saveView"));
  mSaveView->setToolTip(tr("Layers on, map extent, selected objects and the boards shown"));

  auto *boards = new QGroupBox(tr("Boards on the wall"), this);
  auto *boardGrid = new QGridLayout(boards);
  for (int i = 0; i < boardKeys().size(); ++i) {
    auto *box = new QCheckBox(boardLabel(boardKeys()[i]), boards);
    box->setObjectName(QStringLiteral("board_") + boardKeys()[i]);
    box->setProperty("board", boardKeys()[i]);
    connect(box, &QCheckBox::toggled, this, &AgendaPanel::boardToggled);
    boardGrid->addWidget(box, i / 3, i % 3);
    mBoards << box;
  }

  auto *left = new QWidget(this);
  auto *leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 0, 0);
  leftLayout->addWidget(mSteps, 1);
  leftLayout->addLayout(move);

  auto *right = new QWidget(this);
  auto *rightLayout = new QVBoxLayout(right);
  rightLayout->setContentsMargins(0, 0, 0, 0);
  rightLayout->addWidget(mTitle);
  auto *notesRow = new QHBoxLayout;
  auto *notesColumn = new QVBoxLayout;
  notesColumn->addWidget(mNotes, 1);
  notesColumn->addWidget(mSaveNotes, 0, Qt::AlignRight);
  notesRow->addLayout(notesColumn, 1);
  auto *viewColumn = new QVBoxLayout;
  viewColumn->addWidget(mThumb);
  viewColumn->addWidget(mSaveView);
  viewColumn->addStretch();
  notesRow->addLayout(viewColumn);
  rightLayout->addLayout(notesRow, 1);
  rightLayout->addWidget(boards);

  auto *split = new QSplitter(Qt::Horizontal, this);
  split->addWidget(left);
  split->addWidget(right);
  split->setStretchFactor(1, 2);
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(split);

  connect(mPrevious, &QPushButton::clicked, mSession, &ConsultationSession::previous);
  connect(mNext, &QPushButton::clicked, mSession, &ConsultationSession::next);
  connect(mSteps, &QListWidget::currentRowChanged, this, [this](int row) {
    if (row >= 0 && row != mSession->currentStep())
      mSession->goToStep(row);
  });
  connect(mSaveNotes, &QPushButton::clicked, this, &AgendaPanel::saveNotes);
  connect(mSaveView, &QPushButton::clicked, this, &AgendaPanel::saveCurrentView);
  connect(mTitle, &QLineEdit::editingFinished, this, &AgendaPanel::renameStep);

  connect(mSession, &ConsultationSession::meetingChanged, this, [this] {
    mShown = -1; // the editors held another meeting's step: nothing of it is saved here
    refreshSteps();
    showStep(mSession->currentStep());
  });
  connect(mSession, &ConsultationSession::stepChanged, this, [this](int index) {
    showStep(index);
    refreshSteps();
  });
  connect(mSession, &ConsultationSession::recordChanged, this, [this] {
    refreshSteps();
    // An undo or another seat's save changed the step: show it unless the
    // operator is typing notes.
    if (!mNotes->document()->isModified())
      showStep(mSession->currentStep());
  });
  connect(mSession, &ConsultationSession::boardsChanged, this, &AgendaPanel::showBoards);
  refreshSteps();
  showStep(mSession->currentStep());
  showBoards(mSession->boards());
}

const QStringList &AgendaPanel::boardKeys()
{
  static const QStringList keys {QStringLiteral("map"), QStringLiteral("overview"), QStringLiteral("warnings"),
                                 QStringLiteral("impact"), QStringLiteral("forces"), QStringLiteral("tasks")};
  return keys;
}

QString AgendaPanel::boardLabel(const QString &key)
{
  if (key == QLatin1String("map"))
    return tr("Main map");
  if (key == QLatin1String("overview"))
    return tr("Overview");
  if (key == QLatin1String("warnings"))
    return tr("Warnings");
  if (key == QLatin1String("impact"))
    return tr("Impact by township");
  if (key == QLatin1String("forces"))
    return tr("Forces and materials");
  if (key == QLatin1String("tasks"))
    return tr("Tasks");
  return key;
}

QCheckBox *AgendaPanel::boardBox(const QString &key) const
{
  for (QCheckBox *box : mBoards)
    if (box->property("board").toString() == key)
      return box;
  return nullptr;
}

bool AgendaPanel::saveCurrentView()
{
  const int index = mSession->currentStep();
  if (index < 0 || !mCanvas || !mProject)
    return false;
  const StepView view = StepViews::capture(mCanvas, mProject, mSession->boards());
  // A closed meeting refuses the save: no need to render for it.
  const QByteArray png = mSession->isReadOnly() ? QByteArray() : StepViews::snapshot(mCanvas, mProject);
  return mSession->setStepView(index, view, png);
}

bool AgendaPanel::saveNotes()
{
  if (!mSession || mShown < 0 || !mNotes->document()->isModified())
    return true;
  if (mShown >= mSession->stepCount())
    return false;
  if (mNotes->toPlainText() == mSession->meeting().steps[mShown].speakerNotes) {
    mNotes->document()->setModified(false);
    return true;
  }
  if (!mSession->setStepNotes(mShown, mNotes->toPlainText()))
    return false;
  mNotes->document()->setModified(false);
  return true;
}

bool AgendaPanel::eventFilter(QObject *watched, QEvent *event)
{
  if (watched == mNotes && event->type() == QEvent::FocusOut && mSession && !mSession->isReadOnly())
    saveNotes();
  return QWidget::eventFilter(watched, event);
}

void AgendaPanel::refreshSteps()
{
  const QSignalBlocker block(mSteps);
  mSteps->clear();
  const int current = mSession->currentStep();
  const QVector<ConsultationStep> &steps = mSession->meeting().steps;
  for (int i = 0; i < steps.size(); ++i) {
    auto *item = new QListWidgetItem(tr("%1. %2").arg(i + 1).arg(steps[i].title), mSteps);
    QPixmap icon;
    if (!steps[i].snapshotPng.isEmpty() && icon.loadFromData(steps[i].snapshotPng, "PNG")) {
      item->setIcon(QIcon(icon.scaledToWidth(kIconWidth, Qt::SmoothTransformation)));
    } else {
      QPixmap blank(mSteps->iconSize()); // keeps the titles in one column
      blank.fill(Qt::transparent);
      item->setIcon(QIcon(blank));
    }
    if (i == current) {
      QFont bold = item->font();
      bold.setBold(true);
      item->setFont(bold);
    }
  }
  mSteps->setCurrentRow(current);
  updateEnabled();
}

void AgendaPanel::showStep(int index)
{
  if (mShown != index && mShown >= 0 && !mSession->isReadOnly()) {
    // What was typed for the step being left is kept.
    saveNotes();
    renameStep();
  }
  const QVector<ConsultationStep> &steps = mSession->meeting().steps;
  mShown = index >= 0 && index < steps.size() ? index : -1;
  {
    const QSignalBlocker blockTitle(mTitle);
    mTitle->setText(mShown >= 0 ? steps[mShown].title : QString());
  }
  mNotes->setPlainText(mShown >= 0 ? steps[mShown].speakerNotes : QString());
  mNotes->document()->setModified(false);
  QPixmap snapshot;
  if (mShown >= 0 && !steps[mShown].snapshotPng.isEmpty() && snapshot.loadFromData(steps[mShown].snapshotPng, "PNG")) {
    mThumb->setPixmap(snapshot.scaledToWidth(kThumbWidth, Qt::SmoothTransformation));
  } else {
    mThumb->setPixmap(QPixmap());
    mThumb->setText(mShown >= 0 ? tr("No view saved for this step yet") : QString());
  }
  mPosition->setText(mShown >= 0 ? tr("Step %1 of %2").arg(mShown + 1).arg(steps.size()) : QString());
  updateEnabled();
}

void AgendaPanel::showBoards(const QStringList &boards)
{
  for (QCheckBox *box : mBoards) {
    const QSignalBlocker block(box);
    box->setChecked(boards.contains(box->property("board").toString()));
  }
}

void AgendaPanel::boardToggled()
{
  QStringList boards;
  for (QCheckBox *box : mBoards)
    if (box->isChecked())
      boards << box->property("board").toString();
  mSession->setBoards(boards);
}

void AgendaPanel::renameStep()
{
  const int index = mShown;
  const QString title = mTitle->text().trimmed();
  if (!mSession || index < 0 || index >= mSession->stepCount() || mSession->isReadOnly())
    return;
  if (title.isEmpty() || title == mSession->meeting().steps[index].title) {
    const QSignalBlocker block(mTitle);
    mTitle->setText(mSession->meeting().steps[index].title);
    return;
  }
  mSession->edit(tr("Rename step"), [index, title](Consultation &c) { c.steps[index].title = title; });
}

void AgendaPanel::updateEnabled()
{
  const bool meeting = mSession->hasMeeting() && mShown >= 0;
  const bool editable = meeting && !mSession->isReadOnly();
  mTitle->setReadOnly(!editable);
  mNotes->setReadOnly(!editable);
  mSaveNotes->setEnabled(editable);
  mSaveView->setEnabled(editable);
  mPrevious->setEnabled(meeting && mSession->currentStep() > 0);
  mNext->setEnabled(meeting && mSession->currentStep() + 1 < mSession->stepCount());
  for (QCheckBox *box : mBoards)
    box->setEnabled(mSession->hasMeeting());
}

} // namespace onemap
