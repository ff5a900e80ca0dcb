#include "TemplateEditorDialog.h"

#include "catalog/Catalog.h"
#include "consultation/Consultations.h"
#include "map/FieldLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace onemap {

namespace {

constexpr int kMaxListEntries = 100; // boards or layer groups of one step
constexpr int kMaxCodeChars = 100;   // one board or layer-group code

// Layer groups offered: the catalog's tables and the other groups the built-ins use.
QStringList knownGroups()
{
  QStringList out;
  for (const TableSpec *t : Catalog::tables())
    out << t->name;
  for (const AgendaTemplate &t : AgendaTemplates::builtIns())
    for (const AgendaStep &s : t.steps)
      for (const QString &g : s.layerGroups)
        if (!out.contains(g))
          out << g;
  return out;
}

QPushButton *button(const QString &text, const QString &tip, QWidget *parent)
{
  auto *b = new QPushButton(text, parent);
  b->setToolTip(tip);
  b->setAutoDefault(false);
  return b;
}

} // namespace

const QStringList &TemplateEditorDialog::boardNames()
{
  static const QStringList names {QStringLiteral("map"), QStringLiteral("overview"), QStringLiteral("warnings"),
                                  QStringLiteral("impact"), QStringLiteral("forces"), QStringLiteral("tasks")};
  return names;
}

