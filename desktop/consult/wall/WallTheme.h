#pragma once
// \brief The one place that sizes the video wall: everything the wall draws
// (fonts, strips, margins, map symbols) is derived here from the wall's pixel
// size, so a 1920x1080 wall and a 5760x2160 one read the same from the back
// of the room.
//
// The rule: scale = min(width / 1920, height / 1080), never below 0.5. The
// reference 1920x1080 wall has scale 1; 3840x2160 and 5760x2160 (three
// screens of 1920x2160, or a 3x2 grid of 1080p panels) have scale 2, because
// the height is what limits how big type can be. Font pixel sizes are the
// reference sizes times the scale, rounded:
//
//   role            1920x1080   3840x2160   5760x2160
//   title               40          80          80
//   board heading       30          60          60
//   board text          24          48          48
//
// The main map is drawn with magnification 1.5 x scale (QgsMapCanvas's
// magnification raises the render DPI: symbols and labels grow, the extent
// still covers what the operator sees); the overview uses the plain scale.
// The wall is dark: a near-black frame, a dark slate map background so the
// board's coloured symbols stand out, and light text.
#include <QColor>
#include <QFont>
#include <QPalette>
#include <QSize>
#include <QString>

namespace onemap {

class WallTheme
{
public:
  enum class Role { Title, Heading, Text };

  static constexpr int kReferenceWidth = 1920;
  static constexpr int kReferenceHeight = 1080;

  explicit WallTheme(const QSize &wallPixels = QSize(kReferenceWidth, kReferenceHeight));

  QSize wallSize() const { return mSize; }
  double scale() const { return mScale; }
  //! \a referencePixels (at 1920x1080) on this wall, rounded, at least 1.
  int px(double referencePixels) const;

  int pixelSize(Role role) const;
  QFont font(Role role) const;
  //! Height of the title strip (county, meeting, step, clock).
  int titleStripHeight() const;
  int margin() const;  //!< around the wall's content
  int spacing() const; //!< between panels
  //! Height of one board table row.
  int rowHeight() const;

  double mapMagnification() const { return 1.5 * mScale; }
  double overviewMagnification() const { return mScale; }

  QPalette palette() const;
  //! Stylesheet for the wall window and its boards (font sizes included).
  QString styleSheet() const;

  static QColor background();     //!< window frame
  static QColor panel();          //!< board background
  static QColor text();
  static QColor mutedText();
  static QColor canvas();         //!< map background
  static QColor selection();      //!< selected features on the wall
  static QColor extentFrame();    //!< main map's extent on the overview
  static QColor alarm();          //!< overdue tasks, escalated counts
  //! Warning level colours: red, orange, yellow, blue (grey for anything else).
  static QColor level(const QString &code);
  static QString fontFamily();

private:
  QSize mSize;
  double mScale = 1.0;
};

} // namespace onemap
