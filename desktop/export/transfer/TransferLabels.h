#pragma once
// \brief How the transfer exports spell coded values: why a group was not
// placed, the risk type of a source, danger point or village.
#include <QString>

namespace onemap::TransferLabels {

//! no_shelter_reachable, capacity_exhausted -> the reason in words (the code when unknown).
QString unplacedReason(const QString &code);
//! A hidden-danger type (landslide) or a hazard (rainstorm) in words.
QString riskType(const QString &code);
//! danger -> hidden-danger point, village -> village.
QString sourceKind(const QString &kind);
//! Metres as kilometres with one decimal ("" for 0 when \a blankZero).
QString km(double metres, bool blankZero = true);
//! Minutes rounded to whole minutes ("" for 0 when \a blankZero).
QString minutes(double minutes, bool blankZero = true);

} // namespace onemap::TransferLabels
