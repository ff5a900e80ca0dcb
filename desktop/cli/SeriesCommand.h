#pragma once
#include <QStringList>

namespace onemap {
//! `onemap export series --store S --out DIR|FILE.pdf [--template A4-landscape]
//!  [--format pdf|png|svg] [--dpi N] [--themes zoning,dangers,...] [--date D] [--issuer T]`:
//! the thematic series of the county report (ThematicSeries), one file per
//! theme in DIR, or one page per theme in FILE.pdf. Prints progress on stderr.
int runExportSeries(const QStringList &arguments);
} // namespace onemap
