#pragma once
#include <QStringList>

namespace onemap {
//! `onemap danger advance|list|summary ...`: the hidden-danger closed loop
//! without the board (see DangerLoop for the rules).
int runDanger(const QStringList &arguments);
} // namespace onemap
