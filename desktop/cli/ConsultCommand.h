#pragma once
// `onemap consult sheet`: the one-sheet judgement (研判一张单) of a
// consultation meeting written headless as PDF.
#include <QStringList>

namespace onemap {

int runConsult(const QStringList &arguments);

} // namespace onemap
