#pragma once
// \brief Deterministic Chinese names for the sample county: people, places and
// phone numbers, drawn only from onemap::Rng so a seed always gives the same ones.
#include "Rng.h"

#include <QSet>
#include <QString>

namespace onemap {

class ChineseNames
{
public:
  //! A person: a common surname and one or two given characters, e.g. 李建华.
  static QString person(Rng &rng);
  //! A mobile number "13xxxxxxxxx".
  static QString mobile(Rng &rng);
  //! 1 -> 一, 12 -> 十二, 40 -> 四十 (1..99), for 组 and (一)(二) numbering.
  static QString numeral(int n);

  //! A township name ending in 镇 (or 乡 when \a xiang), unique in this generator.
  QString township(Rng &rng, bool xiang);
  //! A village name ending in 村 (or 社区 when \a community), unique in this generator.
  QString village(Rng &rng, bool community);
  //! A river name: 河 for ranks 1-2, 溪 for rank 3, unique in this generator.
  QString river(Rng &rng, int rank);

  //! Marks a name as taken (e.g. the fixed 城关镇).
  void reserve(const QString &name) { mUsed.insert(name); }

private:
  //! A two- or three-character place stem not used before, e.g. 青龙, 李家坝.
  QString placeStem(Rng &rng);

  QSet<QString> mUsed; // stems and full names already handed out
};

} // namespace onemap
