#pragma once
// \brief A response checklist written as data.
//
// Each action starts at a level and holds at every higher one, so the list a
// tier gets at level II is everything it does at II: one list to read, not a diff.
#include "HazardPlugin.h"

#include <QStringList>
#include <cstddef>

namespace onemap {

struct ChecklistItem
{
  ResponseTier tier;
  ResponseLevel from; //!< the lowest level (IV = 4 ... I = 1) the action applies at
  const char *text;   //!< UTF-8
};

//! The actions of \a tier at \a level, in table order.
template <std::size_t N>
QStringList checklistFor(const ChecklistItem (&items)[N], ResponseLevel level, ResponseTier tier)
{
  QStringList list;
  for (const ChecklistItem &item : items)
    if (item.tier == tier && static_cast<int>(level) <= static_cast<int>(item.from))
      list << QString::fromUtf8(item.text);
  return list;
}

} // namespace onemap
