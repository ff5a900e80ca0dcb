#pragma once
// `onemap shelter coverage|balance`: what lies within a short walk of a
// shelter, and people to move against shelter room per township.
#include <QStringList>

namespace onemap {

int runShelter(const QStringList &arguments);

} // namespace onemap
