#include "PlotLayers.h"

#include "PlotStyles.h"
#include "agenda/StepViews.h"
#include "consult/ConsultationSession.h"

#include <QCoreApplication>
#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsgeometry.h>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

namespace onemap {

namespace {

const char *kGroupProperty = "onemap/consult-plots";
const char *kLayerProperty = "onemap/consult-plot-layer";

QString rgba(const QColor &c, int alpha)
{
  return QStringLiteral("%1,%2,%3,%4").arg(c.red()).arg(c.green()).arg(c.blue()).arg(alpha);
}

QString layerKey(PlotLayers::Layer which)
{
  switch (which) {
  case PlotLayers::Layer::Points: return QStringLiteral("points");
  case PlotLayers::Layer::Lines: return QStringLiteral("lines");
  case PlotLayers::Layer::Areas: return QStringLiteral("areas");
  }
  return QString();
}

QString layerTitle(PlotLayers::Layer which)
{
  switch (which) {
  case PlotLayers::Layer::Points: return QCoreApplication::translate("onemap::PlotLayers", "Plotted marks and text");
  case PlotLayers::Layer::Lines: return QCoreApplication::translate("onemap::PlotLayers", "Plotted arrows and lines");
  case PlotLayers::Layer::Areas: return QCoreApplication::translate("onemap::PlotLayers", "Plotted areas");
  }
  return QString();
}

// Top of the group first, as they are drawn.
const PlotLayers::Layer kOrder[] = {PlotLayers::Layer::Points, PlotLayers::Layer::Lines, PlotLayers::Layer::Areas};

} // namespace

PlotLayers::PlotLayers(QgsProject *project, ConsultationSession *session, QObject *parent)
  : QObject(parent), mProject(project), mSession(session)
{
  setObjectName(QStringLiteral("consult-plot-layers"));
  for (Layer which : kOrder)
    makeLayer(which);
  connect(session, &ConsultationSession::plotsChanged, this, &PlotLayers::rebuild);
  connect(session, &ConsultationSession::meetingChanged, this, &PlotLayers::rebuild);
  connect(session, &ConsultationSession::stepChanged, this, &PlotLayers::rebuild);
  rebuild();
}

PlotLayers::~PlotLayers()
{
  // Without the session the layers would show a meeting nobody edits any more.
  if (!mProject)
    return;
  QStringList ids;
  for (const QString &id : mLayerIds)
    if (!id.isEmpty() && mProject->mapLayer(id))
      ids << id;
  mProject->removeMapLayers(ids);
  if (QgsLayerTreeGroup *g = group())
    mProject->layerTreeRoot()->removeChildNode(g);
}

PlotLayers *PlotLayers::ensure(QgsProject *project, ConsultationSession *session)
{
  for (PlotLayers *existing : session->findChildren<PlotLayers *>(QString(), Qt::FindDirectChildrenOnly))
    if (existing->project() == project)
      return existing;
  return new PlotLayers(project, session, session);
}

QgsProject *PlotLayers::project() const { return mProject; }

QString PlotLayers::groupName() { return QCoreApplication::translate("onemap::PlotLayers", "Consultation plots"); }

QgsLayerTreeGroup *PlotLayers::group() const
{
  if (!mProject)
    return nullptr;
  for (QgsLayerTreeGroup *g : mProject->layerTreeRoot()->findGroups())
    if (g->customProperty(QLatin1String(kGroupProperty)).toBool())
      return g;
  return nullptr;
}

QgsVectorLayer *PlotLayers::layer(Layer which) const
{
  if (!mProject)
    return nullptr;
  return qobject_cast<QgsVectorLayer *>(mProject->mapLayer(mLayerIds[static_cast<int>(which)]));
}

PlotLayers::Layer PlotLayers::layerFor(const QString &kind)
{
  if (kind == QLatin1String("arrow") || kind == QLatin1String("line"))
    return Layer::Lines;
  if (kind == QLatin1String("area"))
    return Layer::Areas;
  return Layer::Points;
}

QgsVectorLayer *PlotLayers::makeLayer(Layer which)
{
  if (QgsVectorLayer *existing = layer(which))
    return existing;
  if (!mProject)
    return nullptr;
  QgsLayerTreeGroup *g = group();
  if (!g) {
    // On top of everything: plots are drawn over the board's layers.
    g = mProject->layerTreeRoot()->insertGroup(0, groupName());
    g->setCustomProperty(QLatin1String(kGroupProperty), true);
  }
  const char *geometry = which == Layer::Points ? "Point" : which == Layer::Lines ? "LineString" : "Polygon";
  const QString uri = QStringLiteral("%1?crs=EPSG:4490&field=plot:integer&field=kind:string(10)&field=label:string"
                                     "&field=color:string(20)&field=fill:string(20)&field=shape:string(20)"
                                     "&field=width:double&field=size:double&field=step:integer")
                        .arg(QLatin1String(geometry));
  auto *l = new QgsVectorLayer(uri, layerTitle(which), QStringLiteral("memory"));
  l->setCustomProperty(QLatin1String(kLayerProperty), layerKey(which));
  // The plots belong to the meeting, not to a step's view: steps never switch them off.
  StepViews::skipLayer(l);
  switch (which) {
  case Layer::Points: PlotStyles::applyPointStyle(l); break;
  case Layer::Lines: PlotStyles::applyLineStyle(l); break;
  case Layer::Areas: PlotStyles::applyAreaStyle(l); break;
  }
  mProject->addMapLayer(l, false);
  int position = 0;
  for (Layer k : kOrder) {
    if (k == which)
      break;
    if (layer(k))
      ++position;
  }
  // Collapsed: the plots' symbols are in the plotting tool bar, not needed in the legend.
  g->insertLayer(qMin(position, g->children().size()), l)->setExpanded(false);
  mLayerIds[static_cast<int>(which)] = l->id();
  return l;
}

void PlotLayers::rebuild()
{
  if (!mProject)
    return;
  QgsFeatureList features[3];
  QgsVectorLayer *layers[3];
  for (Layer which : kOrder) {
    layers[static_cast<int>(which)] = makeLayer(which);
    if (!layers[static_cast<int>(which)])
      return;
  }
  const Consultation &meeting = mSession->meeting();
  const int currentPosition = mSession->currentStep() + 1;
  if (mSession->hasMeeting()) {
    for (int i = 0; i < meeting.plots.size(); ++i) {
      const ConsultationPlot &p = meeting.plots[i];
      const QgsGeometry geometry = QgsGeometry::fromWkt(p.wkt);
      if (geometry.isNull())
        continue; // the store validated it; a null here is nothing to draw
      const Layer which = layerFor(p.kind);
      const PlotStyles::PlotStyle style = PlotStyles::parse(p.style, p.kind);
      const bool current = p.stepPosition == 0 || p.stepPosition == currentPosition;
      const int alpha = current ? 255 : kFadedAlpha;
      QgsVectorLayer *l = layers[static_cast<int>(which)];
      QgsFeature f(l->fields());
      f.setGeometry(geometry);
      QgsAttributes a;
      a << i << p.kind << p.label << rgba(style.color, alpha) << rgba(style.color, current ? 70 : 35)
        << (p.kind == QLatin1String("mark") ? PlotStyles::markShape(style.mark) : QString())
        << (style.width > 0 ? style.width : PlotStyles::defaultWidth(p.kind))
        << (style.size > 0 ? style.size : PlotStyles::defaultTextSize()) << p.stepPosition;
      f.setAttributes(a);
      features[static_cast<int>(which)] << f;
    }
  }
  for (Layer which : kOrder) {
    QgsVectorLayer *l = layers[static_cast<int>(which)];
    l->dataProvider()->truncate();
    l->dataProvider()->addFeatures(features[static_cast<int>(which)]);
    l->updateExtents();
    l->triggerRepaint();
  }
}

int PlotLayers::plotAt(const QgsRectangle &box) const
{
  for (Layer which : kOrder) {
    QgsVectorLayer *l = layer(which);
    if (!l)
      continue;
    QgsFeatureRequest request(box);
    request.setFlags(QgsFeatureRequest::ExactIntersect);
    request.setSubsetOfAttributes(QStringList {QStringLiteral("plot")}, l->fields());
    QgsFeatureIterator it = l->getFeatures(request);
    QgsFeature f;
    int best = -1;
    while (it.nextFeature(f))
      best = qMax(best, f.attribute(QStringLiteral("plot")).toInt());
    if (best >= 0)
      return best;
  }
  return -1;
}

} // namespace onemap
