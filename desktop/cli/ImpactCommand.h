#pragma once
// `onemap impact --warning ID [--store S] [--out X.csv|X.pdf] [--as-of DATE]`:
// what a warning's area holds, summed by township. Without --out a summary
// table (townships, then the escalated hidden dangers) goes to stdout.
#include <QStringList>

namespace onemap {

int runImpact(const QStringList &arguments);

} // namespace onemap
