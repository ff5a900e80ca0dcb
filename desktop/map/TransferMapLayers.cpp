#include "TransferMapLayers.h"

#include "StoreMapLayers.h"
#include "TransferStyles.h"
#include "routing/ShelterCoverage.h"
#include "store/SqlStatement.h"
#include "store/Store.h"
#include "transfer/ShelterBalance.h"
#include "transfer/TransferTracking.h"

#include <QCoreApplication>
#include <QHash>
#include <qgsfeature.h>
#include <qgsgeometry.h>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

namespace onemap::TransferMapLayers {

namespace {

const char *kKindProperty = "onemap/transfer-layer";
const char *kGroupProperty = "onemap/transfer-group";

QString kindKey(Kind kind)
{
  switch (kind) {
  case Kind::Routes: return QStringLiteral("routes");
  case Kind::CutRoads: return QStringLiteral("cut_roads");
  case Kind::Balance: return QStringLiteral("balance");
  case Kind::Tracking: return QStringLiteral("tracking");
  case Kind::Covered: return QStringLiteral("covered");
  case Kind::Uncovered: return QStringLiteral("uncovered");
  case Kind::NoOwnShelter: return QStringLiteral("no_own_shelter");
  }
  return QString();
}

QString title(Kind kind)
{
  switch (kind) {
  case Kind::Routes: return QCoreApplication::translate("onemap::TransferMapLayers", "Transfer routes");
  case Kind::CutRoads: return QCoreApplication::translate("onemap::TransferMapLayers", "Cut roads");
  case Kind::Balance: return QCoreApplication::translate("onemap::TransferMapLayers", "Shelter balance by township");
  case Kind::Tracking: return QCoreApplication::translate("onemap::TransferMapLayers", "Transfer tracking");
  case Kind::Covered: return QCoreApplication::translate("onemap::TransferMapLayers", "Shelter coverage (walk)");
  case Kind::Uncovered: return QCoreApplication::translate("onemap::TransferMapLayers", "Villages not covered");
  case Kind::NoOwnShelter: return QCoreApplication::translate("onemap::TransferMapLayers", "Villages without a shelter of their own");
  }
  return QString();
}

// Layer order in the group, top first.
const Kind kOrder[] = {Kind::Routes, Kind::CutRoads, Kind::Tracking, Kind::Uncovered, Kind::NoOwnShelter, Kind::Covered, Kind::Balance};

void addToGroup(QgsProject *project, QgsVectorLayer *layer, Kind kind, bool visible)
{
  layer->setCustomProperty(QLatin1String(kKindProperty), kindKey(kind));
  project->addMapLayer(layer, false);
  QgsLayerTreeGroup *g = group(project);
  int position = 0;
  for (Kind k : kOrder) {
    if (k == kind)
      break;
    if (TransferMapLayers::layer(project, k))
      ++position;
  }
  QgsLayerTreeLayer *node = g->insertLayer(qMin(position, g->children().size()), layer);
  node->setItemVisibilityChecked(visible);
  node->setExpanded(false);
}

// A memory layer of \a geometry type with \a fields ("name:type" as the memory provider reads them).
QgsVectorLayer *memoryLayer(QgsProject *project, Kind kind, const QString &geometry, const QStringList &fields, bool visible)
{
  if (QgsVectorLayer *existing = layer(project, kind)) {
    existing->dataProvider()->truncate();
    return existing;
  }
  QString uri = QStringLiteral("%1?crs=EPSG:4490").arg(geometry);
  for (const QString &f : fields)
    uri += QStringLiteral("&field=") + f;
  auto *l = new QgsVectorLayer(uri, title(kind), QStringLiteral("memory"));
  // The styles the exports use too, so the map on paper reads like the board.
  switch (kind) {
  case Kind::Balance:
    TransferStyles::applyShortfallStyle(l);
    l->setOpacity(0.3); // the board's points and warnings stay readable beneath
    break;
  case Kind::Tracking: TransferStyles::applyTrackingStyle(l); break;
  case Kind::Covered: TransferStyles::applyCoverageStyle(l); break;
  case Kind::Uncovered: TransferStyles::applyUncoveredStyle(l); break;
  case Kind::NoOwnShelter: TransferStyles::applyNoOwnShelterStyle(l); break;
  default: break;
  }
  addToGroup(project, l, kind, visible);
  return l;
}

// Polygons of admin units by code (EPSG:4490).
QHash<QString, QgsGeometry> unitGeometries(Store &store, const QString &level)
{
  QHash<QString, QgsGeometry> out;
  SqlStatement q(store.handle(), QStringLiteral("SELECT code, AsText(geom) FROM admin_units WHERE level = ?"));
  q.bind(1, level);
  while (q.next())
    out.insert(q.text(0), QgsGeometry::fromWkt(q.text(1)));
  return out;
}

Status finish(QgsVectorLayer *layer, QgsFeatureList &features)
{
  if (!layer->dataProvider()->addFeatures(features))
    return Status::failure(QCoreApplication::translate("onemap::TransferMapLayers", "cannot fill map layer %1").arg(layer->name()));
  layer->updateExtents();
  layer->triggerRepaint();
  return Status();
}

} // namespace

QString groupName() { return QCoreApplication::translate("onemap::MapLayers", "Transfer and shelter"); }

QgsLayerTreeGroup *group(const QgsProject *project)
{
  for (QgsLayerTreeGroup *g : project->layerTreeRoot()->findGroups())
    if (g->customProperty(QLatin1String(kGroupProperty)).toBool())
      return g;
  return nullptr;
}

QgsVectorLayer *layer(const QgsProject *project, Kind kind)
{
  const QString key = kindKey(kind);
  for (QgsMapLayer *l : project->mapLayers())
    if (l->customProperty(QLatin1String(kKindProperty)).toString() == key)
      return qobject_cast<QgsVectorLayer *>(l);
  return nullptr;
}

Status ensure(QgsProject *project, const QString &storePath)
{
  if (!group(project)) {
    QgsLayerTreeGroup *g = project->layerTreeRoot()->insertGroup(0, groupName());
    g->setCustomProperty(QLatin1String(kGroupProperty), true);
  }
  const auto storeLayer = [&](Kind kind, const QString &table, const QString &subset) -> Status {
    if (layer(project, kind))
      return Status();
    QgsVectorLayer *l = StoreMapLayers::createLayer(storePath, table, subset, title(kind));
    if (!l->isValid()) {
      delete l;
      return Status::failure(QCoreApplication::translate("onemap::TransferMapLayers", "cannot build map layer %1 from %2 (table %3)")
                               .arg(title(kind), storePath, table));
    }
    kind == Kind::Routes ? TransferStyles::applyRouteStyle(l) : TransferStyles::applyCutRoadStyle(l);
    addToGroup(project, l, kind, true);
    return Status();
  };
  if (Status s = storeLayer(Kind::Routes, QStringLiteral("transfer_assignments"), QStringLiteral("plan_id = 0")); !s)
    return s;
  return storeLayer(Kind::CutRoads, QStringLiteral("roads"), QStringLiteral("is_cut = 1"));
}

void showPlan(QgsProject *project, qint64 planId, const QString &cutRoadIds)
{
  if (QgsVectorLayer *routes = layer(project, Kind::Routes)) {
    // Numbers only: the subset is built from integers, never from text.
    routes->setSubsetString(QStringLiteral("plan_id = %1 AND shelter_id > 0").arg(planId));
    routes->triggerRepaint();
  }
  if (QgsVectorLayer *cut = layer(project, Kind::CutRoads)) {
    QStringList ids;
    for (const QString &part : cutRoadIds.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
      bool ok = false;
      const qint64 id = part.trimmed().toLongLong(&ok);
      if (ok)
        ids << QString::number(id);
    }
    cut->setSubsetString(ids.isEmpty() ? QStringLiteral("is_cut = 1")
                                       : QStringLiteral("is_cut = 1 OR id IN (%1)").arg(ids.join(QLatin1Char(','))));
    cut->triggerRepaint();
  }
}

Status showBalance(QgsProject *project, Store &store, const QVector<TownshipBalance> &balance)
{
  QgsVectorLayer *l = memoryLayer(project, Kind::Balance, QStringLiteral("MultiPolygon"),
                                  {QStringLiteral("code:string"), QStringLiteral("name:string"), QStringLiteral("people:integer"),
                                   QStringLiteral("capacity:integer"), QStringLiteral("shelters:integer"), QStringLiteral("shortfall:integer")},
                                  true);
  const QHash<QString, QgsGeometry> shapes = unitGeometries(store, QStringLiteral("township"));
  QgsFeatureList features;
  for (const TownshipBalance &b : balance) {
    if (b.peopleToMove <= 0)
      continue; // nobody to move there: a grey wash over the board says nothing
    QgsFeature f(l->fields());
    f.setGeometry(shapes.value(b.townshipCode));
    f.setAttributes(QgsAttributes() << b.townshipCode << b.townshipName << b.peopleToMove << b.shelterCapacity << b.shelters << b.shortfall());
    features << f;
  }
  return finish(l, features);
}

Status showTracking(QgsProject *project, Store &store, const QVector<VillageTransferStatus> &villages)
{
  QgsVectorLayer *l = memoryLayer(project, Kind::Tracking, QStringLiteral("MultiPolygon"),
                                  {QStringLiteral("code:string"), QStringLiteral("name:string"), QStringLiteral("planned:integer"),
                                   QStringLiteral("transferred:integer"), QStringLiteral("share:double"), QStringLiteral("lagging:integer")},
                                  true);
  const QHash<QString, QgsGeometry> shapes = unitGeometries(store, QStringLiteral("village"));
  QgsFeatureList features;
  for (const VillageTransferStatus &v : villages) {
    QgsFeature f(l->fields());
    f.setGeometry(shapes.value(v.villageCode));
    f.setAttributes(QgsAttributes() << v.villageCode << v.villageName << v.planned << v.transferred << v.transferredShare() << (v.lagging() ? 1 : 0));
    features << f;
  }
  return finish(l, features);
}

Status showCoverage(QgsProject *project, Store &store, const CoverageResult &coverage)
{
  QgsVectorLayer *covered = memoryLayer(project, Kind::Covered, QStringLiteral("MultiPolygon"),
                                        {QStringLiteral("km2:double"), QStringLiteral("people:integer")}, true);
  QgsFeatureList area;
  if (!coverage.covered.isEmpty()) {
    QgsFeature f(covered->fields());
    QgsGeometry g = coverage.covered;
    g.convertToMultiType();
    f.setGeometry(g);
    f.setAttributes(QgsAttributes() << coverage.coveredKm2 << coverage.coveredPopulation);
    area << f;
  }
  if (Status s = finish(covered, area); !s)
    return s;
  QgsVectorLayer *uncovered = memoryLayer(project, Kind::Uncovered, QStringLiteral("MultiPolygon"),
                                          {QStringLiteral("code:string"), QStringLiteral("name:string"), QStringLiteral("population:integer"),
                                           QStringLiteral("own_shelter:integer")},
                                          true);
  const QHash<QString, QgsGeometry> shapes = unitGeometries(store, QStringLiteral("village"));
  QgsFeatureList villages;
  for (const VillageCoverage &v : coverage.villages) {
    if (!v.uncovered())
      continue;
    QgsFeature f(uncovered->fields());
    f.setGeometry(shapes.value(v.code));
    f.setAttributes(QgsAttributes() << v.code << v.name << v.population << (v.hasOwnShelter ? 1 : 0));
    villages << f;
  }
  if (Status s = finish(uncovered, villages); !s)
    return s;
  QgsVectorLayer *noOwn = memoryLayer(project, Kind::NoOwnShelter, QStringLiteral("MultiPolygon"),
                                      {QStringLiteral("code:string"), QStringLiteral("name:string"), QStringLiteral("population:integer")}, true);
  QgsFeatureList without;
  for (const VillageCoverage &v : coverage.villages) {
    if (v.hasOwnShelter)
      continue;
    QgsFeature f(noOwn->fields());
    f.setGeometry(shapes.value(v.code));
    f.setAttributes(QgsAttributes() << v.code << v.name << v.population);
    without << f;
  }
  return finish(noOwn, without);
}

void setVisible(QgsProject *project, Kind kind, bool visible)
{
  if (QgsVectorLayer *l = layer(project, kind))
    if (QgsLayerTreeLayer *node = project->layerTreeRoot()->findLayer(l))
      node->setItemVisibilityChecked(visible);
}

void reload(QgsProject *project)
{
  for (Kind kind : {Kind::Routes, Kind::CutRoads})
    if (QgsVectorLayer *l = layer(project, kind)) {
      l->reload();
      l->triggerRepaint();
    }
}

} // namespace onemap::TransferMapLayers
