#pragma once
// `onemap stats daily`: the 七情 daily statistics of a day and set: record
// values, copy the day before, accept what the store derives, print or export.
#include <QStringList>

namespace onemap {

int runStats(const QStringList &arguments);

} // namespace onemap
