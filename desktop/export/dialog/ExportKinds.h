#pragma once
// \brief The export dialog's thematic series and township atlas: the dialog's
// request (template, words, format, output) turned into the series' and the
// atlas' options. A PDF is one multi-page file; PNG and SVG go to a folder
// named after the chosen file (its name without the suffix).
#include "ExportDialog.h"

namespace onemap::ExportKinds {

Status writeSeries(QgsProject *project, const ExportRequest &request, QgsFeedback *feedback);
Status writeAtlas(QgsProject *project, const ExportRequest &request, QgsFeedback *feedback);

//! Registers both with ExportDialog::setHook (once per process).
void install();

} // namespace onemap::ExportKinds
