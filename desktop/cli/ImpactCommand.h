#pragma once
// `onemap impact --warning ID [--store S] [--out X.csv|X.pdf] [--as-of DATE]`:
// what a warning's area holds, summed by township. Without --out a summary
// table (townships, then the escalated hidden dangers) goes to stdout, then
// each hazard plugin's section, threatened objects and checklists.
#include "export/SheetFiles.h"
#include "export/impact/ImpactTables.h"
#include "plugins/PluginImpact.h"

#include <QStringList>

namespace onemap {

//! A table on the terminal, CJK-aware column widths; at most \a maxRows rows (-1: all).
void printTable(const ImpactTable &t, int maxRows = -1);

//! A file sheet (export/SheetFiles.h) on the terminal the same way.
void printSheet(const Sheet &sheet, int maxRows = -1);

//! The hazard plugins' parts as terminal tables (also `onemap event`).
void printPluginParts(const QVector<PluginImpactPart> &parts);

int runImpact(const QStringList &arguments);

} // namespace onemap
