#pragma once
// \brief Symbols and labels of the board's layers, by Chinese convention:
// risk and warning levels red / orange / yellow / blue.
#include "MapLayerSpec.h"

#include <QColor>
#include <qgstextformat.h>

class QgsVectorLayer;

namespace onemap::LayerStyles {

//! Warning colour by level code (blue, yellow, orange, red).
QColor warningColour(const QString &level);
//! Risk-level colour, 1 (high, red) .. 4 (low, blue).
QColor riskColour(int level);

//! Layer or project variable that pins "today" for the overdue symbols
//! ('yyyy-MM-dd'); unset, the map uses the current date.
constexpr const char *kTodayVariable = "onemap_today";
//! QGIS expression true for overdue hidden dangers: HiddenDanger::overdueSql()
//! on @onemap_today, or on today's date when that is not set.
QString overdueExpression();

//! Sets renderer and labels for \a style on \a layer.
void apply(QgsVectorLayer *layer, BoardStyle style);

//! The label font family: Noto Sans CJK SC, so Chinese never shows as boxes.
QString labelFontFamily();

//! Label text in the board's font (points) with a white halo of \a haloMm,
//! so names stay readable over any fill.
QgsTextFormat haloText(double pointSize, const QColor &colour, bool bold, double haloMm = 0.8);

} // namespace onemap::LayerStyles
