#pragma once
// \brief The consultation's plots as map layers: three memory layers in
// EPSG:4490 (points: text and marks; lines: arrows and lines; areas) in the
// legend group "Consultation plots", kept equal to session->meeting().plots.
//
// Rebuilt whole on plotsChanged, meetingChanged and stepChanged (a meeting
// has at most Consultations::kMaxPlots plots; a refill is cheap and never
// drifts from the record). Empty when no meeting is open.
//
// Which plots show: all of the meeting's plots, whatever step drew them, so
// the picture the meeting built stays on the wall. Plots of the current step
// and whole-meeting plots (stepPosition 0) are drawn at full strength; plots
// of other steps are drawn faded (kFadedAlpha), so the step being discussed
// stands out.
//
// The operator canvas and the wall canvas show the same project layers: no
// per-canvas code. One PlotLayers per project: use ensure().
#include <QObject>
#include <QPointer>

class QgsLayerTreeGroup;
class QgsProject;
class QgsRectangle;
class QgsVectorLayer;

namespace onemap {

class ConsultationSession;

class PlotLayers : public QObject
{
  Q_OBJECT
public:
  enum class Layer { Points, Lines, Areas };
  static constexpr int kFadedAlpha = 110;

  //! Adds the group and its layers to \a project (on top) and fills them.
  PlotLayers(QgsProject *project, ConsultationSession *session, QObject *parent = nullptr);
  ~PlotLayers() override;

  //! The PlotLayers of \a project for \a session (a child of the session), made once.
  static PlotLayers *ensure(QgsProject *project, ConsultationSession *session);

  //! The legend group's translated name.
  static QString groupName();
  QgsLayerTreeGroup *group() const;
  QgsVectorLayer *layer(Layer which) const;
  QgsProject *project() const;
  ConsultationSession *session() const { return mSession; }

  //! Which layer a plot of \a kind goes to.
  static Layer layerFor(const QString &kind);
  //! The topmost plot (index in meeting().plots) whose drawing meets \a box
  //! (EPSG:4490): marks and text before lines before areas, later before
  //! earlier; -1 when none.
  int plotAt(const QgsRectangle &box) const;

public slots:
  //! Refills the layers from the session's meeting and repaints.
  void rebuild();

private:
  QgsVectorLayer *makeLayer(Layer which);

  QPointer<QgsProject> mProject;
  ConsultationSession *mSession;
  QString mLayerIds[3];
};

} // namespace onemap
