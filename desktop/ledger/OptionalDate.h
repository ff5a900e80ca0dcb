#pragma once
// \brief Date edits that may be empty: the edit's minimum date stands for
// "no date", shown with a special text, and its calendar then opens on the
// current month rather than in 1900.
#include <QDate>

class QDateTimeEdit;
class QString;

namespace onemap::OptionalDate {

//! The date that means "none".
QDate none();
//! Sets \a edit up as an optional date (calendar popup, \a noneText, empty).
void setUp(QDateTimeEdit *edit, const QString &noneText);

} // namespace onemap::OptionalDate
