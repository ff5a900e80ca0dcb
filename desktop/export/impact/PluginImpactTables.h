#pragma once
// \brief The hazard plugins' parts of an impact as labelled tables and as
// HTML: one wording for the Impact tab, the event window, the terminal, the
// CSV and the PDF. A part with an error is one line naming the plugin.
#include "ImpactTables.h"
#include "plugins/PluginImpact.h"

#include <QVector>

namespace onemap::PluginImpactTables {

//! The plugin's own section (title, headers, rows); key "plugin:<id>".
ImpactTable section(const PluginImpactPart &part);
//! Objects threatened, most urgent first; key "plugin:<id>:threatened".
ImpactTable threatened(const PluginImpactPart &part);
//! The response checklist of one tier, numbered; key "plugin:<id>:checklist:<tier>".
ImpactTable checklist(const PluginImpactPart &part, ResponseTier tier);
//! "Level II response, county" style heading of a checklist.
QString checklistTitle(const PluginImpactPart &part, ResponseTier tier);

//! HTML of the parts: per plugin a heading, the error line or the section
//! (with its summary), the threatened list (at most \a maxThreatened rows)
//! and the checklists of \a tiers.
QString html(const QVector<PluginImpactPart> &parts, const QVector<ResponseTier> &tiers, int maxThreatened = 200);

} // namespace onemap::PluginImpactTables
