#pragma once
// \brief Column headers and cell values departments actually write, mapped to
// ledger fields and codes: 名称 -> name, 经度 -> lon, 滑坡 -> landslide...
#include <QString>
#include <QStringList>

namespace onemap::FieldAliases {

//! Header spellings (Chinese and English) that mean \a field; the field's own
//! name comes first. "lon" and "lat" are the coordinate columns.
QStringList headers(const QString &table, const QString &field);
//! The code a cell value stands for ("滑坡" -> "landslide"), or an empty string.
QString code(const QString &field, const QString &value);
//! Normalises a header for matching: trimmed, lower case, no spaces, brackets
//! or units ("威胁人数（人）" -> "威胁人数").
QString normalizedHeader(const QString &header);

} // namespace onemap::FieldAliases
