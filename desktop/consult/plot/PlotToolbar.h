#pragma once
// \brief The "Plotting" toolbar of consultation mode: arrow, line, area,
// text, mark (with the mark chooser), erase, the colour, and Undo/Redo of
// the session's one undo stack (Ctrl+Z, Ctrl+Y / Ctrl+Shift+Z while the map
// or the toolbar has focus). Enabled only while a meeting is open and not
// closed; a tool in use is put down when the meeting closes.
#include "PlotTools.h"

#include <QPointer>
#include <QToolBar>

class QAction;
class QActionGroup;
class QComboBox;
class QMainWindow;
class QToolButton;
class QgsMapCanvas;
class QgsProject;

namespace onemap {

class ConsultationSession;
class PlotLayers;

class PlotToolbar : public QToolBar
{
  Q_OBJECT
public:
  //! \a project: the project the canvas shows (null: the canvas's project).
  PlotToolbar(QgsMapCanvas *canvas, ConsultationSession *session, QgsProject *project = nullptr, QWidget *parent = nullptr);
  ~PlotToolbar() override;

  //! Adds the toolbar (top, after the others) to \a window, with the plot layers in the canvas's project.
  static PlotToolbar *addTo(QMainWindow *window, QgsMapCanvas *canvas, ConsultationSession *session, QgsProject *project = nullptr);

  PlotLayers *layers() const;
  PlotTool *tool(PlotTool::Mode mode) const;
  //! The action that picks \a mode's tool.
  QAction *action(PlotTool::Mode mode) const;
  QAction *undoAction() const { return mUndo; }
  QAction *redoAction() const { return mRedo; }
  QComboBox *markChooser() const { return mMarks; }

  //! The colour of what is drawn next; invalid: each kind's standard colour.
  void setColor(const QColor &color);
  QColor color() const { return mColor; }
  //! Selects the mark the mark tool puts down.
  void setMark(const QString &code);
  //! For every text plot (tests inject one; default: an input dialog).
  void setTextPrompt(const PlotTool::TextPrompt &prompt);

private:
  void updateEnabled();
  void updateColorIcon();

  QPointer<QgsMapCanvas> mCanvas;
  ConsultationSession *mSession;
  QPointer<PlotLayers> mLayers;
  QVector<QPointer<PlotTool>> mTools; // children of the canvas, which may go first
  QVector<QAction *> mActions;
  QActionGroup *mGroup = nullptr;
  QComboBox *mMarks = nullptr;
  QToolButton *mColorButton = nullptr;
  QAction *mUndo = nullptr;
  QAction *mRedo = nullptr;
  QColor mColor;
};

} // namespace onemap
