#pragma once
// Call-and-answer (叫应) from the command line:
//   onemap cap calls --warning ID [--store S] [--minutes N] [--now ISO] [--out X.pdf|X.xlsx]
//     prepares the warning's call list and prints it (or writes the call sheet);
//   onemap cap ack --warning ID (--person NAME | --call ID | --admin CODE)
//                  [--called] [--answered-by NAME] [--at ISO] [--note TEXT] [--by NAME]
//     records that a call was made, or (with --answered-by) answered.
#include <QStringList>

namespace onemap {

//! True when `onemap cap <action>` is calls or ack.
bool isCapCallsAction(const QStringList &arguments);
int runCapCalls(const QStringList &arguments);

} // namespace onemap
