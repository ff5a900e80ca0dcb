#pragma once
// \brief The command line's transfer list files: the writer picked from the
// file's suffix.
#include "store/Result.h"

#include <QStringList>

namespace onemap {

class Store;

//! Suffixes a transfer list can be written as: pdf, xlsx, csv.
const QStringList &transferListFormats();
Status writeTransferListFile(Store &store, qint64 planId, const QString &path);

} // namespace onemap
