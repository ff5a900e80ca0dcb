#pragma once
#include <QStringList>

namespace onemap {
//! `onemap init --sample --store FILE [--seed N] [--scale K] [--force]`
int runInit(const QStringList &arguments);
} // namespace onemap
