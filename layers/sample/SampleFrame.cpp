#include "SampleFrame.h"

#include "SampleCounty.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace onemap::sample {

using namespace planar;

namespace {


constexpr double kPi = 3.14159265358979323846;
constexpr int kOutlineVertices = 96;
constexpr int kTownships = 12;
//! ~0.2 m: stored points keep clear of edges, so GEOS and our own
//! point-in-polygon test can never disagree about them.
constexpr double kPointMarginDeg = 2e-6;

// A smoothly varying radius (a few low harmonics) around the centre: the ring is
// star-shaped about it, hence simple, and every segment from the centre to a
// point inside stays inside (the road builder relies on that).
Ring outlineKm(Rng &rng)
{
  double amp[5], phase[5];
  for (int k = 0; k < 5; ++k) {
    amp[k] = rng.uniform(0.02, 0.10) / std::sqrt(k + 1.0);
    phase[k] = rng.uniform(0, 2 * kPi);
  }
  const double stretch = rng.uniform(0.85, 1.15);
  const double tilt = rng.uniform(0, kPi);
  Ring ring;
  for (int i = 0; i < kOutlineVertices; ++i) {
    const double theta = 2 * kPi * i / kOutlineVertices;
    double r = 1 + rng.uniform(-0.012, 0.012);
    for (int k = 0; k < 5; ++k)
      r += amp[k] * std::cos((k + 2) * theta + phase[k]);
    const double x = r * std::cos(theta) * stretch, y = r * std::sin(theta) / stretch;
    ring << Pt {x * std::cos(tilt) - y * std::sin(tilt), x * std::sin(tilt) + y * std::cos(tilt)};
  }
  // Sized on the seed papers' counties: about 5,000 km2.
  const double scale = std::sqrt(rng.uniform(4600, 5000) / planarArea(ring));
  for (Pt &p : ring)
    p = {p.x * scale, p.y * scale};
  return ring;
}

// Mitchell's best candidate: each new seed is the candidate farthest from the
// seeds so far and from the edge, which spreads cells evenly without a grid look.
QVector<Pt> spreadSeeds(const MultiPolygon &shapeKm, Pt first, int count, double margin, Rng &rng)
{
  const Box box = bounds(shapeKm);
  QVector<Pt> seeds {first};
  while (seeds.size() < count) {
    Pt best;
    double bestScore = -1;
    for (int c = 0; c < 20; ++c) {
      Pt p;
      bool found = false;
      for (int tries = 0; tries < 1000 && !found; ++tries) {
        p = {rng.uniform(box.minX, box.maxX), rng.uniform(box.minY, box.maxY)};
        found = contains(shapeKm, p) && distanceToBoundary(shapeKm, p) >= margin;
      }
      if (!found)
        continue;
      double nearest = INFINITY;
      for (const Pt &s : seeds)
        nearest = std::min(nearest, distance(s, p));
      const double score = std::min(nearest, 1.8 * distanceToBoundary(shapeKm, p));
      if (score > bestScore) {
        bestScore = score;
        best = p;
      }
    }
    if (bestScore < 0)
      break; // too thin for more seeds
    seeds << best;
  }
  return seeds;
}

// Cells of the seeds (lon/lat, already snapped) clipped to \a within.
Result<QVector<MultiPolygon>> cellsWithin(const LocalFrame &local, const QVector<Pt> &seedsLonLat, const MultiPolygon &within)
{
  QVector<Pt> seedsKm;
  for (const Pt &s : seedsLonLat)
    seedsKm << local.toKm(s);
  const Box box = bounds(local.toKm(within)).grown(5);
  QVector<MultiPolygon> out;
  for (const Ring &cellKm : voronoiCells(seedsKm, box)) {
    const MultiPolygon cell {Polygon {local.toLonLat(cellKm), {}}};
    const MultiPolygon clipped = intersection(cell, within);
    if (clipped.isEmpty() || !contains(clipped, seedsLonLat[out.size()]))
      return Status::failure(QCoreApplication::translate("onemap::SampleCounty", "sample county: could not cut cell %1 of %2 (geometry engine)").arg(out.size() + 1).arg(seedsLonLat.size()));
    out << clipped;
  }
  return out;
}

Area makeArea(QString code, QString name, Pt centre, MultiPolygon shape)
{
  Area a;
  a.code = std::move(code);
  a.name = std::move(name);
  a.centre = centre;
  a.box = bounds(shape);
  a.areaKm2 = sphericalAreaKm2(shape);
  a.shape = std::move(shape);
  return a;
}

qint64 villagePopulation(Rng &rng, bool community, bool countySeat)
{
  if (community)
    return countySeat ? rng.range(4000, 9000) : rng.range(2000, 5000);
  return 300 + static_cast<qint64>(2700 * std::pow(rng.uniform(), 1.6)); // most villages are small
}

Status buildVillages(Frame &frame, int t, Rng &rng, ChineseNames &names)
{
  Area &town = frame.townships[t];
  const MultiPolygon shapeKm = frame.local.toKm(town.shape);
  const QVector<Pt> seedsKm = spreadSeeds(shapeKm, frame.local.toKm(town.centre), rng.range(10, 15), 0.4, rng);
  QVector<Pt> seeds {town.centre}; // the seat's community holds the seat itself
  for (int i = 1; i < seedsKm.size(); ++i)
    seeds << snap7(frame.local.toLonLat(seedsKm[i]));
  Result<QVector<MultiPolygon>> cells = cellsWithin(frame.local, seeds, town.shape);
  if (!cells)
    return cells.status();
  QVector<int> indexes;
  for (int v = 0; v < seeds.size(); ++v) {
    const bool community = v == 0 || (t == 0 && v < 3);
    const QString code = town.code.left(9) + QStringLiteral("%1").arg(v + 1, 3, 10, QLatin1Char('0'));
    Area village = makeArea(code, names.village(rng, community), seeds[v], cells.value()[v]);
    village.township = t;
    village.population = villagePopulation(rng, community, t == 0);
    village.households = std::llround(village.population / 3.2);
    town.population += village.population;
    town.households += village.households;
    indexes << frame.villages.size();
    frame.villages << village;
  }
  frame.villagesOf << indexes;
  return Status();
}

} // namespace

