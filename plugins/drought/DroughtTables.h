#pragma once
// The plugin's own tables (all prefixed drought_):
//   drought_water_sources   水源: reservoir / pond (山塘) / well (机井) / spring /
//                           river intake, design and current supply, a point;
//   drought_source_villages who relies on which source: people per village;
//   drought_levels          旱情等级 per township on a date, with its basis and
//                           source, and the township's polygon for the map.
#include <QStringList>

namespace onemap::drought {

QStringList droughtMigrations();

//! Kinds of drought_water_sources.kind, in the order the sample uses them.
const QStringList &sourceKinds();

} // namespace onemap::drought
