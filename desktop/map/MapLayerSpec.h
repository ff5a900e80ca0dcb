#pragma once
// \brief Which map layers the board builds from the store: one entry per layer,
// data rather than code, so adding a layer is adding a line.
#include <QString>
#include <QVector>

namespace onemap {

enum class BoardStyle {
  County, Township, Village, RiskZone, Warning, River, Road,
  HiddenDanger, Shelter, Team, Reserve, Station, Camera, Table
};

struct MapLayerSpec
{
  QString id;       //!< stable key, e.g. "townships"
  QString table;    //!< store table
  QString subset;   //!< fixed SQL filter on that table (no user input)
  QString title;    //!< translated layer name
  QString group;    //!< translated group name; empty = top level
  BoardStyle style;
  bool visible = true;
};

//! Bottom-to-top order is reversed in the layer tree: the first spec draws on top.
QVector<MapLayerSpec> boardLayerSpecs();

} // namespace onemap
