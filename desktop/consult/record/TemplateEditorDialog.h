#pragma once
// \brief Manage the agenda templates: the built-ins (read-only; "Copy to
// edit") and the user's own. A template has a name, a kind (annual outlook,
// seasonal stage, rolling event), a hazard for a rolling event and its steps:
// title, the boards shown (map, overview, warnings, impact, forces, tasks),
// suggested layer groups and default speaker notes. Saved through
// AgendaTemplates (audited); a template that fails check() is refused with a
// line naming the step and field, and nothing is written.
#include "consultation/AgendaTemplates.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace onemap {

class Store;

class TemplateEditorDialog : public QDialog
{
  Q_OBJECT
public:
  //! \a actor is recorded in the audit log for saves and deletes.
  TemplateEditorDialog(Store &store, const QString &actor, QWidget *parent = nullptr);

  //! The boards a step may show, in display order.
  static const QStringList &boardNames();
  //! Checks \a t as save() does; \a others: the templates it must not share a
  //! name with. On failure \a step gets the 0-based step at fault (-1: the
  //! template itself) and \a field the field's key (name, kind, hazard, steps,
  //! title, boards, layer_groups, notes).
  static Status check(const AgendaTemplate &t, const QVector<AgendaTemplate> &others, int *step = nullptr, QString *field = nullptr);

  // ---- what is edited
  //! Templates as listed: built-ins, then the user's by name.
  const QVector<AgendaTemplate> &templates() const { return mTemplates; }
  bool hasTemplate() const { return mHasCurrent; }
  //! The template in the editor with the form's changes.
  AgendaTemplate current() const { return mCurrent; }
  bool isDirty() const { return mDirty; }
  //! Selects the built-in with \a key, or the user template with \a id.
  bool selectBuiltIn(const QString &key);
  bool selectUserTemplate(qint64 id);
  //! Puts \a t in the editor as given (a copy to save, e.g. imported); unsaved.
  void editTemplate(const AgendaTemplate &t);
  //! A new template of one step; unsaved.
  void newTemplate();
  //! "Copy to edit": the selected template as a new, unsaved user template.
  bool copyCurrent();
  //! Saves the edited template; false with error() (nothing written).
  bool save();
  //! Deletes user template \a id (no question asked); false with error().
  bool removeTemplate(qint64 id);
  //! Asks, then deletes the selected user template.
  void deleteCurrent();

  // ---- steps of the edited template
  int currentStep() const { return mStep; }
  void selectStep(int index);
  void addStep();
  void removeStep(int index);
  void moveStep(int index, int delta);

  QString error() const { return mError; }

  // Widgets, for the tests and the lead's wiring.
  QTreeWidget *templateList() const { return mList; }
  QLineEdit *nameEdit() const { return mName; }
  QComboBox *kindBox() const { return mKind; }
  QComboBox *hazardBox() const { return mHazard; }
  QListWidget *stepList() const { return mSteps; }
  QLineEdit *stepTitleEdit() const { return mStepTitle; }
  QCheckBox *boardBox(const QString &board) const;
  QListWidget *layerGroupList() const { return mGroups; }
  QPlainTextEdit *stepNotesEdit() const { return mNotes; }
  QPushButton *newButton() const { return mNew; }
  QPushButton *copyButton() const { return mCopy; }
  QPushButton *deleteButton() const { return mDelete; }
  QPushButton *saveButton() const { return mSave; }
  QPushButton *addStepButton() const { return mAddStep; }
  QPushButton *removeStepButton() const { return mRemoveStep; }
  QPushButton *stepUpButton() const { return mStepUp; }
  QPushButton *stepDownButton() const { return mStepDown; }

  void reject() override;

Q_SIGNALS:
  //! A template was saved or deleted (menus listing templates refresh).
  void templatesChanged();

private:
  void reloadList();
  void selectInList(const AgendaTemplate &t);
  void showTemplate(const AgendaTemplate &t, bool dirty);
  void showStep(int index);
  void fillStepList();
  void stepChanged();
  void markDirty();
  void updateControls();
  void showError(const QString &message);
  void currentItemChanged(QTreeWidgetItem *current, QTreeWidgetItem *previous);
  //! True when the edits may be left (saved, discarded or none).
  bool confirmLeave();
  QString kindLabel(const QString &kind) const;
  QString groupLabel(const QString &group) const;
  QString stepText(int index) const;

  Store &mStore;
  QString mActor;
  QVector<AgendaTemplate> mTemplates;
  AgendaTemplate mCurrent;
  bool mHasCurrent = false;
  bool mDirty = false;
  bool mLoading = false;
  int mStep = -1;
  QString mError;

  QTreeWidget *mList = nullptr;
  QTreeWidgetItem *mBuiltInRoot = nullptr;
  QTreeWidgetItem *mUserRoot = nullptr;
  QPushButton *mNew = nullptr;
  QPushButton *mCopy = nullptr;
  QPushButton *mDelete = nullptr;
  QLabel *mHeading = nullptr;
  QLineEdit *mName = nullptr;
  QComboBox *mKind = nullptr;
  QComboBox *mHazard = nullptr;
  QListWidget *mSteps = nullptr;
  QPushButton *mAddStep = nullptr;
  QPushButton *mRemoveStep = nullptr;
  QPushButton *mStepUp = nullptr;
  QPushButton *mStepDown = nullptr;
  QLineEdit *mStepTitle = nullptr;
  QVector<QCheckBox *> mBoards;
  QListWidget *mGroups = nullptr;
  QPlainTextEdit *mNotes = nullptr;
  QLabel *mErrorLabel = nullptr;
  QPushButton *mSave = nullptr;
};

} // namespace onemap