TemplateEditorDialog::TemplateEditorDialog(Store &store, const QString &actor, QWidget *parent)
  : QDialog(parent), mStore(store), mActor(actor)
{
  setWindowTitle(tr("Agenda templates"));
  auto *layout = new QVBoxLayout(this);
  auto *split = new QSplitter(Qt::Horizontal, this);
  layout->addWidget(split, 1);

  // ---- left: the templates
  auto *left = new QWidget(split);
  auto *ll = new QVBoxLayout(left);
  ll->setContentsMargins(0, 0, 0, 0);
  mList = new QTreeWidget(left);
  mList->setHeaderHidden(true);
  mList->setColumnCount(1);
  mList->setSelectionMode(QAbstractItemView::SingleSelection);
  mBuiltInRoot = new QTreeWidgetItem(mList, {tr("Built-in (read-only)")});
  mUserRoot = new QTreeWidgetItem(mList, {tr("My templates")});
  for (QTreeWidgetItem *root : {mBuiltInRoot, mUserRoot}) {
    root->setFlags(Qt::ItemIsEnabled);
    QFont f = root->font(0);
    f.setBold(true);
    root->setFont(0, f);
  }
  ll->addWidget(mList, 1);
  auto *listButtons = new QHBoxLayout;
  mNew = button(tr("New"), tr("Start a new template of your own."), left);
  mCopy = button(tr("Copy to edit"), tr("Make an editable copy of the selected template."), left);
  mDelete = button(tr("Delete"), tr("Delete the selected template of your own."), left);
  listButtons->addWidget(mNew);
  listButtons->addWidget(mCopy);
  listButtons->addWidget(mDelete);
  ll->addLayout(listButtons);

  // ---- right: the template
  auto *right = new QWidget(split);
  auto *rl = new QVBoxLayout(right);
  rl->setContentsMargins(0, 0, 0, 0);
  mHeading = new QLabel(right);
  mHeading->setWordWrap(true);
  rl->addWidget(mHeading);
  auto *form = new QFormLayout;
  mName = new QLineEdit(right);
  form->addRow(tr("&Name:"), mName);
  mKind = new QComboBox(right);
  for (const QString &k : Consultation::kinds())
    mKind->addItem(kindLabel(k), k);
  form->addRow(tr("&Kind:"), mKind);
  mHazard = new QComboBox(right);
  mHazard->addItem(tr("(any)"), QString());
  for (const QString &h : AgendaTemplates::rollingHazards())
    mHazard->addItem(FieldLabels::value(QStringLiteral("warnings"), QStringLiteral("hazard"), h), h);
  form->addRow(tr("&Hazard:"), mHazard);
  rl->addLayout(form);

  auto *stepsBox = new QGroupBox(tr("Steps"), right);
  auto *sl = new QHBoxLayout(stepsBox);
  mSteps = new QListWidget(stepsBox);
  mSteps->setSelectionMode(QAbstractItemView::SingleSelection);
  sl->addWidget(mSteps, 1);
  auto *stepButtons = new QVBoxLayout;
  mAddStep = button(tr("Add step"), tr("Add a step after the selected one."), stepsBox);
  mRemoveStep = button(tr("Remove step"), tr("Remove the selected step."), stepsBox);
  mStepUp = button(tr("Up"), tr("Move the selected step up."), stepsBox);
  mStepDown = button(tr("Down"), tr("Move the selected step down."), stepsBox);
  for (QPushButton *b : {mAddStep, mRemoveStep, mStepUp, mStepDown})
    stepButtons->addWidget(b);
  stepButtons->addStretch(1);
  sl->addLayout(stepButtons);
  rl->addWidget(stepsBox, 1);

  auto *stepBox = new QGroupBox(tr("Selected step"), right);
  auto *stepForm = new QFormLayout(stepBox);
  mStepTitle = new QLineEdit(stepBox);
  stepForm->addRow(tr("&Title:"), mStepTitle);
  auto *boards = new QWidget(stepBox);
  auto *grid = new QGridLayout(boards);
  grid->setContentsMargins(0, 0, 0, 0);
  const QStringList boardLabels {tr("Main map"), tr("Overview"), tr("Warnings board"), tr("Impact by township"), tr("Forces and materials"), tr("Decisions and tasks")};
  for (int i = 0; i < boardNames().size(); ++i) {
    auto *box = new QCheckBox(boardLabels[i], boards);
    box->setProperty("board", boardNames()[i]);
    mBoards << box;
    grid->addWidget(box, i / 3, i % 3);
    connect(box, &QCheckBox::toggled, this, &TemplateEditorDialog::stepChanged);
  }
  stepForm->addRow(tr("Boards:"), boards);
  mGroups = new QListWidget(stepBox);
  for (const QString &g : knownGroups()) {
    auto *item = new QListWidgetItem(groupLabel(g), mGroups);
    item->setData(Qt::UserRole, g);
    item->setToolTip(g);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
  }
  // Groups in rows of equal cells, so all fit without scrolling.
  mGroups->setFlow(QListView::LeftToRight);
  mGroups->setWrapping(true);
  mGroups->setResizeMode(QListView::Adjust);
  int widest = 0;
  for (int i = 0; i < mGroups->count(); ++i)
    widest = qMax(widest, mGroups->fontMetrics().horizontalAdvance(mGroups->item(i)->text()));
  mGroups->setGridSize(QSize(widest + 40, mGroups->fontMetrics().height() + 6));
  mGroups->setMinimumHeight((mGroups->fontMetrics().height() + 6) * 5 + 6);
  stepForm->addRow(tr("Layer groups:"), mGroups);
  mNotes = new QPlainTextEdit(stepBox);
  mNotes->setTabChangesFocus(true);
  mNotes->setMaximumHeight(mNotes->fontMetrics().height() * 5);
  stepForm->addRow(tr("Speaker &notes:"), mNotes);
  rl->addWidget(stepBox);
  split->setStretchFactor(0, 1);
  split->setStretchFactor(1, 2);

  mErrorLabel = new QLabel(this);
  mErrorLabel->setWordWrap(true);
  mErrorLabel->setStyleSheet(QStringLiteral("color: #c80000; font-weight: bold;"));
  mErrorLabel->hide();
  layout->addWidget(mErrorLabel);
  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
  mSave = buttons->button(QDialogButtonBox::Save);
  layout->addWidget(buttons);

  connect(buttons, &QDialogButtonBox::rejected, this, &TemplateEditorDialog::reject);
  connect(mSave, &QPushButton::clicked, this, &TemplateEditorDialog::save);
  connect(mNew, &QPushButton::clicked, this, [this] {
    if (confirmLeave())
      newTemplate();
  });
  connect(mCopy, &QPushButton::clicked, this, [this] {
    if (confirmLeave())
      copyCurrent();
  });
  connect(mDelete, &QPushButton::clicked, this, &TemplateEditorDialog::deleteCurrent);
  connect(mList, &QTreeWidget::currentItemChanged, this, &TemplateEditorDialog::currentItemChanged);
  connect(mName, &QLineEdit::textChanged, this, [this](const QString &text) {
    if (mLoading)
      return;
    mCurrent.name = text;
    markDirty();
  });
  connect(mKind, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] {
    if (mLoading)
      return;
    mCurrent.kind = mKind->currentData().toString();
    if (mCurrent.kind != QLatin1String("rolling_event")) {
      mCurrent.hazard.clear();
      mLoading = true;
      mHazard->setCurrentIndex(0);
      mLoading = false;
    }
    markDirty();
  });
  connect(mHazard, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] {
    if (mLoading)
      return;
    mCurrent.hazard = mHazard->currentData().toString();
    markDirty();
  });
  connect(mSteps, &QListWidget::currentRowChanged, this, [this](int row) {
    if (!mLoading)
      showStep(row);
  });
  connect(mStepTitle, &QLineEdit::textChanged, this, &TemplateEditorDialog::stepChanged);
  connect(mNotes, &QPlainTextEdit::textChanged, this, &TemplateEditorDialog::stepChanged);
  connect(mGroups, &QListWidget::itemChanged, this, &TemplateEditorDialog::stepChanged);
  connect(mAddStep, &QPushButton::clicked, this, &TemplateEditorDialog::addStep);
  connect(mRemoveStep, &QPushButton::clicked, this, [this] { removeStep(mStep); });
  connect(mStepUp, &QPushButton::clicked, this, [this] { moveStep(mStep, -1); });
  connect(mStepDown, &QPushButton::clicked, this, [this] { moveStep(mStep, 1); });

  reloadList();
  mList->expandAll();
  resize(980, 640);
  updateControls();
}

