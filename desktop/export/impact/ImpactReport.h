#pragma once
// \brief The impact of one warning as an A4 PDF report (预警影响分析): the
// warning, a summary, a map of the area, the township table with totals, the
// escalated hidden dangers first, then the other dangers, shelters and teams. Laid out with
// QTextDocument so long tables run on over pages by themselves; fonts as the
// notices use them (DejaVu Sans for Latin and digits, Noto Sans CJK for
// Chinese, so both stay searchable text). Written beside the target and renamed.
#include "plugins/PluginImpact.h"
#include "warnings/WarningImpact.h"

class QImage;

namespace onemap {

class ImpactReport
{
public:
  //! Most rows of escalated and of other dangers printed; the rest are counted (the CSV has them all).
  static constexpr int kEscalatedDangerRows = 500;
  static constexpr int kOtherDangerRows = 150;
  //! Most rows of shelters and of teams printed.
  static constexpr int kResourceRows = 300;

  //! Resource name of the map picture in html().
  static constexpr const char *kMapResource = "onemap:impact-map";

  //! \a countyName heads the report (the store's county_name); the map is drawn from \a storePath.
  //! \a plugins: the hazard plugins' parts, printed after the board's tables with all three checklist tiers.
  static Status writePdf(const Impact &impact, const QString &storePath, const QString &countyName, const QString &outPath,
                         const QVector<PluginImpactPart> &plugins = {});
  //! The same report as HTML (what the PDF is typeset from; the dock may show it). With
  //! \a withMap it places the picture added to the document as kMapResource.
  static QString html(const Impact &impact, const QString &countyName, bool withMap = false, const QVector<PluginImpactPart> &plugins = {});

  //! Typesets \a html on A4 pages with page numbers into \a outPath (via a
  //! ".part.pdf" beside it); \a map, if not null, is the kMapResource picture.
  static Status writeHtmlPdf(const QString &html, const QString &title, const QImage &map, const QString &outPath);
};

} // namespace onemap
