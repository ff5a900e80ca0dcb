#pragma once
// \brief The escalated symbol of the hidden-danger layer: points not signed
// off inside an orange or red warning in force (WarningImpact's rule) get a
// red/orange double halo beneath their hazard symbol.
//
// The set comes from layers/ (spatial SQL on the store) and reaches the
// renderer as a layer variable, the ids as comma-separated text (QGIS keeps
// layer variables as text). The rule tests it with onemap_id_in(), a function
// registered here that keeps the parsed set, so each feature costs a hash
// lookup rather than a spatial test or a scan of the text. Call refresh()
// after warnings or dangers change.
#include "store/Result.h"

#include <QDateTime>

class QgsVectorLayer;
class QgsSymbol;

namespace onemap::EscalatedDangers {

//! Layer variable holding the escalated ids, comma-separated.
constexpr const char *kVariable = "onemap_escalated";

//! The rule's expression: true for features whose "id" is in @onemap_escalated
//! (registers onemap_id_in() with QGIS on first use).
QString expression();
//! The double halo (a soft red disc, an orange and a red ring), for the rule.
QgsSymbol *symbol();
//! Legend label of the rule.
QString label();

//! Reads the escalated ids from the store at \a storePath and sets them on \a layer; returns how many.
Result<int> refresh(QgsVectorLayer *layer, const QString &storePath, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace onemap::EscalatedDangers
