#pragma once
// \brief The dock's exports: the transfer list per township (PDF with a map
// per township, Excel, CSV), the shelter balance and the coverage report,
// written by desktop/export/transfer.
#include "store/Result.h"

class QWidget;

namespace onemap::TransferExports {

//! Writes \a what ("list.pdf", "list.xlsx", "list.csv", "balance", "coverage")
//! of plan \a planId to \a path (balance and coverage: .pdf or .csv by suffix).
Status write(const QString &storePath, qint64 planId, const QString &what, const QString &path, double walkKmh);
//! Asks for the file, writes it, says how it went.
void ask(QWidget *parent, const QString &storePath, qint64 planId, const QString &what, double walkKmh);

} // namespace onemap::TransferExports
