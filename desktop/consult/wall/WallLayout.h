#pragma once
// \brief Where the wall's panels go: the main map on the left, the other
// panels stacked in columns beside it (or filling the wall without the map),
// column heights shared by fixed weights. Pure geometry, so layouts are data
// and testable without a window.
#include <QHash>
#include <QRect>
#include <QStringList>

namespace onemap::WallLayout {

//! Rectangles inside \a content for the \a shown panel codes (map, overview,
//! warnings, impact, forces, tasks), \a gap apart; none overlap.
QHash<QString, QRect> place(const QRect &content, const QStringList &shown, int gap);

} // namespace onemap::WallLayout