QString TemplateEditorDialog::kindLabel(const QString &kind) const
{
  return FieldLabels::value(QStringLiteral("consultations"), QStringLiteral("kind"), kind);
}

QString TemplateEditorDialog::groupLabel(const QString &group) const
{
  static const QHash<QString, const char *> labels {
    {QStringLiteral("admin_units"), QT_TRANSLATE_NOOP("onemap::TemplateEditorDialog", "Administrative units")},
    {QStringLiteral("risk_zones"), QT_TRANSLATE_NOOP("onemap::TemplateEditorDialog", "Risk zones")},
    {QStringLiteral("warnings"), QT_TRANSLATE_NOOP("onemap::TemplateEditorDialog", "Warnings")},
    {QStringLiteral("rivers"), QT_TRANSLATE_NOOP("onemap::TemplateEditorDialog", "Rivers")},
    {QStringLiteral("roads"), QT_TRANSLATE_NOOP("onemap::TemplateEditorDialog", "Roads")},
    {QStringLiteral("stations"), QT_TRANSLATE_NOOP("onemap::TemplateEditorDialog", "Monitoring stations")},
    {QStringLiteral("cameras"), QT_TRANSLATE_NOOP("onemap::TemplateEditorDialog", "Video channels")},
    {QStringLiteral("reserves"), QT_TRANSLATE_NOOP("onemap::TemplateEditorDialog", "Material depots")},
    {QStringLiteral("teams"), QT_TRANSLATE_NOOP("onemap::TemplateEditorDialog", "Rescue teams")},
    {QStringLiteral("shelters"), QT_TRANSLATE_NOOP("onemap::TemplateEditorDialog", "Shelters")},
    {QStringLiteral("hidden_dangers"), QT_TRANSLATE_NOOP("onemap::TemplateEditorDialog", "Hidden-danger points")},
    {QStringLiteral("reserve_items"), QT_TRANSLATE_NOOP("onemap::TemplateEditorDialog", "Reserve items")},
    {QStringLiteral("responsible_persons"), QT_TRANSLATE_NOOP("onemap::TemplateEditorDialog", "Responsible persons")},
    {QStringLiteral("transfer_plans"), QT_TRANSLATE_NOOP("onemap::TemplateEditorDialog", "Transfer plans")},
  };
  const auto it = labels.constFind(group);
  return it == labels.constEnd() ? group : tr(it.value());
}

