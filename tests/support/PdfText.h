#pragma once
// Text of a PDF as pdftotext gives it back, folded to unified ideographs.
//
// Noto Sans CJK maps some radicals (U+2E80..U+2FDF) and their unified
// ideographs to one glyph, and Qt's PDF writer names the glyph by the radical,
// so pdftotext reads 示 as ⽰ and 风 as ⻛. The text is embedded all the same;
// the tests fold those code points back before comparing.
#include <QHash>
#include <QProcess>
#include <QString>

namespace onemap::testing {

inline QString foldCjkRadicals(const QString &text)
{
  // Kangxi radicals (U+2F00..) fold by NFKC; the supplement needs a table.
  static const QHash<QChar, QChar> supplement {
    {QChar(0x2EDB), QChar(0x98CE)}, {QChar(0x2EE9), QChar(0x9EC4)}, {QChar(0x2ED3), QChar(0x957F)}, {QChar(0x2ED4), QChar(0x95E8)},
    {QChar(0x2EE2), QChar(0x9A6C)}, {QChar(0x2EC5), QChar(0x89C1)}, {QChar(0x2EC9), QChar(0x8D1D)}, {QChar(0x2EC4), QChar(0x897F)},
    {QChar(0x2ED8), QChar(0x9752)}, {QChar(0x2EE5), QChar(0x9C7C)}, {QChar(0x2EE6), QChar(0x9E1F)}, {QChar(0x2ED9), QChar(0x97E6)},
    {QChar(0x2EDA), QChar(0x9875)}, {QChar(0x2EEC), QChar(0x9F50)}, {QChar(0x2EED), QChar(0x9F7F)}, {QChar(0x2EE4), QChar(0x9B3C)},
    {QChar(0x2EE8), QChar(0x9EA6)}, {QChar(0x2EF0), QChar(0x9F99)}, {QChar(0x2EF3), QChar(0x9F9F)}, {QChar(0x2EA0), QChar(0x6C11)},
    {QChar(0x2E9F), QChar(0x6BCD)}, {QChar(0x2EC6), QChar(0x89D2)}, {QChar(0x2EDC), QChar(0x98DE)}, {QChar(0x2EDD), QChar(0x98DF)},
    {QChar(0x2EC8), QChar(0x8BA0)}, {QChar(0x2ECB), QChar(0x8F66)}, {QChar(0x2EE0), QChar(0x9963)},
  };
  QString folded = text.normalized(QString::NormalizationForm_KC);
  for (QChar &c : folded)
    c = supplement.value(c, c);
  return folded;
}

//! What a PDF tool (pdfinfo, pdftoppm...) prints; empty if it did not finish.
inline QString runTool(const QString &program, const QStringList &args)
{
  QProcess p;
  p.start(program, args);
  if (!p.waitForFinished(60000))
    return QString();
  return QString::fromUtf8(p.readAllStandardOutput());
}

inline QString pdfText(const QString &pdf)
{
  return foldCjkRadicals(runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
}

} // namespace onemap::testing
