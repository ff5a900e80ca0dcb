#pragma once
// \brief The sample county's roads and rivers.
//
// Roads form one connected graph: a spanning tree over the township seats plus
// a few extra links, and every village centre tied to the nearest node already
// on the network. Road ends are the nodes' very doubles, so a graph built from
// first and last vertices joins up exactly.
#include "SampleFrame.h"
#include "network/Road.h"

namespace onemap::sample {

struct Network
{
  QVector<Road> roads;
  QVector<River> rivers;
  QVector<planar::Line> riverLines; //!< same order as rivers, for flood zones and gauges
};

Network buildNetwork(const Frame &frame, Rng &rng, ChineseNames &names);

} // namespace onemap::sample
