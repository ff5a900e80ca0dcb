#include "WallTheme.h"

#include <QtMath>

namespace onemap {

namespace {
// Reference pixel sizes on a 1920x1080 wall (see the table in the header).
constexpr double kTitlePx = 40;
constexpr double kHeadingPx = 30;
constexpr double kTextPx = 24;
} // namespace

WallTheme::WallTheme(const QSize &wallPixels) : mSize(wallPixels)
{
  if (mSize.width() > 0 && mSize.height() > 0)
    mScale = qMax(0.5, qMin(double(mSize.width()) / kReferenceWidth, double(mSize.height()) / kReferenceHeight));
}

int WallTheme::px(double referencePixels) const { return qMax(1, qRound(referencePixels * mScale)); }

int WallTheme::pixelSize(Role role) const
{
  switch (role) {
  case Role::Title:
    return px(kTitlePx);
  case Role::Heading:
    return px(kHeadingPx);
  case Role::Text:
    break;
  }
  return px(kTextPx);
}

QFont WallTheme::font(Role role) const
{
  QFont f(fontFamily());
  f.setPixelSize(pixelSize(role));
  f.setBold(role != Role::Text);
  return f;
}

int WallTheme::titleStripHeight() const { return qRound(pixelSize(Role::Title) * 1.8); }
int WallTheme::margin() const { return px(12); }
int WallTheme::spacing() const { return px(10); }
int WallTheme::rowHeight() const { return qRound(pixelSize(Role::Text) * 1.5); }

QPalette WallTheme::palette() const
{
  QPalette p;
  p.setColor(QPalette::Window, background());
  p.setColor(QPalette::WindowText, text());
  p.setColor(QPalette::Base, panel());
  p.setColor(QPalette::AlternateBase, panel().lighter(115));
  p.setColor(QPalette::Text, text());
  p.setColor(QPalette::Button, panel());
  p.setColor(QPalette::ButtonText, text());
  p.setColor(QPalette::Highlight, selection());
  p.setColor(QPalette::HighlightedText, background());
  p.setColor(QPalette::ToolTipBase, panel());
  p.setColor(QPalette::ToolTipText, text());
  return p;
}

QString WallTheme::styleSheet() const
{
  // Selectors by object name only: a bare QWidget rule would also paint the
  // map canvases (QGraphicsView) and fight their canvas colour.
  return QStringLiteral(
           "#wall { background: %1; }"
           "#wallTitleStrip { background: %2; border-bottom: %3px solid %4; }"
           "#wallTitleStrip QLabel { background: transparent; color: %5; font-size: %6px; font-weight: bold; }"
           "#wallBoard { background: %7; border: %3px solid %8; border-radius: %9px; }"
           "#wallBoard QLabel { background: transparent; color: %5; }"
           "#wallBoardHeading { font-size: %10px; font-weight: bold; }"
           "#wallBoardNote { color: %11; font-size: %12px; }"
           "#wallBoard QTableWidget { background: %7; color: %5; border: none; font-size: %12px; }"
           "#wallBoard QTableWidget::item { padding: 0px %9px 0px %9px; }"
           "#wallBoard QHeaderView::section { background: %7; color: %11; border: none; border-bottom: %3px solid %8;"
           " font-size: %12px; padding: 0px %3px; }"
           "#wallMapFrame { border: %3px solid %8; background: %13; }")
    .arg(background().name(), QColor(16, 36, 64).name())
    .arg(px(2))
    .arg(QColor(60, 110, 170).name(), text().name())
    .arg(pixelSize(Role::Title))
    .arg(panel().name(), panel().lighter(170).name())
    .arg(px(6))
    .arg(pixelSize(Role::Heading))
    .arg(mutedText().name())
    .arg(pixelSize(Role::Text))
    .arg(canvas().name());
}

QColor WallTheme::background() { return QColor(10, 14, 20); }
QColor WallTheme::panel() { return QColor(22, 28, 38); }
QColor WallTheme::text() { return QColor(230, 236, 243); }
QColor WallTheme::mutedText() { return QColor(150, 162, 178); }
QColor WallTheme::canvas() { return QColor(44, 52, 64); }
QColor WallTheme::selection() { return QColor(0, 255, 255); }
QColor WallTheme::extentFrame() { return QColor(255, 64, 64); }
QColor WallTheme::alarm() { return QColor(255, 80, 80); }

QColor WallTheme::level(const QString &code)
{
  if (code == QLatin1String("red"))
    return QColor(230, 40, 40);
  if (code == QLatin1String("orange"))
    return QColor(255, 140, 0);
  if (code == QLatin1String("yellow"))
    return QColor(250, 215, 30);
  if (code == QLatin1String("blue"))
    return QColor(40, 120, 255);
  return QColor(128, 128, 128);
}

QString WallTheme::fontFamily() { return QStringLiteral("Noto Sans CJK SC"); }

} // namespace onemap
