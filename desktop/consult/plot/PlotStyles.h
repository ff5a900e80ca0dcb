#pragma once
// \brief The look of the plots drawn during a consultation: what a plot's
// `style` text means, the standard command marks, and the symbols and labels
// of the three plot layers (points, lines, areas).
//
// Style grammar (ConsultationPlot::style): `key=value` pairs separated by
// `;`, keys case-insensitive, blanks around keys and values ignored, e.g.
//   "mark=command;color=#d00000"   "color=#1565c0;width=1.2"
// Keys: mark   a mark code (markCodes(); marks only),
//       color  #rgb or #rrggbb,
//       width  line or outline width in mm, 0.2 to 10,
//       size   text size in points, 6 to 72 (text only).
// Unknown keys, bad values and text past kMaxStyleChars are ignored and the
// kind's default used: a plot with any style text still draws.
#include <QColor>
#include <QString>
#include <QStringList>

class QgsVectorLayer;

namespace onemap::PlotStyles {

constexpr int kMaxStyleChars = 1000;

struct PlotStyle
{
  QString mark;          //!< a mark code; empty unless kind is mark
  QColor color;          //!< always valid after parse()
  double width = 0;      //!< mm; 0: the kind's default
  double size = 0;       //!< pt; 0: the kind's default
};

//! The style of a plot of \a kind written as \a style (defensive; see above).
PlotStyle parse(const QString &style, const QString &kind);
//! \a s as style text (only the keys that are set; colour as #rrggbb).
QString format(const PlotStyle &s);

//! The standard marks: command, assembly, rescue, shelter, danger, checkpoint.
const QStringList &markCodes();
//! The mark's name as people read it (translated), e.g. 指挥部; \a code itself when unknown.
QString markTitle(const QString &code);
//! The mark's standard colour.
QColor markColor(const QString &code);
//! The simple-marker shape name the mark is drawn with.
QString markShape(const QString &code);
//! The default colour of \a kind (and \a mark for marks): arrows red.
QColor defaultColor(const QString &kind, const QString &mark = QString());
//! Default line width (mm) of arrows, lines and area outlines.
double defaultWidth(const QString &kind);
//! Default text size (pt).
double defaultTextSize();

//! Colours offered in the plotting toolbar (red first).
QVector<QColor> palette();

// The layers: attributes read by the symbols are those PlotLayers writes:
// kind, label, color ("r,g,b,a"), fill ("r,g,b,a"), shape, width, size.
void applyPointStyle(QgsVectorLayer *layer);
void applyLineStyle(QgsVectorLayer *layer);
void applyAreaStyle(QgsVectorLayer *layer);

} // namespace onemap::PlotStyles
