#pragma once
// \brief An impact as one CSV file for Excel: UTF-8 with BOM, CRLF, cells
// quoted as needed and text cells that start with = + - @ guarded with an
// apostrophe (as the ledger export does); written to "<out>.part" and renamed.
//
// Layout: sections one after another, each
//   [key],<translated title>
//   <header row>
//   <data rows>
//   <empty line>
// with keys, in order: warning (label,value rows), townships (one row per
// township, then a last row whose code is empty and whose name is "Total"),
// dangers (escalated first), shelters, teams, villages; then per hazard plugin
// plugin:<id> (its section), plugin:<id>:threatened, plugin:<id>:checklist:<tier>
// for county, township, village, and plugin:<id>:error when it failed.
#include "plugins/PluginImpact.h"
#include "warnings/WarningImpact.h"

namespace onemap {

class ImpactCsv
{
public:
  static Status write(const Impact &impact, const QString &outPath, const QVector<PluginImpactPart> &plugins = {});
};

} // namespace onemap
