#pragma once
// `onemap event --store S --plugin ID --kind K --value name=v ... [--level L] [--out X.pdf]`
// records an event through the hazard plugin (its form's fields by name) and
// prints or writes its impact; `--id N` instead of values re-runs the impact
// of a stored event. A bad value fails with the plugin's message naming the
// field, and nothing is written.
#include <QStringList>

namespace onemap {

int runEvent(const QStringList &arguments);

} // namespace onemap