int Frame::villageAt(Pt p) const
{
  for (int i = 0; i < villages.size(); ++i) {
    const Area &v = villages[i];
    if (v.box.contains(p) && contains(v.shape, p) && distanceToBoundary(v.shape, p) > kPointMarginDeg)
      return i;
  }
  return -1;
}

Result<Frame> buildFrame(Rng &rng, ChineseNames &names)
{
  Frame frame;
  frame.centre = snap7({rng.uniform(108.86, 108.94), rng.uniform(28.76, 28.84)});
  frame.local = LocalFrame(frame.centre);
  Ring outline;
  for (const Pt &p : outlineKm(rng))
    outline << snap7(frame.local.toLonLat(p));
  frame.county = {Polygon {outline, {}}};
  if (!isValid(frame.county))
    return Status::failure(QCoreApplication::translate("onemap::SampleCounty", "sample county: the county outline is not a valid polygon"));
  frame.box = bounds(frame.county);
  frame.areaKm2 = sphericalAreaKm2(frame.county);

  const MultiPolygon countyKm = frame.local.toKm(frame.county);
  const Pt seatKm {rng.uniform(-5, 5), rng.uniform(-5, 5)}; // the county seat lies near the centre
  QVector<Pt> seats;
  for (const Pt &s : spreadSeeds(countyKm, seatKm, kTownships, 4.0, rng))
    seats << snap7(frame.local.toLonLat(s));
  Result<QVector<MultiPolygon>> cells = cellsWithin(frame.local, seats, frame.county);
  if (!cells)
    return cells.status();
  names.reserve(QStringLiteral("城关"));
  for (int t = 0; t < seats.size(); ++t) {
    const QString code = QLatin1String(SampleCounty::kCountyCode) + QStringLiteral("%1").arg(t + 1, 3, 10, QLatin1Char('0')) + QStringLiteral("000");
    const QString name = t == 0 ? QStringLiteral("城关镇") : names.township(rng, rng.chance(0.3));
    frame.townships << makeArea(code, name, seats[t], cells.value()[t]);
  }
  for (int t = 0; t < frame.townships.size(); ++t) {
    if (Status s = buildVillages(frame, t, rng, names); !s)
      return s;
    frame.population += frame.townships[t].population;
    frame.households += frame.townships[t].households;
  }
  return frame;
}

GeoPoint randomPointIn(const Area &area, Rng &rng)
{
  for (int i = 0; i < 4000; ++i) {
    const Pt p = snap7({rng.uniform(area.box.minX, area.box.maxX), rng.uniform(area.box.minY, area.box.maxY)});
    if (contains(area.shape, p) && distanceToBoundary(area.shape, p) > kPointMarginDeg)
      return {p.x, p.y};
  }
  return {area.centre.x, area.centre.y}; // a sliver of a village: its centre is inside by construction
}

WeightedPick::WeightedPick(const QVector<double> &weights)
{
  double sum = 0;
  for (double w : weights)
    mCumulative << (sum += std::max(0.0, w));
}

int WeightedPick::pick(Rng &rng) const
{
  const double target = rng.uniform() * mCumulative.last();
  const auto it = std::upper_bound(mCumulative.begin(), mCumulative.end(), target);
  return std::min(static_cast<int>(it - mCumulative.begin()), mCumulative.size() - 1);
}

Rng streamFor(quint64 seed, quint64 part)
{
  Rng mixer(seed ^ (0x632BE59BD9B4E019ULL * (part + 1)));
  return Rng(mixer.next());
}

} // namespace onemap::sample