QCheckBox *TemplateEditorDialog::boardBox(const QString &board) const
{
  for (QCheckBox *b : mBoards)
    if (b->property("board").toString() == board)
      return b;
  return nullptr;
}

Status TemplateEditorDialog::check(const AgendaTemplate &t, const QVector<AgendaTemplate> &others, int *step, QString *field)
{
  auto fail = [&](int at, const char *key, const QString &message) {
    if (step)
      *step = at;
    if (field)
      *field = QString::fromLatin1(key);
    return Status::failure(message);
  };
  const QString name = t.name.trimmed();
  if (name.isEmpty())
    return fail(-1, "name", tr("Name: enter a name for the template."));
  if (t.name.size() > Consultations::kMaxTitleChars)
    return fail(-1, "name", tr("Name: %1 characters, at most %2 are allowed.").arg(t.name.size()).arg(Consultations::kMaxTitleChars));
  for (const AgendaTemplate &o : others)
    if (o.name.trimmed() == name && (o.isBuiltIn() || o.id != t.id))
      return fail(-1, "name", tr("Name: a template called \"%1\" exists already; choose another name.").arg(name));
  if (!Consultation::kinds().contains(t.kind))
    return fail(-1, "kind", tr("Kind: choose the kind of meeting."));
  if (!t.hazard.isEmpty() && !AgendaTemplates::rollingHazards().contains(t.hazard))
    return fail(-1, "hazard", tr("Hazard: \"%1\" is not a hazard a rolling meeting is held for.").arg(t.hazard.left(40)));
  if (t.steps.isEmpty())
    return fail(-1, "steps", tr("Steps: add at least one step."));
  if (t.steps.size() > AgendaTemplates::kMaxSteps)
    return fail(-1, "steps", tr("Steps: %1 steps, at most %2 are allowed.").arg(t.steps.size()).arg(AgendaTemplates::kMaxSteps));
  for (int i = 0; i < t.steps.size(); ++i) {
    const AgendaStep &s = t.steps[i];
    if (s.title.trimmed().isEmpty())
      return fail(i, "title", tr("Step %1, title: enter a title.").arg(i + 1));
    if (s.title.size() > Consultations::kMaxTitleChars)
      return fail(i, "title", tr("Step %1, title: %2 characters, at most %3 are allowed.").arg(i + 1).arg(s.title.size()).arg(Consultations::kMaxTitleChars));
    const QString named = s.title.left(40);
    if (s.boards.isEmpty())
      return fail(i, "boards", tr("Step %1 \"%2\", boards: choose at least one board.").arg(i + 1).arg(named));
    if (s.boards.size() > kMaxListEntries || std::any_of(s.boards.begin(), s.boards.end(), [](const QString &b) { return b.isEmpty() || b.size() > kMaxCodeChars; }))
      return fail(i, "boards", tr("Step %1 \"%2\", boards: the list is not a list of boards.").arg(i + 1).arg(named));
    if (s.layerGroups.size() > kMaxListEntries ||
        std::any_of(s.layerGroups.begin(), s.layerGroups.end(), [](const QString &g) { return g.isEmpty() || g.size() > kMaxCodeChars; }))
      return fail(i, "layer_groups", tr("Step %1 \"%2\", layer groups: the list is not a list of layer groups.").arg(i + 1).arg(named));
    if (s.notes.size() > Consultations::kMaxTextChars)
      return fail(i, "notes", tr("Step %1 \"%2\", notes: %3 characters, at most %4 are allowed.").arg(i + 1).arg(named).arg(s.notes.size()).arg(Consultations::kMaxTextChars));
  }
  return Status();
}

