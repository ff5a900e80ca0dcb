#pragma once
// \brief A recorded event's area on the map: a memory layer (not a store
// table) in the "Events" group on top of the legend, a translucent red fill
// with a dashed outline, labelled with the event.
#include <QString>

class QgsProject;
class QgsVectorLayer;

namespace onemap::EventLayer {

//! Adds \a wkt (POLYGON/MULTIPOLYGON in EPSG:4490) as a layer titled
//! \a title; null with \a error when the WKT is not a polygon.
QgsVectorLayer *add(QgsProject *project, const QString &title, const QString &wkt, QString *error);

} // namespace onemap::EventLayer
