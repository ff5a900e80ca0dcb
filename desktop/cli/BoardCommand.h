#pragma once
#include <QStringList>

namespace onemap {
//! `onemap [--store FILE] [--lang en] [--screenshot PNG]`: the board window.
int runBoard(const QStringList &arguments);
} // namespace onemap
