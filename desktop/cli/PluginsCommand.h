#pragma once
// `onemap plugins [--warning ID [--store S]]`: the hazard plugins found, each
// with its state (or why it was skipped); with --warning, what each loaded
// plugin's warning rule says the warning threatens.
#include <QStringList>

namespace onemap {

int runPlugins(const QStringList &arguments);

} // namespace onemap
