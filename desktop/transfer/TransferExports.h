#pragma once
// \brief The dock's exports, written by desktop/export/transfer: the transfer
// list per township (PDF with a map per township, Excel, CSV), the shelter
// balance and the coverage report (PDF or CSV). The command line writes its
// files through the same function.
#include "routing/ShelterCoverage.h"
#include "store/Result.h"

class QWidget;
class QgsFeedback;

namespace onemap {

class Store;

namespace TransferExports {

//! Writes \a what ("list", "balance", "coverage") of plan \a planId to \a path;
//! the suffix of \a path says the format (list: .pdf .xlsx .csv; the others: .pdf .csv).
//! Coverage uses \a coverage when given, else computes it with \a coverageOptions.
//! The balance counts plan \a planId's people, or with 0 the open danger points'.
//! \a feedback (optional) gets the progress of the transfer-list PDF and may cancel it.
Status write(Store &store, qint64 planId, const QString &what, const QString &path, const CoverageResult *coverage,
             const CoverageOptions &coverageOptions, QgsFeedback *feedback = nullptr);
//! Asks for the file (\a format: pdf, xlsx or csv first in the dialog), writes it with a
//! progress dialog that can cancel, says how it went.
void ask(QWidget *parent, Store &store, qint64 planId, const QString &what, const QString &format, const CoverageResult *coverage,
         const CoverageOptions &coverageOptions);

} // namespace TransferExports
} // namespace onemap
