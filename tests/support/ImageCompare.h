#pragma once
// Compares a rendered image with a control image, pixel by pixel with a colour
// tolerance; on mismatch writes the rendered image and a diff for review.
#include <QDir>
#include <QImage>
#include <QString>

namespace onemap::testing {

struct ImageComparison
{
  bool sameSize = false;
  qint64 mismatched = 0;
  qint64 total = 0;
  double ratio() const { return total ? double(mismatched) / double(total) : 1.0; }
};

inline ImageComparison compareImages(const QImage &rendered, const QImage &control, int colourTolerance, QImage *diff = nullptr)
{
  ImageComparison c;
  c.sameSize = rendered.size() == control.size();
  if (!c.sameSize)
    return c;
  const QImage a = rendered.convertToFormat(QImage::Format_ARGB32);
  const QImage b = control.convertToFormat(QImage::Format_ARGB32);
  if (diff)
    *diff = QImage(a.size(), QImage::Format_ARGB32), diff->fill(Qt::white);
  c.total = qint64(a.width()) * a.height();
  for (int y = 0; y < a.height(); ++y) {
    const QRgb *ra = reinterpret_cast<const QRgb *>(a.constScanLine(y));
    const QRgb *rb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
    for (int x = 0; x < a.width(); ++x) {
      const int d = qMax(qMax(qAbs(qRed(ra[x]) - qRed(rb[x])), qAbs(qGreen(ra[x]) - qGreen(rb[x]))),
                         qMax(qAbs(qBlue(ra[x]) - qBlue(rb[x])), qAbs(qAlpha(ra[x]) - qAlpha(rb[x]))));
      if (d > colourTolerance) {
        ++c.mismatched;
        if (diff)
          diff->setPixel(x, y, qRgb(255, 0, 0));
      }
    }
  }
  return c;
}

//! Control images live in tests/testdata/control_images/<name>.png.
inline QString controlImagePath(const QString &name)
{
  return QStringLiteral(ONEMAP_SOURCE_DIR "/tests/testdata/control_images/") + name + QStringLiteral(".png");
}

//! Where a failing render test leaves its rendered image and diff.
inline QString renderReportPath(const QString &name, const QString &suffix)
{
  const QString dir = QStringLiteral(ONEMAP_BINARY_DIR "/render-report");
  QDir().mkpath(dir);
  return dir + QLatin1Char('/') + name + suffix + QStringLiteral(".png");
}

//! What checkControlImage found: the control image rewritten (on request),
//! or a failure text (empty when the image matches).
struct ControlCheck
{
  bool rewritten = false;
  QString failure;
};

//! Compares \a rendered with control image \a name: at most \a maxRatio of
//! the pixels may differ by more than the colour tolerance (40). With
//! ONEMAP_UPDATE_CONTROL set it rewrites the control image instead. On a
//! mismatch the rendered image and a diff go to build/render-report.
inline ControlCheck checkControlImage(const QImage &rendered, const QString &name, double maxRatio)
{
  ControlCheck check;
  const QString controlPath = controlImagePath(name);
  if (qEnvironmentVariableIsSet("ONEMAP_UPDATE_CONTROL")) {
    check.rewritten = rendered.save(controlPath);
    if (!check.rewritten)
      check.failure = QStringLiteral("cannot write ") + controlPath;
    return check;
  }
  const QImage control(controlPath);
  if (control.isNull()) {
    check.failure = QStringLiteral("no control image at ") + controlPath;
    return check;
  }
  QImage diff;
  const ImageComparison c = compareImages(rendered, control, 40, &diff);
  if (c.sameSize && c.ratio() <= maxRatio)
    return check;
  rendered.save(renderReportPath(name, QStringLiteral("_rendered")));
  diff.save(renderReportPath(name, QStringLiteral("_diff")));
  check.failure = c.sameSize ? QStringLiteral("%1 of %2 pixels differ from %3").arg(c.mismatched).arg(c.total).arg(controlPath)
                             : QStringLiteral("the image is %1x%2, the control %3x%4").arg(rendered.width()).arg(rendered.height()).arg(control.width()).arg(control.height());
  return check;
}

} // namespace onemap::testing
