#include "TransferSheetLayers.h"

#include "hidden_dangers/HiddenDanger.h"
#include "map/TransferStyles.h"
#include "store/Store.h"

#include <qgsfeature.h>
#include <qgsgeometry.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

namespace onemap {

namespace {

QgsVectorLayer *memoryLayer(QgsProject *project, const QString &definition, const QString &name, const QgsFeatureList &features)
{
  const QChar join = definition.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
  auto *layer = new QgsVectorLayer(definition + join + QStringLiteral("crs=EPSG:4490"), name, QStringLiteral("memory"));
  if (!layer->isValid()) {
    delete layer;
    return nullptr;
  }
  QgsFeatureList added = features;
  for (QgsFeature &f : added)
    f.setFields(layer->fields(), false);
  layer->dataProvider()->addFeatures(added);
  layer->updateExtents();
  project->addMapLayer(layer, false);
  return layer;
}

QgsFeature feature(const QgsGeometry &geometry, const QgsAttributes &attributes)
{
  QgsFeature f;
  f.setGeometry(geometry);
  f.setAttributes(attributes);
  return f;
}

} // namespace

StorePlaces StorePlaces::load(Store &store)
{
  StorePlaces places;
  for (const HiddenDanger &d : HiddenDangers(store).all())
    places.dangers.insert(d.code, QgsPointXY(d.location.lon, d.location.lat));
  for (const AdminUnit &u : AdminUnits(store).where(QStringLiteral("level IN ('township', 'village')")))
    (u.level == QLatin1String("township") ? places.townships : places.villages).insert(u.code, u);
  for (const Shelter &s : Shelters(store).all())
    places.shelters.insert(s.id, s);
  return places;
}

bool StorePlaces::sourcePoint(const TransferAssignment &row, QgsPointXY &out) const
{
  if (row.sourceKind == QLatin1String("danger") && dangers.contains(row.sourceCode)) {
    out = dangers.value(row.sourceCode);
    return true;
  }
  const auto village = villages.constFind(row.sourceKind == QLatin1String("village") ? row.sourceCode : row.villageCode);
  if (village == villages.constEnd())
    return false;
  const QgsGeometry inside = QgsGeometry::fromWkt(village->wkt).pointOnSurface();
  if (inside.isNull())
    return false;
  out = inside.asPoint();
  return true;
}

namespace TransferSheetLayers {

QgsVectorLayer *routes(QgsProject *project, const QVector<TransferAssignment> &rows)
{
  QgsFeatureList features;
  for (const TransferAssignment &r : rows) {
    if (r.shelterId <= 0 || r.routeWkt.isEmpty())
      continue;
    const QgsGeometry line = QgsGeometry::fromWkt(r.routeWkt);
    if (!line.isNull())
      features << feature(line, QgsAttributes() << r.sourceName << r.people);
  }
  QgsVectorLayer *layer = memoryLayer(project, QStringLiteral("LineString?field=name:string&field=people:integer"), QStringLiteral("routes"), features);
  if (layer)
    TransferStyles::applyRouteStyle(layer);
  return layer;
}

QgsVectorLayer *sources(QgsProject *project, const StorePlaces &places, const QVector<TransferAssignment> &rows)
{
  // A source split over several shelters is one point: placed while any part is.
  QHash<QString, int> index;
  QgsFeatureList features;
  for (const TransferAssignment &r : rows) {
    const QString key = r.sourceKind + QLatin1Char(':') + r.sourceCode;
    const bool placed = r.shelterId > 0;
    if (index.contains(key)) {
      QgsFeature &f = features[index.value(key)];
      if (!placed)
        f.setAttribute(1, 0);
      continue;
    }
    QgsPointXY point;
    const QgsGeometry route = r.routeWkt.isEmpty() ? QgsGeometry() : QgsGeometry::fromWkt(r.routeWkt);
    if (!route.isNull() && route.constGet()->nCoordinates() > 0)
      point = QgsPointXY(route.vertexAt(0));
    else if (!places.sourcePoint(r, point))
      continue;
    index.insert(key, features.size());
    features << feature(QgsGeometry::fromPointXY(point), QgsAttributes() << r.sourceName << (placed ? 1 : 0));
  }
  QgsVectorLayer *layer = memoryLayer(project, QStringLiteral("Point?field=name:string&field=%1:integer").arg(QLatin1String(TransferStyles::kPlacedField)),
                                      QStringLiteral("sources"), features);
  if (layer)
    TransferStyles::applySourceStyle(layer);
  return layer;
}

QgsVectorLayer *shelters(QgsProject *project, const StorePlaces &places, const QVector<TransferAssignment> &rows)
{
  QHash<qint64, qint64> people;
  QHash<qint64, QgsPointXY> where;
  QHash<qint64, QString> names;
  for (const TransferAssignment &r : rows) {
    if (r.shelterId <= 0)
      continue;
    people[r.shelterId] += r.people;
    names.insert(r.shelterId, r.shelterName);
    if (places.shelters.contains(r.shelterId)) {
      const GeoPoint &p = places.shelters.value(r.shelterId).location;
      where.insert(r.shelterId, QgsPointXY(p.lon, p.lat));
    } else if (!r.routeWkt.isEmpty()) {
      const QgsGeometry route = QgsGeometry::fromWkt(r.routeWkt);
      const int n = route.isNull() ? 0 : route.constGet()->nCoordinates();
      if (n > 0)
        where.insert(r.shelterId, QgsPointXY(route.vertexAt(n - 1)));
    }
  }
  QgsFeatureList features;
  for (auto it = where.constBegin(); it != where.constEnd(); ++it)
    features << feature(QgsGeometry::fromPointXY(it.value()), QgsAttributes() << names.value(it.key()) << people.value(it.key()));
  QgsVectorLayer *layer = memoryLayer(project, QStringLiteral("Point?field=name:string&field=people:integer"), QStringLiteral("shelters"), features);
  if (layer)
    TransferStyles::applyPlanShelterStyle(layer);
  return layer;
}

QgsVectorLayer *townshipBalance(QgsProject *project, const StorePlaces &places, const QVector<TownshipBalance> &balance)
{
  QHash<QString, TownshipBalance> byCode;
  for (const TownshipBalance &b : balance)
    byCode.insert(b.townshipCode, b);
  QgsFeatureList features;
  for (const AdminUnit &t : places.townships) {
    const TownshipBalance b = byCode.value(t.code);
    features << feature(QgsGeometry::fromWkt(t.wkt), QgsAttributes() << t.code << t.name << b.peopleToMove << b.shelterCapacity << b.shortfall());
  }
  const QString definition = QStringLiteral("MultiPolygon?field=code:string&field=name:string&field=%1:integer&field=%2:integer&field=%3:integer")
                               .arg(QLatin1String(TransferStyles::kPeopleField), QLatin1String(TransferStyles::kCapacityField),
                                    QLatin1String(TransferStyles::kShortfallField));
  QgsVectorLayer *layer = memoryLayer(project, definition, QStringLiteral("balance"), features);
  if (layer)
    TransferStyles::applyShortfallStyle(layer);
  return layer;
}

QgsVectorLayer *covered(QgsProject *project, const QgsGeometry &area)
{
  QgsFeatureList features;
  if (!area.isNull() && !area.isEmpty()) {
    QgsGeometry multi = area;
    multi.convertToMultiType(); // the memory layer holds multipolygons
    features << feature(multi, QgsAttributes() << 1);
  }
  QgsVectorLayer *layer = memoryLayer(project, QStringLiteral("MultiPolygon?field=id:integer"), QStringLiteral("covered"), features);
  if (layer)
    TransferStyles::applyCoverageStyle(layer);
  return layer;
}

QgsVectorLayer *villages(QgsProject *project, const StorePlaces &places, const QSet<QString> &codes, const QString &name)
{
  QgsFeatureList features;
  for (const QString &code : codes) {
    const auto it = places.villages.constFind(code);
    if (it != places.villages.constEnd())
      features << feature(QgsGeometry::fromWkt(it->wkt), QgsAttributes() << it->code << it->name);
  }
  return memoryLayer(project, QStringLiteral("MultiPolygon?field=code:string&field=name:string"), name, features);
}

} // namespace TransferSheetLayers

} // namespace onemap
