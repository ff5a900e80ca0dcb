#pragma once
// \brief The wall without the board: loads a store's layers, opens a meeting
// and saves a picture of the wall at a given size once drawn. The entry of
// `onemap consult wall` (wired by the CLI).
#include <QStringList>

namespace onemap {

//! `--store S [--consultation ID] [--step N] [--size 5760x2160] [--now ISO] --out PNG`.
//! Without --consultation the newest meeting in the store is shown (none: the
//! wall without a meeting). Needs a running QgsApplication with GUI (offscreen
//! works). Returns the process exit code: 0 done, 1 failed, 2 wrong usage.
int runWallScreenshot(const QStringList &arguments);

} // namespace onemap
