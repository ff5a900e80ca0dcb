#pragma once
// \brief The map on the impact report: the warning's area shaded in its level
// colour over the county's base layers, with the hidden dangers inside it in
// the board's symbols (escalated ones under the red/orange double halo).
#include "warnings/WarningImpact.h"

#include <QImage>
#include <QSizeF>
#include <QVector>

namespace onemap::ImpactMap {

//! A picture of \a sizeMm at \a dpi; null when the store cannot be drawn.
//! The board's base map (county, townships, villages, rivers, roads) around a
//! polygon \a areaWkt in EPSG:4490 (an event's area), drawn as the event layer is.
QImage renderArea(const QString &areaWkt, const QString &title, const QString &storePath, const QSizeF &sizeMm, int dpi);

QImage render(const Impact &impact, const QString &storePath, const QSizeF &sizeMm, int dpi);
//! Several warnings on one map (the one-sheet judgement): each area in its
//! level colour, the first (most severe) on top, framed to all of them.
QImage render(const QVector<Impact> &impacts, const QString &storePath, const QSizeF &sizeMm, int dpi);

} // namespace onemap::ImpactMap