void TemplateEditorDialog::reloadList()
{
  mTemplates = AgendaTemplates(mStore).list();
  const bool wasLoading = mLoading;
  mLoading = true;
  const QSignalBlocker block(mList);
  qDeleteAll(mBuiltInRoot->takeChildren());
  qDeleteAll(mUserRoot->takeChildren());
  for (int i = 0; i < mTemplates.size(); ++i) {
    const AgendaTemplate &t = mTemplates[i];
    auto *item = new QTreeWidgetItem(t.isBuiltIn() ? mBuiltInRoot : mUserRoot, {t.name});
    item->setData(0, Qt::UserRole, i);
    item->setToolTip(0, tr("%1, %2 steps").arg(kindLabel(t.kind)).arg(t.steps.size()));
    if (t.isBuiltIn())
      item->setForeground(0, QBrush(QColor(90, 90, 90)));
  }
  mLoading = wasLoading;
}

void TemplateEditorDialog::selectInList(const AgendaTemplate &t)
{
  const QSignalBlocker block(mList);
  mList->setCurrentItem(nullptr);
  for (QTreeWidgetItem *root : {mBuiltInRoot, mUserRoot})
    for (int i = 0; i < root->childCount(); ++i) {
      const AgendaTemplate &x = mTemplates.value(root->child(i)->data(0, Qt::UserRole).toInt());
      if ((t.isBuiltIn() && x.key == t.key) || (!t.isBuiltIn() && t.id > 0 && x.id == t.id)) {
        mList->setCurrentItem(root->child(i));
        return;
      }
    }
}

void TemplateEditorDialog::currentItemChanged(QTreeWidgetItem *current, QTreeWidgetItem *previous)
{
  if (mLoading || !current || current == mBuiltInRoot || current == mUserRoot)
    return;
  if (!confirmLeave()) {
    const QSignalBlocker block(mList);
    mList->setCurrentItem(previous);
    return;
  }
  showTemplate(mTemplates.value(current->data(0, Qt::UserRole).toInt()), false);
}

bool TemplateEditorDialog::selectBuiltIn(const QString &key)
{
  for (const AgendaTemplate &t : mTemplates)
    if (t.isBuiltIn() && t.key == key) {
      if (!confirmLeave())
        return false;
      showTemplate(t, false);
      selectInList(t);
      return true;
    }
  return false;
}

bool TemplateEditorDialog::selectUserTemplate(qint64 id)
{
  for (const AgendaTemplate &t : mTemplates)
    if (!t.isBuiltIn() && t.id == id) {
      if (!confirmLeave())
        return false;
      showTemplate(t, false);
      selectInList(t);
      return true;
    }
  return false;
}

void TemplateEditorDialog::editTemplate(const AgendaTemplate &t)
{
  showTemplate(t, true);
  selectInList(t);
}

void TemplateEditorDialog::newTemplate()
{
  AgendaTemplate t;
  t.name = tr("New agenda");
  t.kind = QStringLiteral("rolling_event");
  t.steps << AgendaStep {tr("Situation"), {QStringLiteral("map"), QStringLiteral("warnings")}, {}, QString()}
          << AgendaStep {tr("Decisions and tasks"), {QStringLiteral("map"), QStringLiteral("tasks")}, {}, QString()};
  editTemplate(t);
  mName->setFocus();
  mName->selectAll();
}

bool TemplateEditorDialog::copyCurrent()
{
  if (!mHasCurrent)
    return false;
  AgendaTemplate copy = mCurrent;
  copy.id = 0;
  copy.key.clear();
  // A name no other template has, so the copy saves as it is.
  const QString base = tr("%1 (copy)").arg(mCurrent.name);
  copy.name = base;
  for (int n = 2; std::any_of(mTemplates.begin(), mTemplates.end(), [&](const AgendaTemplate &t) { return t.name == copy.name; }); ++n)
    copy.name = tr("%1 %2").arg(base).arg(n);
  editTemplate(copy);
  mName->setFocus();
  return true;
}

