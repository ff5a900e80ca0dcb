#include "PlotToolbar.h"

#include "PlotLayers.h"
#include "PlotStyles.h"
#include "consult/ConsultationSession.h"

#include <QActionGroup>
#include <QComboBox>
#include <QMainWindow>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QStatusBar>
#include <QToolButton>
#include <QUndoStack>
#include <qgsapplication.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>

namespace onemap {

namespace {

QIcon swatch(const QColor &color)
{
  QPixmap pixmap(16, 16);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(QPen(Qt::darkGray, 1));
  if (color.isValid()) {
    painter.setBrush(color);
    painter.drawRect(QRectF(1.5, 1.5, 13, 13));
  } else {
    // Standard colours: a swatch split between the reds and blues of the defaults.
    painter.setBrush(PlotStyles::defaultColor(QStringLiteral("arrow")));
    painter.drawPolygon(QPolygonF({QPointF(1.5, 1.5), QPointF(14.5, 1.5), QPointF(1.5, 14.5)}));
    painter.setBrush(PlotStyles::defaultColor(QStringLiteral("line")));
    painter.drawPolygon(QPolygonF({QPointF(14.5, 1.5), QPointF(14.5, 14.5), QPointF(1.5, 14.5)}));
  }
  return QIcon(pixmap);
}

} // namespace

PlotToolbar::PlotToolbar(QgsMapCanvas *canvas, ConsultationSession *session, QgsProject *project, QWidget *parent)
  : QToolBar(tr("Plotting"), parent), mCanvas(canvas), mSession(session)
{
  setObjectName(QStringLiteral("consult-plotting"));
  setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  if (!project)
    project = canvas->project() ? canvas->project() : QgsProject::instance();
  mLayers = PlotLayers::ensure(project, session);

  mGroup = new QActionGroup(this);
  mGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
  struct Entry
  {
    PlotTool::Mode mode;
    QString text;
    QString tip;
    const char *icon;
  };
  const Entry entries[] = {
    {PlotTool::Mode::Arrow, tr("Arrow"), tr("Draw an arrow: click its points from tail to head; right-click or double-click ends it, Esc drops it."), "/mActionArrowRight.svg"},
    {PlotTool::Mode::Line, tr("Line"), tr("Draw a line: click its points; right-click or double-click ends it, Esc drops it."), "/mActionCaptureLine.svg"},
    {PlotTool::Mode::Area, tr("Area"), tr("Draw an area: click its corners; right-click or double-click closes it, Esc drops it."), "/mActionCapturePolygon.svg"},
    {PlotTool::Mode::Text, tr("Text"), tr("Write on the map: click where the words go."), "/mActionLabel.svg"},
    {PlotTool::Mode::Mark, tr("Mark"), tr("Put down the chosen mark where you click."), "/mActionCapturePoint.svg"},
    {PlotTool::Mode::Erase, tr("Erase"), tr("Click a plot to remove it."), "/mActionDeleteSelected.svg"},
  };
  for (const Entry &e : entries) {
    auto *t = new PlotTool(canvas, session, mLayers, e.mode);
    QAction *a = new QAction(QgsApplication::getThemeIcon(QString::fromLatin1(e.icon)), e.text, this);
    a->setCheckable(true);
    a->setToolTip(e.tip);
    mGroup->addAction(a);
    t->setAction(a);
    connect(a, &QAction::triggered, this, [this, t](bool on) {
      if (!mCanvas)
        return;
      if (on)
        mCanvas->setMapTool(t);
      else if (mCanvas->mapTool() == t)
        mCanvas->unsetMapTool(t);
    });
    mTools << t;
    mActions << a;
    addAction(a);
    if (e.mode == PlotTool::Mode::Mark) {
      mMarks = new QComboBox(this);
      mMarks->setToolTip(tr("The mark the Mark tool puts down"));
      for (const QString &code : PlotStyles::markCodes())
        mMarks->addItem(swatch(PlotStyles::markColor(code)), PlotStyles::markTitle(code), code);
      // Choosing a mark, even the one shown, means putting it down next.
      const auto pickMark = [this] {
        if (PlotTool *mark = tool(PlotTool::Mode::Mark))
          mark->setMark(mMarks->currentData().toString());
        if (QAction *pick = action(PlotTool::Mode::Mark); pick && pick->isEnabled() && !pick->isChecked())
          pick->trigger();
      };
      connect(mMarks, QOverload<int>::of(&QComboBox::currentIndexChanged), this, pickMark);
      connect(mMarks, QOverload<int>::of(&QComboBox::activated), this, pickMark);
      addWidget(mMarks);
    }
  }

  addSeparator();
  mColorButton = new QToolButton(this);
  mColorButton->setToolTip(tr("Colour of what is drawn next"));
  mColorButton->setPopupMode(QToolButton::InstantPopup);
  auto *menu = new QMenu(mColorButton);
  menu->addAction(swatch(QColor()), tr("Standard colours"), this, [this] { setColor(QColor()); });
  const QStringList names {tr("Red"), tr("Orange"), tr("Yellow"), tr("Green"), tr("Blue"), tr("Purple"), tr("Black")};
  const QVector<QColor> colours = PlotStyles::palette();
  for (int i = 0; i < colours.size(); ++i) {
    const QColor c = colours[i];
    menu->addAction(swatch(c), i < names.size() ? names[i] : c.name(), this, [this, c] { setColor(c); });
  }
  mColorButton->setMenu(menu);
  addWidget(mColorButton);
  updateColorIcon();

  addSeparator();
  mUndo = session->undoStack()->createUndoAction(this, tr("Undo"));
  mRedo = session->undoStack()->createRedoAction(this, tr("Redo"));
  mUndo->setIcon(QgsApplication::getThemeIcon(QStringLiteral("/mActionUndo.svg")));
  mRedo->setIcon(QgsApplication::getThemeIcon(QStringLiteral("/mActionRedo.svg")));
  mUndo->setShortcuts(QKeySequence::Undo);
  mRedo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
  for (QAction *a : {mUndo, mRedo}) {
    // Only while the map (or this bar) has focus: the docks keep their own Ctrl+Z.
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(a);
    canvas->addAction(a);
  }

  connect(session, &ConsultationSession::meetingChanged, this, &PlotToolbar::updateEnabled);
  updateEnabled();
}

PlotToolbar::~PlotToolbar()
{
  // The tools are the canvas's children; put ours down so the canvas holds no dangling tool.
  for (const QPointer<PlotTool> &t : qAsConst(mTools)) {
    if (!t)
      continue;
    if (mCanvas && mCanvas->mapTool() == t.data())
      mCanvas->unsetMapTool(t.data());
    delete t.data();
  }
}

PlotLayers *PlotToolbar::layers() const { return mLayers; }

PlotToolbar *PlotToolbar::addTo(QMainWindow *window, QgsMapCanvas *canvas, ConsultationSession *session, QgsProject *project)
{
  auto *bar = new PlotToolbar(canvas, session, project, window);
  window->addToolBar(Qt::TopToolBarArea, bar);
  connect(session, &ConsultationSession::failed, bar, [window](const QString &message) { window->statusBar()->showMessage(message, 8000); });
  return bar;
}

PlotTool *PlotToolbar::tool(PlotTool::Mode mode) const
{
  for (const QPointer<PlotTool> &t : mTools)
    if (t && t->mode() == mode)
      return t;
  return nullptr;
}

QAction *PlotToolbar::action(PlotTool::Mode mode) const
{
  for (int i = 0; i < mTools.size(); ++i)
    if (mTools[i] && mTools[i]->mode() == mode)
      return mActions[i];
  return nullptr;
}

void PlotToolbar::setColor(const QColor &color)
{
  mColor = color;
  for (const QPointer<PlotTool> &t : qAsConst(mTools))
    if (t)
      t->setColor(color);
  updateColorIcon();
}

void PlotToolbar::setMark(const QString &code)
{
  const int i = mMarks->findData(code);
  if (i >= 0)
    mMarks->setCurrentIndex(i);
}

void PlotToolbar::setTextPrompt(const PlotTool::TextPrompt &prompt)
{
  if (PlotTool *t = tool(PlotTool::Mode::Text))
    t->setTextPrompt(prompt);
}

void PlotToolbar::updateColorIcon()
{
  mColorButton->setIcon(swatch(mColor));
  mColorButton->setText(mColor.isValid() ? mColor.name() : tr("Standard colours"));
}

void PlotToolbar::updateEnabled()
{
  const bool editable = mSession->hasMeeting() && !mSession->isReadOnly();
  for (int i = 0; i < mTools.size(); ++i) {
    mActions[i]->setEnabled(editable);
    if (!editable && mCanvas && mTools[i] && mCanvas->mapTool() == mTools[i].data())
      mCanvas->unsetMapTool(mTools[i].data());
  }
  mMarks->setEnabled(editable);
  mColorButton->setEnabled(editable);
  // Undo and Redo follow the undo stack, which the session clears when a meeting closes or is left.
}

} // namespace onemap
