#include "SampleSensors.h"

#include "SampleCounty.h"

#include <cmath>

namespace onemap::sample {

using namespace planar;

namespace {

const QString kReadingTime = QStringLiteral("2025-06-20T08:00:00+08:00");

// The weather grid is fixed in degrees, converted once from 5 km at a fixed
// reference latitude, so it never depends on the seed or the scale.
constexpr double kGridAnchorLon = 108.0, kGridAnchorLat = 28.0;
constexpr double kGridReferenceLat = 28.8;
constexpr double kGridKm = 5.0;

double round1(double v) { return std::round(v * 10) / 10; }

Station station(char kind, int serial, const QString &name, const QString &kindCode, GeoPoint at, const QString &villageCode)
{
  Station s;
  s.code = QStringLiteral("ST%1%2%3").arg(QLatin1String(SampleCounty::kCountyCode)).arg(QLatin1Char(kind)).arg(serial, 5, 10, QLatin1Char('0'));
  s.name = name;
  s.kind = kindCode;
  s.location = at;
  s.villageCode = villageCode;
  s.latestTime = kReadingTime;
  return s;
}

void weatherGrid(const Frame &frame, Rng &rng, QVector<Station> &out)
{
  constexpr double kPi = 3.14159265358979323846;
  const double dLat = kGridKm / (kEarthRadiusKm * kPi / 180);
  const double dLon = dLat / std::cos(kGridReferenceLat * kPi / 180);
  const int i0 = static_cast<int>(std::floor((frame.box.minX - kGridAnchorLon) / dLon));
  const int i1 = static_cast<int>(std::ceil((frame.box.maxX - kGridAnchorLon) / dLon));
  const int j0 = static_cast<int>(std::floor((frame.box.minY - kGridAnchorLat) / dLat));
  const int j1 = static_cast<int>(std::ceil((frame.box.maxY - kGridAnchorLat) / dLat));
  int serial = 0;
  for (int j = j0; j <= j1; ++j)
    for (int i = i0; i <= i1; ++i) {
      const Pt p = snap7({kGridAnchorLon + i * dLon, kGridAnchorLat + j * dLat});
      const int v = frame.villageAt(p); // -1 outside the county (or on a village edge)
      if (v < 0)
        continue;
      Station s = station('W', ++serial, frame.villages[v].name + QStringLiteral("自动气象站"), QStringLiteral("weather"), {p.x, p.y},
                          frame.villages[v].code);
      s.latestValue = round1(rng.uniform(0, 30)); // last hour's rain
      s.threshold = 30;
      s.unit = QStringLiteral("mm");
      out << s;
    }
}

void rainGauges(const Frame &frame, Rng &rng, QVector<Station> &out)
{
  for (int t = 0; t < frame.townships.size(); ++t) {
    const QVector<int> &villages = frame.villagesOf[t];
    const Area &v = frame.villages[villages[rng.range(0, villages.size() - 1)]];
    Station s = station('R', t + 1, v.name + QStringLiteral("雨量站"), QStringLiteral("rain_gauge"), randomPointIn(v, rng), v.code);
    s.latestValue = round1(rng.uniform(0, 80)); // 24 hours' rain
    s.threshold = 50;
    s.unit = QStringLiteral("mm");
    out << s;
  }
}

void riverGauges(const Frame &frame, const Network &net, Rng &rng, QVector<Station> &out)
{
  int serial = 0;
  for (int r = 0; r < net.rivers.size(); ++r) {
    if (net.rivers[r].rank > 2)
      continue;
    for (double at : {0.2, 0.5, 0.8}) {
      const Pt p = snap7(alongLine(net.riverLines[r], at));
      const int v = frame.villageAt(p);
      if (v < 0)
        continue;
      Station s = station('H', ++serial, net.rivers[r].name + frame.villages[v].name + QStringLiteral("水位站"), QStringLiteral("river_level"),
                          {p.x, p.y}, frame.villages[v].code);
      s.latestValue = round1(rng.uniform(240, 260)); // stage above datum
      s.threshold = round1(s.latestValue + rng.uniform(1.5, 3.0));
      s.unit = QStringLiteral("m");
      out << s;
    }
  }
}

void gnssOnLandslides(const QVector<HiddenDanger> &dangers, Rng &rng, QVector<Station> &out)
{
  int serial = 0;
  for (const HiddenDanger &d : dangers) {
    if (serial >= 10)
      break;
    if (d.hazardType != QLatin1String("landslide") || (d.scale != QLatin1String("large") && d.scale != QLatin1String("huge")))
      continue;
    Station s = station('G', ++serial, d.name + QStringLiteral("GNSS监测站"), QStringLiteral("gnss"), d.location, d.villageCode);
    s.latestValue = round1(rng.uniform(0, 25)); // cumulative displacement
    s.threshold = 30;
    s.unit = QStringLiteral("mm");
    out << s;
  }
}

struct Department
{
  const char *name;
  double weight;
  const char *spots[3];
};

const Department kDepartments[] = {
  {"公安", 40, {"村口", "路口", "学校"}},  {"交通", 12, {"桥梁", "路口", "隧道口"}}, {"林业", 12, {"林区", "瞭望塔", "防火检查站"}},
  {"水利", 10, {"河道", "水库", "堤防"}},  {"文旅", 8, {"景区", "游客中心", "古寨"}}, {"卫健", 6, {"卫生院", "卫生室", "敬老院"}},
  {"电信", 12, {"基站", "铁塔", "机房"}},
};

} // namespace

QVector<Station> buildStations(const Frame &frame, const Network &net, const QVector<HiddenDanger> &dangers, Rng &rng)
{
  QVector<Station> out;
  weatherGrid(frame, rng, out);
  rainGauges(frame, rng, out);
  riverGauges(frame, net, rng, out);
  gnssOnLandslides(dangers, rng, out);
  return out;
}

QVector<Camera> buildCameras(const Frame &frame, int count, Rng &rng)
{
  QVector<double> villageWeights, departmentWeights;
  for (const Area &v : frame.villages)
    villageWeights << static_cast<double>(v.population);
  for (const Department &d : kDepartments)
    departmentWeights << d.weight;
  const WeightedPick villages(villageWeights), departments(departmentWeights);
  QVector<Camera> out;
  out.reserve(count);
  for (int i = 0; i < count; ++i) {
    const int dept = departments.pick(rng);
    const Area &v = frame.villages[villages.pick(rng)];
    Camera c;
    // GB/T 28181-style 20 digits: county 6, unit 2, department 2, type 131 (camera), network 1, serial 6.
    // Past 999,999 channels (scale > 3333) the serial carries into the unit digits, so ids stay 20 digits and unique.
    const int serial = i + 1;
    c.channelId = QStringLiteral("%1%2%3%4%5")
                    .arg(QLatin1String(SampleCounty::kCountyCode))
                    .arg(serial / 1000000, 2, 10, QLatin1Char('0'))
                    .arg(dept, 2, 10, QLatin1Char('0'))
                    .arg(QStringLiteral("1311"))
                    .arg(serial % 1000000, 6, 10, QLatin1Char('0'));
    c.name = v.name + QString::fromUtf8(kDepartments[dept].spots[rng.range(0, 2)]);
    c.ownerDepartment = QString::fromUtf8(kDepartments[dept].name);
    c.streamUrl = QStringLiteral("rtsp://video.example.invalid/ch/") + c.channelId;
    c.villageCode = v.code;
    c.location = randomPointIn(v, rng);
    out << c;
  }
  return out;
}

} // namespace onemap::sample