void TemplateEditorDialog::showTemplate(const AgendaTemplate &t, bool dirty)
{
  mLoading = true;
  mCurrent = t;
  mHasCurrent = true;
  mDirty = dirty;
  mError.clear();
  mErrorLabel->hide();
  mName->setText(t.name);
  const int kind = mKind->findData(t.kind);
  mKind->setCurrentIndex(kind >= 0 ? kind : 0);
  if (kind < 0)
    mCurrent.kind = mKind->currentData().toString();
  const int hazard = mHazard->findData(t.hazard);
  mHazard->setCurrentIndex(hazard >= 0 ? hazard : 0);
  mStep = -1;
  fillStepList();
  mLoading = false;
  showStep(mCurrent.steps.isEmpty() ? -1 : 0);
  updateControls();
}

QString TemplateEditorDialog::stepText(int index) const
{
  return tr("%1. %2").arg(index + 1).arg(mCurrent.steps[index].title.left(200));
}

void TemplateEditorDialog::fillStepList()
{
  const bool wasLoading = mLoading;
  mLoading = true;
  mSteps->clear();
  for (int i = 0; i < mCurrent.steps.size(); ++i)
    mSteps->addItem(stepText(i));
  mLoading = wasLoading;
}

void TemplateEditorDialog::showStep(int index)
{
  if (index >= mCurrent.steps.size())
    index = mCurrent.steps.size() - 1;
  const bool wasLoading = mLoading;
  mLoading = true;
  mStep = index;
  if (mSteps->currentRow() != index)
    mSteps->setCurrentRow(index);
  const AgendaStep s = index >= 0 ? mCurrent.steps[index] : AgendaStep();
  mStepTitle->setText(s.title);
  for (QCheckBox *b : mBoards)
    b->setChecked(s.boards.contains(b->property("board").toString()));
  // Groups this board does not know stay with the step and are shown too.
  for (int i = mGroups->count() - 1; i >= 0; --i)
    if (mGroups->item(i)->data(Qt::UserRole + 1).toBool())
      delete mGroups->takeItem(i);
  for (const QString &g : s.layerGroups) {
    bool known = false;
    for (int i = 0; i < mGroups->count(); ++i)
      known = known || mGroups->item(i)->data(Qt::UserRole).toString() == g;
    if (!known) {
      auto *item = new QListWidgetItem(groupLabel(g.left(kMaxCodeChars)), mGroups);
      item->setData(Qt::UserRole, g);
      item->setData(Qt::UserRole + 1, true);
      item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    }
  }
  for (int i = 0; i < mGroups->count(); ++i)
    mGroups->item(i)->setCheckState(s.layerGroups.contains(mGroups->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
  mNotes->setPlainText(s.notes);
  mLoading = wasLoading;
  updateControls();
}

void TemplateEditorDialog::stepChanged()
{
  if (mLoading || mStep < 0 || mStep >= mCurrent.steps.size())
    return;
  AgendaStep &s = mCurrent.steps[mStep];
  s.title = mStepTitle->text();
  // Boards in the board's order; codes the checkboxes do not cover are kept.
  QStringList boards;
  for (QCheckBox *b : mBoards)
    if (b->isChecked())
      boards << b->property("board").toString();
  for (const QString &b : s.boards)
    if (!boardNames().contains(b))
      boards << b;
  s.boards = boards;
  QStringList groups;
  for (int i = 0; i < mGroups->count(); ++i)
    if (mGroups->item(i)->checkState() == Qt::Checked)
      groups << mGroups->item(i)->data(Qt::UserRole).toString();
  s.layerGroups = groups;
  s.notes = mNotes->toPlainText();
  if (QListWidgetItem *item = mSteps->item(mStep)) {
    const bool wasLoading = mLoading;
    mLoading = true;
    item->setText(stepText(mStep));
    mLoading = wasLoading;
  }
  markDirty();
}

void TemplateEditorDialog::selectStep(int index)
{
  showStep(index);
}

void TemplateEditorDialog::addStep()
{
  if (!mHasCurrent || mCurrent.isBuiltIn())
    return;
  const int at = mStep >= 0 ? mStep + 1 : mCurrent.steps.size();
  mCurrent.steps.insert(at, AgendaStep {tr("New step"), {QStringLiteral("map")}, {}, QString()});
  fillStepList();
  showStep(at);
  markDirty();
  mStepTitle->setFocus();
  mStepTitle->selectAll();
}

void TemplateEditorDialog::removeStep(int index)
{
  if (!mHasCurrent || mCurrent.isBuiltIn() || index < 0 || index >= mCurrent.steps.size())
    return;
  mCurrent.steps.removeAt(index);
  fillStepList();
  showStep(qMin(index, mCurrent.steps.size() - 1));
  markDirty();
}

void TemplateEditorDialog::moveStep(int index, int delta)
{
  const int to = index + delta;
  if (!mHasCurrent || mCurrent.isBuiltIn() || index < 0 || index >= mCurrent.steps.size() || to < 0 || to >= mCurrent.steps.size())
    return;
  mCurrent.steps.move(index, to);
  fillStepList();
  showStep(to);
  markDirty();
}

void TemplateEditorDialog::markDirty()
{
  if (mLoading)
    return;
  mDirty = true;
  mError.clear();
  mErrorLabel->hide();
  updateControls();
}

void TemplateEditorDialog::showError(const QString &message)
{
  mError = message;
  mErrorLabel->setText(message);
  mErrorLabel->setVisible(!message.isEmpty());
}

bool TemplateEditorDialog::save()
{
  if (!mHasCurrent) {
    showError(tr("Choose or start a template first."));
    return false;
  }
  if (mCurrent.isBuiltIn()) {
    showError(tr("\"%1\" is built in and cannot be changed; use \"Copy to edit\" and save the copy.").arg(mCurrent.name.left(80)));
    return false;
  }
  AgendaTemplate t = mCurrent;
  t.name = t.name.trimmed();
  for (AgendaStep &s : t.steps)
    s.title = s.title.trimmed();
  if (t.kind != QLatin1String("rolling_event"))
    t.hazard.clear();
  int step = -1;
  QString field;
  if (Status s = check(t, mTemplates, &step, &field); !s) {
    showError(s.message());
    // Show the step and the field to fix.
    if (step >= 0 && step < mCurrent.steps.size())
      showStep(step);
    if (field == QLatin1String("name"))
      mName->setFocus();
    else if (field == QLatin1String("kind"))
      mKind->setFocus();
    else if (field == QLatin1String("hazard"))
      mHazard->setFocus();
    else if (field == QLatin1String("title"))
      mStepTitle->setFocus();
    else if (field == QLatin1String("notes"))
      mNotes->setFocus();
    else if (field == QLatin1String("layer_groups"))
      mGroups->setFocus();
    else if (field == QLatin1String("boards") && !mBoards.isEmpty())
      mBoards.first()->setFocus();
    return false;
  }
  Result<qint64> saved = AgendaTemplates(mStore).save(t, mActor);
  if (!saved) {
    showError(saved.message());
    return false;
  }
  t.id = saved.value();
  reloadList();
  // Show what the store now holds.
  AgendaTemplate stored = t;
  for (const AgendaTemplate &x : mTemplates)
    if (!x.isBuiltIn() && x.id == t.id)
      stored = x;
  showTemplate(stored, false);
  selectInList(stored);
  Q_EMIT templatesChanged();
  return true;
}

bool TemplateEditorDialog::removeTemplate(qint64 id)
{
  const auto it = std::find_if(mTemplates.begin(), mTemplates.end(), [&](const AgendaTemplate &t) { return !t.isBuiltIn() && t.id == id; });
  if (it == mTemplates.end()) {
    showError(tr("Template %1: not one of your templates; built-in templates cannot be deleted.").arg(id));
    return false;
  }
  if (Status s = AgendaTemplates(mStore).remove(id, mActor); !s) {
    showError(s.message());
    return false;
  }
  const bool wasShown = mHasCurrent && !mCurrent.isBuiltIn() && mCurrent.id == id;
  reloadList();
  if (wasShown) {
    mHasCurrent = false;
    mDirty = false;
    mCurrent = AgendaTemplate();
    mLoading = true;
    mName->clear();
    mStep = -1;
    mSteps->clear();
    mLoading = false;
    showStep(-1);
  } else if (mHasCurrent) {
    selectInList(mCurrent);
  }
  showError(QString());
  updateControls();
  Q_EMIT templatesChanged();
  return true;
}

void TemplateEditorDialog::deleteCurrent()
{
  if (!mHasCurrent || mCurrent.isBuiltIn() || mCurrent.id <= 0)
    return;
  const auto answer = QMessageBox::question(this, tr("Delete template"),
                                            tr("Delete the template \"%1\"? Meetings already held from it keep their agenda.").arg(mCurrent.name.left(80)),
                                            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
  if (answer == QMessageBox::Yes)
    removeTemplate(mCurrent.id);
}

bool TemplateEditorDialog::confirmLeave()
{
  if (!mDirty || !mHasCurrent || mCurrent.isBuiltIn())
    return true;
  const auto answer = QMessageBox::question(this, tr("Agenda templates"), tr("The template \"%1\" has changes that are not saved.").arg(mCurrent.name.left(80)),
                                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
  if (answer == QMessageBox::Save)
    return save();
  if (answer == QMessageBox::Discard) {
    mDirty = false;
    return true;
  }
  return false;
}

void TemplateEditorDialog::reject()
{
  if (confirmLeave())
    QDialog::reject();
}

void TemplateEditorDialog::updateControls()
{
  const bool editable = mHasCurrent && !mCurrent.isBuiltIn();
  const bool hasStep = editable && mStep >= 0 && mStep < mCurrent.steps.size();
  if (!mHasCurrent)
    mHeading->setText(tr("Choose a template on the left, or start a new one."));
  else if (mCurrent.isBuiltIn())
    mHeading->setText(tr("Built-in template: shown read-only. Use \"Copy to edit\" to make your own version."));
  else if (mCurrent.id == 0)
    mHeading->setText(tr("New template: not saved yet."));
  else if (mDirty)
    mHeading->setText(tr("Your template: changes not saved yet."));
  else
    mHeading->setText(tr("Your template: saved."));
  mName->setReadOnly(!editable);
  mKind->setEnabled(editable);
  mHazard->setEnabled(editable && mCurrent.kind == QLatin1String("rolling_event"));
  mAddStep->setEnabled(editable && mCurrent.steps.size() < AgendaTemplates::kMaxSteps);
  mRemoveStep->setEnabled(hasStep && mCurrent.steps.size() > 1);
  mStepUp->setEnabled(hasStep && mStep > 0);
  mStepDown->setEnabled(hasStep && mStep + 1 < mCurrent.steps.size());
  mStepTitle->setReadOnly(!hasStep);
  for (QCheckBox *b : mBoards)
    b->setEnabled(hasStep);
  mGroups->setEnabled(mStep >= 0);
  const QSignalBlocker block(mGroups); // a flag change is not an edit of the step
  for (int i = 0; i < mGroups->count(); ++i)
    mGroups->item(i)->setFlags(hasStep ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsEnabled);
  mNotes->setReadOnly(!hasStep);
  mCopy->setEnabled(mHasCurrent);
  mDelete->setEnabled(editable && mCurrent.id > 0);
  mSave->setEnabled(editable && (mDirty || mCurrent.id == 0));
}

} // namespace onemap
