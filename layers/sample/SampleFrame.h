#pragma once
// \brief The sample county's administrative frame in memory: the county
// outline, townships tiling it and villages tiling each township.
// Everything else in the sample is placed on this frame.
#include "ChineseNames.h"
#include "PlanarGeometry.h"
#include "Rng.h"
#include "store/Record.h"
#include "store/Result.h"

#include <QVector>

namespace onemap::sample {

//! A township or a village while the sample is being built.
struct Area
{
  QString code;
  QString name;
  planar::Pt centre;          //!< seat or village centre, on the 1e-7 degree grid
  planar::MultiPolygon shape; //!< lon/lat
  planar::Box box;
  qint64 population = 0;
  qint64 households = 0;
  double areaKm2 = 0;
  int township = -1;          //!< villages: index of their township
};

struct Frame
{
  planar::LocalFrame local;   //!< km around the county centre
  planar::Pt centre;          //!< lon/lat; the outline is star-shaped around it
  planar::MultiPolygon county;
  planar::Box box;
  double areaKm2 = 0;
  qint64 population = 0;
  qint64 households = 0;
  QVector<Area> townships;    //!< [0] is 城关镇, the county seat
  QVector<Area> villages;
  QVector<QVector<int>> villagesOf; //!< per township; [0] is the seat's community

  //! Index of the village containing \a p (with a small margin), or -1.
  int villageAt(planar::Pt p) const;
};

//! Builds the frame; fails only if an overlay comes back empty.
Result<Frame> buildFrame(Rng &rng, ChineseNames &names);

//! A point inside \a area, at least a few decimetres from its edges, already on
//! the 1e-7 degree grid the store writes points with.
GeoPoint randomPointIn(const Area &area, Rng &rng);

//! Picks an index with probability proportional to its weight.
class WeightedPick
{
public:
  explicit WeightedPick(const QVector<double> &weights);
  int pick(Rng &rng) const;

private:
  QVector<double> mCumulative;
};

//! The derived stream for one part of the sample, so parts do not shift one
//! another when one of them changes how many numbers it draws.
Rng streamFor(quint64 seed, quint64 part);

} // namespace onemap::sample
