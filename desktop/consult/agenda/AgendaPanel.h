#pragma once
// \brief The agenda of the meeting on the board: its steps with the current
// one marked, the step's title and speaker notes, the snapshot of its saved
// view, "save the current map view to this step", previous / next and the
// boards shown on the wall.
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QgsMapCanvas;
class QgsProject;

namespace onemap {

class ConsultationSession;

class AgendaPanel : public QWidget
{
  Q_OBJECT
public:
  AgendaPanel(ConsultationSession *session, QgsProject *project, QgsMapCanvas *canvas, QWidget *parent = nullptr);

  //! The wall's boards the panel offers, in order (map, overview, ...).
  static const QStringList &boardKeys();
  //! What people read for a board key.
  static QString boardLabel(const QString &key);

  //! Captures the canvas (layers, extent, highlights, boards) with a
  //! snapshot into the current step; false (and the session's failed()) when refused.
  bool saveCurrentView();
  //! Saves the notes editor into the current step when it was changed.
  bool saveNotes();

  QListWidget *steps() const { return mSteps; }
  QPlainTextEdit *notesEditor() const { return mNotes; }
  QLineEdit *titleEditor() const { return mTitle; }
  QLabel *snapshotLabel() const { return mThumb; }
  QCheckBox *boardBox(const QString &key) const;
  QPushButton *nextButton() const { return mNext; }
  QPushButton *previousButton() const { return mPrevious; }
  QPushButton *saveViewButton() const { return mSaveView; }

protected:
  bool eventFilter(QObject *watched, QEvent *event) override;

private:
  void refreshSteps();
  void showStep(int index);
  void showBoards(const QStringList &boards);
  void boardToggled();
  void renameStep();
  void updateEnabled();

  //! Guarded: focus leaving the editors (saving them) can come while the
  //! board shuts down and the session is already gone.
  QPointer<ConsultationSession> mSession;
  QgsProject *mProject;
  QgsMapCanvas *mCanvas;
  int mShown = -1;           //!< step whose title and notes the editors hold
  QListWidget *mSteps = nullptr;
  QLabel *mPosition = nullptr;
  QLineEdit *mTitle = nullptr;
  QPlainTextEdit *mNotes = nullptr;
  QPushButton *mSaveNotes = nullptr;
  QLabel *mThumb = nullptr;
  QPushButton *mSaveView = nullptr;
  QPushButton *mPrevious = nullptr;
  QPushButton *mNext = nullptr;
  QList<QCheckBox *> mBoards;
};

} // namespace onemap
