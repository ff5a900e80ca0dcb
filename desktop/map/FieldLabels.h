#pragma once
// \brief The names people read for store fields and coded values
// (landslide -> 滑坡), translated through tr().
#include <QPair>
#include <QString>
#include <QVector>

namespace onemap::FieldLabels {

//! Display name of a column, e.g. "threatened_people" -> 受威胁人数.
QString field(const QString &column);
//! Labels of the codes a column holds in \a table, in display order; empty when not coded.
QVector<QPair<QString, QString>> values(const QString &table, const QString &column);
//! Label of one code (the code itself when unknown).
QString value(const QString &table, const QString &column, const QString &code);
//! Columns that hold a comma-separated list of codes (a team's specialties):
//! value() labels each item; the map shows them through value(), not a ValueMap.
bool isList(const QString &table, const QString &column);
//! The colour word of a warning level (red -> 红色), as warning names say it.
QString warningColourName(const QString &level);

} // namespace onemap::FieldLabels
